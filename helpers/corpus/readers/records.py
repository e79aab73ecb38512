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


def _find_column(names: Sequence[str], contract: str, mapping: dict[str, str]) -> str | None:
    lookup = {name.strip().lower(): name for name in names}
    if contract in mapping:
        wanted = mapping[contract]
        if wanted in names:
            return wanted
        if wanted.lower() in lookup:
            return lookup[wanted.lower()]
        raise KeyError(
            f"column {wanted!r} (given for {contract!r}) is not in the file; it has {list(names)}"
        )
    for candidate in DEFAULT_COLUMN_NAMES.get(contract, ()):
        if candidate in lookup:
            return lookup[candidate]
    return None


def _as_text(value: Any) -> str:
    """A cell as text: None and NaN → ""; everything else as written."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value).strip()


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
    found = {c: _find_column(names, c, options.columns) for c in DEFAULT_COLUMN_NAMES}
    if found[TEXT] is None:
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
    date_column = found[PUBLISHED]
    for row_number, row in rows:

        def get(contract: str, row: Mapping[str, Any] = row) -> str:
            column = found[contract]
            return _as_text(row.get(column)) if column else ""

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
                DATE_SOURCE: f"column:{date_column}" if published is not None else "",
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
        notes.append(f"{bad_dates} rows with unparseable dates (published left empty)")
    if date_column is None:
        notes.append("no date column found; pass columns={'published': '<your column>'}")
    return records, notes, bool(empty_rows)
