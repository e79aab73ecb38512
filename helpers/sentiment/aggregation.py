"""Article scores and their summaries over time and by group, with bootstrap intervals.

Sentences are the unit. A whole article scored at once saturates near ±1 (the compound is a
normalised *sum*, so long texts pile up), so an article's score is the **mean sentence compound**
plus the **share of positive and negative sentences** (compound ≥ 0.05 / ≤ −0.05, the neutral band
of the VADER paper; not ±0.5). Intervals are seeded, reproducible bootstraps that resample whole
articles (sentences of one article are not independent). Marked copies (``duplicate_of``) are
left out unless ``include_duplicates=True`` (:mod:`helpers.selection`).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from helpers.columns import (
    AGENCY,
    ARTICLE_ID,
    COMPOUND,
    DUPLICATE_OF,
    END,
    GROUP,
    MEAN,
    MEAN_ABS,
    MEAN_COMPOUND,
    MEASURE,
    N_ARTICLES,
    N_SENTENCES,
    NEG,
    NEU,
    OUTLET,
    PERIOD,
    POS,
    PUBLISHED,
    SENTENCE,
    SHARE_EXTREME,
    SHARE_NEGATIVE,
    SHARE_POSITIVE,
    START,
    STD,
    TEXT,
    TITLE,
    WHOLE_COMPOUND,
)
from helpers.periods import period_grid, period_start
from helpers.selection import INCLUDE_DUPLICATES, group_labels, without_duplicates
from helpers.sentiment.bootstrap import group_summary
from helpers.sentiment.scoring import NEUTRAL_BAND, score_texts
from helpers.sentiment.targets import mentions
from helpers.text import parse_terms

__all__ = [
    "article_sentiment",
    "attach_articles",
    "saturation_summary",
    "select_sentences",
    "sentences_in_period",
    "sentences_over_time",
    "sentiment_by_group",
    "sentiment_over_time",
    "whole_article_scores",
]

_ARTICLE_INFO = (ARTICLE_ID, TITLE, PUBLISHED, OUTLET, AGENCY, DUPLICATE_OF)


def article_sentiment(
    scored: pd.DataFrame,
    *,
    articles: pd.DataFrame | None = None,
    threshold: float = NEUTRAL_BAND,
) -> pd.DataFrame:
    """One row per article: mean sentence compound and shares of positive/negative sentences.

    Parameters
    ----------
    scored
        Scored sentence table (:func:`score_sentences`).
    articles
        The articles table; when given, its title, date, outlet, agency and duplicate mark are
        added, and articles without sentences appear with ``n_sentences = 0`` and empty scores.
    threshold
        Neutral band: compound ≥ threshold is positive, ≤ −threshold negative.

    Returns
    -------
    pandas.DataFrame
        ``article_id, n_sentences, mean_compound, share_positive, share_negative`` (+ article info).
    """
    compound = scored[COMPOUND]
    frame = pd.DataFrame(
        {
            ARTICLE_ID: scored[ARTICLE_ID].to_numpy(),
            COMPOUND: compound.to_numpy(),
            SHARE_POSITIVE: (compound >= threshold).to_numpy(dtype="float64"),
            SHARE_NEGATIVE: (compound <= -threshold).to_numpy(dtype="float64"),
        }
    )
    grouped = frame.groupby(ARTICLE_ID, sort=False)
    table = pd.DataFrame(
        {
            N_SENTENCES: grouped[COMPOUND].size(),
            MEAN_COMPOUND: grouped[COMPOUND].mean(),
            SHARE_POSITIVE: grouped[SHARE_POSITIVE].mean(),
            SHARE_NEGATIVE: grouped[SHARE_NEGATIVE].mean(),
        }
    ).reset_index()
    if articles is None:
        return table
    info = articles[[c for c in _ARTICLE_INFO if c in articles.columns]]
    merged = info.merge(table, on=ARTICLE_ID, how="left")
    merged[N_SENTENCES] = merged[N_SENTENCES].fillna(0).astype("int64")
    return merged


def whole_article_scores(
    articles: pd.DataFrame,
    article_table: pd.DataFrame,
    *,
    max_articles: int | None = 1000,
    seed: int = 0,
    workers: int | None = None,
) -> pd.DataFrame:
    """Score whole article texts at once, next to the mean sentence compound (saturation check).

    Parameters
    ----------
    articles
        The articles table (for ``text``).
    article_table
        :func:`article_sentiment` output.
    max_articles
        Score a seeded random sample of at most this many articles (``None``: all).
    seed
        Seed of the sample.
    workers
        See :func:`score_texts`.

    Returns
    -------
    pandas.DataFrame
        ``article_id, whole_compound, mean_compound`` for the (sampled) articles with sentences.
    """
    table = article_table[article_table[N_SENTENCES] > 0][[ARTICLE_ID, MEAN_COMPOUND]]
    if max_articles is not None and len(table) > max_articles:
        table = table.sample(n=max_articles, random_state=seed)
    texts = table[[ARTICLE_ID]].merge(articles[[ARTICLE_ID, TEXT]], on=ARTICLE_ID, how="left")
    whole = score_texts(texts[TEXT].fillna(""), workers=workers)[COMPOUND].to_numpy()
    return pd.DataFrame(
        {
            ARTICLE_ID: table[ARTICLE_ID].to_numpy(),
            WHOLE_COMPOUND: whole,
            MEAN_COMPOUND: table[MEAN_COMPOUND].to_numpy(),
        }
    )


def saturation_summary(whole_scores: pd.DataFrame, *, cutoff: float = 0.95) -> pd.DataFrame:
    """How often each article measure sits at the extremes (``|score| ≥ cutoff``).

    Takes :func:`whole_article_scores` output; returns one row per measure with ``n_articles``,
    ``share_extreme`` (0-1), ``mean_abs`` and ``std``.
    """
    rows = []
    for measure in (WHOLE_COMPOUND, MEAN_COMPOUND):
        values = whole_scores[measure].to_numpy(dtype="float64")
        rows.append(
            {
                MEASURE: measure,
                N_ARTICLES: len(values),
                SHARE_EXTREME: float(np.mean(np.abs(values) >= cutoff)) if len(values) else np.nan,
                MEAN_ABS: float(np.mean(np.abs(values))) if len(values) else np.nan,
                STD: float(np.std(values)) if len(values) else np.nan,
            }
        )
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------------------------------
# Over time and by group (bootstrap intervals)
# --------------------------------------------------------------------------------------------------


def _kept(table: pd.DataFrame, include_duplicates: bool) -> pd.DataFrame:
    return table if include_duplicates else without_duplicates(table)


def sentiment_over_time(
    article_table: pd.DataFrame,
    *,
    period: str = "month",
    measure: str = MEAN_COMPOUND,
    n_boot: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
    include_duplicates: bool = INCLUDE_DUPLICATES,
) -> pd.DataFrame:
    """Mean article score per period, with a bootstrap interval and the articles behind it.

    Parameters
    ----------
    article_table
        :func:`article_sentiment` output made with ``articles=`` (needs ``published``).
    period
        ``day``, ``week``, ``month``, ``quarter`` or ``year``.
    measure
        Article column to average: ``mean_compound``, ``share_positive`` or ``share_negative``.
    n_boot, seed, confidence
        Bootstrap resamples of the period's articles, their seed, and the interval's coverage.
    include_duplicates
        Count articles marked in ``duplicate_of`` too (wire copies would count twice).

    Returns
    -------
    pandas.DataFrame
        ``period, n_articles, mean, ci_low, ci_high, measure``: one row per period from the first
        to the last dated article; periods without articles have ``n_articles = 0`` and no mean.
        Undated articles and articles without sentences are left out.
    """
    table = _kept(article_table, include_duplicates)
    table = table[table[measure].notna()]
    starts = period_start(table[PUBLISHED], period=period)
    data = pd.DataFrame(
        {PERIOD: starts, ARTICLE_ID: table[ARTICLE_ID].to_numpy(), measure: table[measure]}
    ).dropna(subset=[PERIOD])
    summary = group_summary(
        data,
        PERIOD,
        value=measure,
        cluster=ARTICLE_ID,
        n_boot=n_boot,
        seed=seed,
        confidence=confidence,
        threshold=None,
    ).drop(columns=[N_SENTENCES])
    if not summary.empty:
        full = pd.DataFrame({PERIOD: period_grid(data[PERIOD], period=period)})
        summary = full.merge(summary, on=PERIOD, how="left")
        summary[N_ARTICLES] = summary[N_ARTICLES].fillna(0).astype("int64")
    summary[MEASURE] = measure
    return summary


def sentiment_by_group(
    article_table: pd.DataFrame,
    *,
    by: str = OUTLET,
    measure: str = MEAN_COMPOUND,
    n_boot: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
    min_articles: int = 1,
    include_duplicates: bool = INCLUDE_DUPLICATES,
) -> pd.DataFrame:
    """Mean article score per outlet (or agency, or any article column), with bootstrap intervals.

    Returns ``group, n_articles, mean, ci_low, ci_high, measure``, sorted by mean (highest first),
    for groups with at least *min_articles* articles; an empty outlet is labelled ``(unknown)``.
    """
    table = _kept(article_table, include_duplicates)
    table = table[table[measure].notna()]
    data = pd.DataFrame(
        {
            GROUP: group_labels(table[by]).to_numpy(),
            ARTICLE_ID: table[ARTICLE_ID].to_numpy(),
            measure: table[measure].to_numpy(),
        }
    )
    summary = group_summary(
        data,
        GROUP,
        value=measure,
        cluster=ARTICLE_ID,
        n_boot=n_boot,
        seed=seed,
        confidence=confidence,
        threshold=None,
    ).drop(columns=[N_SENTENCES])
    summary = summary[summary[N_ARTICLES] >= min_articles]
    summary[MEASURE] = measure
    return summary.sort_values([MEAN, GROUP], ascending=[False, True]).reset_index(drop=True)


def attach_articles(scored: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Scored sentences with their article's title, date, outlet and duplicate mark."""
    info = articles[[c for c in _ARTICLE_INFO if c in articles.columns]]
    return scored.merge(info, on=ARTICLE_ID, how="left")


def select_sentences(
    dated: pd.DataFrame,
    *,
    terms: str | Iterable[str] = "",
    include_duplicates: bool = INCLUDE_DUPLICATES,
) -> pd.DataFrame:
    """The sentences mentioning *terms* (all if none), duplicates of other articles left out."""
    table = _kept(dated, include_duplicates)
    if parse_terms(terms):
        table = table[mentions(table, terms)]
    return table


def sentences_over_time(
    dated: pd.DataFrame,
    *,
    terms: str | Iterable[str] = "",
    period: str = "month",
    n_boot: int = 200,
    seed: int = 0,
    confidence: float = 0.95,
    include_duplicates: bool = INCLUDE_DUPLICATES,
) -> pd.DataFrame:
    """Mean compound per period of the sentences mentioning *terms* (all sentences if none).

    Takes :func:`attach_articles` output. Returns ``period, n_sentences, n_articles, mean, ci_low,
    ci_high, share_positive, share_negative`` (intervals resample whole articles).
    """
    table = select_sentences(dated, terms=terms, include_duplicates=include_duplicates)
    data = pd.DataFrame(
        {
            PERIOD: period_start(table[PUBLISHED], period=period).to_numpy(),
            ARTICLE_ID: table[ARTICLE_ID].to_numpy(),
            COMPOUND: table[COMPOUND].to_numpy(),
        }
    ).dropna(subset=[PERIOD])
    return group_summary(
        data,
        PERIOD,
        value=COMPOUND,
        cluster=ARTICLE_ID,
        n_boot=n_boot,
        seed=seed,
        confidence=confidence,
        threshold=NEUTRAL_BAND,
    )


def sentences_in_period(
    dated: pd.DataFrame,
    start: pd.Timestamp | str,
    *,
    terms: str | Iterable[str] = "",
    period: str = "month",
    include_duplicates: bool = INCLUDE_DUPLICATES,
) -> pd.DataFrame:
    """The sentences behind one point of :func:`sentences_over_time`, most negative first.

    Returns ``published, title, sentence, compound, neg, neu, pos, article_id, start, end``.
    """
    table = select_sentences(dated, terms=terms, include_duplicates=include_duplicates)
    starts = period_start(table[PUBLISHED], period=period)
    chosen = table[starts == pd.Timestamp(start)]
    columns = [PUBLISHED, TITLE, SENTENCE, COMPOUND, NEG, NEU, POS, ARTICLE_ID, START, END]
    return (
        chosen.sort_values([COMPOUND, PUBLISHED, ARTICLE_ID, START])[columns]
        .reset_index(drop=True)
        .copy()
    )
