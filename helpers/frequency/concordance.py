"""Concordance (key word in context): every match of a term with the text around it."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from helpers.columns import ARTICLE_ID, END, LEFT, MATCH, PUBLISHED, RIGHT, START, TEXT
from helpers.selection import INCLUDE_DUPLICATES, without_duplicates
from helpers.text import parse_terms, terms_pattern, word_tokens

__all__ = ["concordance", "search_pattern", "term_needles"]

_SPACE = re.compile(r"\s+")


def search_pattern(query: str, *, regex: bool = False) -> re.Pattern[str]:
    """The pattern of a search box: the term grammar (:func:`helpers.text.terms_pattern`) or, with
    ``regex=True``, *query* as a case-insensitive regular expression.

    Raises
    ------
    ValueError
        When *query* has no term, or is not a valid regular expression.
    """
    if not regex:
        return terms_pattern(query)
    try:
        return re.compile(query, re.IGNORECASE)
    except re.error as error:
        raise ValueError(f"{query!r} is not a valid regular expression: {error}") from error


def term_needles(terms: str | list[str]) -> list[str]:
    """Lower-case substrings one of which a text must contain to match *terms* (a cheap pre-filter:
    the first word of each term, without its ``*``)."""
    return [term.split()[0].rstrip("*").lower() for term in parse_terms(terms)]


def concordance(
    articles: pd.DataFrame,
    query: str,
    *,
    regex: bool = False,
    width: int = 60,
    sort: str | None = None,
    limit: int | None = None,
    include_duplicates: bool = INCLUDE_DUPLICATES,
) -> pd.DataFrame:
    """Key word in context: every match of *query* with the text around it.

    Parameters
    ----------
    articles
        The articles table.
    query
        Terms in the term grammar of :mod:`helpers.text.terms` (whole words, any case, a
        possessive ``'s`` allowed, ``protest*`` wildcards, several terms separated by commas), or a
        regular expression with ``regex=True`` (case-insensitive, e.g. ``r"protest\\w*"``).
    width
        Characters of context on each side (cut at a word boundary).
    sort
        ``None`` keeps corpus order (articles by date); ``"left"`` sorts by the words just before
        the match (nearest first), ``"right"`` by the words just after.
    limit
        Stop after this many matches.
    include_duplicates
        Search rows marked in ``duplicate_of`` too; by default each story is read once.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``published``, ``left``, ``match``, ``right``, ``start``, ``end``
        (offsets of the match in the article's ``text``). Show it with
        :func:`helpers.explore.frequency.style_concordance`.
    """
    if sort not in {None, "left", "right"}:
        raise ValueError(f"sort={sort!r}: use None, 'left' or 'right'.")
    pattern = search_pattern(query, regex=regex)
    # A cheap pre-filter for terms: skip articles without the first word of any term.
    needles = [] if regex else term_needles(query)
    if not include_duplicates:
        articles = without_duplicates(articles)
    ordered = articles[[ARTICLE_ID, PUBLISHED, TEXT]].sort_values(
        PUBLISHED, kind="stable", na_position="last"
    )
    rows = []
    for article_id, published, text in zip(
        ordered[ARTICLE_ID], ordered[PUBLISHED], ordered[TEXT].fillna(""), strict=True
    ):
        if needles:
            lowered = text.lower()
            if not any(needle in lowered for needle in needles):
                continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if start == end:
                continue
            rows.append(
                (
                    article_id,
                    published,
                    _context(text, max(0, start - width), start),
                    _SPACE.sub(" ", match.group()),
                    _context(text, end, end + width),
                    start,
                    end,
                )
            )
            if limit is not None and len(rows) >= limit:
                break
        if limit is not None and len(rows) >= limit:
            break
    table = pd.DataFrame(rows, columns=[ARTICLE_ID, PUBLISHED, LEFT, MATCH, RIGHT, START, END])
    table[PUBLISHED] = pd.to_datetime(table[PUBLISHED])
    if sort == "left" and len(table):
        keys = table[LEFT].map(lambda s: " ".join(reversed(word_tokens(s.lower()))))
        table = table.iloc[np.argsort(keys.to_numpy(dtype=str), kind="stable")]
    elif sort == "right" and len(table):
        keys = table[RIGHT].map(lambda s: " ".join(word_tokens(s.lower())))
        table = table.iloc[np.argsort(keys.to_numpy(dtype=str), kind="stable")]
    return table.reset_index(drop=True)


def _context(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with whitespace flattened and a word cut by the window dropped."""
    snippet = _SPACE.sub(" ", text[start:end])
    if start > 0 and not text[start - 1].isspace():
        snippet = snippet[snippet.index(" ") :] if " " in snippet else ""
    if end < len(text) and not text[end].isspace():
        snippet = snippet[: snippet.rindex(" ") + 1] if " " in snippet else ""
    return snippet
