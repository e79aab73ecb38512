"""Pandas selections for close reading: the table itself on pandas, a bounded part on Dask."""

from __future__ import annotations

import dask.dataframe as dd
import pandas as pd
import pytest

from helpers import engine
from helpers.columns import ARTICLE_ID, CAPTIONS, PUBLISHED, RELATED, TEXT
from helpers.export import corpus_fingerprint
from helpers.paths import PRACTICE_CORPUS_DIR
from helpers.report_defaults import load_report_corpus
from helpers.store import cached_load


@pytest.fixture(scope="module")
def practice() -> pd.DataFrame:
    return cached_load(PRACTICE_CORPUS_DIR, cache=False).articles


def test_on_pandas_the_table_is_returned_as_it_is(practice) -> None:
    assert engine.in_memory(practice) is practice
    assert engine.article_info(practice) is practice
    ids = practice[ARTICLE_ID].iloc[[3, 1]]
    assert engine.in_memory(practice, ids=ids)[ARTICLE_ID].tolist() == sorted(
        ids, key=practice[ARTICLE_ID].tolist().index
    )


def test_on_dask_a_bounded_part_comes_back_with_the_contract_dtypes(client, practice) -> None:
    partitioned = dd.from_pandas(practice, npartitions=4)
    pd.testing.assert_frame_equal(engine.in_memory(partitioned), practice)
    with pytest.warns(UserWarning, match=r"only the first 10 articles .*\(of 56\)"):
        first = engine.in_memory(partitioned, limit=10)
    pd.testing.assert_frame_equal(first, practice.head(10))
    ids = practice[ARTICLE_ID].iloc[[40, 2]]
    chosen = engine.in_memory(partitioned, ids=ids)
    pd.testing.assert_frame_equal(chosen, practice.iloc[[2, 40]].reset_index(drop=True))
    info = engine.article_info(partitioned)
    pd.testing.assert_frame_equal(info, practice.drop(columns=[TEXT, CAPTIONS, RELATED]))
    assert corpus_fingerprint(partitioned) == corpus_fingerprint(practice)


def test_report_corpus_on_dask_matches_pandas(client) -> None:
    options = {"start": "2031-04-01", "end": "2031-04-30"}
    on_pandas = load_report_corpus(PRACTICE_CORPUS_DIR, **options)
    on_dask = load_report_corpus(PRACTICE_CORPUS_DIR, engine="dask", **options)
    assert engine.is_dask(on_dask.articles)
    assert 0 < len(on_pandas.articles) < 56
    pd.testing.assert_frame_equal(engine.in_memory(on_dask.articles), on_pandas.articles)
    assert on_dask.summary() == on_pandas.summary()
    assert on_pandas.articles[PUBLISHED].dt.month.eq(4).all()


def test_text_sample_picks_at_random_across_the_corpus(client, tmp_path) -> None:
    """On pandas every article; on Dask *limit* articles from every partition, not the first
    ones, the same for the same seed, with a warning that says how many of how many."""
    from helpers.engine import text_sample

    articles = cached_load(PRACTICE_CORPUS_DIR, cache=False).articles
    assert text_sample(articles, limit=5) is articles
    on_dask = dd.from_pandas(articles, npartitions=4)
    with pytest.warns(UserWarning, match="20 articles picked at random of 56"):
        picked = text_sample(on_dask, limit=20, seed=3)
    assert len(picked) == 20 and picked[ARTICLE_ID].is_unique
    positions = articles.index[articles[ARTICLE_ID].isin(picked[ARTICLE_ID])]
    assert positions.max() >= 42  # reaches the last partition (first ones: rows 0-19)
    assert positions.tolist() == sorted(positions)  # in corpus order
    with pytest.warns(UserWarning):
        again = text_sample(on_dask, limit=20, seed=3)
    pd.testing.assert_frame_equal(again, picked)
    assert len(text_sample(on_dask, limit=100)) == len(articles)
