"""The quote explorer: a speaker picker over a paginated, searchable table of that speaker's quotes.

Built on :class:`helpers.explore.base.Explorer` (the table is shown offline, inside the widget, with
no ``init_notebook_mode`` cell); the quotes come from :mod:`helpers.quotes.stats`.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from helpers.columns import N_QUOTES, RESOLVED_SPEAKER
from helpers.explore.base import CONTROL_WIDTH, Explorer
from helpers.quotes.stats import quotes_in_context, top_speakers

__all__ = ["QuoteExplorer", "quote_explorer"]


class QuoteExplorer(Explorer):
    """A speaker picker and a paginated, searchable table of that speaker's quotes in context.

    Build it with :func:`quote_explorer`. ``picker`` is the dropdown, ``shown`` the table on
    screen; setting ``picker.value`` (by hand or in code) redraws it through
    :func:`helpers.quotes.quotes_in_context`. Displaying the object shows the controls.
    """

    def __init__(
        self, quotes: pd.DataFrame, articles: pd.DataFrame, *, n_speakers: int, width: int
    ) -> None:
        import ipywidgets as widgets

        super().__init__()
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
            layout=widgets.Layout(width=CONTROL_WIDTH),
        )
        self.widget = self.layout(self.picker)
        self.picker.observe(self._redraw, names="value")
        self._redraw()

    def _redraw(self, _change: dict[str, Any] | None = None) -> None:
        speaker = self.picker.value
        if not speaker:
            self.show(pd.DataFrame(), "No quotes found in these articles.")
            return
        table = quotes_in_context(self._quotes, self._articles, speaker=speaker, width=self._width)
        self.show(table, f"{len(table):,} quotes by {speaker}")


def quote_explorer(
    quotes: pd.DataFrame, articles: pd.DataFrame, *, n_speakers: int = 100, width: int = 120
) -> QuoteExplorer:
    """Build the speaker picker for the notebook's Explore section (see :class:`QuoteExplorer`).

    The speaker list and the quote table are computed once; picking a speaker only filters them.
    """
    return QuoteExplorer(quotes, articles, n_speakers=n_speakers, width=width)
