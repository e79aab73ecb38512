"""Corpus layer: load news articles into one table that follows the column contract.

* :mod:`~helpers.corpus.load` -- :func:`load_corpus`, the load report, :func:`sentences`.
* :mod:`~helpers.corpus.readers` -- one module per input format and the registry.
* :mod:`~helpers.corpus.decode` -- the encoding policy.
* :mod:`~helpers.corpus.pubdates` -- publication dates and date lines.
* :mod:`~helpers.corpus.outlets` -- outlets and wire agencies.
* :mod:`~helpers.corpus.duplicates` -- copies of one story (same URL, same text, near-duplicate).

The column names come from :mod:`helpers.columns`, periods from :mod:`helpers.periods` and the
duplicate policy from :mod:`helpers.selection`; they are re-exported here so that older imports
(``from helpers.corpus import ARTICLE_ID, period_start``) keep working.
"""

from __future__ import annotations

from helpers.columns import (  # the column contract, re-exported for older imports
    AGENCY,
    ARCHIVE_COLUMNS,
    ARCHIVE_ID,
    ARTICLE_COLUMNS,
    ARTICLE_ID,
    BYLINE,
    CAPTIONS,
    COLUMN_DESCRIPTIONS,
    COUNT,
    DATE,
    DATE_AMBIGUOUS,
    DATE_SOURCE,
    DETAIL,
    DUPLICATE_KIND,
    DUPLICATE_OF,
    EDITION,
    ENCODING,
    ENCODING_SOURCE,
    END,
    GROUP,
    HIGH,
    LABEL,
    LANGUAGE,
    LOW,
    MEASURE,
    N_ARTICLES,
    N_SENTENCES,
    N_WORDS,
    OTHER,
    OUTLET,
    OUTLET_NORMALISED,
    PARAGRAPH_INDEX,
    PERIOD,
    POSITION,
    PUBLISHED,
    RANK,
    RELATED,
    REPLACED_BYTES,
    REPORT_COLUMNS,
    SECONDS,
    SECTION,
    SENTENCE,
    SENTENCE_COLUMNS,
    SENTENCE_INDEX,
    SOURCE_FORMAT,
    SOURCE_PATH,
    START,
    STATED_WORD_COUNT,
    STATUS,
    TERM,
    TEXT,
    TITLE,
    UNKNOWN,
    URL,
    VALUE,
    WORD_COUNT,
    describe_columns,
)
from helpers.corpus.duplicates import mark_duplicates
from helpers.corpus.load import MAX_FILE_MB, LoadedCorpus, load_corpus, sentences
from helpers.corpus.outlets import agency_from_dateline, normalise_agency, outlet_from_url
from helpers.corpus.pubdates import parse_date
from helpers.corpus.readers import READ_SUFFIXES
from helpers.corpus.readers.plain_text import parse_article
from helpers.corpus.readers.records import DEFAULT_COLUMN_NAMES
from helpers.periods import PERIODS, period_start
from helpers.selection import without_duplicates

__all__ = [
    "DEFAULT_COLUMN_NAMES",
    "MAX_FILE_MB",
    "READ_SUFFIXES",
    "LoadedCorpus",
    "agency_from_dateline",
    "load_corpus",
    "mark_duplicates",
    "normalise_agency",
    "outlet_from_url",
    "parse_article",
    "parse_date",
    "sentences",
]
# Re-exported so that older imports keep working: the column contract, periods, duplicate policy.
__all__ += [
    "AGENCY",
    "ARCHIVE_COLUMNS",
    "ARCHIVE_ID",
    "ARTICLE_COLUMNS",
    "ARTICLE_ID",
    "BYLINE",
    "CAPTIONS",
    "COLUMN_DESCRIPTIONS",
    "COUNT",
    "DATE",
    "DATE_AMBIGUOUS",
    "DATE_SOURCE",
    "DETAIL",
    "DUPLICATE_KIND",
    "DUPLICATE_OF",
    "EDITION",
    "ENCODING",
    "ENCODING_SOURCE",
    "END",
    "GROUP",
    "HIGH",
    "LABEL",
    "LANGUAGE",
    "LOW",
    "MEASURE",
    "N_ARTICLES",
    "N_SENTENCES",
    "N_WORDS",
    "OTHER",
    "OUTLET",
    "OUTLET_NORMALISED",
    "PARAGRAPH_INDEX",
    "PERIOD",
    "PERIODS",
    "POSITION",
    "PUBLISHED",
    "RANK",
    "RELATED",
    "REPLACED_BYTES",
    "REPORT_COLUMNS",
    "SECONDS",
    "SECTION",
    "SENTENCE",
    "SENTENCE_COLUMNS",
    "SENTENCE_INDEX",
    "SOURCE_FORMAT",
    "SOURCE_PATH",
    "START",
    "STATED_WORD_COUNT",
    "STATUS",
    "TERM",
    "TEXT",
    "TITLE",
    "UNKNOWN",
    "URL",
    "VALUE",
    "WORD_COUNT",
    "describe_columns",
    "period_start",
    "without_duplicates",
]
