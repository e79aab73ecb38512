"""``make report`` speed on the Reuters 19k corpus: print the seconds per notebook and in all.

Usage: ``python benchmarks/bench_report.py [FOLDER] [OUT]`` (default
``../shared/data/reuters-21578/articles``, output in a temporary folder). Target (issue 15): the
whole report in under 10 minutes on the 2-core development machine. Runs the same code as
``make report`` (parameters from the data, corpus parsed once, interactive cells skipped).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from helpers.paths import shared_path
from helpers.report import prepare, run_report, summary_table


def main() -> int:
    folder = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else shared_path("data", "reuters-21578", "articles")
    )
    if folder is None or not folder.exists():
        print("Reuters articles not found (../shared/data/reuters-21578/articles): skipped")
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-report-") as temporary:
        out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(temporary)
        started = time.perf_counter()
        setup = prepare(folder, out, {})
        prepared = time.perf_counter() - started
        print(f"corpus: {setup.summary['articles']:,} articles; load + defaults {prepared:.1f} s")
        print(f"parameters: {setup.parameters}")
        runs = run_report(folder, out, setup=setup)
        total = time.perf_counter() - started
        print(summary_table(runs))
        for run in runs:
            for _number, label, seconds in sorted(run.cells, key=lambda c: -c[2])[:3]:
                print(f"  {run.notebook.stem}: {label} {seconds:.1f} s")
            if run.error:
                print(f"  FAILED {run.notebook.stem}: {run.error}")
        failed = sum(not run.ok for run in runs)
        print(
            f"make report on {folder.name}: {total:.0f} s ({total / 60:.1f} min), {failed} failed"
        )
        return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
