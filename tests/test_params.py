"""The report parameter schema: parsing, validation, files, and agreement with the notebooks."""

from __future__ import annotations

import ast
from pathlib import Path

import nbformat
import pytest

from helpers.params import (
    RUNNER_PARAMETERS,
    SCHEMA,
    ParameterError,
    find_params_file,
    for_notebook,
    read_params_file,
    validate,
)
from helpers.paths import NOTEBOOKS_DIR


def test_values_are_parsed_by_type() -> None:
    values = validate(
        {
            "terms": "Merkel, Macron ,",
            "PERIOD": "Auto",
            "START": "2020-01-01",
            "END": "2020-12",
            "EVENTS": "2020-03-11=WHO declares a pandemic; 2020-11-03 = US election",
            "NGRAMS": "1,3",
            "INCLUDE_DUPLICATES": "yes",
            "N_BOOT": "200",
            "STEM": "none",
            "KINDS": "person",
        }
    )
    assert values == {
        "TERMS": ["Merkel", "Macron"],
        "PERIOD": "auto",
        "START": "2020-01-01",
        "END": "2020-12-01",
        "EVENTS": {"2020-03-11": "WHO declares a pandemic", "2020-11-03": "US election"},
        "NGRAMS": (1, 3),
        "INCLUDE_DUPLICATES": True,
        "N_BOOT": 200,
        "STEM": None,
        "KINDS": ["person"],
    }


def test_every_problem_is_listed_in_one_error() -> None:
    with pytest.raises(ParameterError) as caught:
        validate(
            {
                "TERM": "x",
                "PERIOD": "fortnight",
                "N_BOOT": "many",
                "START": "2021-01-01",
                "END": "2020-01-01",
                "EVENTS": "2020-13-45=Nothing",
            }
        )
    message = str(caught.value)
    assert "unknown parameter 'TERM' (did you mean TERMS?)" in message
    assert "PERIOD='fortnight'" in message and "auto" in message
    assert "N_BOOT='many': expected a whole number" in message
    assert "START (2021-01-01) is after END (2020-01-01)" in message
    assert "2020-13-45" in message


def test_events_from_a_csv_file(tmp_path: Path) -> None:
    events = tmp_path / "events.csv"
    events.write_text('date,label\n2020-08-09,Election\n2020-08-16,"March, the biggest"\n')
    assert validate({"EVENTS": str(events)})["EVENTS"] == {
        "2020-08-09": "Election",
        "2020-08-16": "March, the biggest",
    }
    with pytest.raises(ParameterError, match="not found"):
        validate({"EVENTS": str(tmp_path / "missing.csv")})
    (tmp_path / "bad.csv").write_text("when,what\n2020-01-01,x\n")
    with pytest.raises(ParameterError, match="date and label"):
        validate({"EVENTS": str(tmp_path / "bad.csv")})


def test_params_file_in_the_corpus_folder(tmp_path: Path) -> None:
    assert find_params_file(tmp_path) is None
    (tmp_path / "report.toml").write_text(
        'TERMS = ["Merkel", "Macron"]\nPERIOD = "month"\n[EVENTS]\n"2020-03-11" = "WHO"\n'
    )
    found = find_params_file(tmp_path)
    assert found == tmp_path / "report.toml"
    assert validate(read_params_file(found)) == {
        "TERMS": ["Merkel", "Macron"],
        "PERIOD": "month",
        "EVENTS": {"2020-03-11": "WHO"},
    }
    (tmp_path / "broken.toml").write_text("TERMS = [")
    with pytest.raises(ParameterError, match="Cannot read"):
        read_params_file(tmp_path / "broken.toml")


def test_for_notebook_keeps_only_what_the_notebook_takes() -> None:
    values = validate({"TERMS": "a", "TARGET": "b", "START": "2020-01-01"})
    assert for_notebook(values, "03_sentiment") == {"TARGET": "b", "START": "2020-01-01"}
    assert for_notebook(values, "01_timeline") == {"TERMS": ["a"], "START": "2020-01-01"}


def _parameter_cell(notebook: Path) -> dict[str, object]:
    nb = nbformat.read(notebook, as_version=4)
    (cell,) = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    tree = ast.parse(cell.source)
    return {
        node.targets[0].id: ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign)
    }


@pytest.mark.parametrize("notebook", sorted(NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb")), ids=str)
def test_schema_matches_every_parameters_cell(notebook: Path) -> None:
    defaults = _parameter_cell(notebook)
    declared = {name for name, p in SCHEMA.items() if notebook.stem in p.notebooks}
    assert set(defaults) == declared | set(RUNNER_PARAMETERS)
    # the notebooks' own defaults are valid values of the schema
    own = {name: value for name, value in defaults.items() if name in SCHEMA}
    validate({k: v for k, v in own.items() if v is not None or k in ("STEM", "KINDS")})


def test_engine_and_scheduler_are_parameters_of_every_notebook(tmp_path: Path) -> None:
    assert validate({"engine": "Dask ", "DASK_SCHEDULER": "tcp://head:8786"}) == {
        "ENGINE": "dask",
        "DASK_SCHEDULER": "tcp://head:8786",
    }
    # none: the engine's own default ($NEWS_DASK_SCHEDULER, else a LocalCluster)
    assert validate({"ENGINE": "pandas", "DASK_SCHEDULER": ""}) == {
        "ENGINE": "pandas",
        "DASK_SCHEDULER": None,
    }
    values = validate({"ENGINE": "dask"})
    for notebook in ("00_start_here", "01_timeline", "02_term_frequency", "03_sentiment"):
        assert for_notebook(values, notebook) == {"ENGINE": "dask"}
    (tmp_path / "report.toml").write_text('ENGINE = "dask"\nDASK_SCHEDULER = "tcp://head:8786"\n')
    assert validate(read_params_file(tmp_path / "report.toml")) == {
        "ENGINE": "dask",
        "DASK_SCHEDULER": "tcp://head:8786",
    }
    with pytest.raises(ParameterError) as caught:
        validate({"ENGINE": "spark", "DASK_SCHEDULER": "head"})
    message = str(caught.value)
    assert "ENGINE='spark': expected one of ['pandas', 'dask']" in message
    assert "DASK_SCHEDULER='head': expected an address" in message


def test_dask_engine_without_dask_says_what_to_install(monkeypatch) -> None:
    import importlib.util

    from helpers.engine import DaskMissingError, open_corpus
    from helpers.paths import CORPUS_DIR

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *args: None if name in ("dask", "distributed") else real(name, *args),
    )
    with pytest.raises(ParameterError, match=r"Dask is not installed.*\.\[scale\]"):
        validate({"ENGINE": "dask"})
    assert validate({"ENGINE": "pandas"}) == {"ENGINE": "pandas"}
    with pytest.raises(DaskMissingError, match=r"pip install -e \"\.\[scale\]\""):
        open_corpus(CORPUS_DIR, engine="dask")
