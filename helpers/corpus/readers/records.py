"""Rows of a table or JSON file → article records: which column is which, and the row mapping.

Column names recognised per contract column are data (``data/column_names.json``); others are
mapped with ``load_corpus(columns=...)``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from helpers.columns import (
    AGENCY,
    ARTICLE_COLUMNS,
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
from helpers.corpus.readers.base import ReadOptions, clean_body

__all__ = ["DEFAULT_COLUMN_NAMES", "check_mapping", "rows_to_records"]

#: Column names recognised in CSV/TSV/JSON files, per contract column (case-insensitive).
DEFAULT_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    column: tuple(names)
    for column, names in json.loads(
        resources.files("helpers.corpus").joinpath("data/column_names.json").read_text()
    )["columns"].items()
}


def check_mapping(columns: Mapping[str, str] | None) -> dict[str, str]:
    """Validate a ``columns=`` mapping (contract column → the file's column name)."""
    if not columns:
        return {}
    unknown = sorted(set(columns) - set(ARTICLE_COLUMNS))
    if unknown:
        raise ValueError(
            f"columns= maps unknown contract columns {unknown}; the keys must be among "
            f"{sorted(DEFAULT_COLUMN_NAMES)} (values are your file's column names)."
        )
    return dict(columns)


def _find_columns(names: Sequence[str], contract: str, mapping: dict[str, str]) -> list[str]:
    """The file's columns that may hold *contract*: the mapped one, or every recognised name.

    Recognised names come in the order of :data:`DEFAULT_COLUMN_NAMES`; a row takes the first
    that is not empty (JSON records do not all name their fields alike).
    """
    lookup = {name.strip().lower(): name for name in names}
    if contract in mapping:
        wanted = mapping[contract]
        if wanted in names:
            return [wanted]
        if wanted.lower() in lookup:
            return [lookup[wanted.lower()]]
        raise KeyError(
            f"column {wanted!r} (given for {contract!r}) is not in the file; it has {list(names)}"
        )
    return [lookup[c] for c in DEFAULT_COLUMN_NAMES.get(contract, ()) if c in lookup]


#: How the strings inside a list or object value are joined, per contract column.
_JOINERS = {TEXT: "\n\n", BYLINE: ", "}


def _as_text(value: Any, joiner: str = " ") -> tuple[str, bool]:
    """A cell as text, and whether it was a list or object (whose strings are then joined).

    None and NaN give ""; a JSON object or list gives its string (and number) leaves in order,
    joined with *joiner*, never a Python ``repr``.
    """
    if value is None or (isinstance(value, float) and value != value):
        return "", False
    if not isinstance(value, dict | list | tuple):
        return str(value).strip(), False
    leaves: list[str] = []
    stack: list[Any] = [value]
    while stack:  # iterative: a deeply nested value cannot exhaust the stack
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list | tuple):
            stack.extend(reversed(item))
        elif item is not None and not isinstance(item, bool):
            text = str(item).strip()
            if text:
                leaves.append(text)
    return joiner.join(leaves), True


def rows_to_records(
    rows: Iterable[tuple[int, Mapping[str, Any]]],
    names: Sequence[str],
    path: Path,
    options: ReadOptions,
    *,
    source_format: str,
) -> tuple[list[dict[str, Any]], list[str], bool]:
    """Map ``(row_number, row)`` pairs to article records.

    Returns the records, notes for the report, and whether rows were left out (partial).
    """
    found = {c: _find_columns(names, c, options.columns) for c in DEFAULT_COLUMN_NAMES}
    if not found[TEXT]:
        return (
            [],
            [
                f"no text column found (columns: {list(names)}); pass columns={{'text': '<your column>'}}"
            ],
            False,
        )
    records: list[dict[str, Any]] = []
    empty_rows: list[int] = []
    bad_dates = 0
    date_problems: list[str] = []
    joined_fields: set[str] = set()
    date_column = found[PUBLISHED][0] if found[PUBLISHED] else None
    for row_number, row in rows:
        date_from = date_column

        def get(contract: str, row: Mapping[str, Any] = row) -> str:
            nonlocal date_from
            for column in found[contract]:
                text, joined = _as_text(row.get(column), _JOINERS.get(contract, " "))
                if joined:
                    joined_fields.add(column)
                if text:
                    if contract == PUBLISHED:
                        date_from = column
                    return text
            return ""

        body = clean_body(get(TEXT))
        if not body:
            empty_rows.append(row_number)
            continue
        published = None
        ambiguous = False
        raw_date = get(PUBLISHED)
        if raw_date:
            reading = read_date(raw_date, dayfirst=options.dayfirst)
            if reading.published is None:
                bad_dates += 1
                if reading.problem and len(date_problems) < 3:
                    date_problems.append(f"row {row_number}: {reading.problem}")
            else:
                published, ambiguous = reading.published, reading.ambiguous
        url = get(URL)
        byline = get(BYLINE).removeprefix("By ").strip()
        own_id = get(ARTICLE_ID)
        records.append(
            {
                ARTICLE_ID: f"{options.file_id}:{own_id or row_number}",
                TITLE: get(TITLE),
                BYLINE: byline,
                AGENCY: get(AGENCY) or normalise_agency(byline) or agency_from_dateline(body),
                PUBLISHED: published,
                DATE_SOURCE: f"column:{date_from}" if published is not None else "",
                DATE_AMBIGUOUS: ambiguous,
                URL: url,
                OUTLET: outlet_from_url(url) or get(OUTLET),  # one naming scheme per corpus
                TEXT: body,
                CAPTIONS: "",
                RELATED: "",
                SOURCE_PATH: str(path),
                SOURCE_FORMAT: source_format,
            }
        )
    notes = []
    if empty_rows:
        shown = ", ".join(map(str, empty_rows[:10])) + (" ..." if len(empty_rows) > 10 else "")
        notes.append(f"skipped {len(empty_rows)} rows with empty text (rows {shown})")
    if bad_dates:
        why = f" ({'; '.join(date_problems)})" if date_problems else ""
        notes.append(f"{bad_dates} rows with unparseable dates (published left empty){why}")
    if joined_fields:
        notes.append(
            f"fields holding lists or objects ({', '.join(sorted(joined_fields))}): their "
            "strings were joined"
        )
    if date_column is None:
        notes.append("no date column found; pass columns={'published': '<your column>'}")
    return records, notes, bool(empty_rows)
