"""Target terms and spans: sentences that mention a name against the rest, quotes against narration.

Target sentences are found with the one term grammar (:func:`helpers.text.terms_pattern`); the
comparisons resample whole articles in their bootstrap intervals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

from helpers.columns import (
    ARTICLE_ID,
    COMPOUND,
    DUPLICATE_OF,
    END,
    GROUP,
    KIND,
    SENTENCE,
    SENTENCE_INDEX,
    START,
)
from helpers.selection import INCLUDE_DUPLICATES, without_duplicates
from helpers.sentiment.bootstrap import group_summary
from helpers.sentiment.scoring import NEUTRAL_BAND
from helpers.text import parse_terms, terms_pattern

__all__ = [
    "OTHER_SENTENCES",
    "compare_sentences",
    "compare_target",
    "mark_target",
    "mentions",
    "original_sentences",
    "split_by_spans",
    "target_label",
]


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


def original_sentences(
    scored: pd.DataFrame,
    *,
    articles: pd.DataFrame | None = None,
    include_duplicates: bool = INCLUDE_DUPLICATES,
) -> pd.DataFrame:
    """The sentences not from a marked copy (the one duplicate policy of :mod:`helpers.selection`).

    A sentence table carries no duplicate mark: the marks come from its own ``duplicate_of``
    column (tables from :func:`~helpers.sentiment.aggregation.attach_articles`) or from
    *articles*. Without either the table is returned as is.
    """
    if include_duplicates:
        return scored
    if DUPLICATE_OF in scored.columns:
        return without_duplicates(scored)
    if articles is None or DUPLICATE_OF not in articles.columns:
        return scored
    copies = articles.loc[articles[DUPLICATE_OF].fillna("") != "", ARTICLE_ID]
    return scored[~scored[ARTICLE_ID].isin(set(copies))]


def compare_sentences(
    scored: pd.DataFrame,
    *,
    by: str = GROUP,
    n_boot: int = 1000,
    seed: int = 0,
    confidence: float = 0.95,
    threshold: float = NEUTRAL_BAND,
    articles: pd.DataFrame | None = None,
    include_duplicates: bool = INCLUDE_DUPLICATES,
) -> pd.DataFrame:
    """Mean sentence compound per value of *by*, with intervals that resample whole articles.

    Sentences of marked copies are left out when the marks are known (a ``duplicate_of`` column,
    or *articles*; see :func:`original_sentences`), unless ``include_duplicates=True``.

    Returns ``group, n_sentences, n_articles, mean, ci_low, ci_high, share_positive,
    share_negative``; ``group`` holds the values of *by*.
    """
    scored = original_sentences(scored, articles=articles, include_duplicates=include_duplicates)
    data = pd.DataFrame(
        {
            GROUP: scored[by].to_numpy(),
            ARTICLE_ID: scored[ARTICLE_ID].to_numpy(),
            COMPOUND: scored[COMPOUND].to_numpy(),
        }
    )
    return group_summary(
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
    articles: pd.DataFrame | None = None,
    include_duplicates: bool = INCLUDE_DUPLICATES,
) -> pd.DataFrame:
    """Sentences mentioning *terms* against all other sentences (see :func:`compare_sentences`)."""
    return compare_sentences(
        mark_target(scored, terms),
        n_boot=n_boot,
        seed=seed,
        confidence=confidence,
        articles=articles,
        include_duplicates=include_duplicates,
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
