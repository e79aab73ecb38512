"""helpers.frequency.keyness: G², log ratio, keyness of subcorpora and periods."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

import helpers.frequency as fq
from helpers import columns as C
from helpers.columns import ARTICLE_ID, COUNT, TERM
from helpers.selection import select_articles


def test_log_likelihood_and_log_ratio_by_hand() -> None:
    # term: 10 of 1,000 terms in the target, 5 of 2,000 in the reference
    a, b, c, d = 10, 5, 1000, 2000
    n = c + d
    e11, e12 = c * (a + b) / n, c * (n - a - b) / n  # 5, 995
    e21, e22 = d * (a + b) / n, d * (n - a - b) / n  # 10, 1990
    by_hand = 2 * (
        10 * math.log(10 / e11)
        + 990 * math.log(990 / e12)
        + 5 * math.log(5 / e21)
        + 1995 * math.log(1995 / e22)
    )
    assert by_hand == pytest.approx(6.9692, abs=1e-3)  # 2 * (6.9315 - 4.9874 - 3.4657 + 5.0063)
    assert fq.log_likelihood(a, b, c, d) == pytest.approx(by_hand)
    assert fq.log_ratio(a, b, c, d) == pytest.approx(2.0)  # log2((10/1000) / (5/2000))
    # a zero frequency counts as 0.5 in the log ratio and as 0 ln 0 = 0 in G²
    assert fq.log_ratio(4, 0, 100, 100) == pytest.approx(math.log2(4 / 0.5))
    zero_by_hand = 2 * (4 * math.log(4 / 2) + 96 * math.log(96 / 98) + 100 * math.log(100 / 98))
    assert fq.log_likelihood(4, 0, 100, 100) == pytest.approx(zero_by_hand)


def test_chi2_survival_function() -> None:
    assert fq.chi2_sf(3.841458820694124)[0] == pytest.approx(0.05, rel=1e-9)
    assert fq.chi2_sf(6.634896601021213)[0] == pytest.approx(0.01, rel=1e-9)
    assert fq.chi2_sf(0.0)[0] == 1.0
    stats = pytest.importorskip("scipy.stats")
    values = np.array([0.1, 1.0, 15.13, 100.0])
    np.testing.assert_allclose(fq.chi2_sf(values), stats.chi2.sf(values, 1), rtol=1e-10)


def test_keyness_on_a_hand_made_table() -> None:
    counts = pd.DataFrame(
        {
            ARTICLE_ID: ["t", "t", "r", "r"],
            TERM: ["strike", "port", "strike", "port"],
            COUNT: [10, 990, 5, 1995],
        }
    )
    table = fq.keyness(counts, ["t"], min_count=1)
    strike = table.set_index(TERM).loc["strike"]
    assert strike[C.N_TARGET] == 10 and strike[C.N_REFERENCE] == 5
    assert strike[C.G2] == pytest.approx(fq.log_likelihood(10, 5, 1000, 2000))
    assert strike[C.LOG_RATIO] == pytest.approx(2.0)
    assert strike[C.KEY_FOR] == "target"
    assert strike[C.P_VALUE] == pytest.approx(math.erfc(math.sqrt(strike[C.G2] / 2)))
    assert strike[C.PER_10K_TARGET] == pytest.approx(100.0)
    assert table.set_index(TERM).loc["port", C.KEY_FOR] == "reference"
    assert "strike" not in set(fq.keyness(counts, ["t"], min_count=16)[TERM])  # 15 in all


def test_keyness_between_outlets_and_over_periods(small) -> None:
    counts = fq.term_counts(small)
    north = select_articles(small, outlets=["north.example"])  # a table: keyness takes it
    table = fq.keyness(counts, north, min_count=2)
    assert table.iloc[0][TERM] in {"oil", "farmers"}
    assert table.set_index(TERM).loc["oil", C.KEY_FOR] == "target"
    explicit = fq.keyness(counts, north, reference=["a3", "a4"], min_count=2)
    pd.testing.assert_frame_equal(table, explicit)
    by_month = fq.keyness_by_period(counts, small, period="month", min_count=2, top=2)
    assert set(by_month[C.GROUP]) == {"2020-01", "2020-02"}
    january = by_month[by_month[C.GROUP] == "2020-01"]
    assert "oil" in set(january[TERM]) and (january[C.KEY_FOR] == "target").all()
    previous = fq.keyness_by_period(
        counts, small, period="month", compare_with="previous", min_count=2
    )
    assert set(previous[C.GROUP]) == {"2020-02"}


def test_keyness_takes_the_selected_table_or_its_ids(small) -> None:
    # helpers.selection.select_articles returns a table (it returned ids in term_frequency)
    counts = fq.term_counts(small)
    period = select_articles(small, start="2020-01-20", end="2020-02-03")
    assert period[ARTICLE_ID].tolist() == ["a2", "a3"]
    assert select_articles(small, mentions="crude oil")[ARTICLE_ID].tolist() == ["a2"]
    assert select_articles(small, mentions="protest")[ARTICLE_ID].tolist() == ["a4"]  # whole words
    pd.testing.assert_frame_equal(
        fq.keyness(counts, period, min_count=1), fq.keyness(counts, ["a2", "a3"], min_count=1)
    )
    pd.testing.assert_frame_equal(
        fq.keyness(counts, period, reference=small.iloc[[0]], min_count=1),
        fq.keyness(counts, ["a2", "a3"], reference=["a1"], min_count=1),
    )
