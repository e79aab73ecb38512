"""Archive exports through load_corpus: the registry's archive reader, per-document report rows,
the archive columns, and duplicates across two exports (committed invented fixtures only)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from helpers import columns as c
from helpers.corpus import load_corpus

FIXTURES = Path(__file__).parent / "fixtures"
EXPORTS = sorted(p for p in FIXTURES.iterdir() if p.is_file() and p.suffix not in (".md", ".py"))


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every committed export (all formats, malformed ones and a zip of exports) in one folder."""
    folder = tmp_path_factory.mktemp("mixed")
    for path in EXPORTS:
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="module")
def mixed(mixed_folder: Path):
    return load_corpus(mixed_folder, cache=False)


def _rows(report: pd.DataFrame, name: str) -> pd.DataFrame:
    """The report rows of the file *name* itself (not of a zip member of that name)."""
    paths = report[c.SOURCE_PATH]
    return report[paths.str.endswith("/" + name) & ~paths.str.contains(".zip/", regex=False)]


def test_mixed_folder_counts(mixed) -> None:
    articles, report = mixed
    assert len(articles) == 26
    assert len(report) == 37  # one row per document, one per file that gives none
    assert (report[c.STATUS] == "loaded").sum() == 26
    assert (report[c.STATUS] == "skipped").sum() == 11
    assert int(report[c.N_ARTICLES].sum()) == 26
    assert articles[c.SOURCE_FORMAT].value_counts().to_dict() == {
        "lexisnexis-txt": 8,
        "factiva-xml": 6,
        "nexis-uni-docx": 4,
        "europresse-html": 3,
        "lexisnexis-rtf": 2,
        "lexisnexis-html": 2,
        "factiva-html": 1,
    }


def test_formats_are_detected_by_content(mixed) -> None:
    articles = mixed.articles
    formats = articles.groupby(articles[c.SOURCE_PATH].map(lambda p: Path(p).name))[
        c.SOURCE_FORMAT
    ].first()
    assert formats["lexisnexis_invented.TXT"] == "lexisnexis-txt"  # not the plain-text reader
    assert formats["factiva_invented.html"] == "factiva-html"  # not the web-page reader
    assert formats["europresse_invented.html"] == "europresse-html"
    assert formats["lexisnexis_invented.html"] == "lexisnexis-html"
    assert formats["lexisnexis_invented.RTF"] == "lexisnexis-rtf"
    assert formats["nexis_uni_invented.docx"] == "nexis-uni-docx"
    assert formats["factiva_invented.xml"] == "factiva-xml"


def test_every_document_has_a_report_row(mixed) -> None:
    report = mixed.report
    txt = _rows(report, "lexisnexis_invented.TXT")
    assert txt[c.POSITION].tolist() == [1, 2, 3, 4]
    assert txt[c.STATUS].tolist() == ["loaded", "loaded", "skipped", "loaded"]
    assert txt[c.DETAIL].iloc[2] == "no body text ('Sommaire du jour')"
    assert set(txt[c.ENCODING]) == {"utf-8"}  # decoded with the corpus policy
    docx = _rows(report, "nexis_uni_invented.docx")
    assert docx[c.POSITION].tolist() == [1, 2, 3]
    assert docx[c.STATUS].tolist() == ["loaded", "skipped", "loaded"]
    zipped = report[report[c.SOURCE_PATH].str.contains("mixed_exports.zip/")]
    assert len(zipped) == 12 and (zipped[c.STATUS] == "loaded").sum() == 8
    notes = report[report[c.SOURCE_PATH].str.endswith("mixed_exports.zip/notes.txt")]
    assert notes[c.DETAIL].tolist() == ["not a recognised archive export"]


def test_malformed_word_files_give_clear_messages(mixed) -> None:
    report = mixed.report
    truncated = _rows(report, "nexis_uni_truncated.docx")
    assert truncated[[c.POSITION, c.STATUS]].values.tolist() == [[0, "skipped"]]
    assert (
        truncated[c.DETAIL].iloc[0].startswith("cannot open the Word file (truncated or damaged?)")
    )
    empty = _rows(report, "nexis_uni_no_articles.docx")
    assert empty[[c.POSITION, c.STATUS]].values.tolist() == [[0, "skipped"]]
    assert empty[c.DETAIL].iloc[0] == (
        "no 'End of Document' separators: not a Nexis Uni download, or it holds no documents"
    )
    assert _rows(report, "factiva_empty.xml")[c.DETAIL].tolist() == [
        "no <article> records in the XML"
    ]


def test_archive_columns_are_filled(mixed) -> None:
    articles = mixed.articles
    assert articles[c.STATED_WORD_COUNT].dtype == "Int64"
    assert articles[c.POSITION].dtype == "int64" and (articles[c.POSITION] >= 1).all()
    herald = articles[
        (articles[c.SOURCE_FORMAT] == "lexisnexis-txt") & (articles[c.POSITION] == 1)
    ].iloc[0]
    assert herald[c.OUTLET] == "The Coastal Herald (Portmere)"
    assert herald[c.OUTLET_NORMALISED] == "coastal herald"
    assert herald[c.STATED_WORD_COUNT] == 74
    assert herald[c.DATE_SOURCE] == "archive-metadata"
    assert herald[c.ARTICLE_ID].startswith("lexisnexis_invented:1")
    assert articles[c.LANGUAGE].isin(["en", "fr", "de", ""]).all()
    assert (articles.loc[articles[c.SOURCE_FORMAT] == "factiva-xml", c.ARCHIVE_ID] != "").all()


def test_the_same_article_in_two_exports_is_marked(mixed) -> None:
    """The Coastal Herald story is in the TXT and the DOCX export: the later copy is marked."""
    articles = mixed.articles.set_index(c.ARTICLE_ID)
    docx_first = articles.loc["nexis_uni_invented:1"]
    original = articles.loc[docx_first[c.DUPLICATE_OF]]
    assert original[c.SOURCE_FORMAT] == "lexisnexis-txt"
    assert original[c.DUPLICATE_OF] == ""
    assert docx_first[c.DUPLICATE_KIND] == "same-text"
    assert docx_first[c.TITLE] == original[c.TITLE]


def test_an_archive_file_alone_is_a_corpus() -> None:
    articles, report = load_corpus(FIXTURES / "lexisnexis_invented.TXT", cache=False)
    assert len(articles) == 3 and report[c.POSITION].tolist() == [1, 2, 3, 4]
    assert articles[c.ARTICLE_ID].tolist() == [
        "lexisnexis_invented:1",
        "lexisnexis_invented:2",
        "lexisnexis_invented:4",
    ]
