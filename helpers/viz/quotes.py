"""Quote charts: who gets quoted, and who gets quoted over time.

They draw the tables of :mod:`helpers.quotes`; its column names are imported when a chart is
drawn, so that ``import helpers.viz`` stays cheap.
"""

from __future__ import annotations

from types import ModuleType

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers.columns import PERIOD
from helpers.viz.common import (
    chart,
    date_axis,
    display_text,
    empty_note,
    figure_and_axes,
    finish,
    horizontal_grid_off,
    set_tick_labels,
)
from helpers.viz.style import PALETTE


def _quotes() -> ModuleType:
    """The quotes analysis: its column names."""
    from helpers import quotes

    return quotes


def _quote_note(table: pd.DataFrame, n_quotes: str) -> str:
    return f"Source: {int(table[n_quotes].sum()) if len(table) else 0:,} quotes."


@chart
def plot_top_speakers(
    table: pd.DataFrame,
    *,
    title: str = "Who gets quoted",
    source: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Horizontal bars of quotes per speaker, split into direct, partial and reported speech.

    *table* comes from :func:`helpers.quotes.top_speakers` (most quoted first, drawn on top).
    """
    q = _quotes()
    figure, axes = figure_and_axes(ax)
    rows = table.iloc[::-1]
    positions = np.arange(len(rows))
    left = np.zeros(len(rows))
    labels = {q.DIRECT: "direct", q.PARTIAL: "partial", q.INDIRECT: "reported"}
    for colour, (column, label) in zip(PALETTE, labels.items(), strict=False):
        values = rows[column].to_numpy(dtype=float) if len(rows) else np.zeros(0)
        axes.barh(positions, values, left=left, color=colour, label=label)
        left = left + values
    set_tick_labels(axes, "y", positions, rows[q.RESOLVED_SPEAKER])
    horizontal_grid_off(axes)
    axes.set_xlabel("Quotes")
    axes.xaxis.get_major_locator().set_params(integer=True)
    if len(rows):
        axes.legend(loc="lower right")
    else:
        empty_note(axes, "No quotes found")
    note = source or _quote_note(table, q.N_QUOTES)
    return finish(figure, axes, title=title, source=note)


@chart
def plot_speaker_timeline(
    table: pd.DataFrame,
    *,
    title: str = "Who gets quoted over time",
    source: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """One line per speaker: quotes per period (from :func:`helpers.quotes.speaker_timeline`).

    With a single period the values are drawn as dots, so a one-article corpus still shows.
    """
    q = _quotes()
    figure, axes = figure_and_axes(ax)
    speakers = list(dict.fromkeys(table[q.RESOLVED_SPEAKER]))
    single = table[PERIOD].nunique() < 2
    for colour, speaker in zip(PALETTE * 3, speakers, strict=False):
        rows = table[table[q.RESOLVED_SPEAKER] == speaker]
        axes.plot(
            rows[PERIOD],
            rows[q.N_QUOTES],
            marker="o",
            markersize=6 if single else 3,
            linewidth=0 if single else 1.5,
            color=colour,
            label=display_text(speaker),
        )
    if speakers:
        axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
        date_axis(axes, table[PERIOD])
    else:
        empty_note(axes, "No dated quotes")
    axes.set_ylim(bottom=0)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_xlabel("Publication date (start of period)")
    axes.set_ylabel("Quotes")
    note = source or _quote_note(table, q.N_QUOTES)
    return finish(figure, axes, title=title, source=note)
