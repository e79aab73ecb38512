"""helpers.corpus.load: load_corpus, the column contract, the load report, sentences."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from helpers import corpus as c
from helpers.corpus import load_corpus, sentences


def test_sample_columns_follow_the_contract(sample_corpus: Path) -> None:
    articles, report = load_corpus(sample_corpus)
    assert tuple(articles.columns) == c.ARTICLE_COLUMNS
    assert tuple(report.columns) == c.REPORT_COLUMNS
    assert set(c.COLUMN_DESCRIPTIONS) == set(c.ARTICLE_COLUMNS)
    assert articles[c.PUBLISHED].dtype == "datetime64[ns]"
    # one return type: the archive columns exist for every corpus, empty outside archive exports
    assert articles[c.STATED_WORD_COUNT].dtype == "Int64"
    assert articles[c.STATED_WORD_COUNT].isna().all()
    assert articles[c.POSITION].dtype == "int64" and (articles[c.POSITION] == 0).all()
    for column in (c.OUTLET_NORMALISED, c.SECTION, c.EDITION, c.LANGUAGE, c.ARCHIVE_ID):
        assert (articles[column] == "").all(), column


def test_article_ids_are_stable(sample_corpus: Path) -> None:
    first = load_corpus(sample_corpus).articles[c.ARTICLE_ID].tolist()
    second = load_corpus(sample_corpus / "000_282d2e45037f4602.txt").articles[c.ARTICLE_ID].tolist()
    assert first == second == ["000_282d2e45037f4602"]


def test_loading_does_not_depend_on_nltk_data(sample_corpus: Path, monkeypatch, tmp_path) -> None:
    import nltk

    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    assert len(sentences(load_corpus(sample_corpus).articles)) > 5


ARTICLE = "Title {n}\n\nBy Reuters\n\nMarch 3, 2021\n\nBody paragraph number {n} about the café.\n"


@pytest.fixture
def messy_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "messy"
    (folder / "sub").mkdir(parents=True)
    (folder / "utf8.txt").write_text(ARTICLE.format(n=1), encoding="utf-8")
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.format(n=2).encode("utf-8"))
    (folder / "cp1252.txt").write_bytes(
        ARTICLE.format(n=3).replace("café", "café – “quoted” text").encode("cp1252")
    )
    (folder / "latin1.txt").write_bytes(ARTICLE.format(n=4).encode("latin-1"))
    (folder / "crlf.txt").write_bytes(ARTICLE.format(n=5).replace("\n", "\r\n").encode("utf-8"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("   \n\n  \n")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "bad_date.txt").write_text("Title 8\n\nBy AP\n\nsometime soon\n\nThe body text.\n")
    (folder / "sub" / "no_title.txt").write_text("By AFP\n\nMay 5, 2021\n\nOnly a body here.\n")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 fake word file")
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    (folder / "README.md").write_text("# my corpus\n")
    return folder


def test_messy_folder_loads_without_crashing(messy_folder: Path) -> None:
    articles, report = load_corpus(messy_folder)
    files_on_disk = sorted(str(p) for p in messy_folder.rglob("*") if p.is_file())
    assert sorted(report[c.SOURCE_PATH]) == files_on_disk  # every file accounted for
    status = dict(
        zip(report[c.SOURCE_PATH].map(lambda p: Path(p).name), report[c.STATUS], strict=True)
    )
    detail = dict(
        zip(report[c.SOURCE_PATH].map(lambda p: Path(p).name), report[c.DETAIL], strict=True)
    )
    for name in (
        "utf8.txt",
        "bom.txt",
        "cp1252.txt",
        "latin1.txt",
        "crlf.txt",
        "bad_date.txt",
        "no_title.txt",
    ):
        assert status[name] == "loaded", (name, detail[name])
    for name in ("empty.txt", "blank.txt", "binary.txt", "notes.docx", ".DS_Store", "README.md"):
        assert status[name] == "skipped", name
    assert detail["empty.txt"] == "empty file"
    assert detail["binary.txt"] == "binary file, not text"
    assert detail["notes.docx"].startswith("cannot open the Word file (truncated or damaged?)")
    assert "no readable date" in detail["bad_date.txt"]
    assert "no title" in detail["no_title.txt"]
    assert int(report[c.N_ARTICLES].sum()) == len(articles) == 7


def test_encodings_are_detected_not_guessed(messy_folder: Path) -> None:
    articles, report = load_corpus(messy_folder)
    by_name = articles.set_index(articles[c.SOURCE_PATH].map(lambda p: Path(p).name))
    for name in ("utf8.txt", "bom.txt", "latin1.txt", "crlf.txt"):
        assert "about the café." in by_name.loc[name, c.TEXT], name
    assert "café – “quoted” text" in by_name.loc["cp1252.txt", c.TEXT]
    assert by_name.loc["bom.txt", c.TITLE] == "Title 2"
    assert "\r" not in by_name.loc["crlf.txt", c.TEXT]
    encodings = dict(
        zip(report[c.SOURCE_PATH].map(lambda p: Path(p).name), report[c.ENCODING], strict=True)
    )
    assert encodings["bom.txt"] == "utf-8-sig"
    assert encodings["cp1252.txt"] == "cp1252"


def test_missing_parts_are_normal(messy_folder: Path) -> None:
    articles, _ = load_corpus(messy_folder)
    by_name = articles.set_index(articles[c.SOURCE_PATH].map(lambda p: Path(p).name))
    no_title = by_name.loc["no_title.txt"]
    assert no_title[c.TITLE] == ""
    assert no_title[c.AGENCY] == "AFP"
    assert no_title[c.PUBLISHED] == pd.Timestamp("2021-05-05")
    assert no_title[c.ARTICLE_ID] == "sub/no_title"
    bad = by_name.loc["bad_date.txt"]
    assert pd.isna(bad[c.PUBLISHED]) and bad[c.DATE_SOURCE] == ""
    assert "sometime soon" in bad[c.TEXT]  # not a date: kept as body, nothing lost
    assert by_name.loc["utf8.txt", c.URL] == "" and by_name.loc["utf8.txt", c.OUTLET] == ""


def test_missing_folder_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="Pass a folder of articles"):
        load_corpus(tmp_path / "nope")


def test_summary_mentions_skips(messy_folder: Path) -> None:
    summary = load_corpus(messy_folder).summary()
    assert summary.startswith("13 files found: 7 loaded")
    assert "skipped 1 (binary.txt): binary file, not text" in summary
    assert "notes.docx" in summary


def test_sentence_table_offsets(sample_corpus: Path) -> None:
    articles = load_corpus(sample_corpus).articles
    table = sentences(articles)
    assert tuple(table.columns) == c.SENTENCE_COLUMNS
    text = articles[c.TEXT].iloc[0]
    for row in table.itertuples():
        assert text[row.start : row.end] == row.sentence
    joined = table[c.SENTENCE].tolist()
    assert any(s.endswith("with 80% of the vote in the Aug. 9 election.") for s in joined)
    assert table[c.PARAGRAPH_INDEX].max() == 9


def test_describe_columns_lists_the_contract() -> None:
    table = c.describe_columns()
    assert table["column"].tolist() == list(c.ARTICLE_COLUMNS)


def test_period_start() -> None:
    published = pd.Series(
        pd.to_datetime(["2020-09-29 14:00", None, "2020-10-04 00:00", "2020-10-05 09:00"])
    )
    weeks = c.period_start(published, period="week")
    assert weeks.tolist()[0] == pd.Timestamp("2020-09-28")  # Monday
    assert pd.isna(weeks.iloc[1])
    assert weeks.tolist()[2:] == [pd.Timestamp("2020-09-28"), pd.Timestamp("2020-10-05")]
    months = c.period_start(published, period="month")
    assert months.tolist()[3] == pd.Timestamp("2020-10-01")
    with pytest.raises(ValueError, match="period must be one of"):
        c.period_start(published, period="fortnight")


# ------------------------------------------------------------------------------------------------
# Hostile folders (issue 17): nothing hangs, nothing crashes, every path accounted for
# ------------------------------------------------------------------------------------------------


def _by_name(report: pd.DataFrame) -> dict[str, pd.Series]:
    return {Path(row[c.SOURCE_PATH]).name: row for _, row in report.iterrows()}


def test_report_columns_say_how_each_file_was_decoded(messy_folder: Path) -> None:
    _, report = load_corpus(messy_folder)
    rows = _by_name(report)
    assert rows["utf8.txt"][c.ENCODING_SOURCE] == "valid utf-8"
    assert rows["bom.txt"][c.ENCODING_SOURCE] == "bom"
    assert rows["cp1252.txt"][c.ENCODING_SOURCE] == "latin-script check"
    assert (report[c.POSITION] == 0).all() and (report[c.REPLACED_BYTES] == 0).all()
    assert (report[c.SECONDS] >= 0).all()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_fifos_devices_and_broken_links_are_never_read(tmp_path: Path) -> None:
    """A FIFO named .txt hung forever; a link to /dev/zero ran into a MemoryError."""
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "ok.txt").write_text(ARTICLE.format(n=1))
    articles, report = load_corpus(tmp_path)
    rows = _by_name(report)
    assert len(articles) == 1 and len(report) == 4
    assert rows["pipe.txt"][c.DETAIL] == "not a regular file (a named pipe): not read"
    assert rows["zero.txt"][c.DETAIL] == "not a regular file (a character device): not read"
    assert rows["gone.txt"][c.DETAIL].startswith("broken link")


def test_files_over_the_size_limit_are_skipped_with_advice(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(ARTICLE.format(n=1) + "word " * 300_000)
    (tmp_path / "small.txt").write_text(ARTICLE.format(n=2))
    articles, report = load_corpus(tmp_path, max_file_mb=1)
    rows = _by_name(report)
    assert rows["big.txt"][c.STATUS] == "skipped"
    assert "larger than max_file_mb=1" in rows["big.txt"][c.DETAIL]
    assert articles[c.ARTICLE_ID].tolist() == ["small"]
    assert len(load_corpus(tmp_path, max_file_mb=None).articles) == 2
    assert c.MAX_FILE_MB == 200


def test_a_very_deep_folder_loads(tmp_path: Path, deep_chain) -> None:
    """Depth over about 1,000 raised RecursionError."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    folder = deep_chain(corpus, 1100)
    with open(os.open("deep.txt", os.O_WRONLY | os.O_CREAT, dir_fd=folder), "w") as handle:
        handle.write(ARTICLE.format(n=9))
    os.close(folder)
    (corpus / "top.txt").write_text(ARTICLE.format(n=1))
    articles, report = load_corpus(corpus)
    assert len(report) == 2 and (report[c.STATUS] == "loaded").all()
    assert articles[c.ARTICLE_ID].tolist()[0] == "/".join(["d"] * 1100 + ["deep"])


def test_linked_folders_are_followed_once(tmp_path: Path) -> None:
    """Files inside a linked folder were dropped silently; loops must not run forever."""
    corpus, elsewhere = tmp_path / "corpus", tmp_path / "elsewhere"
    (corpus / "real").mkdir(parents=True)
    elsewhere.mkdir()
    (elsewhere / "far.txt").write_text(ARTICLE.format(n=1))
    (corpus / "real" / "near.txt").write_text(ARTICLE.format(n=2))
    (corpus / "far_link").symlink_to(elsewhere)
    (corpus / "again").symlink_to(corpus / "real")  # a second path to a folder read already
    (corpus / "real" / "loop").symlink_to(corpus)  # a loop
    (corpus / ".git").mkdir()
    (corpus / ".git" / "HEAD.txt").write_text("ref")
    articles, report = load_corpus(corpus)
    assert sorted(articles[c.ARTICLE_ID]) == ["far_link/far", "real/near"]
    rows = _by_name(report)
    assert rows["again"][c.DETAIL] == "link to a folder that is read already: not read again"
    assert rows["loop"][c.STATUS] == "skipped"
    assert rows[".git"][c.DETAIL] == "hidden folder (name starts with '.'): not read"


def test_encoding_override(tmp_path: Path) -> None:
    text = ARTICLE.format(n=1).replace("café", "věc řekl")
    (tmp_path / "cz.txt").write_bytes(text.encode("cp1250"))
    articles, report = load_corpus(tmp_path, encoding="cp1250")
    assert "věc řekl" in articles[c.TEXT].iloc[0]
    assert report[c.ENCODING].tolist() == ["cp1250"]
    assert report[c.ENCODING_SOURCE].tolist() == ["given"]
    with pytest.raises(ValueError, match="not a codec"):
        load_corpus(tmp_path, encoding="nope")


def test_replaced_bytes_are_reported(tmp_path: Path) -> None:
    data = ARTICLE.format(n=1).replace("café", "café, naïve, señor").encode()
    (tmp_path / "a.txt").write_bytes(data.replace(b"Body", b"Bo\xffdy"))
    articles, report = load_corpus(tmp_path)
    assert report[c.REPLACED_BYTES].tolist() == [1]
    assert report[c.ENCODING_SOURCE].tolist() == ["utf-8 with invalid bytes"]
    assert "1 byte that are not utf-8 replaced by U+FFFD" in report[c.DETAIL].iloc[0]
    assert "café, naïve, señor" in articles[c.TEXT].iloc[0]
