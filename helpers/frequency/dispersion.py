"""Dispersion: where terms occur along the corpus read in time order (for a dispersion plot)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import numpy as np
import pandas as pd

from helpers.columns import ARTICLE_ID, POSITION, PUBLISHED, RELATIVE, TERM, TEXT
from helpers.frequency.concordance import term_needles
from helpers.selection import INCLUDE_DUPLICATES, without_duplicates
from helpers.text import parse_terms, terms_pattern, word_spans

__all__ = ["dispersion"]


def dispersion(
    articles: pd.DataFrame,
    terms: str | Iterable[str],
    *,
    include_duplicates: bool = INCLUDE_DUPLICATES,
) -> pd.DataFrame:
    """Where each term occurs in the corpus read in time order (for a dispersion plot).

    Articles are ordered by publication date (undated last) and their word tokens
    (:func:`helpers.text.word_tokens`) laid end to end; each match of a term (the term grammar of
    :mod:`helpers.text.terms`: whole words, any case, possessive ``'s``, ``protest*``) is one row,
    at the position of the token it starts in.

    Parameters
    ----------
    articles
        The articles table.
    terms
        A list of terms, or one comma-separated string.
    include_duplicates
        Read rows marked in ``duplicate_of`` too; by default each story is read once.

    Returns
    -------
    pandas.DataFrame
        ``term``, ``article_id``, ``published``, ``position`` (token offset from the start of the
        corpus) and ``relative`` (position / corpus length, 0 to 1). ``attrs["n_tokens"]`` holds the
        corpus length in tokens, ``attrs["date_ticks"]`` (position, date) pairs for an axis.
    """
    wanted = parse_terms(terms)
    patterns = {term: (terms_pattern(term), term_needles(term)) for term in wanted}
    if not include_duplicates:
        articles = without_duplicates(articles)
    ordered = articles[[ARTICLE_ID, PUBLISHED, TEXT]].sort_values(
        PUBLISHED, kind="stable", na_position="last"
    )
    rows = []
    offset = 0
    starts = []
    for article_id, published, text in zip(
        ordered[ARTICLE_ID], ordered[PUBLISHED], ordered[TEXT].fillna(""), strict=True
    ):
        starts.append(offset)
        token_starts = [start for start, _, _ in word_spans(text)]
        lowered = text.lower()
        for term, (pattern, needles) in patterns.items():
            if not any(needle in lowered for needle in needles):
                continue
            for match in pattern.finditer(text):
                token = bisect.bisect_right(token_starts, match.start()) - 1
                rows.append((term, article_id, published, offset + max(token, 0)))
        offset += len(token_starts)
    table = pd.DataFrame(rows, columns=[TERM, ARTICLE_ID, PUBLISHED, POSITION])
    table[PUBLISHED] = pd.to_datetime(table[PUBLISHED])
    table[RELATIVE] = table[POSITION] / max(offset, 1)
    table.attrs["n_tokens"] = offset
    table.attrs["terms"] = wanted
    table.attrs["date_ticks"] = _date_ticks(np.asarray(starts), ordered[PUBLISHED], offset)
    return table


def _date_ticks(starts: np.ndarray, published: pd.Series, n_tokens: int) -> list[tuple[int, str]]:
    """About six (token position, date label) pairs spread along the corpus."""
    if n_tokens == 0 or published.isna().all():
        return []
    ticks = []
    for position in np.linspace(0, n_tokens - 1, 6).astype(int):
        article = max(int(np.searchsorted(starts, position, side="right")) - 1, 0)
        date = published.iloc[article]
        label = "undated" if pd.isna(date) else f"{date:%Y-%m-%d}"
        if not ticks or ticks[-1][1] != label:
            ticks.append((int(position), label))
    return ticks
