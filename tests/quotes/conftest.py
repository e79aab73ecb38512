"""Fixtures of the quote tests: the sample article and its quotes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers import quotes as q
from helpers.corpus import load_corpus

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def sample() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The sample article (``corpus/``) and its quotes."""
    articles = load_corpus(REPO / "corpus").articles
    return articles, q.extract_quotes(articles)
