"""The quote explorer widget."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers import quotes as q
from helpers.columns import ARTICLE_ID, PUBLISHED, TEXT, TITLE
from helpers.corpus import load_corpus
from helpers.explore import quote_explorer

REPO = Path(__file__).resolve().parents[2]


def _two_articles() -> pd.DataFrame:
    articles = load_corpus(REPO / "corpus").articles
    second = articles.copy()
    second[ARTICLE_ID] = "second"
    second[PUBLISHED] = second[PUBLISHED] + pd.Timedelta(days=40)
    second[TEXT] = (
        '"We will not give in," Jane Doe said on Monday.\n\n'
        "Talks will resume in May, the ministry said."
    )
    return pd.concat([articles, second], ignore_index=True)


def test_explorer_picker_drives_table() -> None:
    articles = _two_articles()
    quotes = q.extract_quotes(articles)
    explorer = quote_explorer(quotes, articles)
    assert explorer.picker.value == "Vladimir Putin"
    assert set(explorer.shown[q.RESOLVED_SPEAKER]) == {"Vladimir Putin"}
    assert explorer.shown[q.CONTEXT].str.contains(r"\[\[difficult situation\]\]").any()
    explorer.picker.value = "Jane Doe"
    assert explorer.shown[q.RESOLVED_SPEAKER].tolist() == ["Jane Doe"]
    assert "[[We will not give in,]]" in explorer.shown[q.CONTEXT].iat[0]
    assert explorer.shown[TITLE].iat[0] == articles[TITLE].iat[1]
    assert explorer.status.value.endswith("1 quotes by Jane Doe</span>")


def test_explorer_without_quotes_shows_no_table() -> None:
    articles = _two_articles().head(0)
    explorer = quote_explorer(q.extract_quotes(articles), articles)
    assert explorer.picker.value == "" and explorer.shown.empty
    assert "No quotes found" in explorer.status.value
