"""Term charts: top terms, keyness, distinctive terms per period, dispersion, collocates.

They draw the tables of :mod:`helpers.term_frequency`; its column names are imported when a chart
is drawn, so that ``import helpers.viz`` stays cheap.
"""

from __future__ import annotations

from types import ModuleType

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers.columns import COUNT, GROUP, RANK, TERM
from helpers.viz.common import (
    add_source_note,
    apply_axes_style,
    chart,
    display_text,
    empty_note,
    figure_and_axes,
    finish,
    horizontal_grid_off,
    set_tick_labels,
)
from helpers.viz.style import NOTE_COLOUR, PALETTE, house_style


def _frequency() -> ModuleType:
    """The term-frequency analysis: its column names."""
    from helpers import term_frequency

    return term_frequency


def term_labels(table: pd.DataFrame) -> pd.Series:
    """Display labels: the surface form of stemmed terms, else the term."""
    surface = _frequency().SURFACE
    labels = table[surface].fillna(table[TERM]) if surface in table.columns else table[TERM]
    return labels.map(display_text)


def _term_bars(axes: Axes, table: pd.DataFrame, value: str, colour: str | list[str]) -> None:
    """Bars top to bottom in table order; *colour* is one colour or one per row."""
    ordered = table.iloc[::-1]
    colours = colour[::-1] if isinstance(colour, list) else colour
    axes.barh(range(len(ordered)), ordered[value], color=colours)
    set_tick_labels(axes, "y", range(len(ordered)), term_labels(ordered))
    horizontal_grid_off(axes)


@chart
def plot_top_terms(
    table: pd.DataFrame,
    *,
    ax: Axes | None = None,
    value: str = COUNT,
    title: str = "Most frequent terms",
    source: str | None = None,
    max_groups: int = 6,
) -> Figure:
    """Horizontal bars of :func:`helpers.term_frequency.top_terms` (or ``tf_idf``) output.

    With a ``group`` column holding several groups, one panel per group (the first *max_groups*);
    pass ``ax`` only for a single ranking. *value* is the bar length column (``n``, ``per_10k``,
    ``tf_idf``).
    """
    groups = list(dict.fromkeys(table[GROUP])) if GROUP in table.columns else [None]
    groups = groups[:max_groups]
    if len(groups) <= 1 or ax is not None:
        if len(groups) > 1:
            raise ValueError("Several groups need one panel each: call without ax=.")
        figure, axes = figure_and_axes(ax)
        if table.empty:
            empty_note(axes, "No terms to show")
        else:
            _term_bars(axes, table, value, PALETTE[0])
        axes.set_xlabel(display_text(value))
        return finish(figure, axes, title=title, source=source)
    columns = min(3, len(groups))
    rows = -(-len(groups) // columns)
    with house_style():
        height = 0.25 * len(table) / len(groups) * rows + 1.5 * rows
        figure = Figure(figsize=(4.0 * columns, height))
        grid = figure.subplots(rows, columns, squeeze=False)
    for i, axes in enumerate(grid.flat):
        if i >= len(groups):
            axes.set_visible(False)
            continue
        apply_axes_style(axes)
        part = table[table[GROUP] == groups[i]]
        _term_bars(axes, part, value, PALETTE[i % len(PALETTE)])
        axes.set_title(display_text(groups[i]), loc="left", fontsize=11)
    figure.suptitle(display_text(title), x=0.0, ha="left", fontweight="bold")
    if source:
        add_source_note(figure, source)
    return figure


@chart
def plot_keyness(
    table: pd.DataFrame,
    *,
    n: int = 15,
    ax: Axes | None = None,
    labels: tuple[str, str] = ("target", "reference"),
    title: str = "Key terms",
    source: str | None = None,
) -> Figure:
    """Diverging bars of the log ratio for the *n* strongest key terms of each side.

    Takes :func:`helpers.term_frequency.keyness` output; bars right are typical of the target,
    left of the reference; terms are the strongest by G².
    """
    tf = _frequency()
    target = table[table[tf.KEY_FOR] == "target"].head(n)
    reference = table[table[tf.KEY_FOR] == "reference"].head(n)
    shown = pd.concat([target, reference])
    figure, axes = figure_and_axes(ax, size=(8.0, max(3.0, 0.28 * len(shown) + 1.2)))
    if shown.empty:
        empty_note(axes, "No key terms (too few articles or terms)")
        return finish(figure, axes, title=title, source=source)
    colours = [PALETTE[0] if side == "target" else PALETTE[1] for side in shown[tf.KEY_FOR]]
    _term_bars(axes, shown, tf.LOG_RATIO, colours)
    axes.axvline(0, color=NOTE_COLOUR, linewidth=0.8)
    target_label, reference_label = (display_text(label) for label in labels)
    axes.set_xlabel(
        f"log ratio (log2): right = more in {target_label}, left = more in {reference_label}"
    )
    return finish(figure, axes, title=title, source=source)


@chart
def plot_keyness_by_period(
    table: pd.DataFrame,
    *,
    n: int = 5,
    max_periods: int = 10,
    title: str = "What was distinctive in each period",
    source: str | None = None,
) -> Figure:
    """A table-like chart: one column per period, its *n* most distinctive terms top to bottom.

    Takes :func:`helpers.term_frequency.keyness_by_period` output; darker text means larger G².
    Only the latest *max_periods* periods are drawn (a column each; ten years of days would make
    a chart hundreds of metres wide), and the source line says so; the table keeps them all.
    """
    tf = _frequency()
    shown = table[table[RANK] <= n]
    periods = list(dict.fromkeys(shown[GROUP]))
    if len(periods) > max_periods:
        left_out = len(periods) - max_periods
        periods = periods[-max_periods:]  # the table lists the periods in time order
        shown = shown[shown[GROUP].isin(periods)]
        note = f"The latest {max_periods} of {max_periods + left_out} periods; the table has all."
        source = f"{source} {note}" if source else note
    figure, axes = figure_and_axes(size=(max(6.0, 1.5 * len(periods) + 1), 0.45 * n + 1.8))
    axes.set_xlim(-0.5, max(len(periods), 1) - 0.5)
    axes.set_ylim(n + 0.5, 0.5)
    axes.grid(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_visible(False)
    set_tick_labels(axes, "x", range(len(periods)), periods)
    axes.xaxis.set_ticks_position("top")
    axes.tick_params(axis="x", length=0, labelrotation=45 if len(periods) > 8 else 0)
    axes.set_yticks(range(1, n + 1), [f"#{rank}" for rank in range(1, n + 1)])
    axes.tick_params(axis="y", length=0)
    if shown.empty:
        empty_note(axes, "No distinctive terms (one period, or too few terms)")
        return finish(figure, axes, title=title, source=source)
    strength = np.log1p(shown[tf.G2].to_numpy())
    scale = strength / strength.max() if strength.max() > 0 else strength
    position = {period: i for i, period in enumerate(periods)}
    for (_, row), label, weight in zip(shown.iterrows(), term_labels(shown), scale, strict=True):
        shade = 0.65 - 0.65 * weight
        axes.text(
            position[row[GROUP]],
            row[RANK],
            label,
            ha="center",
            va="center",
            fontsize=9,
            color=(shade, shade, shade),
        )
    return finish(figure, axes, title=title, source=source)


@chart
def plot_dispersion(
    table: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str = "Where the terms occur, in time order",
    source: str | None = None,
) -> Figure:
    """One row per term, a tick at each occurrence along the corpus read in time order.

    Takes :func:`helpers.term_frequency.dispersion` output; the x axis is the token position,
    labelled with publication dates. When none of the terms occurs, the rows are empty and the
    chart says so.
    """
    position = _frequency().POSITION
    terms = list(table.attrs.get("terms") or dict.fromkeys(table[TERM]))
    n_tokens = table.attrs.get("n_tokens")
    if n_tokens is None:  # no attrs (a table read back from CSV): the last position seen
        n_tokens = int(table[position].max()) + 1 if len(table) else 0
    figure, axes = figure_and_axes(ax, size=(8.0, max(2.0, 0.5 * len(terms) + 1.2)))
    for i, term in enumerate(terms):
        hits = table.loc[table[TERM] == term, position]
        if len(hits):
            axes.vlines(hits, i - 0.35, i + 0.35, color=PALETTE[i % len(PALETTE)], linewidth=0.8)
    set_tick_labels(
        axes,
        "y",
        range(len(terms)),
        [f"{display_text(t)} ({(table[TERM] == t).sum()})" for t in terms],
    )
    axes.set_ylim(max(len(terms), 1) - 0.5, -0.5)
    axes.set_xlim(0, max(int(n_tokens), 1))
    axes.grid(axis="y", visible=False)
    ticks = table.attrs.get("date_ticks", [])
    if ticks:
        set_tick_labels(axes, "x", [p for p, _ in ticks], [label for _, label in ticks])
        axes.set_xlabel("position in the corpus (articles in date order)")
    else:
        axes.set_xlabel("token position in the corpus")
    if table.empty:
        listed = ", ".join(display_text(term) for term in terms)
        empty_note(
            axes,
            f"None of the terms occurs in the corpus ({listed})" if listed else "No terms given",
        )
    return finish(figure, axes, title=title, source=source)


@chart
def plot_collocations(
    table: pd.DataFrame,
    *,
    term: str = "",
    n: int = 20,
    value: str = "g2",
    ax: Axes | None = None,
    source: str | None = None,
) -> Figure:
    """Horizontal bars of the strongest collocates (:func:`helpers.term_frequency.collocations`)."""
    shown = table.head(n).rename(columns={_frequency().COLLOCATE: TERM})
    figure, axes = figure_and_axes(ax, size=(8.0, max(3.0, 0.28 * len(shown) + 1.2)))
    if shown.empty:
        empty_note(axes, "No collocates reach the minimum count")
    else:
        _term_bars(axes, shown, value, PALETTE[2])
    axes.set_xlabel({"g2": "log-likelihood G²", "pmi": "PMI (log2)"}.get(value, value))
    title = f"Words near '{display_text(term)}'" if term else "Collocates"
    return finish(figure, axes, title=title, source=source)
