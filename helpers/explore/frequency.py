"""Term-frequency explorers for JupyterLab: a concordance search box and a keyness picker.

Both explorers build on :class:`helpers.explore.base.Explorer` (ipywidgets, itables and IPython
are imported only when one is built); the analyses they call (:func:`helpers.frequency.concordance`,
:func:`helpers.frequency.keyness`) never import them.
:func:`style_concordance` shows a concordance as an HTML table with every cell HTML-escaped, so
article text can never inject markup or scripts into a notebook or an exported report.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from helpers.columns import (
    ARTICLE_ID,
    END,
    LEFT,
    MATCH,
    OUTLET,
    PUBLISHED,
    RIGHT,
    START,
    SURFACE,
    TERM,
)
from helpers.explore.base import SHOWN_ROWS, Explorer
from helpers.frequency.concordance import concordance
from helpers.frequency.counts import surfaces
from helpers.frequency.keyness import CountIndex
from helpers.selection import group_labels, select_articles

__all__ = [
    "SHOWN_ROWS",
    "ConcordanceExplorer",
    "KeynessExplorer",
    "concordance_explorer",
    "keyness_explorer",
    "style_concordance",
]


def style_concordance(table: pd.DataFrame) -> Any:
    """Return a pandas ``Styler`` that shows a concordance aligned on the match (KWIC layout).

    Every cell is HTML-escaped (``<script>`` in an article is shown as text, never run).
    """
    styler = table.style
    if PUBLISHED in table.columns:
        styler = styler.format(
            {PUBLISHED: lambda value: "" if pd.isna(value) else f"{value:%Y-%m-%d}"}
        )
    others = [column for column in table.columns if column != PUBLISHED]
    if others:  # after the date format: a later format() call resets the columns it names
        styler = styler.format(escape="html", subset=others)
    for column, properties in (
        (LEFT, {"text-align": "right"}),
        (MATCH, {"font-weight": "bold", "text-align": "center"}),
        (RIGHT, {"text-align": "left"}),
    ):
        if column in table.columns:
            styler = styler.set_properties(subset=[column], **properties)
    return styler.hide(axis="index")


class ConcordanceExplorer(Explorer):
    """A search box (terms or regex), context width and sort side over a paginated KWIC table.

    Build it with :func:`concordance_explorer`. Controls: ``query``, ``regex``, ``width``,
    ``sort``; ``shown`` is the table on screen and ``result`` all matches (up to ``limit``).
    Changing a control (by hand or in code) redraws through :func:`helpers.frequency.concordance`.
    """

    def __init__(self, articles: pd.DataFrame, *, query: str, limit: int) -> None:
        import ipywidgets as widgets

        super().__init__()
        self._articles = articles
        self._limit = limit
        self.query = widgets.Text(
            value=query, description="Search", continuous_update=False, placeholder="word or regex"
        )
        self.regex = widgets.Checkbox(value=False, description="regular expression", indent=False)
        self.width = widgets.IntSlider(
            value=60, min=20, max=200, step=10, description="Context", continuous_update=False
        )
        self.sort = widgets.Dropdown(
            options=[
                ("corpus order (by date)", None),
                ("left context", "left"),
                ("right context", "right"),
            ],
            value=None,
            description="Sort by",
        )
        self.widget = self.layout(
            widgets.HBox([self.query, self.regex]), widgets.HBox([self.width, self.sort])
        )
        for control in (self.query, self.regex, self.width, self.sort):
            control.observe(self._redraw, names="value")
        self._redraw()

    def _redraw(self, _change: dict[str, Any] | None = None) -> None:
        query = self.query.value.strip()
        if not query:
            self.show(pd.DataFrame(), "Type a word, a phrase or a regular expression.")
            return
        try:
            table = concordance(
                self._articles,
                query,
                regex=self.regex.value,
                width=self.width.value,
                sort=self.sort.value,
                limit=self._limit,
            )
        except ValueError as error:
            self.show(pd.DataFrame(), str(error))
            return
        capped = f" (stopped at {self._limit:,})" if len(table) >= self._limit else ""
        self.show(
            table.drop(columns=[START, END]),
            f"{len(table):,} matches for “{query}” in "
            f"{table[ARTICLE_ID].nunique():,} articles{capped}",
        )


def concordance_explorer(
    articles: pd.DataFrame, *, query: str = "", limit: int = 5000
) -> ConcordanceExplorer:
    """Build the concordance search box for the notebook's Explore section.

    *limit* caps the matches collected (in date order) so a very common word stays quick.
    """
    return ConcordanceExplorer(articles, query=query, limit=limit)


class KeynessExplorer(Explorer):
    """Pick two subcorpora (date ranges, or outlets) and list their key terms.

    Build it with :func:`keyness_explorer`. Controls: ``by`` (``"dates"`` or ``"outlets"``),
    ``target_start``/``target_end``/``reference_start``/``reference_end`` (date pickers; an
    empty reference range means all other articles), ``target_outlets``/``reference_outlets``
    (empty reference = all other outlets) and ``min_count``. The term counts are indexed once;
    each change only sums the two subcorpora and scores them (:func:`helpers.frequency.keyness`).
    Subcorpora come from :func:`helpers.selection.select_articles` (each story counted once).
    """

    def __init__(self, counts: pd.DataFrame, articles: pd.DataFrame) -> None:
        import ipywidgets as widgets

        super().__init__()
        self._articles = articles
        self._index = CountIndex(counts)
        self._surfaces = surfaces(counts)
        kept = select_articles(articles)
        self._n_articles = len(kept)
        dates = kept[PUBLISHED].dropna()
        first = dates.min().date() if len(dates) else None
        last = dates.max().date() if len(dates) else None
        middle = (dates.min() + (dates.max() - dates.min()) / 2).date() if len(dates) else None
        outlets = sorted(group_labels(kept[OUTLET]).unique())
        self.by = widgets.ToggleButtons(
            options=["dates", "outlets"], value="dates", description="Compare"
        )
        self.target_start = widgets.DatePicker(value=first, description="Target from")
        self.target_end = widgets.DatePicker(value=middle, description="to")
        self.reference_start = widgets.DatePicker(value=None, description="Reference from")
        self.reference_end = widgets.DatePicker(value=None, description="to")
        self.target_outlets = widgets.SelectMultiple(
            options=outlets,
            value=tuple(outlets[:1]),
            description="Target",
            rows=min(6, max(len(outlets), 1)),
        )
        self.reference_outlets = widgets.SelectMultiple(
            options=outlets, value=(), description="Reference", rows=min(6, max(len(outlets), 1))
        )
        self.min_count = widgets.BoundedIntText(
            value=5, min=1, max=10_000, description="Min. count"
        )
        note = widgets.Label(
            f"Dated articles: {first} to {last}. Leave the reference empty to compare with all "
            "other articles."
        )
        self.widget = self.layout(
            widgets.HBox([self.by, self.min_count]),
            widgets.HBox([self.target_start, self.target_end]),
            widgets.HBox([self.reference_start, self.reference_end]),
            widgets.HBox([self.target_outlets, self.reference_outlets]),
            note,
        )
        for control in (
            self.by,
            self.target_start,
            self.target_end,
            self.reference_start,
            self.reference_end,
            self.target_outlets,
            self.reference_outlets,
            self.min_count,
        ):
            control.observe(self._redraw, names="value")
        self._redraw()

    def subcorpora(self) -> tuple[list[str], list[str] | None]:
        """The article ids the controls select: (target, reference or None for "the rest")."""
        if self.by.value == "outlets":
            target = select_articles(self._articles, outlets=list(self.target_outlets.value))
            chosen = list(self.reference_outlets.value)
            reference = select_articles(self._articles, outlets=chosen) if chosen else None
        else:
            target = select_articles(
                self._articles, start=self.target_start.value, end=self.target_end.value
            )
            if self.reference_start.value is None and self.reference_end.value is None:
                reference = None
            else:
                reference = select_articles(
                    self._articles,
                    start=self.reference_start.value,
                    end=self.reference_end.value,
                )
        return (
            target[ARTICLE_ID].tolist(),
            None if reference is None else reference[ARTICLE_ID].tolist(),
        )

    def _redraw(self, _change: dict[str, Any] | None = None) -> None:
        target, reference = self.subcorpora()
        n_reference = (
            self._n_articles - len(set(target))
            if reference is None
            else len(set(reference) - set(target))
        )
        if not target or n_reference == 0:
            self.show(
                pd.DataFrame(),
                f"Target: {len(target):,} articles, reference: {n_reference:,}: "
                "pick two non-empty subcorpora.",
            )
            return
        table = self._index.keyness(target, reference, min_count=self.min_count.value)
        if self._surfaces is not None:
            table.insert(1, SURFACE, table[TERM].map(self._surfaces))
        self.show(
            table,
            f"Target: {len(set(target)):,} articles, reference: {n_reference:,}; "
            f"{len(table):,} terms seen at least {self.min_count.value} times, strongest G² first",
        )


def keyness_explorer(counts: pd.DataFrame, articles: pd.DataFrame) -> KeynessExplorer:
    """Build the keyness picker for the notebook's Explore section (see :class:`KeynessExplorer`).

    By default the target is the first half of the dated period and the reference the rest.
    """
    return KeynessExplorer(counts, articles)
