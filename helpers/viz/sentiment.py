"""Sentiment charts: the mean over time, by group, and the saturation of whole-article scores.

They draw the tables of :mod:`helpers.sentiment`; its column names are imported when a chart is
drawn, so that ``import helpers.viz`` stays cheap.
"""

from __future__ import annotations

from types import ModuleType

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers.columns import GROUP, MEASURE, N_ARTICLES, N_SENTENCES, PERIOD
from helpers.viz.common import (
    bar_width,
    chart,
    display_text,
    empty_note,
    figure_and_axes,
    finish,
    set_tick_labels,
)
from helpers.viz.style import GRID_COLOUR, GUIDE_COLOUR, PALETTE

_COMPOUND_LABEL = "Mean sentence compound (−1 to 1)"


def _sentiment() -> ModuleType:
    """The sentiment analysis: its column names."""
    from helpers import sentiment

    return sentiment


def _measure_label(measure: str) -> str:
    s = _sentiment()
    labels = {
        s.MEAN_COMPOUND: _COMPOUND_LABEL,
        s.SHARE_POSITIVE: "Share of positive sentences",
        s.SHARE_NEGATIVE: "Share of negative sentences",
        s.COMPOUND: _COMPOUND_LABEL,
    }
    return labels.get(measure, display_text(measure))


@chart
def plot_sentiment_over_time(
    table: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str = "Sentiment over time",
    source: str | None = None,
) -> Figure:
    """Mean per period with its bootstrap interval (band), and the articles behind each point (bars).

    Takes :func:`helpers.sentiment.sentiment_over_time` or :func:`~helpers.sentiment.sentences_over_time`
    output. Periods without articles are gaps; a single period is drawn as one point.
    """
    s = _sentiment()
    figure, axes = figure_and_axes(ax)
    data = table.sort_values(PERIOD)
    measure = data[MEASURE].iloc[0] if MEASURE in data.columns and len(data) else s.COMPOUND
    periods = pd.to_datetime(data[PERIOD])
    counts = axes.twinx()
    counts.bar(
        periods,
        data[N_ARTICLES],
        width=bar_width(periods, single=20.0),
        color="#cccccc",
        alpha=0.6,
        zorder=0,
    )
    counts.set_ylabel("Articles behind each point", color="#777777")
    counts.set_ylim(0, max(1, float(data[N_ARTICLES].max() or 0)) * 3)
    counts.spines["right"].set_visible(True)
    counts.tick_params(axis="y", colors="#777777")
    axes.set_zorder(counts.get_zorder() + 1)
    axes.patch.set_visible(False)
    axes.fill_between(periods, data[s.CI_LOW], data[s.CI_HIGH], color=PALETTE[0], alpha=0.2, lw=0)
    axes.plot(periods, data[s.MEAN], marker="o", markersize=4, color=PALETTE[0])
    axes.vlines(  # the interval of isolated points, which have no band around them
        periods, data[s.CI_LOW], data[s.CI_HIGH], color=PALETTE[0], linewidth=1
    )
    axes.axhline(0, color=GUIDE_COLOUR, linewidth=0.8)
    axes.set_ylabel(_measure_label(measure))
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    if len(periods.dropna()) and periods.min() == periods.max():
        axes.set_xlim(periods.min() - pd.Timedelta(days=15), periods.max() + pd.Timedelta(days=15))
    if data.empty:
        empty_note(axes, "No dated articles")
    total = int(data[N_ARTICLES].sum())
    noun = "article" if total == 1 else "articles"
    note = source or f"Source: {total:,} {noun}; band and bars: 95% bootstrap interval."
    return finish(figure, axes, title=title, source=note)


@chart
def plot_sentiment_by_group(
    table: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str = "Sentiment by group",
    source: str | None = None,
    max_groups: int = 20,
) -> Figure:
    """Mean with its bootstrap interval per group (outlet, target vs other, quote vs narration).

    Takes :func:`helpers.sentiment.sentiment_by_group` or
    :func:`~helpers.sentiment.compare_sentences` output; shows the first *max_groups* rows, each
    labelled with the number of articles (and sentences) behind it.
    """
    s = _sentiment()
    data = table.head(max_groups).iloc[::-1]
    figure, axes = figure_and_axes(ax, size=(8.0, max(2.5, 0.45 * len(data) + 1.5)))
    positions = np.arange(len(data))
    means = data[s.MEAN].to_numpy(dtype="float64")
    errors = np.vstack(
        [
            means - data[s.CI_LOW].to_numpy(dtype="float64"),
            data[s.CI_HIGH].to_numpy(dtype="float64") - means,
        ]
    )
    axes.errorbar(
        means, positions, xerr=errors, fmt="o", color=PALETTE[0], ecolor=PALETTE[0], capsize=3
    )
    labels = []
    for _, row in data.iterrows():
        count = f"{int(row[N_ARTICLES]):,} art."
        if N_SENTENCES in data.columns:
            count = f"{int(row[N_SENTENCES]):,} sent., " + count
        labels.append(f"{display_text(row[GROUP])}\n({count})")
    set_tick_labels(axes, "y", positions, labels)
    axes.axvline(0, color=GUIDE_COLOUR, linewidth=0.8)
    axes.grid(axis="x", color=GRID_COLOUR, linewidth=0.6)
    axes.grid(axis="y", visible=False)
    if data.empty:
        empty_note(axes, "No groups to compare")
    measure = data[MEASURE].iloc[0] if MEASURE in data.columns and len(data) else ""
    axes.set_xlabel(_measure_label(measure) if measure else _COMPOUND_LABEL)
    note = source or "Bars: 95% bootstrap interval (whole articles resampled)."
    return finish(figure, axes, title=title, source=note)


@chart
def plot_saturation(
    table: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str = "Whole-article compound saturates; the sentence mean does not",
    source: str | None = None,
) -> Figure:
    """Histograms of the whole-article compound and the mean sentence compound.

    Takes :func:`helpers.sentiment.whole_article_scores` output.
    """
    s = _sentiment()
    figure, axes = figure_and_axes(ax)
    bins = np.linspace(-1, 1, 41)
    axes.hist(
        table[s.WHOLE_COMPOUND],
        bins=bins,
        color=PALETTE[3],
        alpha=0.6,
        label="whole article scored at once",
    )
    axes.hist(
        table[s.MEAN_COMPOUND],
        bins=bins,
        color=PALETTE[0],
        alpha=0.6,
        label="mean of its sentences",
    )
    axes.set_xlabel("Compound score")
    axes.set_ylabel("Articles")
    axes.legend(loc="upper center")
    note = source or f"Source: {len(table):,} articles."
    return finish(figure, axes, title=title, source=note)
