"""Speaker statistics and the quote charts."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers import quotes as q
from helpers.columns import ARTICLE_ID, PUBLISHED, TEXT
from helpers.corpus import load_corpus

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


def test_top_speakers_leaves_out_bare_pronouns() -> None:
    quotes = q.extract_quotes_from_text(
        "They said prices would rise.\n\nJane Doe said prices would fall."
    )
    quotes.insert(0, ARTICLE_ID, "a")
    assert q.top_speakers(quotes)[q.RESOLVED_SPEAKER].tolist() == ["Jane Doe"]
    assert set(q.top_speakers(quotes, pronouns=True, confidence=None)[q.RESOLVED_SPEAKER]) == {
        "Jane Doe",
        "they",
    }


def test_top_speakers_and_timeline() -> None:
    articles = _two_articles()
    quotes = q.extract_quotes(articles)
    top = q.top_speakers(quotes)
    assert top[q.RESOLVED_SPEAKER].iat[0] == "Vladimir Putin"
    putin = top.set_index(q.RESOLVED_SPEAKER).loc["Vladimir Putin"]
    assert putin[q.N_QUOTES] == putin[q.DIRECT] + putin[q.PARTIAL] + putin[q.INDIRECT]
    assert 0 < putin[q.DIRECT_SHARE] < 1
    timeline = q.speaker_timeline(quotes, articles, period="month", n=3)
    assert timeline[q.PERIOD].nunique() == 2
    jane = timeline[timeline[q.RESOLVED_SPEAKER] == "Jane Doe"]
    assert jane[q.N_QUOTES].tolist() == [0, 1]
    by_outlet = q.quotes_by_speaker_and_outlet(quotes, articles, period="month")
    ranked = quotes[(quotes[q.RESOLVED_SPEAKER] != "") & (quotes[q.SPEAKER_CONFIDENCE] == "high")]
    assert by_outlet[q.N_QUOTES].sum() == len(ranked)


def test_charts_return_figures() -> None:
    from matplotlib.figure import Figure

    from helpers.plots import plot_speaker_timeline, plot_top_speakers

    articles = _two_articles()
    quotes = q.extract_quotes(articles)
    assert isinstance(plot_top_speakers(q.top_speakers(quotes)), Figure)
    assert isinstance(plot_speaker_timeline(q.speaker_timeline(quotes, articles)), Figure)
    empty = q.extract_quotes(articles.head(0))
    assert isinstance(plot_top_speakers(q.top_speakers(empty)), Figure)
