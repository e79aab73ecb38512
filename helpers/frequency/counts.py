"""Term counts: how text becomes terms, and the tidy ``article_id, term, n`` table.

How text becomes terms
----------------------
Tokens come from :func:`helpers.text.word_tokens` on the lower-cased text (the tokenizer every
analysis uses). By default a token is kept when it is at least ``min_length`` (2) characters long,
contains a letter (``1987`` and ``5.93`` are dropped) and is not a stopword: NLTK's English list
plus the news list, ``helpers.text.stopwords() | helpers.text.news_stopwords()`` (see
:func:`default_stop_words`). N-grams (two or three consecutive tokens) are built on the full token
sequence, so "bank of england" survives; an n-gram is kept when its first and last words pass the
token test. N-grams never cross a sentence end or a paragraph break: sentences are those of
:func:`helpers.text.sentence_spans`, the splitter every analysis uses. Optional stemming (Porter or
Snowball) merges ``protest``/``protests``/``protested``; the table then gains a ``surface`` column
with each stem's most frequent original form, for display.

Terms are tokens: a hyphenated word (``pro-Lukashenko``) or a possessive (``Kremlin's``) is one
token, as :func:`helpers.text.word_tokens` cuts them. To count a search term the way concordances
and trends match it, use :func:`helpers.timeline.count_terms` (the term grammar of
:mod:`helpers.text.terms`).

Duplicates: copies marked in ``duplicate_of`` are left out unless ``include_duplicates=True``
(the one policy of :mod:`helpers.selection`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from itertools import chain, pairwise
from typing import Any

import numpy as np
import pandas as pd

from helpers.columns import ARTICLE_ID, COUNT, SURFACE, TERM, TEXT
from helpers.selection import INCLUDE_DUPLICATES, without_duplicates
from helpers.text import make_stemmer, news_stopwords, sentence_spans, stopwords, word_tokens

__all__ = ["default_stop_words", "make_analyzer", "term_counts"]

_LETTER = re.compile(r"[^\W\d_]")


def default_stop_words() -> frozenset[str]:
    """Return the stopwords removed by default: ``stopwords() | news_stopwords()`` from helpers.text.

    NLTK's English list (179 words: *the, of, and, ...*) plus a short news list (*said, told,
    according, year, Tuesday, ...*) shipped in ``helpers/text/data/``.
    """
    return stopwords() | news_stopwords()


def sentence_texts(text: str) -> list[str]:
    """The sentences of *text* (:func:`helpers.text.sentence_spans`): n-grams never cross them."""
    return [text[start:end] for start, end, _ in sentence_spans(text)]


class TokenFilter:
    """Keep/drop decision per token, memoised: set look-ups are much cheaper than the test."""

    def __init__(self, stop: frozenset[str], min_length: int, drop_numbers: bool) -> None:
        self.stop = stop
        self.min_length = min_length
        self.drop_numbers = drop_numbers
        self.seen: set[str] = set()
        self.kept: set[str] = set()

    def ok(self, token: str) -> bool:
        """Return True when *token* is kept (long enough, not a stopword, has a letter)."""
        return (
            len(token) >= self.min_length
            and token not in self.stop
            and (not self.drop_numbers or _LETTER.search(token) is not None)
        )

    def learn(self, tokens: Iterable[str]) -> set[str]:
        """Decide on the tokens not seen before; return the set of kept tokens."""
        unseen = set(tokens).difference(self.seen)
        if unseen:
            self.seen.update(unseen)
            self.kept.update(token for token in unseen if self.ok(token))
        return self.kept


def stop_set(stop_words: bool | Iterable[str] | None) -> frozenset[str]:
    """The stopwords an option value stands for (``True``: the default list; ``False``: none)."""
    if stop_words is True:
        return default_stop_words()
    if stop_words is False or stop_words is None:
        return frozenset()
    return frozenset(word.lower() for word in stop_words)


def make_analyzer(
    *,
    ngram_range: tuple[int, int] = (1, 1),
    stop_words: bool | Iterable[str] = True,
    min_length: int = 2,
    drop_numbers: bool = True,
) -> Callable[[str], list[str]]:
    """Return the function that turns one article's text into its list of terms.

    :func:`term_counts` counts exactly what this returns; pass it to other tools (scikit-learn's
    ``CountVectorizer(analyzer=...)``) to get the same terms.

    Parameters
    ----------
    ngram_range
        Smallest and largest n-gram length, ``(1, 1)`` words only, ``(1, 3)`` up to trigrams.
    stop_words
        ``True`` for :func:`default_stop_words`, ``False`` for none, or your own list.
    min_length
        Shortest token kept, in characters.
    drop_numbers
        Drop tokens without a letter (``1987``, ``5.93``).
    """
    low, high = ngram_range
    if not 1 <= low <= high:
        raise ValueError(f"ngram_range {ngram_range!r}: use (1, 1), (1, 2), (2, 3), ...")
    token_filter = TokenFilter(stop_set(stop_words), min_length, drop_numbers)

    if high == 1:

        def unigrams(text: str) -> list[str]:
            tokens = word_tokens(text.lower())
            kept = token_filter.learn(tokens)
            return [token for token in tokens if token in kept]

        return unigrams

    def ngrams(text: str) -> list[str]:
        terms: list[str] = []
        for sentence in sentence_texts(text):
            tokens = word_tokens(sentence.lower())
            kept = token_filter.learn(tokens)
            if low == 1:
                terms += [token for token in tokens if token in kept]
            if low <= 2 <= high:
                terms += [
                    f"{first} {last}"
                    for first, last in pairwise(tokens)
                    if first in kept and last in kept
                ]
            for n in range(max(low, 3), high + 1):
                terms += [
                    " ".join(tokens[i : i + n])
                    for i in range(len(tokens) - n + 1)
                    if tokens[i] in kept and tokens[i + n - 1] in kept
                ]
        return terms

    return ngrams


def progress_bar(items: Iterable[Any] | None, *, total: int, enabled: bool, desc: str) -> Any:
    """A tqdm bar over *items* (or a manual bar if *items* is None); *items* or None if disabled."""
    if not enabled:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, total=total, desc=desc, unit="article")


def term_counts(
    articles: pd.DataFrame,
    *,
    ngram_range: tuple[int, int] = (1, 1),
    stop_words: bool | Iterable[str] = True,
    min_length: int = 2,
    drop_numbers: bool = True,
    stem: str | None = None,
    include_duplicates: bool = INCLUDE_DUPLICATES,
    progress: bool = False,
) -> pd.DataFrame:
    """Count terms per article: the tidy table ``article_id, term, n`` every analysis here uses.

    Parameters
    ----------
    articles
        The articles table (needs ``article_id`` and ``text``).
    ngram_range, stop_words, min_length, drop_numbers
        Which terms are counted; see :func:`make_analyzer` and the module notes.
    stem
        ``None`` (default), ``"porter"`` or ``"snowball"``. With stemming, ``term`` is the stemmed
        term and a ``surface`` column gives its most frequent original form in the corpus.
    include_duplicates
        Count rows marked in ``duplicate_of`` too; by default each story counts once
        (:data:`helpers.selection.INCLUDE_DUPLICATES`).
    progress
        Show a progress bar.

    Returns
    -------
    pandas.DataFrame
        One row per article and term that occurs in it, ``n >= 1`` (plus ``surface`` when
        stemming). Articles with no terms have no rows. Memory grows with the number of distinct
        (article, term) pairs, never with articles x vocabulary.
    """
    analyze = make_analyzer(
        ngram_range=ngram_range,
        stop_words=stop_words,
        min_length=min_length,
        drop_numbers=drop_numbers,
    )
    if not include_duplicates:
        articles = without_duplicates(articles)
    texts = articles[TEXT].fillna("").tolist()
    # Words only: count every token, then drop stopwords etc. once per distinct word (same terms
    # as the analyzer, without a Python-level test per token).
    words_only = ngram_range == (1, 1)
    extract = (lambda text: word_tokens(text.lower())) if words_only else analyze
    vocabulary: dict[str, int] = {}
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    bar = progress_bar(None, total=len(texts), enabled=progress, desc="Counting terms")
    for first in range(0, len(texts), _CHUNK):
        chunk = [extract(text) for text in texts[first : first + _CHUNK]]
        parts.append(_count_chunk(chunk, first, vocabulary))
        if bar is not None:
            bar.update(len(chunk))
    if bar is not None:
        bar.close()
    doc_codes, term_codes, n = (
        np.concatenate([part[i] for part in parts]) if parts else np.zeros(0, np.int64)
        for i in range(3)
    )
    terms = np.asarray(list(vocabulary), dtype=object)
    if words_only:
        kept = TokenFilter(stop_set(stop_words), min_length, drop_numbers).ok
        rows = np.fromiter(map(kept, terms), dtype=bool, count=len(terms))[term_codes]
        term_codes, doc_codes, n = term_codes[rows], doc_codes[rows], n[rows]
    ids = articles[ARTICLE_ID].to_numpy(dtype=object)
    if stem is None:
        return pd.DataFrame(
            {ARTICLE_ID: ids[doc_codes], TERM: terms[term_codes], COUNT: n},
            columns=[ARTICLE_ID, TERM, COUNT],
        )
    return _stemmed(ids, doc_codes, terms, term_codes, n, stem=stem)


#: Articles counted together: one hash pass and one sort per chunk, memory bounded by the chunk.
_CHUNK = 2000


def _count_chunk(
    chunk: list[list[str]], first: int, vocabulary: dict[str, int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Count (article, term) pairs of a chunk of term lists with factorize + unique (no Python loop
    per term); *vocabulary* maps terms to global codes and grows."""
    lengths = np.fromiter(map(len, chunk), dtype=np.int64, count=len(chunk))
    local_codes, uniques = pd.factorize(pd.Series(list(chain.from_iterable(chunk)), dtype=object))
    if len(uniques) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    to_global = np.fromiter(
        (vocabulary.setdefault(term, len(vocabulary)) for term in uniques),
        dtype=np.int64,
        count=len(uniques),
    )
    local_docs = np.repeat(np.arange(len(chunk), dtype=np.int64), lengths)
    keys, n = np.unique(local_docs * len(uniques) + local_codes, return_counts=True)
    return first + keys // len(uniques), to_global[keys % len(uniques)], n.astype(np.int64)


#: Stems already computed, per stemmer kind (stemming is the slow part of stemmed counts).
_STEM_MEMO: dict[str, dict[str, str]] = {}


def _stemmed(
    ids: np.ndarray,
    doc_codes: np.ndarray,
    terms: np.ndarray,
    term_codes: np.ndarray,
    n: np.ndarray,
    *,
    stem: str,
) -> pd.DataFrame:
    """Merge surface terms into stems; keep each stem's most frequent surface form."""
    stemmer = make_stemmer(stem)
    word_stems = _STEM_MEMO.setdefault(stem, {})

    def stem_term(term: str) -> str:
        parts = []
        for word in term.split(" "):
            if word not in word_stems:
                word_stems[word] = stemmer.stem(word)
            parts.append(word_stems[word])
        return " ".join(parts)

    stem_codes, stem_vocabulary = pd.factorize(
        pd.Series([stem_term(term) for term in terms], dtype=object)
    )
    surface_totals = np.bincount(term_codes, weights=n, minlength=len(terms))
    # Most frequent surface per stem: sort by (stem, -total) and keep the first of each stem.
    order = np.lexsort((-surface_totals, stem_codes))
    first = order[np.r_[True, stem_codes[order][1:] != stem_codes[order][:-1]]]
    surface = np.empty(len(stem_vocabulary), dtype=object)
    surface[stem_codes[first]] = terms[first]

    pair = pd.DataFrame({"doc": doc_codes, "stem": stem_codes[term_codes], COUNT: n})
    summed = pair.groupby(["doc", "stem"], sort=False)[COUNT].sum().reset_index()
    stems = np.asarray(stem_vocabulary, dtype=object)
    return pd.DataFrame(
        {
            ARTICLE_ID: ids[summed["doc"].to_numpy()],
            TERM: stems[summed["stem"].to_numpy()],
            COUNT: summed[COUNT].to_numpy(dtype=np.int64),
            SURFACE: surface[summed["stem"].to_numpy()],
        },
        columns=[ARTICLE_ID, TERM, COUNT, SURFACE],
    )


def surfaces(counts: pd.DataFrame) -> pd.Series | None:
    """term -> surface form, when the counts were stemmed (else None)."""
    if SURFACE not in counts.columns:
        return None
    return counts.drop_duplicates(TERM).set_index(TERM)[SURFACE]


def with_surface(table: pd.DataFrame, counts: pd.DataFrame) -> pd.DataFrame:
    """*table* with a ``surface`` column after ``term`` when *counts* were stemmed."""
    forms = surfaces(counts)
    if forms is None or TERM not in table.columns:
        return table
    position = table.columns.get_loc(TERM) + 1
    table = table.copy()
    table.insert(position, SURFACE, table[TERM].map(forms))
    return table
