"""Groups of articles, the most frequent terms, and TF-IDF (terms distinctive of a document)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.columns import ARTICLE_ID, COUNT, GROUP, N_ARTICLES, PER_10K, PUBLISHED, RANK, TERM
from helpers.columns import TF_IDF as TF_IDF_SCORE
from helpers.frequency.counts import with_surface
from helpers.periods import PERIODS, naive_datetimes, period_code
from helpers.selection import INCLUDE_DUPLICATES, group_labels, without_duplicates

__all__ = ["article_groups", "tf_idf", "top_terms"]

#: pandas period codes accepted by :func:`article_groups` besides the names of PERIODS.
_PANDAS_CODES = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "A": "year"}


def article_groups(
    articles: pd.DataFrame,
    *,
    by: str | None = None,
    period: str | None = None,
    include_duplicates: bool = INCLUDE_DUPLICATES,
) -> pd.DataFrame:
    """Assign each article to a group: ``article_id, group``.

    Parameters
    ----------
    articles
        The articles table.
    by
        A column to group by, e.g. ``OUTLET`` or ``AGENCY`` (empty values become ``"(unknown)"``).
    period
        Group by publication period instead: ``"day"``, ``"week"``, ``"month"``, ``"quarter"``,
        ``"year"`` (:data:`helpers.periods.PERIODS`; pandas codes ``"D"``, ``"W"``, ``"M"`` ...
        are accepted too); the label is the period as text (``1987-03``). Undated articles are left
        out.
    include_duplicates
        Keep rows marked in ``duplicate_of``; by default each story counts once.
    """
    if (by is None) == (period is None):
        raise ValueError("Give exactly one of by= (a column such as OUTLET) or period= ('month').")
    if not include_duplicates:
        articles = without_duplicates(articles)
    if by is not None:
        return pd.DataFrame(
            {ARTICLE_ID: articles[ARTICLE_ID], GROUP: group_labels(articles[by])}
        ).reset_index(drop=True)
    code = period_code(period if period in PERIODS else _PANDAS_CODES.get(period, period))
    published = naive_datetimes(articles[PUBLISHED])
    dated = published.notna()
    labels = published[dated].dt.to_period(code).astype(str)
    return pd.DataFrame({ARTICLE_ID: articles.loc[dated, ARTICLE_ID], GROUP: labels}).reset_index(
        drop=True
    )


def grouped_counts(counts: pd.DataFrame, groups: pd.DataFrame | None) -> pd.DataFrame:
    """Counts with each article's group; with no groups, one group ``all`` for the whole corpus."""
    if groups is None:
        return counts[[ARTICLE_ID, TERM, COUNT]].assign(**{GROUP: "all"})
    return counts[[ARTICLE_ID, TERM, COUNT]].merge(groups[[ARTICLE_ID, GROUP]], on=ARTICLE_ID)


def top_terms(
    counts: pd.DataFrame, *, groups: pd.DataFrame | None = None, n: int = 20
) -> pd.DataFrame:
    """Return the *n* most frequent terms overall, or in each group.

    Parameters
    ----------
    counts
        Tidy term counts (:func:`~helpers.frequency.counts.term_counts`).
    groups
        ``article_id, group`` from :func:`article_groups` (per outlet, per month, ...); ``None``
        ranks the whole corpus.
    n
        How many terms per group.

    Returns
    -------
    pandas.DataFrame
        ``group`` (only when *groups* is given), ``rank``, ``term`` (and ``surface``), ``n``,
        ``n_articles`` (articles the term occurs in) and ``per_10k`` (per 10,000 terms of the
        group).
    """
    frame = grouped_counts(counts, groups)
    summary = (
        frame.groupby([GROUP, TERM], sort=False)
        .agg(**{COUNT: (COUNT, "sum"), N_ARTICLES: (ARTICLE_ID, "size")})
        .reset_index()
    )
    totals = summary.groupby(GROUP)[COUNT].transform("sum")
    summary[PER_10K] = summary[COUNT] / totals * 10_000
    summary = summary.sort_values([GROUP, COUNT, TERM], ascending=[True, False, True])
    summary = summary.groupby(GROUP, sort=False).head(n)
    summary.insert(1, RANK, summary.groupby(GROUP).cumcount() + 1)
    columns = [GROUP, RANK, TERM, COUNT, N_ARTICLES, PER_10K]
    result = summary[columns if groups is not None else columns[1:]].reset_index(drop=True)
    return with_surface(result, counts)


def tf_idf(
    counts: pd.DataFrame, *, groups: pd.DataFrame | None = None, top: int = 10
) -> pd.DataFrame:
    """Return each article's (or group's) most distinctive terms by TF-IDF.

    ``tf`` is the term's share of the document's terms; ``idf = ln((1 + N) / (1 + df)) + 1`` where
    ``N`` is the number of documents and ``df`` how many contain the term (scikit-learn's smoothed
    idf, so a corpus of one article still ranks its terms by frequency).

    Parameters
    ----------
    counts
        Tidy term counts.
    groups
        ``article_id, group`` from :func:`article_groups`: each group becomes one document (terms
        distinctive of an outlet or a month). ``None`` scores articles.
    top
        How many terms per document.

    Returns
    -------
    pandas.DataFrame
        ``article_id`` (or ``group``), ``rank``, ``term`` (and ``surface``), ``n``,
        ``n_articles`` (documents containing the term), ``tf_idf``.
    """
    key = ARTICLE_ID if groups is None else GROUP
    if groups is None:
        frame = counts[[ARTICLE_ID, TERM, COUNT]]
    else:
        frame = (
            grouped_counts(counts, groups)
            .groupby([GROUP, TERM], sort=False)[COUNT]
            .sum()
            .reset_index()
        )
    n_documents = frame[key].nunique()
    document_frequency = frame.groupby(TERM, sort=False)[key].transform("size")
    idf = np.log((1 + n_documents) / (1 + document_frequency)) + 1
    tf = frame[COUNT] / frame.groupby(key, sort=False)[COUNT].transform("sum")
    scored = frame.assign(**{N_ARTICLES: document_frequency, TF_IDF_SCORE: tf * idf})
    scored = scored.sort_values([key, TF_IDF_SCORE, TERM], ascending=[True, False, True])
    scored = scored.groupby(key, sort=False).head(top)
    scored.insert(1, RANK, scored.groupby(key).cumcount() + 1)
    result = scored[[key, RANK, TERM, COUNT, N_ARTICLES, TF_IDF_SCORE]].reset_index(drop=True)
    return with_surface(result, counts)
