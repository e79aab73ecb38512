"""A hostile corpus through the whole report: payloads in titles, text, outlets, bylines, file names.

One report run (module fixture) on a small corpus whose every field tries something: HTML and
script injection, spreadsheet formulas, matplotlib mathtext, quotes and ``$`` in file names, and
a file name that is not valid UTF-8. The report must complete every notebook, no CSV cell may
start a formula, and no exported HTML page may run a script when opened in Chromium.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
from typing import Any

import pytest
from conftest import NO_DOWNLOAD_GUARD

from helpers.report import notebook_paths, run_report

REPORT_TIMEOUT = 3600
SCRIPT = "<script>alert('title')</script>"
IMAGE = "<img src=x onerror=alert('img')>"
FORMULA = '=HYPERLINK("http://attacker.example","click")'

#: Plain-text articles in the sample's layout, each carrying payloads in a different field.
TEXT_ARTICLES = {
    'hostile $money$ "quoted".txt': f"""Council {SCRIPT} vote delayed

By {IMAGE} Reuters

October 2, 2020

The council said on Friday that the vote on {SCRIPT} would be delayed by a week, and the $\\alpha$ fund grew.

"We need more time {IMAGE}," the mayor said of the plan.

Original url:
https://$alpha$.example/news/1
""",
    "formula.txt": f"""{FORMULA}

By +cmd|' /C calc'!A0

October 5, 2020

-2+3 is what the treasurer called it, said @everyone in the council on Monday.

"It is {FORMULA}," the treasurer said.
""",
}

#: A CSV whose outlet and title columns carry payloads.
CSV_ROWS = [
    ["title", "date", "outlet", "text"],
    [
        f"Budget {IMAGE}",
        "2020-10-07",
        "$\\alpha$ <b>News</b>",
        f'The minister said on Tuesday that the budget was "balanced {SCRIPT}", officials said.',
    ],
    [
        "@SUM(A1:A9)",
        "2020-10-08",
        "=cmd()",
        'Critics said the plan would fail. "It will not work," the opposition leader said.',
    ],
]

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / 'corpus $x "y"'
    corpus.mkdir()
    for name, content in TEXT_ARTICLES.items():
        (corpus / name).write_text(content, encoding="utf-8")
    buffer = io.StringIO()
    csv.writer(buffer).writerows(CSV_ROWS)
    (corpus / "table.csv").write_text(buffer.getvalue(), encoding="utf-8")
    # a file name that is not valid UTF-8 (bytes 0xff 0xfe), as copied from an old archive
    raw_name = os.fsencode(str(corpus)) + b"/caf\xff\xfe.txt"
    with open(raw_name, "wb") as handle:
        handle.write(TEXT_ARTICLES["formula.txt"].replace("treasurer", "mayor").encode("utf-8"))
    out = root / "exports"
    runs = run_report(corpus, out, notebooks=notebook_paths(), prelude=NO_DOWNLOAD_GUARD)
    yield {"runs": runs, "out": out}
    shutil.rmtree(root, ignore_errors=True)


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.timeout(REPORT_TIMEOUT)
def test_every_notebook_completes_on_a_hostile_corpus(hostile_report) -> None:
    failed = {run.notebook.name: run.error for run in hostile_report["runs"] if run.error}
    assert not failed, failed


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.timeout(REPORT_TIMEOUT)
def test_no_csv_cell_starts_a_formula(hostile_report) -> None:
    tables = sorted(hostile_report["out"].rglob("*.csv"))
    assert tables, "the report wrote no CSV"
    offending = []
    for table in tables:
        for row in csv.reader(io.StringIO(table.read_text(encoding="utf-8"))):
            offending.extend(
                f"{table.name}: {cell[:40]!r}"
                for cell in row
                if cell.startswith(FORMULA_START) and not _is_number(cell)
            )
    assert not offending, offending[:10]


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.timeout(REPORT_TIMEOUT)
def test_no_script_runs_in_any_exported_page(hostile_report) -> None:
    from test_browser import CHROMIUM_ARGS, chromium_executable, skip_or_fail

    executable = chromium_executable()
    if executable is None:
        skip_or_fail("Chromium not found (/usr/bin/chromium): sudo apt-get install chromium")
    from playwright.sync_api import sync_playwright

    pages = sorted(hostile_report["out"].rglob("*.html"))
    assert pages, "the report wrote no HTML"
    dialogs: list[str] = []
    injected: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_ARGS, headless=True
        )
        try:
            page = browser.new_page()
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.route("http*://**", lambda route: route.abort())
            for html in pages:
                page.goto(html.as_uri(), wait_until="load")
                page.wait_for_timeout(300)
                count = page.evaluate(
                    "() => document.querySelectorAll('img[onerror], [onerror]').length"
                )
                if count:
                    injected.append(f"{html.name}: {count} elements with onerror")
        finally:
            browser.close()
    assert not dialogs, f"scripts ran: {dialogs[:5]}"
    assert not injected, injected
