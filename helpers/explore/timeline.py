"""The timeline explorer for JupyterLab: terms, period, dates and outlet wired to the analyses.

Nothing here computes an analysis; the callbacks call :mod:`helpers.timeline`. This module imports
ipywidgets and IPython (when :func:`explore_timeline` is called).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from helpers.columns import AGENCY, ARTICLE_ID, N_ARTICLES, OUTLET, PERIOD, PUBLISHED
from helpers.periods import naive_datetimes
from helpers.selection import INCLUDE_DUPLICATES, group_labels, select_articles
from helpers.text import parse_terms
from helpers.timeline.coverage import articles_over_time, corpus_note, period_articles
from helpers.timeline.events import event_markers
from helpers.timeline.trends import count_terms, term_trend

__all__ = ["TimelineExplorer", "explore_timeline"]

#: Function drawing a table into a Figure (``helpers.plots.plot_articles_over_time`` etc.).
ChartFunction = Callable[..., Any]

_ALL = "All"


@dataclass
class TimelineExplorer:
    """Controls, outputs and current tables of :func:`explore_timeline`.

    Display it (last expression of a cell) to show the controls. Tests and scripts drive it by
    setting control values (``explorer.terms.value = "strike, ferry"``) and reading the tables.
    """

    widget: Any
    terms: Any
    period: Any
    start: Any
    end: Any
    outlet: Any
    period_pick: Any
    chart_output: Any
    table_output: Any
    counts: pd.DataFrame = field(default_factory=pd.DataFrame)
    trend: pd.DataFrame = field(default_factory=pd.DataFrame)
    shown_articles: pd.DataFrame = field(default_factory=pd.DataFrame)
    figures: list[Any] = field(default_factory=list)
    redraws: int = 0

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def explore_timeline(
    articles: pd.DataFrame,
    *,
    terms: str | Iterable[str] = (),
    period: str = "week",
    measure: str = "share",
    min_articles: int = 5,
    events: Any = None,
    by: str = OUTLET,
    include_duplicates: bool = INCLUDE_DUPLICATES,
    plot_counts: ChartFunction | None = None,
    plot_trend: ChartFunction | None = None,
    show_table: Callable[[pd.DataFrame], Any] | None = None,
) -> TimelineExplorer:
    """Build the timeline explorer: terms box, period, date range, outlet, period's articles.

    Parameters
    ----------
    articles
        The articles table.
    terms, period, measure, min_articles
        Starting values, as for :func:`helpers.timeline.term_trend`.
    events
        Event markers drawn on the charts (see :func:`helpers.timeline.event_markers`).
    by
        Column the outlet filter uses: ``OUTLET`` (default) or ``AGENCY``; when every value is
        empty the other one is used.
    include_duplicates
        Count rows marked in ``duplicate_of`` too.
    plot_counts, plot_trend
        Chart functions (``helpers.plots.plot_articles_over_time`` and ``plot_term_trend``);
        passed in because analysis modules do not import plotting. ``None`` shows no chart.
    show_table
        How to display a table (for example ``itables.show``); default: plain display.

    Returns
    -------
    TimelineExplorer
        Its ``widget`` holds the controls; it renders in its default state when displayed.
    """
    import ipywidgets as widgets
    from IPython.display import display

    # computed once: dated articles, the outlet list, term counts cached per term
    base = select_articles(articles, include_duplicates=include_duplicates)
    base = base[naive_datetimes(base[PUBLISHED]).notna()]
    if (base[by].fillna("") == "").all():
        by = AGENCY if by == OUTLET else OUTLET
    outlets = [_ALL, *group_labels(base[by]).value_counts().index]
    dates = naive_datetimes(base[PUBLISHED])
    first = dates.min().date() if len(dates) else None
    last = dates.max().date() if len(dates) else None
    cache: dict[str, pd.DataFrame] = {}
    markers = event_markers(events)

    def counts_for(names: list[str]) -> pd.DataFrame:
        for name in names:
            if name not in cache:
                cache[name] = count_terms(base, [name], include_duplicates=include_duplicates)
        frames = [cache[name] for name in names]
        return (
            pd.concat(frames, ignore_index=True)
            if frames
            else count_terms(base, [], include_duplicates=True)
        )

    layout = widgets.Layout(width="auto")
    terms_box = widgets.Text(
        value=", ".join(parse_terms(terms)),
        description="Terms",
        placeholder="comma-separated, e.g. strike, ferry*",
        continuous_update=False,
        layout=widgets.Layout(width="420px"),
    )
    period_box = widgets.Dropdown(
        options=["day", "week", "month"], value=period, description="Period", layout=layout
    )
    start_box = widgets.DatePicker(value=first, description="From", layout=layout)
    end_box = widgets.DatePicker(value=last, description="To", layout=layout)
    outlet_box = widgets.Dropdown(options=outlets, value=_ALL, description=by.capitalize())
    pick_box = widgets.Dropdown(options=[], description="Articles of", layout=layout)
    chart_output = widgets.Output()
    table_output = widgets.Output()
    explorer = TimelineExplorer(
        widget=widgets.VBox(
            [
                widgets.HBox([terms_box, period_box]),
                widgets.HBox([start_box, end_box, outlet_box]),
                chart_output,
                pick_box,
                table_output,
            ]
        ),
        terms=terms_box,
        period=period_box,
        start=start_box,
        end=end_box,
        outlet=outlet_box,
        period_pick=pick_box,
        chart_output=chart_output,
        table_output=table_output,
    )

    def selection() -> pd.DataFrame:
        return select_articles(
            base,
            start=start_box.value,
            end=end_box.value,
            outlets=None if outlet_box.value == _ALL else outlet_box.value,
            by=by,
            include_duplicates=True,  # already filtered once above
        )

    def redraw(_change: Any = None) -> None:
        chosen = selection()
        names = parse_terms(terms_box.value)
        counts = counts_for(names)
        counts = counts[counts[ARTICLE_ID].isin(chosen[ARTICLE_ID])]
        explorer.counts = articles_over_time(
            chosen, period=period_box.value, include_duplicates=include_duplicates
        )
        explorer.trend = term_trend(
            chosen,
            counts,
            period=period_box.value,
            measure=measure,
            terms=names,
            min_articles=min_articles,
            include_duplicates=include_duplicates,
        )
        note = corpus_note(chosen, include_duplicates=include_duplicates)
        explorer.figures = []
        if plot_counts is not None:
            explorer.figures.append(plot_counts(explorer.counts, events=markers, source=note))
        if plot_trend is not None and names:
            explorer.figures.append(plot_trend(explorer.trend, events=markers, source=note))
        with chart_output:
            chart_output.clear_output(wait=True)
            for figure in explorer.figures:
                display(figure)
        labels = [
            (f"{when:%Y-%m-%d} ({n} articles)", when)
            for when, n in zip(explorer.counts[PERIOD], explorer.counts[N_ARTICLES], strict=True)
            if n
        ]
        busiest = (
            explorer.counts.loc[explorer.counts[N_ARTICLES].idxmax(), PERIOD]
            if len(explorer.counts)
            else None
        )
        keep = pick_box.value if pick_box.value in {when for _, when in labels} else busiest
        pick_box.unobserve(list_articles, names="value")
        pick_box.options = labels
        pick_box.value = keep
        pick_box.observe(list_articles, names="value")
        list_articles()
        explorer.redraws += 1

    def list_articles(_change: Any = None) -> None:
        if pick_box.value is None:
            explorer.shown_articles = period_articles(base.iloc[0:0], "2000-01-01")
        else:
            chosen = selection()
            counts = counts_for(parse_terms(terms_box.value))
            explorer.shown_articles = period_articles(
                chosen,
                pick_box.value,
                period=period_box.value,
                counts=counts,
                include_duplicates=include_duplicates,
            )
        with table_output:
            table_output.clear_output(wait=True)
            (show_table or display)(explorer.shown_articles)

    for control in (terms_box, period_box, start_box, end_box, outlet_box):
        control.observe(redraw, names="value")
    pick_box.observe(list_articles, names="value")
    redraw()
    return explorer
