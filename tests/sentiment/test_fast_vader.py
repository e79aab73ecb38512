"""helpers.sentiment.fast_vader: the faster VADER gives exactly the reference scores.

Run these after upgrading vaderSentiment: the speed-up overrides private methods of the reference.
"""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import pandas as pd
import pytest
from analysis_data import TRICKY, vader_reference
from conftest import SAMPLE_ARTICLE

from helpers import sentiment as s
from helpers.columns import ARTICLE_ID, SENTENCE, TEXT, TITLE
from helpers.corpus import load_corpus, sentences
from helpers.paths import PRACTICE_CORPUS_DIR


def test_scores_equal_the_reference_on_every_rule():
    mine = s.score_texts(TRICKY, workers=1)
    assert list(mine.columns) == list(s.SCORE_COLUMNS)
    np.testing.assert_array_equal(mine.to_numpy(), vader_reference(TRICKY))


# --- conformance on real text -------------------------------------------------------------------


def _real_texts(articles: pd.DataFrame) -> list[str]:
    """Sentences, pairs of sentences, paragraphs, titles and whole texts of real articles, and the
    sentences in upper and lower case (the caps rules): a few thousand distinct texts."""
    table = sentences(articles)
    texts = list(table[SENTENCE])
    for _, group in table.groupby(ARTICLE_ID, sort=False):
        rows = group[SENTENCE].tolist()
        texts += [f"{a} {b}" for a, b in pairwise(rows)]
    texts += [text.upper() for text in table[SENTENCE]] + [text.lower() for text in table[SENTENCE]]
    for text in articles[TEXT]:
        texts += [*text.split("\n\n"), text]
    texts += list(articles[TITLE])
    return list(dict.fromkeys(texts))


@pytest.fixture(scope="module")
def real_texts() -> list[str]:
    practice = load_corpus(PRACTICE_CORPUS_DIR).articles
    sample = load_corpus(SAMPLE_ARTICLE).articles
    return _real_texts(pd.concat([practice, sample], ignore_index=True))


def test_scores_equal_the_reference_on_the_practice_corpus_and_sample(real_texts) -> None:
    assert len(real_texts) > 2000
    mine = s.score_texts(real_texts, workers=1).to_numpy()
    np.testing.assert_array_equal(mine, vader_reference(real_texts))


@pytest.mark.shared
def test_scores_equal_the_reference_on_the_nyt_editorial_sentences(shared_data) -> None:
    from helpers.evaluation.vader_nyt import read_vader_nyt

    texts = read_vader_nyt(shared_data("eval", "vader-nyt"))[SENTENCE].tolist()
    assert len(texts) == 5190
    mine = s.score_texts(texts, workers=1).to_numpy()
    np.testing.assert_array_equal(mine, vader_reference(texts))
