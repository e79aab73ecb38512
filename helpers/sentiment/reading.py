"""Close reading: the most positive and most negative sentences, with their article and date."""

from __future__ import annotations

import numpy as np
import pandas as pd

from helpers.columns import (
    ARTICLE_ID,
    COMPOUND,
    PUBLISHED,
    RANK,
    SENTENCE,
    SENTENCE_INDEX,
    SIDE,
    TITLE,
)

__all__ = ["extreme_sentences"]


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
