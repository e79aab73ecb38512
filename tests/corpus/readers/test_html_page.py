"""helpers.corpus.readers.html_page: saved web pages."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers import corpus as c
from helpers.corpus import load_corpus
from helpers.corpus.readers.html_page import meta_date

HTML_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Harbour vote delayed | Gazette</title>
<meta property="og:title" content="Harbour vote delayed">
<meta name="author" content="Ana Rell">
<meta property="article:published_time" content="2031-04-02T09:30:00Z">
<link rel="canonical" href="https://www.harbourgazette.example/2031/04/harbour-vote">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour vote delayed</h1>
<p>The council postponed its vote on the harbour expansion on Tuesday, citing new cost estimates
that nearly doubled the price of the project.</p>
<p>"We cannot vote on numbers we have not seen," said councillor Tomas Verin, who chairs the
finance committee. The vote is now expected in May.</p>
<p>Opponents welcomed the delay and said they would use the time to gather signatures.</p>
</article><footer>Copyright 2031 Harbour Gazette. All rights reserved.</footer></body></html>"""


def test_saved_html_page(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HTML_PAGE)
    articles, report = load_corpus(tmp_path)
    article = articles.iloc[0]
    assert report[c.STATUS].tolist() == ["loaded"]
    assert article[c.TITLE] == "Harbour vote delayed"
    assert article[c.PUBLISHED] == pd.Timestamp("2031-04-02 09:30")
    assert article[c.DATE_SOURCE] == "html-metadata"
    assert article[c.BYLINE] == "Ana Rell"
    assert article[c.OUTLET] == "harbourgazette.example"
    assert "postponed its vote" in article[c.TEXT]
    assert "Copyright" not in article[c.TEXT] and "Home" not in article[c.TEXT]
    assert len(article[c.TEXT].split("\n\n")) == 3


def test_meta_date_tags() -> None:
    assert (
        meta_date(
            '<meta charset="utf-8"><meta property="article:published_time" '
            'content="2031-04-02T09:30:00Z">'
        )
        == "2031-04-02T09:30:00Z"
    )
    assert meta_date("<META NAME='date' CONTENT='2020-01-02'>") == "2020-01-02"
    assert meta_date('<meta name="description" content="2020-01-02">') is None


@pytest.mark.timeout(60)
def test_many_unclosed_meta_tags_do_not_hang(tmp_path: Path) -> None:
    """The old regular expression was quadratic: 8 k repeats took 26 s, 20 k ran past 120 s."""
    page = "<html><head>" + "<meta " * 50_000 + "</head><body><p>The text.</p></body></html>"
    assert meta_date(page) is None
    (tmp_path / "page.html").write_text(page)
    _, report = load_corpus(tmp_path)
    assert len(report) == 1


def test_out_of_range_page_date(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        HTML_PAGE.replace("2031-04-02T09:30:00Z", "3031-04-02T09:30:00Z")
    )
    articles, report = load_corpus(tmp_path)
    assert pd.isna(articles[c.PUBLISHED].iloc[0])
    assert "outside the range that can be stored" in report[c.DETAIL].iloc[0]
