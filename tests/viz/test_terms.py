"""helpers.viz.terms: top terms, keyness, distinctive terms, dispersion, collocates."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

from helpers import term_frequency as tf
from helpers.columns import GROUP, OUTLET, RANK, TERM
from helpers.viz import (
    plot_collocations,
    plot_dispersion,
    plot_keyness,
    plot_keyness_by_period,
    plot_top_terms,
)


@pytest.fixture
def counts(hostile_articles: pd.DataFrame) -> pd.DataFrame:
    return tf.term_counts(hostile_articles)


def test_top_terms_most_frequent_on_top(counts, rendered_text) -> None:
    top = tf.top_terms(counts, n=3)
    figure = plot_top_terms(top)
    assert isinstance(figure, Figure)
    labels = [label.get_text() for label in figure.axes[0].get_yticklabels()]
    assert labels[::-1] == top[TERM].tolist()
    rendered_text(figure)


def test_one_panel_per_outlet_titled_as_written(
    hostile_articles, counts, outlets, rendered_text
) -> None:
    by_outlet = tf.top_terms(counts, groups=tf.article_groups(hostile_articles, by=OUTLET), n=3)
    figure = plot_top_terms(by_outlet, title="Terms by $outlet$")
    panels = [ax for ax in figure.axes if ax.get_visible()]
    assert len(panels) == 3
    assert {ax.get_title(loc="left") for ax in panels} >= {outlets["dollar"], outlets["tex"]}
    svg = rendered_text(figure)
    assert "$money$.com" in svg and r"$\alpha$ news" in svg and "Terms by $outlet$" in svg


def test_keyness_bars_and_empty(counts) -> None:
    key = tf.keyness(counts, ["a1", "a2", "a4"], min_count=1)
    assert len(plot_keyness(key, n=2).axes[0].patches) == 4
    assert isinstance(plot_keyness(key.iloc[:0]), Figure)


def test_keyness_by_period_writes_terms(hostile_articles, counts, drawn_strings) -> None:
    by_period = tf.keyness_by_period(counts, hostile_articles, period="week", min_count=1)
    texts = [t.get_text() for t in plot_keyness_by_period(by_period).axes[0].texts]
    assert set(texts) & set(by_period[TERM])
    assert isinstance(plot_keyness_by_period(by_period.iloc[:0]), Figure)


def test_keyness_by_period_draws_the_latest_periods_only(drawn_strings) -> None:
    """Ten years of days (3,650 columns) made a figure of 5,000 inches; now the latest ten are
    drawn, the footnote says how many there were, and every period stays in the table."""
    days = [f"2020-01-{d:02d}" for d in range(1, 31)]
    by_period = pd.DataFrame(
        {
            GROUP: [d for d in days for _ in range(2)],
            RANK: [1, 2] * len(days),
            TERM: [f"{kind}{d[-2:]}" for d in days for kind in ("alpha", "beta")],
            tf.G2: np.linspace(1.0, 50.0, 2 * len(days)),
        }
    )
    figure = plot_keyness_by_period(by_period, n=2)
    texts = drawn_strings(figure)
    assert [t.get_text() for t in figure.axes[0].get_xticklabels()] == days[-10:]
    assert "alpha30" in texts and "alpha20" not in texts
    assert any("The latest 10 of 30 periods" in t for t in texts)
    assert figure.get_size_inches()[0] < 20


def test_keyness_by_period_labels_with_dollars(hostile_articles, counts, rendered_text) -> None:
    by_period = tf.keyness_by_period(counts, hostile_articles, period="week", min_count=1)
    first = by_period[GROUP].iloc[0]
    renamed = by_period.assign(**{GROUP: by_period[GROUP].replace({first: "$1$ week"})})
    assert "$1$ week" in rendered_text(plot_keyness_by_period(renamed))


def test_dispersion_ticks_one_row_per_term(hostile_articles) -> None:
    dispersion = tf.dispersion(hostile_articles, ["strike", "budget"])
    axes = plot_dispersion(dispersion).axes[0]
    assert len(axes.collections) == 2
    assert axes.get_xticklabels()[0].get_text() == "2020-03-02"


def test_dispersion_when_no_term_occurs(hostile_articles, drawn_strings, rendered_text) -> None:
    """Issue 17: int(NaN) crashed notebook 02 on any corpus without the sample's names."""
    dispersion = tf.dispersion(hostile_articles, ["lukashenko", "$putin$"])
    assert dispersion.empty
    figure = plot_dispersion(dispersion)
    axes = figure.axes[0]
    assert len(axes.collections) == 0
    assert [t.get_text() for t in axes.get_yticklabels()] == ["lukashenko (0)", "$putin$ (0)"]
    assert "None of the terms occurs in the corpus (lukashenko, $putin$)" in drawn_strings(figure)
    rendered_text(figure)
    # the same table read back without its attrs (e.g. from the exported CSV)
    bare = dispersion.copy()
    bare.attrs = {}
    assert "No terms given" in drawn_strings(plot_dispersion(bare))


def test_collocations(hostile_articles) -> None:
    assert isinstance(
        plot_collocations(tf.collocations(hostile_articles, "strike", min_count=1)), Figure
    )
    empty = tf.collocations(hostile_articles, "absent", min_count=1)
    assert isinstance(plot_collocations(empty, term="$absent$"), Figure)
