"""Print how long ``import helpers`` and each analysis import take, each in a fresh interpreter.

Usage::

    .venv/bin/python benchmarks/bench_import.py [--repeat 5]

The goal (issue "One house") is under 1.5 s for ``helpers`` and every analysis (``viz``,
``export`` and ``explore`` import matplotlib, which alone takes about a second on a quiet machine): heavy libraries (NLTK's stemmers,
scikit-learn, SciPy, trafilatura, lxml, ipywidgets) are imported only when a function needs them.
The figure is the best of ``--repeat`` runs, since a busy machine only ever makes imports slower.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

MODULES = (
    "helpers",
    "helpers.columns",
    "helpers.text",
    "helpers.corpus",
    "helpers.temporal",
    "helpers.frequency",
    "helpers.timeline",
    "helpers.sentiment",
    "helpers.quotes",
    "helpers.engine",
    "helpers.viz",
    "helpers.export",
    "helpers.explore",
)

_TIMER = (
    "import time, importlib; t = time.perf_counter(); importlib.import_module({name!r}); "
    "print(time.perf_counter() - t)"
)


def import_seconds(name: str, *, repeat: int) -> float:
    """Best wall-clock time of importing *name* in a fresh interpreter."""
    times = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", _TIMER.format(name=name)],
            cwd=REPO,
            capture_output=True,
            text=True,
            check=True,
        )
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"{'module':<28} {'import s':>9}  (best of {args.repeat}, fresh interpreter)")
    for name in MODULES:
        seconds = import_seconds(name, repeat=args.repeat)
        flag = "" if seconds < 1.5 else "  over the 1.5 s goal"
        print(f"{name:<28} {seconds:9.3f}{flag}")


if __name__ == "__main__":
    main()
