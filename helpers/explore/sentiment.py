"""The sentiment explorer for JupyterLab: target terms, period, and the sentences behind a point.

Built on :class:`helpers.explore.base.Explorer` (one offline table, one status line). Nothing here
computes an analysis; the callbacks call :mod:`helpers.sentiment`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd

from helpers.columns import N_SENTENCES, PERIOD
from helpers.explore.base import Explorer
from helpers.periods import PERIODS
from helpers.sentiment.aggregation import (
    select_sentences,
    sentences_in_period,
    sentences_over_time,
)

__all__ = ["SentimentExplorer", "explore_sentiment"]

_LABEL_FORMATS = {
    "day": "%Y-%m-%d",
    "week": "week of %Y-%m-%d",
    "month": "%Y-%m",
    "quarter": "%Y-%m",
}


def _period_options(series: pd.DataFrame, period: str) -> list[tuple[str, pd.Timestamp]]:
    label_format = _LABEL_FORMATS.get(period, "%Y")
    return [
        (f"{start.strftime(label_format)}  ({n} sentences)", start)
        for start, n in zip(series[PERIOD], series[N_SENTENCES], strict=True)
    ]


class SentimentExplorer(Explorer):
    """Target terms and period over the sentiment chart, and a point picker over its sentences.

    Build it with :func:`explore_sentiment`. ``terms``, ``period`` and ``point`` are the controls;
    ``series`` is the table drawn, ``table`` (= ``result``) the sentences of the chosen point,
    ``figure`` the current chart (or None).
    """

    listed = " (showing the {n:,} most negative)"

    def __init__(
        self,
        dated: pd.DataFrame,
        *,
        terms: str,
        period: str,
        plot: Callable[[pd.DataFrame], Any] | None,
        max_rows: int,
        n_boot: int,
    ) -> None:
        import ipywidgets as widgets

        super().__init__()
        self.max_rows = max_rows
        self._dated = dated
        self._plot = plot
        self._n_boot = n_boot
        self._selected = dated.iloc[0:0]
        self.series = pd.DataFrame()
        self.terms = widgets.Text(
            value=terms, description="Target", placeholder="e.g. Lukashenko, protest*"
        )
        self.period = widgets.Dropdown(options=list(PERIODS), value=period, description="Period")
        self.point = widgets.Dropdown(options=[], description="Point")
        self.widget = widgets.VBox(
            [
                widgets.HBox([self.terms, self.period]),
                self.charts,
                self.point,
                self.status,
                self.output,
            ]
        )
        self.terms.observe(self._select, names="value")
        self.period.observe(self._redraw, names="value")
        self.point.observe(self._show_point, names="value")
        self._select()

    @property
    def table(self) -> pd.DataFrame:
        """All sentences of the chosen point, the most negative first."""
        return self.result

    @property
    def figure(self) -> Any:
        """The chart on screen, or None."""
        return self.figures[0] if self.figures else None

    def _select(self, _change: Any = None) -> None:
        self._selected = select_sentences(self._dated, terms=self.terms.value)
        self._redraw()

    def _redraw(self, _change: Any = None) -> None:
        self.series = sentences_over_time(
            self._selected, period=self.period.value, n_boot=self._n_boot
        )
        drawn = self._plot is not None and len(self.series)
        self.show_figures(
            [self._plot(self.series)] if drawn else [],
            empty="No dated sentence matches: try another term or period."
            if self.series.empty
            else "",
        )
        options = _period_options(self.series, self.period.value)
        busiest = self.series[PERIOD][self.series[N_SENTENCES].idxmax()] if options else None
        self.point.unobserve(self._show_point, names="value")
        self.point.options = options
        self.point.value = busiest
        self.point.observe(self._show_point, names="value")
        self._show_point()

    def _show_point(self, _change: Any = None) -> None:
        start = self.point.value
        chosen = self._selected if start is not None else self._selected.iloc[0:0]
        table = sentences_in_period(chosen, start or pd.Timestamp(0), period=self.period.value)
        self.show(table, f"{len(table):,} sentences")


def explore_sentiment(
    dated: pd.DataFrame,
    *,
    terms: str = "",
    period: str = "month",
    plot: Callable[[pd.DataFrame], Any] | None = None,
    max_rows: int = 2000,
    n_boot: int = 200,
) -> SentimentExplorer:
    """Controls to explore sentence sentiment: target terms, period, and the sentences per point.

    Parameters
    ----------
    dated
        Scored sentences with article dates (:func:`helpers.sentiment.attach_articles`).
    terms
        Initial target terms (comma-separated; empty: all sentences).
    period
        Initial period (``day``, ``week``, ``month``, ``quarter``, ``year``).
    plot
        Chart function for the :func:`helpers.sentiment.sentences_over_time` table
        (``helpers.viz.plot_sentiment_over_time``), passed in because analysis modules do not
        import plotting; None draws no chart.
    max_rows
        Most sentences shown for one point (the most negative first; searchable, paginated).
    n_boot
        Bootstrap resamples per point.

    Returns
    -------
    SentimentExplorer
        Display it; set ``explorer.terms.value`` etc. to drive it from code.
    """
    return SentimentExplorer(
        dated, terms=terms, period=period, plot=plot, max_rows=max_rows, n_boot=n_boot
    )
