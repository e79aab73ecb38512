"""Practice-corpus gold (CC0, in every clone): precision/recall floors per construction.

Floors sit about 0.02 under the figures measured when they were set (in brackets; last set for
issue 16).
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.evaluation.practice_quotes import score

#: construction -> (precision floor, recall floor, speaker-accuracy floor); None: not scored.
FLOORS: dict[str, tuple[float | None, float | None, float | None]] = {
    "all": (0.79, 0.89, 0.85),  # (0.813, 0.917, 0.879)
    "direct": (0.94, 0.96, 0.92),  # (0.968, 0.987, 0.946)
    "partial": (0.92, 0.91, 0.81),  # (0.941, 0.930, 0.838)
    "indirect": (0.66, 0.83, 0.81),  # (0.689, 0.854, 0.835)
    "split": (None, 0.96, 0.96),  # (0.982, 0.982)
    "multi_paragraph": (None, 1.0, 1.0),  # 1 of 1
    "pronoun": (None, 0.86, 0.91),  # (0.887, 0.937)
    "inverted_apposition": (None, 0.95, 0.95),  # (0.974, 0.974)
    # issue 16: any noun phrase after "according to" is a source: recall 0.667 -> 0.905, correct
    # speakers 10 -> 12, but documents ("the filings") are not resolved to their organisation
    "according_to": (None, 0.88, 0.61),  # (0.905, 0.632)
    "anonymous": (None, 0.82, 0.87),  # (0.848, 0.893)
    "description": (None, 0.78, 0.64),  # (0.800, 0.667)
    "reported_that": (None, 0.98, 0.98),  # (1.0, 1.0)
    "floating": (None, 1.0, 1.0),  # 4 of 4
    "colon_cue": (None, 1.0, 0.75),  # 4 of 4, speaker 3 of 4
}
#: Gold non-quotes (titles, scare quotes, "declined to comment") a prediction may overlap.
MAX_NON_QUOTE_ALARMS = 3


@pytest.fixture(scope="module")
def figures() -> pd.DataFrame:
    return score().set_index("construction")


@pytest.mark.parametrize("construction", sorted(FLOORS))
def test_practice_gold_floors(figures: pd.DataFrame, construction: str) -> None:
    row = figures.loc[construction]
    for measure, floor in zip(
        ("precision", "recall", "speaker_accuracy"), FLOORS[construction], strict=True
    ):
        if floor is not None:
            assert row[measure] >= floor - 1e-9, f"{construction} {measure} {row[measure]:.3f}"


def test_every_gold_quote_is_located_and_counted(figures: pd.DataFrame) -> None:
    assert figures.loc["all", "n_gold"] == 422
    assert figures.loc[["direct", "partial", "indirect"], "n_gold"].sum() == 422


def test_non_quotes_are_mostly_left_alone(figures: pd.DataFrame) -> None:
    assert figures.loc["non_quotes", "n_predicted"] <= MAX_NON_QUOTE_ALARMS
