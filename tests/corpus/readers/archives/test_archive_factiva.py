"""helpers/corpus/readers/archives/factiva.py: HTML and XML, shared samples and invented exports."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers.corpus.readers.archives import read_archive, sniff_archive
from helpers.paths import shared_path

FIXTURES = Path(__file__).parent / "fixtures"
SHARED_HTML = shared_path("data", "archive-exports", "factiva", "factiva_test.html")
SHARED_XML = shared_path("data", "archive-exports", "factiva", "factiva_test.xml")
needs_shared = pytest.mark.skipif(
    SHARED_HTML is None or SHARED_XML is None, reason="../shared/data/archive-exports is absent"
)


def read(path: Path):
    return read_archive(path, path.read_bytes())


@pytest.mark.shared
@needs_shared
def test_shared_factiva_html() -> None:
    result = read(SHARED_HTML)
    assert result.format == "factiva-html"
    assert [d["status"] for d in result.documents] == ["loaded", "loaded"]
    first, second = result.records
    assert (first["title"], second["title"]) == ("Test 1", "Test 2")
    assert first["published"] == pd.Timestamp("2011-12-29 15:32")  # "29 décembre 2011" + ET
    assert second["published"] == pd.Timestamp("2011-12-29")
    assert (first["outlet"], second["outlet"]) == ("Test newspaper", "Ouest France")
    assert (first["stated_word_count"], second["stated_word_count"]) == (295, 65)
    assert first["language"] == "fr"
    assert first["archive_id"] == "TESTFR0020111229e7ct0001r"
    assert second["section"] == "Infolocale"
    assert second["edition"] == "something"
    assert first["text"] == (
        "First head paragraph, with a few non-ASCII characters: à la française.\n\n"
        "Second head paragraph.\n\nThird paragraph.\n\nFourth and last paragraph."
    )
    assert "gvote" not in first["text"]


@pytest.mark.shared
@needs_shared
def test_shared_factiva_xml() -> None:
    result = read(SHARED_XML)
    assert result.format == "factiva-xml"
    assert len(result.records) == 3
    titles = [r["title"] for r in result.records]
    assert titles == [
        "TEST - first test article",
        "TEST - second article de test",
        "TEST - third test article",
    ]
    assert [r["published"] for r in result.records] == [
        pd.Timestamp("2012-01-09 01:35:58"),
        pd.Timestamp("2012-01-06 01:05:06"),
        pd.Timestamp("2012-05-06 01:07:06"),
    ]
    assert [r["stated_word_count"] for r in result.records] == [942, 780, 531]
    assert [r["language"] for r in result.records] == ["en", "fr", "en"]
    assert {r["outlet"] for r in result.records} == {"My Newspaper"}
    assert result.records[0]["archive_id"] == "TEST0000020120109e51700030"
    assert result.records[2]["text"] == (
        "This is the lead paragraph of the third test article.\n\n"
        "This is the body of the third test article."
    )
    assert "A NOTE" not in result.records[0]["text"]


def test_invented_factiva_html_and_xml_agree() -> None:
    html = read(FIXTURES / "factiva_invented.html")
    xml = read(FIXTURES / "factiva_invented.xml")
    assert html.documents[1] | {"source_path": ""} == {
        "source_path": "",
        "position": 2,
        "status": "skipped",
        "detail": "no body text ('Korrektur')",
    }
    mill_html, mill_xml = html.records[0], xml.records[0]
    for column in ("title", "text", "published", "outlet", "byline", "archive_id", "language"):
        assert mill_html[column] == mill_xml[column], column
    assert mill_html["stated_word_count"] == mill_xml["stated_word_count"] == 1312
    assert mill_html["section"] == "Business"
    assert xml.records[1]["language"] == "fr"


def test_saved_web_page_is_not_a_factiva_export() -> None:
    page = b"<html><head><title>Factiva news</title></head><body><p>Text.</p></body></html>"
    assert sniff_archive(Path("page.html"), page) is None


def test_truncated_xml_keeps_complete_articles() -> None:
    result = read(FIXTURES / "factiva_truncated.xml")
    assert result.records[0]["title"] == "Mill town bets on solar panels"
    assert "XML damaged" in result.documents[-1]["detail"]


def test_xml_without_articles() -> None:
    result = read(FIXTURES / "factiva_empty.xml")
    assert result.records == []
    assert result.documents[0]["detail"] == "no <article> records in the XML"


def test_export_with_a_long_stylesheet_is_found_by_the_loader(tmp_path: Path) -> None:
    """Real Factiva HTML exports carry ~100 KB of inline style before the first field code, past
    the loader's 64 KB sniffing window: the page title must be enough (the shared sample was read
    as one web page titled 'Factiva' before)."""
    from helpers.corpus import load_corpus

    page = (FIXTURES / "factiva_invented.html").read_text(encoding="utf-8")
    style = "<style>" + "".join(f".c{i}{{margin:{i}px}}" for i in range(12000)) + "</style>"
    padded = page.replace("</title>", "</title>" + style, 1)
    assert padded.index('class="index"') > 65536
    (tmp_path / "export.html").write_text(padded, encoding="utf-8")
    articles = load_corpus(tmp_path, cache=False, progress=False).articles
    expected = [r["title"] for r in read(FIXTURES / "factiva_invented.html").records]
    assert articles["title"].tolist() == expected
    assert set(articles["source_format"]) == {"factiva-html"}


@pytest.mark.shared
@needs_shared
def test_shared_folder_of_exports_through_the_loader() -> None:
    """The whole shared folder of exports, as a user would load it: every file by its format."""
    from helpers.corpus import load_corpus

    articles = load_corpus(SHARED_HTML.parents[1], cache=False, progress=False).articles
    per_format = articles.groupby("source_format").size().to_dict()
    assert per_format == {
        "europresse-html": 3,
        "factiva-html": 2,
        "factiva-xml": 3,
        "lexisnexis-html": 2,
        "lexisnexis-txt": 4,
        "nexis-uni-docx": 10,
    }
    assert "Factiva" not in set(articles["title"])  # the page title is no article
