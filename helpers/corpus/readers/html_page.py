"""Saved web pages (``.html``, ``.htm``): main text and metadata extracted with trafilatura."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from helpers.columns import (
    AGENCY,
    ARTICLE_ID,
    BYLINE,
    CAPTIONS,
    DATE_AMBIGUOUS,
    DATE_SOURCE,
    OUTLET,
    PUBLISHED,
    RELATED,
    SOURCE_FORMAT,
    SOURCE_PATH,
    TEXT,
    TITLE,
    URL,
)
from helpers.corpus.outlets import agency_from_dateline, normalise_agency, outlet_from_url
from helpers.corpus.pubdates import read_date
from helpers.corpus.readers.base import (
    Reader,
    ReadOptions,
    ReadResult,
    clean_body,
    decode,
    file_result,
    skipped,
)
from helpers.text import PARAGRAPH_BREAK

__all__ = ["READER", "meta_date", "read"]

_META_START = re.compile(r"<meta\b", re.IGNORECASE)
_META_DATE = re.compile(
    r"""(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|pubdate"""
    r"""|publish[-_]?date|date|dc\.date)["']""",
    re.IGNORECASE,
)
_META_CONTENT = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
#: Longest ``<meta ...>`` tag looked at; longer ones are no date tag.
_MAX_TAG = 2000


def meta_date(html: str) -> str | None:
    """The ``content`` of the first publication-date ``<meta>`` tag, or None.

    Linear in the length of the page: each ``<meta`` is looked at once, up to its ``>``, and
    a ``<meta`` inside an earlier tag that was never closed is not a tag.
    """
    tag_end = 0
    for match in _META_START.finditer(html):
        if match.start() < tag_end:
            continue
        tag_end = html.find(">", match.end(), match.end() + _MAX_TAG)
        if tag_end < 0:
            tag_end = match.end() + _MAX_TAG
            continue
        tag = html[match.end() : tag_end]
        if _META_DATE.search(tag) and (content := _META_CONTENT.search(tag)):
            return content.group(1)
    return None


def read(path: Path, data: bytes, options: ReadOptions) -> ReadResult:
    """Read one saved web page: its main text, title, author, date and URL."""
    decoded = decode(data, options)
    if decoded is None:
        return skipped(path, "binary file, not text")
    content = decoded.text
    import trafilatura  # lazy: slow import

    extracted = trafilatura.bare_extraction(
        content, with_metadata=True, include_comments=False, include_tables=False
    )
    document: dict[str, Any] = extracted.as_dict() if extracted is not None else {}
    if not document or not (document.get("text") or "").strip():
        return file_result(path, [], ["no article text found in the page"], decoded=decoded)
    notes: list[str] = []
    title = document.get("title") or ""
    body = clean_body(document.get("text") or "")
    if title and body.startswith(title + PARAGRAPH_BREAK):  # the page's <h1> repeats the title
        body = body[len(title) + len(PARAGRAPH_BREAK) :]
    published = None
    ambiguous = False
    problem = ""
    for candidate in (meta_date(content), document.get("date")):
        if not candidate:
            continue
        reading = read_date(str(candidate), dayfirst=options.dayfirst)
        if reading.published is not None:
            published, ambiguous = reading.published, reading.ambiguous
            break
        problem = problem or reading.problem
    if published is None:
        notes.append(f"no readable date in the page{f' ({problem})' if problem else ''}")
    url = document.get("url") or ""
    byline = document.get("author") or ""
    if not title:
        notes.append("no title")
    record = {
        ARTICLE_ID: options.file_id,
        TITLE: title,
        BYLINE: byline,
        AGENCY: normalise_agency(byline) or agency_from_dateline(body),
        PUBLISHED: published,
        DATE_SOURCE: "html-metadata" if published is not None else "",
        DATE_AMBIGUOUS: ambiguous,
        URL: url,
        OUTLET: outlet_from_url(url) or (document.get("hostname") or "").removeprefix("www."),
        TEXT: body,
        CAPTIONS: "",
        RELATED: "",
        SOURCE_PATH: str(path),
        SOURCE_FORMAT: "html",
    }
    return file_result(path, [record], notes, decoded=decoded)


READER = Reader("html", read, suffixes=frozenset({".html", ".htm"}))
