"""LexisNexis classic HTML export: ``<DIV>`` blocks, one document per ``N of M DOCUMENTS``.

Each ``<P>`` becomes a block (``<BR>`` a line break inside it) and the blocks go through the
same parser as the TXT export.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .common import ArchiveRead, collect, file_skipped, parse_html
from .lexisnexis_txt import DOCUMENT_MARKER, parse_blocks

FORMAT = "lexisnexis-html"


def _block_text(element: Any) -> str:
    """Text of a ``<P>`` with ``<BR>`` as line breaks."""
    parts: list[str] = [element.text or ""]
    for child in element.iterdescendants():
        if child.tag == "br":
            parts.append("\n")
        elif isinstance(child.tag, str):
            parts.append(child.text or "")
        parts.append(child.tail or "")
    return "".join(parts).replace("\u00a0", " ")


def html_blocks(html: bytes) -> list[str]:
    """Every paragraph of the page in order (``<P>``, or a ``<DIV>`` holding no ``<P>``)."""
    root = parse_html(html)
    blocks: list[str] = []
    for element in root.iter("p", "div"):
        leaf_div = element.find(".//p") is None and element.find(".//div") is None
        if element.tag == "p" or leaf_div:
            blocks.append(_block_text(element))
    return blocks


def read(path: Path, data: bytes, *, source_path: str, file_id: str) -> ArchiveRead:
    """Read a LexisNexis ``.HTML`` export."""
    blocks = html_blocks(data)
    documents: list[list[str]] = []
    for block in blocks:
        if DOCUMENT_MARKER.fullmatch(block.strip()):
            documents.append([])
        elif documents:
            documents[-1].append(block)
    if not documents:
        return file_skipped(
            source_path, FORMAT, "no 'N of M DOCUMENTS' headers found: no articles in this page"
        )
    parsed = [parse_blocks(d, last=i == len(documents) - 1) for i, d in enumerate(documents)]
    return collect(parsed, source_path=source_path, file_id=file_id, source_format=FORMAT)
