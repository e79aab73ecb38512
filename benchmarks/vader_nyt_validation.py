"""Reproduce the VADER paper's NYT editorial row (Hutto & Gilbert 2014, Table 4) with helpers.evaluation.vader_nyt.

Reads ../shared/eval/vader-nyt (or the folder given as the first argument: the
``additional_resources/hutto_ICWSM_2014`` folder of the vaderSentiment 3.3.2 source distribution),
and prints r, support-weighted precision/recall/F1 next to the paper's numbers, the confusion
table, and how NLTK's port of VADER compares on the same sentences.

Usage: ``.venv/bin/python benchmarks/vader_nyt_validation.py [FOLDER]``.
"""

from __future__ import annotations

import sys

from helpers import columns as c
from helpers.evaluation import vader_nyt
from helpers.paths import shared_path
from helpers.sentiment import compare_with_nltk


def main() -> int:
    folder = sys.argv[1] if len(sys.argv) > 1 else shared_path("eval", "vader-nyt")
    if folder is None:
        print(
            "skipped: ../shared/eval/vader-nyt not available; pass the hutto_ICWSM_2014 folder of "
            "the vaderSentiment 3.3.2 sdist (pip download vaderSentiment==3.3.2 --no-binary :all:)"
        )
        return 0
    scored = vader_nyt.score_vader_nyt(folder)
    metrics = vader_nyt.validation_metrics(scored)
    print(f"{len(scored):,} NYT editorial sentences")
    print(metrics.round(3).to_string(index=False))
    print()
    print(vader_nyt.confusion_table(scored).to_string())
    ported = compare_with_nltk(scored[c.SENTENCE])
    differ = int((ported[c.DIFFERENCE] != 0).sum())
    print(
        f"\nNLTK's port (same lexicon): differs on {differ:,} sentences; "
        f"r = {ported[c.NLTK].corr(scored[c.RATING]):.3f} "
        f"(reference {ported[c.REFERENCE].corr(scored[c.RATING]):.3f})"
    )
    within = (metrics[c.DIFFERENCE].abs() <= 0.015).all()
    print("all four within ±0.015 of the paper:", bool(within))
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
