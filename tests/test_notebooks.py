"""Execute every notebook headlessly, as `make report` does, with downloads forbidden."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from conftest import NO_DOWNLOAD_GUARD

from helpers.paths import CORPUS_DIR, NOTEBOOKS_DIR
from helpers.report import notebook_paths

NOTEBOOKS = notebook_paths(NOTEBOOKS_DIR)


@pytest.mark.notebook
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs_clean(notebook: Path, tmp_path: Path) -> None:
    import papermill

    nb = nbformat.read(notebook, as_version=4)
    nb.cells.insert(0, nbformat.v4.new_code_cell(NO_DOWNLOAD_GUARD))
    executed = papermill.execute_notebook(
        nb,
        str(tmp_path / notebook.name),
        parameters={"CORPUS_DIR": str(CORPUS_DIR), "EXPORT_DIR": str(tmp_path / "exports")},
        cwd=str(NOTEBOOKS_DIR),
        kernel_name="python3",
        progress_bar=False,
        execution_timeout=300,  # seconds per cell; the sample corpus needs a few
    )
    errors = [
        output
        for cell in executed.cells
        for output in cell.get("outputs", [])
        if output.get("output_type") == "error"
    ]
    assert not errors


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_is_committed_clean_and_well_formed(notebook: Path) -> None:
    nb = nbformat.read(notebook, as_version=4)
    nbformat.validate(nb)
    code_cells = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert all(not cell.outputs and cell.execution_count is None for cell in code_cells)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")
    assert "What you will learn" in nb.cells[0].source
    parameter_cells = [cell for cell in code_cells if "parameters" in cell.metadata.get("tags", [])]
    assert len(parameter_cells) == 1
    assert "CORPUS_DIR" in parameter_cells[0].source and "EXPORT_DIR" in parameter_cells[0].source
    headings = " ".join(cell.source for cell in nb.cells if cell.cell_type == "markdown")
    for section in ("Try it yourself", "Caveats"):
        assert section in headings


def test_every_notebook_has_a_module_and_test_file() -> None:
    from helpers.paths import PROJECT_ROOT

    for notebook in NOTEBOOKS:
        stem = notebook.stem.split("_", 1)[1]
        if stem == "start_here":
            stem = "corpus"
        assert (PROJECT_ROOT / "helpers" / f"{stem}.py").exists(), stem
        assert (PROJECT_ROOT / "tests" / f"test_{stem}.py").exists(), stem
