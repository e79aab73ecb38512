"""The corpus store: same tables as parsing, invalidated by any change, Parquet accepted as a corpus."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from helpers.columns import (
    ARTICLE_COLUMNS,
    ARTICLE_ID,
    DUPLICATE_OF,
    OUTLET,
    PUBLISHED,
    SECONDS,
    SOURCE_FORMAT,
    STATUS,
    TEXT,
    TITLE,
    URL,
    WORD_COUNT,
)
from helpers.corpus import load_corpus
from helpers.corpus.store import (
    CACHE_ENV,
    STORE_META,
    CorpusColumnsError,
    cached_load,
    corpus_fingerprint,
    default_cache_dir,
    ensure_store,
    is_parquet_corpus,
    parquet_files,
    read_parquet_corpus,
    store_info,
    write_store,
)
from helpers.paths import PRACTICE_CORPUS_DIR


@pytest.fixture(scope="module")
def practice() -> tuple[pd.DataFrame, pd.DataFrame]:
    return load_corpus(PRACTICE_CORPUS_DIR, cache=False)


def _without_timings(report: pd.DataFrame) -> pd.DataFrame:
    """The load report without ``seconds`` (how long a parse took differs between parses)."""
    return report.drop(columns=[SECONDS])


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(PRACTICE_CORPUS_DIR, folder)
    return folder


def _entries(cache: Path) -> list[Path]:
    return sorted(p.parent for p in cache.rglob(STORE_META))


def test_store_gives_the_parsed_tables_exactly(tmp_path: Path, practice) -> None:
    first = cached_load(PRACTICE_CORPUS_DIR, cache_dir=tmp_path)
    (entry,) = _entries(tmp_path)
    second = cached_load(PRACTICE_CORPUS_DIR, cache_dir=tmp_path)
    for loaded in (first, second):
        pd.testing.assert_frame_equal(loaded.articles, practice.articles)
        pd.testing.assert_frame_equal(
            _without_timings(loaded.report), _without_timings(practice.report)
        )
    pd.testing.assert_frame_equal(first.report, second.report)  # timings as stored
    meta = json.loads((entry / STORE_META).read_text())
    assert meta["n_articles"] == len(practice.articles) == store_info(entry)["n_articles"]
    assert meta["fingerprint"] == corpus_fingerprint(PRACTICE_CORPUS_DIR) == entry.name


def test_store_is_read_not_parsed_when_nothing_changed(tmp_path: Path, corpus_copy: Path) -> None:
    cached_load(corpus_copy, cache_dir=tmp_path)
    (entry,) = _entries(tmp_path)
    # tamper with the stored table: a second call must return the stored (tampered) title
    part = parquet_files(entry)[0]
    table = pd.read_parquet(part)
    table.loc[0, TITLE] = "stored, not parsed"
    table.to_parquet(part, index=False)
    assert cached_load(corpus_copy, cache_dir=tmp_path).articles.loc[0, TITLE] == (
        "stored, not parsed"
    )


@pytest.mark.parametrize("change", ["edit", "add", "remove", "touch"])
def test_a_changed_added_or_removed_file_invalidates_the_store(
    tmp_path: Path, corpus_copy: Path, change: str
) -> None:
    cache = tmp_path / "cache"
    before = cached_load(corpus_copy, cache_dir=cache)
    files = sorted((corpus_copy / "articles").glob("*.txt"))
    if change == "edit":
        text = files[0].read_text()
        files[0].write_text(text.replace("\n\n", "\n\nAn added paragraph.\n\n", 1))
    elif change == "add":
        (corpus_copy / "articles" / "zz_new.txt").write_text(files[0].read_text() + "\nMore.\n")
    elif change == "remove":
        files[0].unlink()
    else:
        stat = files[0].stat()
        os.utime(files[0], ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    after = cached_load(corpus_copy, cache_dir=cache)
    pd.testing.assert_frame_equal(after.articles, load_corpus(corpus_copy).articles)
    if change in ("add", "remove"):
        assert len(after.report) == len(before.report) + (1 if change == "add" else -1)
    assert len(_entries(cache)) == 1  # the stale entry was replaced


def test_loader_options_are_part_of_the_key(tmp_path: Path) -> None:
    plain = corpus_fingerprint(PRACTICE_CORPUS_DIR)
    assert corpus_fingerprint(PRACTICE_CORPUS_DIR, progress=True) == plain
    assert corpus_fingerprint(PRACTICE_CORPUS_DIR, dayfirst=True) != plain
    dropped = cached_load(PRACTICE_CORPUS_DIR, cache_dir=tmp_path, drop_duplicates=True)
    assert (dropped.articles[DUPLICATE_OF] == "").all()
    with pytest.raises(TypeError, match="no option"):
        cached_load(PRACTICE_CORPUS_DIR, cache_dir=tmp_path, day_first=True)


def test_cache_false_neither_reads_nor_writes(tmp_path: Path, practice) -> None:
    loaded = cached_load(PRACTICE_CORPUS_DIR, cache=False, cache_dir=tmp_path)
    pd.testing.assert_frame_equal(loaded.articles, practice.articles)
    assert not any(tmp_path.iterdir())


def test_cache_dir_comes_from_the_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "here"))
    assert default_cache_dir() == tmp_path / "here"
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "news-notebooks" / "corpus-store"


def test_the_store_folder_is_not_part_of_a_corpus(tmp_path: Path, corpus_copy: Path) -> None:
    """Even when the store is put inside the corpus folder (a hidden folder), nothing changes."""
    cache = corpus_copy / ".news-cache"
    first = cached_load(corpus_copy, cache_dir=cache)
    second = cached_load(corpus_copy, cache_dir=cache)
    pd.testing.assert_frame_equal(first.report, second.report)
    assert len(_entries(cache)) == 1


def test_write_is_atomic_and_keeps_an_existing_entry(tmp_path: Path, practice) -> None:
    folder = tmp_path / "entry"
    write_store(practice, folder, rows_per_part=20)
    assert len(parquet_files(folder)) == 3  # 56 articles, 20 per file
    assert write_store(practice, folder) == folder  # a second writer leaves it as it is
    assert len(parquet_files(folder)) == 3
    assert [p.name for p in tmp_path.iterdir()] == ["entry"]  # no temporary folder left
    pd.testing.assert_frame_equal(read_parquet_corpus(folder).articles, practice.articles)


def test_a_damaged_entry_is_parsed_again(tmp_path: Path, practice) -> None:
    cached_load(PRACTICE_CORPUS_DIR, cache_dir=tmp_path)
    (entry,) = _entries(tmp_path)
    parquet_files(entry)[0].write_bytes(b"not parquet")
    with pytest.warns(UserWarning, match="unreadable"):
        loaded = cached_load(PRACTICE_CORPUS_DIR, cache_dir=tmp_path)
    pd.testing.assert_frame_equal(loaded.articles, practice.articles)


# --------------------------------------------------------------------------------------------------
# Parquet as a corpus
# --------------------------------------------------------------------------------------------------


def test_a_store_entry_and_its_files_are_parquet_corpora(tmp_path: Path, practice) -> None:
    entry = ensure_store(PRACTICE_CORPUS_DIR, cache_dir=tmp_path)
    assert is_parquet_corpus(entry)
    assert not is_parquet_corpus(PRACTICE_CORPUS_DIR)
    # cached_load accepts it as a source
    pd.testing.assert_frame_equal(cached_load(entry).articles, practice.articles)
    # the bare articles file, without the store's description, keeps the contract too
    (part,) = parquet_files(entry)
    plain = read_parquet_corpus(part)
    pd.testing.assert_frame_equal(plain.articles, practice.articles)
    assert plain.report["n_articles"].tolist() == [len(practice.articles)]


def test_a_foreign_parquet_export_is_mapped_and_completed(tmp_path: Path, practice) -> None:
    source = practice.articles.head(12)
    export = pd.DataFrame(
        {
            "Headline": source[TITLE],
            "date": source[PUBLISHED].dt.strftime("%Y-%m-%d"),
            "Body": source[TEXT],
            "link": source[URL],
            "extra": 1,
        }
    )
    folder = tmp_path / "export"
    folder.mkdir()
    export.to_parquet(folder / "batch-1.parquet", index=False)
    loaded = read_parquet_corpus(folder, columns={"title": "Headline", "text": "Body"})
    articles = loaded.articles
    assert list(articles.columns) == list(ARTICLE_COLUMNS)
    assert articles[ARTICLE_ID].tolist() == [f"batch-1:{i}" for i in range(1, 13)]
    assert articles[TITLE].tolist() == source[TITLE].tolist()
    assert articles[PUBLISHED].dt.normalize().tolist() == source[PUBLISHED].dt.normalize().tolist()
    assert articles[WORD_COUNT].tolist() == source[WORD_COUNT].tolist()
    assert articles[OUTLET].tolist() == source[OUTLET].tolist()  # the URL's domain
    assert (articles[SOURCE_FORMAT] == "parquet").all()
    assert loaded.report["n_articles"].tolist() == [12]


def test_parquet_duplicates_are_marked_on_the_whole_table(tmp_path: Path, practice) -> None:
    articles = practice.articles.drop(columns=["duplicate_of", "duplicate_kind"])
    articles.to_parquet(tmp_path / "all.parquet", index=False)
    loaded = read_parquet_corpus(tmp_path / "all.parquet")
    assert loaded.articles[DUPLICATE_OF].tolist() == practice.articles[DUPLICATE_OF].tolist()


def test_parquet_without_text_column_says_what_to_do(tmp_path: Path) -> None:
    pd.DataFrame({"headline": ["a"], "content_html": ["<p>x</p>"]}).to_parquet(
        tmp_path / "x.parquet"
    )
    with pytest.raises(CorpusColumnsError, match=r"no text column.*columns=\{'text'"):
        read_parquet_corpus(tmp_path / "x.parquet")
    with pytest.raises(CorpusColumnsError, match="not a column of the file"):
        read_parquet_corpus(tmp_path / "x.parquet", columns={"text": "Body"})
    with pytest.raises(FileNotFoundError):
        read_parquet_corpus(tmp_path / "missing.parquet")


# --------------------------------------------------------------------------------------------------
# load_corpus goes through the store
# --------------------------------------------------------------------------------------------------


def test_load_corpus_reuses_the_store_while_nothing_changed(tmp_path: Path, corpus_copy: Path):
    cache = tmp_path / "store"
    first = load_corpus(corpus_copy, cache_dir=cache)
    (entry,) = _entries(cache)
    part = parquet_files(entry)[0]
    table = pd.read_parquet(part)
    table.loc[0, "title"] = "read from the store"
    table.to_parquet(part, index=False)
    second = load_corpus(corpus_copy, cache_dir=cache)
    assert second.articles["title"].iloc[0] == "read from the store"  # not parsed again
    assert second.articles["title"].iloc[0] != first.articles["title"].iloc[0]
    parsed = load_corpus(corpus_copy, cache_dir=cache, cache=False)  # cache=False: parsed
    assert parsed.articles["title"].iloc[0] == first.articles["title"].iloc[0]


def test_load_corpus_without_cache_dir_uses_news_cache_dir(tmp_path: Path, monkeypatch, practice):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "env-store"))
    loaded = load_corpus(PRACTICE_CORPUS_DIR)
    assert len(_entries(tmp_path / "env-store")) == 1
    pd.testing.assert_frame_equal(loaded.articles, practice.articles)


def test_load_corpus_reads_a_parquet_file(tmp_path: Path, practice) -> None:
    path = tmp_path / "corpus.parquet"
    practice.articles.to_parquet(path, index=False)
    assert is_parquet_corpus(path)
    articles, report = load_corpus(path)
    pd.testing.assert_frame_equal(articles, practice.articles)
    assert report[STATUS].tolist() == ["loaded"]


def test_the_loader_code_hash_reads_the_package() -> None:
    from helpers.corpus import store

    assert Path(store.__file__).resolve().parents[1] == store._HELPERS_DIR
    assert (store._HELPERS_DIR / "corpus" / "load.py").is_file()
    assert (store._HELPERS_DIR / "columns.py").is_file()
