"""Fixtures of the sentiment tests: five small articles (one a copy, one undated), scored."""

from __future__ import annotations

import pandas as pd
import pytest
from analysis_data import sentiment_articles

from helpers.corpus import sentences
from helpers.sentiment import score_sentences


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    return sentiment_articles()


@pytest.fixture(scope="module")
def scored(articles: pd.DataFrame) -> pd.DataFrame:
    return score_sentences(sentences(articles))
