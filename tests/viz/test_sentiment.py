"""helpers.viz.sentiment: sentiment over time, by group, saturation."""

from __future__ import annotations

import pandas as pd
import pytest
from matplotlib.figure import Figure

from helpers import sentiment as s
from helpers.columns import GROUP
from helpers.corpus import sentences
from helpers.viz import plot_saturation, plot_sentiment_by_group, plot_sentiment_over_time


@pytest.fixture
def scored(hostile_articles: pd.DataFrame) -> pd.DataFrame:
    return s.score_sentences(sentences(hostile_articles))


def test_charts_draw_the_tables(hostile_articles, scored, rendered_text) -> None:
    table = s.article_sentiment(scored, articles=hostile_articles)
    over_time = s.sentiment_over_time(table)
    for figure in (
        plot_sentiment_over_time(over_time),
        plot_sentiment_over_time(over_time.head(1)),
        plot_saturation(s.whole_article_scores(hostile_articles, table)),
    ):
        assert isinstance(figure, Figure)
        rendered_text(figure)
    figure = plot_sentiment_by_group(s.compare_target(scored, "strike"))
    assert "mentions strike" in figure.axes[0].get_yticklabels()[-1].get_text()


def test_groups_with_dollars_are_drawn_as_written(hostile_articles, scored, rendered_text) -> None:
    table = s.article_sentiment(scored, articles=hostile_articles)
    by_outlet = s.sentiment_by_group(table, by="outlet")
    assert {"$money$.com", r"$\alpha$ news"} <= set(by_outlet[GROUP])
    figure = plot_sentiment_by_group(by_outlet, title="By $outlet$")
    labels = " ".join(t.get_text() for t in figure.axes[0].get_yticklabels())
    assert "$money$.com" in labels and r"$\alpha$ news" in labels
    svg = rendered_text(figure)
    assert "$money$.com" in svg and "α" not in svg
