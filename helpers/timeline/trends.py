"""Term trends: how often terms are mentioned per period, normalised, with uncertainty intervals.

:func:`count_terms` counts each term in each article (the term grammar of
:mod:`helpers.text.terms`, the one concordances and article selection use); :func:`term_trend`
turns the counts into the share of a period's articles that mention a term (Wilson score
interval) or mentions per 10,000 words (Poisson interval), with a ``reliable`` flag that masks
periods with too few articles.
"""

from __future__ import annotations

from collections.abc import Iterable
from statistics import NormalDist
from typing import Any

import numpy as np
import pandas as pd

from helpers.columns import (
    ARTICLE_ID,
    COUNT,
    HIGH,
    LOW,
    MEASURE,
    MENTIONS,
    N_ARTICLES,
    N_WORDS,
    PERIOD,
    PUBLISHED,
    RATE,
    RELIABLE,
    TERM,
    TEXT,
    WORD_COUNT,
)
from helpers.periods import naive_datetimes, period_code, period_grid, period_start
from helpers.selection import INCLUDE_DUPLICATES, select_articles, without_duplicates
from helpers.text import parse_terms, terms_pattern

__all__ = [
    "MEASURES",
    "TREND_COLUMNS",
    "count_terms",
    "poisson_interval",
    "term_trend",
    "wilson_interval",
]

#: What :func:`term_trend` can measure.
MEASURES = ("share", "per_10k")

TREND_COLUMNS = (
    PERIOD,
    TERM,
    N_ARTICLES,
    N_WORDS,
    MENTIONS,
    MEASURE,
    RATE,
    LOW,
    HIGH,
    RELIABLE,
)

#: Joins the articles into one text for a single search; no term can match across it.
_SEPARATOR = "\n\x00\n"


def count_terms(
    articles: pd.DataFrame,
    terms: str | Iterable[str],
    *,
    case_sensitive: bool = False,
    include_duplicates: bool = INCLUDE_DUPLICATES,
    progress: bool = False,
) -> pd.DataFrame:
    """How often each term or phrase occurs in each article (tidy: ``article_id, term, n``).

    Parameters
    ----------
    articles
        The articles table.
    terms
        A list of terms, or one comma-separated string, in the term grammar of
        :mod:`helpers.text.terms` (whole words, possessive ``'s``, ``protest*``, phrases).
    case_sensitive
        Match case exactly (``"US"`` but not ``"us"``); off by default.
    include_duplicates
        Count rows marked in ``duplicate_of`` too; by default each story counts once.
    progress
        Show a progress bar over the terms.

    Returns
    -------
    pandas.DataFrame
        One row per article and term with at least one occurrence, columns ``article_id, term, n``.
    """
    wanted = parse_terms(terms)
    if not include_duplicates:
        articles = without_duplicates(articles)
    ids = articles[ARTICLE_ID].to_numpy()
    texts = articles[TEXT].fillna("").astype(str).tolist()
    if not case_sensitive:  # lower-case once: much faster than a case-insensitive regex
        texts = [text.lower() for text in texts]
    # one search over all articles joined by a separator no term can match across
    haystack = _SEPARATOR.join(texts)
    lengths = np.fromiter((len(t) + len(_SEPARATOR) for t in texts), dtype=np.int64)
    offsets = np.concatenate(([0], np.cumsum(lengths)[:-1])) if len(texts) else lengths
    rows: list[tuple[str, str, int]] = []
    for term in _progress(wanted, progress, desc="Counting terms", unit="term"):
        pattern = terms_pattern(term if case_sensitive else term.lower(), case_sensitive=True)
        starts = np.fromiter((m.start() for m in pattern.finditer(haystack)), dtype=np.int64)
        if not len(starts):
            continue
        per_article = np.bincount(np.searchsorted(offsets, starts, side="right") - 1)
        for index in np.flatnonzero(per_article):
            rows.append((ids[index], term, int(per_article[index])))
    table = pd.DataFrame(rows, columns=[ARTICLE_ID, TERM, COUNT])
    table[COUNT] = table[COUNT].astype("int64")
    return table


def term_trend(
    articles: pd.DataFrame,
    counts: pd.DataFrame,
    *,
    period: str = "week",
    measure: str = "share",
    terms: Iterable[str] | None = None,
    min_articles: int = 5,
    confidence: float = 0.95,
    include_duplicates: bool = INCLUDE_DUPLICATES,
) -> pd.DataFrame:
    """Normalised mentions of each term per period, with uncertainty intervals.

    Parameters
    ----------
    articles
        The articles table (the denominator: every dated article of the period).
    counts
        Tidy counts from :func:`count_terms` (``article_id, term, n``).
    period
        ``"day"``, ``"week"``, ``"month"``, ``"quarter"`` or ``"year"``.
    measure
        ``"share"``: share of the period's articles that mention the term (0-1), Wilson score
        interval. ``"per_10k"``: occurrences per 10,000 words, exact-style Poisson interval
        (Byar's approximation).
    terms
        Terms to report, in this order, including those never found (zero rows); by default the
        terms present in *counts*.
    min_articles
        Periods with fewer articles are flagged ``reliable=False`` (charts mask them): a period
        with two articles should not look like a spike.
    confidence
        Level of the intervals.
    include_duplicates
        Count rows marked in ``duplicate_of`` too.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`TREND_COLUMNS`, one row per term and period (empty periods included,
        with rate NaN when there is no article).
    """
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {MEASURES}, not {measure!r}")
    period_code(period)
    kept = select_articles(articles, include_duplicates=include_duplicates)
    published = naive_datetimes(kept[PUBLISHED])
    kept = kept[published.notna()]
    starts = period_start(published[published.notna()], period=period)
    grid = period_grid(starts, period=period)
    base = pd.DataFrame(
        {
            ARTICLE_ID: kept[ARTICLE_ID].to_numpy(),
            PERIOD: starts.to_numpy(),
            N_WORDS: kept[WORD_COUNT],
        }
    )
    totals = base.groupby(PERIOD).agg(
        **{N_ARTICLES: (ARTICLE_ID, "size"), N_WORDS: (N_WORDS, "sum")}
    )
    totals = totals.reindex(grid, fill_value=0)
    names = list(dict.fromkeys(counts[TERM].tolist())) if terms is None else parse_terms(terms)
    joined = counts.merge(base[[ARTICLE_ID, PERIOD]], on=ARTICLE_ID, how="inner")
    if measure == "share":
        per = joined.groupby([TERM, PERIOD])[ARTICLE_ID].nunique()
    else:
        per = joined.groupby([TERM, PERIOD])[COUNT].sum()
    frames = []
    for term in names:
        mentions = (
            per.xs(term, level=TERM).reindex(grid, fill_value=0)
            if term in per.index.get_level_values(0)
            else pd.Series(0, index=grid)
        )
        frame = pd.DataFrame(
            {
                PERIOD: grid,
                TERM: term,
                N_ARTICLES: totals[N_ARTICLES].to_numpy(dtype="int64"),
                N_WORDS: totals[N_WORDS].to_numpy(dtype="int64"),
                MENTIONS: mentions.to_numpy(dtype="int64"),
            }
        )
        frames.append(frame)
    if not frames:
        return pd.DataFrame(columns=list(TREND_COLUMNS))
    table = pd.concat(frames, ignore_index=True)
    k = table[MENTIONS].to_numpy(dtype=float)
    if measure == "share":
        n = table[N_ARTICLES].to_numpy(dtype=float)
        rate, low, high = wilson_interval(k, n, confidence=confidence)
    else:
        words = table[N_WORDS].to_numpy(dtype=float) / 10_000
        low_k, high_k = poisson_interval(k, confidence=confidence)
        with np.errstate(divide="ignore", invalid="ignore"):
            rate = np.where(words > 0, k / words, np.nan)
            low = np.where(words > 0, low_k / words, np.nan)
            high = np.where(words > 0, high_k / words, np.nan)
    table[MEASURE] = measure
    table[RATE] = rate
    table[LOW] = low
    table[HIGH] = high
    table[RELIABLE] = table[N_ARTICLES] >= max(min_articles, 1)
    return table[list(TREND_COLUMNS)]


def wilson_interval(
    k: np.ndarray, n: np.ndarray, *, confidence: float = 0.95
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Proportion ``k / n`` and its Wilson score interval (NaN where ``n == 0``)."""
    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = k / n
        denominator = 1 + z**2 / n
        centre = (p + z**2 / (2 * n)) / denominator
        half = z * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / denominator
    empty = n <= 0
    p = np.where(empty, np.nan, p)
    low = np.where(empty, np.nan, np.clip(centre - half, 0, 1))
    high = np.where(empty, np.nan, np.clip(centre + half, 0, 1))
    return p, low, high


def poisson_interval(k: np.ndarray, *, confidence: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Interval for a Poisson count *k* (Byar's approximation to the exact interval; exact at 0)."""
    k = np.asarray(k, dtype=float)
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        low = k * (1 - 1 / (9 * k) - z / (3 * np.sqrt(k))) ** 3
    low = np.where(k > 0, np.maximum(low, 0), 0.0)
    k1 = k + 1
    high = k1 * (1 - 1 / (9 * k1) + z / (3 * np.sqrt(k1))) ** 3
    high = np.where(k > 0, high, -np.log((1 - confidence) / 2))  # exact for a zero count
    return low, high


def _progress(items: Iterable[Any], show: bool, **options: Any) -> Iterable[Any]:
    if not show:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, **options)
