"""Speaker statistics: who is quoted most, by outlet and over time, and quotes in context.

Tables in, tables out; periods come from :func:`helpers.periods.period_start` (the one period
helper), a missing outlet is written :data:`helpers.columns.UNKNOWN`.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from helpers.columns import (
    ARTICLE_ID,
    CONTEXT,
    DIRECT,
    DIRECT_SHARE,
    END,
    HIGH,
    INDIRECT,
    N_ARTICLES,
    N_QUOTES,
    OUTLET,
    PARTIAL,
    PERIOD,
    PUBLISHED,
    QUOTE_TYPE,
    RESOLVED_SPEAKER,
    SPEAKER_CONFIDENCE,
    SPEAKER_KIND,
    START,
    TEXT,
    TITLE,
    UNKNOWN,
)
from helpers.periods import period_start
from helpers.quotes.speakers import PRONOUNS_OTHER, PRONOUNS_PERSON

__all__ = [
    "quotes_by_speaker_and_outlet",
    "quotes_in_context",
    "speaker_timeline",
    "top_speakers",
    "with_article_info",
]

#: Speakers that are bare pronouns ("they", "it", "he"): left out of rankings by default.
BARE_PRONOUNS = PRONOUNS_OTHER | set(PRONOUNS_PERSON)


def with_article_info(quotes: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Add each quote's article ``title``, ``published`` and ``outlet`` (a new table)."""
    info = articles[[ARTICLE_ID, TITLE, PUBLISHED, OUTLET]].drop_duplicates(ARTICLE_ID)
    return quotes.merge(info, on=ARTICLE_ID, how="left")


def top_speakers(
    quotes: pd.DataFrame,
    *,
    n: int = 20,
    kinds: Iterable[str] | None = None,
    pronouns: bool = False,
    confidence: Iterable[str] | None = (HIGH,),
) -> pd.DataFrame:
    """The most quoted speakers (by resolved name), with their direct / reported split.

    By default only speakers named with ``high`` :data:`~helpers.columns.SPEAKER_CONFIDENCE` are
    ranked (persons' names): organisations, descriptions ("officials"), interviewers and groups
    ("X and Y") are left out; pass ``confidence=None`` (or ``("high", "medium")``) to see them.

    Parameters
    ----------
    quotes
        A table from :func:`helpers.quotes.extract_quotes`.
    n
        How many speakers to keep.
    kinds
        Keep only these speaker kinds (e.g. ``["person"]``); all by default.
    pronouns
        Keep speakers that are unresolved pronouns ("they", "it", "he"); left out by default.
    confidence
        Keep rows of these speaker confidences (``high``, ``medium``, ``low``); ``None`` keeps all.
        Tables without the column (older extractions) are not filtered.

    Returns
    -------
    pandas.DataFrame
        ``resolved_speaker, speaker_kind, n_quotes, n_articles, direct, partial, indirect,
        direct_share``, most quoted first.
    """
    table = quotes[quotes[RESOLVED_SPEAKER] != ""]
    if not pronouns:
        table = table[~table[RESOLVED_SPEAKER].astype(str).str.lower().isin(BARE_PRONOUNS)]
    if kinds is not None:
        table = table[table[SPEAKER_KIND].isin(list(kinds))]
    if confidence is not None and SPEAKER_CONFIDENCE in table.columns:
        table = table[table[SPEAKER_CONFIDENCE].isin(list(confidence))]
    columns = [RESOLVED_SPEAKER, SPEAKER_KIND, N_QUOTES, N_ARTICLES, DIRECT, PARTIAL, INDIRECT]
    if table.empty:
        return pd.DataFrame(columns=[*columns, DIRECT_SHARE])
    counts = pd.crosstab(table[RESOLVED_SPEAKER], table[QUOTE_TYPE])
    for kind in (DIRECT, PARTIAL, INDIRECT):
        if kind not in counts.columns:
            counts[kind] = 0
    grouped = table.groupby(RESOLVED_SPEAKER)
    result = pd.DataFrame(
        {
            SPEAKER_KIND: grouped[SPEAKER_KIND].agg(lambda s: s.mode().iat[0]),
            N_QUOTES: grouped.size(),
            N_ARTICLES: grouped[ARTICLE_ID].nunique(),
        }
    ).join(counts[[DIRECT, PARTIAL, INDIRECT]])
    result[DIRECT_SHARE] = (result[DIRECT] + result[PARTIAL]) / result[N_QUOTES]
    result = result.reset_index().sort_values(
        [N_QUOTES, N_ARTICLES, RESOLVED_SPEAKER], ascending=[False, False, True]
    )
    return result.head(n).reset_index(drop=True)[[*columns, DIRECT_SHARE]]


def quotes_by_speaker_and_outlet(
    quotes: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    period: str | None = None,
    n: int = 10,
) -> pd.DataFrame:
    """Quotes per speaker (top *n*), per outlet, and per period when *period* is given.

    Returns
    -------
    pandas.DataFrame
        ``resolved_speaker, outlet, [period,] n_quotes``; undated articles are left out when a
        period is asked for, a missing outlet shows as :data:`~helpers.columns.UNKNOWN`.
    """
    keep = set(top_speakers(quotes, n=n)[RESOLVED_SPEAKER])
    table = with_article_info(quotes[quotes[RESOLVED_SPEAKER].isin(keep)], articles)
    table[OUTLET] = table[OUTLET].fillna("").replace("", UNKNOWN)
    keys = [RESOLVED_SPEAKER, OUTLET]
    if period is not None:
        table = table[table[PUBLISHED].notna()].copy()
        table[PERIOD] = period_start(table[PUBLISHED], period=period)
        keys.append(PERIOD)
    counts = table.groupby(keys).size().rename(N_QUOTES).reset_index()
    return counts.sort_values([*keys[:1], N_QUOTES], ascending=[True, False]).reset_index(drop=True)


def speaker_timeline(
    quotes: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    period: str = "month",
    n: int = 5,
    speakers: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Quotes per period for the top *n* speakers (or the given *speakers*): who gets quoted when.

    Returns
    -------
    pandas.DataFrame
        Tidy ``period, resolved_speaker, n_quotes``: every period holding an article of the corpus
        for every speaker (zero when silent). Undated articles are left out.
    """
    chosen = (
        list(speakers)
        if speakers is not None
        else list(top_speakers(quotes, n=n)[RESOLVED_SPEAKER])
    )
    dated = with_article_info(quotes, articles)
    dated = dated[dated[PUBLISHED].notna()].copy()
    columns = [PERIOD, RESOLVED_SPEAKER, N_QUOTES]
    if dated.empty or not chosen:
        return pd.DataFrame(columns=columns)
    dated[PERIOD] = period_start(dated[PUBLISHED], period=period)
    all_periods = period_start(articles[PUBLISHED].dropna(), period=period).unique()
    picked = dated[dated[RESOLVED_SPEAKER].isin(chosen)]
    counts = picked.groupby([PERIOD, RESOLVED_SPEAKER]).size()
    index = pd.MultiIndex.from_product(
        [sorted(all_periods), chosen], names=[PERIOD, RESOLVED_SPEAKER]
    )
    counts = counts.reindex(index, fill_value=0).rename(N_QUOTES).reset_index()
    counts[N_QUOTES] = counts[N_QUOTES].astype(np.int64)
    return counts[columns]


def quotes_in_context(
    quotes: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    speaker: str | None = None,
    width: int = 120,
) -> pd.DataFrame:
    """Each quote (of one resolved *speaker*, or all) with its article, date and surrounding text.

    Returns
    -------
    pandas.DataFrame
        ``published, outlet, title, resolved_speaker, quote_type, context, article_id``, newest
        first; ``context`` is up to *width* characters either side with the quote in ``[[ ]]``.
    """
    table = quotes if speaker is None else quotes[quotes[RESOLVED_SPEAKER] == speaker]
    texts = articles.drop_duplicates(ARTICLE_ID).set_index(ARTICLE_ID)[TEXT]
    contexts = []
    for article_id, start, end in zip(table[ARTICLE_ID], table[START], table[END], strict=True):
        text = texts.get(article_id, "")
        left = text[max(0, start - width) : start]
        right = text[end : end + width]
        contexts.append(
            ("…" if start > width else "")
            + left.replace("\n\n", " ¶ ")
            + "[["
            + text[start:end].replace("\n\n", " ¶ ")
            + "]]"
            + right.replace("\n\n", " ¶ ")
            + ("…" if end + width < len(text) else "")
        )
    result = with_article_info(table, articles)
    result[CONTEXT] = contexts
    columns = [PUBLISHED, OUTLET, TITLE, RESOLVED_SPEAKER, QUOTE_TYPE, CONTEXT, ARTICLE_ID]
    return result.sort_values(
        [PUBLISHED, ARTICLE_ID, START], ascending=[False, True, True]
    ).reset_index(drop=True)[columns]
