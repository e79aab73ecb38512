"""helpers/corpus/readers/archives/lexisnexis_txt.py on the shared R-package sample and invented exports."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers.corpus import ARTICLE_COLUMNS, DUPLICATE_KIND, DUPLICATE_OF, mark_duplicates
from helpers.corpus.readers.archives import read_archive, sniff_archive
from helpers.paths import CORPUS_DIR, shared_path

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = shared_path("data", "archive-exports", "lexisnexis-txt", "sample_docs_1-5.TXT")


def read(path: Path):
    return read_archive(path, path.read_bytes())


@pytest.mark.shared
@pytest.mark.skipif(SAMPLE is None, reason="../shared/data/archive-exports is absent")
def test_shared_lexisnexis_txt_sample() -> None:
    result = read(SAMPLE)
    assert result.format == "lexisnexis-txt"
    # the file is named 1-5 but holds documents 1 to 4 of a 10-document download
    assert [d["status"] for d in result.documents] == ["loaded"] * 4
    records = result.records
    assert [r["outlet"] for r in records] == [
        "Guardian.com",
        "Guardian",
        "The Sun (England)",
        "The Times (London)",
    ]
    assert [r["outlet_normalised"] for r in records] == ["guardian.com", "guardian", "sun", "times"]
    assert all(r["published"] == pd.Timestamp("2010-01-11") for r in records)
    assert {r["date_source"] for r in records} == {"archive-metadata"}
    assert [r["stated_word_count"] for r in records] == [355, 927, 677, 453]
    assert [r["byline"] for r in records] == [
        "Andrew Sparrow",
        "Simon Tisdall",
        "TREVOR Kavanagh",
        "Tom Coghlan",
    ]
    assert records[0]["title"] == "Lorem ipsum dolor sit amet"
    assert records[3]["title"] == "Lorem ipsum dolor sit amet, consectetur adipiscing elit"
    assert records[2]["section"] == "FEATURES; Pg. 6"
    assert records[2]["edition"] == "Edition 1; Scotland"
    assert records[3]["edition"] == "Edition 1; Ireland"
    assert {r["language"] for r in records} == {"en"}
    assert records[3]["captions"] == (
        "Rupert Hamer, who was killed in an explosion in Afghanistan yesterday while on patrol "
        "with US Marines [SUNDAY MIRROR / PA]"
    )
    first = records[0]["text"]
    assert first.count("\n\n") == 4  # five paragraphs, hard line breaks joined
    assert first.startswith(
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit. Etiam lacinia elementum"
    )
    assert first.endswith("Nulla suscipit metus neque, ut varius.")
    for record in records:
        for metadata in ("LOAD-DATE", "LANGUAGE:", "PUBLICATION-TYPE", "Copyright", "BYLINE"):
            assert metadata not in record["text"]
    assert [r["position"] for r in records] == [1, 2, 3, 4]
    assert records[0]["article_id"] == "sample_docs_1-5:1"


def test_invented_export_every_document_reported() -> None:
    result = read(FIXTURES / "lexisnexis_invented.TXT")
    assert result.format == "lexisnexis-txt"
    statuses = [(d["position"], d["status"]) for d in result.documents]
    assert statuses == [(1, "loaded"), (2, "loaded"), (3, "skipped"), (4, "loaded")]
    assert result.documents[2]["detail"] == "no body text ('Sommaire du jour')"
    harbour, german, pasted = result.records
    assert harbour["title"] == "Harbour bridge reopens after six months of repairs"
    assert harbour["outlet"] == "The Coastal Herald (Portmere)"
    assert harbour["outlet_normalised"] == "coastal herald"
    assert harbour["published"] == pd.Timestamp("2010-01-04")
    assert harbour["edition"] == "Final Edition"
    assert harbour["section"] == "NEWS; Pg. 5"
    assert harbour["stated_word_count"] == 74
    assert harbour["captions"] == "The reopened harbour bridge at dawn [TOM REED / COASTAL HERALD]"
    assert harbour["text"].split("\n\n")[1] == (
        "Engineers replaced the rusted cables and repainted the deck. The council said the work "
        "cost less than planned."
    )
    assert "PORTMERE" not in harbour["text"]  # DATELINE is metadata
    assert german["published"] == pd.Timestamp("2010-01-04")  # "4. Januar 2010 Montag"
    assert german["language"] == "de"
    assert german["title"] == "Neue Brücke über den Fluss"
    assert pasted["position"] == 4  # the pasted "8 of 383 DOCUMENTS" block
    assert pasted["text"] == harbour["text"]


def test_pasted_block_is_marked_as_duplicate_by_the_loader_policy() -> None:
    records = read(FIXTURES / "lexisnexis_invented.TXT").records
    frame = pd.DataFrame(records).reindex(columns=list(ARTICLE_COLUMNS), fill_value="")
    frame["published"] = pd.to_datetime(frame["published"])
    marked = mark_duplicates(frame)
    assert marked[DUPLICATE_OF].tolist() == ["", "", "lexisnexis_invented:1"]
    assert marked[DUPLICATE_KIND].tolist()[2] == "same-text"


def test_truncated_export_keeps_what_is_there_and_says_so() -> None:
    result = read(FIXTURES / "lexisnexis_truncated.txt")
    assert [d["status"] for d in result.documents] == ["loaded", "loaded"]
    ferry, school = result.records
    # "Winter 2011" is no date: the LOAD-DATE stands in, and the report says so
    assert ferry["published"] == pd.Timestamp("2011-02-02")
    assert ferry["date_source"] == "archive-load-date"
    assert ferry["title"] == "Ferry timetable changes"
    assert "LOAD-DATE" in result.documents[0]["detail"]
    assert school["text"].endswith("and classes will")
    assert "cut short" in result.documents[1]["detail"]


def test_sniffer_tells_an_export_from_the_bundles_one_article_text() -> None:
    sample = next(CORPUS_DIR.glob("*.txt"))
    assert sniff_archive(sample, sample.read_bytes()) is None
    result = read(sample)
    assert result.records == []
    assert result.documents[0]["detail"] == "not a recognised archive export"
    invented = FIXTURES / "lexisnexis_invented.TXT"
    assert sniff_archive(invented.with_suffix(".dat"), invented.read_bytes()) == "lexisnexis-txt"


def test_garbled_bytes_never_raise() -> None:
    data = (FIXTURES / "lexisnexis_invented.TXT").read_bytes()
    garbled = data[:900] + bytes(range(256)) * 4 + data[900:1300]
    result = read_archive(Path("garbled.TXT"), garbled)
    assert result.documents
    assert {d["status"] for d in result.documents} <= {"loaded", "skipped"}
