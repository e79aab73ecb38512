"""What every archive reader shares: the result type, records, report rows, outlets, decoding."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from .fields import (
    AGENCY,
    ARCHIVE_ID,
    ARTICLE_ID,
    BYLINE,
    CAPTIONS,
    DATE_AMBIGUOUS,
    DATE_FROM_ARCHIVE,
    DATE_SOURCE,
    DETAIL,
    EDITION,
    LANGUAGE,
    OUTLET,
    OUTLET_NORMALISED,
    POSITION,
    PUBLISHED,
    RELATED,
    SECTION,
    SOURCE_FORMAT,
    SOURCE_PATH,
    STATED_WORD_COUNT,
    STATUS,
    TEXT,
    TITLE,
    URL,
)

#: How paragraphs are separated in ``text`` (the corpus contract's paragraph break).
PARAGRAPH_BREAK = "\n\n"

LOADED = "loaded"
SKIPPED = "skipped"


class ArchiveRead(NamedTuple):
    """What :func:`helpers.corpus.readers.archives.read_archive` returns.

    ``records``: one dict per loaded document, with the article contract's columns (all but
    ``word_count``, ``duplicate_of`` and ``duplicate_kind``, which the loader fills) plus
    :data:`helpers.corpus.readers.archives.fields.ARCHIVE_COLUMNS`. ``documents``: one report row per document
    in the file (``source_path``, ``position``, ``status`` = loaded/skipped, ``detail``), or a
    single row with ``position`` 0 when the file yields no document at all. ``format``: the
    format detected (``"lexisnexis-txt"``, ...) or None.
    """

    records: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    format: str | None


def document_row(source_path: str, position: int, status: str, detail: str) -> dict[str, Any]:
    """One per-document report row."""
    return {SOURCE_PATH: source_path, POSITION: position, STATUS: status, DETAIL: detail}


def file_skipped(source_path: str, fmt: str | None, detail: str) -> ArchiveRead:
    """The result for a file that yields no document: one skipped row at position 0."""
    return ArchiveRead([], [document_row(source_path, 0, SKIPPED, detail)], fmt)


class Document(NamedTuple):
    """One document as a reader found it, before it becomes a record."""

    title: str = ""
    outlet: str = ""
    published: Any = None  # pandas Timestamp or None
    date_source: str = ""
    byline: str = ""
    section: str = ""
    edition: str = ""
    stated_word_count: int | None = None
    language: str = ""
    archive_id: str = ""
    url: str = ""
    paragraphs: Sequence[str] = ()
    captions: Sequence[str] = ()
    notes: Sequence[str] = ()


_BY = re.compile(r"^(?:By|Par|Von)\s+", re.IGNORECASE)


def collect(
    documents: Iterable[Document | str],
    *,
    source_path: str,
    file_id: str,
    source_format: str,
) -> ArchiveRead:
    """Turn a reader's documents into records and report rows.

    A document given as a string is a document that could not be read; the string is the reason.
    A document without body text is skipped (``no body text``), its title in the detail.
    """
    from helpers.corpus import agency_from_dateline, normalise_agency

    records: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    for position, document in enumerate(documents, start=1):
        if isinstance(document, str):
            rows.append(document_row(source_path, position, SKIPPED, document))
            continue
        paragraphs = [p for p in (clean_inline(p) for p in document.paragraphs) if p]
        if not paragraphs:
            named = f" ({document.title!r})" if document.title else ""
            rows.append(document_row(source_path, position, SKIPPED, f"no body text{named}"))
            continue
        text = PARAGRAPH_BREAK.join(paragraphs)
        byline = _BY.sub("", clean_inline(document.byline), count=1)
        outlet = clean_inline(document.outlet)
        records.append(
            {
                ARTICLE_ID: f"{file_id}:{position}",
                TITLE: clean_inline(document.title),
                BYLINE: byline,
                AGENCY: normalise_agency(byline) or agency_from_dateline(paragraphs[0]),
                PUBLISHED: document.published,
                DATE_SOURCE: (document.date_source or DATE_FROM_ARCHIVE)
                if document.published is not None
                else "",
                DATE_AMBIGUOUS: False,
                URL: document.url,
                OUTLET: outlet,
                TEXT: text,
                CAPTIONS: "\n".join(c for c in (clean_inline(c) for c in document.captions) if c),
                RELATED: "",
                SOURCE_PATH: source_path,
                SOURCE_FORMAT: source_format,
                OUTLET_NORMALISED: normalise_outlet(outlet),
                SECTION: clean_inline(document.section),
                EDITION: clean_inline(document.edition),
                STATED_WORD_COUNT: document.stated_word_count,
                LANGUAGE: normalise_language(document.language),
                ARCHIVE_ID: clean_inline(document.archive_id),
                POSITION: position,
            }
        )
        rows.append(document_row(source_path, position, LOADED, "; ".join(document.notes)))
    if not rows:
        return file_skipped(source_path, source_format, "no documents found in the export")
    return ArchiveRead(records, rows, source_format)


_SPACES = re.compile(r"\s+")


def clean_inline(text: str) -> str:
    """Collapse white space (line breaks, no-break spaces) into single spaces and trim."""
    if not text:
        return ""
    if "\u00ad" in text:  # soft hyphens
        text = text.replace("\u00ad", "")
    return " ".join(text.split())  # str.split: the same Unicode white space as \s, no regex


_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_ISSUE = re.compile(r",?\s*\b(?:no|n°|nº|nr|issue)\.?\s*\d.*$")


@lru_cache(maxsize=4096)  # an export names a handful of outlets, thousands of times
def normalise_outlet(outlet: str) -> str:
    """A comparable outlet name: lower case, without parentheses, ``; ...``, issue numbers or
    a leading "the" (``"The Times (London)"`` → ``"times"``, ``"The Guardian(London)"`` →
    ``"guardian"``, ``"Magazine 1, no. 5968"`` → ``"magazine 1"``)."""
    name = _PARENTHESES.sub(" ", outlet.casefold()).split(";")[0]
    name = _ISSUE.sub("", name)
    name = _SPACES.sub(" ", name).strip(" ,.-:")
    return name.removeprefix("the ").strip()


@cache
def _languages() -> dict[str, str]:
    text = resources.files(__package__).joinpath("data", "languages.json").read_text("utf-8")
    return {
        name: code
        for code, names in json.loads(text).items()
        if not code.startswith("_")
        for name in names
    }


@lru_cache(maxsize=1024)
def normalise_language(language: str) -> str:
    """ISO 639-1 code for a language name (``"ENGLISH"``, ``"Français"``, ``"EN"``), else the
    name in lower case; "" for none."""
    name = clean_inline(language).casefold()
    return _languages().get(name, name)


_NUMBER = re.compile(r"\d[\d,.\u00a0\u202f ]*")
_NOT_DIGITS = re.compile(r"\D")


def stated_word_count(value: str) -> int | None:
    """``"453 words"``, ``"295 mots"``, ``"1 163 Wörter"`` → the number; None if there is none."""
    match = _NUMBER.search(value or "")
    if not match:
        return None
    digits = _NOT_DIGITS.sub("", match.group())
    return int(digits) if digits else None


def decode_text(data: bytes) -> str:
    """Decode an export with the corpus encoding policy (:func:`helpers.corpus.decode.decode_bytes`:
    BOM, UTF-8, cp1252 when plausible, detection ...); undecodable data as UTF-8 with U+FFFD."""
    from helpers.corpus.decode import decode_bytes

    if data.startswith(b"\xef\xbb\xbf"):  # what the registry's reader passes: no guessing needed
        return data[3:].decode("utf-8", errors="replace")
    decoded = decode_bytes(data)
    return decoded.text if decoded is not None else data.decode("utf-8", errors="replace")


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and ``\\r`` → ``\\n``; no-break spaces → spaces; BOMs removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return text.replace("\ufeff", "")


def member_path(path: Path | str, member: str | None = None) -> str:
    """The ``source_path`` of a document: the file, or ``archive.zip/member`` inside a zip."""
    return f"{path}/{member}" if member else str(path)


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def parse_html(data: bytes) -> Any:
    """The lxml root of an HTML export (decoded with :func:`decode_text`)."""
    import lxml.html

    text = _XML_DECLARATION.sub("", decode_text(data), count=1)
    return lxml.html.document_fromstring(text or "<html></html>")
