"""Write figures and tables to disk, report-ready and reproducible.

Everything the notebooks write goes through two functions:

* :func:`save_figure` writes ``<name>.png`` (300 dpi), ``<name>.svg`` (text stays editable text),
  ``<name>.pdf`` (TrueType fonts embedded), ``<name>.csv`` (the table the chart was drawn from) and
  ``<name>.json`` (a sidecar: title, parameters, corpus fingerprint, package versions, file hashes).
* :func:`save_table` writes ``<name>.csv``, ``<name>.xlsx`` and the same kind of ``<name>.json``.

The default folder is ``exports/<notebook>/`` (git-ignored); the notebooks pass their
``EXPORT_DIR`` parameter. ``make report`` runs every notebook and lists every file in
``exports/index.html``.

Re-using exports
----------------
* In a report or slide deck: use the SVG (fonts and words stay editable in Inkscape/Illustrator,
  colours can be changed) or the PDF (LaTeX, print); the PNG is for Word, web pages and email.
* Re-drawing a chart in another tool (Excel, R, Datawrapper): start from ``<name>.csv``; it is
  exactly the table the chart shows, one row per plotted value, UTF-8, ISO dates.
* Checking where a number came from: ``<name>.json`` holds the notebook parameters, the corpus
  fingerprint (``corpus.fingerprint``: a SHA-256 over every ``article_id`` and the hash of its
  text, so two people can confirm they ran the same articles without sharing them), the number of
  articles, the package versions, and the SHA-256 of each file written.
* Sharing tables: ``.xlsx`` opens in Excel/LibreOffice with a bold, frozen header; ``.csv`` is the
  lossless version (the XLSX cuts cells at Excel's 32,767-character limit and leaves values that
  start with ``=`` as text, never as formulas).

Safety
------
* **Formula cells (CSV injection).** Article text can start with ``=``, ``+``, ``-`` or ``@``;
  a spreadsheet opening the CSV would run such a cell as a formula (``=HYPERLINK(...)``,
  ``=cmd|...``). Following OWASP's CSV-injection guidance, every text cell, column name and
  index label that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written
  with a leading single quote (``'=1+1``); spreadsheets show it as text. Numbers are never
  changed (``-3`` stays a number). The sidecar records the choice and how many cells were
  changed. Pass ``csv_formulas="keep"`` to write such cells raw (for pandas/R readers that never
  evaluate formulas). The XLSX always stores them as text cells, never formulas.
* **Text that cannot be UTF-8.** A non-UTF-8 file or folder name read with ``os.fsdecode``
  holds lone surrogates; CSV, XLSX and JSON spell each undecodable byte out as ``\\xNN``
  (:func:`helpers.viz.common.display_text`) instead of failing.
* **Atomic writes.** Every file is written to a temporary file in the target folder and moved
  into place with ``os.replace`` only once all files of the call are written, so a full disk
  or a read-only folder never leaves a truncated or half-updated export; the call fails with
  one :class:`ExportError` naming the folder. Other code writing exports (the report index)
  can use :func:`write_files`.

Reproducibility
---------------
Saving the same figure and table on the same corpus with the same package versions gives
byte-identical PNG, SVG, PDF, CSV, XLSX and JSON files: no timestamps are written (PNG
``Software``, PDF ``CreationDate``/``Producer`` and SVG ``Date`` metadata are left out, SVG ids
come from a fixed salt, XLSX zip entries and document properties carry no dates). Different
matplotlib, FreeType or openpyxl versions may change the pixels or the bytes, never the CSV
values; the versions used are recorded in the sidecar.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import os
import platform
import re
import sys
import tempfile
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, Literal

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from helpers.columns import ARTICLE_ID, TEXT
from helpers.paths import EXPORTS_DIR
from helpers.viz.common import PLAIN_TEXT_RC, SOURCE_NOTE_GID, display_text

#: Formats :func:`save_figure` writes, in order.
FIGURE_FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
#: Formats :func:`save_table` writes, in order.
TABLE_FORMATS: tuple[str, ...] = ("csv", "xlsx")
#: PNG resolution.
DPI = 300
#: Salt for the ids matplotlib writes into SVG files (fixed, so ids do not change between runs).
SVG_HASH_SALT = "news-notebooks"
#: Excel's limit on the characters in one cell.
EXCEL_CELL_LIMIT = 32_767
#: A text cell starting with one of these is a formula to a spreadsheet (OWASP, CSV injection).
CSV_FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
#: What :func:`save_table` and :func:`save_figure` do with such cells in CSV (``csv_formulas=``).
CsvFormulas = Literal["neutralise", "keep"]
#: Packages whose versions go into every sidecar.
RECORDED_PACKAGES: tuple[str, ...] = ("news-notebooks", "matplotlib", "numpy", "pandas", "openpyxl")

# Metadata that would otherwise carry the date or the matplotlib version of the run.
_PNG_METADATA: dict[str, Any] = {"Software": None}
_SVG_METADATA: dict[str, Any] = {"Date": None, "Creator": None}
_PDF_METADATA: dict[str, Any] = {"CreationDate": None, "Creator": None, "Producer": None}
_SAVE_RC: dict[str, Any] = {
    "svg.fonttype": "none",
    "svg.hashsalt": SVG_HASH_SALT,
    "pdf.fonttype": 42,
    "ps.fonttype": 42,
    "pdf.compression": 6,
    **PLAIN_TEXT_RC,  # tick labels created while saving are plain text too
}
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_\-]*")
# Control characters openpyxl refuses to write.
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# A fixed date for the XLSX zip entries (the zip format's earliest).
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


class ExportError(OSError):
    """Files could not be written (full disk, read-only folder, ...); nothing was left half-written.

    ``errno`` and ``filename`` (the folder) are those of the underlying :class:`OSError`.
    """


@dataclass(frozen=True)
class Exported:
    """The files one :func:`save_figure` or :func:`save_table` call wrote."""

    name: str
    folder: Path
    files: tuple[Path, ...]

    def __repr__(self) -> str:
        suffixes = ",".join(path.suffix.lstrip(".") for path in self.files)
        return f"Saved {self.name}.{{{suffixes}}} in {display_text(self.folder)}"

    def path(self, suffix: str) -> Path:
        """Return the file written with *suffix* (``"png"``, ``"csv"``, ...)."""
        for file in self.files:
            if file.suffix == f".{suffix.lstrip('.')}":
                return file
        raise KeyError(f"{self.name}: no .{suffix} file was written")


def save_figure(
    fig: Figure,
    name: str,
    *,
    data: pd.DataFrame | pd.Series | None = None,
    folder: str | os.PathLike[str] | None = None,
    parameters: Mapping[str, Any] | None = None,
    corpus: Any = None,
    csv_formulas: CsvFormulas = "neutralise",
) -> Exported:
    """Write *fig* as PNG, SVG and PDF, *data* as CSV, and a JSON sidecar.

    Parameters
    ----------
    fig
        The figure a chart function returned.
    name
        File name without extension: letters, digits, ``_`` and ``-`` (``"articles_per_day"``).
    data
        The table the chart was drawn from (written to ``<name>.csv``); pass it, so readers
        can re-draw or check the chart.
    folder
        Where to write; default ``exports/<notebook>/`` (see :func:`default_folder`).
    parameters
        Notebook parameters worth recording (terms, dates, thresholds).
    corpus
        The articles table (or the ``LoadedCorpus``) the figure was computed from; its
        fingerprint goes into the sidecar.
    csv_formulas
        ``"neutralise"`` (default): text cells starting with ``=``, ``+``, ``-``, ``@``, tab or
        carriage return get a leading ``'`` in the CSV; ``"keep"``: written raw (module notes).

    Returns
    -------
    Exported
        The files written.

    Raises
    ------
    ExportError
        When the folder cannot be written; no file of this call is left behind.
    """
    target = _prepare_folder(folder, name)
    contents: dict[Path, bytes] = {}
    with mpl.rc_context(_SAVE_RC):
        for fmt, metadata_fields in (
            ("png", _PNG_METADATA),
            ("svg", _SVG_METADATA),
            ("pdf", _PDF_METADATA),
        ):
            buffer = io.BytesIO()
            fig.savefig(
                buffer,
                format=fmt,
                dpi=DPI,
                bbox_inches="tight",
                pad_inches=0.15,
                facecolor="white",
                metadata=metadata_fields,
            )
            contents[target / f"{name}.{fmt}"] = buffer.getvalue()
    data_info = None
    if data is not None:
        frame = _as_frame(data)
        csv, changed = _csv_bytes(frame, csv_formulas)
        contents[target / f"{name}.csv"] = csv
        data_info = {**_table_info(frame), **_formula_info(csv_formulas, changed)}
    sidecar = {
        "name": name,
        "kind": "figure",
        "title": _figure_title(fig),
        "source_note": _source_note(fig),
        "data": data_info,
        **_provenance(parameters, corpus),
        "files": _file_hashes(contents),
    }
    contents[target / f"{name}.json"] = _json_bytes(sidecar)
    return Exported(name, target, write_files(contents))


def save_table(
    df: pd.DataFrame | pd.Series,
    name: str,
    *,
    folder: str | os.PathLike[str] | None = None,
    parameters: Mapping[str, Any] | None = None,
    corpus: Any = None,
    csv_formulas: CsvFormulas = "neutralise",
) -> Exported:
    """Write *df* as ``<name>.csv`` and ``<name>.xlsx``, with a JSON sidecar.

    The index is written when it carries information (a named or non-default index), as in
    :func:`table_csv_bytes`. *folder*, *parameters*, *corpus* and *csv_formulas* are as for
    :func:`save_figure`.

    Returns
    -------
    Exported
        The files written.

    Raises
    ------
    ExportError
        When the folder cannot be written; no file of this call is left behind.
    """
    target = _prepare_folder(folder, name)
    frame = _as_frame(df)
    csv, changed = _csv_bytes(frame, csv_formulas)
    contents = {
        target / f"{name}.csv": csv,
        target / f"{name}.xlsx": table_xlsx_bytes(frame, sheet=name),
    }
    sidecar = {
        "name": name,
        "kind": "table",
        "data": {**_table_info(frame), **_formula_info(csv_formulas, changed)},
        **_provenance(parameters, corpus),
        "files": _file_hashes(contents),
    }
    contents[target / f"{name}.json"] = _json_bytes(sidecar)
    return Exported(name, target, write_files(contents))


def write_files(contents: Mapping[Path, bytes]) -> tuple[Path, ...]:
    """Write every ``path: bytes`` pair atomically; return the paths.

    Each file goes to a temporary file in its own folder first; only when all are written (and
    flushed to disk) are they moved into place with ``os.replace``. On any failure the temporary
    files are removed, existing files are left as they were, and one :class:`ExportError` names
    the folder and the reason.
    """
    staged: list[tuple[str, Path]] = []
    current: Path | None = None
    try:
        for path, content in contents.items():
            current = path
            staged.append((_write_temporary(path, content), path))
        for temporary, path in staged:
            current = path
            os.replace(temporary, path)
    except OSError as error:
        for temporary, _path in staged:
            _remove_quietly(temporary)
        assert current is not None
        raise _export_error(error, current.parent) from None
    return tuple(contents)


def default_folder() -> Path:
    """Return ``exports/<notebook stem>/`` for the running notebook or script.

    The notebook is found from ``JPY_SESSION_NAME`` (set by Jupyter for a notebook's kernel),
    else the running script's name; ``exports/session/`` if neither is known.
    """
    session = os.environ.get("JPY_SESSION_NAME", "")
    main_file = getattr(sys.modules.get("__main__"), "__file__", "") or ""
    for candidate in (session, main_file):
        stem = Path(candidate).stem
        if candidate.endswith((".ipynb", ".py")) and _NAME.fullmatch(stem):
            return EXPORTS_DIR / stem
    return EXPORTS_DIR / "session"


def corpus_fingerprint(articles: pd.DataFrame) -> str:
    """Return a SHA-256 hex digest over every ``article_id`` and the SHA-256 of its ``text``.

    Independent of row order and of where the corpus folder lives; changes when an article is
    added, removed, renamed or edited.
    """
    missing = [column for column in (ARTICLE_ID, TEXT) if column not in articles.columns]
    if missing:
        raise ValueError(
            f"corpus_fingerprint needs the articles table (columns {ARTICLE_ID!r} and {TEXT!r}); "
            f"missing {missing}. Pass load_corpus(...).articles."
        )
    from helpers.engine import is_dask

    if is_dask(articles):
        return _dask_corpus(articles)[1]
    return hashlib.sha256("".join(sorted(_fingerprint_lines(articles))).encode("utf-8")).hexdigest()


def _fingerprint_lines(articles: pd.DataFrame) -> list[str]:
    return [
        f"{article_id}\t{hashlib.sha256(str(text).encode('utf-8')).hexdigest()}\n"
        for article_id, text in zip(articles[ARTICLE_ID], articles[TEXT], strict=True)
    ]


#: (articles, fingerprint) of Dask articles tables already seen, by the table's Dask token.
_DASK_CORPORA: dict[str, tuple[int, str]] = {}


def _dask_corpus(articles: Any) -> tuple[int, str]:
    """Number of articles and :func:`corpus_fingerprint` of a Dask table, computed once per
    table (the lines are made partition by partition)."""
    import dask

    key = dask.base.tokenize(articles)
    if key not in _DASK_CORPORA:
        parts = [
            dask.delayed(_fingerprint_lines)(part)
            for part in articles[[ARTICLE_ID, TEXT]].to_delayed()
        ]
        lines = sorted(line for part in dask.compute(*parts) for line in part)
        digest = hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()
        _DASK_CORPORA[key] = (len(lines), digest)
    return _DASK_CORPORA[key]


def table_csv_bytes(df: pd.DataFrame, *, csv_formulas: CsvFormulas = "neutralise") -> bytes:
    """Return *df* as UTF-8 CSV bytes (``\\n`` line ends, ISO dates, full float precision).

    A default ``RangeIndex`` is left out; any other index is written as the first column(s).
    Formula cells are neutralised unless ``csv_formulas="keep"`` (see :func:`neutralise_formulas`);
    undecodable file-name bytes are spelled out as ``\\xNN``.
    """
    return _csv_bytes(df, csv_formulas)[0]


def neutralise_formulas(df: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Return a copy of *df* whose formula-like text gets a leading ``'``, and how many changed.

    A text cell, column name or index label starting with one of :data:`CSV_FORMULA_STARTS`
    (``=``, ``+``, ``-``, ``@``, tab, carriage return) is what OWASP's CSV-injection guidance
    calls a formula cell; prefixing a single quote makes spreadsheets show it as text. Numbers,
    dates and missing values are left alone.
    """
    frame = df.copy()
    changed = 0
    for position in range(frame.shape[1]):
        column = frame.iloc[:, position]
        if column.dtype.kind not in "OUS" and not isinstance(
            column.dtype, pd.StringDtype | pd.CategoricalDtype
        ):
            continue
        values = column.astype(object)
        formula = values.map(_is_formula).astype(bool)
        if formula.any():
            changed += int(formula.sum())
            frame.isetitem(position, values.where(~formula, "'" + values[formula].astype(str)))
    frame.columns, in_header = _neutral_labels(frame.columns)
    frame.index, in_index = _neutral_labels(frame.index)
    return frame, changed + in_header + in_index


def table_xlsx_bytes(df: pd.DataFrame, *, sheet: str = "table") -> bytes:
    """Return *df* as the bytes of an XLSX workbook with no timestamps inside.

    Header bold and frozen; strings starting with ``=`` stay text; cells longer than Excel's
    32,767-character limit are cut (ending in ``…``); time zones are dropped from dates (shown
    in UTC) and control characters Excel refuses are removed.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    frame = df.reset_index() if not _default_index(df) else df
    # Write-only mode streams the rows out instead of keeping a cell object per value; the
    # column widths are therefore found before any row is written.
    workbook = Workbook(write_only=True)
    worksheet = workbook.create_sheet(_sheet_title(sheet))
    columns = [_excel_values(frame[column]) for column in frame.columns]
    widths = [len(str(column)) for column in frame.columns]
    for number, values in enumerate(columns):
        longest = max((len(v) for v in values if isinstance(v, str)), default=0)
        if any(isinstance(v, pd.Timestamp) for v in values):
            longest = max(longest, 19)
        widths[number] = max(widths[number], longest)
    for column_number, width in enumerate(widths, start=1):
        worksheet.column_dimensions[get_column_letter(column_number)].width = min(width + 2, 60)
    worksheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in frame.columns:
        cell = _text_cell(WriteOnlyCell(worksheet), str(column))
        cell.font = bold
        header.append(cell)
    worksheet.append(header)
    for row in zip(*columns, strict=True):
        worksheet.append([_xlsx_value(worksheet, value) for value in row])
    workbook.properties.creator = "news-notebooks"
    from openpyxl.writer.excel import ExcelWriter

    buffer = io.BytesIO()
    # stored, not deflated: _deterministic_zip compresses every entry once, when it re-packs
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
        ExcelWriter(workbook, archive).save()
    return _deterministic_zip(buffer.getvalue())


# --------------------------------------------------------------------------------------------------
# Internals
# --------------------------------------------------------------------------------------------------


def _prepare_folder(folder: str | os.PathLike[str] | None, name: str) -> Path:
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise ValueError(
            f"Export name {name!r} is not usable as a file name: use letters, digits, '_' and '-' "
            "only, without an extension (for example 'articles_per_day')."
        )
    target = Path(folder) if folder is not None else default_folder()
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _export_error(error, target) from None
    return target


def _write_temporary(path: Path, content: bytes) -> str:
    """Write *content* to a new temporary file next to *path*; return its name."""
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
    )
    try:
        view = memoryview(content)
        while view:
            view = view[os.write(descriptor, view) :]
        os.fsync(descriptor)
    except OSError:
        os.close(descriptor)
        _remove_quietly(temporary)
        raise
    os.close(descriptor)
    return temporary


def _remove_quietly(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _export_error(error: OSError, folder: Path) -> ExportError:
    reason = error.strerror or str(error)
    hint = {
        errno.ENOSPC: "free some disk space",
        errno.EDQUOT: "free some disk space",
        errno.EACCES: "make the folder writable",
        errno.EPERM: "make the folder writable",
        errno.EROFS: "the file system is read-only",
    }.get(error.errno or 0, "check the folder")
    message = (
        f"Could not write exports to {display_text(folder)}: {reason}. Nothing was written; "
        f"{hint}, or pass folder= (EXPORT_DIR) to write somewhere else."
    )
    return ExportError(error.errno or 0, message, display_text(folder))


def _csv_bytes(df: pd.DataFrame, csv_formulas: CsvFormulas) -> tuple[bytes, int]:
    if csv_formulas not in ("neutralise", "keep"):
        raise ValueError(f"csv_formulas must be 'neutralise' or 'keep', not {csv_formulas!r}.")
    changed = 0
    if csv_formulas == "neutralise":
        df, changed = neutralise_formulas(df)
    # Written with CRLF so that the csv module quotes every field holding a CR or LF (with "\n"
    # it leaves a lone CR unquoted, and readers split the row there); then the record ends
    # outside quotes, the even-numbered pieces between '"'s, become "\n".
    text = df.to_csv(index=not _default_index(df), lineterminator="\r\n")
    pieces = text.split('"')
    pieces[::2] = [piece.replace("\r\n", "\n") for piece in pieces[::2]]
    return display_text('"'.join(pieces)).encode("utf-8"), changed


def _is_formula(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(CSV_FORMULA_STARTS)


def _neutral_label(label: Any) -> tuple[Any, int]:
    if isinstance(label, tuple):
        parts = [_neutral_label(part) for part in label]
        return tuple(part for part, _ in parts), sum(n for _, n in parts)
    if _is_formula(label):
        return "'" + label, 1
    return label, 0


def _neutral_labels(index: pd.Index) -> tuple[pd.Index, int]:
    if not any(_neutral_label(label)[1] for label in index):
        return index, 0
    labels = [_neutral_label(label) for label in index]
    values = [label for label, _ in labels]
    names = index.names
    if isinstance(index, pd.MultiIndex):
        return pd.MultiIndex.from_tuples(values, names=names), sum(n for _, n in labels)
    return pd.Index(values, name=index.name, dtype=object), sum(n for _, n in labels)


def _formula_info(csv_formulas: CsvFormulas, changed: int) -> dict[str, Any]:
    return {"csv_formulas": csv_formulas, "csv_cells_neutralised": changed}


def _as_frame(data: pd.DataFrame | pd.Series) -> pd.DataFrame:
    if isinstance(data, pd.Series):
        return data.to_frame()
    if isinstance(data, pd.DataFrame):
        return data
    raise TypeError(f"Expected a pandas DataFrame or Series, got {type(data).__name__}.")


def _default_index(df: pd.DataFrame) -> bool:
    index = df.index
    return (
        isinstance(index, pd.RangeIndex)
        and index.name is None
        and index.start == 0
        and index.step == 1
    )


def _table_info(df: pd.DataFrame) -> dict[str, Any]:
    return {
        "rows": len(df),
        "columns": [str(column) for column in df.columns],
        "index": None if _default_index(df) else [str(n) for n in df.index.names],
    }


def _provenance(parameters: Mapping[str, Any] | None, corpus: Any) -> dict[str, Any]:
    articles = getattr(corpus, "articles", corpus)
    corpus_info = None
    if articles is not None:
        from helpers.engine import is_dask

        if is_dask(articles):
            n, fingerprint = _dask_corpus(articles)
        elif isinstance(articles, pd.DataFrame):
            n, fingerprint = len(articles), corpus_fingerprint(articles)
        else:
            raise TypeError(
                "corpus= takes the articles table or the LoadedCorpus from load_corpus(), "
                f"not {type(corpus).__name__}."
            )
        corpus_info = {"articles": n, "fingerprint": fingerprint}
    return {
        "parameters": _json_safe(dict(parameters)) if parameters else {},
        "corpus": corpus_info,
        "versions": package_versions(),
    }


def package_versions() -> dict[str, str]:
    """Return the Python version and the versions of :data:`RECORDED_PACKAGES`."""
    versions = {"python": platform.python_version()}
    for package in RECORDED_PACKAGES:
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = "not installed"
    return versions


def _json_safe(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {display_text(key): _json_safe(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        items = [_json_safe(item) for item in value]
        return sorted(items, key=repr) if isinstance(value, set | frozenset) else items
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, str):
        return display_text(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    return display_text(value)


def _json_bytes(content: Mapping[str, Any]) -> bytes:
    text = json.dumps(
        _json_safe(content), indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False
    )
    return (text + "\n").encode("utf-8")


def _file_hashes(contents: Mapping[Path, bytes]) -> dict[str, dict[str, str]]:
    return {
        path.suffix.lstrip("."): {"file": path.name, "sha256": hashlib.sha256(data).hexdigest()}
        for path, data in contents.items()
    }


def _figure_title(fig: Figure) -> str:
    titles = []
    for axes in fig.get_axes():
        for loc in ("left", "center", "right"):
            title = axes.get_title(loc=loc)
            if title:
                titles.append(title)
    suptitle = getattr(fig, "_suptitle", None)
    if suptitle is not None and suptitle.get_text():
        titles.insert(0, suptitle.get_text())
    return " | ".join(titles)


def _source_note(fig: Figure) -> str:
    return "\n".join(text.get_text() for text in fig.texts if text.get_gid() == SOURCE_NOTE_GID)


def _excel_values(column: pd.Series) -> list[Any]:
    if isinstance(column.dtype, pd.DatetimeTZDtype):
        column = column.dt.tz_convert("UTC").dt.tz_localize(None)
    values = []
    for value in column.astype(object):
        if value is None or (not isinstance(value, str | bytes) and _is_missing(value)):
            values.append(None)
        elif isinstance(value, pd.Timestamp):
            values.append(value.tz_convert("UTC").tz_localize(None) if value.tzinfo else value)
        elif isinstance(value, np.generic):
            values.append(value.item())
        elif isinstance(value, bool | int | float | str):
            values.append(value)
        else:
            values.append(str(value))
    return values


def _is_missing(value: Any) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _xlsx_text(value: str) -> str:
    text = _ILLEGAL_XLSX.sub("", display_text(value))
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - 1] + "…"
    return text


def _text_cell(cell: Any, value: str) -> Any:
    cell.value = _xlsx_text(value)
    cell.data_type = "s"  # never a formula, even when the text starts with '='
    return cell


def _xlsx_value(worksheet: Any, value: Any) -> Any:
    """*value* as the write-only sheet takes it: plain where openpyxl keeps it as it is, a cell
    where it would read a formula or an error code, or where a date needs its format."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES

    if isinstance(value, str):
        text = _xlsx_text(value)
        if not text.startswith("=") and text not in ERROR_CODES:
            return text
        cell = WriteOnlyCell(worksheet, value=text)
        cell.data_type = "s"  # never a formula, even when the text starts with '='
        return cell
    if isinstance(value, pd.Timestamp):
        cell = WriteOnlyCell(worksheet, value=value)
        cell.number_format = "yyyy-mm-dd hh:mm:ss"
        return cell
    return value


def _sheet_title(name: str) -> str:
    title = re.sub(r"[\[\]:*?/\\]", "_", name)[:31]
    return title or "table"


def _deterministic_zip(content: bytes) -> bytes:
    """Re-pack an XLSX with fixed entry dates and without the document's timestamps."""
    source = zipfile.ZipFile(io.BytesIO(content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            data = source.read(entry.filename)
            if entry.filename == "docProps/core.xml":
                data = re.sub(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>", b"", data)
            info = zipfile.ZipInfo(entry.filename, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, data)
    return buffer.getvalue()
