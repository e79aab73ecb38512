"""Interactive explorers for JupyterLab: the only code that imports ipywidgets, itables or IPython.

Every explorer builds on :class:`helpers.explore.base.Explorer` and shows its tables with
:func:`show_table`: offline, self-contained (it renders inside a widget ``Output`` with no
``init_notebook_mode`` cell and no network) and HTML-escaped. Notebooks import from here::

    from helpers.explore import explore_timeline, quote_explorer, show_table

ipywidgets, itables and IPython are imported only when an explorer is built or a table shown.
"""

from helpers.explore.base import Explorer, show_table, table_html
from helpers.explore.frequency import concordance_explorer, keyness_explorer, style_concordance
from helpers.explore.quotes import quote_explorer
from helpers.explore.sentiment import explore_sentiment
from helpers.explore.timeline import explore_timeline

__all__ = [
    "Explorer",
    "concordance_explorer",
    "explore_sentiment",
    "explore_timeline",
    "keyness_explorer",
    "quote_explorer",
    "show_table",
    "style_concordance",
    "table_html",
]
