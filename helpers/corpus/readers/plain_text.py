"""The plain-text layout of the bundled sample: one article per ``.txt`` file.

A title line, ``By AGENCY``, a date line, body paragraphs separated by blank lines, optionally
``Original url:`` and the URL. Photo captions (ending in a bold credit) and "Related article:"
lines are taken out of the body; paragraphs split mid-sentence are joined again.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pandas as pd

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
from helpers.corpus.pubdates import looks_like_dateline, read_date
from helpers.corpus.readers.base import (
    Reader,
    ReadOptions,
    ReadResult,
    decode,
    file_result,
    normalise_newlines,
    skipped,
)
from helpers.text import PARAGRAPH_BREAK

__all__ = ["MAX_HEADER_LINE", "READER", "parse_article", "read"]

#: Header lines (byline, date line, title) are at most this long; a longer first line is still
#: the title when a byline or date line follows it.
MAX_HEADER_LINE = 300

_BLOCK_SPLIT = re.compile(r"\n[ \t]*\n")
_BYLINE = re.compile(r"^By[:\s]\s*(.{1,120})$", re.IGNORECASE)
_URL_MARKER = re.compile(
    r"^(?:Original\s+url|Source\s+url|URL)\s*:\s*(.*)$", re.IGNORECASE | re.DOTALL
)
_CAPTION = re.compile(r"^(.*?)\s*\*\*([^*]{1,120})\*\*$", re.DOTALL)
_RELATED = re.compile(
    r"^(?:Related(?:\s+article)?|Read\s+more|See\s+also)\s*:\s*(.+)$", re.IGNORECASE
)
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$|>~])")
_SENTENCE_END = re.compile(r"[.!?:;\"'”’)\]…]$")


def read(path: Path, data: bytes, options: ReadOptions) -> ReadResult:
    """Read one article in the plain-text layout."""
    decoded = decode(data, options)
    if decoded is None:
        return skipped(path, "binary file, not text")
    fields = parse_article(decoded.text, dayfirst=options.dayfirst)
    notes = fields.pop("notes")
    if not fields[TEXT].strip():
        return file_result(path, [], [*notes, "no body text"], decoded=decoded)
    fields[ARTICLE_ID] = options.file_id
    fields[SOURCE_PATH] = str(path)
    fields[SOURCE_FORMAT] = "text"
    return file_result(path, [fields], notes, decoded=decoded)


READER = Reader("text", read, suffixes=frozenset({".txt"}))


def parse_article(raw: str, *, dayfirst: bool = False) -> dict[str, Any]:
    """Parse one article in the plain-text layout into contract fields.

    Returns a dict with ``title``, ``byline``, ``agency``, ``published``, ``date_source``,
    ``date_ambiguous``, ``url``, ``outlet``, ``text``, ``captions``, ``related`` and a list of
    ``notes`` on anything odd (no title, unparseable date line).
    """
    text = normalise_newlines(raw)
    blocks = [block.strip() for block in _BLOCK_SPLIT.split(text) if block.strip()]
    notes: list[str] = []

    url = ""
    for i, block in enumerate(blocks):
        match = _URL_MARKER.match(block)
        if match:
            rest = match.group(1).strip() or (blocks[i + 1] if i + 1 < len(blocks) else "")
            url = rest.split()[0] if rest else ""
            blocks = blocks[:i]
            break

    title = byline = ""
    published: pd.Timestamp | None = None
    ambiguous = False
    date_source = date_problem = ""
    header_end = 0
    for i, block in enumerate(blocks[:4]):
        if "\n" in block:
            break
        short = len(block) <= MAX_HEADER_LINE
        if short and not byline and (match := _BYLINE.match(block)):
            byline = match.group(1).strip()
            header_end = i + 1
            continue
        if (
            short
            and not published
            and not date_problem
            and looks_like_dateline(block, first=i == 0)
        ):
            reading = read_date(block, dayfirst=dayfirst)
            if reading.published is not None:
                published, ambiguous = reading.published, reading.ambiguous
                date_source = "dateline"
                header_end = i + 1
                continue
            if reading.problem:  # a date line, with a date that cannot be stored
                date_problem = f"date line: {reading.problem}; published left empty"
                header_end = i + 1
                continue
        if i == 0 and len(blocks) > 1 and (short or _header_follows(blocks)):
            title = _unescape_markdown(block.lstrip("# ").strip())
            header_end = 1
            continue
        break
    if not title:
        notes.append("no title")
    if date_problem:
        notes.append(date_problem)
    elif published is None:
        notes.append("no readable date line")

    paragraphs: list[str] = []
    captions: list[str] = []
    related: list[str] = []
    for block in blocks[header_end:]:
        if "\n" in block:
            block = " ".join(line.strip() for line in block.split("\n"))
        if block.endswith("**") and (match := _CAPTION.match(block)):
            caption, credit = match.group(1).strip(), match.group(2).strip()
            captions.append(
                f"{_unescape_markdown(caption)} [{credit}]" if caption else f"[{credit}]"
            )
            continue
        if block[:1] in "RrSs" and (match := _RELATED.match(block)):
            related.append(_unescape_markdown(match.group(1).strip()))
            continue
        paragraph = (
            _unescape_markdown(block.replace("**", "")) if "*" in block or "\\" in block else block
        )
        if paragraphs and _is_broken_paragraph(paragraphs[-1], paragraph):
            paragraphs[-1] = f"{paragraphs[-1]} {paragraph}"
        else:
            paragraphs.append(paragraph)

    return {
        TITLE: title,
        BYLINE: byline,
        AGENCY: normalise_agency(byline)
        or agency_from_dateline(paragraphs[0] if paragraphs else ""),
        PUBLISHED: published,
        DATE_SOURCE: date_source,
        DATE_AMBIGUOUS: ambiguous,
        URL: url,
        OUTLET: outlet_from_url(url),
        TEXT: PARAGRAPH_BREAK.join(paragraphs),
        CAPTIONS: "\n".join(captions),
        RELATED: "\n".join(related),
        "notes": notes,
    }


def _header_follows(blocks: list[str]) -> bool:
    """A long first line is the title when a byline or a date line comes right after it."""
    if len(blocks) < 2 or "\n" in blocks[1] or len(blocks[1]) > MAX_HEADER_LINE:
        return False
    second = blocks[1]
    return bool(_BYLINE.match(second)) or (
        looks_like_dateline(second, first=False) and read_date(second).published is not None
    )


def _unescape_markdown(text: str) -> str:
    return _MARKDOWN_ESCAPE.sub(r"\1", text) if "\\" in text else text


def _is_broken_paragraph(previous: str, current: str) -> bool:
    """A paragraph split mid-sentence: no closing punctuation, and the next starts lower case."""
    return not _SENTENCE_END.search(previous) and current[:1].islower()
