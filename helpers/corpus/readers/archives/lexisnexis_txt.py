"""LexisNexis classic text export (``.TXT``): documents headed ``N of M DOCUMENTS``.

Each document: the outlet line, a date line with a weekday (and maybe the edition), the
headline, fields such as ``BYLINE:``, ``SECTION:``, ``LENGTH:``, the body, then ``LOAD-DATE:``,
``LANGUAGE:``, ``GRAPHIC:``, ``PUBLICATION-TYPE:`` ... and a copyright line. The block parser
here is shared with the RTF and HTML readers, which turn their files into the same blocks.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .common import (
    ArchiveRead,
    Document,
    clean_inline,
    collect,
    decode_text,
    file_skipped,
    normalise_newlines,
    stated_word_count,
)
from .datelines import parse_date_line
from .fields import DATE_FROM_LOAD_DATE

FORMAT = "lexisnexis-txt"

#: ``1 of 10 DOCUMENTS`` (and the German/French interface's ``1 von 10 DOKUMENTEN``).
DOCUMENT_MARKER = re.compile(
    r"^[ \t]*(\d{1,7})[ \t]+(?:of|von|sur|de)[ \t]+(\d{1,7})[ \t]+(?:DOCUMENTS?|DOKUMENTEN?)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_BLOCK_SPLIT = re.compile(r"\n[ \t]*\n")
_LABEL = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ\- ]{1,30}?[ \t]*")
_COPYRIGHT = re.compile(r"^(?:Copyright\b|©|\(c\)\s*\d|All Rights Reserved)", re.IGNORECASE)


@cache
def labels() -> dict[str, Any]:
    """``data/lexisnexis_labels.json``: header and trailer field labels, Nexis Uni markers."""
    text = resources.files(__package__).joinpath("data", "lexisnexis_labels.json")
    return json.loads(text.read_text("utf-8"))


@cache
def field_role(label: str) -> tuple[str, str] | None:
    """``("header"|"trailer", role)`` for a field label (any case, spaces as hyphens), or None."""
    key = re.sub(r"[\s-]+", "-", label.strip()).upper()
    table = labels()
    for place in ("header", "trailer"):
        role = table[place].get(key)
        if role is not None:
            return place, role
    return None


def _field(block: str) -> tuple[str, str, str] | None:
    """``(place, role, value)`` when *block* is an upper-case ``LABEL: value`` field."""
    colon = block.find(":", 0, 34)
    if colon < 2:
        return None
    label = block[:colon]
    if not label.isupper() or _LABEL.fullmatch(label) is None:
        return None
    found = field_role(label.rstrip(" \t"))
    return (*found, block[colon + 1 :].strip()) if found else None


def _caption(value: str) -> str:
    """A ``GRAPHIC:`` value on one line; an upper-case last line is the credit, in brackets."""
    lines = [line.strip() for line in value.split("\n") if line.strip()]
    if len(lines) > 1 and lines[-1].isupper():
        return f"{' '.join(lines[:-1])} [{lines[-1]}]"
    return " ".join(lines)


def parse_blocks(blocks: Sequence[str], *, last: bool = False) -> Document:
    """Parse one classic LexisNexis document given as text blocks (paragraphs, lines inside).

    *last* marks the file's last document, which gets a note when it has no closing fields (a
    file cut short).
    """
    blocks = [b for b in (block.strip() for block in blocks) if b]
    fields = [_field(b) if ":" in b[:34] else None for b in blocks]  # most blocks: no call
    first_field = next((i for i, f in enumerate(fields) if f is not None), len(blocks))

    outlet = blocks[0] if blocks else ""
    published = None
    edition = ""
    date_index = -1
    for i in range(1, min(3, len(blocks), first_field)):
        lines = blocks[i].split("\n")
        parsed = parse_date_line(lines[0])
        if parsed.published is not None:
            published, date_index = parsed.published, i
            edition = " ".join([parsed.rest, *lines[1:]])
            break
    title_start = date_index + 1 if date_index > 0 else 1
    between = first_field - title_start
    if 0 < between <= 2 and first_field < len(blocks):
        # without a readable date line, the block before the fields is the headline
        title_start = first_field - 1 if date_index < 0 else title_start
        title = " ".join(blocks[title_start:first_field])
        body_start = first_field
    elif between > 0:  # no fields before the body: the headline is the first block
        title = blocks[title_start]
        body_start = title_start + 1
    else:
        title, body_start = "", first_field

    values: dict[str, list[str]] = {}
    paragraphs: list[str] = []
    captions: list[str] = []
    in_trailer = False
    current: list[str] | None = None
    for block, found in zip(blocks[body_start:], fields[body_start:], strict=True):
        if found is not None:
            place, role, value = found
            in_trailer = in_trailer or place == "trailer"
            if role == "caption":
                captions.append(_caption(value))
                current = None
                continue
            current = values.setdefault(role, [])
            if value:
                current.append(value)
            continue
        if _COPYRIGHT.match(block):
            continue
        if in_trailer and current is not None:
            current.append(block)
        else:
            paragraphs.append(block)

    notes: list[str] = []
    date_source = ""
    if published is None and values.get("load_date"):
        published = parse_date_line(values["load_date"][0]).published
        if published is not None:
            date_source = DATE_FROM_LOAD_DATE
            notes.append("no date line: published is the LOAD-DATE")
    if published is None:
        notes.append("no readable date")
    if last and not in_trailer:
        notes.append("no closing fields (LOAD-DATE, LANGUAGE, ...): the file may be cut short")
    return Document(
        title=title,
        outlet=outlet,
        published=published,
        date_source=date_source,
        byline=" ".join(values.get("byline", [])),
        section=" ".join(values.get("section", [])),
        edition=clean_inline(" ".join([edition, *values.get("edition", [])])),
        stated_word_count=stated_word_count(" ".join(values.get("length", []))),
        language=" ".join(values.get("language", [])[:1]),
        url=" ".join(values.get("url", [])[:1]),
        paragraphs=paragraphs,
        captions=captions,
        notes=notes,
    )


#: :data:`DOCUMENT_MARKER` for :func:`split_documents`: starting with a literal line break lets
#: the regex engine jump from line break to line break (one ``finditer`` over the whole file)
#: instead of trying the pattern at every character.
_MARKER_AFTER_NEWLINE = re.compile(
    r"\n[ \t]*\d{1,7}[ \t]+(?:of|von|sur|de)[ \t]+\d{1,7}[ \t]+(?:DOCUMENTS?|DOKUMENTEN?)[ \t]*(?=\n|$)",
    re.IGNORECASE,
)


def split_documents(text: str) -> list[str]:
    """The documents of a classic export: the text after each ``N of M DOCUMENTS`` line."""
    text = "\n" + text
    markers = list(_MARKER_AFTER_NEWLINE.finditer(text))
    ends = [m.start() for m in markers[1:]]
    return [text[m.end() : end] for m, end in zip(markers, [*ends, len(text)], strict=True)]


def parse_text(text: str, *, source_path: str, file_id: str, source_format: str) -> ArchiveRead:
    """Read classic LexisNexis text (from a TXT file or converted RTF)."""
    text = normalise_newlines(text)
    documents = split_documents(text)
    if not documents:
        return file_skipped(
            source_path,
            source_format,
            "no 'N of M DOCUMENTS' headers found: not a LexisNexis export, or no articles in it",
        )
    parsed = [
        parse_blocks(_BLOCK_SPLIT.split(document), last=i == len(documents) - 1)
        for i, document in enumerate(documents)
    ]
    return collect(parsed, source_path=source_path, file_id=file_id, source_format=source_format)


def read(path: Path, data: bytes, *, source_path: str, file_id: str) -> ArchiveRead:
    """Read a LexisNexis ``.TXT`` export."""
    return parse_text(
        decode_text(data), source_path=source_path, file_id=file_id, source_format=FORMAT
    )
