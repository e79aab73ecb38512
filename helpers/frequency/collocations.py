"""Collocations: words found near a term more often than chance (PMI and log-likelihood)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import pandas as pd

from helpers.columns import (
    COLLOCATE,
    COUNT,
    G2,
    N_COLLOCATE,
    N_LEFT,
    N_RIGHT,
    P_VALUE,
    PMI,
    TEXT,
)
from helpers.frequency.counts import TokenFilter, progress_bar, sentence_texts, stop_set
from helpers.frequency.keyness import chi2_sf
from helpers.selection import INCLUDE_DUPLICATES, without_duplicates
from helpers.text import word_tokens

__all__ = ["collocations"]


def collocations(
    articles: pd.DataFrame,
    term: str,
    *,
    window: int = 5,
    min_count: int = 3,
    stop_words: bool | Iterable[str] = True,
    min_length: int = 2,
    top: int | None = 30,
    include_duplicates: bool = INCLUDE_DUPLICATES,
    progress: bool = False,
) -> pd.DataFrame:
    """Return the words that occur near *term* more often than chance.

    Every occurrence of *term* (a word or phrase of word tokens, any case) opens a window of
    *window* tokens on each side, within its sentence (:func:`helpers.text.sentence_spans`). A
    collocate's observed count ``O`` is how often it falls in those windows; with ``R`` window
    slots in all, ``f`` its corpus frequency and ``N`` tokens in the corpus, the 2x2 table
    ``O, R - O, f - O, N - R - f + O`` is scored with NLTK's
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
    include_duplicates
        Read rows marked in ``duplicate_of`` too; by default each story counts once.
    progress
        Show a progress bar.

    Returns
    -------
    pandas.DataFrame
        ``collocate``, ``n`` (co-occurrences), ``n_left``, ``n_right``, ``n_collocate`` (corpus
        frequency), ``pmi``, ``g2``, ``p_value``; strongest G² first.
    """
    from nltk.metrics.association import BigramAssocMeasures  # lazy: nltk is slow to import

    node = word_tokens(term.lower())
    if not node:
        raise ValueError(f"{term!r} has no words to look for.")
    if not include_duplicates:
        articles = without_duplicates(articles)
    size = len(node)
    token_filter = TokenFilter(stop_set(stop_words), min_length, True)
    frequency: Counter[str] = Counter()
    left: Counter[str] = Counter()
    right: Counter[str] = Counter()
    slots = 0
    texts = articles[TEXT].fillna("").tolist()
    first = node[0]
    for text in progress_bar(texts, total=len(texts), enabled=progress, desc="Collocations"):
        has_node = first in text.lower()
        for segment in sentence_texts(text) if has_node else [text]:
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
        marginals = (slots, frequency[word])
        rows.append(
            (
                word,
                observed,
                left[word],
                right[word],
                frequency[word],
                BigramAssocMeasures.pmi(observed, marginals, total),
                BigramAssocMeasures.likelihood_ratio(observed, marginals, total),
            )
        )
    table = pd.DataFrame(rows, columns=[COLLOCATE, COUNT, N_LEFT, N_RIGHT, N_COLLOCATE, PMI, G2])
    table[P_VALUE] = chi2_sf(table[G2].to_numpy())
    table = table.sort_values([G2, COLLOCATE], ascending=[False, True]).reset_index(drop=True)
    return table if top is None else table.head(top)
