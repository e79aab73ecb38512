"""JSON and JSON Lines files: one article per record, fields found by name (see :mod:`.records`).

* JSON Lines (``.jsonl``, ``.ndjson``, or a ``.json`` file with one object per line): each line
  is read on its own; a line that is not valid JSON is reported by its line number and the
  others are kept.
* JSON: a list of records, or an object holding one, however deep: ``{"articles": [...]}``,
  ``{"data": {"items": [...]}}``, ``{"results": [...]}``, Elasticsearch's
  ``{"hits": {"hits": [{"_source": {...}}]}}``; a single object with a text field is one record.
* A field that holds a list or an object gives its strings joined (paragraphs for the text),
  never a Python ``repr``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from helpers.columns import TEXT
from helpers.corpus.readers.base import (
    Reader,
    ReadOptions,
    ReadResult,
    decode,
    file_result,
    skipped,
)
from helpers.corpus.readers.records import DEFAULT_COLUMN_NAMES, rows_to_records

__all__ = ["ENVELOPE_KEYS", "READER", "read"]

#: Keys under which JSON exports put their list of records, tried first (case-insensitive).
ENVELOPE_KEYS = (
    "articles",
    "items",
    "results",
    "data",
    "records",
    "documents",
    "docs",
    "hits",
    "entries",
    "posts",
    "stories",
    "response",
    "rows",
)
_MAX_DEPTH = 6


def read(path: Path, data: bytes, options: ReadOptions) -> ReadResult:
    """Read a JSON list of records, an object holding one, or JSON Lines."""
    decoded = decode(data, options)
    if decoded is None:
        return skipped(path, "binary file, not text")
    content = decoded.text.removeprefix("\ufeff")
    notes: list[str] = []
    if _is_json_lines(content, path.suffix.lower()):
        rows, bad_lines = _json_lines(content)
        if bad_lines:
            shown = ", ".join(map(str, bad_lines[:10])) + (" ..." if len(bad_lines) > 10 else "")
            notes.append(
                f"skipped {len(bad_lines)} line{'s' if len(bad_lines) > 1 else ''} that are not "
                f"a JSON record (line{'s' if len(bad_lines) > 1 else ''} {shown})"
            )
    else:
        try:
            document = json.loads(content)
        except json.JSONDecodeError as error:
            return file_result(path, [], [f"not valid JSON: {error}"], decoded=decoded)
        except RecursionError:
            return file_result(path, [], ["JSON nested too deeply to read"], decoded=decoded)
        rows = _records_in(document, text_keys=_text_keys(options))
        bad_lines = []
    names = list(dict.fromkeys(str(key) for row in rows for key in row))
    numbered = enumerate(({str(k): v for k, v in row.items()} for row in rows), start=1)
    records, more_notes, partial = rows_to_records(
        numbered, names, path, options, source_format="json"
    )
    return file_result(
        path, records, [*notes, *more_notes], decoded=decoded, partial=partial or bool(bad_lines)
    )


READER = Reader("json", read, suffixes=frozenset({".json", ".jsonl", ".ndjson"}))


def _is_json_lines(content: str, suffix: str) -> bool:
    stripped = content.lstrip()
    return suffix in {".jsonl", ".ndjson"} or (stripped.startswith("{") and "\n{" in stripped)


def _json_lines(content: str) -> tuple[list[dict[str, Any]], list[int]]:
    """Records of a JSON Lines text, and the numbers of the lines that are no record."""
    rows: list[dict[str, Any]] = []
    bad_lines: list[int] = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            bad_lines.append(number)
            continue
        if isinstance(value, dict):
            rows.append(_unwrap(value))
        else:
            bad_lines.append(number)
    return rows, bad_lines


def _text_keys(options: ReadOptions) -> set[str]:
    keys = {name.lower() for name in DEFAULT_COLUMN_NAMES[TEXT]}
    if TEXT in options.columns:
        keys.add(options.columns[TEXT].lower())
    return keys


def _records_in(document: Any, *, text_keys: set[str], depth: int = 0) -> list[dict[str, Any]]:
    """The list of records inside a parsed JSON document (see the module docstring)."""
    if isinstance(document, list):
        return [_unwrap(item) for item in document if isinstance(item, dict)]
    if not isinstance(document, dict) or depth > _MAX_DEPTH:
        return []
    if any(str(key).lower() in text_keys for key in document):
        return [document]  # a record itself
    by_name = {str(key).lower(): value for key, value in document.items()}
    for key in ENVELOPE_KEYS:
        if isinstance(by_name.get(key), list | dict):
            found = _records_in(by_name[key], text_keys=text_keys, depth=depth + 1)
            if found:
                return found
    candidates = [
        _records_in(value, text_keys=text_keys, depth=depth + 1)
        for value in document.values()
        if isinstance(value, list | dict)
    ]
    candidates = [found for found in candidates if found]
    return max(candidates, key=len) if candidates else [document]


def _unwrap(record: dict[str, Any]) -> dict[str, Any]:
    """An Elasticsearch hit (``{"_id": ..., "_source": {...}}``) → its source, with the id."""
    source = record.get("_source")
    if isinstance(source, dict):
        return {"id": record["_id"], **source} if "_id" in record else source
    return record
