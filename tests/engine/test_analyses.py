"""Every engine analysis gives the same table on pandas and on Dask, and the bundle's own answer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import dask.dataframe as dd
import pandas as pd
import pytest

from helpers import engine
from helpers.columns import AGENCY, ARTICLE_ID, OUTLET
from helpers.corpus import sentences
from helpers.engine import TermTable
from helpers.paths import PRACTICE_CORPUS_DIR
from helpers.quotes import extract_quotes
from helpers.selection import without_duplicates
from helpers.sentiment import article_sentiment, score_sentences
from helpers.store import cached_load
from helpers.term_frequency import keyness, term_counts, top_terms
from helpers.timeline import (
    articles_over_time,
    chronology,
    chronology_summary,
    count_terms,
    term_trend,
)

ANALYSES: dict[str, Callable[[object], object]] = {
    "weekly": lambda a: engine.articles_over_time(a, period="week"),
    "monthly by outlet, top 2": lambda a: engine.articles_over_time(
        a, period="month", by=OUTLET, top=2
    ),
    "daily by agency": lambda a: engine.articles_over_time(a, period="day", by=AGENCY),
    "term trend share": lambda a: engine.term_trend(a, "ferry, strike*, Ardell, absent words"),
    "term trend per 10k": lambda a: engine.term_trend(
        a, ["water", "harbour"], period="month", measure="per_10k"
    ),
    "chronology": lambda a: engine.chronology(a),
    "dates summary": lambda a: engine.dates_summary(a),
    "sentiment": lambda a: engine.article_sentiment(a),
    "quotes": lambda a: engine.extract_quotes(a),
    "quotes with duplicates": lambda a: engine.extract_quotes(a, include_duplicates=True),
    "terms by outlet": lambda a: engine.term_counts(a, by=OUTLET),
    "bigrams by month": lambda a: engine.term_counts(a, period="month", ngram_range=(1, 2)),
}


@pytest.fixture(scope="module")
def practice() -> pd.DataFrame:
    return cached_load(PRACTICE_CORPUS_DIR, cache=False).articles


def _same(left: object, right: object) -> None:
    if isinstance(left, TermTable):
        assert isinstance(right, TermTable)
        assert left.n_articles == right.n_articles
        pd.testing.assert_frame_equal(left.vocabulary, right.vocabulary)
        if left.by_group is None:
            assert right.by_group is None
        else:
            pd.testing.assert_frame_equal(left.by_group, right.by_group)
    else:
        pd.testing.assert_frame_equal(left, right)


@pytest.mark.parametrize("name", list(ANALYSES))
def test_pandas_and_dask_give_identical_results(client, practice, name: str) -> None:
    analysis = ANALYSES[name]
    on_pandas = analysis(practice)
    on_dask = analysis(dd.from_pandas(practice, npartitions=4))
    _same(on_pandas, on_dask)


def test_dask_partitions_from_the_store_give_the_same_results(client, tmp_path: Path) -> None:
    articles, report = engine.open_corpus(PRACTICE_CORPUS_DIR, engine="pandas", cache_dir=tmp_path)
    partitioned, dask_report = engine.open_corpus(
        PRACTICE_CORPUS_DIR, engine="dask", cache_dir=tmp_path
    )
    assert engine.is_dask(partitioned) and not engine.is_dask(articles)
    pd.testing.assert_frame_equal(report, dask_report)
    for name in ("monthly by outlet, top 2", "sentiment", "terms by outlet"):
        _same(ANALYSES[name](articles), ANALYSES[name](partitioned))


# --------------------------------------------------------------------------------------------------
# The engine gives what the bundle's own functions give on the whole table
# --------------------------------------------------------------------------------------------------


def test_timeline_matches_the_timeline_functions(practice) -> None:
    for options in ({"period": "week"}, {"period": "month", "by": OUTLET, "top": 2}):
        pd.testing.assert_frame_equal(
            engine.articles_over_time(practice, **options), articles_over_time(practice, **options)
        )
    terms = ["ferry", "strike*", "absent words"]
    expected = term_trend(practice, count_terms(practice, terms), terms=terms)
    pd.testing.assert_frame_equal(engine.term_trend(practice, terms), expected)


def test_dates_match_the_chronology_functions(practice) -> None:
    table = chronology(practice)
    pd.testing.assert_frame_equal(engine.chronology(practice), table)
    pd.testing.assert_frame_equal(engine.dates_summary(practice), chronology_summary(table))


def test_sentiment_and_quotes_match_their_modules(practice) -> None:
    kept = without_duplicates(practice)
    expected = article_sentiment(score_sentences(sentences(kept)), articles=kept)
    pd.testing.assert_frame_equal(engine.article_sentiment(practice), expected)
    pd.testing.assert_frame_equal(engine.extract_quotes(practice), extract_quotes(kept))
    everything = engine.extract_quotes(practice, include_duplicates=True)
    pd.testing.assert_frame_equal(everything, extract_quotes(practice, include_duplicates=True))


def test_sentiment_from_sentences_already_scored_is_the_same(practice) -> None:
    scored = score_sentences(sentences(practice))
    for include in (True, False):
        pd.testing.assert_frame_equal(
            engine.article_sentiment(practice, include_duplicates=include, scored=scored),
            engine.article_sentiment(practice, include_duplicates=include),
        )


def test_term_table_matches_top_terms_and_keyness(practice) -> None:
    kept = without_duplicates(practice)
    counts = term_counts(kept)
    table = engine.term_counts(practice, by=OUTLET)
    assert table.n_articles == len(kept)
    assert table.vocabulary["term"].is_monotonic_increasing
    assert (table.vocabulary["term_code"].to_numpy() == range(len(table.vocabulary))).all()
    pd.testing.assert_frame_equal(table.top_terms(n=25), top_terms(counts, n=25))
    outlet = kept[OUTLET].value_counts().index[0]
    ids = kept.loc[kept[OUTLET] == outlet, ARTICLE_ID]
    pd.testing.assert_frame_equal(
        table.keyness(outlet, min_count=2), keyness(counts, ids, min_count=2)
    )
    # per-group totals add up to the corpus totals
    totals = table.by_group.groupby("term_code")["n"].sum()
    assert totals.to_numpy().tolist() == table.vocabulary["n"].tolist()


def test_term_table_without_groups_has_no_keyness_inputs(practice) -> None:
    table = engine.term_counts(practice)
    assert table.by_group is None
    with pytest.raises(ValueError, match="by= or period="):
        table.keyness("x")


# --------------------------------------------------------------------------------------------------
# Reuters (when ../shared is there): a subset, so the test stays short
# --------------------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.shared
def test_reuters_subset_identical_on_both_back_ends(client, shared_data, tmp_path: Path) -> None:
    folder = shared_data("data", "reuters-21578", "articles")
    files = sorted(folder.glob("*.txt"))[:600]
    articles = cached_load(files, cache_dir=tmp_path).articles
    partitioned = dd.from_pandas(articles, npartitions=3)
    for name in (
        "weekly",
        "daily by agency",
        "term trend share",
        "dates summary",
        "sentiment",
        "quotes",
        "terms by outlet",
    ):
        _same(ANALYSES[name](articles), ANALYSES[name](partitioned))


PROGRESS: dict[str, Callable[..., object]] = {
    "Counting terms": lambda a, **o: engine.term_counts(a, by=OUTLET, **o),
    "Finding dates": lambda a, **o: engine.chronology(a, **o),
    "Quotes": lambda a, **o: engine.extract_quotes(a, **o),
    "Sentence sentiment": lambda a, **o: engine.article_sentiment(a, **o),
}


@pytest.mark.parametrize("name", list(PROGRESS))
def test_progress_bars_change_nothing_but_stderr(client, practice, name: str, capsys) -> None:
    """``progress=True``: on pandas the bundle function's own bar, on Dask a bar over the
    partitions; the results are those without a bar."""
    analysis = PROGRESS[name]
    quiet = analysis(practice)
    assert capsys.readouterr().err == ""
    _same(analysis(practice, progress=True), quiet)
    assert "100%" in capsys.readouterr().err
    _same(analysis(dd.from_pandas(practice, npartitions=3), progress=True), quiet)
    bar = capsys.readouterr().err
    assert "3/3" in bar and "partition" in bar
