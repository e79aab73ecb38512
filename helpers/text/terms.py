"""The term grammar: how a search term written by a user matches text.

One function, :func:`terms_pattern`, turns terms into a regular expression; term counts and trends
(:func:`helpers.timeline.count_terms`), concordances, dispersion plots, article selection
(:func:`helpers.selection.select_articles` ``mentions=``) and sentiment target sentences all use it,
so a term matches the same way everywhere.

The grammar
-----------
* A term is a word or a phrase; several terms are given as a list or as one comma-separated string
  (``"Putin, Lukashenko"``).
* Matching is case-insensitive by default (``case_sensitive=True`` for ``"US"`` but not ``"us"``).
* A word matches whole words only: ``oil`` does not match *toil* or *oils*. A hyphen or a dot
  followed by a space ends a word, so ``Kremlin`` matches *Kremlin-backed* and *the Kremlin.*, but
  not *U.S* inside ``U.S.A`` nor *don* in *don't*.
* A possessive ``'s`` (or ``’s``) may follow: ``Kremlin`` matches *Kremlin's*; the match itself is
  ``Kremlin``.
* A trailing ``*`` matches any word ending: ``protest*`` finds *protests* and *protesters*.
* The words of a phrase may be separated by any whitespace, line breaks included: ``Aug. 9`` matches
  ``Aug.\\n9``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["parse_terms", "terms_pattern"]

#: What may not follow a term: a word character, a dot or an apostrophe continuing the word
#: (``U.S.A``, ``don't``); the possessive ``'s`` is allowed.
_RIGHT_BOUNDARY = r"(?!\w|\.\w|['’](?!s(?!\w))\w)"
#: What may not precede a term: a word character, or a word character and a dot or apostrophe
#: (``S`` does not match inside ``U.S``). The check sits *after* the term's first word (a look-behind
#: over that word, ``{n}`` characters), so that the pattern starts with the word itself and the regex
#: engine can skip ahead to it quickly (several times faster on a large corpus than a leading
#: look-behind, which stops at every character).
_LEFT_BOUNDARY_AFTER = r"(?<!\w.{{{n}}})(?<!\w['’.].{{{n}}})"
_LEFT_BOUNDARY = r"(?<!\w)(?<!\w['’.])"


def parse_terms(terms: str | Iterable[str]) -> list[str]:
    """Terms from a comma-separated string (``"Putin, Lukashenko"``) or a list; blanks and repeats dropped.

    Runs of whitespace inside a term are folded to one space.
    """
    items = terms.split(",") if isinstance(terms, str) else list(terms)
    cleaned = (" ".join(str(item).split()) for item in items)
    return list(dict.fromkeys(term for term in cleaned if term))


def _term_regex(term: str) -> str:
    """The regular expression of one parsed term (see the module notes for the grammar)."""
    words = term.split()
    parts = [
        re.escape(word[:-1]) + r"\w*" if word.endswith("*") and len(word) > 1 else re.escape(word)
        for word in words
    ]
    if re.match(r"\w", term):
        first = words[0][:-1] if words[0].endswith("*") and len(words[0]) > 1 else words[0]
        lead = re.escape(first) + _LEFT_BOUNDARY_AFTER.format(n=len(first))
        parts[0] = lead + parts[0][len(re.escape(first)) :]
    else:
        parts[0] = _LEFT_BOUNDARY + parts[0]
    return r"\s+".join(parts) + _RIGHT_BOUNDARY


def terms_pattern(terms: str | Iterable[str], *, case_sensitive: bool = False) -> re.Pattern[str]:
    """One regular expression matching any of *terms* (the grammar of :mod:`helpers.text.terms`).

    Parameters
    ----------
    terms
        A term, a list of terms, or one comma-separated string.
    case_sensitive
        Match case exactly; off by default.

    Raises
    ------
    ValueError
        When no term is given.

    Examples
    --------
    >>> terms_pattern("protest*, Kremlin").findall("Protesters at the Kremlin's gate; toil")
    ['Protesters', 'Kremlin']
    """
    parsed = parse_terms(terms)
    if not parsed:
        raise ValueError("No term given: pass a word or name such as 'Lukashenko'")
    alternatives = "|".join(f"(?:{_term_regex(term)})" for term in parsed)
    return re.compile(alternatives, 0 if case_sensitive else re.IGNORECASE)
