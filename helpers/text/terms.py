"""The term grammar: how a search term written by a user matches text.

A term is a word or a phrase; a trailing ``*`` matches any word ending (``protest*`` finds
*protesters*); the words of a phrase may be separated by any whitespace; matching is whole-word and
case-insensitive by default. Counts, concordances, trends and sentence selection all use
:func:`terms_pattern`, so a term matches the same way everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["parse_terms", "terms_pattern"]


def parse_terms(terms: str | Iterable[str]) -> list[str]:
    """Terms from a comma-separated string (``"Putin, Lukashenko"``) or a list; blanks and repeats dropped.

    Runs of whitespace inside a term are folded to one space.
    """
    items = terms.split(",") if isinstance(terms, str) else list(terms)
    cleaned = (" ".join(str(item).split()) for item in items)
    return list(dict.fromkeys(term for term in cleaned if term))


def terms_pattern(terms: str | Iterable[str], *, case_sensitive: bool = False) -> re.Pattern[str]:
    """One regular expression matching any of *terms* as whole words.

    A trailing ``*`` matches any word ending (``protest*`` finds *protesters*); the words of a
    phrase may be separated by any whitespace.
    """
    parsed = parse_terms(terms)
    if not parsed:
        raise ValueError("No term given: pass a word or name such as 'Lukashenko'")
    alternatives = []
    for term in parsed:
        parts = [
            re.escape(word[:-1]) + r"\w*"
            if word.endswith("*") and len(word) > 1
            else re.escape(word)
            for word in term.split()
        ]
        alternatives.append(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)")
    return re.compile("|".join(alternatives), 0 if case_sensitive else re.IGNORECASE)
