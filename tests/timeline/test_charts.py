"""Charts of timeline tables (helpers.plots)."""

from __future__ import annotations

import pandas as pd

from helpers import corpus as c
from helpers import timeline as tl


def _texts(figure) -> str:
    return " ".join(t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text")))


def test_charts_are_report_ready(small: pd.DataFrame, sample: pd.DataFrame) -> None:
    from matplotlib.figure import Figure

    from helpers.plots import plot_articles_over_time, plot_chronology, plot_term_trend

    events = tl.event_markers({"2020-03-10": "Strike vote"})
    note = tl.corpus_note(small)
    figure = plot_articles_over_time(tl.articles_over_time(small), events=events, source=note)
    assert isinstance(figure, Figure)
    axes = figure.axes[0]
    assert axes.get_title(loc="left") and axes.get_xlabel() and axes.get_ylabel() == "Articles"
    assert "Strike vote" in _texts(figure) and note in _texts(figure)

    by_outlet = tl.articles_over_time(small, by=c.OUTLET)
    figure = plot_articles_over_time(by_outlet)
    labels = [t.get_text() for t in figure.axes[0].get_legend().get_texts()]
    assert labels == ["alpha.com", "beta.org"]

    counts = tl.count_terms(small, ["strike", "budget"])
    trend = tl.term_trend(small, counts, min_articles=3)  # every week is too thin: masked
    figure = plot_term_trend(trend, events=events)
    legend = [t.get_text() for t in figure.axes[0].get_legend().get_texts()]
    assert legend == ["strike", "budget"]
    assert "%" in figure.axes[0].get_ylabel() and "too few articles" in _texts(figure)

    summary = tl.chronology_summary(tl.chronology(sample))
    figure = plot_chronology(summary, source=tl.corpus_note(sample))
    assert "2020-08-09" in _texts(figure) and figure.axes[0].get_ylabel()


def test_charts_accept_empty_tables(sample: pd.DataFrame) -> None:
    from helpers.plots import plot_articles_over_time, plot_chronology, plot_term_trend

    none = sample.iloc[0:0]
    plot_articles_over_time(tl.articles_over_time(none))
    plot_term_trend(tl.term_trend(none, tl.count_terms(none, ["x"]), terms=["x"]))
    plot_chronology(tl.chronology_summary(tl.chronology(none)))
