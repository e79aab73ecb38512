"""Factiva exports: HTML ("Full Article/Report plus Indexing", field codes HD, PD, SN, LP, TD,
AN ...) and XML (``ppsarticle`` records)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .common import (
    ArchiveRead,
    Document,
    collect,
    file_skipped,
    parse_html,
    stated_word_count,
)
from .datelines import parse_date_line

HTML_FORMAT = "factiva-html"
XML_FORMAT = "factiva-xml"

#: Field codes of the HTML export that are not text: what each becomes.
_CODES = {
    "HD": "title",
    "BY": "byline",
    "WC": "length",
    "PD": "date",
    "ET": "time",
    "SN": "outlet",
    "SE": "section",
    "ED": "edition",
    "LA": "language",
    "AN": "archive_id",
}


def _paragraphs(cell: Any) -> list[str]:
    paragraphs = [p.text_content() for p in cell.iter("p")]
    return paragraphs or [cell.text_content()]


def _html_document(article: Any) -> Document | str:
    values: dict[str, str] = {}
    paragraphs: list[str] = []
    for row in article.iter("tr"):
        cells = row.findall("td")
        if len(cells) < 2:
            continue
        code = cells[0].text_content().strip().upper()
        if code in ("LP", "TD"):
            paragraphs.extend(_paragraphs(cells[1]))
        elif code in _CODES:
            values.setdefault(_CODES[code], cells[1].text_content().strip())
    if not values:
        return "no Factiva field codes (HD, PD, ...) in this article: export it as 'Full Article/Report plus Indexing'"
    published = parse_date_line(f"{values.get('date', '')} {values.get('time', '')}").published
    return Document(
        title=values.get("title", ""),
        outlet=values.get("outlet", ""),
        published=published,
        byline=values.get("byline", ""),
        section=values.get("section", ""),
        edition=values.get("edition", ""),
        stated_word_count=stated_word_count(values.get("length", "")),
        language=values.get("language", ""),
        archive_id=re.sub(r"^Document\s+", "", values.get("archive_id", "")),
        paragraphs=paragraphs,
        notes=[] if published is not None else ["no readable date (PD)"],
    )


def read_html(path: Path, data: bytes, *, source_path: str, file_id: str) -> ArchiveRead:
    """Read a Factiva HTML export."""
    root = parse_html(data)
    articles = root.xpath("//div[contains(concat(' ', normalize-space(@class), ' '), ' article ')]")
    if not articles:
        return file_skipped(
            source_path, HTML_FORMAT, "no articles (div class='article') in the page"
        )
    documents = [_html_document(a) for a in articles]
    return collect(documents, source_path=source_path, file_id=file_id, source_format=HTML_FORMAT)


def _local(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(article: Any, name: str) -> Any:
    return next((c for c in article if _local(c) == name), None)


def _text(element: Any) -> str:
    return "".join(element.itertext()).strip() if element is not None else ""


def _xml_paragraphs(element: Any) -> list[str]:
    if element is None:
        return []
    found = [_text(p) for p in element.iter() if _local(p) == "paragraph"]
    return found or [_text(element)]


def _xml_document(article: Any) -> Document:
    date = _text(_child(article, "publicationDate"))
    published = parse_date_line(date).published if date else None
    return Document(
        title=" ".join(_xml_paragraphs(_child(article, "headline"))),
        outlet=_text(_child(article, "sourceName")),
        published=published,
        byline=_text(_child(article, "byline")) or _text(_child(article, "author")),
        section=_text(_child(article, "sectionName")) or _text(_child(article, "section")),
        edition=_text(_child(article, "edition")),
        stated_word_count=stated_word_count(_text(_child(article, "wordCount"))),
        language=_text(_child(article, "baseLanguage")),
        archive_id=_text(_child(article, "accessionNo")),
        paragraphs=[
            *_xml_paragraphs(_child(article, "leadParagraph")),
            *_xml_paragraphs(_child(article, "tailParagraphs")),
        ],
        notes=[] if published is not None else ["no readable publicationDate"],
    )


def read_xml(path: Path, data: bytes, *, source_path: str, file_id: str) -> ArchiveRead:
    """Read a Factiva XML export; a file cut short still gives its complete articles."""
    from lxml import etree

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    root = etree.fromstring(data, parser=parser)
    if root is None:
        return file_skipped(source_path, XML_FORMAT, "not readable as XML")
    articles = [e for e in root.iter() if _local(e) == "article"]
    if not articles:
        return file_skipped(source_path, XML_FORMAT, "no <article> records in the XML")
    documents = [_xml_document(a) for a in articles]
    result = collect(documents, source_path=source_path, file_id=file_id, source_format=XML_FORMAT)
    if parser.error_log and result.documents:
        last = result.documents[-1]
        error = parser.error_log[0]
        note = f"XML damaged (line {error.line}: {error.message.strip()}); read what was complete"
        last["detail"] = "; ".join(d for d in (last["detail"], note) if d)
    return result


def read(path: Path, data: bytes, *, source_path: str, file_id: str) -> ArchiveRead:
    """Read a Factiva export (HTML or XML, told apart by content)."""
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<?xml") and b"<html" not in data[:2000]:
        return read_xml(path, data, source_path=source_path, file_id=file_id)
    return read_html(path, data, source_path=source_path, file_id=file_id)
