"""helpers.timeline.coverage: articles per period, the source note, a period's articles."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import corpus as c
from helpers import timeline as tl


def test_weekly_counts_fill_empty_weeks_and_count_copies_once(small: pd.DataFrame) -> None:
    assert (small[c.DUPLICATE_OF] != "").sum() == 1
    table = tl.articles_over_time(small, period="week")
    assert list(table.columns) == [tl.PERIOD, c.N_ARTICLES]
    # weeks start on Monday: 2 Mar, 9 Mar (empty), 16 Mar (empty), 23 Mar
    assert table[tl.PERIOD].dt.strftime("%Y-%m-%d").tolist() == [
        "2020-03-02",
        "2020-03-09",
        "2020-03-16",
        "2020-03-23",
    ]
    assert table[c.N_ARTICLES].tolist() == [2, 0, 0, 2]
    with_copies = tl.articles_over_time(small, period="week", include_duplicates=True)
    assert with_copies[c.N_ARTICLES].tolist() == [3, 0, 0, 2]


def test_daily_and_monthly_counts(small: pd.DataFrame) -> None:
    daily = tl.articles_over_time(small, period="day")
    assert len(daily) == 23  # 2 to 24 March
    assert daily[c.N_ARTICLES].sum() == 4
    assert (daily[c.N_ARTICLES] == 0).sum() == 19
    monthly = tl.articles_over_time(small, period="month")
    assert monthly[c.N_ARTICLES].tolist() == [4]
    assert monthly[tl.PERIOD].iloc[0] == pd.Timestamp("2020-03-01")


def test_counts_by_agency_and_outlet_cover_every_period(small: pd.DataFrame) -> None:
    table = tl.articles_over_time(small, period="week", by=c.AGENCY)
    assert list(table.columns) == [tl.PERIOD, tl.GROUP, c.N_ARTICLES]
    afp = table[table[tl.GROUP] == "AFP"][c.N_ARTICLES].tolist()
    ap = table[table[tl.GROUP] == "AP"][c.N_ARTICLES].tolist()
    assert afp == [1, 0, 0, 2] and ap == [1, 0, 0, 0]
    folded = tl.articles_over_time(small, period="week", by=c.OUTLET, top=1)
    assert set(folded[tl.GROUP]) == {"alpha.com", tl.OTHER}
    assert folded[c.N_ARTICLES].sum() == 4


def test_undated_articles_are_not_counted_and_input_is_not_mutated(small: pd.DataFrame) -> None:
    changed = small.copy()
    changed.loc[0, c.PUBLISHED] = pd.NaT
    before = changed.copy()
    table = tl.articles_over_time(changed, period="week")
    assert table[c.N_ARTICLES].sum() == 3
    pd.testing.assert_frame_equal(changed, before)


def test_bad_period_says_what_to_use(small: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="period must be one of"):
        tl.articles_over_time(small, period="fortnight")


def test_one_article_and_no_article(sample: pd.DataFrame) -> None:
    assert tl.articles_over_time(sample, period="month")[c.N_ARTICLES].tolist() == [1]
    empty = tl.articles_over_time(sample.iloc[0:0], period="week")
    assert empty.empty and list(empty.columns) == [tl.PERIOD, c.N_ARTICLES]


def test_select_articles_by_dates_and_outlet(small: pd.DataFrame) -> None:
    kept = tl.select_articles(small, start="2020-03-04", end="2020-03-23")
    assert sorted(kept[c.ARTICLE_ID]) == ["b", "c"]
    assert sorted(tl.select_articles(small, outlets="alpha.com")[c.ARTICLE_ID]) == ["a", "c", "d"]


def test_corpus_note_names_count_and_range(small: pd.DataFrame, sample: pd.DataFrame) -> None:
    note = tl.corpus_note(small)
    assert note.startswith("Source: 4 articles") and "2 Mar 2020 to 24 Mar 2020" in note
    assert "29 Sep 2020" in tl.corpus_note(sample) and "1 article " in tl.corpus_note(sample)


def test_period_articles_lists_one_period_with_term_counts(small: pd.DataFrame) -> None:
    counts = tl.count_terms(small, ["strike", "budget"])
    week = tl.period_articles(small, "2020-03-25", period="week", counts=counts)
    assert week[c.ARTICLE_ID].tolist() == ["c", "d"]
    assert week["strike"].tolist() == [1, 0] and week["budget"].tolist() == [1, 1]
    assert tl.period_articles(small, "2020-03-10", period="week").empty
