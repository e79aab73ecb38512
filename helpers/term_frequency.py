"""Term frequency: counts, n-grams, TF-IDF, keyness, collocations and concordances.

Every analysis starts from one tidy table of term counts, ``article_id, term, n``
(:func:`term_counts`), and returns another table:

* :func:`top_terms`: the most frequent terms overall, per outlet or per period;
* :func:`tf_idf`: terms distinctive of an article, or of a group of articles, against the rest;
* :func:`keyness`: terms over- and under-used in one subcorpus against another (log-likelihood G²
  with a p-value, and the log ratio effect size); :func:`keyness_by_period` does it for each
  period in turn ("what was distinctive each month");
* :func:`collocations`: words found near a term more often than chance (PMI and log-likelihood);
* :func:`concordance`: every occurrence of a term or pattern with its left and right context (KWIC);
* :func:`dispersion`: where a term occurs along the corpus read in time order.

How text becomes terms
----------------------
Tokens come from :func:`helpers.text.word_tokens` on the lower-cased text (the tokenizer every
analysis uses). By default a token is kept when it is at least ``min_length`` (2) characters long,
contains a letter (``1987`` and ``5.93`` are dropped) and is not a stopword: NLTK's English list
plus the news list, ``helpers.text.stopwords() | helpers.text.news_stopwords()`` (see
:func:`default_stop_words`). N-grams (two or three consecutive tokens) are built on the full token
sequence, so "bank of england" survives; an n-gram is kept when its first and last words pass the
token test. N-grams never cross a sentence end or a paragraph break: sentences are found with a fast
rule that follows :func:`helpers.text.sentence_spans` (a ``.``, ``!`` or ``?`` followed by a
capitalised word, except after the news abbreviations in :data:`helpers.text.NEWS_ABBREVIATIONS`).
Optional stemming (Porter or Snowball) merges ``protest``/``protests``/``protested``; the table then
gains a ``surface`` column with each stem's most frequent original form, for display.

The last section, *Interactive exploration*, builds ipywidgets controls for JupyterLab; it imports
ipywidgets and itables only when called.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from itertools import chain, pairwise
from typing import Any

import numpy as np
import pandas as pd
from nltk.metrics.association import BigramAssocMeasures

from helpers.corpus import ARTICLE_ID, COUNT, END, OUTLET, PERIODS, PUBLISHED, START, TERM, TEXT
from helpers.text import NEWS_ABBREVIATIONS, make_stemmer, news_stopwords, stopwords, word_tokens

__all__ = [
    "COLLOCATE",
    "DOCUMENT_FREQUENCY",
    "G2",
    "GROUP",
    "KEY_FOR",
    "LEFT",
    "LOG_RATIO",
    "MATCH",
    "PER_10K",
    "PMI",
    "POSITION",
    "P_VALUE",
    "RANK",
    "RIGHT",
    "SURFACE",
    "TF_IDF",
    "article_groups",
    "chi2_sf",
    "collocations",
    "concordance",
    "concordance_explorer",
    "default_stop_words",
    "dispersion",
    "keyness",
    "keyness_by_period",
    "keyness_explorer",
    "log_likelihood",
    "log_ratio",
    "make_analyzer",
    "select_articles",
    "style_concordance",
    "term_counts",
    "tf_idf",
    "top_terms",
]

# --------------------------------------------------------------------------------------------------
# Columns of the tables this module returns (besides ARTICLE_ID, TERM, COUNT from helpers.corpus)
# --------------------------------------------------------------------------------------------------

#: Most frequent original form of a stemmed term ("protests" for ``protest``), for display.
SURFACE = "surface"
#: The group an article belongs to: an outlet, or a period label such as ``1987-03``.
GROUP = "group"
#: Number of articles (or groups) a term occurs in.
DOCUMENT_FREQUENCY = "n_articles"
#: Occurrences per 10,000 terms of the article, group or subcorpus.
PER_10K = "per_10k"
#: 1 for the highest score in its group.
RANK = "rank"
#: TF-IDF score: relative frequency in the document times inverse document frequency.
TF_IDF = "tf_idf"
#: Log-likelihood G² of a 2x2 contingency table.
G2 = "g2"
#: p-value of G² under chi-square with 1 degree of freedom.
P_VALUE = "p_value"
#: log2 of the ratio of relative frequencies, target over reference (Hardie's log ratio).
LOG_RATIO = "log_ratio"
#: Which side a key term is typical of: ``target`` or ``reference``.
KEY_FOR = "key_for"
#: Collocations: the word found near the node term.
COLLOCATE = "collocate"
#: Pointwise mutual information (log2 of observed over expected co-occurrence).
PMI = "pmi"
#: Concordance: text before, the match itself, text after.
LEFT, MATCH, RIGHT = "left", "match", "right"
#: Dispersion: word offset of a hit in the corpus read in time order.
POSITION = "position"

#: Occurrences in the target and reference subcorpora (keyness tables).
N_TARGET, N_REFERENCE = "n_target", "n_reference"
#: Relative frequencies per 10,000 terms in each subcorpus (keyness tables).
PER_10K_TARGET, PER_10K_REFERENCE = "per_10k_target", "per_10k_reference"

# --------------------------------------------------------------------------------------------------
# Tokens and terms
# --------------------------------------------------------------------------------------------------

#: A sentence end: ``.``, ``!`` or ``?`` (and closing quotes) then a word that is not lower case;
#: or a paragraph break.
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[^\sa-z])|\n[ \t]*\n\s*")
_NUMBER_WORDS = frozenset({"no", "nos", "art", "vol", "fig", "pt"})
_OPENERS = "(\"'“‘["
_LETTER = re.compile(r"[^\W\d_]")


def default_stop_words() -> frozenset[str]:
    """Return the stopwords removed by default: ``stopwords() | news_stopwords()`` from helpers.text.

    NLTK's English list (179 words: *the, of, and, ...*) plus a short news list (*said, told,
    according, year, Tuesday, ...*) shipped in ``helpers/data/``.
    """
    return stopwords() | news_stopwords()


def _segments(text: str) -> list[str]:
    """Split *text* into sentence-like segments that n-grams must not cross (see module notes)."""
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.start()
        if text[end] == "." and match.group().count("\n") < 2:
            words = text[max(start, end - 24) : end].split()
            word = words[-1].lstrip(_OPENERS).lower() if words else ""
            following = text[match.end() : match.end() + 1]
            if word in NEWS_ABBREVIATIONS or (word in _NUMBER_WORDS and following.isdigit()):
                continue
        pieces.append(text[start:end])
        start = match.end()
    pieces.append(text[start:])
    return pieces


class _TokenFilter:
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


def _stop_set(stop_words: bool | Iterable[str]) -> frozenset[str]:
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
    token_filter = _TokenFilter(_stop_set(stop_words), min_length, drop_numbers)

    if high == 1:

        def unigrams(text: str) -> list[str]:
            tokens = word_tokens(text.lower())
            kept = token_filter.learn(tokens)
            return [token for token in tokens if token in kept]

        return unigrams

    def ngrams(text: str) -> list[str]:
        terms: list[str] = []
        for segment in _segments(text):
            tokens = word_tokens(segment.lower())
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


# --------------------------------------------------------------------------------------------------
# Counting
# --------------------------------------------------------------------------------------------------


def _progress(items: Iterable[Any] | None, *, total: int, enabled: bool, desc: str) -> Any:
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
    texts = articles[TEXT].tolist()
    # Words only: count every token, then drop stopwords etc. once per distinct word (same terms
    # as the analyzer, without a Python-level test per token).
    words_only = ngram_range == (1, 1)
    extract = (lambda text: word_tokens(text.lower())) if words_only else analyze
    vocabulary: dict[str, int] = {}
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    bar = _progress(None, total=len(texts), enabled=progress, desc="Counting terms")
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
        kept = _TokenFilter(_stop_set(stop_words), min_length, drop_numbers).ok
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


def _surfaces(counts: pd.DataFrame) -> pd.Series | None:
    """term -> surface form, when the counts were stemmed."""
    if SURFACE not in counts.columns:
        return None
    return counts.drop_duplicates(TERM).set_index(TERM)[SURFACE]


def _with_surface(table: pd.DataFrame, counts: pd.DataFrame) -> pd.DataFrame:
    surfaces = _surfaces(counts)
    if surfaces is None or TERM not in table.columns:
        return table
    position = table.columns.get_loc(TERM) + 1
    table = table.copy()
    table.insert(position, SURFACE, table[TERM].map(surfaces))
    return table


# --------------------------------------------------------------------------------------------------
# Groups and subcorpora
# --------------------------------------------------------------------------------------------------


def article_groups(
    articles: pd.DataFrame, *, by: str | None = None, period: str | None = None
) -> pd.DataFrame:
    """Assign each article to a group: ``article_id, group``.

    Parameters
    ----------
    articles
        The articles table.
    by
        A column to group by, e.g. ``OUTLET`` or ``AGENCY`` (empty values become ``"(none)"``).
    period
        Group by publication period instead: ``"day"``, ``"week"``, ``"month"``, ``"quarter"``,
        ``"year"`` (or pandas codes ``"D"``, ``"W"``, ``"M"``, ...); the label is the period as
        text (``1987-03``). Undated articles are left out.
    """
    if (by is None) == (period is None):
        raise ValueError("Give exactly one of by= (a column such as OUTLET) or period= ('M', ...).")
    if by is not None:
        labels = articles[by].astype(str).replace("", "(none)")
        return pd.DataFrame({ARTICLE_ID: articles[ARTICLE_ID], GROUP: labels}).reset_index(
            drop=True
        )
    dated = articles[articles[PUBLISHED].notna()]
    labels = dated[PUBLISHED].dt.to_period(PERIODS.get(period, period)).astype(str)
    return pd.DataFrame({ARTICLE_ID: dated[ARTICLE_ID], GROUP: labels}).reset_index(drop=True)


def select_articles(
    articles: pd.DataFrame,
    *,
    start: str | pd.Timestamp | None = None,
    end: str | pd.Timestamp | None = None,
    outlets: Collection[str] | None = None,
    mentions: str | None = None,
) -> list[str]:
    """Return the ids of the articles that match every condition given.

    Parameters
    ----------
    start, end
        Publication dates, inclusive (``"1987-03-01"``); an end date without a time covers that
        whole day. Undated articles never match a date condition.
    outlets
        Keep only these outlets.
    mentions
        Keep articles whose text contains this word or phrase (whole words, any case).
    """
    keep = pd.Series(True, index=articles.index)
    if start is not None:
        keep &= articles[PUBLISHED] >= pd.Timestamp(start)
    if end is not None:
        end_stamp = pd.Timestamp(end)
        if end_stamp == end_stamp.normalize():
            end_stamp += pd.Timedelta(days=1) - pd.Timedelta(1, "ns")
        keep &= articles[PUBLISHED] <= end_stamp
    if outlets is not None:
        keep &= articles[OUTLET].isin(list(outlets))
    if mentions is not None:
        keep &= articles[TEXT].str.contains(_phrase_pattern(mentions), regex=True)
    return articles.loc[keep, ARTICLE_ID].tolist()


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    words = word_tokens(phrase)
    if not words:
        raise ValueError(f"{phrase!r} has no words to search for.")
    body = r"\W+".join(re.escape(word) for word in words)
    # whole words; a possessive 's may follow ("Kremlin" finds "Kremlin's", not "Kremlins")
    return re.compile(
        rf"(?<![\w'’.-]){body}(?=['’]s(?![\w'’-]|\.\w)|(?![\w'’-]|\.\w))", re.IGNORECASE
    )


# --------------------------------------------------------------------------------------------------
# Top terms and TF-IDF
# --------------------------------------------------------------------------------------------------


def _grouped(counts: pd.DataFrame, groups: pd.DataFrame | None) -> pd.DataFrame:
    """Counts summed per (group, term); with no groups, one group for the whole corpus."""
    if groups is None:
        frame = counts[[ARTICLE_ID, TERM, COUNT]].assign(**{GROUP: "all"})
    else:
        frame = counts[[ARTICLE_ID, TERM, COUNT]].merge(groups[[ARTICLE_ID, GROUP]], on=ARTICLE_ID)
    return frame


def top_terms(
    counts: pd.DataFrame, *, groups: pd.DataFrame | None = None, n: int = 20
) -> pd.DataFrame:
    """Return the *n* most frequent terms overall, or in each group.

    Parameters
    ----------
    counts
        Tidy term counts (:func:`term_counts`).
    groups
        ``article_id, group`` from :func:`article_groups` (per outlet, per month, ...); ``None``
        ranks the whole corpus.
    n
        How many terms per group.

    Returns
    -------
    pandas.DataFrame
        ``group`` (only when *groups* is given), ``rank``, ``term`` (and ``surface``), ``n``,
        ``n_articles`` (articles the term occurs in) and ``per_10k`` (per 10,000 terms of the
        group).
    """
    frame = _grouped(counts, groups)
    summary = (
        frame.groupby([GROUP, TERM], sort=False)
        .agg(**{COUNT: (COUNT, "sum"), DOCUMENT_FREQUENCY: (ARTICLE_ID, "size")})
        .reset_index()
    )
    totals = summary.groupby(GROUP)[COUNT].transform("sum")
    summary[PER_10K] = summary[COUNT] / totals * 10_000
    summary = summary.sort_values([GROUP, COUNT, TERM], ascending=[True, False, True])
    summary = summary.groupby(GROUP, sort=False).head(n)
    summary.insert(1, RANK, summary.groupby(GROUP).cumcount() + 1)
    columns = [GROUP, RANK, TERM, COUNT, DOCUMENT_FREQUENCY, PER_10K]
    result = summary[columns if groups is not None else columns[1:]].reset_index(drop=True)
    return _with_surface(result, counts)


def tf_idf(
    counts: pd.DataFrame, *, groups: pd.DataFrame | None = None, top: int = 10
) -> pd.DataFrame:
    """Return each article's (or group's) most distinctive terms by TF-IDF.

    ``tf`` is the term's share of the document's terms; ``idf = ln((1 + N) / (1 + df)) + 1`` where
    ``N`` is the number of documents and ``df`` how many contain the term (scikit-learn's smoothed
    idf, so a corpus of one article still ranks its terms by frequency).

    Parameters
    ----------
    counts
        Tidy term counts.
    groups
        ``article_id, group`` from :func:`article_groups`: each group becomes one document (terms
        distinctive of an outlet or a month). ``None`` scores articles.
    top
        How many terms per document.

    Returns
    -------
    pandas.DataFrame
        ``article_id`` (or ``group``), ``rank``, ``term`` (and ``surface``), ``n``,
        ``n_articles`` (documents containing the term), ``tf_idf``.
    """
    key = ARTICLE_ID if groups is None else GROUP
    if groups is None:
        frame = counts[[ARTICLE_ID, TERM, COUNT]]
    else:
        frame = (
            _grouped(counts, groups).groupby([GROUP, TERM], sort=False)[COUNT].sum().reset_index()
        )
    n_documents = frame[key].nunique()
    document_frequency = frame.groupby(TERM, sort=False)[key].transform("size")
    idf = np.log((1 + n_documents) / (1 + document_frequency)) + 1
    tf = frame[COUNT] / frame.groupby(key, sort=False)[COUNT].transform("sum")
    scored = frame.assign(**{DOCUMENT_FREQUENCY: document_frequency, TF_IDF: tf * idf})
    scored = scored.sort_values([key, TF_IDF, TERM], ascending=[True, False, True])
    scored = scored.groupby(key, sort=False).head(top)
    scored.insert(1, RANK, scored.groupby(key).cumcount() + 1)
    result = scored[[key, RANK, TERM, COUNT, DOCUMENT_FREQUENCY, TF_IDF]].reset_index(drop=True)
    return _with_surface(result, counts)


# --------------------------------------------------------------------------------------------------
# Keyness
# --------------------------------------------------------------------------------------------------


def chi2_sf(statistic: np.ndarray | float) -> np.ndarray:
    """Survival function of chi-square with 1 degree of freedom: ``P(X >= statistic)``.

    For one degree of freedom ``P(X >= x) = erfc(sqrt(x / 2))``; no scipy needed.
    """
    values = np.atleast_1d(np.asarray(statistic, dtype=float))
    return np.fromiter(
        (math.erfc(math.sqrt(max(x, 0.0) / 2)) for x in values), dtype=float, count=len(values)
    )


def log_likelihood(
    a: np.ndarray, b: np.ndarray, c: float | np.ndarray, d: float | np.ndarray
) -> np.ndarray:
    """Log-likelihood G² of the 2x2 table ``[[a, c - a], [b, d - b]]``.

    *a* and *b* are a term's frequencies in the target and reference subcorpora, *c* and *d* the
    subcorpora sizes in terms. ``G² = 2 Σ O ln(O / E)`` over the four cells (``0 ln 0 = 0``),
    with expected counts from the row and column totals (Dunning 1993).
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    c = np.asarray(c, dtype=float)
    d = np.asarray(d, dtype=float)
    total = c + d
    observed = (a, c - a, b, d - b)
    expected = (
        c * (a + b) / total,
        c * (total - a - b) / total,
        d * (a + b) / total,
        d * (total - a - b) / total,
    )
    g2 = np.zeros(np.broadcast(a, b, c, d).shape)
    for o, e in zip(observed, expected, strict=True):
        with np.errstate(divide="ignore", invalid="ignore"):
            g2 = g2 + np.where(o > 0, o * np.log(np.where(o > 0, o, 1) / e), 0.0)
    return 2 * g2


def log_ratio(
    a: np.ndarray, b: np.ndarray, c: float | np.ndarray, d: float | np.ndarray
) -> np.ndarray:
    """Hardie's log ratio: ``log2((a / c) / (b / d))``, a zero frequency counted as 0.5.

    1 means twice as frequent (per term) in the target as in the reference, -1 half as frequent.
    """
    a = np.where(np.asarray(a, dtype=float) == 0, 0.5, a)
    b = np.where(np.asarray(b, dtype=float) == 0, 0.5, b)
    return np.log2((a / np.asarray(c, dtype=float)) / (b / np.asarray(d, dtype=float)))


def _keyness_table(
    target: pd.Series, reference: pd.Series, *, min_count: int, target_size: float | None = None
) -> pd.DataFrame:
    """Score terms given their frequencies in the target and the reference (aligned Series)."""
    a = target.to_numpy(dtype=float)
    b = reference.to_numpy(dtype=float)
    c = float(a.sum()) if target_size is None else target_size
    d = float(b.sum())
    keep = (a + b) >= max(min_count, 1)
    terms = target.index.to_numpy()[keep]
    a, b = a[keep], b[keep]
    if c == 0 or d == 0:
        a, b, terms = a[:0], b[:0], terms[:0]
    g2 = log_likelihood(a, b, c, d) if len(a) else np.zeros(0)
    ratio = log_ratio(a, b, c, d) if len(a) else np.zeros(0)
    over = a / max(c, 1) >= b / max(d, 1)
    table = pd.DataFrame(
        {
            TERM: terms,
            N_TARGET: a.astype(np.int64),
            N_REFERENCE: b.astype(np.int64),
            PER_10K_TARGET: a / max(c, 1) * 10_000,
            PER_10K_REFERENCE: b / max(d, 1) * 10_000,
            G2: g2,
            P_VALUE: chi2_sf(g2),
            LOG_RATIO: ratio,
            KEY_FOR: np.where(over, "target", "reference"),
        }
    )
    return table.sort_values([G2, TERM], ascending=[False, True]).reset_index(drop=True)


class _CountIndex:
    """Counts as integer codes, built once: subcorpus totals are then one ``np.bincount``."""

    def __init__(self, counts: pd.DataFrame) -> None:
        self.article_codes, article_ids = pd.factorize(counts[ARTICLE_ID])
        self.term_codes, terms = pd.factorize(counts[TERM])
        self.articles = pd.Index(article_ids)
        self.terms = pd.Index(terms)
        self.n = counts[COUNT].to_numpy(dtype=float)
        self.totals = np.bincount(self.term_codes, weights=self.n, minlength=len(self.terms))

    def sums(self, ids: Iterable[str]) -> np.ndarray:
        """Term frequencies summed over the articles *ids* (ids without terms are ignored)."""
        positions = self.articles.get_indexer(list(ids))
        chosen = np.zeros(len(self.articles), dtype=bool)
        chosen[positions[positions >= 0]] = True
        rows = chosen[self.article_codes]
        return np.bincount(self.term_codes[rows], weights=self.n[rows], minlength=len(self.terms))

    def keyness(
        self, target: Iterable[str], reference: Iterable[str] | None, *, min_count: int
    ) -> pd.DataFrame:
        """See :func:`keyness`; *reference* None means all other articles."""
        target_ids = set(target)
        a = self.sums(target_ids)
        b = self.totals - a if reference is None else self.sums(set(reference) - target_ids)
        return _keyness_table(
            pd.Series(a, index=self.terms), pd.Series(b, index=self.terms), min_count=min_count
        )


def keyness(
    counts: pd.DataFrame,
    target: Collection[str],
    *,
    reference: Collection[str] | None = None,
    min_count: int = 5,
    top: int | None = None,
) -> pd.DataFrame:
    """Return the terms whose frequency differs most between two sets of articles.

    Parameters
    ----------
    counts
        Tidy term counts.
    target
        Article ids of the subcorpus of interest (see :func:`select_articles`).
    reference
        Article ids to compare with; ``None`` means every article not in *target*. Articles in
        both are counted in the target only.
    min_count
        Skip terms seen fewer times than this in both subcorpora together.
    top
        Keep only the first *top* rows.

    Returns
    -------
    pandas.DataFrame
        One row per term, strongest G² first: ``term`` (and ``surface``), ``n_target``,
        ``n_reference``, ``per_10k_target``, ``per_10k_reference``, ``g2``, ``p_value`` (chi-square,
        1 df), ``log_ratio`` (effect size, log2) and ``key_for`` (``target`` when relatively more
        frequent in the target). With thousands of terms tested, read p-values strictly
        (p < 0.0001, i.e. G² > 15.13) and rank by effect size among the significant terms.
    """
    table = _CountIndex(counts).keyness(target, reference, min_count=min_count)
    if top is not None:
        table = table.head(top)
    return _with_surface(table, counts)


def keyness_by_period(
    counts: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    period: str = "month",
    compare_with: str = "rest",
    min_count: int = 5,
    top: int = 10,
) -> pd.DataFrame:
    """For each period, the terms most distinctive of it ("what was distinctive each month").

    Parameters
    ----------
    counts
        Tidy term counts.
    articles
        The articles table (for publication dates; undated articles are left out).
    period
        ``"day"``, ``"week"``, ``"month"``, ``"quarter"`` or ``"year"`` (see :func:`article_groups`).
    compare_with
        ``"rest"``: each period against all other periods; ``"previous"``: against the period
        before (the first period is then skipped).
    min_count
        Skip terms seen fewer times than this in the two subcorpora together.
    top
        How many terms per period.

    Returns
    -------
    pandas.DataFrame
        ``group`` (the period), ``rank`` and the columns of :func:`keyness`, only terms more
        frequent in the period than in the comparison (``key_for == "target"``).
    """
    if compare_with not in {"rest", "previous"}:
        raise ValueError(f"compare_with={compare_with!r}: use 'rest' or 'previous'.")
    frame = _grouped(counts, article_groups(articles, period=period))
    per_group = frame.groupby([GROUP, TERM])[COUNT].sum()
    overall = per_group.groupby(level=TERM).sum()
    labels = sorted(per_group.index.get_level_values(GROUP).unique())
    tables = []
    for i, label in enumerate(labels):
        a = per_group.xs(label, level=GROUP)
        if compare_with == "rest":
            a, b = a.align(overall, fill_value=0)
            b = b - a
        else:
            if i == 0:
                continue
            a, b = a.align(per_group.xs(labels[i - 1], level=GROUP), fill_value=0)
        table = _keyness_table(a, b, min_count=min_count)
        table = table[table[KEY_FOR] == "target"].head(top)
        table.insert(0, RANK, np.arange(1, len(table) + 1))
        table.insert(0, GROUP, label)
        tables.append(table)
    columns = [
        GROUP,
        RANK,
        *_keyness_table(pd.Series(dtype=float), pd.Series(dtype=float), min_count=1).columns,
    ]
    result = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=columns)
    return _with_surface(result, counts)


# --------------------------------------------------------------------------------------------------
# Collocations
# --------------------------------------------------------------------------------------------------


def collocations(
    articles: pd.DataFrame,
    term: str,
    *,
    window: int = 5,
    min_count: int = 3,
    stop_words: bool | Iterable[str] = True,
    min_length: int = 2,
    top: int | None = 30,
    progress: bool = False,
) -> pd.DataFrame:
    """Return the words that occur near *term* more often than chance.

    Every occurrence of *term* (a word or phrase, any case) opens a window of *window* tokens on
    each side, within its sentence. A collocate's observed count ``O`` is how often it falls in
    those windows; with ``R`` window slots in all, ``f`` its corpus frequency and ``N`` tokens in
    the corpus, the 2x2 table ``O, R - O, f - O, N - R - f + O`` is scored with NLTK's
    :class:`~nltk.metrics.association.BigramAssocMeasures`: PMI ``log2(O N / (R f))`` and
    log-likelihood G² (Evert 2008, surface co-occurrence).

    Parameters
    ----------
    articles
        The articles table.
    term
        The node word or phrase.
    window
        Tokens on each side.
    min_count
        Minimum co-occurrences to report a collocate (PMI overrates rare pairs).
    stop_words, min_length
        Which collocates are reported (stopwords still count as window slots).
    top
        Keep the first *top* rows (by G²); ``None`` keeps all.
    progress
        Show a progress bar.

    Returns
    -------
    pandas.DataFrame
        ``collocate``, ``n`` (co-occurrences), ``n_left``, ``n_right``, ``n_collocate`` (corpus
        frequency), ``pmi``, ``g2``, ``p_value``; strongest G² first.
    """
    node = word_tokens(term.lower())
    if not node:
        raise ValueError(f"{term!r} has no words to look for.")
    size = len(node)
    token_filter = _TokenFilter(_stop_set(stop_words), min_length, True)
    frequency: Counter[str] = Counter()
    left: Counter[str] = Counter()
    right: Counter[str] = Counter()
    slots = 0
    texts = articles[TEXT].tolist()
    first = node[0]
    for text in _progress(texts, total=len(texts), enabled=progress, desc="Collocations"):
        has_node = first in text.lower()
        for segment in _segments(text) if has_node else [text]:
            tokens = word_tokens(segment.lower())
            frequency.update(tokens)
            if not has_node or first not in tokens:
                continue
            starts = [
                i
                for i, token in enumerate(tokens)
                if token == first and tokens[i : i + size] == node
            ]
            # Overlapping windows count each token once, so no count exceeds its frequency.
            inside = {j for i in starts for j in range(i, i + size)}
            side: dict[int, Counter[str]] = {}
            for i in starts:
                for j in range(max(0, i - window), i):
                    side.setdefault(j, left)
                for j in range(i + size, min(len(tokens), i + size + window)):
                    side.setdefault(j, right)
            for j, counter in side.items():
                if j not in inside:
                    counter[tokens[j]] += 1
                    slots += 1
    total = sum(frequency.values())
    together = left + right
    rows = []
    for word, observed in together.items():
        if observed < min_count or not token_filter.ok(word) or word in node:
            continue
        if observed * total <= slots * frequency[word]:  # not attracted: observed <= expected
            continue
        marginals = (observed, (slots, frequency[word]), total)
        rows.append(
            (
                word,
                observed,
                left[word],
                right[word],
                frequency[word],
                BigramAssocMeasures.pmi(observed, marginals[1], total),
                BigramAssocMeasures.likelihood_ratio(observed, marginals[1], total),
            )
        )
    table = pd.DataFrame(
        rows, columns=[COLLOCATE, COUNT, "n_left", "n_right", "n_collocate", PMI, G2]
    )
    table[P_VALUE] = chi2_sf(table[G2].to_numpy())
    table = table.sort_values([G2, COLLOCATE], ascending=[False, True]).reset_index(drop=True)
    return table if top is None else table.head(top)


# --------------------------------------------------------------------------------------------------
# Concordance and dispersion
# --------------------------------------------------------------------------------------------------


def _search_pattern(query: str, *, regex: bool) -> re.Pattern[str]:
    if not regex:
        return _phrase_pattern(query)
    try:
        return re.compile(query, re.IGNORECASE)
    except re.error as error:
        raise ValueError(f"{query!r} is not a valid regular expression: {error}") from error


def concordance(
    articles: pd.DataFrame,
    query: str,
    *,
    regex: bool = False,
    width: int = 60,
    sort: str | None = None,
    limit: int | None = None,
) -> pd.DataFrame:
    """Key word in context: every match of *query* with the text around it.

    Parameters
    ----------
    articles
        The articles table.
    query
        A word or phrase (whole words, any case, possessive ``'s`` allowed), or a regular
        expression with ``regex=True``
        (case-insensitive, e.g. ``r"protest\\w*"``).
    width
        Characters of context on each side (cut at a word boundary).
    sort
        ``None`` keeps corpus order (articles by date); ``"left"`` sorts by the words just before
        the match (nearest first), ``"right"`` by the words just after.
    limit
        Stop after this many matches.

    Returns
    -------
    pandas.DataFrame
        ``article_id``, ``published``, ``left``, ``match``, ``right``, ``start``, ``end``
        (offsets of the match in the article's ``text``). Show it with :func:`style_concordance`.
    """
    if sort not in {None, "left", "right"}:
        raise ValueError(f"sort={sort!r}: use None, 'left' or 'right'.")
    pattern = _search_pattern(query, regex=regex)
    # A cheap pre-filter for words and phrases: skip articles without the first word at all.
    needle = "" if regex else word_tokens(query.lower())[0]
    ordered = articles[[ARTICLE_ID, PUBLISHED, TEXT]].sort_values(
        PUBLISHED, kind="stable", na_position="last"
    )
    rows = []
    for article_id, published, text in zip(
        ordered[ARTICLE_ID], ordered[PUBLISHED], ordered[TEXT], strict=True
    ):
        if needle and needle not in text.lower():
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


_SPACE = re.compile(r"\s+")
_POSSESSIVE = re.compile(r"['’]s$")


def _context(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with whitespace flattened and a word cut by the window dropped."""
    snippet = _SPACE.sub(" ", text[start:end])
    if start > 0 and not text[start - 1].isspace():
        snippet = snippet[snippet.index(" ") :] if " " in snippet else ""
    if end < len(text) and not text[end].isspace():
        snippet = snippet[: snippet.rindex(" ") + 1] if " " in snippet else ""
    return snippet


def style_concordance(table: pd.DataFrame) -> Any:
    """Return a pandas ``Styler`` that shows a concordance aligned on the match (KWIC layout)."""
    return (
        table.style.set_properties(subset=[LEFT], **{"text-align": "right"})
        .set_properties(subset=[MATCH], **{"font-weight": "bold", "text-align": "center"})
        .set_properties(subset=[RIGHT], **{"text-align": "left"})
        .format({PUBLISHED: lambda value: "" if pd.isna(value) else f"{value:%Y-%m-%d}"})
        .hide(axis="index")
    )


def dispersion(articles: pd.DataFrame, terms: Sequence[str]) -> pd.DataFrame:
    """Where each term occurs in the corpus read in time order (for a dispersion plot).

    Articles are ordered by publication date (undated last) and their tokens laid end to end;
    each occurrence of a term (word or phrase, any case, a possessive ``'s`` ignored) is one row.

    Returns
    -------
    pandas.DataFrame
        ``term``, ``article_id``, ``published``, ``position`` (token offset from the start of the
        corpus) and ``relative`` (position / corpus length, 0 to 1). ``attrs["n_tokens"]`` holds the
        corpus length in tokens, ``attrs["date_ticks"]`` (position, date) pairs for an axis.
    """
    nodes = {term: word_tokens(term.lower()) for term in terms}
    ordered = articles[[ARTICLE_ID, PUBLISHED, TEXT]].sort_values(
        PUBLISHED, kind="stable", na_position="last"
    )
    rows = []
    offset = 0
    starts = []
    for article_id, published, text in zip(
        ordered[ARTICLE_ID], ordered[PUBLISHED], ordered[TEXT], strict=True
    ):
        starts.append(offset)
        tokens = [_POSSESSIVE.sub("", token) for token in word_tokens(text.lower())]
        for term, node in nodes.items():
            if not node or node[0] not in tokens:
                continue
            size = len(node)
            for i, token in enumerate(tokens):
                if token == node[0] and tokens[i : i + size] == node:
                    rows.append((term, article_id, published, offset + i))
        offset += len(tokens)
    table = pd.DataFrame(rows, columns=[TERM, ARTICLE_ID, PUBLISHED, POSITION])
    table[PUBLISHED] = pd.to_datetime(table[PUBLISHED])
    table["relative"] = table[POSITION] / max(offset, 1)
    table.attrs["n_tokens"] = offset
    table.attrs["terms"] = list(terms)
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


# --------------------------------------------------------------------------------------------------
# Interactive exploration (JupyterLab controls; ipywidgets and itables are imported only here)
# --------------------------------------------------------------------------------------------------

#: Most rows an explorer puts on screen (paginated); the full table stays in ``explorer.result``.
SHOWN_ROWS = 500


def _show_table(table: pd.DataFrame) -> None:
    """Show a table paginated and searchable (itables), never all rows at once."""
    from itables import show

    show(
        table.head(SHOWN_ROWS),
        pageLength=10,
        lengthMenu=[10, 25, 50, 100],
        maxBytes=2**20,
        classes="display compact",
    )


class _Explorer:
    """Shared plumbing: a status line, an output area, and the table on screen."""

    def __init__(self) -> None:
        import ipywidgets as widgets

        self.status = widgets.HTML()
        self.output = widgets.Output()
        self.result = pd.DataFrame()
        self.shown = pd.DataFrame()
        self.widget: Any = None

    def _display(self, result: pd.DataFrame, message: str) -> None:
        from IPython.display import clear_output

        self.result = result
        self.shown = result.head(SHOWN_ROWS)
        more = f" (the first {SHOWN_ROWS:,} are listed)" if len(result) > SHOWN_ROWS else ""
        self.status.value = f"{message}{more}"
        with self.output:
            clear_output(wait=True)
            if len(self.shown):
                _show_table(self.shown)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


class ConcordanceExplorer(_Explorer):
    """A search box (term or regex), context width and sort side over a paginated KWIC table.

    Build it with :func:`concordance_explorer`. Controls: ``query``, ``regex``, ``width``,
    ``sort``; ``shown`` is the table on screen and ``result`` all matches (up to ``limit``).
    Changing a control (by hand or in code) redraws through :func:`concordance`.
    """

    def __init__(self, articles: pd.DataFrame, *, query: str, limit: int) -> None:
        import ipywidgets as widgets

        super().__init__()
        self._articles = articles[[ARTICLE_ID, PUBLISHED, TEXT]]
        self._limit = limit
        self.query = widgets.Text(
            value=query, description="Search", continuous_update=False, placeholder="word or regex"
        )
        self.regex = widgets.Checkbox(value=False, description="regular expression", indent=False)
        self.width = widgets.IntSlider(
            value=60, min=20, max=200, step=10, description="Context", continuous_update=False
        )
        self.sort = widgets.Dropdown(
            options=[
                ("corpus order (by date)", None),
                ("left context", "left"),
                ("right context", "right"),
            ],
            value=None,
            description="Sort by",
        )
        self.widget = widgets.VBox(
            [
                widgets.HBox([self.query, self.regex]),
                widgets.HBox([self.width, self.sort]),
                self.status,
                self.output,
            ]
        )
        for control in (self.query, self.regex, self.width, self.sort):
            control.observe(self._redraw, names="value")
        self._redraw()

    def _redraw(self, _change: dict[str, Any] | None = None) -> None:
        query = self.query.value.strip()
        if not query:
            self._display(pd.DataFrame(), "Type a word, a phrase or a regular expression.")
            return
        try:
            table = concordance(
                self._articles,
                query,
                regex=self.regex.value,
                width=self.width.value,
                sort=self.sort.value,
                limit=self._limit,
            )
        except ValueError as error:
            self._display(pd.DataFrame(), f"<b>{error}</b>")
            return
        capped = f" (stopped at {self._limit:,})" if len(table) >= self._limit else ""
        self._display(
            table.drop(columns=[START, END]),
            f"<b>{len(table):,}</b> matches for <code>{query}</code> in "
            f"{table[ARTICLE_ID].nunique():,} articles{capped}",
        )


def concordance_explorer(
    articles: pd.DataFrame, *, query: str = "", limit: int = 5000
) -> ConcordanceExplorer:
    """Build the concordance search box for the notebook's Explore section.

    *limit* caps the matches collected (in date order) so a very common word stays quick.
    """
    return ConcordanceExplorer(articles, query=query, limit=limit)


class KeynessExplorer(_Explorer):
    """Pick two subcorpora (date ranges, or outlets) and list their key terms.

    Build it with :func:`keyness_explorer`. Controls: ``by`` (``"dates"`` or ``"outlets"``),
    ``target_start``/``target_end``/``reference_start``/``reference_end`` (date pickers; an
    empty reference range means all other articles), ``target_outlets``/``reference_outlets``
    (empty reference = all other outlets) and ``min_count``. The term counts are indexed once;
    each change only sums the two subcorpora and scores them (:func:`keyness`).
    """

    def __init__(self, counts: pd.DataFrame, articles: pd.DataFrame) -> None:
        import ipywidgets as widgets

        super().__init__()
        self._articles = articles[[ARTICLE_ID, PUBLISHED, OUTLET, TEXT]]
        self._index = _CountIndex(counts)
        self._surfaces = _surfaces(counts)
        dates = articles[PUBLISHED].dropna()
        first = dates.min().date() if len(dates) else None
        last = dates.max().date() if len(dates) else None
        middle = (dates.min() + (dates.max() - dates.min()) / 2).date() if len(dates) else None
        outlets = sorted(articles[OUTLET].replace("", "(none)").unique())
        self.by = widgets.ToggleButtons(
            options=["dates", "outlets"], value="dates", description="Compare"
        )
        self.target_start = widgets.DatePicker(value=first, description="Target from")
        self.target_end = widgets.DatePicker(value=middle, description="to")
        self.reference_start = widgets.DatePicker(value=None, description="Reference from")
        self.reference_end = widgets.DatePicker(value=None, description="to")
        self.target_outlets = widgets.SelectMultiple(
            options=outlets,
            value=tuple(outlets[:1]),
            description="Target",
            rows=min(6, max(len(outlets), 1)),
        )
        self.reference_outlets = widgets.SelectMultiple(
            options=outlets, value=(), description="Reference", rows=min(6, max(len(outlets), 1))
        )
        self.min_count = widgets.BoundedIntText(
            value=5, min=1, max=10_000, description="Min. count"
        )
        note = widgets.HTML(
            f"Dated articles: {first} to {last}. Leave the reference empty to compare with all "
            "other articles."
        )
        self.widget = widgets.VBox(
            [
                widgets.HBox([self.by, self.min_count]),
                widgets.HBox([self.target_start, self.target_end]),
                widgets.HBox([self.reference_start, self.reference_end]),
                widgets.HBox([self.target_outlets, self.reference_outlets]),
                note,
                self.status,
                self.output,
            ]
        )
        for control in (
            self.by,
            self.target_start,
            self.target_end,
            self.reference_start,
            self.reference_end,
            self.target_outlets,
            self.reference_outlets,
            self.min_count,
        ):
            control.observe(self._redraw, names="value")
        self._redraw()

    def subcorpora(self) -> tuple[list[str], list[str] | None]:
        """The article ids the controls select: (target, reference or None for "the rest")."""
        if self.by.value == "outlets":
            outlets = [self._outlet(name) for name in self.target_outlets.value]
            target = select_articles(self._articles, outlets=outlets)
            chosen = [self._outlet(name) for name in self.reference_outlets.value]
            reference = select_articles(self._articles, outlets=chosen) if chosen else None
            return target, reference
        target = select_articles(
            self._articles, start=self.target_start.value, end=self.target_end.value
        )
        if self.reference_start.value is None and self.reference_end.value is None:
            return target, None
        reference = select_articles(
            self._articles, start=self.reference_start.value, end=self.reference_end.value
        )
        return target, reference

    @staticmethod
    def _outlet(name: str) -> str:
        return "" if name == "(none)" else name

    def _redraw(self, _change: dict[str, Any] | None = None) -> None:
        target, reference = self.subcorpora()
        n_reference = (
            len(self._articles) - len(set(target))
            if reference is None
            else len(set(reference) - set(target))
        )
        if not target or n_reference == 0:
            self._display(
                pd.DataFrame(),
                f"Target: {len(target):,} articles, reference: {n_reference:,}: "
                "pick two non-empty subcorpora.",
            )
            return
        table = self._index.keyness(target, reference, min_count=self.min_count.value)
        if self._surfaces is not None:
            table.insert(1, SURFACE, table[TERM].map(self._surfaces))
        self._display(
            table,
            f"Target: <b>{len(set(target)):,}</b> articles, reference: <b>{n_reference:,}</b>; "
            f"{len(table):,} terms seen at least {self.min_count.value} times, strongest G² first",
        )


def keyness_explorer(counts: pd.DataFrame, articles: pd.DataFrame) -> KeynessExplorer:
    """Build the keyness picker for the notebook's Explore section (see :class:`KeynessExplorer`).

    By default the target is the first half of the dated period and the reference the rest.
    """
    return KeynessExplorer(counts, articles)
