"""Run every notebook headlessly on a corpus: the engine behind ``make report``.

``python -m helpers.report --corpus corpus --out exports`` executes each notebook in
``notebooks/`` with its ``parameters`` cell set (corpus path, export folder) and writes the
executed copies to ``<out>/notebooks/``. A failing notebook is named with its cell and error,
and the command exits non-zero.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from helpers.paths import CORPUS_DIR, EXPORTS_DIR, NOTEBOOKS_DIR


def notebook_paths(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """Return the bundle's notebooks in reading order (``00_…``, ``01_…``)."""
    return sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb"))


def run_notebook(notebook: Path, *, corpus: Path, out: Path, timeout: int = 1800) -> Path:
    """Execute *notebook* with ``CORPUS_DIR`` and ``EXPORT_DIR`` set; return the executed copy's path."""
    import papermill

    executed_dir = out / "notebooks"
    executed_dir.mkdir(parents=True, exist_ok=True)
    target = executed_dir / notebook.name
    papermill.execute_notebook(
        str(notebook),
        str(target),
        parameters={
            "CORPUS_DIR": str(corpus.resolve()),
            "EXPORT_DIR": str((out / notebook.stem).resolve()),
        },
        cwd=str(notebook.parent),
        kernel_name="python3",
        progress_bar=False,
        execution_timeout=timeout,
    )
    return target


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="folder of articles")
    parser.add_argument("--out", type=Path, default=EXPORTS_DIR, help="output folder")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(
            f"Corpus folder {args.corpus} not found: pass CORPUS=path/to/articles", file=sys.stderr
        )
        return 2
    from papermill.exceptions import PapermillExecutionError

    notebooks = notebook_paths()
    for number, notebook in enumerate(notebooks, start=1):
        print(f"[{number}/{len(notebooks)}] {notebook.name} ...", flush=True)
        try:
            target = run_notebook(notebook, corpus=args.corpus, out=args.out)
        except PapermillExecutionError as error:
            print(
                f"FAILED: {notebook.name}, cell {error.exec_count}: {error.ename}: {error.evalue}",
                file=sys.stderr,
            )
            return 1
        print(f"      wrote {target}", flush=True)
    print(f"Done: {len(notebooks)} notebooks executed on {args.corpus}; outputs in {args.out}/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
