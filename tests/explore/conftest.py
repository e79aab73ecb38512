"""Fixtures of the explorer tests: the corpora of the analysis tests (tests/analysis_data.py)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from analysis_data import articles_table, oil_and_harvest, sentiment_articles, write_corpus

from helpers.corpus import load_corpus, sentences
from helpers.sentiment import score_sentences


@pytest.fixture
def make_articles():
    """``make_articles([(id, date, outlet, text), ...])`` builds an articles table."""
    return articles_table


@pytest.fixture
def small() -> pd.DataFrame:
    """Term-frequency corpus: oil in January, harvest in February."""
    return oil_and_harvest()


@pytest.fixture
def stories(tmp_path: Path) -> pd.DataFrame:
    """Timeline corpus: four stories over three weeks and one wire copy, loaded from text files."""
    return load_corpus(write_corpus(tmp_path / "stories")).articles


@pytest.fixture
def sample(sample_corpus: Path) -> pd.DataFrame:
    return load_corpus(sample_corpus).articles


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    """Sentiment corpus: five articles over three months, one a copy, one undated."""
    return sentiment_articles()


@pytest.fixture(scope="module")
def scored(articles: pd.DataFrame) -> pd.DataFrame:
    return score_sentences(sentences(articles))
