"""helpers.viz.quotes: who gets quoted, and when."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from helpers import quotes as q
from helpers.columns import ARTICLE_ID, PUBLISHED, TEXT
from helpers.corpus import load_corpus
from helpers.paths import CORPUS_DIR
from helpers.viz import plot_speaker_timeline, plot_top_speakers


def _two_articles() -> pd.DataFrame:
    articles = load_corpus(CORPUS_DIR).articles
    second = articles.copy()
    second[ARTICLE_ID] = "second"
    second[PUBLISHED] = second[PUBLISHED] + pd.Timedelta(days=40)
    second[TEXT] = (
        '"We will not give in," Jane Doe said on Monday.\n\n'
        '"It costs $5 a day," $\\alpha$ Smith said.\n\n'
        "Talks will resume in May, the ministry said."
    )
    return pd.concat([articles, second], ignore_index=True)


def test_charts_return_figures(rendered_text) -> None:
    articles = _two_articles()
    quotes = q.extract_quotes(articles)
    assert isinstance(plot_top_speakers(q.top_speakers(quotes)), Figure)
    assert isinstance(plot_speaker_timeline(q.speaker_timeline(quotes, articles)), Figure)
    empty = q.extract_quotes(articles.head(0))
    figure = plot_top_speakers(q.top_speakers(empty))
    assert "No quotes found" in rendered_text(figure)


def test_speakers_with_dollars_are_drawn_as_written(rendered_text) -> None:
    articles = _two_articles()
    ranking = q.top_speakers(q.extract_quotes(articles))
    speakers = list(ranking[q.RESOLVED_SPEAKER])
    hostile = ranking.assign(
        **{q.RESOLVED_SPEAKER: ["$Jane$ Doe", r"$\alpha$ Smith", *speakers[2:]][: len(speakers)]}
    )
    figure = plot_top_speakers(hostile, title="Quoted: $x$")
    labels = [t.get_text() for t in figure.axes[0].get_yticklabels()]
    assert labels[::-1][:2] == ["$Jane$ Doe", r"$\alpha$ Smith"]  # most quoted on top
    svg = rendered_text(figure)
    assert "$Jane$ Doe" in svg and r"$\alpha$ Smith" in svg and "α" not in svg

    timeline = q.speaker_timeline(q.extract_quotes(articles), articles)
    first = timeline[q.RESOLVED_SPEAKER].iloc[0]
    timeline = timeline.assign(
        **{q.RESOLVED_SPEAKER: timeline[q.RESOLVED_SPEAKER].replace({first: "$5$ man"})}
    )
    assert "$5$ man" in rendered_text(plot_speaker_timeline(timeline))
