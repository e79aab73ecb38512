"""A faster VADER that gives exactly the reference scores (``vaderSentiment`` 3.3.2).

The speed-up is kept here, apart from everything else, because it reaches into the reference
analyzer: :class:`WindowedAnalyzer` overrides two of its private rule checks and
:func:`score_one` repeats the body of ``SentimentIntensityAnalyzer.polarity_scores`` with three
exact short cuts. ``tests/sentiment/test_fast_vader.py`` checks, on thousands of real sentences,
that every score equals the reference's; run it after upgrading ``vaderSentiment``.

Exact short cuts: (1) text without emoji skips the reference's character-by-character emoji pass
(it would return the text unchanged); (2) when no token, as the reference tokenises it, is a
lexicon word, every word valence is 0 and the reference returns ``neu = 1`` (or all zeros for
blank text) whatever else the text holds; (3) the negation and idiom checks lower-case only the
words they read.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from functools import cache

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
    SentiText,
)

from helpers.columns import COMPOUND, NEG, NEU, POS

__all__ = ["WindowedAnalyzer", "analyzer", "fast_analyzer", "score_chunk", "score_one"]

#: Scores as a tuple ``(neg, neu, pos, compound)``.
Scores = tuple[float, float, float, float]

_EMPTY: Scores = (0.0, 0.0, 0.0, 0.0)
_NEUTRAL: Scores = (0.0, 1.0, 0.0, 0.0)
_PUNCTUATION = string.punctuation


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


class WindowedAnalyzer(SentimentIntensityAnalyzer):
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
def fast_analyzer() -> WindowedAnalyzer:
    """The :class:`WindowedAnalyzer`, built once (per process)."""
    return WindowedAnalyzer()


def score_one(text: str) -> Scores:
    """``polarity_scores(text)`` of the reference analyzer as ``(neg, neu, pos, compound)``.

    Exact short cuts: (1) text without emoji skips the reference's character-by-character
    emoji pass (it would return the text unchanged); (2) when no token, as the reference
    tokenises it, is a lexicon word, every word valence is 0 and the reference returns
    ``neu = 1`` (or all zeros for blank text) whatever else the text holds; (3) the negation and
    idiom checks lower-case only the words they read (:class:`WindowedAnalyzer`).
    """
    vader = fast_analyzer()
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


def score_chunk(texts: Sequence[str]) -> list[Scores]:
    """:func:`score_one` of each text (the unit of work sent to a worker process)."""
    return [score_one(text) for text in texts]
