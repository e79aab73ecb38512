"""Score helpers.quotes on PolNeAR train or dev (political news, brat standoff attribution gold).

Usage::

    .venv/bin/python benchmarks/polnear_score.py [--split train|dev] [PATH] [--errors N]

Train (``shared_path("eval", "polnear-train")``) is the development set; dev
(``shared_path("eval", "polnear-dev")``, the default for backward compatibility) is validation
only: report it, never choose between variants on it. PATH overrides the split's folder. The
protocol and the scorer are :mod:`helpers.evaluation.polnear`; this script only prints its figures.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from helpers.evaluation.polnear import load_split, score  # noqa: E402
from helpers.paths import shared_path  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", default=None)
    parser.add_argument("--split", choices=("train", "dev"), default="dev")
    parser.add_argument("--errors", type=int, default=0, help="print N errors of each kind")
    args = parser.parse_args()
    folder = Path(args.path) if args.path else shared_path("eval", f"polnear-{args.split}")
    if folder is None or not folder.exists():
        sys.exit(f"PolNeAR {args.split} not found: pass its path or set NEWS_SHARED")
    data = load_split(folder)
    started = time.perf_counter()
    results = score(folder, errors=args.errors, data=data)
    elapsed = time.perf_counter() - started
    print(f"PolNeAR {folder.name}, {len(data)} articles ({elapsed:.1f} s)")
    for category, f in results.items():
        print(f"\n{category}: {int(f['gold'])} gold, {int(f['predicted'])} predicted")
        for kind in ("exact", "overlap"):
            print(
                f"  {kind:8s} P {f[f'{kind}_p']:.3f}  R {f[f'{kind}_r']:.3f}  "
                f"F1 {f[f'{kind}_f1']:.3f}"
            )
        print(
            f"  speaker accuracy on {int(f['speaker_n'])} matched: by span "
            f"{f['speaker_span_acc']:.3f}, by resolved name {f['speaker_name_acc']:.3f}"
        )


if __name__ == "__main__":
    main()
