"""Run every notebook headlessly on a corpus: the engine behind ``make report``.

``python -m helpers.report --corpus corpus --out exports`` (``make report CORPUS=my_articles``)
executes each notebook in ``notebooks/`` in order, with its ``parameters`` cell set
(``CORPUS_DIR`` = the corpus, ``EXPORT_DIR`` = ``<out>/<notebook>/``), printing one line per
notebook with the seconds it took. It writes:

* ``<out>/<notebook>/``: the figures (PNG, SVG, PDF + CSV data + JSON sidecar) and tables
  (CSV, XLSX + JSON sidecar) the notebook saved with :mod:`helpers.export`; files left there by an
  earlier run are removed first, so the folder shows this run only;
* ``<out>/notebooks/<notebook>.ipynb`` and ``.html``: the executed notebook, with every output;
* ``<out>/index.html``: one page linking every figure (with a thumbnail) and table, per notebook.

If a notebook fails, the run goes on with the next one, then names every failed notebook, the
cell and the error, and exits with status 1 (the executed copy, up to the error, is still
written). Text placed in HTML pages is escaped, so article text cannot inject markup or scripts.

Re-using a report
-----------------
Send ``<out>/`` as a folder (or zip it): ``index.html`` opens in any browser without a server, and
every link is relative. Each figure's ``.json`` sidecar records the corpus fingerprint and the
parameters, so a reader can check that two reports were made from the same articles. To re-run
one notebook only: ``python -m helpers.report --corpus my_articles --only 02_term_frequency``.

Student copies
--------------
``python -m helpers.report --student-copies student`` (``make student-copies``) writes every
notebook without the cells tagged ``solution`` and without outputs into ``student/``, ready to
hand out. The copies sit next to ``notebooks/``, so their relative paths (``../corpus``) still
work.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from helpers.export import FIGURE_FORMATS, TABLE_FORMATS
from helpers.paths import CORPUS_DIR, EXPORTS_DIR, NOTEBOOKS_DIR

#: Tag marking exercise solutions; such cells are left out of student copies.
SOLUTION_TAG = "solution"
#: Tag of the cell :func:`run_notebook` adds for its *prelude* (not counted in cell numbers).
PRELUDE_TAG = "report-prelude"
#: Sub-folder of the output folder holding the executed notebooks and their HTML.
EXECUTED_FOLDER = "notebooks"
#: Name of the page linking every export.
INDEX_NAME = "index.html"
#: File types a notebook's export folder holds (removed before the notebook runs again).
EXPORT_SUFFIXES: tuple[str, ...] = tuple(
    f".{fmt}" for fmt in (*FIGURE_FORMATS, *TABLE_FORMATS, "json")
)


@dataclass
class NotebookRun:
    """What happened to one notebook in a report run."""

    notebook: Path
    executed: Path
    html: Path | None
    seconds: float
    error: str = ""
    exports: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the notebook ran without error."""
        return not self.error


def notebook_paths(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """Return the bundle's notebooks in reading order (``00_…``, ``01_…``)."""
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


def run_notebook(
    notebook: Path,
    *,
    corpus: Path,
    out: Path,
    timeout: int = 1800,
    prelude: str | None = None,
) -> Path:
    """Execute *notebook* with ``CORPUS_DIR`` and ``EXPORT_DIR`` set; return the executed copy's path.

    *prelude* is Python code run in a first, added cell (the test suite uses it to forbid
    downloads). Raises papermill's ``PapermillExecutionError`` when a cell fails; the executed
    copy is written either way.
    """
    import nbformat
    import papermill

    executed_dir = out / EXECUTED_FOLDER
    executed_dir.mkdir(parents=True, exist_ok=True)
    target = executed_dir / notebook.name
    source = nbformat.read(notebook, as_version=4)
    if prelude:
        first = nbformat.v4.new_code_cell(prelude)
        first.metadata["tags"] = [PRELUDE_TAG]
        source.cells.insert(0, first)
    papermill.execute_notebook(
        source,
        str(target),
        parameters={
            "CORPUS_DIR": str(corpus.resolve()),
            "EXPORT_DIR": str((out / notebook.stem).resolve()),
        },
        cwd=str(notebook.parent),
        kernel_name="python3",
        progress_bar=False,
        execution_timeout=timeout,
        # keep the kernel's start-up warnings (TCP transport notice) out of the progress lines
        extra_arguments=["--IPKernelApp.log_level=ERROR"],
    )
    return target


def notebook_html(executed: Path) -> Path:
    """Write ``<executed>.html`` next to the executed notebook and return its path.

    Plain-text outputs are escaped by nbconvert; HTML outputs are written as the notebook made
    them (pandas escapes cell values in its HTML tables by default).
    """
    import nbformat
    from nbconvert import HTMLExporter

    notebook = nbformat.read(executed, as_version=4)
    body, _ = HTMLExporter(template_name="lab").from_notebook_node(
        notebook, resources={"metadata": {"name": executed.stem}}
    )
    target = executed.with_suffix(".html")
    target.write_text(body, encoding="utf-8")
    return target


def clear_exports(folder: Path) -> list[Path]:
    """Remove the export files (:data:`EXPORT_SUFFIXES`) directly inside *folder*; return them.

    Other files and sub-folders are left alone.
    """
    removed = []
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.is_file() and path.suffix in EXPORT_SUFFIXES:
                path.unlink()
                removed.append(path)
    return removed


def run_report(
    corpus: Path,
    out: Path,
    *,
    notebooks: Iterable[Path] | None = None,
    timeout: int = 1800,
    prelude: str | None = None,
    echo: Callable[[str], None] | None = None,
) -> list[NotebookRun]:
    """Run *notebooks* (default: all) on *corpus*, write their HTML and ``<out>/index.html``.

    Returns one :class:`NotebookRun` per notebook; failures are recorded, not raised.
    *echo* receives the progress lines (default: print them).
    """
    on_console = echo is None
    selected = list(notebook_paths() if notebooks is None else notebooks)
    out.mkdir(parents=True, exist_ok=True)
    runs = []
    for number, notebook in enumerate(selected, start=1):
        clear_exports(out / notebook.stem)
        prefix = f"[{number}/{len(selected)}] {notebook.name}:"
        if on_console:  # the line is finished when the notebook is done
            print(f"{prefix} running ...", end="\r", flush=True)
        started = time.perf_counter()
        error = ""
        executed = out / EXECUTED_FOLDER / notebook.name
        try:
            run_notebook(notebook, corpus=corpus, out=out, timeout=timeout, prelude=prelude)
        except Exception as exc:  # any failure is reported per notebook, the run goes on
            error = describe_failure(exc, executed)
        html_path = None
        if executed.exists():
            try:
                html_path = notebook_html(executed)
            except Exception as exc:  # a broken executed copy must not hide the real error
                error = error or f"HTML conversion failed: {type(exc).__name__}: {exc}"
        seconds = time.perf_counter() - started
        exports = sorted(p for p in (out / notebook.stem).glob("*") if p.is_file())
        run = NotebookRun(notebook, executed, html_path, seconds, error, exports)
        runs.append(run)
        status = "ok" if run.ok else "FAILED"
        line = (
            f"{prefix} {status} in {seconds:.1f} s, "
            f"{_count(exports, 'png', 'figure')}, {_count(exports, 'xlsx', 'table')}"
        )
        if on_console:
            print(line.ljust(len(prefix) + 12), flush=True)
        else:
            echo(line)
    write_index(out, corpus=corpus)
    return runs


def describe_failure(exc: BaseException, executed: Path) -> str:
    """One line naming the failing cell (as numbered in the notebook file) and the error."""
    error = (
        f"{exc.ename}: {exc.evalue}"
        if hasattr(exc, "ename")
        else f"{type(exc).__name__}: {exc}".strip()
    )
    cell = _failing_cell(executed)
    return f"{cell}: {error}" if cell else error


def _failing_cell(executed: Path) -> str:
    """``cell 7 (`fig = plot_x(table)`)`` for the first cell with an error output, or ""."""
    import nbformat

    try:
        notebook = nbformat.read(executed, as_version=4)
    except (OSError, ValueError):
        return ""
    added = {PRELUDE_TAG, "injected-parameters", "papermill-error-cell-tag"}
    cells = [cell for cell in notebook.cells if not added & set(cell.metadata.get("tags", []))]
    for number, cell in enumerate(cells, start=1):
        if any(output.get("output_type") == "error" for output in cell.get("outputs", [])):
            lines = [line for line in cell.source.splitlines() if line.strip()]
            first = lines[0].strip()[:80] if lines else ""
            return f"cell {number} (`{first}`)"
    return ""


def write_index(out: Path, *, corpus: Path | None = None) -> Path:
    """Write ``<out>/index.html`` linking every figure and table under *out*, per notebook."""
    groups = sorted(
        {p.name for p in out.iterdir() if p.is_dir() and p.name != EXECUTED_FOLDER}
        | {p.stem for p in (out / EXECUTED_FOLDER).glob("*.ipynb")}
    )
    sections = [_index_section(out, group) for group in groups]
    navigation = "".join(f"<li><a href={_href('#' + g)}>{_text(g)}</a></li>" for g in groups)
    corpus_line = (
        f"<p>Corpus: <code>{_text(corpus.resolve())}</code></p>\n" if corpus is not None else ""
    )
    page = (
        "<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>\n"
        "<title>News notebooks: report</title>\n"
        f"<style>{_INDEX_CSS}</style>\n</head>\n<body>\n<h1>News notebooks: report</h1>\n"
        f"{corpus_line}"
        "<p>Figures come as PNG (documents, web), SVG (editable text) and PDF (print), with the "
        "plotted data as CSV and a JSON note of parameters, corpus fingerprint and versions. "
        "Tables come as CSV and XLSX.</p>\n"
        f"<nav><ul>{navigation}</ul></nav>\n"
        f"{''.join(sections)}</body>\n</html>\n"
    )
    target = out / INDEX_NAME
    target.write_text(page, encoding="utf-8")
    return target


def write_student_copies(
    target: Path, *, notebooks: Iterable[Path] | None = None, tag: str = SOLUTION_TAG
) -> list[Path]:
    """Write each notebook without its *tag*-ged cells and without outputs into *target*.

    Returns the paths written.
    """
    import nbformat

    target.mkdir(parents=True, exist_ok=True)
    written = []
    for notebook in notebook_paths() if notebooks is None else notebooks:
        content = nbformat.read(notebook, as_version=4)
        content.cells = [
            cell for cell in content.cells if tag not in cell.get("metadata", {}).get("tags", [])
        ]
        for cell in content.cells:
            if cell.cell_type == "code":
                cell.outputs = []
                cell.execution_count = None
        path = target / notebook.name
        nbformat.write(content, path)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="folder of articles")
    parser.add_argument("--out", type=Path, default=EXPORTS_DIR, help="output folder")
    parser.add_argument(
        "--only", action="append", default=[], metavar="STEM", help="run only this notebook"
    )
    parser.add_argument(
        "--notebooks-dir", type=Path, default=NOTEBOOKS_DIR, help="where the notebooks are"
    )
    parser.add_argument("--timeout", type=int, default=1800, help="seconds allowed per cell")
    parser.add_argument(
        "--student-copies",
        type=Path,
        metavar="FOLDER",
        help="write the notebooks without solution cells to FOLDER, run nothing",
    )
    args = parser.parse_args(argv)
    notebooks = notebook_paths(args.notebooks_dir)
    if args.only:
        wanted = {Path(name).stem for name in args.only}
        unknown = wanted - {p.stem for p in notebooks}
        if unknown:
            print(f"No notebook named {sorted(unknown)} in {args.notebooks_dir}", file=sys.stderr)
            return 2
        notebooks = [p for p in notebooks if p.stem in wanted]
    if args.student_copies is not None:
        written = write_student_copies(args.student_copies, notebooks=notebooks)
        print(
            f"Wrote {len(written)} student notebooks (no '{SOLUTION_TAG}' cells) to "
            f"{args.student_copies}/"
        )
        return 0
    if not args.corpus.exists():
        print(
            f"Corpus folder {args.corpus} not found: pass CORPUS=path/to/articles", file=sys.stderr
        )
        return 2
    print(
        f"Running {_plural(len(notebooks), 'notebook')} on {args.corpus} -> {args.out}/", flush=True
    )
    runs = run_report(args.corpus, args.out, notebooks=notebooks, timeout=args.timeout)
    failed = [run for run in runs if not run.ok]
    for run in failed:
        print(f"FAILED: {run.notebook.name}, {run.error}", file=sys.stderr)
        print(f"        see {run.html or run.executed}", file=sys.stderr)
    index = args.out / INDEX_NAME
    if failed:
        print(
            f"{len(failed)} of {len(runs)} notebooks failed; partial report in {index}",
            file=sys.stderr,
        )
        return 1
    print(
        f"Done: {_plural(len(runs), 'notebook')} in {sum(r.seconds for r in runs):.0f} s; open {index}"
    )
    return 0


# --------------------------------------------------------------------------------------------------
# Index page
# --------------------------------------------------------------------------------------------------

_INDEX_CSS = """
body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#222}
h2{border-bottom:1px solid #ddd;padding-bottom:.3rem;margin-top:2.5rem}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));gap:1rem}
figure{margin:0;border:1px solid #e5e5e5;padding:.5rem;border-radius:4px}
figure img{width:100%;height:auto}
figcaption{font-size:.9rem}
table{border-collapse:collapse}td,th{padding:.25rem .75rem;border-bottom:1px solid #eee;text-align:left}
.files a{margin-right:.6rem}.muted{color:#666;font-size:.85rem}
""".strip()


def _text(value: object) -> str:
    return html.escape(str(value), quote=True)


def _href(relative: str) -> str:
    return f'"{html.escape(quote(relative, safe="/#"), quote=True)}"'


def _links(out: Path, paths: list[Path]) -> str:
    return "".join(
        f"<a href={_href(p.relative_to(out).as_posix())}>{_text(p.suffix.lstrip('.').upper())}</a>"
        for p in paths
    )


def _sidecar(path: Path) -> dict:
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return content if isinstance(content, dict) else {}


def _index_section(out: Path, group: str) -> str:
    folder = out / group
    files = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
    items: dict[Path, list[Path]] = {}
    for path in files:
        items.setdefault(path.with_suffix(""), []).append(path)
    figures, tables, others = [], [], []
    for stem, paths in sorted(items.items()):
        suffixes = {p.suffix for p in paths}
        note = _sidecar(stem.with_suffix(".json")) if ".json" in suffixes else {}
        label = stem.relative_to(folder).as_posix()
        if suffixes & {f".{fmt}" for fmt in FIGURE_FORMATS}:
            png = stem.with_suffix(".png")
            thumbnail = (
                f"<a href={_href(png.relative_to(out).as_posix())}><img src="
                f'{_href(png.relative_to(out).as_posix())} alt="{_text(note.get("title") or label)}"'
                " loading='lazy'></a>"
                if ".png" in suffixes
                else ""
            )
            title = note.get("title") or label
            figures.append(
                f"<figure>{thumbnail}<figcaption><strong>{_text(title)}</strong> "
                f"<span class='muted'>{_text(label)}</span><br><span class='files'>"
                f"{_links(out, paths)}</span></figcaption></figure>\n"
            )
        elif suffixes & {".csv", ".xlsx"}:
            data = note.get("data") if isinstance(note.get("data"), dict) else {}
            shape = (
                f"{data.get('rows')} rows × {len(data.get('columns') or [])} columns"
                if data
                else ""
            )
            tables.append(
                f"<tr><td>{_text(label)}</td><td>{_text(shape)}</td>"
                f"<td class='files'>{_links(out, paths)}</td></tr>\n"
            )
        else:
            others.append(f"<li>{_links(out, paths)} {_text(label)}</li>\n")
    executed = [
        p
        for p in (out / EXECUTED_FOLDER / f"{group}.html", out / EXECUTED_FOLDER / f"{group}.ipynb")
        if p.exists()
    ]
    parts = [f"<section id={_href(group)}>\n<h2>{_text(group)}</h2>\n"]
    if executed:
        parts.append(
            f"<p>Executed notebook: <span class='files'>{_links(out, executed)}</span></p>\n"
        )
    if figures:
        parts.append(f"<h3>Figures</h3>\n<div class='grid'>\n{''.join(figures)}</div>\n")
    if tables:
        parts.append(
            "<h3>Tables</h3>\n<table><tr><th>table</th><th>size</th><th>files</th></tr>\n"
            f"{''.join(tables)}</table>\n"
        )
    if others:
        parts.append(f"<h3>Other files</h3>\n<ul>{''.join(others)}</ul>\n")
    if not (figures or tables or others):
        parts.append("<p class='muted'>No figures or tables saved.</p>\n")
    parts.append("</section>\n")
    return "".join(parts)


def _count(paths: list[Path], suffix: str, noun: str) -> str:
    return _plural(sum(1 for p in paths if p.suffix == f".{suffix}"), noun)


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


if __name__ == "__main__":
    raise SystemExit(main())
