"""helpers.corpus.readers.html_page: saved web pages."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers import corpus as c
from helpers.corpus import load_corpus

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
