"""Speed of helpers.timeline on the Reuters-21578 articles, and of the explorer's redraws.

Usage::

    .venv/bin/python benchmarks/bench_timeline.py [ARTICLES_DIR] [--limit N]

ARTICLES_DIR defaults to ``$NEWS_SHARED/data/reuters-21578/articles``. Prints the time of each step
and of each explorer control change (issue target: a redraw within about a second on 19,043
articles). Timings are noisy on a shared machine: run twice and keep the better.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import matplotlib  # noqa: E402

matplotlib.use("Agg")

from helpers import timeline as tl  # noqa: E402
from helpers.corpus import load_corpus  # noqa: E402
from helpers.explore import explore_timeline  # noqa: E402
from helpers.plots import plot_articles_over_time, plot_term_trend  # noqa: E402


def default_path() -> Path:
    """``$NEWS_SHARED/data/reuters-21578/articles``."""
    shared = Path(os.environ.get("NEWS_SHARED", REPO.parent / "shared"))
    return shared / "data" / "reuters-21578" / "articles"


def timed(label: str, action):
    t0 = time.perf_counter()
    result = action()
    print(f"{label:<45} {time.perf_counter() - t0:7.2f} s")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=0, help="articles to load (0 = all)")
    args = parser.parse_args(argv)
    root = args.path or default_path()
    files = sorted(root.glob("*.txt")) if root.is_dir() else []
    if not files:
        print(f"No Reuters articles found at {root}: pass the folder or set NEWS_SHARED.")
        return 2
    if args.limit:
        files = files[: args.limit]
    articles = timed(f"load {len(files):,} files", lambda: load_corpus(files).articles)
    terms = ["oil", "dollar", "interest rate*"]
    timed("articles_over_time (week)", lambda: tl.articles_over_time(articles))
    timed(
        "articles_over_time (day, by agency)",
        lambda: tl.articles_over_time(articles, period="day", by="agency"),
    )
    counts = timed("count_terms (3 terms)", lambda: tl.count_terms(articles, terms))
    timed("term_trend (week, share)", lambda: tl.term_trend(articles, counts))
    mentions = timed("chronology (all articles)", lambda: tl.chronology(articles))
    words = int(articles["word_count"].sum())
    print(f"  {len(mentions):,} dates/times in {len(articles):,} articles ({words:,} words)")
    timed("chronology_summary", lambda: tl.chronology_summary(mentions))

    explorer = timed(
        "explore_timeline: build + first draw",
        lambda: explore_timeline(
            articles,
            terms=terms,
            plot_counts=plot_articles_over_time,
            plot_trend=plot_term_trend,
        ),
    )
    first = explorer.counts["period"].min()
    changes = [
        ("period -> day", lambda: setattr(explorer.period, "value", "day")),
        ("period -> month", lambda: setattr(explorer.period, "value", "month")),
        (
            "start date + 60 days",
            lambda: setattr(explorer.start, "value", (first + dt.timedelta(days=60)).date()),
        ),
        (
            "terms: add a new term 'wheat'",
            lambda: setattr(explorer.terms, "value", "oil, dollar, wheat"),
        ),
        ("terms: back to cached terms", lambda: setattr(explorer.terms, "value", "oil, dollar")),
        (
            "pick another period",
            lambda: setattr(explorer.period_pick, "value", explorer.period_pick.options[0][1]),
        ),
    ]
    for label, change in changes:
        timed(f"explorer: {label}", change)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
