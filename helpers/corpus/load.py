"""Load news articles into one DataFrame: :func:`load_corpus`, the load report, the sentence table.

The loader finds the files, hands each one to its reader (:mod:`helpers.corpus.readers`), counts
words and computes duplicate features where the text is read (in worker processes when there are
many files), and marks duplicates once over the whole corpus. Every file found is accounted for
in the load report (loaded, or skipped with the reason). Nothing is downloaded.
"""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

from helpers.columns import (
    ARTICLE_COLUMNS,
    ARTICLE_ID,
    DATE_AMBIGUOUS,
    DETAIL,
    DUPLICATE_KIND,
    DUPLICATE_OF,
    END,
    N_ARTICLES,
    PARAGRAPH_INDEX,
    POSITION,
    PUBLISHED,
    REPLACED_BYTES,
    REPORT_COLUMNS,
    SECONDS,
    SENTENCE,
    SENTENCE_COLUMNS,
    SENTENCE_INDEX,
    SOURCE_PATH,
    START,
    STATED_WORD_COUNT,
    STATUS,
    TEXT,
    WORD_COUNT,
)
from helpers.corpus.decode import check_encoding
from helpers.corpus.duplicates import DuplicateFeatures, mark_with_features
from helpers.corpus.pubdates import read_date
from helpers.corpus.readers import HEAD_BYTES, READ_SUFFIXES, SNIFFING, reader_for
from helpers.corpus.readers.base import SKIPPED, ReadOptions, ReadResult, report_row, skipped
from helpers.corpus.readers.records import check_mapping
from helpers.parallel import process_pool, worker_count
from helpers.text import sentence_spans, word_tokens

__all__ = [
    "MAX_FILE_MB",
    "LoadedCorpus",
    "collect_files",
    "load_corpus",
    "parse_corpus",
    "sentences",
    "shown_path",
]

#: Default per-file size limit of :func:`load_corpus` (``max_file_mb=``), in megabytes.
MAX_FILE_MB = 200

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
        paths = report[SOURCE_PATH]
        n_files = paths.nunique()
        loaded = paths[report[STATUS] != SKIPPED].nunique()
        skipped_rows = report[report[STATUS] == SKIPPED]
        articles = self.articles
        if hasattr(articles, "compute"):  # a Dask table (helpers.engine): two columns suffice
            articles = articles[[DUPLICATE_OF, PUBLISHED]].compute()
        n_dupes = int((articles[DUPLICATE_OF] != "").sum()) if len(articles) else 0
        skipped_documents = int((skipped_rows[POSITION] > 0).sum())
        skipped_files = len(skipped_rows) - skipped_documents
        in_exports = (
            f", {skipped_documents} documents of archive exports skipped"
            if skipped_documents
            else ""
        )
        lines = [
            f"{n_files} files found: {loaded} loaded ({len(articles)} articles, "
            f"{n_dupes} marked as duplicates), {skipped_files} skipped{in_exports}."
        ]
        for reason, group in skipped_rows.groupby(DETAIL, sort=False):
            names = [Path(p).name for p in group[SOURCE_PATH].head(3)]
            more = f" and {len(group) - 3} more" if len(group) > 3 else ""
            lines.append(f"  skipped {len(group)} ({', '.join(names)}{more}): {reason}")
        undated = int(articles[PUBLISHED].isna().sum()) if len(articles) else 0
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
    encoding: str | None = None,
    max_file_mb: float | None = MAX_FILE_MB,
    progress: bool | None = None,
    cache: bool = True,
    cache_dir: str | Path | None = None,
) -> LoadedCorpus:
    """Load every article under *source* into one table, with a report on every file.

    The parsed corpus is kept in the corpus store (:mod:`helpers.corpus.store`, Parquet): while
    no file under *source* changed (paths, sizes, modification times) and the options are the
    same, the next call reads it back instead of parsing again.

    Parameters
    ----------
    source
        A folder (read recursively), a file, or a list of files and folders; archive exports
        (LexisNexis, Nexis Uni, Factiva, Europresse, zips of them) give one row per document.
        A Parquet file or a folder of Parquet files (a store entry, or any table with a text
        column) is read as a corpus (:func:`helpers.corpus.store.read_parquet_corpus`).
    columns
        For CSV/TSV/JSON: which of your columns holds each contract column, e.g.
        ``{"title": "Headline", "published": "Date (UTC)"}``. Unmapped columns are found by
        :data:`~helpers.corpus.readers.records.DEFAULT_COLUMN_NAMES`.
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
        Read sub-folders too. Links to folders are followed; a folder reached a second time
        (a link loop) is reported, not read again. Hidden folders (``.git``) are not entered.
    encoding
        A codec (``"cp1250"``) that overrides the encoding policy for every file without a
        byte-order mark (see :mod:`helpers.corpus.decode`; the report says how each file was
        decoded).
    max_file_mb
        Files larger than this many megabytes are skipped with a message (a stray 2 GB dump
        would otherwise fill the memory); ``None`` reads files of any size.
    progress
        Show a progress bar; by default only for more than 2,000 files.
    cache
        Re-use the corpus store while nothing changed (default). ``False`` parses every time and
        neither reads nor writes the store.
    cache_dir
        The store's folder; default ``$NEWS_CACHE_DIR``, else ``~/.cache/news-notebooks/
        corpus-store`` (:func:`helpers.corpus.store.default_cache_dir`).

    Returns
    -------
    LoadedCorpus
        ``articles`` (columns :data:`ARTICLE_COLUMNS`) and ``report`` (:data:`REPORT_COLUMNS`).

    Raises
    ------
    FileNotFoundError
        If *source* does not exist.
    """
    from helpers.corpus import store

    if store.is_parquet_corpus(source):
        return store.read_parquet_corpus(
            source, columns=columns, near_duplicate_threshold=near_duplicate_threshold
        )
    options: dict[str, Any] = {
        "columns": columns,
        "dayfirst": dayfirst,
        "drop_duplicates": drop_duplicates,
        "near_duplicate_threshold": near_duplicate_threshold,
        "recursive": recursive,
        "encoding": encoding,
        "max_file_mb": max_file_mb,
        "progress": progress,
    }
    if not cache:
        return parse_corpus(source, **options)
    return store.cached_load(source, cache=True, cache_dir=cache_dir, **options)


def parse_corpus(
    source: str | Path | Iterable[str | Path],
    *,
    columns: Mapping[str, str] | None = None,
    dayfirst: bool = False,
    drop_duplicates: bool = False,
    near_duplicate_threshold: float | None = 0.8,
    recursive: bool = True,
    encoding: str | None = None,
    max_file_mb: float | None = MAX_FILE_MB,
    progress: bool | None = None,
) -> LoadedCorpus:
    """Parse every file under *source* (no store): what :func:`load_corpus` does on a miss."""
    files = collect_files(source, recursive=recursive)
    options = _Options(
        columns=check_mapping(columns),
        dayfirst=dayfirst,
        encoding=check_encoding(encoding) if encoding is not None else None,
        max_bytes=None if max_file_mb is None else int(max_file_mb * 1_000_000),
    )
    show_progress = len(files) > 2000 if progress is None else progress
    records: list[dict[str, Any]] = []
    report_rows: list[dict[str, Any]] = []
    features: list[DuplicateFeatures] = []
    for chunk in _read_in_chunks(files, options, progress=show_progress):
        records.extend(chunk.records)
        report_rows.extend(chunk.report_rows)
        features.append(chunk.features)

    articles = _articles_frame(records)
    articles = mark_with_features(
        articles,
        DuplicateFeatures.concat(features),
        near_duplicate_threshold=near_duplicate_threshold,
    )
    if drop_duplicates:
        articles = articles[articles[DUPLICATE_OF] == ""].reset_index(drop=True)
    return LoadedCorpus(articles=articles, report=_report_frame(report_rows))


def sentences(articles: pd.DataFrame) -> pd.DataFrame:
    """Split every article into sentences: one row per sentence with offsets into ``text``.

    Uses the one sentence splitter, :func:`helpers.text.sentence_spans`. Returns a table with
    :data:`SENTENCE_COLUMNS`; ``text[start:end] == sentence``.
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


# --------------------------------------------------------------------------------------------------
# Finding files
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Options:
    """The loader's options as the worker processes get them."""

    columns: dict[str, str] = field(default_factory=dict)
    dayfirst: bool = False
    encoding: str | None = None
    max_bytes: int | None = None

    def for_file(self, file_id: str) -> ReadOptions:
        return ReadOptions(
            columns=self.columns, dayfirst=self.dayfirst, encoding=self.encoding, file_id=file_id
        )


class Entry(NamedTuple):
    """A path found under a source: a file to read, or (with a reason) one that is not read."""

    path: Path
    root: Path
    skip: str = ""


def collect_files(source: str | Path | Iterable[str | Path], *, recursive: bool) -> list[Entry]:
    """Every file under *source* in a stable order, plus folders that are not read and why.

    The walk is iterative (no depth limit), follows links to folders once (a folder reached
    again, as in a link loop, is reported) and does not enter hidden folders (``.git``).
    """
    sources = [source] if isinstance(source, str | Path) else list(source)
    entries: list[Entry] = []
    for item in sources:
        path = Path(item).expanduser()
        if not os.path.lexists(path) or (path.is_symlink() and not path.exists()):
            raise FileNotFoundError(
                f"{path} does not exist. Pass a folder of articles (for example 'corpus') or a file."
            )
        if not path.is_dir():
            entries.append(Entry(path, path.parent))
            continue
        found = _walk(str(path), recursive=recursive)
        entries.extend(Entry(Path(p), path, skip) for p, skip in sorted(found))
    return entries


def _walk(top: str, *, recursive: bool) -> list[tuple[str, str]]:
    """``(path, reason)`` for every entry under *top*; reason is "" for an entry to read.

    Real folders are walked first and links to folders afterwards, so that a folder reachable
    both ways is read under its own path, and a link to it (or a link loop) is reported.
    """
    found: list[tuple[str, str]] = []
    info = os.stat(top)
    seen = {(info.st_dev, info.st_ino)}
    folders, links = [top], []
    while folders or links:
        if folders:
            folder = folders.pop()
        else:
            folder = links.pop()
            try:
                info = os.stat(folder)
            except OSError as error:
                found.append((folder, f"cannot open folder: {error.strerror}"))
                continue
            if (info.st_dev, info.st_ino) in seen:
                found.append((folder, "link to a folder that is read already: not read again"))
                continue
            seen.add((info.st_dev, info.st_ino))
        try:
            with os.scandir(folder) as listing:
                children = list(listing)
        except OSError as error:
            found.append((folder, f"cannot open folder: {error.strerror}"))
            continue
        for child in children:
            try:
                is_folder = child.is_dir()  # follows links
            except OSError:
                is_folder = False
            if not is_folder:
                found.append((child.path, ""))
            elif not recursive:
                continue
            elif child.name.startswith("."):
                found.append((child.path, "hidden folder (name starts with '.'): not read"))
            elif child.is_symlink():
                links.append(child.path)
            else:
                try:
                    key = (child.stat().st_dev, child.inode())
                except OSError as error:
                    found.append((child.path, f"cannot open folder: {error.strerror}"))
                    continue
                if key not in seen:  # a bind mount can show a folder twice
                    seen.add(key)
                    folders.append(child.path)
    return found


def _relative_id(path: Path, root: Path) -> str:
    """``root/sub/name.txt`` → ``sub/name`` (string operations: this runs once per file)."""
    full, prefix = str(path), str(root)
    relative = full[len(prefix) :].lstrip(os.sep) if full.startswith(prefix) else path.name
    stem, dot, suffix = relative.rpartition(".")
    relative = stem if dot and os.sep not in suffix and stem else relative
    return relative.replace(os.sep, "/")


# --------------------------------------------------------------------------------------------------
# Reading files
# --------------------------------------------------------------------------------------------------


def _read_file(entry: Entry, options: _Options) -> ReadResult:
    """Read one file with its reader; never raises (problems become skipped report rows)."""
    path = entry.path
    if entry.skip:
        return skipped(path, entry.skip)
    suffix = path.suffix.lower()
    if path.name.startswith("."):
        return skipped(path, "hidden file (name starts with '.')")
    if path.name.lower().startswith(("readme", "license", "licence")):
        return skipped(path, "documentation file, not an article")
    try:
        info = os.stat(path)
    except OSError as error:
        reason = "broken link" if os.path.islink(path) else "cannot read file"
        return skipped(path, f"{reason}: {error.strerror}")
    if not stat.S_ISREG(info.st_mode):
        return skipped(path, f"not a regular file ({_file_kind(info.st_mode)}): not read")
    if options.max_bytes is not None and info.st_size > options.max_bytes:
        return skipped(
            path,
            f"file of {info.st_size / 1e6:,.1f} MB is larger than max_file_mb="
            f"{options.max_bytes / 1e6:g}: not read (pass a larger max_file_mb=, or None)",
        )
    try:
        # a file with another suffix is read only when a reader recognises its first bytes
        if suffix not in READ_SUFFIXES and (
            not SNIFFING or reader_for(path, _read_bytes(path, HEAD_BYTES)) is None
        ):
            return skipped(path, _unknown_format(path))
        data = _read_bytes(path, options.max_bytes, whole=True)
    except _TooLarge:
        return skipped(path, f"file grew beyond max_file_mb={options.max_bytes / 1e6:g}: not read")
    except OSError as error:
        return skipped(path, f"cannot read file: {error.strerror or error}")
    reader = reader_for(path, data[:HEAD_BYTES])
    if reader is None:
        return skipped(path, _unknown_format(path))
    if not data.strip():
        return skipped(path, "empty file")
    try:
        return reader.read(path, data, options.for_file(_relative_id(path, entry.root)))
    except Exception as error:
        return skipped(path, f"could not parse: {type(error).__name__}: {error}")


class _TooLarge(Exception):
    pass


def _read_bytes(path: Path, limit: int | None, *, whole: bool = False) -> bytes:
    """Read a regular file: the first *limit* bytes, or (*whole*) all of it, at most *limit*.

    The file is opened without blocking and checked again after opening, so a FIFO or device
    swapped in after the first check is never read. A whole file is read with one allocation of
    its size; reading past that (a growing file) stops at the limit (:class:`_TooLarge`).
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(descriptor, "rb", buffering=0) as handle:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(0, f"not a regular file ({_file_kind(info.st_mode)})")
        if not whole:
            return _read_up_to(handle, limit or HEAD_BYTES)
        data = _read_up_to(handle, info.st_size + 1)
        if len(data) > info.st_size:  # it grew, or a /proc-like file: go on, within the limit
            data += _read_up_to(handle, None if limit is None else limit + 1 - len(data))
    if limit is not None and len(data) > limit:
        raise _TooLarge
    return data


def _read_up_to(handle: Any, size: int | None) -> bytes:
    """Read until *size* bytes (``None``: the end); one piece, unless the system splits it."""
    if size is None:
        return handle.readall()
    pieces = []
    while size > 0:
        piece = handle.read(size)
        if not piece:
            break
        pieces.append(piece)
        size -= len(piece)
    return pieces[0] if len(pieces) == 1 else b"".join(pieces)


def _file_kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return kind
    return "not a file"


def _unknown_format(path: Path) -> str:
    return (
        f"unknown format '{path.suffix.lower() or path.name}': save articles as .txt (one per "
        "file), .csv/.tsv/.jsonl (one per row) or .html, or keep the archive export as "
        "downloaded (LexisNexis .txt/.rtf/.html, Nexis Uni .docx, Factiva .html/.xml, "
        "Europresse .html, or a .zip of them)"
    )


_CHUNK = 400


def _is_utf8(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a file name with bytes that are not UTF-8 (surrogate escapes)
        return False
    return True


def shown_path(path: str) -> str:
    """A path as text that any table or file can hold: bytes that are not UTF-8 as ``\\xff``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace") if not _is_utf8(path) else path


def _escape_names(
    records: list[dict[str, Any]], rows: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Records and report rows of a file whose name is not UTF-8, with the name escaped."""
    note = "file name is not valid UTF-8: shown with \\x escapes"
    records = [
        {**r, SOURCE_PATH: shown_path(r[SOURCE_PATH]), ARTICLE_ID: shown_path(r[ARTICLE_ID])}
        for r in records
    ]
    rows = [
        {
            **row,
            SOURCE_PATH: shown_path(row[SOURCE_PATH]),
            DETAIL: "; ".join(filter(None, (row[DETAIL], note))),
        }
        for row in rows
    ]
    return records, rows


class _Chunk(NamedTuple):
    records: list[dict[str, Any]]
    report_rows: list[dict[str, Any]]
    features: DuplicateFeatures


#: Duplicate features are computed for this many tokens at a time, so that one huge table does
#: not hold all its token lists (and their hashing arrays) at once.
_TOKENS_PER_BATCH = 200_000


def _read_chunk(files: Sequence[Entry], options: _Options) -> _Chunk:
    """Read a batch of files: records (with word counts), report rows, duplicate features."""
    records: list[dict[str, Any]] = []
    report_rows: list[dict[str, Any]] = []
    features: list[DuplicateFeatures] = []
    tokens: list[list[str]] = []
    n_tokens = 0
    for entry in files:
        started = time.perf_counter()
        file_records, file_rows = _read_file(entry, options)
        if not _is_utf8(str(entry.path)):
            file_records, file_rows = _escape_names(file_records, file_rows)
        for record in file_records:
            record_tokens = word_tokens(record[TEXT].lower())
            record[WORD_COUNT] = len(record_tokens)
            tokens.append(record_tokens)
            n_tokens += len(record_tokens)
            if n_tokens > _TOKENS_PER_BATCH:
                features.append(DuplicateFeatures.from_tokens(tokens))
                tokens, n_tokens = [], 0
        records.extend(file_records)
        seconds = (time.perf_counter() - started) / max(len(file_rows), 1)
        report_rows.extend({**row, SECONDS: seconds} for row in file_rows)
    features.append(DuplicateFeatures.from_tokens(tokens))
    return _Chunk(records, report_rows, DuplicateFeatures.concat(features))


def _read_in_chunks(files: list[Entry], options: _Options, *, progress: bool) -> Iterable[_Chunk]:
    """Read files in batches, on every core when there are many (the order is kept)."""
    chunks = [files[k : k + _CHUNK] for k in range(0, len(files), _CHUNK)]
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(files), desc="Loading articles", unit="file")
    workers = worker_count()
    try:
        if len(chunks) < 3 or workers < 2:
            results: Iterable[_Chunk] = (_read_chunk(chunk, options) for chunk in chunks)
            for result, chunk in zip(results, chunks, strict=True):
                if bar is not None:
                    bar.update(len(chunk))
                yield result
            return
        with process_pool(workers) as pool:
            for result, chunk in zip(
                pool.map(_read_chunk, chunks, [options] * len(chunks)), chunks, strict=True
            ):
                if bar is not None:
                    bar.update(len(chunk))
                yield result
    finally:
        if bar is not None:
            bar.close()


# --------------------------------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------------------------------


def _report_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The load report: one row per file (per document for multi-document files)."""
    defaults = {**report_row("", SKIPPED), SECONDS: 0.0}
    frame = pd.DataFrame([{**defaults, **row} for row in rows], columns=list(REPORT_COLUMNS))
    return frame.astype({POSITION: "int64", N_ARTICLES: "int64", REPLACED_BYTES: "int64"})


def _articles_frame(records: list[dict[str, Any]]) -> pd.DataFrame:
    """Build the contract table from reader records (which carry their word counts)."""
    filled = [c for c in ARTICLE_COLUMNS if c not in (DUPLICATE_OF, DUPLICATE_KIND)]
    frame = pd.DataFrame(records, columns=filled)
    frame[PUBLISHED] = _storable_dates(frame[PUBLISHED])
    frame[DATE_AMBIGUOUS] = frame[DATE_AMBIGUOUS].fillna(False).astype(bool)
    frame[WORD_COUNT] = frame[WORD_COUNT].fillna(0).astype("int64")
    frame[POSITION] = frame[POSITION].fillna(0).astype("int64")
    frame[STATED_WORD_COUNT] = pd.array(
        [None if _missing(v) else int(v) for v in frame[STATED_WORD_COUNT]], dtype="Int64"
    )
    for column in filled:
        if column not in _TYPED_COLUMNS:
            frame[column] = frame[column].astype(object).fillna("").astype(str)
    frame[ARTICLE_ID] = _unique_ids(frame[ARTICLE_ID].tolist())
    frame[DUPLICATE_OF] = ""
    frame[DUPLICATE_KIND] = ""
    return frame[list(ARTICLE_COLUMNS)]


#: Article columns that are not text.
_TYPED_COLUMNS = frozenset({PUBLISHED, DATE_AMBIGUOUS, WORD_COUNT, POSITION, STATED_WORD_COUNT})


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _storable_dates(values: pd.Series) -> pd.Series:
    """``datetime64[ns]`` dates; a value that is no date, or one pandas cannot store, is NaT.

    The readers already leave such dates empty; this keeps a reader's slip from stopping a load.
    """
    try:
        return pd.to_datetime(values, errors="coerce").astype("datetime64[ns]")
    except (ValueError, TypeError, OverflowError):  # OutOfBoundsDatetime, mixed time zones
        return pd.Series(
            [read_date(str(v)).published if _is_date(v) else None for v in values],
            index=values.index,
            dtype="datetime64[ns]",
        )


def _is_date(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and value != value)


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
