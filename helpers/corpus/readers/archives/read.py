"""Detect an archive export by its content and read it: :func:`sniff_archive`, :func:`read_archive`."""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from .common import ArchiveRead, decode_text, file_skipped, member_path

#: Format name → module (in this package) whose ``read(path, data, *, source_path, file_id)``
#: reads it.
FORMATS: dict[str, str] = {
    "lexisnexis-txt": "lexisnexis_txt",
    "lexisnexis-rtf": "lexisnexis_rtf",
    "lexisnexis-html": "lexisnexis_html",
    "nexis-uni-docx": "nexis_uni_docx",
    "factiva-html": "factiva",
    "factiva-xml": "factiva",
    "europresse-html": "europresse",
    "zip": "archive_zip",
}

_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP = b"PK\x05\x06"
_LEXIS_MARKER = re.compile(
    rb"^[ \t]*\d{1,7}[ \t]+(?:of|von|sur|de)[ \t]+\d{1,7}[ \t]+(?:DOCUMENTS?|DOKUMENTEN?)[ \t]*\r?$",
    re.MULTILINE | re.IGNORECASE,
)
_LEXIS_HTML_MARKER = re.compile(
    rb">\s*\d{1,7}\s+(?:of|von|sur|de)\s+\d{1,7}\s+(?:DOCUMENTS?|DOKUMENTEN?)\s*<", re.IGNORECASE
)
_HTML = re.compile(rb"<(?:!doctype\s+html|html|body|div|p|span|table)\b", re.IGNORECASE)
_FACTIVA_XML = re.compile(rb"<ppsarticle\b|factiva\.com/pps|<accessionNo>", re.IGNORECASE)
# Factiva's HTML export starts with its page title, then up to 100 KB of inline style before the
# first field code: the title is what the loader's 64 KB sniffing window sees.
_FACTIVA_HTML = re.compile(
    rb"class=\"[^\"]*\bfrHeadline\b|class=\"index\"[^>]*>\s*(?:<b>)?\s*(?:HD|AN|SN|PD)\s*<"
    rb"|<title>\s*Factiva\s*</title>",
    re.IGNORECASE,
)
_EUROPRESSE = re.compile(
    rb"cedrom-sni|europresse|class=\"(?:DocPublicationName|TitreArticleVisu|titreArticle)",
    re.IGNORECASE,
)


def sniff_archive(path: Path, data: bytes) -> str | None:
    """Name the archive export format of a file from its content (and, for zips, its suffix).

    Returns one of :data:`FORMATS` or None when the file is not an archive export: a saved web
    page, a one-article text file in the bundle's layout, a table, an image... The suffix only
    decides between a Word file and other zips (a ``.docx`` that is no Nexis Uni export still
    goes to the DOCX reader, which says why it found no documents).
    """
    suffix = Path(path).suffix.lower()
    if data.startswith((_ZIP_MAGIC, _EMPTY_ZIP)):
        if suffix == ".docx" or b"word/document.xml" in data[:65536]:
            return "nexis-uni-docx"
        return "zip"
    if suffix == ".docx":  # a Word file that is not even a zip: the reader reports it
        return "nexis-uni-docx"
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{\\rtf"):
        return "lexisnexis-rtf"
    if head.startswith(b"<?xml") and _FACTIVA_XML.search(data):
        return "factiva-xml"
    if _HTML.search(data[:200000]):
        if _FACTIVA_HTML.search(data):
            return "factiva-html"
        if _EUROPRESSE.search(data):
            return "europresse-html"
        if _LEXIS_HTML_MARKER.search(data) or b"<DOCFULL>" in data:
            return "lexisnexis-html"
        return None
    if _FACTIVA_XML.search(data[:200000]) and head.startswith(b"<"):
        return "factiva-xml"
    if _LEXIS_MARKER.search(data):
        return "lexisnexis-txt"
    if (
        b"\x00" in data[:4096] or data.startswith((b"\xff\xfe", b"\xfe\xff"))
    ) and _LEXIS_MARKER.search(
        decode_text(data).encode("utf-8", errors="replace")
    ):  # UTF-16 exports
        return "lexisnexis-txt"
    return None


def _reader(fmt: str) -> Callable[..., ArchiveRead]:
    return import_module(f".{FORMATS[fmt]}", __package__).read


def read_archive(
    path: Path | str,
    data: bytes,
    *,
    file_id: str | None = None,
    member: str | None = None,
) -> ArchiveRead:
    """Read every document of an archive export; never raises on a malformed file.

    Parameters
    ----------
    path
        The file (used for ``source_path`` and its suffix).
    data
        Its bytes.
    file_id
        Prefix of the ``article_id`` of each record (``<file_id>:<position>``); by default the
        file name without suffix. The loader passes the path relative to the corpus folder.
    member
        Inside a zip: the member name (``source_path`` becomes ``archive.zip/member``).

    Returns
    -------
    ArchiveRead
        ``records`` (article contract + archive columns), ``documents`` (a report row per
        document: ``source_path``, ``position``, ``status`` loaded/skipped, ``detail``) and the
        ``format`` detected. A file that is no archive export, or cannot be parsed, gives no
        records and one skipped row (position 0) with the reason.
    """
    path = Path(path)
    source_path = member_path(path, member)
    name = Path(member).name if member else path.name
    file_id = file_id if file_id is not None else Path(name).stem
    try:
        fmt = sniff_archive(Path(name), data)
    except Exception as error:  # pragma: no cover - sniffing is regular expressions
        return file_skipped(source_path, None, f"could not sniff: {type(error).__name__}: {error}")
    if fmt is None:
        return file_skipped(source_path, None, "not a recognised archive export")
    if fmt == "zip" and member is not None:
        return file_skipped(source_path, fmt, "zip inside a zip: not read (unpack it first)")
    try:
        return _reader(fmt)(path, data, source_path=source_path, file_id=file_id)
    except Exception as error:
        return file_skipped(
            source_path, fmt, f"could not parse as {fmt}: {type(error).__name__}: {error}"
        )
