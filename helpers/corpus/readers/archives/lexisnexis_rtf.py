"""LexisNexis classic RTF export: the RTF is turned into text (striprtf), then read as TXT."""

from __future__ import annotations

from pathlib import Path

from .common import ArchiveRead, decode_text, file_skipped
from .lexisnexis_txt import parse_text

FORMAT = "lexisnexis-rtf"


def read(path: Path, data: bytes, *, source_path: str, file_id: str) -> ArchiveRead:
    """Read a LexisNexis ``.RTF`` export (documents headed ``N of M DOCUMENTS``)."""
    from striprtf.striprtf import rtf_to_text

    rtf = decode_text(data)
    if not rtf.lstrip().startswith("{\\rtf"):
        return file_skipped(source_path, FORMAT, "not an RTF file (no '{\\rtf' header)")
    text = rtf_to_text(rtf, errors="replace")
    return parse_text(text, source_path=source_path, file_id=file_id, source_format=FORMAT)
