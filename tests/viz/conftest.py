"""Fixtures for the chart tests: a small articles table whose outlets are hostile text."""

from __future__ import annotations

import io
import os

import matplotlib as mpl
import pandas as pd
import pytest
from matplotlib.figure import Figure

from helpers import columns as c

#: Outlet names a real corpus can produce: a '$' pair (mathtext), a TeX macro, a non-UTF-8 file
#: or folder name as os.fsdecode gives it (lone surrogate).
DOLLAR_OUTLET = "$money$.com"
TEX_OUTLET = r"$\alpha$ news"
UNDECODABLE_OUTLET = os.fsdecode(b"caf\xe9.example")
#: An ordinary outlet. (The analyses hold text in pandas' str dtype, which cannot store lone
#: surrogates: the loader must hand them clean names; the charts still get them through
#: hand-made tables, notes and titles, see with_undecodable_group.)
PLAIN_OUTLET = "plain.example"
#: How the undecodable outlet is drawn and written.
UNDECODABLE_SHOWN = "caf\\xe9.example"

_ROWS = [  # (id, published, outlet, text)
    ("a1", "2020-03-02", DOLLAR_OUTLET, "The ferry strike began. Oil prices rose sharply."),
    ("a2", "2020-03-04", TEX_OUTLET, "Strike talks failed. The ferry stayed in port."),
    ("a3", "2020-03-10", PLAIN_OUTLET, "The council met on the strike and the budget."),
    ("a4", "2020-03-17", DOLLAR_OUTLET, "Budget cuts were approved. Oil exports fell."),
    ("a5", "2020-03-24", TEX_OUTLET, "The harvest failed. Farmers protested the budget."),
    ("a6", "2020-03-25", PLAIN_OUTLET, "Farmers protest again. The strike grew."),
]


def articles_table(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    """An articles table with every contract column, from (id, date, outlet, text) rows."""
    n = len(rows)
    table = pd.DataFrame({column: [""] * n for column in c.ARTICLE_COLUMNS})
    table[c.ARTICLE_ID] = [row[0] for row in rows]
    table[c.TITLE] = [f"Story {row[0]}" for row in rows]
    table[c.PUBLISHED] = pd.to_datetime([row[1] for row in rows])
    table[c.OUTLET] = [row[2] for row in rows]
    table[c.TEXT] = [row[3] for row in rows]
    table[c.DATE_AMBIGUOUS] = False
    table[c.WORD_COUNT] = [len(row[3].split()) for row in rows]
    return table


@pytest.fixture
def hostile_articles() -> pd.DataFrame:
    """Six articles over four weeks from three outlets, two with hostile names."""
    return articles_table(_ROWS)


def with_undecodable_group(table: pd.DataFrame, *, column: str, value: str) -> pd.DataFrame:
    """*table* with *value* in *column* replaced by the undecodable outlet (an object column:
    pandas' arrow-backed str dtype cannot hold lone surrogates)."""
    values = [UNDECODABLE_OUTLET if v == value else v for v in table[column]]
    return table.assign(**{column: pd.Series(values, index=table.index, dtype=object)})


def _rendered_text(figure: Figure) -> str:
    """Draw *figure* as a notebook would (PNG) and as SVG, with matplotlib's default
    ``text.parse_math`` on; return the SVG, whose text stays text."""
    with mpl.rc_context({"text.parse_math": True, "svg.fonttype": "none"}):
        figure.savefig(io.BytesIO(), format="png")
        buffer = io.BytesIO()
        figure.savefig(buffer, format="svg")
    return buffer.getvalue().decode("utf-8")


def _drawn_strings(figure: Figure) -> list[str]:
    """Every text string of *figure* after drawing (tick labels included)."""
    figure.draw_without_rendering()
    return [text.get_text() for text in figure.findobj(lambda a: hasattr(a, "get_text"))]


@pytest.fixture
def rendered_text():
    """``rendered_text(figure) -> svg``: draw as PNG and SVG with mathtext parsing on."""
    return _rendered_text


@pytest.fixture
def drawn_strings():
    """``drawn_strings(figure) -> list[str]``: every text of the drawn figure."""
    return _drawn_strings


@pytest.fixture
def outlets() -> dict[str, str]:
    """The hostile outlet names, and how the undecodable one is shown (``shown_undecodable``)."""
    return {
        "dollar": DOLLAR_OUTLET,
        "tex": TEX_OUTLET,
        "undecodable": UNDECODABLE_OUTLET,
        "shown_undecodable": UNDECODABLE_SHOWN,
    }


@pytest.fixture
def undecodable():
    """``undecodable(table, column=..., value=...)``: see :func:`with_undecodable_group`."""
    return with_undecodable_group
