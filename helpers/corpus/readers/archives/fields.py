"""Column names the archive readers fill, from their one home :mod:`helpers.columns`, and the
values of ``date_source`` they write."""

from __future__ import annotations

from helpers.columns import (
    AGENCY,
    ARCHIVE_COLUMNS,
    ARCHIVE_ID,
    ARTICLE_ID,
    BYLINE,
    CAPTIONS,
    DATE_AMBIGUOUS,
    DATE_SOURCE,
    DETAIL,
    EDITION,
    LANGUAGE,
    OUTLET,
    OUTLET_NORMALISED,
    POSITION,
    PUBLISHED,
    RELATED,
    SECTION,
    SOURCE_FORMAT,
    SOURCE_PATH,
    STATED_WORD_COUNT,
    STATUS,
    TEXT,
    TITLE,
    URL,
)

#: Value of ``date_source`` for a date taken from the archive's metadata (date line or field).
DATE_FROM_ARCHIVE = "archive-metadata"
#: Value of ``date_source`` when only the archive's load date was there (LexisNexis LOAD-DATE).
DATE_FROM_LOAD_DATE = "archive-load-date"

#: Per-document report row keys (one row per document, and one per file that yields none).
DOCUMENT_ROW_KEYS: tuple[str, ...] = (SOURCE_PATH, POSITION, STATUS, DETAIL)

__all__ = [
    "AGENCY",
    "ARCHIVE_COLUMNS",
    "ARCHIVE_ID",
    "ARTICLE_ID",
    "BYLINE",
    "CAPTIONS",
    "DATE_AMBIGUOUS",
    "DATE_FROM_ARCHIVE",
    "DATE_FROM_LOAD_DATE",
    "DATE_SOURCE",
    "DETAIL",
    "DOCUMENT_ROW_KEYS",
    "EDITION",
    "LANGUAGE",
    "OUTLET",
    "OUTLET_NORMALISED",
    "POSITION",
    "PUBLISHED",
    "RELATED",
    "SECTION",
    "SOURCE_FORMAT",
    "SOURCE_PATH",
    "STATED_WORD_COUNT",
    "STATUS",
    "TEXT",
    "TITLE",
    "URL",
]
