"""helpers.explore.timeline: the timeline explorer."""

from __future__ import annotations

import pandas as pd

from helpers import corpus as c
from helpers import timeline as tl
from helpers.explore import timeline as ex


def test_explorer_controls_drive_the_tables(stories: pd.DataFrame) -> None:
    import datetime as dt

    from helpers.plots import plot_articles_over_time, plot_term_trend

    explorer = ex.explore_timeline(
        stories,
        terms="strike",
        period="week",
        min_articles=1,
        plot_counts=plot_articles_over_time,
        plot_trend=plot_term_trend,
    )
    # default state: weekly counts, one term, the busiest week's articles listed, two charts
    assert explorer.counts[c.N_ARTICLES].tolist() == [2, 0, 0, 2]
    assert explorer.trend[c.TERM].unique().tolist() == ["strike"]
    assert explorer.shown_articles[c.ARTICLE_ID].tolist() == ["a", "b"]
    assert len(explorer.figures) == 2 and explorer.shown_articles is explorer.result
    pd.testing.assert_frame_equal(explorer.shown, explorer.shown_articles)
    assert "2 articles in the week of" in explorer.status.value

    explorer.terms.value = "budget, ferry"
    assert explorer.trend[c.TERM].unique().tolist() == ["budget", "ferry"]
    assert explorer.trend.groupby(c.TERM)[tl.MENTIONS].sum().to_dict() == {"budget": 2, "ferry": 2}
    assert {"budget", "ferry"} <= set(explorer.shown_articles.columns)

    explorer.period.value = "day"
    assert len(explorer.counts) == 23

    explorer.outlet.value = "beta.org"
    assert explorer.counts[c.N_ARTICLES].sum() == 1
    assert explorer.shown_articles[c.ARTICLE_ID].tolist() == ["b"]

    explorer.outlet.value = "All"
    explorer.start.value = dt.date(2020, 3, 20)
    assert explorer.counts[c.N_ARTICLES].sum() == 2
    explorer.period_pick.value = pd.Timestamp("2020-03-24")
    assert explorer.shown_articles[c.ARTICLE_ID].tolist() == ["d"]

    explorer.terms.value = ""
    assert explorer.trend.empty and len(explorer.figures) == 1


def test_explorer_on_one_article_and_without_outlets(sample: pd.DataFrame) -> None:
    explorer = ex.explore_timeline(sample.assign(**{c.OUTLET: ""}), terms=["Putin"])
    assert explorer.outlet.options == ("All", "AFP")  # falls back to the agency
    assert explorer.shown_articles[c.ARTICLE_ID].tolist() == [sample[c.ARTICLE_ID].iloc[0]]
    assert explorer.trend[tl.MENTIONS].tolist() == [1]
