"""The sentiment explorer for JupyterLab: target terms, period, and the sentences behind a point.

Nothing here computes an analysis; the callbacks call :mod:`helpers.sentiment`. This module imports
ipywidgets and IPython (when :func:`explore_sentiment` is called).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from helpers.columns import N_SENTENCES, PERIOD
from helpers.periods import PERIODS
from helpers.sentiment.aggregation import (
    select_sentences,
    sentences_in_period,
    sentences_over_time,
)

__all__ = ["SentimentExplorer", "explore_sentiment"]


def _period_options(series: pd.DataFrame, period: str) -> list[tuple[str, pd.Timestamp]]:
    fmt = {"day": "%Y-%m-%d", "week": "week of %Y-%m-%d", "month": "%Y-%m", "quarter": "%Y-%m"}
    label_format = fmt.get(period, "%Y")
    return [
        (f"{start.strftime(label_format)}  ({n} sentences)", start)
        for start, n in zip(series[PERIOD], series[N_SENTENCES], strict=True)
    ]


@dataclass
class SentimentExplorer:
    """Controls and current state of :func:`explore_sentiment` (display it in a notebook).

    ``terms``, ``period`` and ``point`` are the ipywidgets controls; ``series`` is the table drawn,
    ``table`` the sentences of the chosen point, ``figure`` the current chart (or None).
    """

    widget: Any
    terms: Any
    period: Any
    point: Any
    message: Any
    series: pd.DataFrame = field(default_factory=pd.DataFrame)
    table: pd.DataFrame = field(default_factory=pd.DataFrame)
    figure: Any = None

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def explore_sentiment(
    dated: pd.DataFrame,
    *,
    terms: str = "",
    period: str = "month",
    plot: Callable[[pd.DataFrame], Any] | None = None,
    show_table: Callable[[pd.DataFrame], Any] | None = None,
    max_rows: int = 2000,
    n_boot: int = 200,
) -> SentimentExplorer:
    """Controls to explore sentence sentiment: target terms, period, and the sentences per point.

    Parameters
    ----------
    dated
        Scored sentences with article dates (:func:`attach_articles`), computed once.
    terms
        Initial target terms (comma-separated; empty: all sentences).
    period
        Initial period (``day``, ``week``, ``month``, ``quarter``, ``year``).
    plot
        Chart function for the :func:`sentences_over_time` table
        (``helpers.plots.plot_sentiment_over_time``), passed in because analysis modules do not
        import plotting; None draws no chart.
    show_table
        How to display the sentences of a point, e.g. ``functools.partial(itables.show,
        pageLength=10)`` for a searchable, paginated table; default: plain ``display``.
    max_rows
        Most sentences shown for one point (the most negative first; searchable, paginated).
    n_boot
        Bootstrap resamples per point.

    Returns
    -------
    SentimentExplorer
        Display it; set ``explorer.terms.value`` etc. to drive it from code.
    """
    import ipywidgets as widgets
    from IPython.display import display

    terms_box = widgets.Text(
        value=terms, description="Target", placeholder="e.g. Lukashenko, protest*"
    )
    period_box = widgets.Dropdown(options=list(PERIODS), value=period, description="Period")
    point_box = widgets.Dropdown(options=[], description="Point")
    message = widgets.HTML()
    chart_out = widgets.Output()
    table_out = widgets.Output()
    explorer = SentimentExplorer(
        widget=widgets.VBox(
            [widgets.HBox([terms_box, period_box]), chart_out, point_box, message, table_out]
        ),
        terms=terms_box,
        period=period_box,
        point=point_box,
        message=message,
    )

    selected: dict[str, pd.DataFrame] = {}

    def show_point(_: Any = None) -> None:
        start = point_box.value
        chosen = selected["terms"] if start is not None else selected["terms"].iloc[0:0]
        explorer.table = sentences_in_period(
            chosen, start or pd.Timestamp(0), period=period_box.value
        )
        shown = explorer.table.head(max_rows)
        message.value = f"{len(explorer.table):,} sentences" + (
            f" (showing the {max_rows:,} most negative)" if len(explorer.table) > max_rows else ""
        )
        table_out.clear_output(wait=True)
        with table_out:
            (show_table or display)(shown)

    def select(_: Any = None) -> None:
        selected["terms"] = select_sentences(dated, terms=terms_box.value)
        redraw()

    def redraw(_: Any = None) -> None:
        explorer.series = sentences_over_time(
            selected["terms"], period=period_box.value, n_boot=n_boot
        )
        chart_out.clear_output(wait=True)
        explorer.figure = (
            plot(explorer.series) if plot is not None and len(explorer.series) else None
        )
        with chart_out:
            if explorer.figure is not None:
                display(explorer.figure)
            elif explorer.series.empty:
                print("No dated sentence matches: try another term or period.")
        options = _period_options(explorer.series, period_box.value)
        busiest = (
            explorer.series[PERIOD][explorer.series[N_SENTENCES].idxmax()] if options else None
        )
        point_box.unobserve(show_point, names="value")
        point_box.options = options
        point_box.value = busiest
        point_box.observe(show_point, names="value")
        show_point()

    terms_box.observe(select, names="value")
    period_box.observe(redraw, names="value")
    point_box.observe(show_point, names="value")
    select()
    return explorer
