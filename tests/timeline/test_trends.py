"""helpers.timeline.trends: term counts and trends with intervals."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers import corpus as c
from helpers import timeline as tl


def test_count_terms_is_tidy(small: pd.DataFrame) -> None:
    counts = tl.count_terms(small, "strike, ferry, nothing here")
    assert list(counts.columns) == [c.ARTICLE_ID, c.TERM, c.COUNT]
    strike = counts[counts[c.TERM] == "strike"].set_index(c.ARTICLE_ID)[c.COUNT].to_dict()
    assert strike == {"a": 1, "b": 1, "c": 1}  # the copy e is left out: the one duplicate policy
    with_copies = tl.count_terms(small, "strike", include_duplicates=True)
    assert with_copies[c.ARTICLE_ID].tolist() == ["a", "b", "c", "e"]
    assert "nothing here" not in set(counts[c.TERM])


def test_share_of_articles_with_wilson_interval(small: pd.DataFrame) -> None:
    counts = tl.count_terms(small, ["strike", "budget", "absent"])
    trend = tl.term_trend(
        small, counts, period="week", terms=["strike", "budget", "absent"], min_articles=2
    )
    assert list(trend.columns) == list(tl.TREND_COLUMNS)
    strike = trend[trend[c.TERM] == "strike"].reset_index(drop=True)
    # the copy (e) is not counted: week 1 has a and b, both mention "strike"
    assert strike[tl.MENTIONS].tolist() == [2, 0, 0, 1]
    assert strike[c.N_ARTICLES].tolist() == [2, 0, 0, 2]
    assert strike[tl.RATE].iloc[0] == 1.0 and strike[tl.RATE].iloc[3] == 0.5
    assert np.isnan(strike[tl.RATE].iloc[1])  # no article that week: no rate, not zero
    assert strike[tl.RELIABLE].tolist() == [True, False, False, True]
    # Wilson 95% interval for 1 of 2: 0.0945 to 0.9055
    assert strike[tl.LOW].iloc[3] == pytest.approx(0.0945, abs=1e-4)
    assert strike[tl.HIGH].iloc[3] == pytest.approx(0.9055, abs=1e-4)
    absent = trend[trend[c.TERM] == "absent"]
    assert len(absent) == 4 and absent[tl.MENTIONS].sum() == 0
    assert (absent[tl.LOW].dropna() == 0).all() and (absent[tl.HIGH].dropna() > 0).all()


def test_mentions_per_10k_words_with_poisson_interval(small: pd.DataFrame) -> None:
    counts = tl.count_terms(small, ["the"])
    trend = tl.term_trend(small, counts, period="month", measure="per_10k", min_articles=1)
    row = trend.iloc[0]
    kept = small[small[c.DUPLICATE_OF] == ""]
    words = kept[c.WORD_COUNT].sum()
    occurrences = sum(kept[c.TEXT].str.lower().str.count(r"\bthe\b"))
    assert row[tl.MENTIONS] == occurrences
    assert row[tl.RATE] == pytest.approx(occurrences / words * 10_000)
    assert row[tl.LOW] < row[tl.RATE] < row[tl.HIGH]
    with pytest.raises(ValueError, match="measure must be one of"):
        tl.term_trend(small, counts, measure="percent")


def test_interval_formulas_match_reference_values() -> None:
    _, low, high = tl.wilson_interval(np.array([5.0]), np.array([10.0]))
    assert (low[0], high[0]) == pytest.approx((0.2366, 0.7634), abs=1e-4)
    low, high = tl.poisson_interval(np.array([0.0, 10.0]))
    assert low[0] == 0 and high[0] == pytest.approx(3.689, abs=0.02)  # exact: 3.689
    assert (low[1], high[1]) == pytest.approx((4.795, 18.39), abs=0.02)  # exact: 4.795, 18.390


def test_count_terms_agrees_with_a_per_article_search(
    small: pd.DataFrame, sample: pd.DataFrame
) -> None:
    import re

    both = pd.concat([small, sample], ignore_index=True)
    for term, regex in [("Putin", r"\bputin\b"), ("the", r"\bthe\b"), ("strike*", r"\bstrike\w*")]:
        counts = tl.count_terms(both, [term], include_duplicates=True)
        counts = counts.set_index(c.ARTICLE_ID)[c.COUNT]
        expected = {
            article_id: n
            for article_id, text in zip(both[c.ARTICLE_ID], both[c.TEXT], strict=True)
            if (n := len(re.findall(regex, text, flags=re.IGNORECASE)))
        }
        assert counts.to_dict() == expected, term
