"""Coverage: how many articles per day / week / month, overall or per outlet or agency."""

from __future__ import annotations

import pandas as pd

from helpers.columns import (
    AGENCY,
    ARTICLE_ID,
    COUNT,
    GROUP,
    N_ARTICLES,
    OTHER,
    OUTLET,
    PERIOD,
    PUBLISHED,
    TERM,
    TITLE,
    WORD_COUNT,
)
from helpers.periods import naive_datetimes, period_code, period_grid, period_start
from helpers.selection import INCLUDE_DUPLICATES, group_labels, select_articles

__all__ = ["COUNT_COLUMNS", "articles_over_time", "corpus_note", "period_articles"]

#: Columns of :func:`articles_over_time` without ``by=`` (with it, ``group`` follows ``period``).
COUNT_COLUMNS = (PERIOD, N_ARTICLES)


def corpus_note(articles: pd.DataFrame, *, include_duplicates: bool = INCLUDE_DUPLICATES) -> str:
    """Source line for charts: article count, date range and how duplicates were handled.

    ``"Source: 19,043 articles (Reuters), 20 Oct 1987 to 19 Oct 1988; near-duplicates counted once."``
    """
    kept = select_articles(articles, include_duplicates=include_duplicates)
    dated = naive_datetimes(kept[PUBLISHED]).dropna()
    n = len(kept)
    noun = "article" if n == 1 else "articles"
    names = sorted({v for v in kept[OUTLET].tolist() + kept[AGENCY].tolist() if v})
    who = f" ({', '.join(names)})" if 0 < len(names) <= 3 else ""
    if dated.empty:
        span = ", undated"
    else:
        first, last = dated.min(), dated.max()
        span = (
            f", {_day(first)}"
            if first.normalize() == last.normalize()
            else (f", {_day(first)} to {_day(last)}")
        )
    undated = n - len(dated)
    extra = f" ({undated:,} undated not shown)" if undated and len(dated) else ""
    dupes = "" if include_duplicates else "; near-duplicates counted once"
    return f"Source: {n:,} {noun}{who}{span}{extra}{dupes}."


def articles_over_time(
    articles: pd.DataFrame,
    *,
    period: str = "week",
    by: str | None = None,
    top: int | None = None,
    include_duplicates: bool = INCLUDE_DUPLICATES,
) -> pd.DataFrame:
    """Count articles per period, overall or per outlet/agency, with empty periods as zero.

    Parameters
    ----------
    articles
        The articles table.
    period
        ``"day"``, ``"week"`` (weeks start on Monday), ``"month"``, ``"quarter"`` or ``"year"``.
    by
        ``None`` for one overall count, or a column to split by (``OUTLET``, ``AGENCY``).
    top
        With *by*: keep the *top* largest groups and fold the rest into ``"Other"``.
    include_duplicates
        Count rows marked in ``duplicate_of`` too (by default each story counts once).

    Returns
    -------
    pandas.DataFrame
        Columns ``period, n_articles`` (plus ``group`` after ``period`` with *by*), one row per
        period from the first to the last dated article (per group), sorted. Undated articles are
        not counted.
    """
    period_code(period)  # a wrong period name fails here, naming the accepted ones
    kept = select_articles(articles, include_duplicates=include_duplicates)
    published = naive_datetimes(kept[PUBLISHED])
    dated = kept[published.notna()]
    starts = period_start(published[published.notna()], period=period)
    grid = period_grid(starts, period=period)
    if by is None:
        counts = starts.value_counts().reindex(grid, fill_value=0)
        return pd.DataFrame(
            {PERIOD: grid, N_ARTICLES: counts.to_numpy(dtype="int64")}, columns=list(COUNT_COLUMNS)
        )
    groups = fold_groups(group_labels(dated[by]), top=top)
    counts = pd.crosstab(starts.to_numpy(), groups.to_numpy())
    order = list(groups.value_counts().index)
    if OTHER in order:
        order = [g for g in order if g != OTHER] + [OTHER]
    counts = counts.reindex(index=grid, columns=order, fill_value=0)
    table = counts.stack().rename(N_ARTICLES).reset_index()
    table.columns = [PERIOD, GROUP, N_ARTICLES]
    table[GROUP] = pd.Categorical(table[GROUP], categories=order)
    table = table.sort_values([GROUP, PERIOD], kind="stable").reset_index(drop=True)
    table[GROUP] = table[GROUP].astype(str)
    table[N_ARTICLES] = table[N_ARTICLES].astype("int64")
    return table


def fold_groups(groups: pd.Series, *, top: int | None) -> pd.Series:
    """Keep the *top* most frequent labels; the others become :data:`~helpers.columns.OTHER`."""
    if top is None or groups.nunique() <= top:
        return groups
    keep = set(groups.value_counts().index[:top])
    return groups.where(groups.isin(keep), OTHER)


def _day(when: pd.Timestamp) -> str:
    return f"{when.day} {when:%b %Y}"


def period_articles(
    articles: pd.DataFrame,
    period_start: str | pd.Timestamp,
    *,
    period: str = "week",
    counts: pd.DataFrame | None = None,
    include_duplicates: bool = INCLUDE_DUPLICATES,
) -> pd.DataFrame:
    """The articles published in one period (to read what is behind a spike).

    Parameters
    ----------
    articles
        The articles table.
    period_start
        Any day inside the period (``"2020-09-28"``); the whole day / week / month is listed.
    period
        ``"day"``, ``"week"``, ``"month"``, ``"quarter"`` or ``"year"``.
    counts
        Optional tidy term counts (:func:`~helpers.timeline.trends.count_terms`): one column per
        term is added with the article's number of mentions.
    include_duplicates
        List rows marked in ``duplicate_of`` too.

    Returns
    -------
    pandas.DataFrame
        Columns ``article_id, published, title, outlet, agency, word_count`` (+ one per term),
        sorted by publication date.
    """
    first = pd.Period(pd.Timestamp(period_start), freq=period_code(period))
    last_day = first.end_time.normalize()
    kept = select_articles(
        articles, start=first.start_time, end=last_day, include_duplicates=include_duplicates
    )
    columns = [ARTICLE_ID, PUBLISHED, TITLE, OUTLET, AGENCY, WORD_COUNT]
    table = kept[columns].sort_values([PUBLISHED, ARTICLE_ID], kind="stable")
    if counts is not None and len(counts):
        wide = counts.pivot_table(index=ARTICLE_ID, columns=TERM, values=COUNT, aggfunc="sum")
        wide = wide.reindex(columns=list(dict.fromkeys(counts[TERM])))
        table = table.join(wide, on=ARTICLE_ID)
        for term in wide.columns:
            table[term] = table[term].fillna(0).astype("int64")
    return table.reset_index(drop=True)
