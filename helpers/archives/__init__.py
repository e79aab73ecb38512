"""Readers for archive exports: LexisNexis (TXT, RTF, HTML), Nexis Uni (DOCX), Factiva (HTML,
XML), Europresse (HTML), and zip files holding any of them.

One entry point: :func:`read_archive` (``records, documents, format``), and a content sniffer,
:func:`sniff_archive`. Parsers (lxml, python-docx, striprtf) are imported only when a file
needs them.
"""

from __future__ import annotations

from .common import ArchiveRead, normalise_outlet
from .read import FORMATS, read_archive, sniff_archive

__all__ = ["FORMATS", "ArchiveRead", "normalise_outlet", "read_archive", "sniff_archive"]
