"""Fixtures of the term-frequency tests: a small hand-made corpus and the bundled sample."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.columns import ARTICLE_ID, OUTLET, PUBLISHED, TEXT, TITLE
from helpers.corpus import load_corpus


def articles_table(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    """A small articles table from (id, date, outlet, text) tuples."""
    return pd.DataFrame(
        {
            ARTICLE_ID: [row[0] for row in rows],
            TITLE: [f"Title {row[0]}" for row in rows],
            PUBLISHED: pd.to_datetime([row[1] for row in rows]),
            OUTLET: [row[2] for row in rows],
            TEXT: [row[3] for row in rows],
        }
    )


@pytest.fixture
def make_articles():
    """``make_articles([(id, date, outlet, text), ...])`` builds an articles table."""
    return articles_table


@pytest.fixture
def sample_articles(sample_corpus) -> pd.DataFrame:
    return load_corpus(sample_corpus).articles


@pytest.fixture
def small() -> pd.DataFrame:
    return articles_table(
        [
            ("a1", "2020-01-05", "north.example", "Oil prices rose. Oil exports fell sharply."),
            ("a2", "2020-01-20", "north.example", "Crude oil prices rose again. Markets cheered."),
            ("a3", "2020-02-03", "south.example", "The harvest failed. Farmers protested loudly."),
            (
                "a4",
                "2020-02-17",
                "south.example",
                "Farmers protest again. The harvest protests grew.",
            ),
        ]
    )
