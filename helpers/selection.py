"""Which articles an analysis looks at: :func:`select_articles` and the one duplicate policy.

Duplicate policy
----------------
The loader marks copies (the same wire story re-published, the same article in two exports) in
``duplicate_of`` and keeps them. **Every analysis counts a story once by default**: it drops the
marked copies unless it is called with ``include_duplicates=True``. The default lives in
:data:`INCLUDE_DUPLICATES`, so one corpus gives the same article totals in every notebook.
"""

from __future__ import annotations

from collections.abc import Collection

import pandas as pd

from helpers.columns import DUPLICATE_OF, OUTLET, PUBLISHED, TEXT, UNKNOWN
from helpers.periods import naive_datetimes
from helpers.text.terms import terms_pattern

__all__ = ["INCLUDE_DUPLICATES", "group_labels", "select_articles", "without_duplicates"]

#: The default of every ``include_duplicates=`` option: copies marked in ``duplicate_of`` are left
#: out, so each story counts once.
INCLUDE_DUPLICATES = False


def without_duplicates(articles: pd.DataFrame) -> pd.DataFrame:
    """Return the articles that are not marked as copies of another (``duplicate_of == ""``).

    A table without a ``duplicate_of`` column (a sentence or quote table, say) is returned as is.
    """
    if DUPLICATE_OF not in articles.columns:
        return articles
    return articles[articles[DUPLICATE_OF].fillna("") == ""]


def group_labels(values: pd.Series) -> pd.Series:
    """Labels for grouping: missing or empty values become :data:`~helpers.columns.UNKNOWN`."""
    return values.fillna("").astype(str).replace("", UNKNOWN)


def select_articles(
    articles: pd.DataFrame,
    *,
    start: str | pd.Timestamp | None = None,
    end: str | pd.Timestamp | None = None,
    outlets: str | Collection[str] | None = None,
    by: str = OUTLET,
    mentions: str | Collection[str] | None = None,
    include_duplicates: bool = INCLUDE_DUPLICATES,
) -> pd.DataFrame:
    """Return the articles that match every condition given, as a filtered copy of the table.

    Parameters
    ----------
    articles
        The articles table from :func:`helpers.corpus.load_corpus`.
    start, end
        First and last day kept (``"2020-08-01"``, inclusive); an *end* without a time covers that
        whole day. ``None`` leaves that side open. Undated articles never match a date condition.
    outlets
        One value or several of column *by* to keep (``"(unknown)"`` selects the empty ones);
        ``None`` keeps all.
    by
        The column *outlets* refers to: ``OUTLET`` (default) or ``AGENCY``.
    mentions
        Keep articles whose text contains one of these terms (the term grammar of
        :func:`helpers.text.terms.terms_pattern`: whole words, any case, ``protest*`` wildcards).
    include_duplicates
        Keep rows marked in ``duplicate_of``; by default (:data:`INCLUDE_DUPLICATES`) each story
        is counted once.

    Returns
    -------
    pandas.DataFrame
        The matching rows, same columns, original order. ``select_articles(...)[ARTICLE_ID]``
        gives their ids.

    Examples
    --------
    >>> select_articles(articles, start="2020-08-01", mentions="Lukashenko")  # doctest: +SKIP
    """
    keep = pd.Series(True, index=articles.index)
    if not include_duplicates and DUPLICATE_OF in articles.columns:
        keep &= articles[DUPLICATE_OF].fillna("") == ""
    if start is not None or end is not None:
        published = naive_datetimes(articles[PUBLISHED])
        if start is not None:
            keep &= published >= pd.Timestamp(start)
        if end is not None:
            end_stamp = pd.Timestamp(end)
            if end_stamp == end_stamp.normalize():
                keep &= published < end_stamp + pd.Timedelta(days=1)
            else:
                keep &= published <= end_stamp
    if outlets is not None:
        wanted = [outlets] if isinstance(outlets, str) else list(outlets)
        keep &= group_labels(articles[by]).isin(wanted) | articles[by].isin(wanted)
    if mentions is not None:
        keep &= articles[TEXT].fillna("").str.contains(terms_pattern(mentions), regex=True)
    return articles[keep].copy()
