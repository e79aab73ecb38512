"""Coverage and timeline charts: articles per period, term trends, dates mentioned.

They draw the tables of :mod:`helpers.timeline` (``articles_over_time``, ``term_trend``,
``chronology_summary``); column names come from that module, imported when a chart is drawn so
that ``import helpers.viz`` stays cheap.
"""

from __future__ import annotations

from types import ModuleType

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers.columns import DATE, GROUP, LABEL, N_ARTICLES, PERIOD
from helpers.viz.common import (
    bar_width,
    chart,
    date_axis,
    display_text,
    empty_note,
    figure_and_axes,
    finish,
)
from helpers.viz.style import GUIDE_COLOUR, PALETTE

_MEASURE_LABELS = {
    "share": "Share of articles mentioning the term",
    "per_10k": "Mentions per 10,000 words",
}
_PERIOD_AXIS = "Publication date (start of period)"


def _timeline() -> ModuleType:
    """The timeline analysis: its column names and ``event_markers``."""
    from helpers import timeline

    return timeline


def draw_events(axes: Axes, events: object) -> None:
    """Dashed vertical lines with their labels for the *events* in view.

    *events* is anything :func:`helpers.timeline.event_markers` accepts (``{"2020-08-09":
    "Election"}``, a ``date, label`` table) or ``None``.
    """
    if events is None:
        return
    table = _timeline().event_markers(events)
    if table.empty:
        return
    low, high = mdates.num2date(axes.get_xlim()[0]), mdates.num2date(axes.get_xlim()[1])
    low, high = pd.Timestamp(low).tz_localize(None), pd.Timestamp(high).tz_localize(None)
    table = table[(table[DATE] >= low) & (table[DATE] <= high)]  # only those in view
    for number, (when, label) in enumerate(zip(table[DATE], table[LABEL], strict=True)):
        axes.axvline(when, color=GUIDE_COLOUR, linestyle="--", linewidth=0.9, zorder=1)
        axes.annotate(
            display_text(label),
            xy=(mdates.date2num(when), 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(3, -4 - 12 * (number % 3)),
            textcoords="offset points",
            ha="left",
            va="top",
            fontsize=8,
            color=GUIDE_COLOUR,
        )


def default_note(n_articles: int, periods: pd.Series) -> str:
    """``Source: 12 articles, periods starting 02 Mar 2020 to 23 Mar 2020.``"""
    dates = pd.to_datetime(pd.Series(periods)).dropna()
    noun = "article" if n_articles == 1 else "articles"
    if dates.empty:
        return f"Source: {n_articles:,} {noun}."
    first, last = dates.min(), dates.max()
    span = f"{first:%d %b %Y}" if first == last else f"{first:%d %b %Y} to {last:%d %b %Y}"
    return f"Source: {n_articles:,} {noun}, periods starting {span}."


@chart
def plot_articles_over_time(
    table: pd.DataFrame,
    *,
    events: pd.DataFrame | None = None,
    title: str = "Articles over time",
    source: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Bars of articles per period (from :func:`helpers.timeline.articles_over_time`).

    With a ``group`` column (``by=``), the bars are stacked by outlet or agency, so the chart shows
    the total and who contributed it. *events* (a ``date, label`` table, see
    :func:`helpers.timeline.event_markers`) are drawn as dashed lines.
    """
    figure, axes = figure_and_axes(ax)
    periods = table[PERIOD]
    if GROUP in table.columns:
        labelled = table.assign(**{GROUP: table[GROUP].map(display_text).astype(object)})
        wide = labelled.pivot_table(
            index=PERIOD, columns=GROUP, values=N_ARTICLES, aggfunc="sum", sort=False
        ).fillna(0)
        wide = wide.sort_index()
        width = bar_width(pd.Series(wide.index))
        bottom = np.zeros(len(wide))
        for colour, group in zip(PALETTE * 4, wide.columns, strict=False):
            values = wide[group].to_numpy()
            axes.bar(
                wide.index,
                values,
                width=width,
                bottom=bottom,
                color=colour,
                label=group,
            )
            bottom = bottom + values
        if len(wide.columns):
            axes.legend(title=None, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    else:
        axes.bar(periods, table[N_ARTICLES], width=bar_width(periods), color=PALETTE[0])
    if table.empty:
        empty_note(axes, "No dated articles")
    axes.set_ylim(bottom=0)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_xlabel(_PERIOD_AXIS)
    axes.set_ylabel("Articles")
    date_axis(axes, periods)
    draw_events(axes, events)
    note = source or default_note(int(table[N_ARTICLES].sum()), periods)
    return finish(figure, axes, title=title, source=note)


@chart
def plot_term_trend(
    table: pd.DataFrame,
    *,
    events: pd.DataFrame | None = None,
    title: str = "Mentions over time",
    source: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """One line per term with its uncertainty band (from :func:`helpers.timeline.term_trend`).

    Periods flagged ``reliable=False`` (too few articles) are left out of the lines and bands and
    shown as small hollow markers, so that they cannot pass for a spike.
    """
    tl = _timeline()
    figure, axes = figure_and_axes(ax)
    measure = str(table[tl.MEASURE].iloc[0]) if len(table) else "share"
    scale = 100.0 if measure == "share" else 1.0
    masked_any = False
    for colour, (term, rows) in zip(PALETTE * 4, table.groupby(tl.TERM, sort=False), strict=False):
        rows = rows.sort_values(PERIOD)
        good = rows[tl.RELIABLE].astype(bool)
        rate = rows[tl.RATE].where(good) * scale
        axes.fill_between(
            rows[PERIOD],
            rows[tl.LOW].where(good) * scale,
            rows[tl.HIGH].where(good) * scale,
            color=colour,
            alpha=0.18,
            linewidth=0,
        )
        axes.plot(
            rows[PERIOD], rate, color=colour, marker="o", markersize=3, label=display_text(term)
        )
        if good.sum() < 3:  # too few points for a visible band: draw the intervals as bars
            axes.errorbar(
                rows[PERIOD][good],
                rate[good],
                # clipped: a rate of 0 or 1 can sit a rounding error outside its interval
                yerr=[
                    (rows[tl.RATE] - rows[tl.LOW])[good].clip(lower=0) * scale,
                    (rows[tl.HIGH] - rows[tl.RATE])[good].clip(lower=0) * scale,
                ],
                fmt="none",
                ecolor=colour,
                capsize=3,
                linewidth=1,
            )
        weak = rows[~good & rows[tl.RATE].notna()]
        if len(weak):
            masked_any = True
            axes.scatter(
                weak[PERIOD],
                weak[tl.RATE] * scale,
                facecolors="none",
                edgecolors=colour,
                s=18,
                alpha=0.6,
            )
    axes.set_ylim(bottom=0)
    axes.set_xlabel(_PERIOD_AXIS)
    axes.set_ylabel(_MEASURE_LABELS.get(measure, measure) + (" (%)" if measure == "share" else ""))
    date_axis(axes, table[PERIOD])
    draw_events(axes, events)
    if len(table):
        axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    else:
        empty_note(axes, "No terms to show")
    first_term = table[tl.TERM].iloc[0] if len(table) else None
    rows = table[table[tl.TERM] == first_term]
    note = source or default_note(int(rows[N_ARTICLES].sum()), rows[PERIOD])
    note += "  Bands: 95% intervals."
    if masked_any:
        note += " Hollow markers: periods with too few articles to trust (not joined)."
    return finish(figure, axes, title=title, source=note)


@chart
def plot_chronology(
    summary: pd.DataFrame,
    *,
    events: pd.DataFrame | None = None,
    labels: int = 8,
    title: str = "Dates mentioned in the articles",
    source: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """When the events written about happened (from :func:`helpers.timeline.chronology_summary`).

    Days are stems whose height is the number of articles mentioning them; weeks and months are
    horizontal bars spanning the period at their height. The *labels* most-mentioned dates are
    labelled.
    """
    tl = _timeline()
    figure, axes = figure_and_axes(ax)
    days = summary[summary[tl.GRANULARITY].isin(["day", "time"])]
    spans = summary[~summary[tl.GRANULARITY].isin(["day", "time"])]
    if len(days):
        axes.vlines(days[tl.REFERS_TO], 0, days[N_ARTICLES], color=PALETTE[0], linewidth=1.2)
        axes.scatter(
            days[tl.REFERS_TO], days[N_ARTICLES], color=PALETTE[0], s=22, zorder=3, label="day"
        )
    widths = {"week": 7, "month": 30.4, "quarter": 91.3, "half": 182.6, "season": 91.3}
    for colour, (granularity, rows) in zip(
        PALETTE[1:], spans.groupby(tl.GRANULARITY, sort=False), strict=False
    ):
        width = widths.get(str(granularity), 365.25)
        axes.barh(
            rows[N_ARTICLES],
            width,
            left=rows[tl.REFERS_TO],
            height=max(0.25, 0.02 * float(summary[N_ARTICLES].max())),
            color=colour,
            alpha=0.7,
            label=display_text(granularity),
        )
    top = summary.sort_values([N_ARTICLES, tl.COUNT], ascending=False).head(labels)
    for when, value, height in zip(top[tl.REFERS_TO], top[tl.VALUE], top[N_ARTICLES], strict=True):
        axes.annotate(
            display_text(value),
            xy=(mdates.date2num(when), height),
            xytext=(2, 4),
            textcoords="offset points",
            fontsize=8,
            color="#333333",
        )
    axes.set_ylim(0, (summary[N_ARTICLES].max() if len(summary) else 1) * 1.25 + 0.5)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_xlabel("Date referred to in the text")
    axes.set_ylabel("Articles mentioning it")
    date_axis(axes, summary[tl.REFERS_TO])
    draw_events(axes, events)
    if len(summary):
        axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), title="precision")
    else:
        empty_note(axes, "No dates found in the texts")
    n = int(summary[tl.COUNT].sum()) if len(summary) else 0
    note = source or f"Source: {n:,} dated mentions."
    note += "  Dates found and resolved automatically: check the sentences before quoting."
    return finish(figure, axes, title=title, source=note)
