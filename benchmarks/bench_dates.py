"""Speed of helpers.temporal on the Reuters-21578 articles: prints words per second.

Usage::

    .venv/bin/python benchmarks/bench_dates.py [ARTICLES_DIR] [--limit N]

ARTICLES_DIR defaults to ``$NEWS_SHARED/data/reuters-21578/articles`` (``NEWS_SHARED`` defaults to
``../shared`` relative to the repository root). Each file is in the plain-text article layout
(title, blank, ``By Reuters``, blank, date line such as ``February 26, 1987``, blank, body); the date
line is the reference date and the body is tagged. Also prints the time ``import helpers.temporal``
takes in a fresh interpreter and the one-off cost of reading and compiling the rule files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from helpers.temporal import find_temporal_expressions  # noqa: E402


def default_path() -> Path:
    """``$NEWS_SHARED/data/reuters-21578/articles``."""
    shared = Path(os.environ.get("NEWS_SHARED", REPO.parent / "shared"))
    return shared / "data" / "reuters-21578" / "articles"


def read_article(path: Path) -> tuple[str, dt.date | None]:
    """Body text and reference date of one article file."""
    lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    reference = None
    body_from = 0
    for i, line in enumerate(lines[:8]):
        try:
            reference = dt.datetime.strptime(line.strip(), "%B %d, %Y").date()
        except ValueError:
            continue
        body_from = i + 1
        break
    return "\n".join(lines[body_from:]), reference


def import_seconds() -> tuple[float, float]:
    """Seconds for ``import helpers.temporal`` and for loading the rules, in a fresh interpreter."""
    code = (
        "import time; t = time.perf_counter(); import helpers.temporal; a = time.perf_counter() - t;"
        "t = time.perf_counter(); helpers.temporal.find_temporal_expressions('x');"
        "print(a, time.perf_counter() - t)"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    first, second = out.stdout.split()
    return float(first), float(second)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=3000, help="articles to tag (0 = all)")
    args = parser.parse_args(argv)
    root = args.path or default_path()
    files = sorted(root.glob("*.txt")) if root.is_dir() else []
    if not files:
        print(
            f"No Reuters articles found at {root}: pass the articles folder as an argument or set "
            "NEWS_SHARED to the shared/ folder that holds data/reuters-21578/articles.",
            file=sys.stderr,
        )
        return 2
    if args.limit:
        files = files[: args.limit]
    articles = [read_article(p) for p in files]
    words = sum(len(text.split()) for text, _ in articles)
    t0 = time.perf_counter()
    found = 0
    for text, reference in articles:
        found += len(find_temporal_expressions(text, reference=reference))
    elapsed = time.perf_counter() - t0
    print(
        f"{len(articles)} articles, {words:,} words, {found:,} expressions in {elapsed:.2f} s: "
        f"{words / elapsed:,.0f} words/s"
    )
    imported, rules = import_seconds()
    print(
        f"import helpers.temporal: {imported:.2f} s; loading the rules on first use: {rules:.2f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
