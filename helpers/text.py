"""Sentences, word tokens and stopwords for English news text, with no downloads.

This is a floor module: it takes strings and knows nothing about the corpus table.

* Sentences come from NLTK's Punkt algorithm (:class:`nltk.tokenize.punkt.PunktSentenceTokenizer`)
  with a hand-made list of news abbreviations ("Aug.", "Sen.", "U.S.", "Gov.", "Corp.") instead of the
  downloadable ``punkt_tab`` model. Sentences never cross a paragraph boundary (a blank line).
* Word tokens come from one regular expression (letters/digits with inner ``-``, ``'`` or ``.``), so
  ``"ex-Soviet"``, ``"don't"`` and ``"U.S"`` stay whole. It is the same tokenizer everywhere.
* Stopwords: NLTK's English list (179 words) and a short news list (said, told, ...), both shipped in
  ``helpers/data/`` with their source written at the top of the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from nltk.stem import PorterStemmer, SnowballStemmer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

__all__ = [
    "NEWS_ABBREVIATIONS",
    "PARAGRAPH_BREAK",
    "make_stemmer",
    "news_stopwords",
    "paragraph_spans",
    "parse_terms",
    "sentence_spans",
    "split_sentences",
    "stopwords",
    "terms_pattern",
    "word_spans",
    "word_tokens",
]

#: How paragraphs are separated inside the ``text`` column of the corpus table.
PARAGRAPH_BREAK = "\n\n"

#: Abbreviations after which a full stop does not end a sentence (lower case, no final dot).
NEWS_ABBREVIATIONS: frozenset[str] = frozenset(
    # titles and ranks
    "mr mrs ms dr prof sen sens rep reps gov govs gen lt col maj capt cmdr adm sgt cpl pvt rev fr "
    "st jr sr pres supt insp det atty amb hon gens msgr"
    # months and days
    " jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
    # organisations, addresses, misc
    " co corp inc ltd plc bros cos dept univ assn ave blvd rd hwy mt ft vs approx est fig vol"
    # US states as written in wire copy
    " ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont"
    " neb nev"
    " okla ore pa penn tenn tex va vt wash wis wyo"
    # dotted abbreviations (Punkt stores them without the final dot)
    " u.s u.k u.n e.u d.c n.y n.j l.a a.m p.m u.s.a u.s.s.r i.e e.g"
    " a b c d e f g h i j k l m n o p q r s t u v w x y z".split()
)

_PARAGRAPH_SPLIT = re.compile(r"\n[ \t]*\n")
_NUMBER_ABBREVIATION = re.compile(r"\b(?:No|Nos|Art|Vol|Fig|Pt)\.$", re.IGNORECASE)
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")


@cache
def _sentence_tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(NEWS_ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` character offsets of the non-empty paragraphs in *text*.

    Paragraphs are separated by a blank line; surrounding whitespace is trimmed from each span.
    """
    spans: list[tuple[int, int]] = []
    position = 0
    for match in [*_PARAGRAPH_SPLIT.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[position:end]
        stripped = chunk.strip()
        if stripped:
            start = position + (len(chunk) - len(chunk.lstrip()))
            spans.append((start, start + len(stripped)))
        if match:
            position = match.end()
    return spans


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """Return ``(start, end, paragraph_index)`` for each sentence of *text*.

    Offsets index into *text* itself, so ``text[start:end]`` is the sentence. Sentences never
    cross a blank-line paragraph break, and news abbreviations ("Aug. 9", "Sen. Smith",
    "U.S. officials") do not end a sentence.

    Examples
    --------
    >>> text = "Sen. Smith spoke on Aug. 9 in the U.S. capital. He left."
    >>> [text[s:e] for s, e, _ in sentence_spans(text)]
    ['Sen. Smith spoke on Aug. 9 in the U.S. capital.', 'He left.']
    """
    tokenizer = _sentence_tokenizer()
    spans: list[tuple[int, int, int]] = []
    for paragraph_index, (p_start, p_end) in enumerate(paragraph_spans(text)):
        paragraph = text[p_start:p_end]
        merged: list[list[int]] = []
        for s_start, s_end in tokenizer.span_tokenize(paragraph):
            if merged and _continues(paragraph, merged[-1][1], s_start):
                merged[-1][1] = s_end
            else:
                merged.append([s_start, s_end])
        spans.extend((p_start + start, p_start + end, paragraph_index) for start, end in merged)
    return spans


def _continues(paragraph: str, previous_end: int, start: int) -> bool:
    """Return True when a Punkt break should be undone ("No. 1", a lower-case continuation)."""
    first = paragraph[start : start + 1]
    if first.islower():
        return True
    return first.isdigit() and _NUMBER_ABBREVIATION.search(paragraph, 0, previous_end) is not None


def split_sentences(text: str) -> list[str]:
    """Return the sentences of *text* as strings (see :func:`sentence_spans`)."""
    return [text[start:end] for start, end, _ in sentence_spans(text)]


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


def make_stemmer(kind: str = "porter") -> PorterStemmer | SnowballStemmer:
    """Return an NLTK stemmer: ``"porter"`` or ``"snowball"`` (English)."""
    if kind == "porter":
        return PorterStemmer()
    if kind == "snowball":
        return SnowballStemmer("english")
    raise ValueError(f"Unknown stemmer {kind!r}: use 'porter' or 'snowball'.")
