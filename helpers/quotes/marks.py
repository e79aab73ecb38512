"""Quotation marks: which mark opens and which closes, and the quoted stretches of a text.

Double marks only (straight ``"``, curly ``“ ”``, guillemets ``« »``, low ``„``); an odd number of
marks never fails. A quote left open at a paragraph end continues into the next paragraph when
that one opens with a quotation mark (the news convention for a multi-paragraph quote).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "ALL_DOUBLE",
    "QUOTE_CHARS",
    "Quoted",
    "inside",
    "mark_kind",
    "quoted_spans",
    "rstrip_position",
]

DOUBLE_OPEN = "“«„"
DOUBLE_CLOSE = "”»"
STRAIGHT = '"'
#: Every double quotation mark.
ALL_DOUBLE = DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT
#: Finds any double quotation mark.
QUOTE_CHARS = re.compile(f"[{ALL_DOUBLE}]")
#: Punctuation that may end a sentence or a clause inside a quote.
PUNCT_END = ".,;:!?…"


@dataclass
class Quoted:
    """A stretch in quotation marks.

    ``pieces`` are the ``(start, end)`` of the words inside the marks, one per paragraph (a
    multi-paragraph quote has several); ``open_mark`` is the position of the opening mark,
    ``close_mark`` the position just after the closing mark (the paragraph end when unclosed).
    """

    pieces: list[tuple[int, int]]
    open_mark: int
    close_mark: int
    paragraph: int
    closed: bool


def mark_kind(text: str, i: int) -> str:
    """Return ``open``, ``close`` or ``either`` for the quotation mark at *i*."""
    ch = text[i]
    if ch in DOUBLE_OPEN:
        return "open"
    if ch in DOUBLE_CLOSE:
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    open_like = before.isspace() or before in "([{—–-/"
    close_like = after.isspace() or after in PUNCT_END + ")]}—–-/"
    if open_like and not close_like:
        return "open"
    if close_like and not open_like:
        return "close"
    return "either"


def rstrip_position(text: str, end: int) -> int:
    """*end* moved left over trailing whitespace."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """True when *position* falls in one of *spans* (``start <= position < end``)."""
    return any(s <= position < e for s, e in spans)


def quoted_spans(text: str, paragraphs: list[tuple[int, int]]) -> list[Quoted]:
    """Pair the double quotation marks paragraph by paragraph; an odd count never fails.

    An opening mark left open at a paragraph end continues into the next paragraph when that one
    opens with a quotation mark (the news convention); otherwise the quote ends with its paragraph.
    """
    found: list[Quoted] = []
    carry: Quoted | None = None
    for index, (p_start, p_end) in enumerate(paragraphs):
        current: Quoted | None = None
        marks = [m.start() for m in QUOTE_CHARS.finditer(text, p_start, p_end)]
        if carry is not None and marks and marks[0] == p_start:
            current = carry
            current.pieces.append((p_start + 1, p_start + 1))
            marks = marks[1:]
        elif carry is not None:
            found.append(carry)
        carry = None
        for i in marks:
            kind = mark_kind(text, i)
            if current is None:
                if kind == "close" and not (
                    i == p_start
                    or (text[i - 1].isspace() and i + 1 < p_end and text[i + 1].isalnum())
                ):
                    continue  # a stray closing mark (one opening a line counts as opening)
                current = Quoted([(i + 1, i + 1)], i, -1, index, False)
            else:
                if kind == "open" and text[i - 1 : i].isspace():
                    # an opening mark while one is open: the earlier one was never closed
                    current.pieces[-1] = (current.pieces[-1][0], rstrip_position(text, i))
                    current.close_mark = i
                    found.append(current)
                    current = Quoted([(i + 1, i + 1)], i, -1, index, False)
                    continue
                current.pieces[-1] = (current.pieces[-1][0], i)
                current.close_mark = i + 1
                current.closed = True
                found.append(current)
                current = None
        if current is not None:
            current.pieces[-1] = (current.pieces[-1][0], p_end)
            current.close_mark = p_end
            carry = current
    if carry is not None:
        found.append(carry)
    for quoted in found:
        quoted.pieces = [
            (s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in quoted.pieces if e > s
        ]
        quoted.pieces = [(s, e) for s, e in quoted.pieces if e > s]
    return [q for q in found if q.pieces]
