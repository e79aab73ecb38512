"""helpers/corpus/readers/archives/archive_zip.py: a mixed zip of exports, and the zip-bomb guard."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from helpers.corpus.readers.archives import archive_zip, read_archive

FIXTURES = Path(__file__).parent / "fixtures"


def test_mixed_zip_reports_every_document_of_every_member() -> None:
    path = FIXTURES / "mixed_exports.zip"
    result = read_archive(path, path.read_bytes())
    assert result.format == "zip"
    members = {Path(d["source_path"]).name for d in result.documents}
    assert members == {
        "lexisnexis_invented.TXT",
        "nexis_uni_invented.docx",
        "factiva_invented.xml",
        "europresse_invented.html",
        "notes.txt",
    }  # the __MACOSX resource fork is ignored
    assert len(result.documents) == 4 + 3 + 2 + 2 + 1
    assert sum(d["status"] == "loaded" for d in result.documents) == 8
    assert len(result.records) == 8
    formats = {r["source_format"] for r in result.records}
    assert formats == {"lexisnexis-txt", "nexis-uni-docx", "factiva-xml", "europresse-html"}
    notes = next(d for d in result.documents if d["source_path"].endswith("notes.txt"))
    assert notes["detail"] == "not a recognised archive export"
    ids = [r["article_id"] for r in result.records]
    assert "mixed_exports/downloads/lexisnexis_invented:1" in ids
    assert len(set(ids)) == len(ids)


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_member_inflating_past_the_limit_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive_zip, "MAX_MEMBER_BYTES", 50_000)
    good = (FIXTURES / "factiva_invented.xml").read_bytes()
    data = _zip({"bomb.txt": b"\0" * 2_000_000, "factiva.xml": good})
    assert len(data) < 20_000  # 2 MB of zeros compress to a few KB
    result = read_archive(Path("exports.zip"), data)
    bomb = result.documents[0]
    assert bomb["status"] == "skipped" and bomb["detail"].startswith("too large")
    assert len(result.records) == 2


def test_too_many_members(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive_zip, "MAX_MEMBERS", 5)
    data = _zip({f"f{i}.txt": b"x" for i in range(6)})
    result = read_archive(Path("many.zip"), data)
    assert result.records == []
    assert "6 files in the zip (limit 5)" in result.documents[0]["detail"]


def test_damaged_and_nested_zips() -> None:
    data = (FIXTURES / "mixed_exports.zip").read_bytes()
    damaged = read_archive(Path("damaged.zip"), data[: len(data) // 2])
    assert damaged.records == []
    assert damaged.documents[0]["detail"].startswith("cannot open the zip")
    nested = read_archive(Path("outer.zip"), _zip({"inner.zip": data}))
    assert nested.documents[0]["detail"].startswith("zip inside a zip")
