"""Readers for archive exports: LexisNexis (TXT, RTF, HTML), Nexis Uni (DOCX), Factiva (HTML,
XML), Europresse (HTML), and zip files holding any of them.

One entry point: :func:`read_archive` (``records, documents, format``), and a content sniffer,
:func:`sniff_archive`. Importing this package is cheap: the readers, pandas and the parsers
(lxml, python-docx, striprtf) are imported on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["FORMATS", "ArchiveRead", "normalise_outlet", "read_archive", "sniff_archive"]

_HOMES = {
    "FORMATS": ".read",
    "read_archive": ".read",
    "sniff_archive": ".read",
    "ArchiveRead": ".common",
    "normalise_outlet": ".common",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
