"""helpers.explore.base: one offline, self-contained, escaping way to show a table."""

from __future__ import annotations

import re
import subprocess
import sys

import pandas as pd
import pytest

from helpers.explore.base import (
    SHOWN_ROWS,
    TABLE_CLASS,
    Explorer,
    plain_table_html,
    show_table,
    status_html,
    table_html,
)
from helpers.paths import PROJECT_ROOT

HOSTILE = pd.DataFrame(
    {
        "quote<th>": [
            "<script>alert(1)</script>",
            "</script><img src=x onerror=alert(2)>",
            'Tom & Jerry said "hi"',
        ],
        "n": [1, 2, 3],
    }
)

#: What a page would fetch: script/style/link sources, module imports, CSS urls, CDN hosts.
_FETCHES = re.compile(
    r"""(?:src|href)\s*=\s*["']?https?://[^"'\s>]*\.(?:js|css|mjs)"""
    r"""|<script[^>]*\ssrc\s*="""
    r"""|\bfrom\s+["']https?://"""
    r"""|import\(\s*["']https?://"""
    r"""|url\(\s*["']?https?://"""
    r"""|unpkg\.com|jsdelivr|cdnjs|cdn\.datatables""",
    re.IGNORECASE,
)


def _itables():
    return pytest.importorskip("itables")


def test_interactive_table_is_offline_and_self_contained() -> None:
    itables = _itables()
    page = table_html(HOSTILE)
    assert _FETCHES.search(page) is None
    version = "_itables_" + itables.__version__.replace(".", "_")
    library = page.index(f"window.{version} = injectModule(")  # the bundle, inlined
    table = page.index('<table id="itables_')
    assert library < table  # started before the table waits for it: no init_notebook_mode cell
    assert page.count(f"if (!window.{version})") == 1  # started once per page, then reused
    assert page.startswith(f'<div class="{TABLE_CLASS} {TABLE_CLASS}-interactive">')


def test_interactive_table_escapes_data() -> None:
    _itables()
    page = table_html(HOSTILE, caption="<b>caption</b>")
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "quote&lt;th&gt;" in page and "<th>quote<th>" not in page
    assert "<b>caption</b>" not in page
    data = page[page.index("let dt_args") :]
    assert "</script><img" not in data  # no way out of the script element


def test_table_is_cut_to_the_shown_rows() -> None:
    _itables()
    many = pd.DataFrame({"i": range(SHOWN_ROWS + 50)})
    page = table_html(many, max_rows=20)
    assert '"data_json": "[[0], [1],' in page and "[20]" not in page


def test_plain_table_without_itables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "itables", None)  # as if not installed
    page = table_html(HOSTILE, caption="<i>c</i>")
    assert page.startswith(f'<div class="{TABLE_CLASS} {TABLE_CLASS}-plain"')
    assert "<script" not in page and "<img" not in page and "<i>c</i>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "Tom &amp; Jerry" in page
    assert page == plain_table_html(HOSTILE, caption="<i>c</i>")
    assert table_html(HOSTILE, interactive=False) == plain_table_html(HOSTILE)


def test_show_table_displays_the_self_contained_html() -> None:
    pytest.importorskip("IPython")
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.utils.capture import capture_output

    InteractiveShell.instance()
    with capture_output() as captured:
        show_table(HOSTILE["n"])
    (output,) = captured.outputs

    def without_ids(page: str) -> str:
        return re.sub(r"itables_[0-9a-f_]{36}", "itables_ID", page)

    assert without_ids(output.data["text/html"]) == without_ids(table_html(HOSTILE["n"]))


def test_status_line_is_escaped() -> None:
    assert status_html('<img src=x onerror="alert(1)"> found') == (
        f'<span class="{TABLE_CLASS}-status">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
        " found</span>"
    )


def test_explorer_keeps_result_and_shown_rows() -> None:
    pytest.importorskip("ipywidgets")
    explorer = Explorer()
    many = pd.DataFrame({"quote": [f"<q>{i}" for i in range(SHOWN_ROWS + 1)]})
    explorer.show(many, "Matches for <b>")
    assert len(explorer.result) == SHOWN_ROWS + 1 and len(explorer.shown) == SHOWN_ROWS
    assert "Matches for &lt;b&gt; (the first 500 are listed)" in explorer.status.value
    explorer.show(many.head(0), "")
    assert explorer.shown.empty and explorer.status.value == ""


def test_import_is_cheap() -> None:
    """No ipywidgets, itables or IPython at import: they load when something is shown."""
    code = (
        "import sys, helpers.explore.base, helpers.viz, helpers.export, helpers.plots\n"
        "heavy = {'ipywidgets', 'itables', 'IPython', 'nltk', 'scipy', 'sklearn'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=PROJECT_ROOT,
        env={"PYTHONPATH": str(PROJECT_ROOT), "PATH": "/usr/bin:/bin", "MPLBACKEND": "agg"},
    )
    assert result.stdout.strip() == "[]"
