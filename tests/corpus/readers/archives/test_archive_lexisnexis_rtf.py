"""helpers/corpus/readers/archives/lexisnexis_rtf.py on an invented RTF export."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.corpus.readers.archives import read_archive, sniff_archive

FIXTURES = Path(__file__).parent / "fixtures"


def test_invented_rtf_export() -> None:
    path = FIXTURES / "lexisnexis_invented.RTF"
    data = path.read_bytes()
    assert sniff_archive(path, data) == "lexisnexis-rtf"
    result = read_archive(path, data)
    assert [d["status"] for d in result.documents] == ["loaded", "loaded"]
    library, german = result.records
    assert library["source_format"] == "lexisnexis-rtf"
    assert library["title"] == "Library extends opening hours"
    assert library["outlet"] == "The Lantern Gazette (Eastbury)"
    assert library["published"] == pd.Timestamp("2021-03-15")
    assert library["byline"] == "Odile Marsh"
    assert library["section"] == "LOCAL; Pg. 2"
    assert library["stated_word_count"] == 38
    assert library["text"].endswith("the café will stay open too.")  # \'e9 in cp1252
    assert library["text"].count("\n\n") == 1
    assert german["published"] == pd.Timestamp("2021-03-15")  # "15. M\'e4rz 2021 Montag"
    assert german["language"] == "de"


def test_rtf_cut_in_the_middle_never_raises() -> None:
    data = (FIXTURES / "lexisnexis_invented.RTF").read_bytes()
    result = read_archive(Path("cut.rtf"), data[: len(data) // 2])
    assert result.format == "lexisnexis-rtf"
    assert [d["status"] for d in result.documents] == ["loaded"]
    assert "cut short" in result.documents[0]["detail"]
