"""helpers.viz.timeline: coverage, term trend and chronology charts."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from helpers import columns as c
from helpers import timeline as tl
from helpers.corpus import load_corpus
from helpers.viz import plot_articles_over_time, plot_chronology, plot_term_trend


def test_articles_over_time_with_events_and_source(
    hostile_articles: pd.DataFrame, drawn_strings, rendered_text
) -> None:
    events = tl.event_markers({"2020-03-10": "Strike vote"})
    note = tl.corpus_note(hostile_articles)
    figure = plot_articles_over_time(
        tl.articles_over_time(hostile_articles), events=events, source=note
    )
    assert isinstance(figure, Figure)
    axes = figure.axes[0]
    assert axes.get_title(loc="left") and axes.get_xlabel() and axes.get_ylabel() == "Articles"
    strings = drawn_strings(figure)
    assert "Strike vote" in strings
    assert note in strings
    rendered_text(figure)


def test_stacked_outlets_are_drawn_as_written(
    hostile_articles, outlets, undecodable, rendered_text
) -> None:
    by_outlet = tl.articles_over_time(hostile_articles, by=c.OUTLET)
    by_outlet = undecodable(by_outlet, column=c.GROUP, value="plain.example")
    figure = plot_articles_over_time(by_outlet, events={"2020-03-17": "$5 deal"})
    labels = [t.get_text() for t in figure.axes[0].get_legend().get_texts()]
    assert sorted(labels) == sorted(
        [outlets["dollar"], outlets["tex"], outlets["shown_undecodable"]]
    )
    svg = rendered_text(figure)  # no ParseSyntaxException, no α, no TypeError from FreeType
    assert "$money$.com" in svg and r"$\alpha$ news" in svg and "α" not in svg
    assert outlets["shown_undecodable"] in svg and "$5 deal" in svg


def test_term_trend_masks_thin_periods(
    hostile_articles: pd.DataFrame, drawn_strings, rendered_text
) -> None:
    counts = tl.count_terms(hostile_articles, ["strike", "budget"])
    trend = tl.term_trend(hostile_articles, counts, min_articles=3)  # every week is too thin
    figure = plot_term_trend(trend, events=tl.event_markers({"2020-03-10": "Strike vote"}))
    legend = [t.get_text() for t in figure.axes[0].get_legend().get_texts()]
    assert legend == ["strike", "budget"]
    assert "%" in figure.axes[0].get_ylabel() and "too few articles" in " ".join(
        drawn_strings(figure)
    )
    rendered_text(figure)


def test_source_note_with_a_dollar_folder_and_an_undecodable_name(
    hostile_articles, outlets, rendered_text
) -> None:
    folder = f"/data/$HOME$/{outlets['undecodable']}"
    figure = plot_articles_over_time(
        tl.articles_over_time(hostile_articles), source=f"Source: {folder}", title="$x$ coverage"
    )
    svg = rendered_text(figure)
    assert "Source: /data/$HOME$/caf\\xe9.example" in svg and "$x$ coverage" in svg


def test_chronology_labels_the_dates(sample_corpus: Path, drawn_strings) -> None:
    sample = load_corpus(sample_corpus).articles
    summary = tl.chronology_summary(tl.chronology(sample))
    figure = plot_chronology(summary, source=tl.corpus_note(sample))
    assert "2020-08-09" in drawn_strings(figure) and figure.axes[0].get_ylabel()


def test_charts_accept_empty_tables(
    hostile_articles: pd.DataFrame, drawn_strings, rendered_text
) -> None:
    none = hostile_articles.iloc[0:0]
    for figure in (
        plot_articles_over_time(tl.articles_over_time(none)),
        plot_term_trend(tl.term_trend(none, tl.count_terms(none, ["x"]), terms=["x"])),
        plot_chronology(tl.chronology_summary(tl.chronology(none))),
    ):
        assert isinstance(figure, Figure)
        rendered_text(figure)
