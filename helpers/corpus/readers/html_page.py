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
from helpers.corpus.pubdates import parse_date
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

__all__ = ["READER", "read"]

_HTML_DATE_META = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|datePublished|pubdate"
    r"|publish[-_]?date|date|dc\.date)[\"'][^>]*content=[\"']([^\"']+)[\"']",
    re.IGNORECASE,
)


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
    meta_date = _HTML_DATE_META.search(content)
    for candidate in (meta_date.group(1) if meta_date else None, document.get("date")):
        if candidate and (parsed := parse_date(str(candidate), dayfirst=options.dayfirst)):
            published, ambiguous = parsed
            break
    if published is None:
        notes.append("no readable date in the page")
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
