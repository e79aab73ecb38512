"""helpers.sentiment.scoring: score_texts and score_sentences."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from analysis_data import TRICKY, vader_reference
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from helpers import sentiment as s
from helpers.corpus import (
    SENTENCE,
    load_corpus,
    sentences,
)


def test_parallel_and_cached_scoring_equal_thevader_reference():
    texts = [f"{text} Item {i % 700}." for i, text in enumerate(TRICKY * 400)]  # 9,200 texts
    mine = s.score_texts(texts, workers=2)  # enough distinct texts to use two processes
    unique = list(dict.fromkeys(texts))
    reference = dict(zip(unique, map(tuple, vader_reference(unique)), strict=True))
    np.testing.assert_array_equal(mine.to_numpy(), np.array([reference[t] for t in texts]))


def test_score_texts_keeps_a_series_index_and_repeats():
    texts = pd.Series(["Great!", "Awful.", "Great!"], index=[10, 20, 30])
    scores = s.score_texts(texts)
    assert list(scores.index) == [10, 20, 30]
    assert scores.loc[10, s.COMPOUND] == scores.loc[30, s.COMPOUND] > 0 > scores.loc[20, s.COMPOUND]


def test_score_sentences_adds_columns_without_mutating(articles):
    table = sentences(articles)
    before = table.copy()
    scored = s.score_sentences(table)
    pd.testing.assert_frame_equal(table, before)
    assert list(scored.columns) == [*table.columns, *s.SCORE_COLUMNS]
    assert scored.loc[0, s.COMPOUND] == pytest.approx(
        SentimentIntensityAnalyzer().polarity_scores(table.loc[0, SENTENCE])["compound"]
    )


def test_sample_corpus_scores(sample_corpus: Path):
    loaded = load_corpus(sample_corpus).articles
    scored = s.score_sentences(sentences(loaded))
    assert len(scored) > 5
    np.testing.assert_array_equal(
        scored[list(s.SCORE_COLUMNS)].to_numpy(), vader_reference(list(scored[SENTENCE]))
    )
