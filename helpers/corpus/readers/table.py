"""CSV and TSV files: one article per row, columns found by name (see :mod:`.records`).

A damaged row does not cost the rest of the table: a row with more fields than the header, or
a quote that is never closed, is left out and reported by its line number, and reading goes on
with the next line. Rows with fewer fields than the header are kept (the missing cells are
empty), as spreadsheet programs write them.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from helpers.corpus.readers.base import (
    Reader,
    ReadOptions,
    ReadResult,
    decode,
    file_result,
    skipped,
)
from helpers.corpus.readers.records import rows_to_records

__all__ = ["READER", "read"]

#: A quoted field may run over at most this many lines; past that, its quote is taken to be
#: unclosed (this also bounds the work a file full of stray quotes can cause).
MAX_LINES_PER_ROW = 5000


def read(path: Path, data: bytes, options: ReadOptions) -> ReadResult:
    """Read a CSV or TSV table (the separator of a ``.csv`` is sniffed: ``,``, ``;``, tab, ``|``)."""
    decoded = decode(data, options)
    if decoded is None:
        return skipped(path, "binary file, not text")
    content = decoded.text.removeprefix("\ufeff")
    decoded = decoded._replace(text="")  # frugal: hold one copy of a large table at a time
    separator = "\t" if path.suffix.lower() == ".tsv" else _sniff_separator(content)
    lines = content.splitlines(keepends=True)
    del content
    parsed = _parse(lines, separator)
    del lines
    if parsed is None:
        return file_result(path, [], ["no header row"], decoded=decoded)
    header, rows, bad_lines, stray_lines = parsed
    names = _unique_names(header)
    width = len(names)
    numbered = ((number, dict(zip(names, cells, strict=False))) for number, cells in rows)
    records, notes, partial = rows_to_records(numbered, names, path, options, source_format="csv")
    if bad_lines:
        shown = ", ".join(map(str, bad_lines[:10])) + (" ..." if len(bad_lines) > 10 else "")
        notes.insert(
            0,
            f"skipped {len(bad_lines)} damaged rows (more than {width} fields, or a quote not "
            f"closed) at line{'s' if len(bad_lines) > 1 else ''} {shown}"
            + (f", and {len(stray_lines)} lines of their text" if stray_lines else ""),
        )
    return file_result(path, records, notes, decoded=decoded, partial=partial or bool(bad_lines))


READER = Reader("csv", read, suffixes=frozenset({".csv", ".tsv"}))


class _RowTooLong(Exception):
    """A quoted field ran over :data:`MAX_LINES_PER_ROW` lines."""


def _parse(
    lines: list[str], separator: str
) -> tuple[list[str], list[tuple[int, list[str]]], list[int], list[int]] | None:
    """Header, ``(row_number, cells)`` of the good rows, and line numbers of damaged rows and
    of stray lines (pieces of a damaged row's text that are no row).

    A row is damaged when it has more fields than the header, or when it runs over several
    lines (a quoted field with line breaks) and then has the wrong number of fields: its quote
    was not closed and swallowed the lines after it, which are then read again. Row numbers
    count data rows from 1 (a damaged row keeps its number, so that later rows keep theirs);
    line numbers count the file's lines from 1. After a damaged row, lines that do not have the
    header's width are the rest of its text (stray lines), until a row of the right width.
    """
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    bad_lines: list[int] = []
    stray_lines: list[int] = []
    row_number = 0
    start = 0
    resyncing = False  # after a damaged row: short pieces are the rest of its text, not rows
    while start < len(lines):
        source = _Lines(lines, start)
        start = len(lines)
        try:
            for cells in csv.reader(source, delimiter=separator, strict=True):
                first, spanned = source.row_start, source.consumed - source.row_start
                source.row_start = source.consumed
                if not cells or (len(cells) == 1 and not cells[0].strip()):
                    continue  # blank line
                if header is None:
                    header = cells
                    continue
                if resyncing and len(cells) != len(header):
                    stray_lines.append(first + 1)
                    continue
                resyncing = False
                row_number += 1
                if len(cells) > len(header) or (spanned > 1 and len(cells) != len(header)):
                    bad_lines.append(first + 1)
                    resyncing = True
                    if spanned > 1:  # read the swallowed lines again
                        start = first + 1
                        break
                    continue
                rows.append((row_number, cells))
        except (csv.Error, _RowTooLong):
            if header is None:
                return None
            if resyncing:
                stray_lines.append(source.row_start + 1)
            else:
                row_number += 1
                bad_lines.append(source.row_start + 1)
                resyncing = True
            start = source.row_start + 1
    if header is None:
        return None
    return header, rows, bad_lines, stray_lines


class _Lines(Iterator[str]):
    """The lines of a file for ``csv.reader``, from *start*, counting how many were read."""

    def __init__(self, lines: list[str], start: int) -> None:
        self.lines = lines
        self.consumed = start  # index of the next line to hand out
        self.row_start = start  # index of the first line of the row being read

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.consumed >= len(self.lines):
            raise StopIteration
        if self.consumed - self.row_start >= MAX_LINES_PER_ROW:
            raise _RowTooLong
        line = self.lines[self.consumed]
        self.consumed += 1
        return line


def _unique_names(header: list[str]) -> list[str]:
    """Header cells as column names; empty and repeated names get a number (``column_3``)."""
    names: list[str] = []
    for index, cell in enumerate(header, start=1):
        name = cell.strip() or f"column_{index}"
        while name in names:
            name = f"{name}_{index}"
        names.append(name)
    return names


def _sniff_separator(content: str) -> str:
    sample = content[:20000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","
