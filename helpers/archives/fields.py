"""Column names the archive readers fill: the article contract plus the archive metadata columns.

The contract columns are imported from their one home (``helpers.columns`` once it exists, the
corpus module until then). The extra columns below are proposed for ``helpers/columns.py``; they
live here only until the integrator moves them.
"""

from __future__ import annotations

try:  # the column contract's future home
    from helpers.columns import (  # type: ignore[import-not-found]
        AGENCY,
        ARTICLE_ID,
        BYLINE,
        CAPTIONS,
        DATE_AMBIGUOUS,
        DATE_SOURCE,
        DETAIL,
        OUTLET,
        PUBLISHED,
        RELATED,
        SOURCE_FORMAT,
        SOURCE_PATH,
        STATUS,
        TEXT,
        TITLE,
        URL,
    )
except ImportError:  # pragma: no cover - until helpers/columns.py lands
    from helpers.corpus import (
        AGENCY,
        ARTICLE_ID,
        BYLINE,
        CAPTIONS,
        DATE_AMBIGUOUS,
        DATE_SOURCE,
        DETAIL,
        OUTLET,
        PUBLISHED,
        RELATED,
        SOURCE_FORMAT,
        SOURCE_PATH,
        STATUS,
        TEXT,
        TITLE,
        URL,
    )

#: Outlet in a comparable form: lower case, parenthetical place/edition and ``; ...`` dropped,
#: a leading English "the" dropped (``"The Times (London)"`` → ``"times"``).
OUTLET_NORMALISED = "outlet_normalised"
#: Section or rubric as the archive gives it (``"NEWS; Pg. 3"``, ``"Politique"``); "" when absent.
SECTION = "section"
#: Edition as the archive gives it (``"Edition 1; Ireland"``, ``"Late Edition - Final"``).
EDITION = "edition"
#: Word count the archive states (``LENGTH: 453 words``, Factiva ``WC``); ``None`` when absent.
STATED_WORD_COUNT = "stated_word_count"
#: Language as an ISO 639-1 code when recognised (``"en"``, ``"fr"``), else as written, lower case.
LANGUAGE = "language"
#: The archive's own document id (Factiva accession number, Europresse "Numéro de document").
ARCHIVE_ID = "archive_id"
#: 1-based position of the document in its export file (for zips: in its member file).
POSITION = "position"

#: Value of ``date_source`` for a date taken from the archive's metadata (date line or field).
DATE_FROM_ARCHIVE = "archive-metadata"
#: Value of ``date_source`` when only the archive's load date was there (LexisNexis LOAD-DATE).
DATE_FROM_LOAD_DATE = "archive-load-date"

#: The columns archive readers add to the article contract, in this order.
ARCHIVE_COLUMNS: tuple[str, ...] = (
    OUTLET_NORMALISED,
    SECTION,
    EDITION,
    STATED_WORD_COUNT,
    LANGUAGE,
    ARCHIVE_ID,
    POSITION,
)

ARCHIVE_COLUMN_DESCRIPTIONS: dict[str, str] = {
    OUTLET_NORMALISED: "Outlet lower-cased, without '(London)'-style parentheses or a leading 'the'.",
    SECTION: "Section or rubric as the archive gives it ('' when absent).",
    EDITION: "Edition as the archive gives it ('' when absent).",
    STATED_WORD_COUNT: "Word count stated by the archive (None when absent).",
    LANGUAGE: "ISO 639-1 code when recognised (en, fr, de), else as written; '' when absent.",
    ARCHIVE_ID: "The archive's document id (Factiva AN, Europresse document number) or ''.",
    POSITION: "1-based position of the document in its export file.",
}

#: Per-document report row keys (one row per document, and one per file that yields none).
DOCUMENT_ROW_KEYS: tuple[str, ...] = (SOURCE_PATH, POSITION, STATUS, DETAIL)

__all__ = [
    "AGENCY",
    "ARCHIVE_COLUMNS",
    "ARCHIVE_COLUMN_DESCRIPTIONS",
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
