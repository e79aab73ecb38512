"""helpers.sentiment.aggregation: article scores, over time, by group, bootstrap."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from helpers import sentiment as s
from helpers.corpus import (
    ARTICLE_ID,
    N_ARTICLES,
    OUTLET,
    PUBLISHED,
    TEXT,
    TITLE,
    load_corpus,
    sentences,
)


def test_article_score_is_mean_and_shares_with_inclusive_band():
    scored = pd.DataFrame(
        {
            ARTICLE_ID: ["a", "a", "a", "a", "b"],
            s.COMPOUND: [0.05, -0.05, 0.0499, 0.5, -0.2],
        }
    )
    table = s.article_sentiment(scored).set_index(ARTICLE_ID)
    assert table.loc["a", s.N_SENTENCES] == 4
    assert table.loc["a", s.MEAN_COMPOUND] == pytest.approx((0.05 - 0.05 + 0.0499 + 0.5) / 4)
    assert table.loc["a", s.SHARE_POSITIVE] == pytest.approx(0.5)  # 0.05 and 0.5; 0.0499 is neutral
    assert table.loc["a", s.SHARE_NEGATIVE] == pytest.approx(0.25)
    assert table.loc["b", s.SHARE_NEGATIVE] == 1.0


def test_article_sentiment_keeps_articles_without_sentences(articles, scored):
    extra = pd.concat([articles, articles.iloc[[0]].assign(**{ARTICLE_ID: "empty", TEXT: ""})])
    table = s.article_sentiment(scored, articles=extra).set_index(ARTICLE_ID)
    assert table.loc["empty", s.N_SENTENCES] == 0 and np.isnan(table.loc["empty", s.MEAN_COMPOUND])
    assert table.loc["a1", TITLE] == "Good day"
    assert table.loc["a1", s.MEAN_COMPOUND] > 0 > table.loc["a2", s.MEAN_COMPOUND]


def test_whole_article_compound_saturates_where_sentence_mean_does_not(sample_corpus: Path):
    loaded = load_corpus(sample_corpus).articles
    scored = s.score_sentences(sentences(loaded))
    whole = s.whole_article_scores(loaded, s.article_sentiment(scored, articles=loaded))
    summary = s.saturation_summary(whole).set_index(s.MEASURE)
    assert abs(whole[s.WHOLE_COMPOUND].iloc[0]) >= 0.95
    assert summary.loc[s.WHOLE_COMPOUND, "share_extreme"] == 1.0
    assert summary.loc[s.MEAN_COMPOUND, "share_extreme"] == 0.0


def test_over_time_counts_gaps_and_reproducible_intervals(articles, scored):
    table = s.article_sentiment(scored, articles=articles)
    first = s.sentiment_over_time(table, period="month", seed=1)
    assert list(first[s.PERIOD].dt.month) == [1, 2, 3]  # February is an empty period
    assert list(first[N_ARTICLES]) == [2, 0, 1]  # duplicate a3 and undated a5 left out
    assert np.isnan(first[s.MEAN].iloc[1])
    january = first.iloc[0]
    expected = table.set_index(ARTICLE_ID).loc[["a1", "a2"], s.MEAN_COMPOUND].mean()
    assert january[s.MEAN] == pytest.approx(expected)
    assert january[s.CI_LOW] <= january[s.MEAN] <= january[s.CI_HIGH]
    assert january[s.CI_LOW] < january[s.CI_HIGH]
    march = first.iloc[2]
    assert march[s.CI_LOW] == march[s.CI_HIGH] == march[s.MEAN]  # one article: no spread
    pd.testing.assert_frame_equal(first, s.sentiment_over_time(table, period="month", seed=1))
    with_copies = s.sentiment_over_time(table, period="month", include_duplicates=True)
    assert with_copies[N_ARTICLES].iloc[0] == 3


def test_bootstrap_interval_matches_the_spread_of_the_mean():
    rng = np.random.default_rng(0)
    values = rng.normal(0.1, 0.3, size=400)
    table = pd.DataFrame(
        {
            ARTICLE_ID: [f"a{i}" for i in range(400)],
            PUBLISHED: pd.Timestamp("2020-01-10"),
            s.MEAN_COMPOUND: values,
        }
    )
    row = s.sentiment_over_time(table, n_boot=2000).iloc[0]
    half_width = (row[s.CI_HIGH] - row[s.CI_LOW]) / 2
    assert half_width == pytest.approx(1.96 * values.std() / np.sqrt(400), rel=0.1)


def test_by_group_labels_unknown_and_sorts(articles, scored):
    table = s.article_sentiment(scored, articles=articles)
    groups = s.sentiment_by_group(table, by=OUTLET)
    assert list(groups[s.GROUP]) == ["x.com", "(unknown)", "y.com"]
    assert groups[s.MEAN].is_monotonic_decreasing
    assert dict(zip(groups[s.GROUP], groups[N_ARTICLES], strict=True))["x.com"] == 2


def test_unknown_period_says_what_to_use():
    with pytest.raises(ValueError, match="day"):
        s.period_start(pd.Series(pd.to_datetime(["2020-01-01"])), period="fortnight")


def test_sentences_in_period_are_the_points_sentences(articles, scored):
    dated = s.attach_articles(scored, articles)
    series = s.sentences_over_time(dated, period="month")
    for start, n in zip(series[s.PERIOD], series[s.N_SENTENCES], strict=True):
        behind = s.sentences_in_period(dated, start, period="month")
        assert len(behind) == n and behind[s.COMPOUND].is_monotonic_increasing
