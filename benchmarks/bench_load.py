"""Loader speed: load the 19,043 Reuters articles and print articles/s and peak memory.

Usage: ``python benchmarks/bench_load.py [FOLDER]`` (default ``../shared/data/reuters-21578/articles``).
Target (issue 2): at least 5,000 articles/s on the 2-core development machine.
"""

from __future__ import annotations

import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from helpers.corpus import DUPLICATE_KIND, load_corpus
from helpers.paths import shared_path


def _cpu_seconds() -> float:
    """User + system CPU time of this process and its finished children (the loader's workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> int:
    folder = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else shared_path("data", "reuters-21578", "articles")
    )
    if folder is None or not folder.exists():
        print("Reuters articles not found: pass a folder or put ../shared next to the project.")
        return 0
    load_corpus(folder, progress=False)  # warm the file cache, so the timed runs measure parsing
    timings = []
    cpu_seconds = []
    for _ in range(3):
        cpu_before = _cpu_seconds()
        start = time.perf_counter()
        corpus = load_corpus(folder, progress=False)
        timings.append(time.perf_counter() - start)
        cpu_seconds.append(_cpu_seconds() - cpu_before)
    best = min(timings)
    n = len(corpus.articles)
    print(
        f"articles: {n}  files: {len(corpus.report)}  skipped: {(corpus.report.status == 'skipped').sum()}"
    )
    print(f"duplicates: {corpus.articles[DUPLICATE_KIND].value_counts().to_dict()}")
    print(
        f"load time: best {best:.2f} s of {len(timings)} runs ({', '.join(f'{t:.2f}' for t in timings)})"
    )
    print(f"speed: {n / best:,.0f} articles/s (target >= 5,000)")
    print(
        f"CPU time (all processes): {min(cpu_seconds):.2f} s = {n / min(cpu_seconds):,.0f} articles "
        f"per CPU-second; load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
        "(a busy machine slows the wall-clock figure, not this one)"
    )
    start = time.perf_counter()
    load_corpus(folder, progress=False, near_duplicate_threshold=None)
    plain = time.perf_counter() - start
    print(f"without near-duplicate detection: {n / plain:,.0f} articles/s")
    tracemalloc.start()
    load_corpus(folder, progress=False)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak Python memory (tracemalloc, main process): {peak / 2**20:,.0f} MiB")
    print(
        f"max resident set size: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
