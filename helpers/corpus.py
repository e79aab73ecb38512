"""Load news articles into one DataFrame, and the column contract every analysis relies on.

Formats read (one folder may mix them):

* ``.txt``: one article per file in the bundled sample's layout: a title line, ``By AGENCY``, a date
  line, body paragraphs separated by blank lines, optionally ``Original url:`` and the URL.
* ``.csv`` / ``.tsv``, ``.json`` / ``.jsonl`` / ``.ndjson``: one article per row or record; common column
  names are recognised (see :data:`DEFAULT_COLUMN_NAMES`), others are mapped with ``columns=``.
* ``.html`` / ``.htm``: saved web pages; the main text and metadata are extracted with trafilatura.

Every file found is accounted for in the load report (loaded, or skipped with the reason).
Nothing is downloaded.

Column contract
---------------
The articles table has exactly the columns in :data:`ARTICLE_COLUMNS`, described in
:data:`COLUMN_DESCRIPTIONS`. Analyses refer to them through the constants below, never through
string literals.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlparse

import numpy as np
import pandas as pd
from charset_normalizer import from_bytes

from helpers.columns import (
    AGENCY,
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
    ENCODING,
    END,
    GROUP,
    HIGH,
    LABEL,
    LOW,
    MEASURE,
    N_ARTICLES,
    N_SENTENCES,
    N_WORDS,
    OTHER,
    OUTLET,
    PARAGRAPH_INDEX,
    PERIOD,
    PUBLISHED,
    RANK,
    RELATED,
    REPORT_COLUMNS,
    SENTENCE,
    SENTENCE_COLUMNS,
    SENTENCE_INDEX,
    SOURCE_FORMAT,
    SOURCE_PATH,
    START,
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
from helpers.parallel import process_pool, worker_count
from helpers.periods import PERIODS, period_start
from helpers.selection import without_duplicates
from helpers.text import PARAGRAPH_BREAK, sentence_spans, word_tokens

__all__ = [
    "AGENCY",
    "ARTICLE_COLUMNS",
    "ARTICLE_ID",
    "BYLINE",
    "CAPTIONS",
    "COLUMN_DESCRIPTIONS",
    "COUNT",
    "DATE",
    "DATE_AMBIGUOUS",
    "DATE_SOURCE",
    "DEFAULT_COLUMN_NAMES",
    "DETAIL",
    "DUPLICATE_KIND",
    "DUPLICATE_OF",
    "ENCODING",
    "END",
    "GROUP",
    "HIGH",
    "LABEL",
    "LOW",
    "MEASURE",
    "N_ARTICLES",
    "N_SENTENCES",
    "N_WORDS",
    "OTHER",
    "OUTLET",
    "PARAGRAPH_INDEX",
    "PERIOD",
    "PERIODS",
    "PUBLISHED",
    "RANK",
    "READ_SUFFIXES",
    "RELATED",
    "REPORT_COLUMNS",
    "SENTENCE",
    "SENTENCE_COLUMNS",
    "SENTENCE_INDEX",
    "SOURCE_FORMAT",
    "SOURCE_PATH",
    "START",
    "STATUS",
    "TERM",
    "TEXT",
    "TITLE",
    "UNKNOWN",
    "URL",
    "VALUE",
    "WORD_COUNT",
    "LoadedCorpus",
    "agency_from_dateline",
    "describe_columns",
    "load_corpus",
    "mark_duplicates",
    "normalise_agency",
    "outlet_from_url",
    "parse_article",
    "parse_date",
    "period_start",
    "sentences",
    "without_duplicates",
]

# --------------------------------------------------------------------------------------------------
# Column contract
# --------------------------------------------------------------------------------------------------

#: File endings the loader reads.
TEXT_SUFFIXES = frozenset({".txt"})
TABLE_SUFFIXES = frozenset({".csv", ".tsv"})
JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
READ_SUFFIXES = TEXT_SUFFIXES | TABLE_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES

#: Column names recognised in CSV/TSV/JSON files, per contract column (case-insensitive).
DEFAULT_COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    ARTICLE_ID: ("article_id", "id", "doc_id", "uid", "guid"),
    TITLE: ("title", "headline", "head", "heading"),
    PUBLISHED: (
        "published",
        "date",
        "pubdate",
        "pub_date",
        "publication_date",
        "published_at",
        "publish_date",
        "datetime",
        "timestamp",
    ),
    TEXT: ("text", "body", "content", "article", "full_text", "story", "maintext"),
    URL: ("url", "link", "source_url", "href", "canonical_url"),
    BYLINE: ("byline", "author", "authors", "by", "writer"),
    OUTLET: ("outlet", "source", "publication", "publisher", "site", "domain", "newspaper"),
    AGENCY: ("agency", "wire"),
}

# --------------------------------------------------------------------------------------------------
# Result type
# --------------------------------------------------------------------------------------------------


class LoadedCorpus(NamedTuple):
    """What :func:`load_corpus` returns: the articles and the per-file load report.

    Unpack it (``articles, report = load_corpus("corpus")``) or use the attributes.
    """

    articles: pd.DataFrame
    report: pd.DataFrame

    def summary(self) -> str:
        """One paragraph saying how many files were read, loaded and skipped, and why."""
        report = self.report
        loaded = int((report[STATUS] != "skipped").sum())
        skipped = report[report[STATUS] == "skipped"]
        n_dupes = int((self.articles[DUPLICATE_OF] != "").sum()) if len(self.articles) else 0
        lines = [
            f"{len(report)} files found: {loaded} loaded ({len(self.articles)} articles, "
            f"{n_dupes} marked as duplicates), {len(skipped)} skipped."
        ]
        for reason, group in skipped.groupby(DETAIL, sort=False):
            names = [Path(p).name for p in group[SOURCE_PATH].head(3)]
            more = f" and {len(group) - 3} more" if len(group) > 3 else ""
            lines.append(f"  skipped {len(group)} ({', '.join(names)}{more}): {reason}")
        undated = int(self.articles[PUBLISHED].isna().sum()) if len(self.articles) else 0
        if undated:
            lines.append(f"  {undated} articles have no readable date (published is NaT).")
        return "\n".join(lines)


# --------------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------------


def load_corpus(
    source: str | Path | Iterable[str | Path],
    *,
    columns: Mapping[str, str] | None = None,
    dayfirst: bool = False,
    drop_duplicates: bool = False,
    near_duplicate_threshold: float | None = 0.8,
    recursive: bool = True,
    progress: bool | None = None,
) -> LoadedCorpus:
    """Load every article under *source* into one table, with a report on every file.

    Parameters
    ----------
    source
        A folder (read recursively), a file, or a list of files and folders.
    columns
        For CSV/TSV/JSON: which of your columns holds each contract column, e.g.
        ``{"title": "Headline", "published": "Date (UTC)"}``. Unmapped columns are found by
        :data:`DEFAULT_COLUMN_NAMES`.
    dayfirst
        Policy for numeric dates such as ``03/04/2020``: ``False`` (default) reads month first
        (4 March is ``03/04`` only with ``dayfirst=True``). Either way such dates are flagged in
        ``date_ambiguous``.
    drop_duplicates
        Drop the rows marked in ``duplicate_of`` (they are kept, and marked, by default).
    near_duplicate_threshold
        Word-trigram Jaccard similarity from which two articles count as copies of one story
        (MinHash LSH to find candidates, exact Jaccard to confirm). ``None`` turns it off.
    recursive
        Read sub-folders too.
    progress
        Show a progress bar; by default only for more than 2,000 files.

    Returns
    -------
    LoadedCorpus
        ``articles`` (columns :data:`ARTICLE_COLUMNS`) and ``report`` (:data:`REPORT_COLUMNS`).

    Raises
    ------
    FileNotFoundError
        If *source* does not exist.
    """
    files = _collect_files(source, recursive=recursive)
    options = _Options(columns=_normalise_mapping(columns), dayfirst=dayfirst)
    show_progress = len(files) > 2000 if progress is None else progress
    records: list[dict[str, Any]] = []
    report_rows: list[dict[str, Any]] = []
    features: list[_DuplicateFeatures] = []
    for chunk in _read_in_chunks(files, options, progress=show_progress):
        records.extend(chunk.records)
        report_rows.extend(chunk.report_rows)
        features.append(chunk.features)

    articles = _articles_frame(records)
    articles = _mark_duplicates(
        articles,
        _DuplicateFeatures.concat(features),
        near_duplicate_threshold=near_duplicate_threshold,
    )
    if drop_duplicates:
        articles = articles[articles[DUPLICATE_OF] == ""].reset_index(drop=True)
    report = pd.DataFrame(report_rows, columns=list(REPORT_COLUMNS))
    return LoadedCorpus(articles=articles, report=report)


def sentences(articles: pd.DataFrame) -> pd.DataFrame:
    """Split every article into sentences: one row per sentence with offsets into ``text``.

    Returns a table with :data:`SENTENCE_COLUMNS`; ``text[start:end] == sentence``.
    """
    ids: list[str] = []
    sentence_index: list[int] = []
    paragraph_index: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    for article_id, text in zip(articles[ARTICLE_ID], articles[TEXT], strict=True):
        for i, (start, end, paragraph) in enumerate(sentence_spans(text)):
            ids.append(article_id)
            sentence_index.append(i)
            paragraph_index.append(paragraph)
            starts.append(start)
            ends.append(end)
            texts.append(text[start:end])
    return pd.DataFrame(
        {
            ARTICLE_ID: ids,
            SENTENCE_INDEX: np.asarray(sentence_index, dtype="int64"),
            PARAGRAPH_INDEX: np.asarray(paragraph_index, dtype="int64"),
            START: np.asarray(starts, dtype="int64"),
            END: np.asarray(ends, dtype="int64"),
            SENTENCE: texts,
        },
        columns=list(SENTENCE_COLUMNS),
    )


def parse_article(raw: str, *, dayfirst: bool = False) -> dict[str, Any]:
    """Parse one article in the plain-text layout into contract fields.

    Returns a dict with ``title``, ``byline``, ``agency``, ``published``, ``date_source``,
    ``date_ambiguous``, ``url``, ``outlet``, ``text``, ``captions``, ``related`` and a list of
    ``notes`` on anything odd (no title, unparseable date line).
    """
    text = _normalise_newlines(raw)
    blocks = [block.strip() for block in _BLOCK_SPLIT.split(text) if block.strip()]
    notes: list[str] = []

    url = ""
    for i, block in enumerate(blocks):
        match = _URL_MARKER.match(block)
        if match:
            rest = match.group(1).strip() or (blocks[i + 1] if i + 1 < len(blocks) else "")
            url = rest.split()[0] if rest else ""
            blocks = blocks[:i]
            break

    title = byline = ""
    published: pd.Timestamp | None = None
    ambiguous = False
    date_source = ""
    header_end = 0
    for i, block in enumerate(blocks[:4]):
        if "\n" in block or len(block) > 300:
            break
        if not byline and (match := _BYLINE.match(block)):
            byline = match.group(1).strip()
            header_end = i + 1
            continue
        if published is None and _looks_like_dateline(block, first=i == 0):
            parsed = parse_date(block, dayfirst=dayfirst)
            if parsed is not None:
                published, ambiguous = parsed
                date_source = "dateline"
                header_end = i + 1
                continue
        if i == 0:
            title = _unescape_markdown(block.lstrip("# ").strip())
            header_end = 1
            continue
        break
    if not title:
        notes.append("no title")
    if published is None:
        notes.append("no readable date line")

    paragraphs: list[str] = []
    captions: list[str] = []
    related: list[str] = []
    for block in blocks[header_end:]:
        if "\n" in block:
            block = " ".join(line.strip() for line in block.split("\n"))
        if block.endswith("**") and (match := _CAPTION.match(block)):
            caption, credit = match.group(1).strip(), match.group(2).strip()
            captions.append(
                f"{_unescape_markdown(caption)} [{credit}]" if caption else f"[{credit}]"
            )
            continue
        if block[:1] in "RrSs" and (match := _RELATED.match(block)):
            related.append(_unescape_markdown(match.group(1).strip()))
            continue
        paragraph = (
            _unescape_markdown(block.replace("**", "")) if "*" in block or "\\" in block else block
        )
        if paragraphs and _is_broken_paragraph(paragraphs[-1], paragraph):
            paragraphs[-1] = f"{paragraphs[-1]} {paragraph}"
        else:
            paragraphs.append(paragraph)

    return {
        TITLE: title,
        BYLINE: byline,
        AGENCY: normalise_agency(byline)
        or agency_from_dateline(paragraphs[0] if paragraphs else ""),
        PUBLISHED: published,
        DATE_SOURCE: date_source,
        DATE_AMBIGUOUS: ambiguous,
        URL: url,
        OUTLET: outlet_from_url(url),
        TEXT: PARAGRAPH_BREAK.join(paragraphs),
        CAPTIONS: "\n".join(captions),
        RELATED: "\n".join(related),
        "notes": notes,
    }


# Agencies -------------------------------------------------------------------------------------------

_AGENCY_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("AFP", r"\bAFP\b|Agence France[- ]Presse"),
        ("AP", r"\bAP\b|Associated Press"),
        ("Reuters", r"\bReuters\b"),
        ("Bloomberg", r"\bBloomberg\b"),
        ("dpa", r"\bdpa\b|Deutsche Presse"),
        ("Xinhua", r"\bXinhua\b"),
        ("Interfax", r"\bInterfax\b"),
        ("TASS", r"\bTASS\b"),
        ("RIA Novosti", r"\bRIA\b"),
        ("UPI", r"\bUPI\b|United Press International"),
        ("ANSA", r"\bANSA\b"),
        ("EFE", r"\bEFE\b"),
        ("Kyodo", r"\bKyodo\b"),
        ("PA", r"\bPA Media\b|\bPress Association\b"),
        ("CP", r"\bCanadian Press\b"),
        ("AAP", r"\bAAP\b|Australian Associated Press"),
        ("Anadolu", r"\bAnadolu\b"),
    )
)


def normalise_agency(byline: str) -> str:
    """Return the wire agency named in *byline* (``"By AFP"`` → ``"AFP"``), or "" for none.

    Known agencies (AFP, AP, Reuters, Bloomberg, dpa, Xinhua, Interfax, TASS, RIA Novosti, UPI,
    ANSA, EFE, Kyodo, PA, CP, AAP, Anadolu) get their usual short name. Other bylines count as an
    agency when they are an upper-case abbreviation (``"CPA"``) or name a wire service
    (``"Coastal Press Agency"``, ``"Meridian Wire"``) and are kept as written. A staff byline
    ("By Jane Doe") gives "".
    """
    if not byline:
        return ""
    found = [name for name, pattern in _AGENCY_PATTERNS if pattern.search(byline)]
    if found:
        return "/".join(found)
    if _AGENCY_ABBREVIATION.fullmatch(byline) or _AGENCY_WORDS.search(byline):
        return byline.strip()
    return ""


def agency_from_dateline(text: str) -> str:
    """Return the agency credited in a wire dateline opening *text*, or "".

    ``"MOSCOW (Reuters) - ..."`` → ``"Reuters"``; ``"CADDOW (MW) — ..."`` → ``"MW"``.
    """
    match = _DATELINE_CREDIT.match(text)
    return normalise_agency(match.group(1)) or match.group(1) if match else ""


_AGENCY_ABBREVIATION = re.compile(r"[A-Z]{2,6}")
_AGENCY_WORDS = re.compile(r"\b(?:Agency|Wire|Newswire|News Service|Press)\b")
_DATELINE_CREDIT = re.compile(
    r"^[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Za-z.\- ]{2,30})?\s+\(([A-Za-z][\w .&-]{0,40})\)\s*[-—–]"
)


def outlet_from_url(url: str) -> str:
    """Return the domain of *url* without ``www.`` (``"themoscowtimes.com"``), or ""."""
    if not url:
        return ""
    netloc = urlparse(url if "//" in url else f"//{url}").netloc.lower()
    netloc = netloc.split("@")[-1].split(":")[0]
    return netloc.removeprefix("www.")


# Dates ----------------------------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_PREFIX = re.compile(
    r"^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)", re.IGNORECASE
)
_MDY = re.compile(
    rf"^({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE
)
_DMY = re.compile(
    rf"^(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.IGNORECASE
)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?")
_NUMERIC = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})$")


_DIGIT = re.compile(r"\d")
_DATELINE_START = re.compile(rf"^(?:\d|(?:{_MONTH_RE})\b)", re.IGNORECASE)


def _looks_like_dateline(block: str, *, first: bool) -> bool:
    """A short line that starts with a month name or a digit (after an optional weekday)."""
    if len(block) > 60 or not _DIGIT.search(block):
        return False
    if first and not re.search(r"\b\d{4}\b", block):
        return False
    return _DATELINE_START.match(_WEEKDAY_PREFIX.sub("", block)) is not None


def parse_date(value: str, *, dayfirst: bool = False) -> tuple[pd.Timestamp, bool] | None:
    """Parse a publication date; return ``(timestamp, ambiguous)`` or ``None`` if unreadable.

    Reads ``September 29, 2020``, ``Tuesday, Sept. 29, 2020``, ``29 September 2020``, ISO 8601
    (``2020-09-29T14:05:00Z``, converted to UTC and stored without zone) and numeric dates.
    A numeric date whose first two numbers are both <= 12 and differ (``03/04/2020``) is
    *ambiguous*: it is read with the *dayfirst* policy and flagged.
    """
    text = value.strip().strip(".")
    if not text or len(text) > 80:
        return None
    text = _WEEKDAY_PREFIX.sub("", text)
    try:
        if match := _MDY.match(text):
            month, day, year = (
                _MONTHS[match.group(1).lower()],
                int(match.group(2)),
                int(match.group(3)),
            )
            return pd.Timestamp(year=year, month=month, day=day), False
        if match := _DMY.match(text):
            day, month, year = (
                int(match.group(1)),
                _MONTHS[match.group(2).lower()],
                int(match.group(3)),
            )
            return pd.Timestamp(year=year, month=month, day=day), False
        if match := _NUMERIC.match(text):
            first, second = int(match.group(1)), int(match.group(3))
            year = int(match.group(4))
            year += 2000 if year < 100 and year < 70 else (1900 if year < 100 else 0)
            day, month = (first, second) if dayfirst else (second, first)
            if month > 12 and day <= 12:  # only one reading is possible
                day, month = month, day
            ambiguous = first <= 12 and second <= 12 and first != second
            return pd.Timestamp(year=year, month=month, day=day), ambiguous
        if _ISO.match(text):
            stamp = pd.Timestamp(text)
            if stamp.tzinfo is not None:
                stamp = stamp.tz_convert("UTC").tz_localize(None)
            return stamp, False
        if not re.search(r"\d", text) or not re.search(r"[A-Za-z]{3}|\d{4}", text):
            return None
        stamp = pd.to_datetime(text, dayfirst=dayfirst)
    except (ValueError, OverflowError, TypeError):
        return None
    if pd.isna(stamp):
        return None
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp, False


# Duplicates -----------------------------------------------------------------------------------------


def mark_duplicates(
    articles: pd.DataFrame, *, near_duplicate_threshold: float | None = 0.8
) -> pd.DataFrame:
    """Fill ``duplicate_of`` and ``duplicate_kind``: same URL, same text, or near-duplicate copies.

    The earliest article (by ``published``, then table order) of each group is the original and
    is not marked. Near-duplicates are articles whose sets of word trigrams have a Jaccard
    similarity of at least *near_duplicate_threshold*: MinHash signatures and LSH banding find
    candidate pairs, and every candidate is confirmed with the exact Jaccard similarity, so the
    result is deterministic. Returns a new table; *articles* is not changed.
    """
    features = _DuplicateFeatures.from_texts(articles[TEXT].tolist())
    return _mark_duplicates(articles, features, near_duplicate_threshold=near_duplicate_threshold)


@dataclass(frozen=True)
class _DuplicateFeatures:
    """What duplicate detection needs per text: a fingerprint and hashed word trigrams."""

    fingerprints: list[bytes]
    shingles: np.ndarray  # uint64 hashes of word trigrams, all texts concatenated
    shingle_counts: np.ndarray  # int64: how many of them belong to each text
    signatures: np.ndarray  # uint64 (texts x MinHash functions); computed where the text is read

    @classmethod
    def from_texts(cls, texts: Sequence[str]) -> _DuplicateFeatures:
        return cls.from_tokens([word_tokens(text.lower()) for text in texts])

    @classmethod
    def from_tokens(cls, tokens: Sequence[list[str]], *, size: int = 3) -> _DuplicateFeatures:
        fingerprints = [
            hashlib.blake2b(" ".join(t).encode("utf-8"), digest_size=16).digest() if t else b""
            for t in tokens
        ]
        lengths = np.fromiter((len(t) for t in tokens), dtype=np.int64, count=len(tokens))
        token_hashes = _token_hashes(list(chain.from_iterable(tokens)))
        n_shingles = np.maximum(lengths - size + 1, 0)
        doc_of_token = np.repeat(np.arange(len(tokens)), lengths)
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1])) if len(tokens) else lengths
        position = np.arange(len(token_hashes)) - starts[doc_of_token]
        index = np.flatnonzero(position < n_shingles[doc_of_token])
        shingles = np.zeros(len(index), dtype=np.uint64)
        with np.errstate(over="ignore"):
            for k in range(size):
                shingles = shingles * np.uint64(0x100000001B3) + token_hashes[index + k]
        return cls(fingerprints, shingles, n_shingles, _minhash_signatures(shingles, n_shingles))

    @staticmethod
    def concat(parts: Sequence[_DuplicateFeatures]) -> _DuplicateFeatures:
        if not parts:
            return _DuplicateFeatures.from_tokens([])
        return _DuplicateFeatures(
            [f for part in parts for f in part.fingerprints],
            np.concatenate([part.shingles for part in parts]),
            np.concatenate([part.shingle_counts for part in parts]),
            np.concatenate([part.signatures for part in parts]),
        )


#: MinHash: ``_BANDS`` bands of ``_ROWS`` hash functions (candidates from Jaccard ~0.6 up).
_BANDS, _ROWS = 8, 4
_GENERATOR = np.random.default_rng(20201929)
_MULTIPLIERS = _GENERATOR.integers(1, 1 << 61, size=_BANDS * _ROWS, dtype=np.uint64) | np.uint64(1)
_OFFSETS = _GENERATOR.integers(0, 1 << 61, size=_BANDS * _ROWS, dtype=np.uint64)


def _minhash_signatures(shingles: np.ndarray, n_shingles: np.ndarray) -> np.ndarray:
    """MinHash signature of each text (texts without shingles get the maximum value)."""
    signatures = np.full(
        (len(n_shingles), len(_MULTIPLIERS)), np.iinfo(np.uint64).max, dtype=np.uint64
    )
    nonempty = np.flatnonzero(n_shingles > 0)
    if len(nonempty) == 0:
        return signatures
    starts = (np.cumsum(n_shingles) - n_shingles)[nonempty]
    with np.errstate(over="ignore"):
        for k, (multiplier, offset) in enumerate(zip(_MULTIPLIERS, _OFFSETS, strict=True)):
            permuted = (shingles * multiplier + offset) >> np.uint64(3)
            signatures[nonempty, k] = np.minimum.reduceat(permuted, starts)
    return signatures


_HASH_WIDTH = 24  # characters of a token that enter its hash


def _token_hashes(tokens: list[str]) -> np.ndarray:
    """Deterministic 64-bit hashes of tokens (FNV-1a over code points), vectorised with NumPy."""
    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    array = np.array(tokens, dtype=f"U{_HASH_WIDTH}")  # longer tokens are cut for hashing
    codes = array.view(np.uint32).reshape(len(tokens), _HASH_WIDTH)
    hashes = np.full(len(tokens), 0xCBF29CE484222325, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for column in range(_HASH_WIDTH):
            hashes = (hashes ^ codes[:, column].astype(np.uint64)) * np.uint64(0x100000001B3)
    return hashes


def _mark_duplicates(
    articles: pd.DataFrame,
    features: _DuplicateFeatures,
    *,
    near_duplicate_threshold: float | None,
) -> pd.DataFrame:
    result = articles.copy()
    n = len(result)
    result[DUPLICATE_OF] = ""
    result[DUPLICATE_KIND] = ""
    if n < 2:
        return result

    published = result[PUBLISHED]
    order = np.lexsort((np.arange(n), published.isna().to_numpy(), published.to_numpy()))
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    parent = list(range(n))
    kind = [""] * n

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int, how: str) -> None:
        root_i, root_j = find(i), find(j)
        if root_i == root_j:
            return
        keep, drop = (root_i, root_j) if rank[root_i] < rank[root_j] else (root_j, root_i)
        parent[drop] = keep
        for member in (i, j):
            if not kind[member]:
                kind[member] = how

    urls = result[URL].tolist()
    fingerprints = features.fingerprints
    first_seen: dict[tuple[str, object], int] = {}
    for i in order.tolist():
        for key in (("same-url", urls[i]), ("same-text", fingerprints[i])):
            if not key[1]:
                continue
            if key in first_seen:
                union(first_seen[key], i, key[0])
            else:
                first_seen[key] = i

    if near_duplicate_threshold is not None:
        pairs = _near_duplicate_pairs(features, threshold=near_duplicate_threshold)
        for i, j in pairs:
            if find(i) != find(j):
                union(i, j, "near-duplicate")

    ids = result[ARTICLE_ID].tolist()
    duplicate_of = [""] * n
    duplicate_kind = [""] * n
    for i in range(n):
        root = find(i)
        if root != i:
            duplicate_of[i] = ids[root]
            duplicate_kind[i] = kind[i] or "near-duplicate"
    result[DUPLICATE_OF] = duplicate_of
    result[DUPLICATE_KIND] = duplicate_kind
    return result


def _near_duplicate_pairs(
    features: _DuplicateFeatures,
    *,
    threshold: float = 0.8,
    min_shingles: int = 5,
) -> list[tuple[int, int]]:
    """Return pairs ``(i, j)``, ``i < j``, of texts whose shingle sets have Jaccard >= *threshold*.

    LSH banding over the MinHash signatures finds candidates; each candidate is confirmed with
    the exact Jaccard similarity of the two shingle sets. Texts with fewer than *min_shingles*
    shingles are never paired.
    """
    n_shingles = features.shingle_counts
    shingle_hash = features.shingles
    docs = np.flatnonzero(n_shingles >= min_shingles)
    if len(docs) < 2:
        return []
    signatures = features.signatures[docs]
    bands, rows = _BANDS, _ROWS
    text_starts = np.cumsum(n_shingles) - n_shingles

    candidates: set[tuple[int, int]] = set()
    with np.errstate(over="ignore"):
        for band in range(bands):
            block = signatures[:, band * rows : (band + 1) * rows]
            key = np.zeros(len(docs), dtype=np.uint64)
            for column in range(rows):
                key = key * np.uint64(0x9E3779B97F4A7C15) + block[:, column]
            sort = np.argsort(key, kind="stable")
            sorted_key = key[sort]
            run_starts = np.flatnonzero(np.r_[True, sorted_key[1:] != sorted_key[:-1]])
            run_lengths = np.diff(np.r_[run_starts, len(sorted_key)])
            for run_start, run_length in zip(
                run_starts[run_lengths > 1].tolist(),
                run_lengths[run_lengths > 1].tolist(),
                strict=True,
            ):
                members = docs[sort[run_start : run_start + run_length]].tolist()
                for a_pos, a in enumerate(members):
                    for b in members[a_pos + 1 : a_pos + 200]:
                        candidates.add((a, b) if a < b else (b, a))

    unique_shingles: dict[int, np.ndarray] = {}

    def shingle_set(doc: int) -> np.ndarray:
        if doc not in unique_shingles:
            begin = text_starts[doc]
            unique_shingles[doc] = np.unique(shingle_hash[begin : begin + n_shingles[doc]])
        return unique_shingles[doc]

    pairs = []
    for a, b in sorted(candidates):
        set_a, set_b = shingle_set(a), shingle_set(b)
        shared = len(np.intersect1d(set_a, set_b, assume_unique=True))
        if shared / (len(set_a) + len(set_b) - shared) >= threshold:
            pairs.append((a, b))
    return pairs


# --------------------------------------------------------------------------------------------------
# Internals
# --------------------------------------------------------------------------------------------------

_HTML_DATE_META = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|datePublished|pubdate"
    r"|publish[-_]?date|date|dc\.date)[\"'][^>]*content=[\"']([^\"']+)[\"']",
    re.IGNORECASE,
)
_BLOCK_SPLIT = re.compile(r"\n[ \t]*\n")
_BYLINE = re.compile(r"^By[:\s]\s*(.{1,120})$", re.IGNORECASE)
_URL_MARKER = re.compile(
    r"^(?:Original\s+url|Source\s+url|URL)\s*:\s*(.*)$", re.IGNORECASE | re.DOTALL
)
_CAPTION = re.compile(r"^(.*?)\s*\*\*([^*]{1,120})\*\*$", re.DOTALL)
_RELATED = re.compile(
    r"^(?:Related(?:\s+article)?|Read\s+more|See\s+also)\s*:\s*(.+)$", re.IGNORECASE
)
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$|>~])")
_SENTENCE_END = re.compile(r"[.!?:;\"'”’)\]…]$")


def _unescape_markdown(text: str) -> str:
    return _MARKDOWN_ESCAPE.sub(r"\1", text) if "\\" in text else text


def _is_broken_paragraph(previous: str, current: str) -> bool:
    """A paragraph split mid-sentence: no closing punctuation, and the next starts lower case."""
    return not _SENTENCE_END.search(previous) and current[:1].islower()


def _normalise_newlines(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\ufeff", "")


@dataclass(frozen=True)
class _Options:
    columns: dict[str, str] = field(default_factory=dict)
    dayfirst: bool = False


def _normalise_mapping(columns: Mapping[str, str] | None) -> dict[str, str]:
    if not columns:
        return {}
    unknown = sorted(set(columns) - set(ARTICLE_COLUMNS))
    if unknown:
        raise ValueError(
            f"columns= maps unknown contract columns {unknown}; the keys must be among "
            f"{sorted(DEFAULT_COLUMN_NAMES)} (values are your file's column names)."
        )
    return dict(columns)


def _collect_files(
    source: str | Path | Iterable[str | Path], *, recursive: bool
) -> list[tuple[Path, Path]]:
    """Return ``(file, root)`` pairs in a stable order; hidden folders (``.git``) are not entered."""
    sources = [source] if isinstance(source, str | Path) else list(source)
    files: list[tuple[Path, Path]] = []
    for item in sources:
        path = Path(item).expanduser()
        if not path.exists():
            raise FileNotFoundError(
                f"{path} does not exist. Pass a folder of articles (for example 'corpus') or a file."
            )
        if not path.is_dir():
            files.append((path, path.parent))
            continue
        found: list[str] = []
        for folder, subfolders, names in os.walk(path):
            subfolders[:] = (
                sorted(d for d in subfolders if not d.startswith(".")) if recursive else []
            )
            found.extend(os.path.join(folder, name) for name in names)
        files.extend((Path(p), path) for p in sorted(found))
    return files


def _relative_id(path: Path, root: Path) -> str:
    """``root/sub/name.txt`` → ``sub/name`` (string operations: this runs once per file)."""
    full, prefix = str(path), str(root)
    relative = full[len(prefix) :].lstrip(os.sep) if full.startswith(prefix) else path.name
    stem, dot, suffix = relative.rpartition(".")
    relative = stem if dot and os.sep not in suffix and stem else relative
    return relative.replace(os.sep, "/")


def _report(path: Path, status: str, n: int, encoding: str, detail: str) -> dict[str, Any]:
    return {
        SOURCE_PATH: str(path),
        STATUS: status,
        N_ARTICLES: n,
        ENCODING: encoding,
        DETAIL: detail,
    }


def _decode(data: bytes) -> tuple[str, str] | None:
    """Decode bytes: UTF-8 (with or without BOM) first, else detect; None for binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:8192]:
        return None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return None
    encoding = best.encoding
    # Several code pages can decode these bytes to the very same text; name cp1252 (Western
    # European, the usual one for English news) when it is one of them.
    if "cp1252" in best.could_be_from_charset:
        encoding = "cp1252"
    # charset-normalizer reports latin-1 family names; cp1252 is the superset used on Windows.
    if encoding in {"latin_1", "iso8859_1", "iso8859_15"} and any(0x80 <= b <= 0x9F for b in data):
        encoding = "cp1252"
    return data.decode(encoding, errors="replace"), encoding


def _read_file(
    path: Path, root: Path, options: _Options
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    suffix = path.suffix.lower()
    if path.name.startswith("."):
        return [], _report(path, "skipped", 0, "", "hidden file (name starts with '.')")
    if path.name.lower().startswith(("readme", "license", "licence")):
        return [], _report(path, "skipped", 0, "", "documentation file, not an article")
    if suffix not in READ_SUFFIXES:
        return [], _report(
            path,
            "skipped",
            0,
            "",
            f"unknown format '{suffix or path.name}': save articles as .txt (one per file), "
            ".csv/.tsv/.jsonl (one per row) or .html",
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        return [], _report(path, "skipped", 0, "", f"cannot read file: {error.strerror}")
    if not data.strip():
        return [], _report(path, "skipped", 0, "", "empty file")
    decoded = _decode(data)
    if decoded is None:
        return [], _report(path, "skipped", 0, "", "binary file, not text")
    content, encoding = decoded
    try:
        if suffix in TEXT_SUFFIXES:
            records, notes = _read_text_article(content, path, root, options)
        elif suffix in HTML_SUFFIXES:
            records, notes = _read_html(content, path, root, options)
        else:
            records, notes = _read_table(content, path, root, options, suffix)
    except Exception as error:
        return [], _report(
            path, "skipped", 0, encoding, f"could not parse: {type(error).__name__}: {error}"
        )
    if not records:
        return [], _report(
            path, "skipped", 0, encoding, "; ".join(notes) or "no article text found"
        )
    status = "partly loaded" if any(note.startswith("skipped") for note in notes) else "loaded"
    return records, _report(path, status, len(records), encoding, "; ".join(notes))


_CHUNK = 400


class _Chunk(NamedTuple):
    records: list[dict[str, Any]]
    report_rows: list[dict[str, Any]]
    features: _DuplicateFeatures


def _read_chunk(files: Sequence[tuple[Path, Path]], options: _Options) -> _Chunk:
    """Read a batch of files: records (with word counts), report rows, duplicate features."""
    records: list[dict[str, Any]] = []
    report_rows: list[dict[str, Any]] = []
    tokens: list[list[str]] = []
    for path, root in files:
        file_records, report_row = _read_file(path, root, options)
        for record in file_records:
            record_tokens = word_tokens(record[TEXT].lower())
            record[WORD_COUNT] = len(record_tokens)
            tokens.append(record_tokens)
        records.extend(file_records)
        report_rows.append(report_row)
    return _Chunk(records, report_rows, _DuplicateFeatures.from_tokens(tokens))


def _read_in_chunks(
    files: list[tuple[Path, Path]], options: _Options, *, progress: bool
) -> Iterable[_Chunk]:
    """Read files in batches, on every core when there are many (the order is kept)."""
    chunks = [files[k : k + _CHUNK] for k in range(0, len(files), _CHUNK)]
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(files), desc="Loading articles", unit="file")
    workers = worker_count()
    try:
        if len(chunks) < 3 or workers < 2:
            results: Iterable[Any] = (_read_chunk(chunk, options) for chunk in chunks)
            for result in results:
                if bar is not None:
                    bar.update(len(result.report_rows))
                yield result
            return
        with process_pool(workers) as pool:
            for result in pool.map(_read_chunk, chunks, [options] * len(chunks)):
                if bar is not None:
                    bar.update(len(result.report_rows))
                yield result
    finally:
        if bar is not None:
            bar.close()


def _read_text_article(
    content: str, path: Path, root: Path, options: _Options
) -> tuple[list[dict[str, Any]], list[str]]:
    fields = parse_article(content, dayfirst=options.dayfirst)
    notes = fields.pop("notes")
    if not fields[TEXT].strip():
        return [], [*notes, "no body text"]
    fields[ARTICLE_ID] = _relative_id(path, root)
    fields[SOURCE_PATH] = str(path)
    fields[SOURCE_FORMAT] = "text"
    return [fields], notes


def _read_html(
    content: str, path: Path, root: Path, options: _Options
) -> tuple[list[dict[str, Any]], list[str]]:
    import trafilatura

    extracted = trafilatura.bare_extraction(
        content, with_metadata=True, include_comments=False, include_tables=False
    )
    document: dict[str, Any] = extracted.as_dict() if extracted is not None else {}
    if not document or not (document.get("text") or "").strip():
        return [], ["no article text found in the page"]
    notes: list[str] = []
    title = document.get("title") or ""
    body = _clean_body(document.get("text") or "")
    if title and body.startswith(title + PARAGRAPH_BREAK):  # the page's <h1> repeats the title
        body = body[len(title) + len(PARAGRAPH_BREAK) :]
    published: pd.Timestamp | None = None
    ambiguous = False
    meta_date = _HTML_DATE_META.search(content)
    for candidate in (meta_date.group(1) if meta_date else None, document.get("date")):
        if candidate and (parsed := parse_date(str(candidate), dayfirst=options.dayfirst)):
            published, ambiguous = parsed
            break
    if published is None:
        notes.append("no readable date in the page")
    url = document.get("url") or ""
    byline = document.get("author") or ""
    if not title:
        notes.append("no title")
    record = {
        ARTICLE_ID: _relative_id(path, root),
        TITLE: title,
        BYLINE: byline,
        AGENCY: normalise_agency(byline) or agency_from_dateline(body),
        PUBLISHED: published,
        DATE_SOURCE: "html-metadata" if published is not None else "",
        DATE_AMBIGUOUS: ambiguous,
        URL: url,
        OUTLET: outlet_from_url(url) or (document.get("hostname") or "").removeprefix("www."),
        TEXT: body,
        CAPTIONS: "",
        RELATED: "",
        SOURCE_PATH: str(path),
        SOURCE_FORMAT: "html",
    }
    return [record], notes


def _clean_body(text: str) -> str:
    """Normalise a body from a table or web page: trimmed paragraphs separated by a blank line.

    With blank lines in the text, they separate paragraphs (single line breaks inside become
    spaces); without any, every line is a paragraph.
    """
    text = _normalise_newlines(str(text)).strip()
    chunks = _BLOCK_SPLIT.split(text) if _BLOCK_SPLIT.search(text) else text.split("\n")
    paragraphs = (" ".join(chunk.split()) for chunk in chunks)
    return PARAGRAPH_BREAK.join(p for p in paragraphs if p)


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


def _read_table(
    content: str, path: Path, root: Path, options: _Options, suffix: str
) -> tuple[list[dict[str, Any]], list[str]]:
    if suffix in TABLE_SUFFIXES:
        separator = "\t" if suffix == ".tsv" else _sniff_separator(content)
        frame = pd.read_csv(io.StringIO(content), sep=separator, dtype=str, keep_default_na=False)
        fmt = "csv"
    else:
        frame = _json_frame(content, suffix)
        fmt = "json"
    names = [str(c) for c in frame.columns]
    frame.columns = names
    found = {c: _find_column(names, c, options.columns) for c in DEFAULT_COLUMN_NAMES}
    text_column = found[TEXT]
    if text_column is None:
        return [], [
            f"no text column found (columns: {names}); pass columns={{'text': '<your column>'}}"
        ]
    file_id = _relative_id(path, root)
    records: list[dict[str, Any]] = []
    empty_rows: list[int] = []
    bad_dates = 0
    date_column = found[PUBLISHED]
    for row_number, row in enumerate(frame.to_dict("records"), start=1):

        def get(contract: str, row: dict[str, Any] = row) -> str:
            column = found[contract]
            value = row.get(column) if column else None
            if value is None or (isinstance(value, float) and np.isnan(value)):
                return ""
            return str(value).strip()

        body = _clean_body(get(TEXT))
        if not body:
            empty_rows.append(row_number)
            continue
        published: pd.Timestamp | None = None
        ambiguous = False
        raw_date = get(PUBLISHED)
        if raw_date:
            parsed = parse_date(raw_date, dayfirst=options.dayfirst)
            if parsed is None:
                bad_dates += 1
            else:
                published, ambiguous = parsed
        url = get(URL)
        byline = get(BYLINE).removeprefix("By ").strip()
        own_id = get(ARTICLE_ID)
        records.append(
            {
                ARTICLE_ID: f"{file_id}:{own_id or row_number}",
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
                SOURCE_FORMAT: fmt,
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
    return records, notes


def _sniff_separator(content: str) -> str:
    sample = content[:20000]
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def _json_frame(content: str, suffix: str) -> pd.DataFrame:
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
    rows = [row for row in rows if isinstance(row, dict)]
    return pd.DataFrame(rows).astype(object)


def _articles_frame(records: list[dict[str, Any]]) -> pd.DataFrame:
    """Build the contract table from reader records (which carry their word counts)."""
    filled = [c for c in ARTICLE_COLUMNS if c not in (DUPLICATE_OF, DUPLICATE_KIND)]
    frame = pd.DataFrame(records, columns=filled)
    frame[PUBLISHED] = pd.to_datetime(frame[PUBLISHED], errors="coerce").astype("datetime64[ns]")
    frame[DATE_AMBIGUOUS] = frame[DATE_AMBIGUOUS].fillna(False).astype(bool)
    frame[WORD_COUNT] = frame[WORD_COUNT].fillna(0).astype("int64")
    for column in filled:
        if column not in (PUBLISHED, DATE_AMBIGUOUS, WORD_COUNT):
            frame[column] = frame[column].fillna("").astype(str)
    frame[ARTICLE_ID] = _unique_ids(frame[ARTICLE_ID].tolist())
    frame[DUPLICATE_OF] = ""
    frame[DUPLICATE_KIND] = ""
    return frame[list(ARTICLE_COLUMNS)]


def _unique_ids(ids: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    unique = []
    for article_id in ids:
        if article_id in seen:
            seen[article_id] += 1
            unique.append(f"{article_id}~{seen[article_id]}")
        else:
            seen[article_id] = 1
            unique.append(article_id)
    return unique
