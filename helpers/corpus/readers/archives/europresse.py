"""Europresse HTML export: one block per document with the publication name, a header line
(rubric, weekday and date, pages), the title, the author, the text, the copyright and the
"Numéro de document". Both the older ``<span class="TitreArticleVisu">`` layout and the newer
``<article>`` layout (``titreArticle``, ``docAuthors``, ``DocText``) are read."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .common import ArchiveRead, Document, collect, file_skipped, parse_html, stated_word_count
from .datelines import parse_date_line, weekday_pattern

FORMAT = "europresse-html"

_ROLES = {
    "docpublicationname": "outlet",
    "docheader": "header",
    "titrearticlevisu": "title",
    "titrearticle": "title",
    "docauthors": "author",
    "doctext": "text",
}
_SKIP = {"table", "script", "style", "input", "form", "img", "button", "noscript"}
_DOC_NUMBER = re.compile(r"Num[ée]ro de document\s*:\s*(\S+)", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)\s*\d|Copyright\b)", re.IGNORECASE)
_WORDS = re.compile(
    r"\b(\d{1,3}(?:[ \u00a0\u202f]\d{3})*|\d+)\s*(?:mots|words|Wörter)\b", re.IGNORECASE
)


def _role(element: Any) -> str | None:
    for name in (element.get("class") or "").split():
        role = _ROLES.get(name.casefold().removeprefix("rdp__"))
        if role:
            return role
    return None


def _walk(element: Any, out: list[tuple[str, str]]) -> None:
    """Flatten a document into ``(kind, text)``: ``t`` text, ``br`` a line break, or a role."""
    if element.text:
        out.append(("t", element.text))
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        role = _role(child) if tag else None
        if role == "text":
            for paragraph in child.iter("p"):
                out.extend((("br", ""), ("t", paragraph.text_content()), ("br", "")))
            if child.find(".//p") is None:
                out.extend((("br", ""), ("t", child.text_content()), ("br", "")))
        elif role:
            out.append((role, child.text_content()))
        elif tag in ("br", "p", "div", "header", "footer", "section"):
            out.append(("br", ""))
            if tag != "br":
                _walk(child, out)
                out.append(("br", ""))
        elif tag and tag not in _SKIP:
            _walk(child, out)
        if child.tail:
            out.append(("t", child.tail))


def _lines(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Join text tokens into lines: ``("line", text)`` or ``(role, text)``."""
    lines: list[tuple[str, str]] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text:
            lines.append(("line", text))
        current.clear()

    for kind, text in tokens:
        if kind == "t":
            current.append(text)
        else:
            flush()
            if kind != "br":
                lines.append((kind, " ".join(text.split())))
    flush()
    return lines


def _looks_like_author(line: str) -> bool:
    return len(line.split()) <= 8 and not re.search(r"[.!?:;]$|\.\s", line)


def _document(container: Any) -> Document:
    tokens: list[tuple[str, str]] = []
    _walk(container, tokens)
    lines = _lines(tokens)
    values: dict[str, list[str]] = {}
    after_title: list[str] = []
    seen_title = False
    archive_id = ""
    for kind, text in lines:
        if kind == "line" and (match := _DOC_NUMBER.search(text)):
            archive_id = archive_id or match.group(1)
            break
        if kind == "line":
            if seen_title:
                after_title.append(text)
        else:
            values.setdefault(kind, []).append(text)
            seen_title = seen_title or kind == "title"
    body: list[str] = []
    for text in after_title:
        if _COPYRIGHT.match(text):
            break
        body.append(text)
    author = " ".join(values.get("author", []))
    if not author and len(body) > 1 and _looks_like_author(body[0]):
        author = body.pop(0)
    header = " ".join(values.get("header", []))
    published = parse_date_line(header).published
    cut = re.search(rf"{weekday_pattern().pattern}|\d", header, re.IGNORECASE)
    section = header[: cut.start()] if cut else ""
    words = _WORDS.search(header)
    return Document(
        title=" ".join(values.get("title", [])),
        outlet=" ".join(values.get("outlet", [])[:1]),
        published=published,
        byline=author,
        section=section.strip(" ,;"),
        stated_word_count=stated_word_count(words.group(1)) if words else None,
        archive_id=archive_id,
        paragraphs=body,
        notes=[] if published is not None else ["no readable date in the header"],
    )


def read(path: Path, data: bytes, *, source_path: str, file_id: str) -> ArchiveRead:
    """Read a Europresse HTML export."""
    root = parse_html(data)
    containers: list[Any] = []
    for name in root.xpath("//*[contains(@class, 'DocPublicationName')]"):
        article = next((a for a in name.iterancestors("article")), None)
        container = article if article is not None else name.getparent()
        if container is not None and not any(container is c for c in containers):
            containers.append(container)
    if not containers:
        return file_skipped(source_path, FORMAT, "no documents (DocPublicationName) in the page")
    documents = [_document(c) for c in containers]
    return collect(documents, source_path=source_path, file_id=file_id, source_format=FORMAT)
