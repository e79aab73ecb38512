"""The VADER paper's NYT editorial sentences: reader, scores and the paper's Table 4 metrics.

Hutto & Gilbert (2014) rated 5,190 NYT editorial snippets by 20 humans each; VADER's row in their
Table 4 is r = 0.492 and support-weighted precision 0.69, recall 0.49, F1 0.55. The files ship in
the ``vaderSentiment`` source distribution on PyPI (``additional_resources/hutto_ICWSM_2014/``);
the development data keeps them in ``../shared/eval/vader-nyt``. ``benchmarks/vader_nyt_validation.py``
prints the figures.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from helpers.columns import (
    COMPOUND,
    DIFFERENCE,
    GOLD,
    ITEM_ID,
    METRIC,
    PAPER,
    PREDICTED,
    RATING,
    SENTENCE,
    VALUE,
)
from helpers.sentiment.scoring import NEUTRAL_BAND, score_texts

__all__ = [
    "NYT_PAPER",
    "confusion_table",
    "read_vader_nyt",
    "score_vader_nyt",
    "validation_metrics",
]

#: VADER paper (Hutto & Gilbert 2014), Table 4, NYT editorials, VADER row.
NYT_PAPER: dict[str, float] = {"r": 0.492, "precision": 0.69, "recall": 0.49, "f1": 0.55}
_NYT_GROUND_TRUTH = "nytEditorialSnippets_GroundTruth.txt"
_CLASS_NAMES = {-1: "negative", 0: "neutral", 1: "positive"}


def read_vader_nyt(folder: str | Path) -> pd.DataFrame:
    """Read the NYT editorial ground truth (5,190 sentences, mean of 20 human ratings, −4…+4).

    The files ship in the ``vaderSentiment`` source distribution on PyPI
    (``additional_resources/hutto_ICWSM_2014/``). Returns ``id, rating, sentence``.
    """
    path = Path(folder) / _NYT_GROUND_TRUTH
    if not path.exists():
        raise FileNotFoundError(
            f"{path} not found: download the vaderSentiment 3.3.2 source distribution "
            "(pip download vaderSentiment==3.3.2 --no-binary :all: --no-deps) and copy "
            f"additional_resources/hutto_ICWSM_2014/{_NYT_GROUND_TRUTH} into {folder}"
        )
    rows = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        identifier, rating, text = line.split("\t", 2)
        rows.append((identifier, float(rating), text))
    return pd.DataFrame(rows, columns=[ITEM_ID, RATING, SENTENCE])


def score_vader_nyt(
    folder: str | Path, *, threshold: float = NEUTRAL_BAND, workers: int | None = None
) -> pd.DataFrame:
    """Score the NYT sentences: ``id, rating, sentence, compound, gold, predicted``.

    ``gold`` is the sign of the mean human rating; ``predicted`` is +1 for compound ≥ threshold,
    −1 for ≤ −threshold, else 0 (the recipe that reproduces the paper's Table 4).
    """
    table = read_vader_nyt(folder)
    table[COMPOUND] = score_texts(table[SENTENCE], workers=workers)[COMPOUND].to_numpy()
    table[GOLD] = np.sign(table[RATING]).astype("int64")
    compound = table[COMPOUND]
    table[PREDICTED] = np.where(
        compound >= threshold, 1, np.where(compound <= -threshold, -1, 0)
    ).astype("int64")
    return table


def validation_metrics(scored_nyt: pd.DataFrame) -> pd.DataFrame:
    """Pearson r and support-weighted precision, recall and F1 next to the paper's numbers.

    Takes :func:`score_vader_nyt` output; returns ``metric, value, paper, difference``.
    """
    gold = scored_nyt[GOLD].to_numpy()
    predicted = scored_nyt[PREDICTED].to_numpy()
    precision = recall = f1 = 0.0
    for label in (-1, 0, 1):
        support = np.sum(gold == label)
        true_positive = np.sum((gold == label) & (predicted == label))
        n_predicted = np.sum(predicted == label)
        p = true_positive / n_predicted if n_predicted else 0.0
        r = true_positive / support if support else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        weight = support / len(gold)
        precision, recall, f1 = precision + weight * p, recall + weight * r, f1 + weight * f
    r_value = float(np.corrcoef(scored_nyt[COMPOUND], scored_nyt[RATING])[0, 1])
    values = {"r": r_value, "precision": precision, "recall": recall, "f1": f1}
    return pd.DataFrame(
        [
            {
                METRIC: name,
                VALUE: float(values[name]),
                PAPER: NYT_PAPER[name],
                DIFFERENCE: float(values[name]) - NYT_PAPER[name],
            }
            for name in NYT_PAPER
        ]
    )


def confusion_table(scored_nyt: pd.DataFrame) -> pd.DataFrame:
    """Counts of gold class (rows) against predicted class (columns), with totals."""
    labels = [_CLASS_NAMES[k] for k in (-1, 0, 1)]
    gold = pd.Categorical(scored_nyt[GOLD].map(_CLASS_NAMES), categories=labels)
    predicted = pd.Categorical(scored_nyt[PREDICTED].map(_CLASS_NAMES), categories=labels)
    table = pd.crosstab(
        pd.Series(gold, name="gold (humans)"),
        pd.Series(predicted, name="predicted (VADER)"),
        margins=True,
        margins_name="total",
        dropna=False,
    )
    return table
