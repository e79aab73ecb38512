"""Fixtures of the term-frequency tests: a small hand-made corpus and the bundled sample."""

from __future__ import annotations

import pandas as pd
import pytest
from analysis_data import articles_table, oil_and_harvest

from helpers.corpus import load_corpus


@pytest.fixture
def make_articles():
    """``make_articles([(id, date, outlet, text), ...])`` builds an articles table."""
    return articles_table


@pytest.fixture
def sample_articles(sample_corpus) -> pd.DataFrame:
    return load_corpus(sample_corpus).articles


@pytest.fixture
def small() -> pd.DataFrame:
    return oil_and_harvest()
