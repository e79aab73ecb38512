"""The analyses on pandas or on Dask: one engine, two back ends, the same results.

Open a corpus for a back end, then call the analyses on its articles table, whichever it is::

    from helpers.engine import open_corpus, articles_over_time, term_counts

    articles, report = open_corpus("corpus", engine="dask")   # or engine="pandas"
    weekly = articles_over_time(articles, period="week")        # a pandas DataFrame either way
    terms = term_counts(articles, by="outlet")                  # a frugal TermTable

Each analysis is a partition step plus a combine step (:mod:`helpers.engine.analyses`) that
call the bundle's own functions; :func:`run` applies the duplicate policy first, then runs them on
the whole table (pandas) or on every partition of a Dask DataFrame. See ``docs/scale.md``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from helpers.columns import ARTICLE_ID
from helpers.engine.analyses import (
    TERM_CODE,
    ArticlesOverTime,
    Chronology,
    DatesSummary,
    Quotes,
    SentenceSentiment,
    TermCounts,
    TermTable,
    TermTrend,
)
from helpers.engine.cluster import SCHEDULER_ENV, dask_client, shared_client
from helpers.engine.core import (
    ENGINES,
    Analysis,
    DaskMissingError,
    OpenedCorpus,
    is_dask,
    open_corpus,
    run,
)
from helpers.engine.local import MAX_IN_MEMORY, article_info, in_memory, text_sample
from helpers.engine.memory import CorpusTooLargeError, LargeCorpusWarning, available_memory
from helpers.selection import INCLUDE_DUPLICATES, without_duplicates
from helpers.text.terms import parse_terms

__all__ = [
    "ENGINES",
    "MAX_IN_MEMORY",
    "SCHEDULER_ENV",
    "TERM_CODE",
    "Analysis",
    "CorpusTooLargeError",
    "DaskMissingError",
    "LargeCorpusWarning",
    "OpenedCorpus",
    "TermTable",
    "article_info",
    "article_sentiment",
    "articles_over_time",
    "available_memory",
    "chronology",
    "dask_client",
    "dates_summary",
    "extract_quotes",
    "in_memory",
    "is_dask",
    "open_corpus",
    "run",
    "shared_client",
    "term_counts",
    "term_trend",
    "text_sample",
]


def articles_over_time(
    articles: Any,
    *,
    period: str = "week",
    by: str | None = None,
    top: int | None = None,
    include_duplicates: bool = INCLUDE_DUPLICATES,
) -> pd.DataFrame:
    """Articles per period (and group): :func:`helpers.timeline.articles_over_time`, any back end."""
    analysis = ArticlesOverTime(period=period, by=by, top=top)
    return run(analysis, articles, include_duplicates=include_duplicates)


def term_counts(
    articles: Any,
    *,
    by: str | None = None,
    period: str | None = None,
    ngram_range: tuple[int, int] = (1, 1),
    stop_words: bool | Iterable[str] = True,
    min_length: int = 2,
    drop_numbers: bool = True,
    include_duplicates: bool = INCLUDE_DUPLICATES,
    progress: bool = False,
) -> TermTable:
    """Term totals (and per-group totals, the keyness inputs) as a frugal :class:`TermTable`.

    The terms are those of :func:`helpers.term_frequency.term_counts` with the same options;
    *by* (a column such as ``OUTLET``) or *period* (``"month"``...) groups the articles as
    :func:`helpers.term_frequency.article_groups` does.
    """
    words = stop_words if isinstance(stop_words, bool) else tuple(sorted(stop_words))
    analysis = TermCounts(
        ngram_range=tuple(ngram_range),
        stop_words=words,
        min_length=min_length,
        drop_numbers=drop_numbers,
        by=by,
        period=period,
    )
    return run(analysis, articles, include_duplicates=include_duplicates, progress=progress)


def term_trend(
    articles: Any,
    terms: str | Iterable[str],
    *,
    period: str = "week",
    measure: str = "share",
    min_articles: int = 5,
    confidence: float = 0.95,
    case_sensitive: bool = False,
    include_duplicates: bool = INCLUDE_DUPLICATES,
    progress: bool = False,
) -> pd.DataFrame:
    """Mentions of *terms* per period: :func:`helpers.timeline.count_terms` then
    :func:`helpers.timeline.term_trend`, any back end."""
    analysis = TermTrend(
        terms=tuple(parse_terms(terms)),
        period=period,
        measure=measure,
        min_articles=min_articles,
        confidence=confidence,
        case_sensitive=case_sensitive,
    )
    return run(analysis, articles, include_duplicates=include_duplicates, progress=progress)


def chronology(
    articles: Any,
    *,
    types: Iterable[str] = ("DATE", "TIME"),
    include_duplicates: bool = INCLUDE_DUPLICATES,
    progress: bool = False,
) -> pd.DataFrame:
    """Every date written in the articles: :func:`helpers.timeline.chronology`, any back end."""
    analysis = Chronology(types=tuple(types))
    return run(analysis, articles, include_duplicates=include_duplicates, progress=progress)


def dates_summary(
    articles: Any,
    *,
    types: Iterable[str] = ("DATE", "TIME"),
    granularities: Iterable[str] = ("time", "day", "week", "month"),
    start: str | None = None,
    end: str | None = None,
    include_duplicates: bool = INCLUDE_DUPLICATES,
    progress: bool = False,
) -> pd.DataFrame:
    """One row per date mentioned: :func:`helpers.timeline.chronology_summary` of the chronology,
    merged from partitions without keeping the per-mention table."""
    analysis = DatesSummary(
        types=tuple(types), granularities=tuple(granularities), start=start, end=end
    )
    return run(analysis, articles, include_duplicates=include_duplicates, progress=progress)


def article_sentiment(
    articles: Any,
    *,
    threshold: float = 0.05,
    include_duplicates: bool = INCLUDE_DUPLICATES,
    progress: bool = False,
    scored: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Sentence sentiment per article (:func:`helpers.sentiment.article_sentiment` of the scored
    sentences, with the article info), any back end. Feed it to
    :func:`helpers.sentiment.sentiment_over_time` or ``sentiment_by_group``.

    *scored*: pandas only, the scored sentences of *articles* when they were scored already
    (``score_sentences(sentences(articles))``): the means are taken from them, not scored again.
    On Dask they are not used (the partitions are scored where they are).
    """
    if scored is not None and not is_dask(articles):
        from helpers.sentiment import article_sentiment as means

        kept = articles if include_duplicates else without_duplicates(articles)
        rows = scored[scored[ARTICLE_ID].isin(kept[ARTICLE_ID])]
        return means(rows, articles=kept, threshold=threshold)
    analysis = SentenceSentiment(threshold=threshold)
    return run(analysis, articles, include_duplicates=include_duplicates, progress=progress)


def extract_quotes(
    articles: Any, *, include_duplicates: bool = INCLUDE_DUPLICATES, progress: bool = False
) -> pd.DataFrame:
    """Every quote: :func:`helpers.quotes.extract_quotes`, any back end."""
    return run(Quotes(), articles, include_duplicates=include_duplicates, progress=progress)
