"""helpers.corpus.readers: the registry that says which reader takes a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.corpus import READ_SUFFIXES, load_corpus
from helpers.corpus.readers import READERS, Reader, ReadResult, reader_for
from helpers.corpus.readers.base import LOADED, document_row, file_result


@pytest.mark.parametrize(
    ("name", "reader"),
    [
        ("a.txt", "text"),
        ("a.CSV", "csv"),
        ("a.tsv", "csv"),
        ("a.jsonl", "json"),
        ("a.ndjson", "json"),
        ("a.json", "json"),
        ("a.htm", "html"),
        ("a.html", "html"),
    ],
)
def test_suffix_decides_without_a_sniffer(name: str, reader: str) -> None:
    found = reader_for(Path(name), b"anything")
    assert found is not None and found.name == reader


def test_unknown_suffix_has_no_reader() -> None:
    assert reader_for(Path("notes.pdf"), b"%PDF-1.7") is None
    assert ".txt" in READ_SUFFIXES and ".pdf" not in READ_SUFFIXES


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("export.TXT", b"                1 of 383 DOCUMENTS\n\n The Times (London)\n"),
        ("factiva.html", b'<html><body><div class="article"><b class="frHeadline">x</b>'),
        ("notes.docx", b"PK\x03\x04"),
        ("export.rtf", b"{\\rtf1\\ansi 1 of 2 DOCUMENTS"),
        ("exports.zip", b"PK\x03\x04"),
    ],
)
def test_archive_exports_go_to_the_archive_reader_by_content(name: str, head: bytes) -> None:
    """Content first: a LexisNexis .TXT is no plain text, a Factiva .html no web page."""
    assert reader_for(Path(name), head).name == "archive"
    assert {".docx", ".rtf", ".zip", ".xml"} <= READ_SUFFIXES


def test_reader_names_are_unique() -> None:
    names = [reader.name for reader in READERS]
    assert len(names) == len(set(names))


def _sniff_memo(path: Path, head: bytes) -> bool:
    return head.startswith(b"MEMO 1 of ")


def _read_memo(path: Path, data: bytes, options) -> ReadResult:
    """A toy multi-document format: 'MEMO k of n' blocks; an empty block is a skipped document."""
    records, rows = [], []
    for position, block in enumerate(data.decode().split("MEMO ")[1:], start=1):
        body = block.split("\n", 1)[1].strip() if "\n" in block else ""
        if not body:
            rows.append(document_row(path, position, "skipped", "no body text", decoded=None))
            continue
        records.append(
            {
                "article_id": f"{options.file_id}:{position}",
                "text": body,
                "source_path": str(path),
                "source_format": "memo",
            }
        )
        rows.append(document_row(path, position, LOADED, decoded=None))
    return ReadResult(records, rows)


def test_a_sniffing_multi_document_reader_plugs_in(tmp_path: Path) -> None:
    """Content wins over the suffix, and each document gets its own report row."""
    memo = Reader("memo", _read_memo, sniff=_sniff_memo, multi_document=True)
    readers = (memo, *READERS)
    (tmp_path / "export.txt").write_text(
        "MEMO 1 of 3\nFirst memo.\nMEMO 2 of 3\n\nMEMO 3 of 3\nThird."
    )
    assert reader_for(tmp_path / "export.txt", b"MEMO 1 of 3\n", readers) is memo
    assert reader_for(tmp_path / "export.txt", b"Title\n\nBody", readers).name == "text"
    rows = _read_memo(tmp_path / "export.txt", (tmp_path / "export.txt").read_bytes(), _options())
    assert [row["position"] for row in rows.report_rows] == [1, 2, 3]
    assert [row["status"] for row in rows.report_rows] == ["loaded", "skipped", "loaded"]


def _options():
    from helpers.corpus.readers.base import ReadOptions

    return ReadOptions(file_id="export")


def test_file_result_status() -> None:
    assert file_result("a.txt", [], ["no body text"], decoded=None).report_rows[0]["status"] == (
        "skipped"
    )
    one = file_result("a.csv", [{"text": "x"}], ["skipped 1 rows"], decoded=None, partial=True)
    assert one.report_rows[0]["status"] == "partly loaded"


def test_loader_uses_the_registry(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nMay 3, 2021\n\nBody.\n")
    assert load_corpus(tmp_path).articles["source_format"].tolist() == ["text"]
