"""The quote explorer: a speaker picker and a paginated, searchable table of that speaker's quotes.

Moved unchanged from ``helpers.quotes`` (ipywidgets, itables and IPython are imported only in the
explore layer, and only when a widget is built).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from helpers.columns import N_QUOTES, RESOLVED_SPEAKER
from helpers.quotes.stats import quotes_in_context, top_speakers

__all__ = ["QuoteExplorer", "quote_explorer"]


class QuoteExplorer:
    """A speaker picker and a paginated, searchable table of that speaker's quotes in context.

    Build it with :func:`quote_explorer`. ``picker`` is the dropdown, ``shown`` the table on
    screen; setting ``picker.value`` (by hand or in code) redraws it through
    :func:`quotes_in_context`. Displaying the object shows the controls.
    """

    def __init__(
        self, quotes: pd.DataFrame, articles: pd.DataFrame, *, n_speakers: int, width: int
    ) -> None:
        import ipywidgets as widgets

        self._quotes = quotes
        self._articles = articles
        self._width = width
        ranking = top_speakers(quotes, n=n_speakers)
        options = [
            (f"{name} ({count})", name)
            for name, count in zip(ranking[RESOLVED_SPEAKER], ranking[N_QUOTES], strict=True)
        ]
        self.picker = widgets.Dropdown(
            options=options or [("(no quotes found)", "")],
            description="Speaker",
            layout=widgets.Layout(width="420px"),
        )
        self.output = widgets.Output()
        self.shown = pd.DataFrame()
        self.widget = widgets.VBox([self.picker, self.output])
        self.picker.observe(self._on_change, names="value")
        self._redraw(self.picker.value)

    def _on_change(self, change: dict[str, Any]) -> None:
        self._redraw(change["new"])

    def _redraw(self, speaker: str) -> None:
        self.shown = quotes_in_context(
            self._quotes, self._articles, speaker=speaker, width=self._width
        )
        with self.output:
            from IPython.display import clear_output

            clear_output(wait=True)
            _show_table(self.shown)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def _show_table(table: pd.DataFrame) -> None:
    """Show a table paginated and searchable (itables), never all rows at once."""
    from itables import show

    show(
        table,
        connected=False,  # the DataTables code ships inside the page: works offline
        pageLength=10,
        lengthMenu=[10, 25, 50],
        maxBytes=2**20,
        classes="display compact",
    )


def quote_explorer(
    quotes: pd.DataFrame, articles: pd.DataFrame, *, n_speakers: int = 100, width: int = 120
) -> QuoteExplorer:
    """Build the speaker picker for the notebook's Explore section (see :class:`QuoteExplorer`).

    The speaker list and the quote table are computed once; picking a speaker only filters them.
    """
    return QuoteExplorer(quotes, articles, n_speakers=n_speakers, width=width)
