"""The archive exports as one entry of the corpus reader registry (:data:`READER`).

:func:`sniff` recognises an export by its content (a LexisNexis ``.TXT`` is not the bundle's
one-article text layout, a Factiva ``.html`` is no web page), so the registry asks it before the
other readers. :func:`read` decodes text exports with the corpus encoding policy
(:mod:`helpers.corpus.decode`, ``encoding=`` of ``load_corpus`` included), reads every document
with :func:`~helpers.corpus.readers.archives.read.read_archive` and returns one load-report row per
document (``position`` 1, 2, ...), or one skipped row (``position`` 0) for a file that gives none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers.columns import DETAIL, POSITION, SOURCE_PATH, STATUS
from helpers.corpus.readers.base import LOADED, Reader, ReadOptions, ReadResult, decode, report_row

from .read import read_archive, sniff_archive

__all__ = ["READER", "SUFFIXES", "read", "sniff"]

#: File endings that go to the archive reader when the content did not already decide.
SUFFIXES = frozenset({".docx", ".rtf", ".zip", ".xml"})
#: Formats read as bytes (zip containers; XML, which declares its own encoding).
_BINARY_FORMATS = frozenset({"nexis-uni-docx", "zip", "factiva-xml"})
_UTF8_BOM = b"\xef\xbb\xbf"


def sniff(path: Path, head: bytes) -> bool:
    """True when *head* (the file's first bytes) is an archive export, by content."""
    return sniff_archive(path, head) is not None


def read(path: Path, data: bytes, options: ReadOptions) -> ReadResult:
    """Read an archive export: its records and one report row per document."""
    fmt = sniff_archive(path, data)
    decoded = None
    if fmt is not None and fmt not in _BINARY_FORMATS:
        decoded = decode(data, options)
        if decoded is not None:  # the readers get the policy's text, as BOM-marked UTF-8
            data = _UTF8_BOM + decoded.text.encode("utf-8", "surrogatepass")
    result = read_archive(path, data, file_id=options.file_id or None)
    rows: list[dict[str, Any]] = []
    for document in result.documents:
        status = document[STATUS]
        rows.append(
            report_row(
                document[SOURCE_PATH],
                status,
                int(status == LOADED),
                decoded=decoded,
                detail=document[DETAIL],
                position=document[POSITION],
            )
        )
    return ReadResult(result.records, rows)


READER = Reader("archive", read, suffixes=SUFFIXES, sniff=sniff, multi_document=True)
