"""The engine's dispatch: duplicates dropped before partitioning, the memory check, open_corpus."""

from __future__ import annotations

from pathlib import Path

import dask.dataframe as dd
import pandas as pd
import pytest

from helpers import engine
from helpers.columns import DUPLICATE_OF
from helpers.engine import memory
from helpers.engine.analyses import Quotes
from helpers.paths import PRACTICE_CORPUS_DIR
from helpers.store import cached_load


@pytest.fixture(scope="module")
def practice() -> pd.DataFrame:
    return cached_load(PRACTICE_CORPUS_DIR, cache=False).articles


def test_duplicates_are_dropped_before_partitioning(client, practice) -> None:
    """Copies sit in other partitions than their originals: the marks still decide."""
    assert (practice[DUPLICATE_OF] != "").sum() > 0
    shuffled = dd.from_pandas(practice.iloc[::-1].reset_index(drop=True), npartitions=5)
    counted = engine.articles_over_time(shuffled, period="month")
    assert counted["n_articles"].sum() == (practice[DUPLICATE_OF] == "").sum()
    every = engine.articles_over_time(shuffled, period="month", include_duplicates=True)
    assert every["n_articles"].sum() == practice["published"].notna().sum()


def test_run_on_pandas_refuses_before_running_out_of_memory(monkeypatch, practice) -> None:
    monkeypatch.setattr(memory, "available_memory", lambda: 1_000)
    with pytest.raises(engine.CorpusTooLargeError, match='engine="dask"'):
        engine.run(Quotes(), practice)
    table_bytes = int(practice.memory_usage(deep=True).sum())
    # needed = table x factor: two thirds of what is available warns, and runs
    enough = int(table_bytes * Quotes().memory_factor * 1.5)
    monkeypatch.setattr(memory, "available_memory", lambda: enough)
    with pytest.warns(engine.LargeCorpusWarning, match='engine="dask"'):
        engine.run(Quotes(), practice)


def test_check_fits_says_how_much_is_needed() -> None:
    with pytest.raises(engine.CorpusTooLargeError, match=r"about 30\.0 GB.*1,000,000 articles"):
        memory.check_fits(
            10 * 10**9, factor=3, what="term counts", n_articles=1_000_000, available=16 * 10**9
        )
    assert memory.check_fits(10**6, factor=3, what="x", available=16 * 10**9) == 3 * 10**6
    assert memory.available_memory() > 0


def test_open_corpus_on_pandas_checks_the_size_first(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(memory, "available_memory", lambda: 10_000)
    with pytest.raises(engine.CorpusTooLargeError, match="loading the corpus"):
        engine.open_corpus(PRACTICE_CORPUS_DIR, engine="pandas", cache_dir=tmp_path)
    with pytest.raises(ValueError, match="engine must be one of"):
        engine.open_corpus(PRACTICE_CORPUS_DIR, engine="spark")


def test_open_corpus_on_dask_reads_the_store_by_partition(client, tmp_path: Path) -> None:
    articles, report = engine.open_corpus(PRACTICE_CORPUS_DIR, engine="dask", cache_dir=tmp_path)
    expected = cached_load(PRACTICE_CORPUS_DIR, cache=False)
    assert articles.npartitions == 1  # 56 articles: one Parquet file of the store
    timings = ["seconds"]  # how long each file took to read: differs between two parses
    pd.testing.assert_frame_equal(
        report.drop(columns=timings), expected.report.drop(columns=timings)
    )
    assert len(articles) == len(expected.articles)
