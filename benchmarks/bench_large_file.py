"""Memory of loading one large table: peak resident memory against the file size.

Usage: ``python benchmarks/bench_large_file.py [MEGABYTES]`` (default 100). Writes a generated CSV
of that size to a temporary folder, loads it and prints rows, seconds and peak RSS. Issue 17 saw a
200 MB file peak at 5.6 GB (27x its size).
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from helpers.corpus import load_corpus

WORDS = "the council said on monday that the harbour vote would be delayed after new cost".split()


def main() -> int:
    size_mb = float(sys.argv[1]) if len(sys.argv) > 1 else 100.0
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rng = random.Random(1)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.csv"
        with open(path, "w") as handle:
            handle.write("title,date,text\n")
            row = 0
            while handle.tell() < size_mb * 1e6:
                body = " ".join(rng.choice(WORDS) for _ in range(300))
                handle.write(f'Title {row},2021-01-02,"{body}"\n')
                row += 1
        start = time.perf_counter()
        articles, _ = load_corpus(folder, near_duplicate_threshold=None, max_file_mb=None)
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{size_mb:g} MB CSV: {len(articles):,} rows in {seconds:.1f} s")
    print(
        f"peak RSS {peak:,.0f} MiB ({(peak - baseline) / size_mb:.1f}x the file size above the "
        f"{baseline:,.0f} MiB after imports)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
