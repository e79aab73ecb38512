"""Corpus store speed: parse the 19,043 Reuters files, then open them from the store; print both.

Usage: ``python benchmarks/bench_store.py [FOLDER]`` (default ``../shared/data/reuters-21578/articles``).
Goal (issue 14): opening from the store is at least 10 times faster than parsing. The store is
written to a temporary folder (``NEWS_CACHE_DIR`` is not touched), and removed at the end.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from helpers.corpus import load_corpus
from helpers.corpus.store import cached_load, corpus_fingerprint
from helpers.paths import shared_path


def _best_of(runs: int, action) -> tuple[float, object]:
    timings, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        timings.append(time.perf_counter() - start)
    return min(timings), result


def main() -> int:
    folder = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else shared_path("data", "reuters-21578", "articles")
    )
    if folder is None or not folder.exists():
        print("Reuters articles not found: pass a folder or put ../shared next to the project.")
        return 0
    load_corpus(folder, progress=False, cache=False)  # warm the file cache: time the parsing
    parse_time, parsed = _best_of(2, lambda: load_corpus(folder, progress=False, cache=False))
    with tempfile.TemporaryDirectory(prefix="bench-store-") as cache_dir:
        start = time.perf_counter()
        cached_load(folder, cache_dir=cache_dir, progress=False)
        first_time = time.perf_counter() - start
        store_time, stored = _best_of(
            5, lambda: cached_load(folder, cache_dir=cache_dir, progress=False)
        )
        fingerprint_time, _ = _best_of(5, lambda: corpus_fingerprint(folder))
        size = sum(p.stat().st_size for p in Path(cache_dir).rglob("*") if p.is_file())
    pd.testing.assert_frame_equal(parsed.articles, stored.articles)
    pd.testing.assert_frame_equal(  # all but the timings of the parse
        parsed.report.drop(columns="seconds"), stored.report.drop(columns="seconds")
    )
    n = len(parsed.articles)
    print(f"corpus: {folder} ({len(parsed.report):,} files, {n:,} articles)")
    print(f"parse (load_corpus, best of 2):        {parse_time:8.2f} s  ({n / parse_time:,.0f}/s)")
    print(f"first cached_load (parse + write):     {first_time:8.2f} s")
    print(f"cached_load from the store (best of 5): {store_time:7.2f} s  ({n / store_time:,.0f}/s)")
    print(f"  of which fingerprint (stat of every file): {fingerprint_time:.2f} s")
    print(f"store on disk: {size / 1e6:.1f} MB; tables identical to the parse: yes")
    print(f"speed-up store vs parse: {parse_time / store_time:.1f}x (goal: >= 10x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
