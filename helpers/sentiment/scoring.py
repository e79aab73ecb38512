"""Sentence scores: VADER's ``neg, neu, pos, compound`` for each text, exactly as the reference.

Scores come from the reference implementation, ``vaderSentiment`` 3.3.2
(:class:`vaderSentiment.vaderSentiment.SentimentIntensityAnalyzer`); its lexicon ships inside the
wheel, so nothing is downloaded. :func:`score_texts` returns exactly what
``SentimentIntensityAnalyzer().polarity_scores`` returns for every text; it is only faster:
duplicate sentences are scored once, both cores are used, and the exact short cuts of
:mod:`helpers.sentiment.fast_vader` apply.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from helpers.columns import COMPOUND, NEG, NEU, POS, SENTENCE
from helpers.parallel import process_pool, worker_count
from helpers.sentiment.fast_vader import Scores, fast_analyzer, score_chunk

__all__ = ["NEUTRAL_BAND", "SCORE_COLUMNS", "score_sentences", "score_texts"]

#: The four VADER scores, in the reference's order.
SCORE_COLUMNS: tuple[str, ...] = (NEG, NEU, POS, COMPOUND)
#: Neutral band of the VADER paper: compound ≥ 0.05 is positive, ≤ −0.05 negative.
NEUTRAL_BAND = 0.05

_PARALLEL_FROM = 4000  # unique texts from which the work is spread over processes
_CHUNK = 2000


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
    results: list[Scores] = []
    try:
        if n_workers > 1 and len(unique) >= _PARALLEL_FROM:
            fast_analyzer()  # built once here; forked workers inherit it, others build their own
            with process_pool(n_workers) as pool:
                for chunk, scored in zip(chunks, pool.map(score_chunk, chunks), strict=True):
                    results.extend(scored)
                    if bar is not None:
                        bar.update(len(chunk))
        else:
            for chunk in chunks:
                results.extend(score_chunk(chunk))
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
