"""The corpus store: parsed corpora kept as Parquet, so a notebook re-opens them in a second.

Parsing a folder of articles (decoding, the layout rules, duplicate detection) is the slow part of
opening a corpus: 19,043 Reuters files take seconds to minutes. :func:`cached_load` does it once
and keeps the result, the articles table *and* its load report, as a Parquet dataset; every later
call with the same inputs reads that back.

When the store is re-used
-------------------------
An entry is keyed by a **fingerprint** of everything the parse depends on: the resolved path,
size and modification time of every file the loader would see, the loader options
(``columns``, ``dayfirst``, ``drop_duplicates``, ``near_duplicate_threshold``, ``recursive``), the
package version and a hash of the loader's own source code. A changed, added or removed file, or
other options, give another fingerprint, so the corpus is parsed again. Only the newest entry of a
source (and option set) is kept.

Where it lives
--------------
``$NEWS_CACHE_DIR`` when set, else ``$XDG_CACHE_HOME/news-notebooks/corpus-store``, else
``~/.cache/news-notebooks/corpus-store`` (see :func:`default_cache_dir`). A user cache folder rather
than ``<corpus>/.news-cache``: corpus folders are often read-only or shared (a licensed collection
on a network drive, a folder under version control), a list of files has no single folder to put
it in, and a cache inside the corpus would travel with every copy of it. ``cache=False`` turns the
store off; deleting the folder is always safe.

Layout of one entry (also what :func:`read_parquet_corpus` reads)::

    <cache dir>/<corpus name>-<source key>/<fingerprint>/
        articles/part-00000.parquet ...   the articles table, ROWS_PER_PART rows per file
        report.parquet                    the load report
        store.json                        fingerprint, sources, options, row count, memory size

An entry is written in a temporary folder and renamed into place in one step, so a reader never
sees half an entry, and two processes writing the same entry cannot corrupt it.

A Parquet file or folder is also a corpus: :func:`read_parquet_corpus` reads a store entry or
any Parquet export with at least a text column, and checks the columns against the contract.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import tempfile
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from helpers.columns import (
    AGENCY,
    ARTICLE_COLUMNS,
    ARTICLE_ID,
    BYLINE,
    DATE_AMBIGUOUS,
    DATE_SOURCE,
    DETAIL,
    DUPLICATE_KIND,
    DUPLICATE_OF,
    ENCODING,
    ENCODING_SOURCE,
    N_ARTICLES,
    OUTLET,
    POSITION,
    PUBLISHED,
    REPLACED_BYTES,
    REPORT_COLUMNS,
    SECONDS,
    SOURCE_FORMAT,
    SOURCE_PATH,
    STATED_WORD_COUNT,
    STATUS,
    TEXT,
    URL,
    WORD_COUNT,
)

if TYPE_CHECKING:
    from helpers.corpus import LoadedCorpus

__all__ = [
    "CACHE_ENV",
    "ROWS_PER_PART",
    "CorpusColumnsError",
    "cached_load",
    "contract_dtypes",
    "corpus_fingerprint",
    "default_cache_dir",
    "ensure_store",
    "entry_path",
    "is_parquet_corpus",
    "parquet_files",
    "read_parquet_corpus",
    "source_bytes",
    "store_info",
    "write_store",
]

#: Environment variable naming the store's folder (overrides the user cache folder).
CACHE_ENV = "NEWS_CACHE_DIR"
#: Rows per Parquet file of a store entry: one Dask partition each (about 20 MB of Reuters text;
#: small enough that 2 workers share even a 10 k corpus, large enough to amortise a task).
ROWS_PER_PART = 5_000
#: Bumped when the layout of an entry changes (old entries are then ignored).
STORE_FORMAT = 1
#: The file that marks a complete entry, and holds its description.
STORE_META = "store.json"
ARTICLES_FOLDER = "articles"
REPORT_FILE = "report.parquet"
PARQUET_SUFFIXES = frozenset({".parquet", ".parq", ".pq"})

#: Loader options that change the parsed result (``progress`` does not).
_KEYED_OPTIONS = (
    "columns",
    "dayfirst",
    "drop_duplicates",
    "near_duplicate_threshold",
    "recursive",
    "encoding",
    "max_file_mb",
)
#: Package sources whose code decides how files are parsed: their bytes enter the fingerprint.
_LOADER_SOURCES = (
    "corpus.py",
    "corpus",
    "text",
    "columns.py",
    "periods.py",
    "selection.py",
    "store.py",  # the old shim; the store itself is under corpus/
)
#: The package root (``helpers/``): the loader sources above are named relative to it.
_HELPERS_DIR = Path(__file__).resolve().parent.parent
_STRING_COLUMNS = tuple(
    c
    for c in ARTICLE_COLUMNS
    if c not in (PUBLISHED, DATE_AMBIGUOUS, WORD_COUNT, POSITION, STATED_WORD_COUNT)
)


class CorpusColumnsError(ValueError):
    """A Parquet corpus lacks a column the article contract needs (or has it in an unusable type)."""


# --------------------------------------------------------------------------------------------------
# Where the store lives, and the fingerprint
# --------------------------------------------------------------------------------------------------


def default_cache_dir() -> Path:
    """The store's folder: ``$NEWS_CACHE_DIR``, else the user cache folder (see the module notes)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base).expanduser() / "news-notebooks" / "corpus-store"


def _sources(source: str | Path | Iterable[str | Path]) -> list[Path]:
    items = [source] if isinstance(source, str | Path) else list(source)
    return [Path(item).expanduser().resolve() for item in items]


def _listed_files(paths: list[Path], *, recursive: bool) -> list[tuple[str, int, int]]:
    """``(path, size, mtime_ns)`` of every entry the loader would see, found by the loader's own
    walk (:func:`helpers.corpus.load.collect_files`: no depth limit, link loops reported, hidden
    folders not entered); an entry that cannot be examined gets size and time -1."""
    from helpers.corpus.load import collect_files

    entries: list[tuple[str, int, int]] = []
    for entry in collect_files(paths, recursive=recursive):
        if entry.skip and entry.path.name.startswith("."):
            continue  # a hidden folder (the store itself may be one) is never read
        try:
            info = os.stat(entry.path)
        except OSError:  # vanished, a broken link, unreadable: the loader reports it
            entries.append((str(entry.path), -1, -1))
            continue
        entries.append((str(entry.path), info.st_size, info.st_mtime_ns))
    return entries


def source_bytes(source: str | Path | Iterable[str | Path], *, recursive: bool = True) -> int:
    """Total size on disk of the files a corpus source holds (for memory estimates)."""
    return sum(max(size, 0) for _, size, _ in _listed_files(_sources(source), recursive=recursive))


def _keyed_options(load_options: Mapping[str, Any]) -> dict[str, Any]:
    import inspect

    from helpers.corpus.load import parse_corpus

    accepted = set(inspect.signature(parse_corpus).parameters) - {"source"}
    unknown = sorted(set(load_options) - accepted)
    if unknown:
        raise TypeError(f"load_corpus() has no option {unknown}; it takes {sorted(accepted)}.")
    # options left out count as their defaults, so load_corpus(folder) and
    # helpers.engine.open_corpus(folder) share one entry
    defaults = inspect.signature(parse_corpus).parameters
    options = {k: load_options.get(k, defaults[k].default) for k in _KEYED_OPTIONS}
    if options.get("columns") is not None:
        options["columns"] = dict(sorted(dict(options["columns"]).items()))
    return options


def _loader_code_hash() -> str:
    digest = hashlib.blake2b(digest_size=8)
    for name in _LOADER_SOURCES:
        path = _HELPERS_DIR / name
        files = sorted(path.rglob("*")) if path.is_dir() else [path] if path.exists() else []
        for file in files:
            if file.is_file() and "__pycache__" not in file.parts:
                digest.update(str(file.relative_to(_HELPERS_DIR)).encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()


def _package_version() -> str:
    import helpers

    return str(getattr(helpers, "__version__", "0"))


def corpus_fingerprint(source: str | Path | Iterable[str | Path], **load_options: Any) -> str:
    """Fingerprint of a corpus's inputs: files (path, size, mtime), loader options, code version.

    Two calls give the same string exactly when :func:`helpers.corpus.load_corpus` would parse the
    same files in the same way; *load_options* are those of ``load_corpus``.
    """
    options = _keyed_options(load_options)
    files = _listed_files(_sources(source), recursive=options.get("recursive", True))
    digest = hashlib.blake2b(digest_size=16)
    header = {
        "format": STORE_FORMAT,
        "version": _package_version(),
        "code": _loader_code_hash(),
        "options": options,
    }
    digest.update(json.dumps(header, sort_keys=True, default=str).encode())
    for path, size, mtime in files:
        digest.update(os.fsencode(path) + f"\0{size}\0{mtime}\n".encode())  # any file name
    return digest.hexdigest()


def _entry_folder(cache_dir: Path, source: Any, options: Mapping[str, Any]) -> Path:
    """``<cache>/<name>-<key>``: one folder per source and option set (it holds one fingerprint)."""
    paths = _sources(source)
    key = hashlib.blake2b(
        json.dumps([[str(p) for p in paths], options], sort_keys=True, default=str).encode(),
        digest_size=6,
    ).hexdigest()
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", paths[0].name if paths else "corpus")[:40] or "corpus"
    return cache_dir / f"{name}-{key}"


# --------------------------------------------------------------------------------------------------
# Writing and reading an entry
# --------------------------------------------------------------------------------------------------


def contract_dtypes(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles table with the contract's dtypes, whatever produced it (Parquet, Dask, pandas).

    Text columns become pandas' default string dtype (missing → ""), ``published``
    ``datetime64[ns]``, ``date_ambiguous`` bool, ``word_count`` and ``position`` int64,
    ``stated_word_count`` nullable Int64. Other columns are kept as they are. Returns a new table.
    """
    frame = articles.copy()
    for column in frame.columns.intersection(_STRING_COLUMNS):
        frame[column] = _default_strings(frame[column])
    if PUBLISHED in frame.columns:
        frame[PUBLISHED] = pd.to_datetime(frame[PUBLISHED], errors="coerce").astype(
            "datetime64[ns]"
        )
    if DATE_AMBIGUOUS in frame.columns:
        frame[DATE_AMBIGUOUS] = frame[DATE_AMBIGUOUS].astype(object).fillna(False).astype(bool)
    if WORD_COUNT in frame.columns:
        frame[WORD_COUNT] = frame[WORD_COUNT].fillna(0).astype("int64")
    if POSITION in frame.columns:
        frame[POSITION] = pd.to_numeric(frame[POSITION], errors="coerce").fillna(0).astype("int64")
    if STATED_WORD_COUNT in frame.columns:
        counts = pd.to_numeric(frame[STATED_WORD_COUNT].astype(object), errors="coerce")
        frame[STATED_WORD_COUNT] = counts.round().astype("Int64")
    return frame


_DEFAULT_STRING = pd.Series([""]).dtype  # pandas' default string dtype ("str" on pandas 3)


def _default_strings(values: pd.Series) -> pd.Series:
    """Values as the default string dtype, missing ones as "" (Arrow strings are not copied)."""
    if values.dtype != _DEFAULT_STRING:
        if isinstance(values.dtype, pd.StringDtype):
            values = values.astype(_DEFAULT_STRING)
        else:
            values = values.astype(object).where(values.notna(), "").astype(_DEFAULT_STRING)
    return values.fillna("") if values.hasnans else values


def _report_dtypes(report: pd.DataFrame) -> pd.DataFrame:
    frame = report.copy()
    for column in (SOURCE_PATH, STATUS, ENCODING, DETAIL):
        frame[column] = _default_strings(frame[column])
    frame[N_ARTICLES] = frame[N_ARTICLES].fillna(0).astype("int64")
    for column in (POSITION, REPLACED_BYTES):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").fillna(0).astype("int64")
    for column in (ENCODING_SOURCE,):
        frame[column] = _default_strings(frame[column])
    frame[SECONDS] = pd.to_numeric(frame[SECONDS], errors="coerce").fillna(0.0).astype("float64")
    return frame[list(REPORT_COLUMNS)]


def write_store(
    corpus: LoadedCorpus,
    folder: str | Path,
    *,
    meta: Mapping[str, Any] | None = None,
    rows_per_part: int = ROWS_PER_PART,
) -> Path:
    """Write a loaded corpus as a store entry in *folder* (atomically) and return *folder*.

    The entry is built in a temporary sibling folder and renamed into place; if *folder* already
    exists (another process wrote the same entry), it is left as it is.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    articles = contract_dtypes(corpus.articles)[list(ARTICLE_COLUMNS)]
    report = _report_dtypes(corpus.report)
    temporary = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        (temporary / ARTICLES_FOLDER).mkdir()
        schema = None
        for number, first in enumerate(range(0, max(len(articles), 1), rows_per_part)):
            part = articles.iloc[first : first + rows_per_part]
            table = pa.Table.from_pandas(part, preserve_index=False, schema=schema)
            schema = table.schema
            pq.write_table(table, temporary / ARTICLES_FOLDER / f"part-{number:05d}.parquet")
        pq.write_table(pa.Table.from_pandas(report, preserve_index=False), temporary / REPORT_FILE)
        description = {
            "format": STORE_FORMAT,
            "n_articles": len(articles),
            "n_files": len(report),
            "n_parts": number + 1,
            "memory_bytes": int(articles.memory_usage(deep=True).sum()),
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "version": _package_version(),
            **(meta or {}),
        }
        (temporary / STORE_META).write_text(json.dumps(description, indent=2, default=str))
        try:
            temporary.rename(folder)
        except OSError:
            if not (folder / STORE_META).exists():
                raise
    finally:
        shutil.rmtree(temporary, ignore_errors=True)
    return folder


def store_info(path: str | Path) -> dict[str, Any]:
    """Rows and in-memory size of a Parquet corpus, without reading it.

    Returns ``n_articles`` and ``memory_bytes`` (the pandas table's size: measured when the store
    wrote it, else the Parquet files' uncompressed size), ``n_parts`` and ``files``.
    """
    import pyarrow.parquet as pq

    path = Path(path)
    meta_file = path / STORE_META
    if meta_file.exists():
        info = json.loads(meta_file.read_text())
        info["files"] = parquet_files(path)
        return info
    files = parquet_files(path)
    rows = 0
    size = 0
    for file in files:
        metadata = pq.ParquetFile(file).metadata
        rows += metadata.num_rows
        size += sum(metadata.row_group(i).total_byte_size for i in range(metadata.num_row_groups))
    return {"n_articles": rows, "memory_bytes": size, "n_parts": len(files), "files": files}


def parquet_files(path: str | Path) -> list[Path]:
    """The Parquet files holding a corpus's articles (a file, a store entry, or a folder)."""
    path = Path(path)
    if path.is_file():
        return [path]
    folder = path / ARTICLES_FOLDER if (path / STORE_META).exists() else path
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in PARQUET_SUFFIXES
        and not any(part.startswith((".", "_")) for part in p.relative_to(folder).parts)
    )


def is_parquet_corpus(source: Any) -> bool:
    """True for a Parquet file, a store entry, or a folder whose files are all Parquet."""
    if not isinstance(source, str | Path):
        return False
    path = Path(source).expanduser()
    if path.is_file():
        return path.suffix.lower() in PARQUET_SUFFIXES
    if not path.is_dir():
        return False
    if (path / STORE_META).exists():
        return True
    return _only_parquet(path) is True


def _only_parquet(folder: Path | str) -> bool | None:
    """True if every visible file below *folder* is Parquet, None if it has no file, else False;
    stops at the first file that is not Parquet (a folder of 19,043 texts costs one entry)."""
    found: bool | None = None
    with os.scandir(folder) as scan:
        for item in scan:
            if item.name.startswith("."):
                continue
            if item.is_dir():
                inside = _only_parquet(item.path)
                if inside is False:
                    return False
                found = found or inside
            elif item.name.lower() not in ("readme.md", "readme.txt", "_success"):
                if Path(item.name).suffix.lower() not in PARQUET_SUFFIXES:
                    return False
                found = True
    return found


def _read_store_entry(folder: Path) -> LoadedCorpus:
    import pyarrow.parquet as pq

    from helpers.corpus import LoadedCorpus

    articles = pq.read_table(folder / ARTICLES_FOLDER).to_pandas()
    report = pq.read_table(folder / REPORT_FILE).to_pandas()
    return LoadedCorpus(
        articles=contract_dtypes(articles)[list(ARTICLE_COLUMNS)], report=_report_dtypes(report)
    )


# --------------------------------------------------------------------------------------------------
# Any Parquet file or folder as a corpus
# --------------------------------------------------------------------------------------------------


def read_parquet_corpus(
    path: str | Path,
    *,
    columns: Mapping[str, str] | None = None,
    near_duplicate_threshold: float | None = 0.8,
) -> LoadedCorpus:
    """Read a Parquet file or folder as a corpus: the articles table and a load report.

    A store entry (written by :func:`cached_load`) is read back as it was stored. Any other
    Parquet data needs one article per row and at least a text column; the other contract
    columns are found by the names :func:`helpers.corpus.load_corpus` recognises in CSV files
    (``headline``, ``date``, ``link``...) or mapped with *columns*, and the missing ones are filled
    as the loader fills them (``word_count`` counted, ``outlet`` from the URL's domain, ``article_id``
    as ``<file>:<row>``). When the data carries no duplicate marks, copies are marked over the
    whole table (:func:`helpers.corpus.mark_duplicates`), so the one duplicate policy holds.

    Parameters
    ----------
    path
        A ``.parquet`` file, a folder of them, or a store entry.
    columns
        Which of your columns holds each contract column, ``{"title": "Headline"}``.
    near_duplicate_threshold
        Passed to :func:`helpers.corpus.mark_duplicates` when marks must be computed.

    Returns
    -------
    LoadedCorpus
        ``articles`` with exactly the contract columns and dtypes, ``report`` with one row per file.

    Raises
    ------
    CorpusColumnsError
        If there is no text column (or ``columns=`` names a column that is not there).
    FileNotFoundError
        If *path* does not exist or holds no Parquet file.
    """
    import pyarrow.parquet as pq

    from helpers.corpus import (
        DEFAULT_COLUMN_NAMES,
        LoadedCorpus,
        mark_duplicates,
        normalise_agency,
        outlet_from_url,
    )
    from helpers.text import word_tokens

    path = Path(path).expanduser()
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist: pass a .parquet file or a folder of them.")
    if (path / STORE_META).exists():
        return _read_store_entry(path)
    files = parquet_files(path)
    if not files:
        raise FileNotFoundError(f"No .parquet file found in {path}.")
    frames = []
    report_rows = []
    for file in files:
        frame = pq.read_table(file).to_pandas()
        frame = _contract_names(frame, columns or {}, DEFAULT_COLUMN_NAMES, file)
        if ARTICLE_ID not in frame.columns:
            stem = file.relative_to(path).with_suffix("").as_posix() if path.is_dir() else file.stem
            frame[ARTICLE_ID] = [f"{stem}:{row}" for row in range(1, len(frame) + 1)]
        if SOURCE_PATH in frame.columns:  # a re-written corpus keeps where each article came from
            given = frame[SOURCE_PATH].astype(object)
            frame[SOURCE_PATH] = given.where(given.notna() & (given != ""), str(file))
        else:
            frame[SOURCE_PATH] = str(file)
        frames.append(frame)
        report_rows.append(
            {
                SOURCE_PATH: str(file),
                STATUS: "loaded" if len(frame) else "skipped",
                N_ARTICLES: len(frame),
                ENCODING: "",
                DETAIL: "" if len(frame) else "no rows",
            }
        )
    articles = pd.concat(frames, ignore_index=True)
    notes: list[str] = []
    if PUBLISHED in articles.columns:
        raw = articles[PUBLISHED]
        articles[PUBLISHED] = pd.to_datetime(raw, errors="coerce", utc=False, format="mixed")
        bad = int((articles[PUBLISHED].isna() & raw.notna() & (raw.astype(str) != "")).sum())
        if bad:
            notes.append(f"{bad} unparseable dates")
        if DATE_SOURCE not in articles.columns:
            articles[DATE_SOURCE] = np.where(articles[PUBLISHED].notna(), f"column:{PUBLISHED}", "")
    for column in ARTICLE_COLUMNS:
        if column not in articles.columns:
            articles[column] = False if column == DATE_AMBIGUOUS else pd.NA
    articles = contract_dtypes(articles)
    if articles[WORD_COUNT].eq(0).all() and len(articles):
        articles[WORD_COUNT] = [len(word_tokens(t.lower())) for t in articles[TEXT]]
    domains = articles[URL].map(outlet_from_url)
    articles[OUTLET] = domains.where(domains != "", articles[OUTLET])
    no_agency = articles[AGENCY] == ""
    articles.loc[no_agency, AGENCY] = articles.loc[no_agency, BYLINE].map(normalise_agency)
    articles[SOURCE_FORMAT] = articles[SOURCE_FORMAT].replace("", "parquet")
    articles[ARTICLE_ID] = _unique_ids(articles[ARTICLE_ID])
    articles = articles[list(ARTICLE_COLUMNS)]
    if (articles[DUPLICATE_OF] == "").all() and (articles[DUPLICATE_KIND] == "").all():
        articles = mark_duplicates(articles, near_duplicate_threshold=near_duplicate_threshold)
    report = pd.DataFrame(report_rows, columns=list(REPORT_COLUMNS))
    if notes:
        report[DETAIL] = report[DETAIL].where(report[DETAIL] != "", "; ".join(notes))
    return LoadedCorpus(articles=articles.reset_index(drop=True), report=_report_dtypes(report))


def _contract_names(
    frame: pd.DataFrame,
    mapping: Mapping[str, str],
    known: Mapping[str, tuple[str, ...]],
    file: Path,
) -> pd.DataFrame:
    """Rename the file's columns to contract names; only contract columns are kept."""
    unknown = sorted(set(mapping) - set(ARTICLE_COLUMNS))
    if unknown:
        raise CorpusColumnsError(
            f"columns= maps unknown contract columns {unknown}; the keys must be among "
            f"{list(ARTICLE_COLUMNS)} (the values are your file's column names)."
        )
    lower = {str(c).lower(): c for c in frame.columns}
    renames: dict[Any, str] = {}
    for contract in ARTICLE_COLUMNS:
        if contract in mapping:
            if mapping[contract] not in frame.columns:
                raise CorpusColumnsError(
                    f"{file}: columns= maps {contract!r} to {mapping[contract]!r}, which is not a "
                    f"column of the file; its columns are {list(frame.columns)}."
                )
            renames[mapping[contract]] = contract
            continue
        for candidate in (contract, *known.get(contract, ())):
            if candidate in lower and lower[candidate] not in renames:
                renames[lower[candidate]] = contract
                break
    if TEXT not in renames.values():
        raise CorpusColumnsError(
            f"{file} has no text column: its columns are {list(frame.columns)}. A Parquet corpus "
            f"needs one article per row with the article text in a column named one of "
            f"{[TEXT, *known.get(TEXT, ())]}, or say which with columns={{'text': 'YourColumn'}}."
        )
    return frame[list(renames)].rename(columns=renames)


def _unique_ids(ids: pd.Series) -> list[str]:
    seen: dict[str, int] = {}
    unique = []
    for article_id in ids.tolist():
        if article_id in seen:
            seen[article_id] += 1
            unique.append(f"{article_id}~{seen[article_id]}")
        else:
            seen[article_id] = 1
            unique.append(article_id)
    return unique


# --------------------------------------------------------------------------------------------------
# The cached loader
# --------------------------------------------------------------------------------------------------


def ensure_store(
    source: str | Path | Iterable[str | Path],
    *,
    cache_dir: str | Path | None = None,
    **load_options: Any,
) -> Path:
    """Return the store entry (or Parquet corpus) for *source*, parsing it first if needed.

    A Parquet corpus is returned as it is. The Dask engine reads the entry's files partition by
    partition, without loading the corpus into this process more than once.
    """
    if is_parquet_corpus(source):
        return Path(source).expanduser()
    cached_load(source, cache=True, cache_dir=cache_dir, **load_options)
    entry, fingerprint = _entry_and_fingerprint(source, cache_dir, load_options)
    return entry / fingerprint


def entry_path(
    source: str | Path | Iterable[str | Path],
    *,
    cache_dir: str | Path | None = None,
    **load_options: Any,
) -> Path:
    """The folder of the store entry *source* has now (``<cache>/<name>-<key>/<fingerprint>``).

    It holds a complete entry when it contains ``store.json``; the path changes whenever a file
    or an option changes.
    """
    entry, fingerprint = _entry_and_fingerprint(source, cache_dir, load_options)
    return entry / fingerprint


def _entry_and_fingerprint(
    source: Any, cache_dir: str | Path | None, load_options: Mapping[str, Any]
) -> tuple[Path, str]:
    root = Path(cache_dir).expanduser() if cache_dir is not None else default_cache_dir()
    entry = _entry_folder(root, source, _keyed_options(load_options))
    return entry, corpus_fingerprint(source, **load_options)


def cached_load(
    source: str | Path | Iterable[str | Path],
    *,
    cache: bool = True,
    cache_dir: str | Path | None = None,
    **load_options: Any,
) -> LoadedCorpus:
    """:func:`helpers.corpus.load_corpus`, parsed once and then read back from the store.

    Parameters
    ----------
    source
        What ``load_corpus`` takes (folder, file, list of them), or a Parquet file or folder.
    cache
        ``False`` parses every time and neither reads nor writes the store.
    cache_dir
        The store's folder; default :func:`default_cache_dir` (``$NEWS_CACHE_DIR``).
    **load_options
        The options of ``load_corpus`` (``columns``, ``dayfirst``, ``near_duplicate_threshold``...).

    Returns
    -------
    LoadedCorpus
        The same tables ``load_corpus`` returns (the store keeps exact dtypes and row order).
    """
    from helpers.corpus.load import parse_corpus

    if is_parquet_corpus(source):
        options = {
            k: v for k, v in load_options.items() if k in ("columns", "near_duplicate_threshold")
        }
        return read_parquet_corpus(source, **options)
    if not cache:
        return parse_corpus(source, **load_options)
    entry, before = _entry_and_fingerprint(source, cache_dir, load_options)
    folder = entry / before
    if (folder / STORE_META).exists():
        try:
            return _read_store_entry(folder)
        except Exception as error:  # a damaged entry: parse again and replace it
            warnings.warn(
                f"Corpus store entry {folder} unreadable ({error}); parsing again.", stacklevel=2
            )
            shutil.rmtree(folder, ignore_errors=True)
    corpus = parse_corpus(source, **load_options)
    after = corpus_fingerprint(source, **load_options)
    if after != before:  # files changed while they were read: do not store a mixed state
        return corpus
    try:
        meta = {
            "fingerprint": before,
            "sources": [str(p) for p in _sources(source)],
            "options": _keyed_options(load_options),
        }
        write_store(corpus, folder, meta=meta)
        for stale in entry.iterdir():
            if stale.name != before and not stale.name.startswith("."):
                shutil.rmtree(stale, ignore_errors=True)
    except Exception as error:  # a full disk, a read-only cache, text Parquet cannot hold
        warnings.warn(
            f"Could not write the corpus store in {entry} ({error}); the corpus is fine.",
            stacklevel=2,
        )
    return corpus
