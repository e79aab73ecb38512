"""helpers/corpus/readers/archives/lexisnexis_html.py on the shared sample and an invented export."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers.corpus.readers.archives import read_archive
from helpers.paths import shared_path

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = shared_path("data", "archive-exports", "lexisnexis-html", "lexisnexis_test_en.html")


@pytest.mark.shared
@pytest.mark.skipif(SAMPLE is None, reason="../shared/data/archive-exports is absent")
def test_shared_lexisnexis_html_sample() -> None:
    result = read_archive(SAMPLE, SAMPLE.read_bytes())
    assert result.format == "lexisnexis-html"
    assert [d["status"] for d in result.documents] == ["loaded", "loaded"]
    first, second = result.records
    assert first["title"] == "Heading One"
    assert first["outlet"] == "Some Newspaper"
    assert first["published"] == pd.Timestamp("1991-12-19")
    assert first["edition"] == "An Edition"
    assert first["byline"] == "PAPER AUTHOR"
    assert first["section"] == "Section 5; Part 2; Page 16; Column 2; National Desk"
    assert first["stated_word_count"] == 584
    assert first["text"] == (
        'Some text.\n\nSome more text.\n\n"Quotation" said somebody. More text, a highlight and '
        "end of paper."
    )
    assert first["captions"] == 'Diagram: "Something" Blah blah. (Source: NSA)'
    assert second["title"] == "First part; Second part"
    assert second["published"] == pd.Timestamp("1993-01-28")
    assert second["stated_word_count"] == 121
    assert second["byline"] == ""
    assert "Some correction." not in second["text"]
    assert second["captions"] == "Table (source: An Office)"


def test_invented_html_one_document_without_metadata_block() -> None:
    path = FIXTURES / "lexisnexis_invented.html"
    result = read_archive(path, path.read_bytes())
    assert [d["status"] for d in result.documents] == ["loaded", "loaded"]
    festival, letters = result.records
    assert festival["published"] == pd.Timestamp("2004-10-05")  # "Tuesday, October 5, 2004, ..."
    assert festival["edition"] == "Late Edition"
    assert festival["stated_word_count"] == 1204
    assert festival["byline"] == "Petra Lind"
    assert (
        festival["text"].split("\n\n")[1]
        == "The apple press ran all day. Children judged the pies."
    )
    # the second document has no fields, no copyright: still read, and the report says so
    assert letters["title"] == "Letters to the editor"
    assert letters["text"] == "The festival car park was far too small."
    assert "cut short" in result.documents[1]["detail"]
