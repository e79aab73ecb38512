"""CSV and TSV files: one article per row, columns found by name (see :mod:`.records`)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

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
    """Read a CSV or TSV table (the separator of a ``.csv`` is sniffed: ``,``, ``;``, tab, ``|``)."""
    decoded = decode(data, options)
    if decoded is None:
        return skipped(path, "binary file, not text")
    content = decoded.text
    separator = "\t" if path.suffix.lower() == ".tsv" else _sniff_separator(content)
    frame = pd.read_csv(io.StringIO(content), sep=separator, dtype=str, keep_default_na=False)
    names = [str(c) for c in frame.columns]
    frame.columns = names
    rows = enumerate(frame.to_dict("records"), start=1)
    records, notes, partial = rows_to_records(rows, names, path, options, source_format="csv")
    return file_result(path, records, notes, decoded=decoded, partial=partial)


READER = Reader("csv", read, suffixes=frozenset({".csv", ".tsv"}))


def _sniff_separator(content: str) -> str:
    sample = content[:20000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","
