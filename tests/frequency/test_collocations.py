"""helpers.frequency.collocations."""

from __future__ import annotations

import math

import pytest

import helpers.frequency as fq
from helpers import columns as C
from helpers.columns import COUNT


def test_collocations_by_hand(make_articles) -> None:
    articles = make_articles(
        [
            ("x", "2020-01-01", "", "Crude oil rose. Crude oil fell. Palm oil rose. Gold fell."),
            ("y", "2020-01-02", "", "Crude oil prices rose. Prices of gold fell."),
        ]
    )
    table = fq.collocations(articles, "oil", window=1, min_count=1, top=None).set_index(C.COLLOCATE)
    # window 1, within sentences: left neighbours crude x3, palm x1; right: rose, fell, rose, prices
    assert table.loc["crude", COUNT] == 3 and table.loc["crude", "n_left"] == 3
    n_tokens = 11 + 8  # tokens in x and y
    slots = 8  # 4 occurrences x 2 neighbours
    expected_pmi = math.log2(3 * n_tokens / (slots * 3))
    assert table.loc["crude", C.PMI] == pytest.approx(expected_pmi)
    assert table.loc["crude", C.G2] == pytest.approx(
        fq.log_likelihood(3, 0, slots, n_tokens - slots), rel=1e-6
    )
    assert "gold" not in table.index  # never next to oil
    assert (table[COUNT] <= table["n_collocate"]).all()
