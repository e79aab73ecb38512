"""Run every notebook headlessly on a corpus: the engine behind ``make report``.

``make report CORPUS=my_articles TERMS="Merkel,Macron" PERIOD=auto`` (or ``python -m
helpers.report --corpus my_articles --set TERMS=Merkel,Macron``) does, in order:

1. **Parameters** (:mod:`helpers.params`): reads ``PARAMS=file.toml`` or ``report.toml`` in the
   corpus folder, then the values given on the command line, and checks them all against the one
   schema. Unknown or invalid values stop the run with one message, before anything runs.
2. **The corpus, once**: loads it, fills in the parameters not given from the data
   (:mod:`helpers.report_defaults`; the bundled sample keeps the notebooks' own defaults) and
   keeps the parsed corpus in the corpus store (:mod:`helpers.corpus.store`) and writes a note
   naming the store entry to ``<out>/.cache/corpus-store.json``; every notebook reads the store
   instead of parsing the articles again (``CORPUS_CACHE`` parameter).
3. **Each notebook** in ``notebooks/`` with its parameters injected (papermill's
   ``injected-parameters`` cell), executed by :class:`WatchedClient` (nbclient) with a watchdog:

   * cells tagged ``interactive`` (the Explore sections: widgets, searchable tables) are skipped,
     as a headless report cannot use them; JupyterLab and the test suite still run them;
   * a per-cell timeout and a per-notebook time budget; a cell timing out, a dead kernel or a
     used-up budget fails that notebook *naming the cell*, and the run goes on with the next;
   * a kernel idle while its cell still counts as running (the execute reply never read) is
     detected within seconds (see :class:`WatchedClient`): the reply is recovered from the socket
     or rebuilt from the cell's outputs, and the event is printed and recorded.

   Progress: one line per notebook (with a live cell counter on a terminal), slow cells listed,
   and a summary table at the end.
4. **Writes** ``<out>/<notebook>/`` (figures as PNG/SVG/PDF + CSV data + JSON sidecar, tables as
   CSV/XLSX + JSON; the folder is emptied before its notebook runs, so it holds this run only),
   ``<out>/notebooks/<notebook>.ipynb`` and ``.html`` (the executed notebook, offline: no
   MathJax, require.js, widget or mermaid script is fetched), and ``<out>/index.html``: the corpus
   summary, the parameters used and where each came from, every figure with a caption and links
   to its data, every table, and every failed notebook with its cell and error. It lists only
   the notebooks of this run; folders left by earlier runs or deleted notebooks are not listed.

Exit status: 0 when every notebook ran, else the number of failed notebooks (64 for bad
parameters or a missing corpus: nothing ran). Kernels run with the network guard of
:mod:`helpers.offline`. Text placed in HTML pages is escaped.

Student copies
--------------
``python -m helpers.report --student-copies student`` (``make student-copies``) writes every
notebook without the cells tagged ``solution`` and without outputs into ``student/``.
"""

from __future__ import annotations

import argparse
import asyncio
import html
import json
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from helpers.export import FIGURE_FORMATS, TABLE_FORMATS
from helpers.offline import KERNEL_GUARD
from helpers.params import (
    SCHEMA,
    ParameterError,
    find_params_file,
    for_notebook,
    read_params_file,
    validate,
)
from helpers.paths import CORPUS_DIR, EXPORTS_DIR, NOTEBOOKS_DIR

#: Tag marking exercise solutions; such cells are left out of student copies.
SOLUTION_TAG = "solution"
#: Tag of cells that need a person at a browser (widgets, searchable tables): skipped headless.
INTERACTIVE_TAG = "interactive"
#: Tag of the cell :func:`run_notebook` adds first (the network guard and any *prelude*).
PRELUDE_TAG = "report-prelude"
#: Sub-folder of the output folder holding the executed notebooks and their HTML.
EXECUTED_FOLDER = "notebooks"
#: Sub-folder of the output folder holding the parsed corpus shared by the notebooks of a run.
CACHE_FOLDER = ".cache"
#: Name of the page linking every export.
INDEX_NAME = "index.html"
#: Seconds one cell may run (``--timeout``).
CELL_TIMEOUT = 1800
#: Seconds one notebook may run in all (``--budget``).
NOTEBOOK_BUDGET = 3600
#: Cells slower than this many seconds are listed in the progress output.
SLOW_CELL = 10.0
#: Exit status for bad parameters or a missing corpus (nothing ran); otherwise the exit status is
#: the number of failed notebooks.
USAGE_ERROR = 64
#: File types a notebook's export folder holds.
EXPORT_SUFFIXES: tuple[str, ...] = tuple(
    f".{fmt}" for fmt in (*FIGURE_FORMATS, *TABLE_FORMATS, "json")
)
#: What each figure shows, for the index page (matched on the start of the export name).
FIGURE_CAPTIONS: dict[str, str] = {
    "articles_per_period_by": "Articles per period, split by outlet or agency: who covered it when.",
    "articles_per_period": "How many articles were published in each period (copies counted once).",
    "term_trend": "Share of each period's articles mentioning each term, with 95% intervals; "
    "hollow points stand for periods with too few articles to trust.",
    "chronology": "Dates the articles themselves mention, by how many articles mention them.",
    "top_terms_by_period": "The most frequent words and phrases in each period.",
    "top_terms": "The most frequent words and phrases (stopwords removed).",
    "keyness_by_period": "Words that set each period apart from the rest of the corpus.",
    "keyness": "Words over-represented in the target period against the rest (log-likelihood).",
    "dispersion": "Where in the corpus each term occurs (one mark per mention).",
    "collocations": "Words found near the query more often than chance.",
    "saturation": "Whole-article VADER scores pile up at ±1; sentence means do not.",
    "sentiment_over_time": "Mean sentence tone per period, with bootstrap intervals.",
    "sentiment_by": "Mean sentence tone by outlet or agency, with bootstrap intervals.",
    "sentiment_target": "Tone of sentences mentioning the target against all other sentences.",
    "top_speakers": "The most quoted speakers, by number of quotes.",
    "speaker_timeline": "Who was quoted in each period.",
}


@dataclass
class NotebookRun:
    """What happened to one notebook in a report run."""

    notebook: Path
    executed: Path
    html: Path | None
    seconds: float
    error: str = ""
    exports: list[Path] = field(default_factory=list)
    #: (cell number, first line, seconds) of each executed cell.
    cells: list[tuple[int, str, float]] = field(default_factory=list)
    #: Watchdog events (a recovered or rebuilt execute reply), one line each.
    incidents: list[str] = field(default_factory=list)
    skipped: int = 0

    @property
    def ok(self) -> bool:
        """True when the notebook ran without error."""
        return not self.error


def notebook_paths(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """Return the bundle's notebooks in reading order (``00_…``, ``01_…``)."""
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


# --------------------------------------------------------------------------------------------------
# Executing one notebook: nbclient with a watchdog
# --------------------------------------------------------------------------------------------------


class NotebookBudgetExceeded(TimeoutError):
    """The notebook's time budget was used up (the message names the cell)."""


def _cell_label(number: int, cell: Any) -> str:
    lines = [line.strip() for line in cell.source.splitlines() if line.strip()]
    first = lines[0][:80] if lines else ""
    return f"cell {number} (`{first}`)"


def _make_client_class() -> type:
    """:class:`WatchedClient`, built on first use so ``import helpers.report`` stays light."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    class WatchedClient(NotebookClient):  # type: ignore[misc,valid-type]
        """nbclient's executor with a watchdog on the execute reply, progress and named failures.

        nbclient waits for a cell's ``execute_reply`` on the shell socket with one long poll
        (the whole cell timeout). When that reply is never *read*, it waits the full timeout
        with an idle kernel. Here the poll is cut into :attr:`poll_interval` slices; between
        slices the watchdog

        1. reads the shell socket directly without waiting (``zmq.NOBLOCK``): a reply found there
           was delivered but its asyncio wake-up was missed; it is used, and recorded;
        2. once the kernel reported the cell finished on IOPub (``status: idle``) and no reply
           came for :attr:`idle_grace` seconds, or nothing at all came for :attr:`quiet_probe`
           seconds, sends a ``kernel_info`` request on the same shell socket. The kernel answers
           shell requests in order, so an answer arriving before the execute reply proves the
           cell is done and its reply lost: the reply is rebuilt from the cell's outputs
           (an error output makes it an error), recorded, and the notebook goes on;
        3. raises ``CellTimeoutError``/``DeadKernelError``/:class:`NotebookBudgetExceeded`
           naming the cell.
        """

        poll_interval = 2.0
        idle_grace = 5.0
        quiet_probe = 60.0

        def __init__(self, *args: Any, budget: float | None = None, **kwargs: Any) -> None:
            self.progress: Callable[[int, int, str, float | None], None] | None = kwargs.pop(
                "progress", None
            )
            super().__init__(*args, **kwargs)
            self.deadline = None if budget is None else time.monotonic() + budget
            self.budget = budget
            self.incidents: list[str] = []
            self.cell_times: list[tuple[int, str, float]] = []
            self.skipped = 0
            self._current = ""

        def _number(self, cell_index: int) -> int:
            added = {PRELUDE_TAG, "injected-parameters"}
            cells = self.nb.cells[: cell_index + 1]
            return sum(1 for c in cells if not added & set(c.metadata.get("tags", [])))

        async def async_execute_cell(self, cell: Any, cell_index: int, *args: Any, **kw: Any):
            number = self._number(cell_index)
            label = _cell_label(number, cell)
            self._current = label
            total = self._number(len(self.nb.cells) - 1)
            if cell.cell_type == "code" and self.skip_cells_with_tag in cell.metadata.get(
                "tags", []
            ):
                self.skipped += 1
                cell.outputs = [
                    nbformat.v4.new_output(
                        "stream",
                        name="stdout",
                        text="(interactive cell: not run in the headless report; "
                        "open the notebook in JupyterLab to use it)\n",
                    )
                ]
                return cell
            if self.deadline is not None and time.monotonic() > self.deadline:
                raise NotebookBudgetExceeded(
                    f"{label}: notebook time budget of {self.budget:.0f} s used up"
                )
            started = time.monotonic()
            if self.progress and cell.cell_type == "code":
                self.progress(number, total, label, None)
            try:
                result = await super().async_execute_cell(cell, cell_index, *args, **kw)
            except CellTimeoutError as exc:
                raise CellTimeoutError(f"{label}: {str(exc).splitlines()[0]}") from None
            except DeadKernelError as exc:
                raise DeadKernelError(f"{label}: {exc}") from None
            if cell.cell_type == "code" and cell.source.strip():
                seconds = time.monotonic() - started
                self.cell_times.append((number, label, seconds))
                if self.progress:
                    self.progress(number, total, label, seconds)
            return result

        def _get_timeout(self, cell: Any) -> int | None:
            timeout = super()._get_timeout(cell)
            if self.deadline is not None:
                left = max(1, int(self.deadline - time.monotonic()))
                timeout = left if timeout is None else min(timeout, left)
            return timeout

        def _read_waiting_reply(self) -> dict[str, Any] | None:
            """A message already queued on the shell socket (asyncio wake-up missed), or None."""
            import zmq

            socket = self.kc.shell_channel.socket
            shadow = zmq.Socket.shadow(socket.underlying)
            if not shadow.poll(0):
                return None
            frames = shadow.recv_multipart(zmq.NOBLOCK)
            session = self.kc.shell_channel.session
            _, message = session.feed_identities(frames)
            return session.deserialize(message)

        def _rebuilt_reply(self, msg_id: str, cell: Any) -> dict[str, Any]:
            errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
            content: dict[str, Any] = {"status": "ok", "execution_count": None}
            if errors:
                error = errors[-1]
                content = {
                    "status": "error",
                    "ename": error.get("ename", "Error"),
                    "evalue": error.get("evalue", ""),
                    "traceback": error.get("traceback", []),
                }
            return {
                "header": {"msg_type": "execute_reply"},
                "parent_header": {"msg_id": msg_id},
                "metadata": {},
                "content": content,
            }

        async def _finish(self, task_output: Any, task_alive: Any) -> None:
            try:
                await asyncio.wait_for(asyncio.shield(task_output), self.iopub_timeout)
            except Exception:  # timed out or failed: the reply is what counts
                task_output.cancel()
            task_alive.cancel()

        async def _async_poll_for_reply(
            self,
            msg_id: str,
            cell: Any,
            timeout: int | None,
            task_poll_output_msg: Any,
            task_poll_kernel_alive: Any,
        ) -> dict[str, Any]:
            from queue import Empty

            started = last_message = time.monotonic()
            deadline = None if timeout is None else started + timeout
            idle_seen_at: float | None = None
            probe_id: str | None = None
            while True:
                message = None
                try:
                    message = await self.kc.shell_channel.get_msg(timeout=self.poll_interval)
                except Empty:
                    message = self._read_waiting_reply()
                    if message is not None:
                        self.incidents.append(
                            f"{self._current}: execute reply was waiting in the shell socket "
                            "but its wake-up was missed (recovered)"
                        )
                now = time.monotonic()
                if message is not None:
                    last_message = now
                    parent = message.get("parent_header", {}).get("msg_id")
                    if parent == msg_id:
                        await self._finish(task_poll_output_msg, task_poll_kernel_alive)
                        return message
                    if probe_id is not None and parent == probe_id:
                        self.incidents.append(
                            f"{self._current}: kernel idle but the execute reply never came; "
                            "the kernel answered a later request first, so the reply was "
                            "rebuilt from the cell's outputs"
                        )
                        await self._finish(task_poll_output_msg, task_poll_kernel_alive)
                        return self._rebuilt_reply(msg_id, cell)
                    continue
                if task_poll_output_msg.done() and idle_seen_at is None:
                    idle_seen_at = now
                if deadline is not None and now > deadline:
                    task_poll_kernel_alive.cancel()
                    if self.deadline is not None and now >= self.deadline - 1:
                        raise NotebookBudgetExceeded(
                            f"{self._current}: notebook time budget of {self.budget:.0f} s used up"
                        )
                    raise CellTimeoutError(f"Cell execution timed out after {timeout} s")
                if not await self.km.is_alive():
                    task_poll_kernel_alive.cancel()
                    raise DeadKernelError("kernel died while the cell ran")
                idle_too_long = idle_seen_at is not None and now - idle_seen_at > self.idle_grace
                silent_too_long = now - last_message > self.quiet_probe
                if probe_id is None and (idle_too_long or silent_too_long):
                    probe_id = self.kc.kernel_info()
                    last_message = now

    return WatchedClient


_CLIENT_CLASS: type | None = None


def watched_client_class() -> type:
    """The :class:`WatchedClient` class (nbclient imported on first call)."""
    global _CLIENT_CLASS
    if _CLIENT_CLASS is None:
        _CLIENT_CLASS = _make_client_class()
    return _CLIENT_CLASS


@dataclass
class Execution:
    """The outcome of :func:`run_notebook`."""

    executed: Path
    error: str = ""
    cells: list[tuple[int, str, float]] = field(default_factory=list)
    incidents: list[str] = field(default_factory=list)
    skipped: int = 0


def run_notebook(
    notebook: Path,
    *,
    corpus: Path,
    out: Path,
    parameters: Mapping[str, Any] | None = None,
    timeout: int = CELL_TIMEOUT,
    budget: float | None = NOTEBOOK_BUDGET,
    prelude: str | None = None,
    interactive: bool = False,
    progress: Callable[[int, int, str, float | None], None] | None = None,
) -> Execution:
    """Execute *notebook* with its parameters set; write and return the executed copy.

    *parameters* are injected after ``CORPUS_DIR`` and ``EXPORT_DIR``; the network guard (and
    *prelude*, if given) runs first. Cells tagged ``interactive`` are skipped unless
    *interactive*. Failures are returned in :attr:`Execution.error` (``cell N (`first line`):
    Error: message``), never raised; the executed copy is written either way.
    """
    import nbformat
    from nbclient.exceptions import CellExecutionError
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    executed_dir = out / EXECUTED_FOLDER
    executed_dir.mkdir(parents=True, exist_ok=True)
    target = executed_dir / notebook.name
    source = load_notebook_node(str(notebook))  # with the metadata papermill expects
    values = {
        "CORPUS_DIR": str(corpus.resolve()),
        "EXPORT_DIR": str((out / notebook.stem).resolve()),
        **dict(parameters or {}),
    }
    source = parameterize_notebook(source, values, kernel_name="python3", language="python")
    first = nbformat.v4.new_code_cell("\n".join(p for p in (KERNEL_GUARD, prelude) if p))
    first.metadata["tags"] = [PRELUDE_TAG]
    source.cells.insert(0, first)
    client = watched_client_class()(
        source,
        timeout=timeout,
        budget=budget,
        kernel_name="python3",
        resources={"metadata": {"path": str(notebook.parent)}},
        skip_cells_with_tag="" if interactive else INTERACTIVE_TAG,
        record_timing=False,
        progress=progress,
        # keep the kernel's start-up warnings (TCP transport notice) out of the progress lines
        extra_arguments=["--IPKernelApp.log_level=ERROR"],
    )
    error = ""
    try:
        client.execute()
    except CellExecutionError as exc:
        error = f"{exc.ename}: {exc.evalue}"
    except Exception as exc:  # timeouts, dead kernels, budget: already name the cell
        error = f"{type(exc).__name__}: {exc}".strip()
    if error and not error.startswith(("CellTimeoutError", "DeadKernel", "NotebookBudget")):
        cell = _failing_cell(client.nb)
        error = f"{cell}: {error}" if cell else error
    nbformat.write(client.nb, target)
    return Execution(target, error, client.cell_times, client.incidents, client.skipped)


def _failing_cell(notebook: Any) -> str:
    """``cell 7 (`fig = plot_x(table)`)`` for the first cell with an error output, or ""."""
    added = {PRELUDE_TAG, "injected-parameters", "papermill-error-cell-tag"}
    cells = [cell for cell in notebook.cells if not added & set(cell.metadata.get("tags", []))]
    for number, cell in enumerate(cells, start=1):
        if any(output.get("output_type") == "error" for output in cell.get("outputs", [])):
            return _cell_label(number, cell)
    return ""


_OFFLINE_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""


def notebook_html(executed: Path) -> Path:
    """Write ``<executed>.html`` next to the executed notebook and return its path.

    The page works offline: nbconvert's lab template without the blocks that load require.js,
    MathJax, mermaid and the widget manager from CDNs (formulas show as their TeX source). The
    added prelude cell is left out. Plain-text outputs are escaped by nbconvert.
    """
    import jinja2
    import nbformat
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    notebook = nbformat.read(executed, as_version=4)
    exporter = HTMLExporter(
        template_name="lab",
        template_file="offline.html.j2",
        extra_loaders=[jinja2.DictLoader({"offline.html.j2": _OFFLINE_TEMPLATE})],
    )
    remover = TagRemovePreprocessor(remove_cell_tags={PRELUDE_TAG}, enabled=True)
    exporter.register_preprocessor(remover, enabled=True)
    body, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": executed.stem}})
    target = executed.with_suffix(".html")
    _write_text(target, body)
    return target


def _write_text(path: Path, text: str) -> None:
    """Write atomically: a temporary file next to *path*, then a rename."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def clear_exports(folder: Path) -> list[Path]:
    """Empty *folder* (a notebook's export folder, owned by the runner); return what was removed.

    Files and sub-folders alike go, so the folder holds only what the next run writes.
    """
    removed = []
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
            removed.append(path)
    return removed


# --------------------------------------------------------------------------------------------------
# A whole report
# --------------------------------------------------------------------------------------------------


@dataclass
class ReportSetup:
    """What a report run knows before its first notebook: parameters and the corpus summary."""

    parameters: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    summary: dict[str, Any] = field(default_factory=dict)
    cache: Path | None = None
    notes: list[str] = field(default_factory=list)


def prepare(
    corpus: Path, out: Path, given: Mapping[str, Any], *, cache: bool = True
) -> ReportSetup:
    """Load the corpus once, resolve the parameters (:func:`helpers.report_defaults.resolve`).

    *given* are validated values. With *cache*, the parsed corpus is pickled for the notebooks.
    """
    from helpers.corpus import LoadedCorpus, load_corpus
    from helpers.report_defaults import resolve, write_corpus_cache

    dayfirst = bool(given.get("DAYFIRST", False))
    sample = corpus.resolve() == CORPUS_DIR.resolve()
    if given.get("ENGINE") == "dask":  # the corpus may not fit in memory: never load it whole
        import warnings

        from helpers import engine

        opened = engine.open_corpus(
            corpus, engine="dask", scheduler=given.get("DASK_SCHEDULER"), dayfirst=dayfirst
        )
        info = engine.article_info(opened.articles)  # every article without its text
        with warnings.catch_warnings():  # the index page's note says it instead
            warnings.simplefilter("ignore", UserWarning)
            texts = engine.text_sample(opened.articles, limit=engine.MAX_IN_MEMORY)
        resolved = resolve(given, info, sample=sample, texts=texts)
        loaded = LoadedCorpus(articles=opened.articles, report=opened.report)
        summary = corpus_summary(loaded, corpus, info=info)
        notes = (
            []
            if len(texts) == len(info)
            else [
                f"Default terms were chosen from {len(texts):,} articles picked at random "
                f"(of {len(info):,}; the Dask engine reads no more text into memory)."
            ]
        )
    else:
        loaded = load_corpus(corpus, dayfirst=dayfirst, progress=False)
        resolved = resolve(given, loaded.articles, sample=sample)
        summary = corpus_summary(loaded, corpus)
        notes = []
    setup = ReportSetup(dict(resolved.values), dict(resolved.sources), summary)
    setup.notes = [*resolved.notes, *notes]
    if sample:
        setup.notes.append("The bundled sample: parameters not given keep the notebooks' defaults.")
    if cache and given.get("ENGINE") != "dask":  # on Dask, each notebook opens the store itself
        setup.cache = write_corpus_cache(
            loaded, out / CACHE_FOLDER / "corpus-store.json", corpus_dir=corpus, dayfirst=dayfirst
        )
    return setup


def corpus_summary(loaded: Any, corpus: Path, *, info: Any = None) -> dict[str, Any]:
    """Articles, copies, dates, outlets and files of a loaded corpus (for the index page).

    *info*: the articles without their text (:func:`helpers.engine.article_info`), used instead
    of ``loaded.articles`` when that is a Dask table.
    """
    from helpers.columns import DUPLICATE_OF, OUTLET, PUBLISHED

    articles = loaded.articles if info is None else info
    report = loaded.report
    dates = articles[PUBLISHED].dropna() if len(articles) else articles.get(PUBLISHED)
    outlets = articles[OUTLET].replace("", None).dropna() if len(articles) else []
    return {
        "folder": str(corpus.resolve()),
        "articles": len(articles),
        "copies": int((articles[DUPLICATE_OF] != "").sum()) if len(articles) else 0,
        "first": str(dates.min().date()) if dates is not None and len(dates) else "",
        "last": str(dates.max().date()) if dates is not None and len(dates) else "",
        "undated": int(articles[PUBLISHED].isna().sum()) if len(articles) else 0,
        "outlets": len(set(outlets)),
        "top_outlets": [str(o) for o in list(outlets.value_counts().index[:5])]
        if len(outlets)
        else [],
        "files": len(report),
        "skipped": int((report["status"] == "skipped").sum()) if "status" in report else 0,
        "text": loaded.summary(),
    }


def run_report(
    corpus: Path,
    out: Path,
    *,
    notebooks: Iterable[Path] | None = None,
    parameters: Mapping[str, Any] | None = None,
    timeout: int = CELL_TIMEOUT,
    budget: float | None = NOTEBOOK_BUDGET,
    prelude: str | None = None,
    echo: Callable[[str], None] | None = None,
    cell_echo: Callable[[str], None] | None = None,
    setup: ReportSetup | None = None,
) -> list[NotebookRun]:
    """Run *notebooks* (default: all) on *corpus*; write their HTML and ``<out>/index.html``.

    *parameters*: validated values (see :func:`helpers.params.validate`); the rest are resolved
    by :func:`prepare` unless a *setup* is passed. Returns one :class:`NotebookRun` per notebook;
    failures are recorded, not raised. *echo* receives one line per notebook and *cell_echo* one
    per slow cell or watchdog event (default: print them, with a live cell counter on a
    terminal).
    """
    on_console = echo is None
    say = echo or (lambda line: print(line, flush=True))
    note = cell_echo or (say if on_console else (lambda line: None))
    selected = list(notebook_paths() if notebooks is None else notebooks)
    out.mkdir(parents=True, exist_ok=True)
    if setup is None:
        setup = prepare(corpus, out, parameters or {})
    live = on_console and sys.stdout.isatty()
    runs = []
    for number, notebook in enumerate(selected, start=1):
        clear_exports(out / notebook.stem)
        prefix = f"[{number}/{len(selected)}] {notebook.name}:"
        started = time.perf_counter()

        def progress(
            cell: int,
            total: int,
            label: str,
            seconds: float | None,
            prefix: str = prefix,
            started: float = started,
        ) -> None:
            elapsed = time.perf_counter() - started
            if seconds is None and live:
                print(f"\r{prefix} {elapsed:5.0f} s, cell {cell}/{total}\033[K", end="", flush=True)
            elif seconds is not None and seconds >= SLOW_CELL:
                if live:
                    print("\r\033[K", end="")
                note(f"    {label} took {seconds:.1f} s")

        values = for_notebook(setup.parameters, notebook.stem)
        if setup.cache is not None:
            values["CORPUS_CACHE"] = str(setup.cache.resolve())
        execution = run_notebook(
            notebook,
            corpus=corpus,
            out=out,
            parameters=values,
            timeout=timeout,
            budget=budget,
            prelude=prelude,
            progress=progress,
        )
        error = execution.error
        html_path = None
        if execution.executed.exists():
            try:
                html_path = notebook_html(execution.executed)
            except Exception as exc:  # a broken executed copy must not hide the real error
                error = error or f"HTML conversion failed: {type(exc).__name__}: {exc}"
        seconds = time.perf_counter() - started
        folder = out / notebook.stem
        exports = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
        run = NotebookRun(
            notebook,
            execution.executed,
            html_path,
            seconds,
            error,
            exports,
            execution.cells,
            execution.incidents,
            execution.skipped,
        )
        runs.append(run)
        if live:
            print("\r\033[K", end="")
        for incident in run.incidents:
            note(f"    watchdog: {incident}")
        status = "ok" if run.ok else "FAILED"
        say(
            f"{prefix} {status} in {seconds:.1f} s, "
            f"{_count(exports, 'png', 'figure')}, {_count(exports, 'xlsx', 'table')}"
        )
    write_index(out, runs, setup=setup)
    return runs


def summary_table(runs: list[NotebookRun]) -> str:
    """A plain-text table: one row per notebook (status, seconds, files, slowest cell)."""
    rows = [("notebook", "status", "seconds", "figures", "tables", "slowest cell")]
    for run in runs:
        slowest = max(run.cells, key=lambda c: c[2], default=None)
        rows.append(
            (
                run.notebook.stem,
                "ok" if run.ok else "FAILED",
                f"{run.seconds:.1f}",
                str(sum(p.suffix == ".png" for p in run.exports)),
                str(sum(p.suffix == ".xlsx" for p in run.exports)),
                f"{slowest[1][:50]} {slowest[2]:.1f} s" if slowest else "-",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in rows
    )


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


#: Environment variables ``make report`` sets (``REPORT_TERMS`` for ``TERMS=...``); values pass
#: through the environment so no shell ever parses them.
ENV_PREFIX = "REPORT_"


def gather_parameters(
    corpus: Path, *, params_file: Path | None, settings: list[str], environ: Mapping[str, str]
) -> tuple[dict[str, Any], Path | None]:
    """Raw values from the parameters file, then ``REPORT_*`` variables, then ``--set`` items.

    Returns ``(raw values, the parameters file used or None)``; raises :class:`ParameterError`.
    """
    raw: dict[str, Any] = {}
    path = params_file if params_file is not None else find_params_file(corpus)
    if params_file is not None and not params_file.is_file():
        raise ParameterError(f"Parameters file {params_file} not found")
    if path is not None:
        raw.update(read_params_file(path))
    for name in SCHEMA:
        value = environ.get(f"{ENV_PREFIX}{name}", "")
        if value.strip():
            raw[name] = value
    for item in settings:
        name, sep, value = item.partition("=")
        if not sep:
            raise ParameterError(f"--set expects NAME=value, got {item!r}")
        raw[name.strip()] = value
    return raw, path


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    environ = os.environ
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, help="folder of articles (default: corpus/)")
    parser.add_argument("--out", type=Path, help="output folder (default: exports/)")
    parser.add_argument("--params", type=Path, help="parameters file (TOML)")
    parser.add_argument(
        "--set", action="append", default=[], metavar="NAME=VALUE", help="set a parameter"
    )
    parser.add_argument(
        "--only", action="append", default=[], metavar="STEM", help="run only this notebook"
    )
    parser.add_argument(
        "--notebooks-dir", type=Path, default=NOTEBOOKS_DIR, help="where the notebooks are"
    )
    parser.add_argument("--timeout", type=int, default=CELL_TIMEOUT, help="seconds per cell")
    parser.add_argument(
        "--budget", type=float, default=NOTEBOOK_BUDGET, help="seconds per notebook"
    )
    parser.add_argument(
        "--from-env",
        action="store_true",
        help=f"read CORPUS, OUT, PARAMS and parameters from {ENV_PREFIX}* variables (make report)",
    )
    parser.add_argument(
        "--student-copies",
        type=Path,
        metavar="FOLDER",
        help="write the notebooks without solution cells to FOLDER, run nothing",
    )
    parser.add_argument("--list-parameters", action="store_true", help="print the schema")
    args = parser.parse_args(argv)
    env = environ if args.from_env else {}
    if args.list_parameters:
        for name, parameter in SCHEMA.items():
            print(f"{name:<20} {parameter.help}  [{', '.join(parameter.notebooks)}]")
        return 0

    def from_env(name: str) -> Path | None:
        value = env.get(f"{ENV_PREFIX}{name}", "")
        return Path(value) if value.strip() else None

    corpus = args.corpus or from_env("CORPUS") or CORPUS_DIR
    out = args.out or from_env("OUT") or EXPORTS_DIR
    params_file = args.params or from_env("PARAMS")
    notebooks = notebook_paths(args.notebooks_dir)
    if args.only:
        wanted = {Path(name).stem for name in args.only}
        unknown = wanted - {p.stem for p in notebooks}
        if unknown:
            print(f"No notebook named {sorted(unknown)} in {args.notebooks_dir}", file=sys.stderr)
            return USAGE_ERROR
        notebooks = [p for p in notebooks if p.stem in wanted]
    if args.student_copies is not None:
        written = write_student_copies(args.student_copies, notebooks=notebooks)
        print(
            f"Wrote {len(written)} student notebooks (no '{SOLUTION_TAG}' cells) to "
            f"{args.student_copies}/"
        )
        return 0
    if not corpus.exists():
        print(f"Corpus folder {corpus} not found: pass CORPUS=path/to/articles", file=sys.stderr)
        return USAGE_ERROR
    try:
        raw, used_file = gather_parameters(
            corpus, params_file=params_file, settings=args.set, environ=env
        )
        given = validate(raw)
    except ParameterError as exc:
        print(str(exc), file=sys.stderr)
        return USAGE_ERROR
    print(
        f"Running {_plural(len(notebooks), 'notebook')} on {corpus} -> {out}/"
        + (f" (parameters from {used_file})" if used_file else ""),
        flush=True,
    )
    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    setup = prepare(corpus, out, given)
    for name, value in setup.parameters.items():
        print(f"  {name} = {value!r}  ({setup.sources.get(name, '')})")
    print(f"  corpus loaded once in {time.perf_counter() - started:.1f} s", flush=True)
    runs = run_report(
        corpus, out, notebooks=notebooks, timeout=args.timeout, budget=args.budget, setup=setup
    )
    total = time.perf_counter() - started
    print()
    print(summary_table(runs))
    failed = [run for run in runs if not run.ok]
    for run in failed:
        print(f"FAILED: {run.notebook.name}, {run.error}", file=sys.stderr)
        print(f"        see {run.html or run.executed}", file=sys.stderr)
    index = out / INDEX_NAME
    if failed:
        print(
            f"{len(failed)} of {len(runs)} notebooks failed ({total:.0f} s); "
            f"partial report in {index}",
            file=sys.stderr,
        )
        return len(failed)
    print(f"Done: {_plural(len(runs), 'notebook')} in {total:.0f} s; open {index}")
    return 0


# --------------------------------------------------------------------------------------------------
# Index page
# --------------------------------------------------------------------------------------------------

_INDEX_CSS = """
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.5;max-width:72rem;
margin:0 auto;padding:1rem;color:#222;overflow-wrap:anywhere}
h1{font-size:1.6rem;margin:.5rem 0}h2{border-bottom:1px solid #ddd;padding-bottom:.3rem;
margin-top:2.5rem;font-size:1.3rem}h3{font-size:1.05rem}
.lead{font-size:1.05rem;color:#333}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,20rem),1fr));gap:1rem}
figure{margin:0;border:1px solid #e5e5e5;padding:.5rem;border-radius:4px;background:#fff}
figure img{width:100%;height:auto;display:block}
figcaption{font-size:.9rem}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:.92rem}
td,th{padding:.3rem .7rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top;
overflow-wrap:normal}th code,td:first-child{white-space:nowrap}
.files a{margin-right:.6rem;white-space:nowrap}.muted{color:#666;font-size:.85rem}
.failed{border-left:4px solid #b00020;background:#fff4f4;padding:.6rem .8rem;margin:.8rem 0}
.ok{color:#1b5e20}.bad{color:#b00020;font-weight:600}
nav ul{padding-left:1.2rem}code{background:#f4f4f4;padding:0 .2rem;border-radius:3px}
pre{white-space:pre-wrap;background:#f8f8f8;padding:.6rem;border-radius:4px;font-size:.85rem}
@media (max-width:40rem){body{padding:.6rem}h1{font-size:1.3rem}td,th{padding:.25rem .4rem}
.scroll table{width:100%}.files a{display:inline-block}}
""".strip()


def _text(value: object) -> str:
    return html.escape(str(value), quote=True)


def _href(relative: str) -> str:
    return f'"{html.escape(quote(relative, safe="/#"), quote=True)}"'


def _link(out: Path, path: Path, label: str) -> str:
    return f"<a href={_href(path.relative_to(out).as_posix())}>{_text(label)}</a>"


_LABELS = {
    ".png": "PNG",
    ".svg": "SVG",
    ".pdf": "PDF",
    ".csv": "data (CSV)",
    ".xlsx": "XLSX",
    ".json": "notes (JSON)",
}


def _links(out: Path, paths: list[Path]) -> str:
    order = list(_LABELS)
    ranked = sorted(paths, key=lambda p: (order.index(p.suffix) if p.suffix in order else 99, p))
    return "".join(
        _link(out, p, _LABELS.get(p.suffix, p.suffix.lstrip(".").upper() or p.name)) for p in ranked
    )


def _sidecar(path: Path) -> dict:
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return content if isinstance(content, dict) else {}


def figure_caption(name: str) -> str:
    """The caption of figure *name* (:data:`FIGURE_CAPTIONS`, longest matching prefix), or ""."""
    matches = [key for key in FIGURE_CAPTIONS if name.startswith(key)]
    return FIGURE_CAPTIONS[max(matches, key=len)] if matches else ""


def _format_value(value: Any) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items()) or "none"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value) or "none"
    return "none" if value is None else str(value)


def _parameters_html(setup: ReportSetup | None) -> str:
    if setup is None or not setup.parameters:
        return "<p class='muted'>All parameters at the notebooks' defaults.</p>\n"
    rows = "".join(
        f"<tr><th scope='row'><code>{_text(name)}</code></th><td>{_text(_format_value(value))}"
        f"</td><td class='muted'>{_text(setup.sources.get(name, ''))}</td></tr>\n"
        for name, value in setup.parameters.items()
    )
    notes = "".join(f"<p class='muted'>{_text(n)}</p>\n" for n in setup.notes)
    return (
        "<div class='scroll'><table><tr><th>parameter</th><th>value</th><th>where from</th></tr>\n"
        f"{rows}</table></div>\n{notes}"
        "<p class='muted'>Parameters not listed keep the notebook's default (see each executed "
        "notebook). Every file's JSON notes record the parameters it was made with.</p>\n"
    )


def _summary_html(setup: ReportSetup | None, corpus: Path | None) -> str:
    summary = setup.summary if setup else {}
    if not summary:
        folder = "" if corpus is None else f"<code>{_text(corpus.resolve())}</code>"
        return f"<p>Corpus: {folder}</p>\n"
    dates = (
        f"published {summary['first']} to {summary['last']}"
        if summary.get("first")
        else "no readable dates"
    )
    outlets = ", ".join(summary.get("top_outlets") or [])
    return (
        f"<p class='lead'><strong>{summary['articles']:,} articles</strong> from "
        f"<code>{_text(summary['folder'])}</code>, {_text(dates)}; "
        f"{summary['copies']:,} marked as copies of another (counted once); "
        f"{summary['outlets']:,} outlets{(' (most: ' + _text(outlets) + ')') if outlets else ''}."
        f"</p>\n<details><summary>Load report</summary><pre>{_text(summary.get('text', ''))}</pre>"
        "</details>\n"
    )


def write_index(
    out: Path,
    runs: list[NotebookRun],
    *,
    setup: ReportSetup | None = None,
    corpus: Path | None = None,
) -> Path:
    """Write ``<out>/index.html`` for *runs*: summary, parameters, failures, figures, tables.

    Only the notebooks in *runs* and the files they wrote are listed.
    """
    failed = [run for run in runs if not run.ok]
    navigation = "".join(
        f"<li><a href={_href('#' + run.notebook.stem)}>{_text(run.notebook.stem)}</a>"
        f"{' <span class=bad>failed</span>' if not run.ok else ''}</li>"
        for run in runs
    )
    status = (
        f"<div class='failed'><p class='bad'>{len(failed)} of {len(runs)} notebooks failed."
        "</p><ul>"
        + "".join(
            f"<li><a href={_href('#' + r.notebook.stem)}>{_text(r.notebook.stem)}</a>: "
            f"{_text(r.error)}</li>"
            for r in failed
        )
        + "</ul></div>\n"
        if failed
        else f"<p class='ok'>All {len(runs)} notebooks ran.</p>\n"
    )
    sections = "".join(_index_section(out, run) for run in runs)
    page = (
        "<!DOCTYPE html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>\n"
        "<title>News notebooks: report</title>\n"
        f"<style>{_INDEX_CSS}</style>\n</head>\n<body>\n<h1>News notebooks: report</h1>\n"
        f"{_summary_html(setup, corpus)}{status}"
        "<h2 id='parameters'>Parameters used</h2>\n"
        f"{_parameters_html(setup)}"
        "<h2 id='contents'>Contents</h2>\n"
        "<p>Each notebook below has its figures (click a picture for the full size; "
        "<em>PNG</em> for documents, <em>SVG</em> to edit, <em>PDF</em> to print, "
        "<em>data (CSV)</em> for the numbers drawn) and its tables (CSV and Excel), with the "
        "executed notebook showing every step. Everything here works offline.</p>\n"
        f"<nav><ul>{navigation}</ul></nav>\n"
        f"{sections}</body>\n</html>\n"
    )
    target = out / INDEX_NAME
    _write_text(target, page)
    return target


def _index_section(out: Path, run: NotebookRun) -> str:
    group = run.notebook.stem
    folder = out / group
    items: dict[Path, list[Path]] = {}
    for path in run.exports:
        items.setdefault(path.with_suffix(""), []).append(path)
    figures, tables, others = [], [], []
    for stem, paths in sorted(items.items()):
        suffixes = {p.suffix for p in paths}
        note = _sidecar(stem.with_suffix(".json")) if ".json" in suffixes else {}
        label = stem.relative_to(folder).as_posix()
        if suffixes & {f".{fmt}" for fmt in FIGURE_FORMATS}:
            title = note.get("title") or label
            png = stem.with_suffix(".png")
            thumbnail = (
                f"<a href={_href(png.relative_to(out).as_posix())}><img src="
                f'{_href(png.relative_to(out).as_posix())} alt="{_text(title)}"'
                " loading='lazy'></a>"
                if ".png" in suffixes
                else ""
            )
            caption = figure_caption(stem.name)
            figures.append(
                f"<figure>{thumbnail}<figcaption><strong>{_text(title)}</strong>"
                + (f"<br>{_text(caption)}" if caption else "")
                + f"<br><span class='muted'>{_text(label)}</span><br><span class='files'>"
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
    executed = [p for p in (run.html, run.executed) if p is not None and p.exists()]
    parts = [f"<section id={_href(group)}>\n<h2>{_text(group)}</h2>\n"]
    if not run.ok:
        parts.append(
            f"<div class='failed'><p class='bad'>This notebook failed after {run.seconds:.0f} s."
            f"</p><p>{_text(run.error)}</p><p>The executed notebook shows the outputs up to the "
            "error; the files below are those written before it.</p></div>\n"
        )
    if executed:
        names = {".html": "HTML", ".ipynb": "notebook"}
        links = "".join(_link(out, p, names.get(p.suffix, p.suffix)) for p in executed)
        skipped = (
            f" <span class='muted'>({run.skipped} interactive cells not run; open the notebook "
            "in JupyterLab for them)</span>"
            if run.skipped
            else ""
        )
        parts.append(
            f"<p>Executed notebook: <span class='files'>{links}</span>"
            f" <span class='muted'>{run.seconds:.0f} s</span>{skipped}</p>\n"
        )
    for incident in run.incidents:
        parts.append(f"<p class='muted'>Watchdog: {_text(incident)}</p>\n")
    if figures:
        parts.append(f"<h3>Figures</h3>\n<div class='grid'>\n{''.join(figures)}</div>\n")
    if tables:
        parts.append(
            "<h3>Tables</h3>\n<div class='scroll'><table><tr><th>table</th><th>size</th>"
            f"<th>files</th></tr>\n{''.join(tables)}</table></div>\n"
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
