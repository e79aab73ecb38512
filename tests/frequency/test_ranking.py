"""helpers.frequency.ranking: article groups, top terms, TF-IDF."""

from __future__ import annotations

import math

import pytest

import helpers.frequency as fq
from helpers import columns as C
from helpers.columns import ARTICLE_ID, COUNT, OUTLET, TERM


def test_top_terms_overall_and_by_group(small) -> None:
    counts = fq.term_counts(small)
    overall = fq.top_terms(counts, n=2)
    assert overall[TERM].tolist() == ["oil", "farmers"]
    assert overall[COUNT].tolist() == [3, 2]
    assert overall[C.N_ARTICLES].tolist() == [2, 2]
    assert overall[C.PER_10K].iloc[0] == pytest.approx(3 / counts[COUNT].sum() * 10_000)
    by_outlet = fq.top_terms(counts, groups=fq.article_groups(small, by=OUTLET), n=1)
    assert dict(zip(by_outlet[C.GROUP], by_outlet[TERM], strict=True)) == {
        "north.example": "oil",
        "south.example": "farmers",
    }
    by_month = fq.top_terms(counts, groups=fq.article_groups(small, period="M"), n=1)
    assert by_month[C.GROUP].tolist() == ["2020-01", "2020-02"]


def test_tf_idf_by_hand(small) -> None:
    counts = fq.term_counts(small)
    scores = fq.tf_idf(counts, top=100)
    row = scores[(scores[ARTICLE_ID] == "a1") & (scores[TERM] == "exports")].iloc[0]
    a1_total = counts.loc[
        counts[ARTICLE_ID] == "a1", COUNT
    ].sum()  # oil x2, prices, rose, exports, ...
    expected = (1 / a1_total) * (math.log((1 + 4) / (1 + 1)) + 1)
    assert row[C.TF_IDF] == pytest.approx(expected)
    # "oil" is in two articles, "exports" in one: exports is more distinctive per occurrence
    top_a1 = scores[scores[ARTICLE_ID] == "a1"]
    assert top_a1[C.RANK].tolist() == list(range(1, len(top_a1) + 1))
    grouped = fq.tf_idf(counts, groups=fq.article_groups(small, by=OUTLET), top=1)
    assert set(grouped[C.GROUP]) == {"north.example", "south.example"}
