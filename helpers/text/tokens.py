"""Word tokens, stopwords and stemmers: the one tokenizer every analysis uses.

* Word tokens come from one regular expression (letters/digits with inner ``-``, ``'`` or ``.``), so
  ``"ex-Soviet"``, ``"don't"`` and ``"U.S"`` stay whole.
* Stopwords: NLTK's English list (179 words) and a short news list (said, told, ...), both shipped in
  ``helpers/text/data/`` with their source written at the top of the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nltk.stem import PorterStemmer, SnowballStemmer

__all__ = ["make_stemmer", "news_stopwords", "stopwords", "word_spans", "word_tokens"]

_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")


def word_tokens(text: str, *, lowercase: bool = False) -> list[str]:
    """Return the word tokens of *text*.

    A token is a run of letters or digits, with inner hyphens, apostrophes or dots kept
    (``ex-Soviet``, ``Kremlin's``, ``U.S``, ``1.5``). Punctuation is dropped.
    """
    tokens = _WORD.findall(text)
    return [token.lower() for token in tokens] if lowercase else tokens


def word_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, token)`` for each word token of *text* (see :func:`word_tokens`)."""
    for match in _WORD.finditer(text):
        yield match.start(), match.end(), match.group()


def _read_word_list(name: str) -> frozenset[str]:
    content = (Path(__file__).parent / "data" / name).read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in content.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def stopwords() -> frozenset[str]:
    """Return NLTK's English stopword list (179 lower-case words), shipped with the package."""
    return _read_word_list("stopwords_en.txt")


@cache
def news_stopwords() -> frozenset[str]:
    """Return the news stopword list (said, told, according, weekdays, pct, ...).

    Use it together with :func:`stopwords` to keep attribution verbs and wire boilerplate out of
    term counts: ``stopwords() | news_stopwords()``.
    """
    return _read_word_list("stopwords_news.txt")


def make_stemmer(kind: str = "porter") -> PorterStemmer | SnowballStemmer:
    """Return an NLTK stemmer: ``"porter"`` or ``"snowball"`` (English)."""
    from nltk.stem import PorterStemmer, SnowballStemmer  # lazy: nltk.stem imports scipy

    if kind == "porter":
        return PorterStemmer()
    if kind == "snowball":
        return SnowballStemmer("english")
    raise ValueError(f"Unknown stemmer {kind!r}: use 'porter' or 'snowball'.")
