"""Zip files holding archive exports (any format of this package), read member by member.

Guarded against zip bombs: at most :data:`MAX_MEMBERS` files, :data:`MAX_MEMBER_BYTES` per
file and :data:`MAX_TOTAL_BYTES` in all, counted on the bytes actually inflated (the sizes a zip
declares can lie). Zips inside the zip are not opened.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path, PurePosixPath

from .common import ArchiveRead, document_row, file_skipped, member_path

FORMAT = "zip"

MAX_MEMBERS = 2_000
MAX_MEMBER_BYTES = 200 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
_CHUNK = 1024 * 1024


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes | str:
    """The member's bytes, or the reason it is not read (too large once inflated)."""
    limit = min(MAX_MEMBER_BYTES, budget)
    if info.file_size > limit:
        return f"too large: {info.file_size:,} bytes once unpacked (limit {limit:,})"
    parts: list[bytes] = []
    size = 0
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                return f"too large: more than {limit:,} bytes once unpacked"
            parts.append(chunk)
    return b"".join(parts)


def read(path: Path, data: bytes, *, source_path: str, file_id: str) -> ArchiveRead:
    """Read every archive export inside a zip; each member gets its own report rows."""
    from .read import read_archive

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        return file_skipped(source_path, FORMAT, f"cannot open the zip (damaged?): {error}")
    members = [
        info
        for info in infos
        if not info.is_dir()
        and not any(
            part.startswith((".", "__MACOSX")) for part in PurePosixPath(info.filename).parts
        )
    ]
    if not members:
        return file_skipped(source_path, FORMAT, "empty zip: no files in it")
    if len(members) > MAX_MEMBERS:
        return file_skipped(
            source_path,
            FORMAT,
            f"{len(members):,} files in the zip (limit {MAX_MEMBERS:,}): unpack it",
        )
    records, rows = [], []
    budget = MAX_TOTAL_BYTES
    for info in members:
        name = info.filename
        member_id = f"{file_id}/{PurePosixPath(name).with_suffix('')}"
        try:
            content = _read_member(archive, info, budget)
        except Exception as error:  # CRC errors, unsupported compression, truncation
            content = f"cannot unpack: {type(error).__name__}: {error}"
        if isinstance(content, str):
            rows.append(document_row(member_path(path, name), 0, "skipped", content))
            if content.startswith("too large") and budget <= MAX_MEMBER_BYTES:
                budget = 0
            continue
        budget -= len(content)
        result = read_archive(path, content, file_id=member_id, member=name)
        records.extend(result.records)
        rows.extend(result.documents)
    return ArchiveRead(records, rows, FORMAT)
