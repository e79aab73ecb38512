"""Every column name of every table the bundle makes, and what it means: the contract, once.

Analyses, charts and notebooks refer to columns through these constants, never through string
literals, so a name is defined here and nowhere else. :func:`describe_columns` prints the article
contract for display.

Tables
------
* articles (:data:`ARTICLE_COLUMNS`) -- one row per article, from :func:`helpers.corpus.load_corpus`.
* load report (:data:`REPORT_COLUMNS`) -- one row per file (or archive document).
* sentences (:data:`SENTENCE_COLUMNS`) -- one row per sentence, offsets into ``text``.
* tidy term tables -- ``article_id, term, n``: the hub between analyses.
* quotes (:data:`QUOTE_COLUMNS`) -- one row per quote, from :func:`helpers.quotes.extract_quotes`.
* analysis outputs -- the shared vocabulary below (``period``, ``group``, ``n_articles`` ...),
  then one section per analysis.
"""

from __future__ import annotations

import pandas as pd

# --------------------------------------------------------------------------------------------------
# Articles table (the column contract)
# --------------------------------------------------------------------------------------------------

#: Stable identifier: the file's path relative to the loaded folder, without extension
#: (``reuters-00001``); rows of a table get ``<file>:<row>`` (1-based) or the table's own id column.
ARTICLE_ID = "article_id"
#: Headline ("" when the file has none).
TITLE = "title"
#: Byline as written, without the leading "By " (``AFP``, ``Jane Doe, Reuters``); "" when absent.
BYLINE = "byline"
#: Wire agency normalised from the byline (``AFP``, ``AP``, ``Reuters``, ...); "" for staff bylines.
AGENCY = "agency"
#: Publication date and time (``datetime64``; ``NaT`` when no date could be read).
PUBLISHED = "published"
#: Where ``published`` came from: ``dateline``, ``column:<name>``, ``html-metadata``,
#: ``archive-metadata`` (an archive export's date line or date field), ``archive-load-date`` (only
#: the archive's load date was there), or "" if none.
DATE_SOURCE = "date_source"
#: True when the date was numeric with day and month both <= 12 (``03/04/2020``) and the
#: ``dayfirst`` policy decided between them.
DATE_AMBIGUOUS = "date_ambiguous"
#: Article URL ("" when absent).
URL = "url"
#: Publishing outlet: the URL's domain without ``www.``; without a URL, the table's outlet/source
#: column (the domain comes first so that text files and table rows of one corpus agree).
OUTLET = "outlet"
#: Body text: paragraphs separated by a blank line (``"\n\n"``), captions and related-article lines
#: removed, paragraphs split mid-sentence re-joined, markdown escapes undone.
TEXT = "text"
#: Photo captions taken out of the body, one per line, the credit in brackets.
CAPTIONS = "captions"
#: "Related article:" headlines taken out of the body, one per line.
RELATED = "related"
#: Number of word tokens in ``text`` (:func:`helpers.text.word_tokens`).
WORD_COUNT = "word_count"
#: The file the article came from (absolute path as a string).
SOURCE_PATH = "source_path"
#: Which reader produced the row: ``text``, ``csv``, ``json``, ``html``, ``parquet``, or an archive
#: format (``lexisnexis-txt``, ``lexisnexis-rtf``, ``lexisnexis-html``, ``nexis-uni-docx``,
#: ``factiva-html``, ``factiva-xml``, ``europresse-html``).
SOURCE_FORMAT = "source_format"
#: ``article_id`` of the earlier article this one duplicates, or "" when it is not a duplicate.
DUPLICATE_OF = "duplicate_of"
#: Why it is a duplicate: ``same-url``, ``same-text``, ``near-duplicate``, or "".
DUPLICATE_KIND = "duplicate_kind"

# Archive metadata (LexisNexis, Nexis Uni, Factiva, Europresse exports). Every corpus has these
# columns; rows that do not come from an archive export leave them empty ("", <NA>, 0).

#: Outlet in a comparable form: lower case, parenthetical place/edition and ``; ...`` dropped,
#: a leading English "the" dropped (``"The Times (London)"`` → ``"times"``); "" when no outlet.
OUTLET_NORMALISED = "outlet_normalised"
#: Section or rubric as the archive gives it (``"NEWS; Pg. 3"``, ``"Politique"``); "" when absent.
SECTION = "section"
#: Edition as the archive gives it (``"Edition 1; Ireland"``, ``"Late Edition - Final"``).
EDITION = "edition"
#: Word count the archive states (``LENGTH: 453 words``, Factiva ``WC``): nullable ``Int64``,
#: ``<NA>`` when absent. Compare with ``word_count``, counted by the bundle.
STATED_WORD_COUNT = "stated_word_count"
#: Language as an ISO 639-1 code when recognised (``"en"``, ``"fr"``), else as written, lower case.
LANGUAGE = "language"
#: The archive's own document id (Factiva accession number, Europresse "Numéro de document").
ARCHIVE_ID = "archive_id"
#: 1-based position of the document in its archive export file (in a zip: in its member file);
#: 0 for a file that holds one article, or a table row. The load report has the same column.
POSITION = "position"

ARTICLE_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    TITLE,
    BYLINE,
    AGENCY,
    PUBLISHED,
    DATE_SOURCE,
    DATE_AMBIGUOUS,
    URL,
    OUTLET,
    TEXT,
    CAPTIONS,
    RELATED,
    WORD_COUNT,
    SOURCE_PATH,
    SOURCE_FORMAT,
    DUPLICATE_OF,
    DUPLICATE_KIND,
    OUTLET_NORMALISED,
    SECTION,
    EDITION,
    STATED_WORD_COUNT,
    LANGUAGE,
    ARCHIVE_ID,
    POSITION,
)

#: The article columns only archive exports fill (empty for other rows).
ARCHIVE_COLUMNS: tuple[str, ...] = ARTICLE_COLUMNS[-7:]

COLUMN_DESCRIPTIONS: dict[str, str] = {
    ARTICLE_ID: "Stable id: file path relative to the corpus folder without extension, or file:row.",
    TITLE: "Headline ('' when the file has none).",
    BYLINE: "Byline as written, without 'By ' ('' when absent).",
    AGENCY: "Wire agency normalised from the byline (AFP, AP, Reuters, ...); '' for staff bylines.",
    PUBLISHED: "Publication date/time (NaT when no date could be read).",
    DATE_SOURCE: "Where the date came from: dateline, column:<name>, html-metadata, "
    "archive-metadata, archive-load-date, or ''.",
    DATE_AMBIGUOUS: "True for numeric dates like 03/04/2020 where day and month could swap.",
    URL: "Article URL ('' when absent).",
    OUTLET: "Outlet: the URL's domain (without www.) or the table's outlet/source column.",
    TEXT: "Body text, paragraphs separated by a blank line; captions and related links removed.",
    CAPTIONS: "Photo captions taken out of the body, one per line, credit in brackets.",
    RELATED: "'Related article:' headlines taken out of the body, one per line.",
    WORD_COUNT: "Number of word tokens in text.",
    SOURCE_PATH: "The file the article came from.",
    SOURCE_FORMAT: "Reader used: text, csv, json, html, parquet, or the archive format "
    "(lexisnexis-txt, nexis-uni-docx, factiva-html, europresse-html, ...).",
    DUPLICATE_OF: "article_id of the earlier article this one duplicates ('' if none).",
    DUPLICATE_KIND: "same-url, same-text, near-duplicate, or ''.",
    OUTLET_NORMALISED: "Archive outlet lower-cased, without '(London)'-style parentheses or a "
    "leading 'the' ('' for other rows).",
    SECTION: "Section or rubric as the archive gives it ('' when absent).",
    EDITION: "Edition as the archive gives it ('' when absent).",
    STATED_WORD_COUNT: "Word count stated by the archive (<NA> when absent).",
    LANGUAGE: "Archive language: ISO 639-1 code when recognised (en, fr, de), else as written; ''.",
    ARCHIVE_ID: "The archive's document id (Factiva AN, Europresse document number) or ''.",
    POSITION: "1-based position of the document in its archive export file; 0 otherwise.",
}

# Load-report columns -------------------------------------------------------------------------------

#: Load report: what happened to the file: ``loaded``, ``partly loaded`` or ``skipped``.
STATUS = "status"
#: Load report: number of articles the file contributed.
N_ARTICLES = "n_articles"
#: Load report: ``position`` (:data:`POSITION`, defined with the articles above): 0 for a whole
#: file; for a file holding many documents (an archive export), the document the row is about.
#: Load report: text encoding used to read the file ("" for skipped binary files).
ENCODING = "encoding"
#: Load report: how the encoding was chosen: ``given`` (``encoding=``), ``bom``, ``valid utf-8``,
#: ``utf-8 with invalid bytes``, ``latin-script check`` (cp1252), ``utf-16 byte pattern``,
#: ``detected``, ``fallback`` (see :mod:`helpers.corpus.decode`).
ENCODING_SOURCE = "encoding_source"
#: Load report: bytes that could not be decoded and became U+FFFD (0 for a clean file).
REPLACED_BYTES = "replaced_bytes"
#: Load report: seconds spent reading the file (its share, for a multi-document file).
SECONDS = "seconds"
#: Load report: why a file was skipped, or what was odd about it (``no title``, ``unparseable date``).
DETAIL = "detail"

#: The first five keep their places of old (code that indexes them keeps working).
REPORT_COLUMNS: tuple[str, ...] = (
    SOURCE_PATH,
    STATUS,
    N_ARTICLES,
    ENCODING,
    DETAIL,
    POSITION,
    ENCODING_SOURCE,
    REPLACED_BYTES,
    SECONDS,
)

# Sentence-table columns ----------------------------------------------------------------------------

#: Sentence table: position of the sentence in its article (0-based).
SENTENCE_INDEX = "sentence_index"
#: Sentence table (and quotes): paragraph of ``text`` the span sits in (0-based).
PARAGRAPH_INDEX = "paragraph_index"
#: Character offset where a span starts in the article's ``text``.
START = "start"
#: Character offset where a span ends in the article's ``text`` (exclusive).
END = "end"
#: Sentence table: the sentence text, ``text[start:end]``.
SENTENCE = "sentence"

SENTENCE_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    SENTENCE_INDEX,
    PARAGRAPH_INDEX,
    START,
    END,
    SENTENCE,
)

# Tidy term-table columns (the hub between analyses) ------------------------------------------------

#: Tidy tables: a word or n-gram.
TERM = "term"
#: Tidy tables: how many times.
COUNT = "n"

# --------------------------------------------------------------------------------------------------
# Shared vocabulary of analysis tables (one meaning each)
# --------------------------------------------------------------------------------------------------

#: Start of the period (``datetime64``): the day, the Monday of the week, the first of the month
#: (see :mod:`helpers.periods`).
PERIOD = "period"
#: The label a row summarises: an outlet or agency (``by=``), a period label, "mentions X", ...
GROUP = "group"
#: Number of articles behind a row (for a term: the articles it occurs in, its document frequency).
N_ARTICLES = "n_articles"
#: Number of word tokens behind a row.
N_WORDS = "n_words"
#: Number of sentences behind a row.
N_SENTENCES = "n_sentences"
#: 1 for the highest score in its group.
RANK = "rank"
#: What a long table's ``value``/``rate``/``mean`` column measures (``share``, ``mean_compound``...).
MEASURE = "measure"
#: A measured value in a long table (also a TIMEX3 value in chronology tables).
VALUE = "value"
#: Lower and upper bound of an uncertainty interval.
LOW = "low"
HIGH = "high"
#: A day marked on charts, and its label (event tables).
DATE = "date"
LABEL = "label"
#: How a missing outlet, agency or speaker is written in every table and chart.
UNKNOWN = "(unknown)"
#: Label of the row that folds the smaller groups together (``top=``).
OTHER = "Other"


# --------------------------------------------------------------------------------------------------
# Quotes (helpers.quotes): one row per quote, and the speaker statistics
# --------------------------------------------------------------------------------------------------

#: Quote table: the quoted or reported words (fragments of a split quote joined by a space).
QUOTE = "quote"
#: Quote table: :data:`DIRECT`, :data:`PARTIAL` or :data:`INDIRECT`.
QUOTE_TYPE = "quote_type"
#: Quote table: the speaker as written in the article ("he", "the Kremlin chief", "Putin").
SPEAKER = "speaker"
#: Quote table: the speaker resolved within the article ("Vladimir Putin"), else as written.
RESOLVED_SPEAKER = "resolved_speaker"
#: Quote table: :data:`PERSON`, :data:`ORGANISATION` or :data:`ANONYMOUS`.
SPEAKER_KIND = "speaker_kind"
#: Quote table: how surely ``resolved_speaker`` names a person: :data:`HIGH` (a person's name:
#: two or more words starting with a first name or a name word, or one name word that is no
#: common English word), :data:`MEDIUM` (a named organisation, or a capitalised speaker that may not
#: be a person: "Ford", "Al Jazeera"), :data:`LOW` (a description, an anonymous source, an
#: unresolved pronoun, an interviewer, a coordination "X and Y"). Rankings keep ``high`` by default.
SPEAKER_CONFIDENCE = "speaker_confidence"
#: Quote table: the speech verb or phrase ("said", "according to"); a floating quote that goes on in
#: its speaker's paragraph carries that cue, one in a later paragraph has "" (and ``cue_start`` -1).
CUE = "cue"
#: Quote table: offset of the cue in ``text`` (-1 when there is none).
CUE_START = "cue_start"
#: Quote table: offsets of the speaker as written in ``text`` (-1 when inherited or absent).
SPEAKER_START = "speaker_start"
SPEAKER_END = "speaker_end"

#: Values of ``quote_type``: a quotation standing as a sentence or more, a few quoted words inside
#: a reported sentence, reported speech.
DIRECT = "direct"
PARTIAL = "partial"
INDIRECT = "indirect"
#: Values of ``speaker_confidence``.
HIGH = "high"
MEDIUM = "medium"
LOW = "low"
#: Values of ``speaker_kind``.
PERSON = "person"
ORGANISATION = "organisation"
ANONYMOUS = "anonymous"

#: Columns of :func:`helpers.quotes.extract_quotes`; ``text[start:end]`` is the quote (for a merged
#: split quote it also spans the cue between the fragments), offsets exclude the quotation marks.
QUOTE_COLUMNS: tuple[str, ...] = (
    ARTICLE_ID,
    QUOTE,
    START,
    END,
    QUOTE_TYPE,
    SPEAKER,
    RESOLVED_SPEAKER,
    SPEAKER_KIND,
    CUE,
    PARAGRAPH_INDEX,
    CUE_START,
    SPEAKER_START,
    SPEAKER_END,
    SPEAKER_CONFIDENCE,
)

#: Speaker statistics: number of quotes.
N_QUOTES = "n_quotes"
#: Speaker statistics: share of the speaker's quotes that are direct or partial quotations.
DIRECT_SHARE = "direct_share"
#: Quotes in context: the paragraph with the quote in ``[[ ]]``.
CONTEXT = "context"


def describe_columns() -> pd.DataFrame:
    """Return the article column contract as a table (column, description) for display."""
    return pd.DataFrame(
        {
            "column": list(ARTICLE_COLUMNS),
            "description": [COLUMN_DESCRIPTIONS[c] for c in ARTICLE_COLUMNS],
        }
    )


# --------------------------------------------------------------------------------------------------
# Term frequency (helpers.frequency)
# --------------------------------------------------------------------------------------------------

#: Most frequent original form of a stemmed term ("protests" for ``protest``), for display.
SURFACE = "surface"
#: Occurrences per 10,000 terms of the article, group or subcorpus.
PER_10K = "per_10k"
#: TF-IDF score: relative frequency in the document times inverse document frequency.
TF_IDF = "tf_idf"
#: Log-likelihood G² of a 2x2 contingency table.
G2 = "g2"
#: p-value of G² under chi-square with 1 degree of freedom.
P_VALUE = "p_value"
#: log2 of the ratio of relative frequencies, target over reference (Hardie's log ratio).
LOG_RATIO = "log_ratio"
#: Which side a key term is typical of: ``target`` or ``reference``.
KEY_FOR = "key_for"
#: Occurrences in the target and reference subcorpora (keyness tables).
N_TARGET = "n_target"
N_REFERENCE = "n_reference"
#: Relative frequencies per 10,000 terms in each subcorpus (keyness tables).
PER_10K_TARGET = "per_10k_target"
PER_10K_REFERENCE = "per_10k_reference"
#: Collocations: the word found near the node term.
COLLOCATE = "collocate"
#: Collocations: co-occurrences left and right of the node, and the collocate's corpus frequency.
N_LEFT = "n_left"
N_RIGHT = "n_right"
N_COLLOCATE = "n_collocate"
#: Pointwise mutual information (log2 of observed over expected co-occurrence).
PMI = "pmi"
#: Concordance: text before the match, the match itself, text after.
LEFT = "left"
MATCH = "match"
RIGHT = "right"
#: Dispersion: token offset of a hit in the corpus read in time order, and that offset / corpus
#: length (0 to 1).
POSITION = "position"
RELATIVE = "relative"

# --------------------------------------------------------------------------------------------------
# Timeline (helpers.timeline)
# --------------------------------------------------------------------------------------------------

#: Term trend: articles mentioning the term (``measure="share"``) or occurrences (``"per_10k"``).
MENTIONS = "mentions"
#: Term trend: share of articles (0-1) or mentions per 10,000 words (see ``measure``).
RATE = "rate"
#: Term trend: False when the period has fewer articles than ``min_articles`` (masked in charts).
RELIABLE = "reliable"
#: Chronology: the words of a temporal expression as written ("last month").
EXPRESSION = "expression"
#: Chronology: the TIMEX3 type (``DATE``, ``TIME``, ``DURATION``, ``SET``).
TIMEX_TYPE = "type"
#: Chronology: first day the value refers to (NaT for ``PAST_REF``, durations, sets).
REFERS_TO = "refers_to"
#: Chronology: what the value pins down: ``time``, ``day``, ``week``, ``month``, ``quarter``,
#: ``season``, ``year``, ``decade``, ``century``, or "" when it is not a point in time.
GRANULARITY = "granularity"
#: Chronology summary: first and last publication date mentioning a value; an example sentence.
FIRST_PUBLISHED = "first_published"
LAST_PUBLISHED = "last_published"
EXAMPLE = "example"

# --------------------------------------------------------------------------------------------------
# Sentiment (helpers.sentiment)
# --------------------------------------------------------------------------------------------------

#: VADER proportions of negative, neutral and positive text (they sum to 1, or all are 0 for "").
NEG = "neg"
NEU = "neu"
POS = "pos"
#: VADER compound score in [-1, 1]: the normalised, rule-adjusted sum of word valences.
COMPOUND = "compound"
#: Article score: mean compound of the article's sentences.
MEAN_COMPOUND = "mean_compound"
#: Share (0-1) of sentences with compound ≥ 0.05 / ≤ −0.05.
SHARE_POSITIVE = "share_positive"
SHARE_NEGATIVE = "share_negative"
#: Compound of the whole article text scored at once (shown only to explain saturation).
WHOLE_COMPOUND = "whole_compound"
#: Estimate and bootstrap interval bounds of a mean.
MEAN = "mean"
CI_LOW = "ci_low"
CI_HIGH = "ci_high"
#: Saturation summary: share of scores at the extremes, mean absolute score, standard deviation.
SHARE_EXTREME = "share_extreme"
MEAN_ABS = "mean_abs"
STD = "std"
#: Close reading: ``most positive`` or ``most negative``.
SIDE = "side"
#: Span join: ``quote`` or ``narration``.
KIND = "kind"
#: Validation (NYT editorials): item id, mean human rating, gold and predicted class (-1, 0, 1),
#: metric name and the paper's figure.
ITEM_ID = "id"
RATING = "rating"
GOLD = "gold"
PREDICTED = "predicted"
METRIC = "metric"
PAPER = "paper"
#: NLTK comparison: compound from the reference, from NLTK's port, and ``nltk - reference``.
REFERENCE = "reference"
NLTK = "nltk"
DIFFERENCE = "difference"

# --------------------------------------------------------------------------------------------------
# Engine (helpers.engine): frugal term tables
# --------------------------------------------------------------------------------------------------

#: Term tables of :func:`helpers.engine.term_counts`: a term's integer code, its row in the
#: vocabulary (terms in alphabetical order).
TERM_CODE = "term_code"
