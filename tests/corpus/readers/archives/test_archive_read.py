"""helpers/corpus/readers/archives/read.py: content sniffing of every format, and read_archive never raising."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from helpers.corpus.readers.archives import read_archive, sniff_archive
from helpers.corpus.readers.archives.fields import DOCUMENT_ROW_KEYS
from helpers.paths import PROJECT_ROOT

FIXTURES = Path(__file__).parent / "fixtures"

EXPECTED = {
    "lexisnexis_invented.TXT": "lexisnexis-txt",
    "lexisnexis_truncated.txt": "lexisnexis-txt",
    "lexisnexis_invented.RTF": "lexisnexis-rtf",
    "lexisnexis_invented.html": "lexisnexis-html",
    "nexis_uni_invented.docx": "nexis-uni-docx",
    "factiva_invented.html": "factiva-html",
    "factiva_invented.xml": "factiva-xml",
    "europresse_invented.html": "europresse-html",
    "europresse_new_layout.html": "europresse-html",
    "mixed_exports.zip": "zip",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sniffed_by_content_whatever_the_name(name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    assert sniff_archive(FIXTURES / name, data) == EXPECTED[name]
    if EXPECTED[name] not in ("nexis-uni-docx", "zip"):
        assert sniff_archive(Path("download.dat"), data) == EXPECTED[name]


@pytest.mark.parametrize(
    "data",
    [b"", b"\x00\x01\x02" * 100, b"<html><body>1 of 2 documents?</body></html>", b"{\\rtf1 }"],
)
def test_odd_input_gives_report_rows_not_errors(data: bytes) -> None:
    for name in ("x.txt", "x.html", "x.docx", "x.zip", "x.rtf", "x.xml"):
        result = read_archive(Path(name), data)
        assert result.records == []
        assert [tuple(row) for row in result.documents] == [DOCUMENT_ROW_KEYS]
        assert result.documents[0]["status"] == "skipped"


def test_import_is_light() -> None:
    code = (
        "import sys, helpers.corpus.readers.archives; "
        "print(sorted(m for m in ('lxml', 'docx', 'striprtf') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
