"""What every explorer shares: one way to show a table, one look, one small base class.

One way to show a table
-----------------------
:func:`show_table` shows a table paginated and searchable with itables, **offline and
self-contained**: the HTML it displays carries the DataTables library itself (itables'
offline bundle, about 1 MB), so the table renders

* inside an ipywidgets ``Output`` area (explorers redraw there), where a table that relies on
  an ``init_notebook_mode`` cell shows "Loading ITables ... from the init_notebook_mode cell"
  forever when the notebook has no such cell (issue 18, notebook 04);
* without any network access (nothing is fetched from a CDN);
* after a page reload, because every output holds what it needs (the library is started once
  per page: later tables reuse it).

Cell values, column names and captions are HTML-escaped. Without itables installed (or when it
fails) the table is shown as a plain, escaped pandas HTML table with the same rows.

Nothing here is imported at ``import helpers.explore.base`` time except pandas: ipywidgets,
itables and IPython are imported when a table or widget is shown.
"""

from __future__ import annotations

import html
from typing import Any

import pandas as pd

#: Most rows put on screen (paginated); explorers keep the full table as ``result``.
SHOWN_ROWS = 500
#: itables options of every explorer table: 10 rows a page, compact, at most 1 MiB of data.
TABLE_OPTIONS: dict[str, Any] = {
    "pageLength": 10,
    "lengthMenu": [10, 25, 50, 100],
    "maxBytes": 2**20,
    "classes": "display compact",
}
#: Width of the text controls (search boxes, pickers).
CONTROL_WIDTH = "420px"
#: CSS of the plain-table fallback (a scrolling box, small type, like the itables tables).
PLAIN_TABLE_STYLE = (
    "max-height:28em;overflow:auto;font-size:0.85em;"
    "font-family:var(--jp-ui-font-family, sans-serif)"
)
#: Class names of the wrapper every table is drawn in (the browser test looks for them).
TABLE_CLASS = "news-table"


def table_html(
    table: pd.DataFrame | pd.Series,
    *,
    caption: str | None = None,
    max_rows: int = SHOWN_ROWS,
    interactive: bool = True,
) -> str:
    """Return self-contained HTML showing the first *max_rows* rows of *table*.

    With *interactive* (and itables installed) an offline itables table, library included;
    otherwise a plain escaped HTML table. Safe to display anywhere, including inside an
    ipywidgets ``Output``, with no ``init_notebook_mode`` cell and no network.
    """
    frame = table.to_frame() if isinstance(table, pd.Series) else table
    shown = frame.head(max_rows)
    if interactive:
        offline = _itables_html(shown, caption=caption)
        if offline is not None:
            return f'<div class="{TABLE_CLASS} {TABLE_CLASS}-interactive">{offline}</div>'
    return plain_table_html(shown, caption=caption)


def plain_table_html(table: pd.DataFrame, *, caption: str | None = None) -> str:
    """Return *table* as an escaped pandas HTML table in a scrolling box."""
    body = table.to_html(escape=True, border=0, max_rows=SHOWN_ROWS, na_rep="")
    title = f"<p><b>{html.escape(caption)}</b></p>" if caption else ""
    return (
        f'<div class="{TABLE_CLASS} {TABLE_CLASS}-plain" style="{PLAIN_TABLE_STYLE}">'
        f"{title}{body}</div>"
    )


def show_table(
    table: pd.DataFrame | pd.Series,
    *,
    caption: str | None = None,
    max_rows: int = SHOWN_ROWS,
    interactive: bool = True,
) -> None:
    """Display *table* (see :func:`table_html`): the one way explorers show a table."""
    from IPython.display import HTML, display

    display(HTML(table_html(table, caption=caption, max_rows=max_rows, interactive=interactive)))


def status_html(message: str) -> str:
    """A status line as HTML: *message* (which may quote user input) escaped."""
    return f'<span class="{TABLE_CLASS}-status">{html.escape(message)}</span>'


def _itables_html(table: pd.DataFrame, *, caption: str | None) -> str | None:
    """The offline itables table with the DataTables bundle inlined, or None without itables."""
    try:
        from itables import javascript, options, to_html_datatable
    except ImportError:
        return None
    try:
        library = javascript.generate_init_offline_itables_html(options.dt_bundle)
        table_part = to_html_datatable(
            table,
            caption=html.escape(caption) if caption else None,
            connected=False,
            allow_html=False,  # cell values are escaped, never markup
            **TABLE_OPTIONS,
        )
    except (AttributeError, TypeError, OSError):  # an itables whose internals moved
        return None
    return library + table_part


class Explorer:
    """Base of every explorer: a status line, an output area for tables, one for charts.

    Subclasses build their controls, put ``self.widget`` together (usually a ``VBox`` holding the
    controls, :attr:`status`, :attr:`charts` and :attr:`output`, see :meth:`layout`) and call
    :meth:`show` with each new result and :meth:`show_figures` with each new chart. Tests drive an
    explorer by setting control values and reading :attr:`result`, :attr:`shown` and
    :attr:`figures`.
    """

    #: Most rows :meth:`show` puts on screen.
    max_rows: int = SHOWN_ROWS
    #: Status suffix when the result has more rows than are shown (``{n}``: rows shown).
    listed: str = " (the first {n:,} are listed)"

    def __init__(self) -> None:
        import ipywidgets as widgets

        self.status = widgets.HTML()
        self.output = widgets.Output()
        self.charts = widgets.Output()
        self.result = pd.DataFrame()
        self.shown = pd.DataFrame()
        self.figures: list[Any] = []
        self.widget: Any = None

    def layout(self, *controls: Any) -> Any:
        """``VBox`` of *controls* (rows of widgets) then the charts, the status line and the table."""
        import ipywidgets as widgets

        return widgets.VBox([*controls, self.charts, self.status, self.output])

    def show(self, result: pd.DataFrame, message: str = "", *, caption: str | None = None) -> None:
        """Keep *result*, show its first :attr:`max_rows` rows in :attr:`output`, set the status."""
        self.result = result
        self.shown = result.head(self.max_rows)
        more = self.listed.format(n=self.max_rows) if len(result) > self.max_rows else ""
        self.set_status(f"{message}{more}" if message else "")
        self.output.clear_output(wait=True)
        with self.output:
            if len(self.shown):
                show_table(self.shown, caption=caption, max_rows=self.max_rows)

    def show_figures(self, figures: list[Any], *, empty: str = "") -> None:
        """Replace the charts in :attr:`charts` by *figures* (matplotlib Figures).

        With no figure, *empty* (if given) is printed in their place.
        """
        from IPython.display import display

        self.figures = list(figures)
        self.charts.clear_output(wait=True)
        with self.charts:
            for figure in self.figures:
                display(figure)
            if not self.figures and empty:
                print(empty)

    def set_status(self, message: str) -> None:
        """Show *message* (escaped) in the status line."""
        self.status.value = status_html(message) if message else ""

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)
