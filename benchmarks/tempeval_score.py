"""Score the temporal tagger on TempEval-3 TBAQ (TimeBank + AQUAINT), TempEval-3 task A style.

Usage::

    .venv/bin/python benchmarks/tempeval_score.py [PATH_TO_tempeval3-tbaq] [--errors N]

PATH defaults to ``$NEWS_SHARED/eval/tempeval3-tbaq`` (``NEWS_SHARED`` defaults to ``../shared``
relative to the repository root). The scoring is :mod:`helpers.evaluation.tempeval` (strict and
relaxed extent P/R/F1, type and value accuracy, value F1, overall and per sub-corpus).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from helpers.evaluation import tempeval  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=None)
    parser.add_argument("--errors", type=int, default=0, help="print the top N errors per kind")
    args = parser.parse_args(argv)
    root = args.path or tempeval.default_path()
    if root is None or not root.is_dir() or not any(root.rglob("*.tml")):
        print(
            f"TempEval-3 data not found at {root or '../shared/eval/tempeval3-tbaq'}: pass the "
            "tempeval3-tbaq folder as an argument or set NEWS_SHARED to the shared/ folder that "
            "holds eval/tempeval3-tbaq.",
            file=sys.stderr,
        )
        return 2
    docs = tempeval.load_documents(root)
    print(tempeval.format_figures(tempeval.evaluate(docs)))
    if args.errors:
        print(tempeval.error_report(docs, args.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
