"""What every reader shares: its description (:class:`Reader`), input options and result type.

A reader is a module with a function ``read(path, data, options) -> ReadResult`` and a
:class:`Reader` entry in :data:`helpers.corpus.readers.READERS`. It gets the file's bytes (the
loader has already checked that the file is a regular file within the size limit and not empty)
and returns the records it found plus the load-report rows for them.

* A one-document reader (a ``.txt`` article, a saved page) or a table reader returns one report
  row for the file: :func:`file_result` builds it from the records and notes.
* A multi-document reader (an archive export with many articles) returns one report row per
  document (:func:`document_row`, with its 1-based ``position`` in the file) and gives its
  records the id ``<file_id>:<position>``.

Readers never raise on bad input they can explain: they return a skipped row with the reason.
An exception that escapes ``read`` is caught by the loader and reported as "could not parse".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from helpers.columns import (
    DETAIL,
    ENCODING,
    ENCODING_SOURCE,
    N_ARTICLES,
    POSITION,
    REPLACED_BYTES,
    SOURCE_PATH,
    STATUS,
)
from helpers.corpus.decode import Decoded, decode_bytes
from helpers.text import PARAGRAPH_BREAK

__all__ = [
    "LOADED",
    "PARTLY_LOADED",
    "SKIPPED",
    "ReadOptions",
    "ReadResult",
    "Reader",
    "clean_body",
    "decode",
    "document_row",
    "file_result",
    "normalise_newlines",
    "skipped",
]

LOADED = "loaded"
PARTLY_LOADED = "partly loaded"
SKIPPED = "skipped"


@dataclass(frozen=True)
class ReadOptions:
    """The loader's options a reader may use, and the file's id.

    ``file_id`` is the file's path relative to the loaded folder without its suffix
    (``sub/name``): the ``article_id`` of a one-document file, and the prefix of the ids of
    the rows or documents of others (``sub/name:3``).
    """

    columns: dict[str, str] = field(default_factory=dict)
    dayfirst: bool = False
    #: ``encoding=`` of :func:`~helpers.corpus.load_corpus`: a codec that overrides the policy.
    encoding: str | None = None
    file_id: str = ""


class ReadResult(NamedTuple):
    """What a reader returns: article records and load-report rows.

    ``records``: one dict per article with the contract columns (all but ``word_count``,
    ``duplicate_of`` and ``duplicate_kind``, which the loader fills). ``report_rows``: dicts with
    load-report columns; missing columns get their defaults.
    """

    records: list[dict[str, Any]]
    report_rows: list[dict[str, Any]]


@dataclass(frozen=True)
class Reader:
    """One input format: how to recognise it and which function reads it.

    Parameters
    ----------
    name
        Short name (``"text"``, ``"csv"``, ``"lexisnexis-txt"``).
    read
        ``read(path, data, options) -> ReadResult``.
    suffixes
        File endings (lower case, with the dot) this reader takes when no reader's *sniff*
        claimed the file.
    sniff
        ``sniff(path, head) -> bool``: True when the first bytes of the file (*head*, up to
        64 KiB) are in this format. Readers that sniff are asked first, in registry order, so a
        LexisNexis ``.txt`` export is told from the plain-text layout by its content.
    multi_document
        True when one file holds many documents, each with its own report row.
    """

    name: str
    read: Callable[[Path, bytes, ReadOptions], ReadResult]
    suffixes: frozenset[str] = frozenset()
    sniff: Callable[[Path, bytes], bool] | None = None
    multi_document: bool = False


def report_row(
    path: Path | str,
    status: str,
    n_articles: int = 0,
    *,
    decoded: Decoded | None = None,
    detail: str = "",
    position: int = 0,
) -> dict[str, Any]:
    """One load-report row (the loader adds the time taken).

    *decoded* fills the encoding columns, and a note on replaced bytes is added to *detail*.
    """
    notes = [detail] if detail else []
    if decoded is not None and decoded.replaced:
        notes.append(
            f"{decoded.replaced} byte{'s' if decoded.replaced > 1 else ''} that are not "
            f"{decoded.encoding} replaced by U+FFFD"
        )
    return {
        SOURCE_PATH: str(path),
        POSITION: position,
        STATUS: status,
        N_ARTICLES: n_articles,
        ENCODING: decoded.encoding if decoded else "",
        ENCODING_SOURCE: decoded.how if decoded else "",
        REPLACED_BYTES: decoded.replaced if decoded else 0,
        DETAIL: "; ".join(notes),
    }


def skipped(path: Path | str, detail: str, *, decoded: Decoded | None = None) -> ReadResult:
    """The result for a file that gives no article: one skipped row with the reason."""
    return ReadResult([], [report_row(path, SKIPPED, decoded=decoded, detail=detail)])


def file_result(
    path: Path | str,
    records: list[dict[str, Any]],
    notes: Sequence[str],
    *,
    decoded: Decoded | None,
    partial: bool = False,
) -> ReadResult:
    """The result of a one-file reader: its records and one report row.

    No records: skipped, with the notes as the reason. Records and *partial* (some rows or
    parts were left out): ``partly loaded``. Otherwise ``loaded``, the notes as the detail.
    """
    detail = "; ".join(notes)
    if not records:
        return skipped(path, detail or "no article text found", decoded=decoded)
    status = PARTLY_LOADED if partial else LOADED
    return ReadResult(
        records, [report_row(path, status, len(records), decoded=decoded, detail=detail)]
    )


def document_row(
    path: Path | str, position: int, status: str, detail: str = "", *, decoded: Decoded | None
) -> dict[str, Any]:
    """The report row of one document in a multi-document file (*position* counts from 1)."""
    return report_row(
        path, status, int(status == LOADED), decoded=decoded, detail=detail, position=position
    )


def decode(data: bytes, options: ReadOptions) -> Decoded | None:
    """Decode a file's bytes with the loader's encoding policy (None for binary data).

    See :mod:`helpers.corpus.decode`; ``options.encoding`` overrides the policy.
    """
    return decode_bytes(data, encoding=options.encoding)


_BLOCK_SPLIT = re.compile(r"\n[ \t]*\n")


def normalise_newlines(text: str) -> str:
    """``\\r\\n``, ``\\r``, U+2028 → ``\\n``; U+2029 → a blank line; no-break spaces → spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\ufeff", "")


def clean_body(text: str) -> str:
    """Normalise a body from a table or web page: trimmed paragraphs separated by a blank line.

    With blank lines in the text, they separate paragraphs (single line breaks inside become
    spaces); without any, every line is a paragraph.
    """
    text = normalise_newlines(str(text)).strip()
    chunks = _BLOCK_SPLIT.split(text) if _BLOCK_SPLIT.search(text) else text.split("\n")
    paragraphs = (" ".join(chunk.split()) for chunk in chunks)
    return PARAGRAPH_BREAK.join(p for p in paragraphs if p)
