"""Nexis Uni / Lexis Advance ``.docx`` download: many documents, each ended by "End of Document".

A document reads: headline, outlet, date line, copyright; ``Section:``, ``Length:``, ``Byline:``
fields; "Body" and the paragraphs; optionally "Graphic" and its captions; a "Classification"
block (``Language:``, ``Subject:`` ..., ``Load-Date:``), which stays out of the text. The cover
page before the first document (search terms, the list of titles) is ignored.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path

from .common import ArchiveRead, Document, collect, file_skipped, stated_word_count
from .datelines import parse_date_line
from .fields import DATE_FROM_LOAD_DATE
from .lexisnexis_txt import field_role, labels

FORMAT = "nexis-uni-docx"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FIELD = re.compile(r"^([A-Za-zÄÖÜäöü][\w\- ]{1,30}?)[ \t]*:[ \t]*(.*)$", re.DOTALL)
_COPYRIGHT = re.compile(r"^(?:Copyright\b|©|\(c\)\s*\d)", re.IGNORECASE)
_VERSION = re.compile(r";\s*Version:\s*\d+\s*$", re.IGNORECASE)
#: Trailer fields that end the body even without a "Classification" heading.
_BODY_ENDING = {"load_date", "language"}


def _paragraph_texts(data: bytes) -> list[str]:
    """Text of every top-level paragraph of the document body (``w:br`` as a line break)."""
    import docx

    document = docx.Document(io.BytesIO(data))
    texts: list[str] = []
    for element in document.element.body.iterchildren(f"{_W}p"):
        parts = []
        for node in element.iter(f"{_W}t", f"{_W}br", f"{_W}cr", f"{_W}tab"):
            tag = node.tag
            parts.append(
                node.text or "" if tag == f"{_W}t" else "\t" if tag == f"{_W}tab" else "\n"
            )
        texts.append("".join(parts).replace("\u00a0", " ").strip())
    return texts


def _field(line: str) -> tuple[str, str, str] | None:
    match = _FIELD.match(line)
    if match is None:
        return None
    found = field_role(match.group(1))
    return (*found, match.group(2).strip()) if found else None


def parse_segment(lines: Sequence[str]) -> Document:
    """Parse the paragraphs of one document (cover page lines before it are ignored)."""
    markers = {k: {m.casefold() for m in v} for k, v in labels()["markers"].items()}
    lines = [line for line in lines if line]
    kinds = [next((k for k, v in markers.items() if line.casefold() in v), None) for line in lines]
    body_at = next((i for i, k in enumerate(kinds) if k == "body"), None)
    fields = [_field(line) for line in lines]
    header_end = body_at if body_at is not None else len(lines)
    first_field = next(
        (i for i in range(header_end) if fields[i] is not None and fields[i][0] == "header"),
        header_end,
    )
    header = [line for line in lines[:first_field] if not _COPYRIGHT.match(line)]
    published = None
    date_index = None
    for i in range(len(header) - 1, max(len(header) - 4, -1), -1):
        parsed = parse_date_line(header[i])
        if parsed.published is not None:
            published, date_index = parsed.published, i
            break
    notes: list[str] = []
    if date_index is None:
        date_index = len(header)
    outlet = header[date_index - 1] if date_index >= 1 else ""
    title = header[date_index - 2] if date_index >= 2 else ""

    values: dict[str, list[str]] = {}
    for found in fields[first_field:header_end]:
        if found is not None:
            values.setdefault(found[1], []).append(found[2])
    paragraphs: list[str] = []
    captions: list[str] = []
    state = "body" if body_at is not None else "trailer"
    for line, kind, found in zip(
        lines[header_end + 1 :], kinds[header_end + 1 :], fields[header_end + 1 :], strict=True
    ):
        if kind in ("classification", "graphic"):
            state = kind
            continue
        if found is not None and (state != "body" or found[1] in _BODY_ENDING):
            state = "trailer" if state == "body" else state
            values.setdefault(found[1], []).append(found[2])
            continue
        if state == "body":
            paragraphs.append(line)
        elif state == "graphic":
            captions.append(line)

    date_source = ""
    if published is None and values.get("load_date"):
        published = parse_date_line(values["load_date"][0]).published
        if published is not None:
            date_source = DATE_FROM_LOAD_DATE
            notes.append("no date line: published is the Load-Date")
    if published is None:
        notes.append("no readable date")
    return Document(
        title=title,
        outlet=outlet,
        published=published,
        date_source=date_source,
        byline=" ".join(values.get("byline", [])),
        section=_VERSION.sub("", " ".join(values.get("section", []))),
        edition=" ".join(values.get("edition", [])),
        stated_word_count=stated_word_count(" ".join(values.get("length", []))),
        language=" ".join(values.get("language", [])[:1]),
        url=" ".join(values.get("url", [])[:1]),
        paragraphs=paragraphs,
        captions=captions,
        notes=notes,
    )


def read(path: Path, data: bytes, *, source_path: str, file_id: str) -> ArchiveRead:
    """Read a Nexis Uni ``.docx`` download."""
    try:
        texts = _paragraph_texts(data)
    except Exception as error:
        return file_skipped(
            source_path,
            FORMAT,
            f"cannot open the Word file (truncated or damaged?): {type(error).__name__}: {error}",
        )
    ends = {m.casefold() for m in labels()["markers"]["end"]}
    segments: list[list[str]] = [[]]
    for text in texts:
        if text.casefold() in ends:
            segments.append([])
        else:
            segments[-1].append(text)
    if len(segments) == 1:
        return file_skipped(
            source_path,
            FORMAT,
            "no 'End of Document' separators: not a Nexis Uni download, or it holds no documents",
        )
    tail = segments.pop()
    documents: list[Document | str] = [parse_segment(s) for s in segments]
    if any(tail):
        last = parse_segment(tail)
        documents.append(
            last._replace(notes=[*last.notes, "no 'End of Document' after it: file cut short?"])
            if last.paragraphs
            else "text after the last 'End of Document' is no complete document"
        )
    return collect(documents, source_path=source_path, file_id=file_id, source_format=FORMAT)
