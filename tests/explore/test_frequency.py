"""helpers.explore.frequency: the concordance and keyness explorers, style_concordance."""

from __future__ import annotations

import pandas as pd
import pytest

import helpers.frequency as fq
from helpers import columns as C
from helpers.columns import ARTICLE_ID, TERM
from helpers.explore import frequency as ex


def test_concordance_explorer_redraws_when_controls_change(small) -> None:
    pytest.importorskip("ipywidgets")
    explorer = ex.concordance_explorer(small, query="oil")
    assert len(explorer.shown) == 3 and explorer.shown[C.MATCH].str.lower().eq("oil").all()
    explorer.query.value = "harvest"
    assert explorer.shown[ARTICLE_ID].tolist() == ["a3", "a4"]
    explorer.sort.value = "right"
    right = explorer.shown[C.RIGHT].str.strip().tolist()
    assert right == sorted(right, key=str.lower) and right[0].startswith("failed")
    explorer.width.value = 20
    assert explorer.shown[C.LEFT].str.len().max() <= 20
    explorer.regex.value = True
    explorer.query.value = r"protest\w*"
    assert len(explorer.shown) == 3
    explorer.query.value = "("
    assert explorer.shown.empty and "regular expression" in explorer.status.value
    explorer.query.value = ""
    assert explorer.shown.empty


def test_keyness_explorer_redraws_for_dates_and_outlets(small) -> None:
    import datetime

    pytest.importorskip("ipywidgets")
    counts = fq.term_counts(small)
    explorer = ex.keyness_explorer(counts, small)
    explorer.min_count.value = 2
    explorer.target_start.value = datetime.date(2020, 1, 1)
    explorer.target_end.value = datetime.date(2020, 1, 31)
    january = explorer.shown.set_index(TERM)
    assert january.loc["oil", C.KEY_FOR] == "target"
    pd.testing.assert_frame_equal(
        explorer.result.reset_index(drop=True),
        fq.keyness(counts, ["a1", "a2"], min_count=2),
    )
    explorer.by.value = "outlets"
    explorer.target_outlets.value = ("south.example",)
    assert explorer.shown.set_index(TERM).loc["farmers", C.KEY_FOR] == "target"
    explorer.reference_outlets.value = ("south.example",)  # same as target: nothing left
    assert explorer.shown.empty and "non-empty" in explorer.status.value


HOSTILE = (
    'Officials said <script>alert("xss")</script> and <img src=x onerror=alert(1)> Kremlin '
    "sources & <b>bold</b> claims."
)


def test_style_concordance_escapes_article_text(make_articles) -> None:
    # issue 17: a raw <script> from an article reached the exported 02_term_frequency.html
    articles = make_articles([("<i>id</i>", "2020-01-01", "", HOSTILE)])
    lines = fq.concordance(articles, "Kremlin", width=80)
    assert "<script>" in lines[C.LEFT].iloc[0]  # the table itself keeps the text as written
    html = ex.style_concordance(lines).to_html()
    assert "<script" not in html and "<img" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(&#34;xss&#34;)&lt;/script&gt;" in html or ("&lt;script&gt;" in html)
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "&amp;" in html
    assert "2020-01-01" in html and ">Kremlin<" in html
