"""Speed of the report's hot paths on Reuters: chronology, its chart, the articles XLSX.

Usage: ``python benchmarks/bench_hot_paths.py [ARTICLES_DIR] [--limit N]`` (default
``../shared/data/reuters-21578/articles``, all 19,043 files). Prints wall and CPU seconds (CPU
includes the worker processes) of ``helpers.timeline.chronology``, ``plot_chronology`` with
``save_figure``, and ``table_xlsx_bytes`` on the articles table. The machine is shared: CPU
seconds are the figure to compare.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

from helpers import timeline as tl
from helpers.corpus import load_corpus
from helpers.export import save_figure, table_xlsx_bytes
from helpers.paths import shared_path
from helpers.plots import plot_chronology


def timed(label: str, action: Callable[[], Any]) -> Any:
    """Run *action*, print its wall and CPU seconds (children included), return its result."""
    wall, before = time.perf_counter(), os.times()
    result = action()
    after = os.times()
    cpu = sum(after[:4]) - sum(before[:4])
    print(f"{label:<40} wall {time.perf_counter() - wall:7.1f} s   CPU {cpu:7.1f} s")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=0, help="articles to load (0 = all)")
    args = parser.parse_args(argv)
    root = args.path or shared_path("data", "reuters-21578", "articles")
    files = sorted(root.glob("*.txt")) if root is not None and root.is_dir() else []
    if not files:
        print("Reuters articles not found (../shared/data/reuters-21578/articles): skipped")
        return 0
    files = files[: args.limit] if args.limit else files
    articles = timed(f"load {len(files):,} files", lambda: load_corpus(files).articles)
    mentions = timed("chronology", lambda: tl.chronology(articles))
    summary = tl.chronology_summary(mentions)
    with tempfile.TemporaryDirectory(prefix="bench-hot-") as folder:
        timed(
            f"plot_chronology + save_figure ({len(summary):,} dates)",
            lambda: save_figure(plot_chronology(summary), "chronology", folder=folder),
        )
    timed(f"table_xlsx_bytes ({len(articles):,} articles)", lambda: table_xlsx_bytes(articles))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
