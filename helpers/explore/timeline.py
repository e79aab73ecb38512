"""The timeline explorer for JupyterLab: terms, period, dates and outlet wired to the analyses.

Built on :class:`helpers.explore.base.Explorer`: the period's articles are shown with the one offline
table of the explore layer, the charts in its chart area. Nothing here computes an analysis; the
callbacks call :mod:`helpers.timeline`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pandas as pd

from helpers.columns import AGENCY, ARTICLE_ID, N_ARTICLES, OUTLET, PERIOD, PUBLISHED
from helpers.explore.base import CONTROL_WIDTH, Explorer
from helpers.periods import naive_datetimes
from helpers.selection import INCLUDE_DUPLICATES, group_labels, select_articles
from helpers.text import parse_terms
from helpers.timeline.coverage import articles_over_time, corpus_note, period_articles
from helpers.timeline.events import event_markers
from helpers.timeline.trends import count_terms, term_trend

__all__ = ["ChartFunction", "TimelineExplorer", "explore_timeline"]

#: Function drawing a table into a Figure (``helpers.viz.plot_articles_over_time`` etc.).
ChartFunction = Callable[..., Any]

_ALL = "All"


class TimelineExplorer(Explorer):
    """Terms box, period, date range and outlet over the coverage and trend charts, and a period
    picker over the articles of that period.

    Build it with :func:`explore_timeline`. Tests and scripts drive it by setting control values
    (``explorer.terms.value = "strike, ferry"``) and reading ``counts``, ``trend``,
    ``shown_articles`` (= ``result``) and ``figures``.
    """

    def __init__(
        self,
        articles: pd.DataFrame,
        *,
        terms: str | Iterable[str],
        period: str,
        measure: str,
        min_articles: int,
        events: Any,
        by: str,
        include_duplicates: bool,
        plot_counts: ChartFunction | None,
        plot_trend: ChartFunction | None,
    ) -> None:
        import ipywidgets as widgets

        super().__init__()
        # computed once: dated articles, the outlet list, term counts cached per term
        base = select_articles(articles, include_duplicates=include_duplicates)
        base = base[naive_datetimes(base[PUBLISHED]).notna()]
        if (base[by].fillna("") == "").all():
            by = AGENCY if by == OUTLET else OUTLET
        dates = naive_datetimes(base[PUBLISHED])
        first = dates.min().date() if len(dates) else None
        last = dates.max().date() if len(dates) else None
        self._base = base
        self._by = by
        self._measure = measure
        self._min_articles = min_articles
        self._include_duplicates = include_duplicates
        self._plot_counts = plot_counts
        self._plot_trend = plot_trend
        self._markers = event_markers(events)
        self._cache: dict[str, pd.DataFrame] = {}
        self.counts = pd.DataFrame()
        self.trend = pd.DataFrame()
        self.redraws = 0

        layout = widgets.Layout(width="auto")
        self.terms = widgets.Text(
            value=", ".join(parse_terms(terms)),
            description="Terms",
            placeholder="comma-separated, e.g. strike, ferry*",
            continuous_update=False,
            layout=widgets.Layout(width=CONTROL_WIDTH),
        )
        self.period = widgets.Dropdown(
            options=["day", "week", "month"], value=period, description="Period", layout=layout
        )
        self.start = widgets.DatePicker(value=first, description="From", layout=layout)
        self.end = widgets.DatePicker(value=last, description="To", layout=layout)
        self.outlet = widgets.Dropdown(
            options=[_ALL, *group_labels(base[by]).value_counts().index],
            value=_ALL,
            description=by.capitalize(),
        )
        self.period_pick = widgets.Dropdown(options=[], description="Articles of", layout=layout)
        self.widget = widgets.VBox(
            [
                widgets.HBox([self.terms, self.period]),
                widgets.HBox([self.start, self.end, self.outlet]),
                self.charts,
                self.period_pick,
                self.status,
                self.output,
            ]
        )
        for control in (self.terms, self.period, self.start, self.end, self.outlet):
            control.observe(self._redraw, names="value")
        self.period_pick.observe(self._list_articles, names="value")
        self._redraw()

    @property
    def shown_articles(self) -> pd.DataFrame:
        """The articles of the picked period (the table on screen, up to ``max_rows``)."""
        return self.result

    def _counts_for(self, names: list[str]) -> pd.DataFrame:
        for name in names:
            if name not in self._cache:
                self._cache[name] = count_terms(
                    self._base, [name], include_duplicates=self._include_duplicates
                )
        frames = [self._cache[name] for name in names]
        return (
            pd.concat(frames, ignore_index=True)
            if frames
            else count_terms(self._base, [], include_duplicates=True)
        )

    def _selection(self) -> pd.DataFrame:
        return select_articles(
            self._base,
            start=self.start.value,
            end=self.end.value,
            outlets=None if self.outlet.value == _ALL else self.outlet.value,
            by=self._by,
            include_duplicates=True,  # already filtered once above
        )

    def _redraw(self, _change: Any = None) -> None:
        chosen = self._selection()
        names = parse_terms(self.terms.value)
        counts = self._counts_for(names)
        counts = counts[counts[ARTICLE_ID].isin(chosen[ARTICLE_ID])]
        self.counts = articles_over_time(
            chosen, period=self.period.value, include_duplicates=self._include_duplicates
        )
        self.trend = term_trend(
            chosen,
            counts,
            period=self.period.value,
            measure=self._measure,
            terms=names,
            min_articles=self._min_articles,
            include_duplicates=self._include_duplicates,
        )
        note = corpus_note(chosen, include_duplicates=self._include_duplicates)
        figures = []
        if self._plot_counts is not None:
            figures.append(self._plot_counts(self.counts, events=self._markers, source=note))
        if self._plot_trend is not None and names:
            figures.append(self._plot_trend(self.trend, events=self._markers, source=note))
        self.show_figures(figures)
        labels = [
            (f"{when:%Y-%m-%d} ({n} articles)", when)
            for when, n in zip(self.counts[PERIOD], self.counts[N_ARTICLES], strict=True)
            if n
        ]
        busiest = (
            self.counts.loc[self.counts[N_ARTICLES].idxmax(), PERIOD] if len(self.counts) else None
        )
        pick = self.period_pick
        keep = pick.value if pick.value in {when for _, when in labels} else busiest
        pick.unobserve(self._list_articles, names="value")
        pick.options = labels
        pick.value = keep
        pick.observe(self._list_articles, names="value")
        self._list_articles()
        self.redraws += 1

    def _list_articles(self, _change: Any = None) -> None:
        when = self.period_pick.value
        if when is None:
            self.show(period_articles(self._base.iloc[0:0], "2000-01-01"), "No dated articles.")
            return
        table = period_articles(
            self._selection(),
            when,
            period=self.period.value,
            counts=self._counts_for(parse_terms(self.terms.value)),
            include_duplicates=self._include_duplicates,
        )
        self.show(table, f"{len(table):,} articles in the {self.period.value} of {when:%Y-%m-%d}")


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
        Chart functions (``helpers.viz.plot_articles_over_time`` and ``plot_term_trend``);
        passed in because analysis modules do not import plotting. ``None`` shows no chart.

    Returns
    -------
    TimelineExplorer
        Display it to show the controls; it renders in its default state.
    """
    return TimelineExplorer(
        articles,
        terms=terms,
        period=period,
        measure=measure,
        min_articles=min_articles,
        events=events,
        by=by,
        include_duplicates=include_duplicates,
        plot_counts=plot_counts,
        plot_trend=plot_trend,
    )
