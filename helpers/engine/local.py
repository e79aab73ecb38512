"""Pandas tables for the cells that read articles closely, whichever engine holds the corpus.

Concordances, close reading, explorers and examples need the full text of a few articles, or
the articles' details without their text. On the pandas engine these functions return the table
as it is (nothing is copied or cut); on Dask they compute a bounded part of it:

* :func:`in_memory`: the articles with their text, at most :data:`MAX_IN_MEMORY` of them (the
  first ones, or those with the given ids), with a warning when the corpus has more;
* :func:`text_sample`: the same bound, but articles picked at random across the whole corpus,
  so that every period and outlet is represented (for tables of a corpus as a whole);
* :func:`article_info`: every article, without the long text columns (``text``, ``captions``,
  ``related``): enough for source lines, dates, outlets and titles.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable
from typing import Any

import pandas as pd

from helpers.columns import ARTICLE_ID, CAPTIONS, RELATED, TEXT
from helpers.corpus.store import contract_dtypes
from helpers.engine.core import is_dask

__all__ = ["MAX_IN_MEMORY", "article_info", "in_memory", "text_sample"]

#: Most articles :func:`in_memory` brings into the notebook's process from a Dask corpus.
MAX_IN_MEMORY = 5_000
#: Dask partitions :func:`in_memory` reads in one go.
PARTITIONS_AT_ONCE = 4
#: Columns :func:`article_info` leaves out on Dask (long text).
TEXT_COLUMNS = (TEXT, CAPTIONS, RELATED)


def in_memory(
    articles: Any, *, ids: Iterable[str] | None = None, limit: int = MAX_IN_MEMORY
) -> pd.DataFrame:
    """The articles as a pandas DataFrame: all of them on pandas, a bounded part on Dask.

    Parameters
    ----------
    articles
        The articles table (pandas or Dask).
    ids
        Only these ``article_id`` values (e.g. the articles behind a table of quotes).
    limit
        Dask only: at most this many articles, the first ones in corpus order; a
        ``UserWarning`` says so when more were selected.
    """
    if not is_dask(articles):
        if ids is None:
            return articles
        return articles[articles[ARTICLE_ID].isin(set(ids))]
    import dask

    chosen = articles if ids is None else articles[articles[ARTICLE_ID].isin(sorted(set(ids)))]
    # partitions in corpus order, a few at a time, until enough articles came back: the rest of
    # the corpus is not read
    parts: list[pd.DataFrame] = []
    for first in range(0, chosen.npartitions, PARTITIONS_AT_ONCE):
        last = min(first + PARTITIONS_AT_ONCE, chosen.npartitions)
        parts.extend(dask.compute(*(chosen.partitions[i] for i in range(first, last))))
        if sum(len(p) for p in parts) > limit:
            break
    part = pd.concat(parts)
    if len(part) > limit:
        warnings.warn(
            f"Dask engine: only the first {limit:,} articles are read into memory here "
            f"(of {len(chosen):,}); select fewer (dates, outlet, ids) to read them all.",
            UserWarning,
            stacklevel=2,
        )
        part = part.head(limit)
    return contract_dtypes(part).reset_index(drop=True)


def text_sample(articles: Any, *, limit: int = MAX_IN_MEMORY, seed: int = 0) -> pd.DataFrame:
    """The articles whose text a cell reads: all of them on pandas; on Dask, at most *limit*
    picked at random (with *seed*) across the corpus, in corpus order, with a ``UserWarning``
    saying how many of how many.

    The first articles of a corpus are often its earliest ones; a random pick keeps every
    period and outlet in proportion, so per-period tables of the sample are not empty.
    """
    if not is_dask(articles):
        return articles
    ids = articles[ARTICLE_ID].compute()
    if len(ids) <= limit:
        return in_memory(articles, limit=limit)
    picked = ids.sample(n=limit, random_state=seed)
    warnings.warn(
        f"Dask engine: {limit:,} articles picked at random of {len(ids):,} are read into memory "
        "here; select fewer (dates, outlet) to read them all.",
        UserWarning,
        stacklevel=2,
    )
    return in_memory(articles, ids=picked, limit=limit)


def article_info(articles: Any) -> pd.DataFrame:
    """Every article's details without the long text: the table itself on pandas, computed
    without ``text``, ``captions`` and ``related`` on Dask."""
    if not is_dask(articles):
        return articles
    keep = [column for column in articles.columns if column not in TEXT_COLUMNS]
    return contract_dtypes(articles[keep].compute()).reset_index(drop=True)
