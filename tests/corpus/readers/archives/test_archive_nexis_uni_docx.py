"""helpers/corpus/readers/archives/nexis_uni_docx.py on the shared sample and invented Word files."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers.corpus.readers.archives import read_archive
from helpers.paths import shared_path

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = shared_path("data", "archive-exports", "nexis-uni-docx", "sample.DOCX")


def read(path: Path):
    return read_archive(path, path.read_bytes())


@pytest.mark.shared
@pytest.mark.skipif(SAMPLE is None, reason="../shared/data/archive-exports is absent")
def test_shared_nexis_uni_sample() -> None:
    result = read(SAMPLE)
    assert result.format == "nexis-uni-docx"
    assert [d["status"] for d in result.documents] == ["loaded"] * 10
    records = result.records
    assert {r["outlet"] for r in records} == {"The Guardian(London)"}
    assert {r["outlet_normalised"] for r in records} == {"guardian"}
    assert records[0]["title"] == "Lorem ipsum dolor sit amet"
    assert records[0]["published"] == pd.Timestamp("2019-07-01 09:20")
    assert records[0]["byline"] == "Mattha Busby (now), Andrew Sparrow (earlier)"
    assert records[0]["section"] == "POLITICS"  # "; Version:28" dropped
    assert [r["stated_word_count"] for r in records][:5] == [355, 571, 641, 663, 17366]
    assert records[6]["title"] == "Sample Headline"
    assert records[6]["language"] == "en"
    assert records[7]["section"] == "SPORT"
    assert records[7]["published"] == pd.Timestamp("2019-07-03 00:02")  # 12:02 AM
    assert records[8]["title"] == "R (programming language) on Wikipedia"
    assert records[9]["title"] == "What is Wikipedia"
    assert records[9]["byline"] == "Tom Kibasi"
    assert records[0]["text"].count("\n\n") == 4
    assert records[0]["text"].endswith("Nulla suscipit metus neque, ut varius.")
    # the Classification block of document 7 and the Load-Date lines stay out of the text
    for record in records:
        for metadata in ("Classification", "Subject:", "Load-Date", "End of Document", "Body"):
            assert metadata not in record["text"]
    assert records[6]["text"].count("\n\n") == 0
    # the cover page (search terms, list of titles) is not a document
    assert "Client/Matter" not in " ".join(r["title"] for r in records)


def test_invented_docx() -> None:
    result = read(FIXTURES / "nexis_uni_invented.docx")
    rows = [(d["position"], d["status"], d["detail"]) for d in result.documents]
    assert rows == [
        (1, "loaded", ""),
        (2, "skipped", "no body text ('Weather outlook')"),
        (3, "loaded", ""),
    ]
    harbour, german = result.records
    assert harbour["title"] == "Harbour bridge reopens after six months of repairs"
    assert harbour["outlet"] == "The Coastal Herald (Portmere)"
    assert harbour["published"] == pd.Timestamp("2010-01-04 07:30")
    assert harbour["captions"] == "The reopened harbour bridge at dawn. Photo: Tom Reed"
    assert harbour["section"] == "NEWS"
    assert harbour["language"] == "en"
    assert "BRIDGES" not in harbour["text"]
    assert german["published"] == pd.Timestamp("2010-01-04")
    assert german["title"] == "Neue Fähre für den See"
    assert german["language"] == "de"


def test_same_article_in_txt_and_docx_exports_has_the_same_text() -> None:
    docx_text = read(FIXTURES / "nexis_uni_invented.docx").records[0]["text"]
    txt_text = read(FIXTURES / "lexisnexis_invented.TXT").records[0]["text"]
    assert docx_text == txt_text  # so the loader's same-text duplicate mark catches it


def test_word_file_without_articles_gives_a_clear_message() -> None:
    result = read(FIXTURES / "nexis_uni_no_articles.docx")
    assert result.records == []
    assert result.documents[0]["status"] == "skipped"
    assert "no 'End of Document' separators" in result.documents[0]["detail"]


def test_truncated_docx_gives_a_clear_message() -> None:
    result = read(FIXTURES / "nexis_uni_truncated.docx")
    assert result.records == []
    assert result.documents[0]["detail"].startswith(
        "cannot open the Word file (truncated or damaged?)"
    )
