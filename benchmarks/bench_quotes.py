"""Speed of helpers.quotes.extract_quotes on the Reuters-21578 set (target: >= 500 articles/s).

Usage::

    .venv/bin/python benchmarks/bench_quotes.py [--limit N] [--repeat R]

Loads ``helpers.paths.shared_path("data", "reuters-21578", "articles")`` with
:func:`helpers.corpus.load_corpus` (not timed), then times the extraction R times and prints the best
run (the machine is shared, so timings are noisy; the CPU-time rate is printed too), plus the quote counts by type and the top speakers.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from helpers.corpus import load_corpus  # noqa: E402
from helpers.paths import shared_path  # noqa: E402
from helpers.quotes import QUOTE_TYPE, extract_quotes, top_speakers  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    folder = shared_path("data", "reuters-21578", "articles")
    if folder is None:
        sys.exit("Reuters-21578 not found under ../shared/data (set NEWS_SHARED)")
    articles = load_corpus(folder, progress=False).articles
    if args.limit:
        articles = articles.head(args.limit)
    best = best_cpu = float("inf")
    quotes = None
    for _ in range(args.repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        quotes = extract_quotes(articles, include_duplicates=True)
        best = min(best, time.perf_counter() - started)
        best_cpu = min(best_cpu, time.process_time() - started_cpu)
    assert quotes is not None
    print(
        f"{len(articles):,} articles in {best:.1f} s wall-clock (best of {args.repeat}): "
        f"{len(articles) / best:,.0f} articles/s, {len(quotes):,} quotes"
    )
    print(
        f"CPU time {best_cpu:.1f} s: {len(articles) / best_cpu:,.0f} articles/s per core "
        "(wall-clock is lower when other processes share the cores)"
    )
    print(quotes[QUOTE_TYPE].value_counts().to_string())
    print(top_speakers(quotes, n=10).to_string())


if __name__ == "__main__":
    main()
