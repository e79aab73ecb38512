"""helpers.explore.sentiment: the sentiment explorer."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import sentiment as s
from helpers.corpus import (
    ARTICLE_ID,
    SENTENCE,
)
from helpers.explore import sentiment as ex


def test_explorer_controls_drive_the_tables(articles, scored):
    pytest.importorskip("ipywidgets")
    pytest.importorskip("itables")
    dated = s.attach_articles(scored, articles)
    drawn: list[pd.DataFrame] = []
    explorer = ex.explore_sentiment(dated, period="month", plot=lambda t: drawn.append(t) or "fig")
    assert explorer.figure == "fig" and len(drawn) == 1
    assert list(explorer.series[s.N_SENTENCES]) == [6, 2]  # January, March (a3 is a duplicate)
    assert explorer.point.value == pd.Timestamp("2020-01-01")  # busiest period chosen
    assert len(explorer.table) == 6

    explorer.terms.value = "Lukashenko"
    assert list(explorer.series[s.N_SENTENCES]) == [2]
    assert explorer.table[SENTENCE].str.contains("Lukashenko").all() and len(explorer.table) == 2

    explorer.terms.value = ""
    explorer.point.value = pd.Timestamp("2020-03-01")
    assert explorer.table[ARTICLE_ID].eq("a4").all() and len(explorer.table) == 2

    explorer.period.value = "day"
    assert len(explorer.series) == 3 and len(drawn) == 4
    assert explorer.point.value in set(explorer.series[s.PERIOD])

    explorer.terms.value = "nobody-mentions-this"
    assert explorer.series.empty and explorer.table.empty and explorer.figure is None


def test_explorer_caps_the_rows_it_shows(articles, scored):
    pytest.importorskip("ipywidgets")
    dated = s.attach_articles(scored, articles)
    explorer = ex.explore_sentiment(dated, max_rows=3)
    assert len(explorer.table) == 6 and len(explorer.shown) == 3
    assert "6 sentences (showing the 3 most negative)" in explorer.status.value
    pd.testing.assert_frame_equal(explorer.shown, explorer.table.head(3))
