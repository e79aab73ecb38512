"""Sentiment of news text with VADER, sentence by sentence, validated against human ratings.

* Scores come from the reference implementation, ``vaderSentiment`` 3.3.2
  (:class:`vaderSentiment.vaderSentiment.SentimentIntensityAnalyzer`); its lexicon ships inside the
  wheel, so nothing is downloaded. :func:`score_texts` returns exactly what
  ``SentimentIntensityAnalyzer().polarity_scores`` returns for every text; it is only faster
  (duplicate sentences scored once, sentences without any lexicon word short-cut to the neutral
  result the reference gives them, the emoji pass skipped for text without emoji, both cores used).
* Sentences are the unit. A whole article scored at once saturates near ±1 (the compound is a
  normalised *sum*, so long texts pile up), so an article's score is the **mean sentence compound**
  plus the **share of positive and negative sentences** (compound ≥ 0.05 / ≤ −0.05, the neutral band
  of the VADER paper; not ±0.5).
* Uncertainty: bootstrap intervals (seeded, reproducible). Comparisons of sentences resample whole
  articles (sentences of one article are not independent).

Sections: scoring, article scores, over time and by group, target terms and spans (quotes), close
reading, validation against the VADER paper's NYT editorial ratings, the NLTK port, and the
interactive explorer (ipywidgets, imported lazily).
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
    SentiText,
)

from helpers.corpus import (
    AGENCY,
    ARTICLE_ID,
    DUPLICATE_OF,
    END,
    N_ARTICLES,
    OUTLET,
    PERIODS,
    PUBLISHED,
    SENTENCE,
    SENTENCE_INDEX,
    START,
    TEXT,
    TITLE,
    period_start,
)
from helpers.parallel import process_pool, worker_count
from helpers.text import parse_terms, terms_pattern

# --------------------------------------------------------------------------------------------------
# Column names of the tables this module returns
# --------------------------------------------------------------------------------------------------

#: VADER proportions of negative, neutral and positive text (they sum to 1, or all are 0 for "").
NEG = "neg"
NEU = "neu"
POS = "pos"
#: VADER compound score in [-1, 1]: the normalised, rule-adjusted sum of word valences.
COMPOUND = "compound"
SCORE_COLUMNS: tuple[str, ...] = (NEG, NEU, POS, COMPOUND)

#: Number of sentences behind a row.
N_SENTENCES = "n_sentences"
#: Article score: mean compound of the article's sentences.
MEAN_COMPOUND = "mean_compound"
#: Share (0-1) of sentences with compound ≥ 0.05 / ≤ −0.05.
SHARE_POSITIVE = "share_positive"
SHARE_NEGATIVE = "share_negative"
#: Compound of the whole article text scored at once (shown only to explain saturation).
WHOLE_COMPOUND = "whole_compound"
#: Start of the period (``datetime64``): the day, the Monday of the week, the first of the month.
PERIOD = "period"
#: The label a row summarises (an outlet, "mentions Lukashenko", "quote", ...).
GROUP = "group"
#: Estimate and bootstrap interval bounds.
MEAN = "mean"
CI_LOW = "ci_low"
CI_HIGH = "ci_high"
#: What was averaged (``mean_compound``, ``share_positive`` ...).
MEASURE = "measure"
#: Close reading: ``most positive`` or ``most negative``; rank within the side (1 = most extreme).
SIDE = "side"
RANK = "rank"
#: Span join: ``quote`` or ``narration`` (see :func:`split_by_spans`).
KIND = "kind"
#: Validation: mean human rating, gold and predicted class (-1, 0, 1), metric tables.
RATING = "rating"
GOLD = "gold"
PREDICTED = "predicted"
METRIC = "metric"
VALUE = "value"
PAPER = "paper"
#: NLTK comparison: compound from the reference and from NLTK's port.
REFERENCE = "reference"
NLTK = "nltk"
DIFFERENCE = "difference"

#: Neutral band of the VADER paper: compound ≥ 0.05 is positive, ≤ −0.05 negative.
NEUTRAL_BAND = 0.05
#: Label for rows without an outlet/agency.
UNKNOWN = "(unknown)"

#: VADER paper (Hutto & Gilbert 2014), Table 4, NYT editorials, VADER row.
NYT_PAPER: dict[str, float] = {"r": 0.492, "precision": 0.69, "recall": 0.49, "f1": 0.55}
_NYT_GROUND_TRUTH = "nytEditorialSnippets_GroundTruth.txt"
_CLASS_NAMES = {-1: "negative", 0: "neutral", 1: "positive"}

# --------------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------------

_EMPTY: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
_NEUTRAL: tuple[float, float, float, float] = (0.0, 1.0, 0.0, 0.0)
_PUNCTUATION = string.punctuation
_PARALLEL_FROM = 4000  # unique texts from which the work is spread over processes
_CHUNK = 2000


@cache
def analyzer() -> SentimentIntensityAnalyzer:
    """The reference VADER analyzer (``vaderSentiment`` 3.3.2, lexicon from the wheel), built once."""
    return SentimentIntensityAnalyzer()


@cache
def _emoji_characters() -> frozenset[str]:
    return frozenset(analyzer().emojis)


_NEGATE = frozenset(NEGATE)


def _negated(word: str) -> bool:
    """``vaderSentiment.negated([word])`` for one lower-case word."""
    return word in _NEGATE or "n't" in word


class _WindowedAnalyzer(SentimentIntensityAnalyzer):
    """The reference analyzer with two rule checks that lower-case only the words they read.

    The reference ``_negation_check`` and ``_special_idioms_check`` lower-case the *whole*
    sentence on every call (three times per lexicon word) but only read the words from ``i - 3``
    to ``i + 2``; these versions read the same words and apply the same rules in the same order,
    so the scores are identical (checked against the reference by the tests and the benchmark).
    """

    @staticmethod
    def _negation_check(valence: float, words: list[str], start_i: int, i: int) -> float:
        def lower(k: int) -> str:
            return str(words[k]).lower()

        if start_i == 0 and _negated(lower(i - 1)):
            valence = valence * N_SCALAR
        if start_i == 1:
            if lower(i - 2) == "never" and (lower(i - 1) == "so" or lower(i - 1) == "this"):
                valence = valence * 1.25
            elif lower(i - 2) == "without" and lower(i - 1) == "doubt":
                pass  # "without doubt" keeps the valence
            elif _negated(lower(i - 2)):
                valence = valence * N_SCALAR
        if start_i == 2:
            if (lower(i - 3) == "never" and (lower(i - 2) == "so" or lower(i - 2) == "this")) or (
                lower(i - 1) == "so" or lower(i - 1) == "this"
            ):
                valence = valence * 1.25
            elif lower(i - 3) == "without" and (lower(i - 2) == "doubt" or lower(i - 1) == "doubt"):
                pass  # "without (any) doubt" keeps the valence
            elif _negated(lower(i - 3)):
                valence = valence * N_SCALAR
        return valence

    @staticmethod
    def _special_idioms_check(valence: float, words: list[str], i: int) -> float:
        # Called by the reference only for i >= 3 (start_i == 2 and i > start_i).
        w3, w2, w1, w0 = (str(words[k]).lower() for k in (i - 3, i - 2, i - 1, i))
        onezero = f"{w1} {w0}"
        twoonezero = f"{w2} {w1} {w0}"
        twoone = f"{w2} {w1}"
        threetwoone = f"{w3} {w2} {w1}"
        threetwo = f"{w3} {w2}"
        for sequence in (onezero, twoonezero, twoone, threetwoone, threetwo):
            if sequence in SPECIAL_CASES:
                valence = SPECIAL_CASES[sequence]
                break
        if len(words) - 1 > i:
            zeroone = f"{w0} {str(words[i + 1]).lower()}"
            if zeroone in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroone]
        if len(words) - 1 > i + 1:
            zeroonetwo = f"{w0} {str(words[i + 1]).lower()} {str(words[i + 2]).lower()}"
            if zeroonetwo in SPECIAL_CASES:
                valence = SPECIAL_CASES[zeroonetwo]
        for n_gram in (threetwoone, threetwo, twoone):
            if n_gram in BOOSTER_DICT:
                valence = valence + BOOSTER_DICT[n_gram]
        return valence


@cache
def _fast_analyzer() -> _WindowedAnalyzer:
    return _WindowedAnalyzer()


def _score_one(text: str) -> tuple[float, float, float, float]:
    """``polarity_scores(text)`` of the reference analyzer as ``(neg, neu, pos, compound)``.

    Exact short cuts: (1) text without emoji skips the reference's character-by-character
    emoji pass (it would return the text unchanged); (2) when no token, as the reference
    tokenises it, is a lexicon word, every word valence is 0 and the reference returns
    ``neu = 1`` (or all zeros for blank text) whatever else the text holds; (3) the negation and
    idiom checks lower-case only the words they read (:class:`_WindowedAnalyzer`).
    """
    vader = _fast_analyzer()
    if not _emoji_characters().isdisjoint(text):
        scores = vader.polarity_scores(text)
        return scores[NEG], scores[NEU], scores[POS], scores[COMPOUND]
    text = text.strip()
    words = text.split()
    if not words:
        return _EMPTY
    lexicon = vader.lexicon
    if not any(
        word.lower() in lexicon or word.strip(_PUNCTUATION).lower() in lexicon for word in words
    ):
        return _NEUTRAL
    # From here on: the body of SentimentIntensityAnalyzer.polarity_scores after its emoji pass.
    sentitext = SentiText(text)
    sentiments: list[float] = []
    tokens = sentitext.words_and_emoticons
    for i, item in enumerate(tokens):
        lower = item.lower()
        if lower in BOOSTER_DICT:
            sentiments.append(0)
            continue
        if i < len(tokens) - 1 and lower == "kind" and tokens[i + 1].lower() == "of":
            sentiments.append(0)
            continue
        sentiments = vader.sentiment_valence(0, sentitext, item, i, sentiments)
    sentiments = vader._but_check(tokens, sentiments)
    scores = vader.score_valence(sentiments, text)
    return scores[NEG], scores[NEU], scores[POS], scores[COMPOUND]


def _score_chunk(texts: Sequence[str]) -> list[tuple[float, float, float, float]]:
    return [_score_one(text) for text in texts]


def score_texts(
    texts: Iterable[str], *, workers: int | None = None, progress: bool = False
) -> pd.DataFrame:
    """VADER scores for each text, exactly as the reference ``polarity_scores`` gives them.

    Parameters
    ----------
    texts
        Sentences (or any strings). A Series keeps its index.
    workers
        Processes to use; default: every core, for more than a few thousand distinct texts.
        ``1`` scores in this process.
    progress
        Show a progress bar.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`SCORE_COLUMNS` (``neg, neu, pos, compound``), one row per text.
    """
    index = texts.index if isinstance(texts, pd.Series) else None
    items = [str(text) for text in texts]
    unique = list(dict.fromkeys(items))
    chunks = [unique[k : k + _CHUNK] for k in range(0, len(unique), _CHUNK)]
    n_workers = min(worker_count(), len(chunks)) if workers is None else workers
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(unique), desc="Scoring sentences", unit="sentence")
    results: list[tuple[float, float, float, float]] = []
    try:
        if n_workers > 1 and len(unique) >= _PARALLEL_FROM:
            _fast_analyzer()  # built once here; forked workers inherit it, others build their own
            with process_pool(n_workers) as pool:
                for chunk, scored in zip(chunks, pool.map(_score_chunk, chunks), strict=True):
                    results.extend(scored)
                    if bar is not None:
                        bar.update(len(chunk))
        else:
            for chunk in chunks:
                results.extend(_score_chunk(chunk))
                if bar is not None:
                    bar.update(len(chunk))
    finally:
        if bar is not None:
            bar.close()
    lookup = dict(zip(unique, results, strict=True))
    values = np.array([lookup[text] for text in items], dtype="float64").reshape(-1, 4)
    return pd.DataFrame(values, columns=list(SCORE_COLUMNS), index=index)


def score_sentences(
    sentence_table: pd.DataFrame, *, workers: int | None = None, progress: bool = False
) -> pd.DataFrame:
    """Add VADER scores to a sentence table (from :func:`helpers.corpus.sentences`).

    Any table with a ``sentence`` column works (e.g. the segments of :func:`split_by_spans`).
    Returns a copy with the columns :data:`SCORE_COLUMNS` added.
    """
    scores = score_texts(
        sentence_table[SENTENCE].reset_index(drop=True), workers=workers, progress=progress
    )
    scored = sentence_table.reset_index(drop=True).copy()
    for column in SCORE_COLUMNS:
        scored[column] = scores[column].to_numpy()
    return scored


# --------------------------------------------------------------------------------------------------
# Article scores
# --------------------------------------------------------------------------------------------------

_ARTICLE_INFO = (ARTICLE_ID, TITLE, PUBLISHED, OUTLET, AGENCY, DUPLICATE_OF)


def article_sentiment(
    scored: pd.DataFrame,
    *,
    articles: pd.DataFrame | None = None,
    threshold: float = NEUTRAL_BAND,
) -> pd.DataFrame:
    """One row per article: mean sentence compound and shares of positive/negative sentences.

    Parameters
    ----------
    scored
        Scored sentence table (:func:`score_sentences`).
    articles
        The articles table; when given, its title, date, outlet, agency and duplicate mark are
        added, and articles without sentences appear with ``n_sentences = 0`` and empty scores.
    threshold
        Neutral band: compound ≥ threshold is positive, ≤ −threshold negative.

    Returns
    -------
    pandas.DataFrame
        ``article_id, n_sentences, mean_compound, share_positive, share_negative`` (+ article info).
    """
    compound = scored[COMPOUND]
    frame = pd.DataFrame(
        {
            ARTICLE_ID: scored[ARTICLE_ID].to_numpy(),
            COMPOUND: compound.to_numpy(),
            SHARE_POSITIVE: (compound >= threshold).to_numpy(dtype="float64"),
            SHARE_NEGATIVE: (compound <= -threshold).to_numpy(dtype="float64"),
        }
    )
    grouped = frame.groupby(ARTICLE_ID, sort=False)
    table = pd.DataFrame(
        {
            N_SENTENCES: grouped[COMPOUND].size(),
            MEAN_COMPOUND: grouped[COMPOUND].mean(),
            SHARE_POSITIVE: grouped[SHARE_POSITIVE].mean(),
            SHARE_NEGATIVE: grouped[SHARE_NEGATIVE].mean(),
        }
    ).reset_index()
    if articles is None:
        return table
    info = articles[[c for c in _ARTICLE_INFO if c in articles.columns]]
    merged = info.merge(table, on=ARTICLE_ID, how="left")
    merged[N_SENTENCES] = merged[N_SENTENCES].fillna(0).astype("int64")
    return merged


def whole_article_scores(
    articles: pd.DataFrame,
    article_table: pd.DataFrame,
    *,
    max_articles: int | None = 1000,
    seed: int = 0,
    workers: int | None = None,
) -> pd.DataFrame:
    """Score whole article texts at once, next to the mean sentence compound (saturation check).

    Parameters
    ----------
    articles
        The articles table (for ``text``).
    article_table
        :func:`article_sentiment` output.
    max_articles
        Score a seeded random sample of at most this many articles (``None``: all).
    seed
        Seed of the sample.
    workers
        See :func:`score_texts`.

    Returns
    -------
    pandas.DataFrame
        ``article_id, whole_compound, mean_compound`` for the (sampled) articles with sentences.
    """
    table = article_table[article_table[N_SENTENCES] > 0][[ARTICLE_ID, MEAN_COMPOUND]]
    if max_articles is not None and len(table) > max_articles:
        table = table.sample(n=max_articles, random_state=seed)
    texts = table[[ARTICLE_ID]].merge(articles[[ARTICLE_ID, TEXT]], on=ARTICLE_ID, how="left")
    whole = score_texts(texts[TEXT].fillna(""), workers=workers)[COMPOUND].to_numpy()
    return pd.DataFrame(
        {
            ARTICLE_ID: table[ARTICLE_ID].to_numpy(),
            WHOLE_COMPOUND: whole,
            MEAN_COMPOUND: table[MEAN_COMPOUND].to_numpy(),
        }
    )


def saturation_summary(whole_scores: pd.DataFrame, *, cutoff: float = 0.95) -> pd.DataFrame:
    """How often each article measure sits at the extremes (``|score| ≥ cutoff``).

    Takes :func:`whole_article_scores` output; returns one row per measure with ``n_articles``,
    ``share_extreme`` (0-1), ``mean_abs`` and ``std``.
    """
    rows = []
    for measure in (WHOLE_COMPOUND, MEAN_COMPOUND):
        values = whole_scores[measure].to_numpy(dtype="float64")
        rows.append(
            {
                MEASURE: measure,
                N_ARTICLES: len(values),
                "share_extreme": float(np.mean(np.abs(values) >= cutoff))
                if len(values)
                else np.nan,
                "mean_abs": float(np.mean(np.abs(values))) if len(values) else np.nan,
                "std": float(np.std(values)) if len(values) else np.nan,
            }
        )
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------------------------------
# Over time and by group (bootstrap intervals)
# --------------------------------------------------------------------------------------------------


def _bootstrap_interval(
    sums: np.ndarray,
    counts: np.ndarray,
    *,
    rng: np.random.Generator,
    n_boot: int,
    confidence: float,
) -> tuple[float, float]:
    """Percentile interval of ``sum(sums)/sum(counts)`` resampling the units (articles)."""
    k = len(sums)
    if k == 0 or n_boot <= 0:
        return math.nan, math.nan
    if k == 1:
        value = float(sums[0] / counts[0])
        return value, value
    batch = max(1, min(n_boot, 2_000_000 // k))
    estimates = []
    for first in range(0, n_boot, batch):
        size = min(batch, n_boot - first)
        picks = rng.integers(0, k, size=(size, k))
        estimates.append(sums[picks].sum(axis=1) / counts[picks].sum(axis=1))
    values = np.concatenate(estimates)
    alpha = (1 - confidence) / 2
    low, high = np.quantile(values, [alpha, 1 - alpha])
    return float(low), float(high)


def _without_duplicates(table: pd.DataFrame, include_duplicates: bool) -> pd.DataFrame:
    if include_duplicates or DUPLICATE_OF not in table.columns:
        return table
    return table[table[DUPLICATE_OF].fillna("") == ""]


def _group_summary(
    table: pd.DataFrame,
    key: str,
    *,
    value: str,
    cluster: str,
    n_boot: int,
    seed: int,
    confidence: float,
    threshold: float | None,
) -> pd.DataFrame:
    """Per value of *key*: counts, mean of *value* and a bootstrap interval resampling *cluster*."""
    rng = np.random.default_rng(seed)
    rows = []
    for label, group in table.groupby(key, sort=True):
        per_cluster = group.groupby(cluster, sort=False)[value].agg(["sum", "count"])
        sums = per_cluster["sum"].to_numpy(dtype="float64")
        counts = per_cluster["count"].to_numpy(dtype="float64")
        low, high = _bootstrap_interval(sums, counts, rng=rng, n_boot=n_boot, confidence=confidence)
        row: dict[str, Any] = {
            key: label,
            N_SENTENCES: len(group),
            N_ARTICLES: len(per_cluster),
            MEAN: float(sums.sum() / counts.sum()),
            CI_LOW: low,
            CI_HIGH: high,
        }
        if threshold is not None:
            row[SHARE_POSITIVE] = float((group[value] >= threshold).mean())
            row[SHARE_NEGATIVE] = float((group[value] <= -threshold).mean())
        rows.append(row)
    columns = [key, N_SENTENCES, N_ARTICLES, MEAN, CI_LOW, CI_HIGH]
    if threshold is not None:
        columns += [SHARE_POSITIVE, SHARE_NEGATIVE]
    return pd.DataFrame(rows, columns=columns)


def sentiment_over_time(
    article_table: pd.DataFrame,
    *,
    period: str = "month",
    measure: str = MEAN_COMPOUND,
    n_boot: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
    include_duplicates: bool = False,
) -> pd.DataFrame:
    """Mean article score per period, with a bootstrap interval and the articles behind it.

    Parameters
    ----------
    article_table
        :func:`article_sentiment` output made with ``articles=`` (needs ``published``).
    period
        ``day``, ``week``, ``month``, ``quarter`` or ``year``.
    measure
        Article column to average: ``mean_compound``, ``share_positive`` or ``share_negative``.
    n_boot, seed, confidence
        Bootstrap resamples of the period's articles, their seed, and the interval's coverage.
    include_duplicates
        Count articles marked in ``duplicate_of`` too (wire copies would count twice).

    Returns
    -------
    pandas.DataFrame
        ``period, n_articles, mean, ci_low, ci_high, measure``: one row per period from the first
        to the last dated article; periods without articles have ``n_articles = 0`` and no mean.
        Undated articles and articles without sentences are left out.
    """
    table = _without_duplicates(article_table, include_duplicates)
    table = table[table[measure].notna()]
    starts = period_start(table[PUBLISHED], period=period)
    data = pd.DataFrame(
        {PERIOD: starts, ARTICLE_ID: table[ARTICLE_ID].to_numpy(), measure: table[measure]}
    ).dropna(subset=[PERIOD])
    summary = _group_summary(
        data,
        PERIOD,
        value=measure,
        cluster=ARTICLE_ID,
        n_boot=n_boot,
        seed=seed,
        confidence=confidence,
        threshold=None,
    ).drop(columns=[N_SENTENCES])
    if not summary.empty:
        grid = pd.period_range(data[PERIOD].min(), data[PERIOD].max(), freq=PERIODS[period])
        full = pd.DataFrame({PERIOD: grid.start_time.astype("datetime64[ns]")})
        summary = full.merge(summary, on=PERIOD, how="left")
        summary[N_ARTICLES] = summary[N_ARTICLES].fillna(0).astype("int64")
    summary[MEASURE] = measure
    return summary


def sentiment_by_group(
    article_table: pd.DataFrame,
    *,
    by: str = OUTLET,
    measure: str = MEAN_COMPOUND,
    n_boot: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
    min_articles: int = 1,
    include_duplicates: bool = False,
) -> pd.DataFrame:
    """Mean article score per outlet (or agency, or any article column), with bootstrap intervals.

    Returns ``group, n_articles, mean, ci_low, ci_high, measure``, sorted by mean (highest first),
    for groups with at least *min_articles* articles; an empty outlet is labelled ``(unknown)``.
    """
    table = _without_duplicates(article_table, include_duplicates)
    table = table[table[measure].notna()]
    data = pd.DataFrame(
        {
            GROUP: table[by].fillna("").astype(str).replace("", UNKNOWN).to_numpy(),
            ARTICLE_ID: table[ARTICLE_ID].to_numpy(),
            measure: table[measure].to_numpy(),
        }
    )
    summary = _group_summary(
        data,
        GROUP,
        value=measure,
        cluster=ARTICLE_ID,
        n_boot=n_boot,
        seed=seed,
        confidence=confidence,
        threshold=None,
    ).drop(columns=[N_SENTENCES])
    summary = summary[summary[N_ARTICLES] >= min_articles]
    summary[MEASURE] = measure
    return summary.sort_values([MEAN, GROUP], ascending=[False, True]).reset_index(drop=True)


# --------------------------------------------------------------------------------------------------
# Target terms, spans (quotes) and sentence comparisons
# --------------------------------------------------------------------------------------------------


def mentions(sentence_table: pd.DataFrame, terms: str | Iterable[str]) -> pd.Series:
    """Boolean Series: does each sentence mention any of *terms* (whole words, any case)?"""
    pattern = terms_pattern(terms)
    # Cheap pre-filter: the term's first word must occur as a substring of the lower-cased text.
    needles = [term.split()[0].rstrip("*").lower() for term in parse_terms(terms)]
    found = [
        any(needle in text.lower() for needle in needles) and pattern.search(text) is not None
        for text in sentence_table[SENTENCE].astype(str)
    ]
    return pd.Series(found, index=sentence_table.index, dtype=bool)


def target_label(terms: str | Iterable[str]) -> str:
    """The group label of sentences that mention *terms* (``"mentions Lukashenko"``)."""
    return "mentions " + " / ".join(parse_terms(terms))


#: Group label of the sentences that do not mention the target terms.
OTHER_SENTENCES = "other sentences"


def mark_target(scored: pd.DataFrame, terms: str | Iterable[str]) -> pd.DataFrame:
    """Copy of *scored* with a ``group`` column: ``mentions <terms>`` or ``other sentences``."""
    marked = scored.copy()
    marked[GROUP] = np.where(mentions(scored, terms), target_label(terms), OTHER_SENTENCES)
    return marked


def compare_sentences(
    scored: pd.DataFrame,
    *,
    by: str = GROUP,
    n_boot: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
    threshold: float = NEUTRAL_BAND,
) -> pd.DataFrame:
    """Mean sentence compound per value of *by*, with intervals that resample whole articles.

    Returns ``group, n_sentences, n_articles, mean, ci_low, ci_high, share_positive,
    share_negative``; ``group`` holds the values of *by*.
    """
    data = pd.DataFrame(
        {
            GROUP: scored[by].to_numpy(),
            ARTICLE_ID: scored[ARTICLE_ID].to_numpy(),
            COMPOUND: scored[COMPOUND].to_numpy(),
        }
    )
    return _group_summary(
        data,
        GROUP,
        value=COMPOUND,
        cluster=ARTICLE_ID,
        n_boot=n_boot,
        seed=seed,
        confidence=confidence,
        threshold=threshold,
    )


def compare_target(
    scored: pd.DataFrame,
    terms: str | Iterable[str],
    *,
    n_boot: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """Sentences mentioning *terms* against all other sentences (see :func:`compare_sentences`)."""
    return compare_sentences(
        mark_target(scored, terms), n_boot=n_boot, seed=seed, confidence=confidence
    )


_HAS_WORD = re.compile(r"\w")


def split_by_spans(
    sentence_table: pd.DataFrame,
    spans: pd.DataFrame,
    *,
    inside: str = "quote",
    outside: str = "narration",
) -> pd.DataFrame:
    """Cut sentences into the parts inside and outside character spans (such as quotes).

    Parameters
    ----------
    sentence_table
        Sentence table (:func:`helpers.corpus.sentences`; scores, if any, are dropped).
    spans
        Any table with ``article_id, start, end`` character offsets into the article's ``text``
        (e.g. the quote table of ``helpers.quotes``); spans may overlap or cross sentences.
    inside, outside
        Labels of the two kinds of segment.

    Returns
    -------
    pandas.DataFrame
        One row per segment: ``article_id, sentence_index, start, end, sentence, kind``, where
        ``sentence`` is ``text[start:end]`` trimmed of spaces; segments without a word are dropped.
    """
    merged: dict[str, list[tuple[int, int]]] = {}
    ordered = spans.sort_values([ARTICLE_ID, START])
    for article_id, start, end in zip(
        ordered[ARTICLE_ID], ordered[START], ordered[END], strict=True
    ):
        intervals = merged.setdefault(article_id, [])
        if intervals and start <= intervals[-1][1]:
            intervals[-1] = (intervals[-1][0], max(intervals[-1][1], int(end)))
        else:
            intervals.append((int(start), int(end)))
    rows: list[tuple[str, int, int, int, str, str]] = []
    for article_id, index, s_start, s_end, text in zip(
        sentence_table[ARTICLE_ID],
        sentence_table[SENTENCE_INDEX],
        sentence_table[START],
        sentence_table[END],
        sentence_table[SENTENCE],
        strict=True,
    ):
        cuts: list[tuple[int, int, str]] = []
        position = int(s_start)
        for q_start, q_end in merged.get(article_id, ()):
            if q_end <= s_start or q_start >= s_end:
                continue
            q_start, q_end = max(q_start, s_start), min(q_end, s_end)
            if q_start > position:
                cuts.append((position, q_start, outside))
            cuts.append((q_start, q_end, inside))
            position = q_end
        if position < s_end:
            cuts.append((position, int(s_end), outside))
        for c_start, c_end, kind in cuts:
            piece = text[c_start - s_start : c_end - s_start]
            if not _HAS_WORD.search(piece):
                continue
            lead = len(piece) - len(piece.lstrip())
            stripped = piece.strip()
            begin = c_start + lead
            rows.append((article_id, int(index), begin, begin + len(stripped), stripped, kind))
    return pd.DataFrame(rows, columns=[ARTICLE_ID, SENTENCE_INDEX, START, END, SENTENCE, KIND])


# --------------------------------------------------------------------------------------------------
# Close reading
# --------------------------------------------------------------------------------------------------


def extreme_sentences(
    scored: pd.DataFrame,
    *,
    articles: pd.DataFrame | None = None,
    n: int = 5,
    min_words: int = 4,
) -> pd.DataFrame:
    """The *n* most positive and *n* most negative sentences, each with its article and date.

    Repeated sentences (wire boilerplate) count once; sentences shorter than *min_words* words
    are skipped. Returns ``side, rank, compound, sentence, article_id`` (+ ``title, published``
    when *articles* is given), most positive first.
    """
    pool = scored[scored[SENTENCE].str.split().str.len() >= min_words]
    pool = pool.drop_duplicates(subset=[SENTENCE])
    parts = []
    for side, ascending in (("most positive", False), ("most negative", True)):
        chosen = pool.sort_values(
            [COMPOUND, ARTICLE_ID, SENTENCE_INDEX], ascending=[ascending, True, True]
        )
        chosen = chosen[chosen[COMPOUND] > 0] if not ascending else chosen[chosen[COMPOUND] < 0]
        chosen = chosen.head(n)
        parts.append(
            pd.DataFrame(
                {
                    SIDE: side,
                    RANK: np.arange(1, len(chosen) + 1),
                    COMPOUND: chosen[COMPOUND].to_numpy(),
                    SENTENCE: chosen[SENTENCE].to_numpy(),
                    ARTICLE_ID: chosen[ARTICLE_ID].to_numpy(),
                }
            )
        )
    table = pd.concat(parts, ignore_index=True)
    if articles is not None:
        table = table.merge(articles[[ARTICLE_ID, TITLE, PUBLISHED]], on=ARTICLE_ID, how="left")
    return table


# --------------------------------------------------------------------------------------------------
# Validation: the VADER paper's NYT editorial sentences
# --------------------------------------------------------------------------------------------------


def read_vader_nyt(folder: str | Path) -> pd.DataFrame:
    """Read the NYT editorial ground truth (5,190 sentences, mean of 20 human ratings, −4…+4).

    The files ship in the ``vaderSentiment`` source distribution on PyPI
    (``additional_resources/hutto_ICWSM_2014/``). Returns ``id, rating, sentence``.
    """
    path = Path(folder) / _NYT_GROUND_TRUTH
    if not path.exists():
        raise FileNotFoundError(
            f"{path} not found: download the vaderSentiment 3.3.2 source distribution "
            "(pip download vaderSentiment==3.3.2 --no-binary :all: --no-deps) and copy "
            f"additional_resources/hutto_ICWSM_2014/{_NYT_GROUND_TRUTH} into {folder}"
        )
    rows = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip():
            continue
        identifier, rating, text = line.split("\t", 2)
        rows.append((identifier, float(rating), text))
    return pd.DataFrame(rows, columns=["id", RATING, SENTENCE])


def score_vader_nyt(
    folder: str | Path, *, threshold: float = NEUTRAL_BAND, workers: int | None = None
) -> pd.DataFrame:
    """Score the NYT sentences: ``id, rating, sentence, compound, gold, predicted``.

    ``gold`` is the sign of the mean human rating; ``predicted`` is +1 for compound ≥ threshold,
    −1 for ≤ −threshold, else 0 (the recipe that reproduces the paper's Table 4).
    """
    table = read_vader_nyt(folder)
    table[COMPOUND] = score_texts(table[SENTENCE], workers=workers)[COMPOUND].to_numpy()
    table[GOLD] = np.sign(table[RATING]).astype("int64")
    compound = table[COMPOUND]
    table[PREDICTED] = np.where(
        compound >= threshold, 1, np.where(compound <= -threshold, -1, 0)
    ).astype("int64")
    return table


def validation_metrics(scored_nyt: pd.DataFrame) -> pd.DataFrame:
    """Pearson r and support-weighted precision, recall and F1 next to the paper's numbers.

    Takes :func:`score_vader_nyt` output; returns ``metric, value, paper, difference``.
    """
    gold = scored_nyt[GOLD].to_numpy()
    predicted = scored_nyt[PREDICTED].to_numpy()
    precision = recall = f1 = 0.0
    for label in (-1, 0, 1):
        support = np.sum(gold == label)
        true_positive = np.sum((gold == label) & (predicted == label))
        n_predicted = np.sum(predicted == label)
        p = true_positive / n_predicted if n_predicted else 0.0
        r = true_positive / support if support else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        weight = support / len(gold)
        precision, recall, f1 = precision + weight * p, recall + weight * r, f1 + weight * f
    r_value = float(np.corrcoef(scored_nyt[COMPOUND], scored_nyt[RATING])[0, 1])
    values = {"r": r_value, "precision": precision, "recall": recall, "f1": f1}
    return pd.DataFrame(
        [
            {
                METRIC: name,
                VALUE: float(values[name]),
                PAPER: NYT_PAPER[name],
                DIFFERENCE: float(values[name]) - NYT_PAPER[name],
            }
            for name in NYT_PAPER
        ]
    )


def confusion_table(scored_nyt: pd.DataFrame) -> pd.DataFrame:
    """Counts of gold class (rows) against predicted class (columns), with totals."""
    labels = [_CLASS_NAMES[k] for k in (-1, 0, 1)]
    gold = pd.Categorical(scored_nyt[GOLD].map(_CLASS_NAMES), categories=labels)
    predicted = pd.Categorical(scored_nyt[PREDICTED].map(_CLASS_NAMES), categories=labels)
    table = pd.crosstab(
        pd.Series(gold, name="gold (humans)"),
        pd.Series(predicted, name="predicted (VADER)"),
        margins=True,
        margins_name="total",
        dropna=False,
    )
    return table


# --------------------------------------------------------------------------------------------------
# NLTK's port, pointed at the reference lexicon (no download)
# --------------------------------------------------------------------------------------------------


@cache
def nltk_analyzer() -> Any:
    """NLTK's ``SentimentIntensityAnalyzer`` reading the lexicon inside the vaderSentiment wheel.

    NLTK looks for ``vader_lexicon`` in its data folders (a download); here the wheel's folder is
    put on ``nltk.data.path`` just while the lexicon is read, so nothing is downloaded.
    """
    import nltk.data
    import vaderSentiment.vaderSentiment as reference
    from nltk.sentiment.vader import SentimentIntensityAnalyzer as NltkAnalyzer

    folder = str(Path(reference.__file__).parent)
    nltk.data.path.insert(0, folder)
    try:
        return NltkAnalyzer(lexicon_file="vader_lexicon.txt")
    finally:
        nltk.data.path.remove(folder)


def compare_with_nltk(texts: Iterable[str]) -> pd.DataFrame:
    """Compound from the reference and from NLTK's port, same lexicon: ``sentence, reference,
    nltk, difference`` (``nltk − reference``)."""
    items = [str(text) for text in texts]
    reference = score_texts(items, workers=1)[COMPOUND].to_numpy()
    port = nltk_analyzer()
    ported = np.array([port.polarity_scores(text)[COMPOUND] for text in items], dtype="float64")
    return pd.DataFrame(
        {SENTENCE: items, REFERENCE: reference, NLTK: ported, DIFFERENCE: ported - reference}
    )


# --------------------------------------------------------------------------------------------------
# Explore: sentences behind each point (interactive; ipywidgets imported lazily)
# --------------------------------------------------------------------------------------------------


def attach_articles(scored: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Scored sentences with their article's title, date, outlet and duplicate mark."""
    info = articles[[c for c in _ARTICLE_INFO if c in articles.columns]]
    return scored.merge(info, on=ARTICLE_ID, how="left")


def select_sentences(
    dated: pd.DataFrame, *, terms: str | Iterable[str] = "", include_duplicates: bool = False
) -> pd.DataFrame:
    """The sentences mentioning *terms* (all if none), duplicates of other articles left out."""
    table = _without_duplicates(dated, include_duplicates)
    if parse_terms(terms):
        table = table[mentions(table, terms)]
    return table


def sentences_over_time(
    dated: pd.DataFrame,
    *,
    terms: str | Iterable[str] = "",
    period: str = "month",
    n_boot: int = 200,
    seed: int = 0,
    confidence: float = 0.95,
    include_duplicates: bool = False,
) -> pd.DataFrame:
    """Mean compound per period of the sentences mentioning *terms* (all sentences if none).

    Takes :func:`attach_articles` output. Returns ``period, n_sentences, n_articles, mean, ci_low,
    ci_high, share_positive, share_negative`` (intervals resample whole articles).
    """
    table = select_sentences(dated, terms=terms, include_duplicates=include_duplicates)
    data = pd.DataFrame(
        {
            PERIOD: period_start(table[PUBLISHED], period=period).to_numpy(),
            ARTICLE_ID: table[ARTICLE_ID].to_numpy(),
            COMPOUND: table[COMPOUND].to_numpy(),
        }
    ).dropna(subset=[PERIOD])
    return _group_summary(
        data,
        PERIOD,
        value=COMPOUND,
        cluster=ARTICLE_ID,
        n_boot=n_boot,
        seed=seed,
        confidence=confidence,
        threshold=NEUTRAL_BAND,
    )


def sentences_in_period(
    dated: pd.DataFrame,
    start: pd.Timestamp | str,
    *,
    terms: str | Iterable[str] = "",
    period: str = "month",
    include_duplicates: bool = False,
) -> pd.DataFrame:
    """The sentences behind one point of :func:`sentences_over_time`, most negative first.

    Returns ``published, title, sentence, compound, neg, neu, pos, article_id, start, end``.
    """
    table = select_sentences(dated, terms=terms, include_duplicates=include_duplicates)
    starts = period_start(table[PUBLISHED], period=period)
    chosen = table[starts == pd.Timestamp(start)]
    columns = [PUBLISHED, TITLE, SENTENCE, COMPOUND, NEG, NEU, POS, ARTICLE_ID, START, END]
    return (
        chosen.sort_values([COMPOUND, PUBLISHED, ARTICLE_ID, START])[columns]
        .reset_index(drop=True)
        .copy()
    )


def _period_options(series: pd.DataFrame, period: str) -> list[tuple[str, pd.Timestamp]]:
    fmt = {"day": "%Y-%m-%d", "week": "week of %Y-%m-%d", "month": "%Y-%m", "quarter": "%Y-%m"}
    label_format = fmt.get(period, "%Y")
    return [
        (f"{start.strftime(label_format)}  ({n} sentences)", start)
        for start, n in zip(series[PERIOD], series[N_SENTENCES], strict=True)
    ]


@dataclass
class SentimentExplorer:
    """Controls and current state of :func:`explore_sentiment` (display it in a notebook).

    ``terms``, ``period`` and ``point`` are the ipywidgets controls; ``series`` is the table drawn,
    ``table`` the sentences of the chosen point, ``figure`` the current chart (or None).
    """

    widget: Any
    terms: Any
    period: Any
    point: Any
    message: Any
    series: pd.DataFrame = field(default_factory=pd.DataFrame)
    table: pd.DataFrame = field(default_factory=pd.DataFrame)
    figure: Any = None

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def explore_sentiment(
    dated: pd.DataFrame,
    *,
    terms: str = "",
    period: str = "month",
    plot: Callable[[pd.DataFrame], Any] | None = None,
    show_table: Callable[[pd.DataFrame], Any] | None = None,
    max_rows: int = 2000,
    n_boot: int = 200,
) -> SentimentExplorer:
    """Controls to explore sentence sentiment: target terms, period, and the sentences per point.

    Parameters
    ----------
    dated
        Scored sentences with article dates (:func:`attach_articles`), computed once.
    terms
        Initial target terms (comma-separated; empty: all sentences).
    period
        Initial period (``day``, ``week``, ``month``, ``quarter``, ``year``).
    plot
        Chart function for the :func:`sentences_over_time` table
        (``helpers.plots.plot_sentiment_over_time``), passed in because analysis modules do not
        import plotting; None draws no chart.
    show_table
        How to display the sentences of a point, e.g. ``functools.partial(itables.show,
        pageLength=10)`` for a searchable, paginated table; default: plain ``display``.
    max_rows
        Most sentences shown for one point (the most negative first; searchable, paginated).
    n_boot
        Bootstrap resamples per point.

    Returns
    -------
    SentimentExplorer
        Display it; set ``explorer.terms.value`` etc. to drive it from code.
    """
    import ipywidgets as widgets
    from IPython.display import display

    terms_box = widgets.Text(
        value=terms, description="Target", placeholder="e.g. Lukashenko, protest*"
    )
    period_box = widgets.Dropdown(options=list(PERIODS), value=period, description="Period")
    point_box = widgets.Dropdown(options=[], description="Point")
    message = widgets.HTML()
    chart_out = widgets.Output()
    table_out = widgets.Output()
    explorer = SentimentExplorer(
        widget=widgets.VBox(
            [widgets.HBox([terms_box, period_box]), chart_out, point_box, message, table_out]
        ),
        terms=terms_box,
        period=period_box,
        point=point_box,
        message=message,
    )

    selected: dict[str, pd.DataFrame] = {}

    def show_point(_: Any = None) -> None:
        start = point_box.value
        chosen = selected["terms"] if start is not None else selected["terms"].iloc[0:0]
        explorer.table = sentences_in_period(
            chosen, start or pd.Timestamp(0), period=period_box.value
        )
        shown = explorer.table.head(max_rows)
        message.value = f"{len(explorer.table):,} sentences" + (
            f" (showing the {max_rows:,} most negative)" if len(explorer.table) > max_rows else ""
        )
        table_out.clear_output(wait=True)
        with table_out:
            (show_table or display)(shown)

    def select(_: Any = None) -> None:
        selected["terms"] = select_sentences(dated, terms=terms_box.value)
        redraw()

    def redraw(_: Any = None) -> None:
        explorer.series = sentences_over_time(
            selected["terms"], period=period_box.value, n_boot=n_boot
        )
        chart_out.clear_output(wait=True)
        explorer.figure = (
            plot(explorer.series) if plot is not None and len(explorer.series) else None
        )
        with chart_out:
            if explorer.figure is not None:
                display(explorer.figure)
            elif explorer.series.empty:
                print("No dated sentence matches: try another term or period.")
        options = _period_options(explorer.series, period_box.value)
        busiest = (
            explorer.series[PERIOD][explorer.series[N_SENTENCES].idxmax()] if options else None
        )
        point_box.unobserve(show_point, names="value")
        point_box.options = options
        point_box.value = busiest
        point_box.observe(show_point, names="value")
        show_point()

    terms_box.observe(select, names="value")
    period_box.observe(redraw, names="value")
    point_box.observe(show_point, names="value")
    select()
    return explorer
