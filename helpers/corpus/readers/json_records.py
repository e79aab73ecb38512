"""JSON and JSON Lines files: one article per record, fields found by name (see :mod:`.records`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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


def read(path: Path, data: bytes, options: ReadOptions) -> ReadResult:
    """Read a JSON list of records, an object holding one (``{"articles": [...]}``), or JSONL."""
    decoded = decode(data, options)
    if decoded is None:
        return skipped(path, "binary file, not text")
    rows = _json_rows(decoded.text, path.suffix.lower())
    names = list(dict.fromkeys(str(key) for row in rows for key in row))
    numbered = enumerate(({str(k): v for k, v in row.items()} for row in rows), start=1)
    records, notes, partial = rows_to_records(numbered, names, path, options, source_format="json")
    return file_result(path, records, notes, decoded=decoded, partial=partial)


READER = Reader("json", read, suffixes=frozenset({".json", ".jsonl", ".ndjson"}))


def _json_rows(content: str, suffix: str) -> list[dict[str, Any]]:
    stripped = content.lstrip()
    if suffix in {".jsonl", ".ndjson"} or (stripped.startswith("{") and "\n{" in stripped):
        rows = [json.loads(line) for line in content.splitlines() if line.strip()]
    else:
        data = json.loads(content)
        if isinstance(data, dict):
            lists = [value for value in data.values() if isinstance(value, list)]
            rows = lists[0] if len(lists) == 1 else [data]
        else:
            rows = data
    return [row for row in rows if isinstance(row, dict)]
