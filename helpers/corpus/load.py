"""Load news articles into one DataFrame: :func:`load_corpus`, the load report, the sentence table.

The loader finds the files, hands each one to its reader (:mod:`helpers.corpus.readers`), counts
words and computes duplicate features where the text is read (in worker processes when there are
many files), and marks duplicates once over the whole corpus. Every file found is accounted for
in the load report (loaded, or skipped with the reason). Nothing is downloaded.
"""

from __future__ import annotations

import os
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
    PARAGRAPH_INDEX,
    PUBLISHED,
    REPORT_COLUMNS,
    SENTENCE,
    SENTENCE_COLUMNS,
    SENTENCE_INDEX,
    SOURCE_PATH,
    START,
    STATUS,
    TEXT,
    WORD_COUNT,
)
from helpers.corpus.duplicates import DuplicateFeatures, mark_with_features
from helpers.corpus.readers import HEAD_BYTES, reader_for
from helpers.corpus.readers.base import SKIPPED, ReadOptions, ReadResult, report_row, skipped
from helpers.corpus.readers.records import check_mapping
from helpers.parallel import process_pool, worker_count
from helpers.text import sentence_spans, word_tokens

__all__ = ["LoadedCorpus", "load_corpus", "sentences"]

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
        loaded = int((report[STATUS] != SKIPPED).sum())
        skipped_rows = report[report[STATUS] == SKIPPED]
        n_dupes = int((self.articles[DUPLICATE_OF] != "").sum()) if len(self.articles) else 0
        lines = [
            f"{len(report)} files found: {loaded} loaded ({len(self.articles)} articles, "
            f"{n_dupes} marked as duplicates), {len(skipped_rows)} skipped."
        ]
        for reason, group in skipped_rows.groupby(DETAIL, sort=False):
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
    options = _Options(columns=check_mapping(columns), dayfirst=dayfirst)
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

    def for_file(self, file_id: str) -> ReadOptions:
        return ReadOptions(columns=self.columns, dayfirst=self.dayfirst, file_id=file_id)


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


# --------------------------------------------------------------------------------------------------
# Reading files
# --------------------------------------------------------------------------------------------------


def _read_file(path: Path, root: Path, options: _Options) -> ReadResult:
    """Read one file with its reader; never raises (problems become skipped report rows)."""
    suffix = path.suffix.lower()
    if path.name.startswith("."):
        return skipped(path, "hidden file (name starts with '.')")
    if path.name.lower().startswith(("readme", "license", "licence")):
        return skipped(path, "documentation file, not an article")
    try:
        with open(path, "rb") as handle:
            head = handle.read(HEAD_BYTES)
            reader = reader_for(path, head)
            if reader is None:
                return skipped(
                    path,
                    f"unknown format '{suffix or path.name}': save articles as .txt (one per "
                    "file), .csv/.tsv/.jsonl (one per row) or .html",
                )
            data = head + handle.read() if len(head) == HEAD_BYTES else head
    except OSError as error:
        return skipped(path, f"cannot read file: {error.strerror}")
    if not data.strip():
        return skipped(path, "empty file")
    try:
        return reader.read(path, data, options.for_file(_relative_id(path, root)))
    except Exception as error:
        return skipped(path, f"could not parse: {type(error).__name__}: {error}")


_CHUNK = 400


class _Chunk(NamedTuple):
    records: list[dict[str, Any]]
    report_rows: list[dict[str, Any]]
    features: DuplicateFeatures


def _read_chunk(files: Sequence[tuple[Path, Path]], options: _Options) -> _Chunk:
    """Read a batch of files: records (with word counts), report rows, duplicate features."""
    records: list[dict[str, Any]] = []
    report_rows: list[dict[str, Any]] = []
    tokens: list[list[str]] = []
    for path, root in files:
        file_records, file_rows = _read_file(path, root, options)
        for record in file_records:
            record_tokens = word_tokens(record[TEXT].lower())
            record[WORD_COUNT] = len(record_tokens)
            tokens.append(record_tokens)
        records.extend(file_records)
        report_rows.extend(file_rows)
    return _Chunk(records, report_rows, DuplicateFeatures.from_tokens(tokens))


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
    defaults = report_row("", SKIPPED)
    return pd.DataFrame([{**defaults, **row} for row in rows], columns=list(REPORT_COLUMNS))


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
