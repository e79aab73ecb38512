"""``make report``: every notebook executed, every export written and linked, HTML escaped.

The full report runs twice per session (module fixture), on the bundled sample article plus an
article carrying markup (``<script>alert(1)</script>``) in its title and body; the tests below
all read from those two runs.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest
from conftest import NO_DOWNLOAD_GUARD, SAMPLE_ARTICLE

from helpers.corpus import load_corpus
from helpers.export import corpus_fingerprint
from helpers.report import (
    CACHE_FOLDER,
    EXECUTED_FOLDER,
    INDEX_NAME,
    SOLUTION_TAG,
    USAGE_ERROR,
    NotebookRun,
    clear_exports,
    main,
    notebook_paths,
    run_notebook,
    run_report,
    write_index,
    write_student_copies,
)

#: The two report runs take minutes on a busy machine (5 notebooks x 2); allow for it.
REPORT_TIMEOUT = 3600
ATTACK = "<script>alert(1)</script>"
MARKUP_ARTICLE = f"""Council {ATTACK} vote delayed

By Reuters

October 2, 2020

The council said on Friday that the vote on {ATTACK} would be delayed by a week.

"We need more time," the mayor said of the plan, which critics called <img src=x onerror=alert(1)> a scandal.
"""
RAW_MARKUP = ("<script>alert(1)", "<img src=x onerror")
SAVE_CALL = re.compile(r"""save_(figure|table)\(\s*[^,]+,\s*["']([A-Za-z0-9_\-]+)["']""")


def expected_exports(notebook: Path) -> dict[str, set[str]]:
    """File names each literal ``save_figure``/``save_table`` call in *notebook* must produce."""
    source = "\n".join(
        cell.source
        for cell in nbformat.read(notebook, as_version=4).cells
        if cell.cell_type == "code"
    )
    names: dict[str, set[str]] = {}
    for kind, name in SAVE_CALL.findall(source):
        suffixes = ("png", "svg", "pdf", "json") if kind == "figure" else ("csv", "xlsx", "json")
        names[name] = {f"{name}.{suffix}" for suffix in suffixes}
    return names


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("report")
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(SAMPLE_ARTICLE, corpus / SAMPLE_ARTICLE.name)
    (corpus / "001_markup.txt").write_text(MARKUP_ARTICLE, encoding="utf-8")
    out = root / "exports"
    notebooks = notebook_paths()
    lines: list[str] = []
    run = {"notebooks": notebooks, "prelude": NO_DOWNLOAD_GUARD, "echo": lines.append}
    first = run_report(corpus, out, **run)
    snapshot = root / "first_run"
    shutil.copytree(out, snapshot)
    second = run_report(corpus, out, **run)
    return {
        "notebooks": notebooks,
        "corpus": corpus,
        "out": out,
        "snapshot": snapshot,
        "runs": first + second,
        "lines": lines,
    }


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.timeout(REPORT_TIMEOUT)
def test_every_notebook_runs_with_one_progress_line_each(report) -> None:
    failures = [f"{run.notebook.name}: {run.error}" for run in report["runs"] if not run.ok]
    assert not failures
    assert len(report["lines"]) == 2 * len(report["notebooks"])
    for line, notebook in zip(report["lines"], report["notebooks"] * 2, strict=True):
        assert re.fullmatch(
            rf"\[\d+/{len(report['notebooks'])}\] {re.escape(notebook.name)}: ok in \d+\.\d s, "
            r"\d+ figures?, \d+ tables?",
            line,
        ), line


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.timeout(REPORT_TIMEOUT)
def test_report_writes_every_expected_file(report) -> None:
    out = report["out"]
    assert (out / INDEX_NAME).is_file()
    for notebook in report["notebooks"]:
        executed = nbformat.read(out / EXECUTED_FOLDER / notebook.name, as_version=4)
        assert any("injected-parameters" in c.metadata.get("tags", []) for c in executed.cells)
        assert str(report["corpus"]) in "".join(c.source for c in executed.cells)
        assert (out / EXECUTED_FOLDER / f"{notebook.stem}.html").stat().st_size > 10_000
        written = {p.name for p in (out / notebook.stem).glob("*")}
        for name, files in expected_exports(notebook).items():
            assert files <= written, f"{notebook.stem}: {name} missing {files - written}"
    start_here = expected_exports(report["notebooks"][0])
    assert {"load_report", "articles"} <= start_here.keys()


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.timeout(REPORT_TIMEOUT)
def test_second_run_gives_identical_exports(report) -> None:
    first, again = report["snapshot"], report["out"]
    exports = sorted(
        p.relative_to(first)
        for p in first.rglob("*")
        if p.is_file()
        and p.parent.name not in (EXECUTED_FOLDER, CACHE_FOLDER)
        and p.name != INDEX_NAME
    )
    assert any(p.suffix == ".png" for p in exports) or not any(
        expected_exports(nb) for nb in report["notebooks"][1:]
    )
    assert any(p.suffix == ".xlsx" for p in exports)
    assert (
        sorted(
            p.relative_to(again)
            for p in again.rglob("*")
            if p.is_file()
            and p.parent.name not in (EXECUTED_FOLDER, CACHE_FOLDER)
            and p.name != INDEX_NAME
        )
        == exports
    )
    different = [str(p) for p in exports if (first / p).read_bytes() != (again / p).read_bytes()]
    assert not different
    # the index shows how long each notebook took: the only part allowed to differ
    timings = re.compile(r"<span class='muted'>\d+ s</span>")
    index_first = timings.sub("", (first / INDEX_NAME).read_text(encoding="utf-8"))
    index_again = timings.sub("", (again / INDEX_NAME).read_text(encoding="utf-8"))
    assert index_first == index_again


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.timeout(REPORT_TIMEOUT)
def test_index_links_every_figure_and_table(report) -> None:
    out = report["out"]
    page = (out / INDEX_NAME).read_text(encoding="utf-8")
    links = set(re.findall(r'href="([^"#]+)"', page))
    files = {
        p.relative_to(out).as_posix()
        for p in out.rglob("*")
        if p.is_file() and p.name != INDEX_NAME and CACHE_FOLDER not in p.parts
    }
    assert files <= links
    assert all((out / link).is_file() for link in links)
    thumbnails = set(re.findall(r'<img src="([^"]+)"', page))
    assert thumbnails == {f for f in files if f.endswith(".png")}
    for notebook in report["notebooks"]:
        assert f'<section id="{notebook.stem}">' in page


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.timeout(REPORT_TIMEOUT)
def test_article_markup_is_escaped_in_every_html_output(report) -> None:
    pages = sorted(report["out"].rglob("*.html"))
    assert len(pages) == len(report["notebooks"]) + 1
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for raw in RAW_MARKUP:
            assert raw not in text, f"{page.name} contains raw {raw!r}"
    start_here = (
        report["out"] / EXECUTED_FOLDER / f"{report['notebooks'][0].stem}.html"
    ).read_text()
    assert "Council &lt;script&gt;alert(1)&lt;/script&gt; vote delayed" in start_here


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.timeout(REPORT_TIMEOUT)
def test_sidecars_record_the_corpus(report) -> None:
    articles = load_corpus(report["corpus"]).articles
    sidecar = json.loads(
        (report["out"] / report["notebooks"][0].stem / "articles.json").read_text()
    )
    assert sidecar["corpus"] == {"articles": 2, "fingerprint": corpus_fingerprint(articles)}
    for path in report["out"].rglob("*.json"):
        if CACHE_FOLDER in path.relative_to(report["out"]).parts:
            continue  # the note naming the corpus store entry, not an export sidecar
        note = json.loads(path.read_text())
        if note.get("corpus"):
            assert note["corpus"]["fingerprint"] == corpus_fingerprint(articles), path


# Failures, student copies, the index page: fast checks on small inputs ---------------------------


@pytest.mark.notebook
def test_failing_notebook_is_named_with_cell_and_error(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "notebooks"
    folder.mkdir()
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    parameters = nbformat.v4.new_code_cell('CORPUS_DIR = "../corpus"\nEXPORT_DIR = "../exports/x"')
    parameters.metadata["tags"] = ["parameters"]
    notebook.cells = [
        nbformat.v4.new_markdown_cell("# Broken"),
        parameters,
        nbformat.v4.new_code_cell("total = 1 + 1"),
        nbformat.v4.new_code_cell('\nraise ValueError("no articles in " + CORPUS_DIR)'),
        nbformat.v4.new_code_cell("never = True"),
    ]
    nbformat.write(notebook, folder / "00_broken.ipynb")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    code = main(
        ["--corpus", str(corpus), "--out", str(tmp_path / "out"), "--notebooks-dir", str(folder)]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert "FAILED: 00_broken.ipynb, cell 4 (`raise ValueError(" in err
    assert f"ValueError: no articles in {corpus.resolve()}" in err
    assert (tmp_path / "out" / EXECUTED_FOLDER / "00_broken.html").is_file()
    assert (tmp_path / "out" / INDEX_NAME).is_file()


def test_missing_corpus_exits_with_a_message(tmp_path: Path, capsys) -> None:
    code = main(["--corpus", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")])
    assert code == USAGE_ERROR
    assert "not found" in capsys.readouterr().err


def test_student_copies_drop_solutions_and_keep_everything_else(tmp_path: Path) -> None:
    notebooks = notebook_paths()
    assert main(["--student-copies", str(tmp_path / "student")]) == 0
    written = sorted((tmp_path / "student").glob("*.ipynb"))
    assert [p.name for p in written] == [p.name for p in notebooks]
    for original_path, copy_path in zip(notebooks, written, strict=True):
        original = nbformat.read(original_path, as_version=4)
        copy = nbformat.read(copy_path, as_version=4)
        nbformat.validate(copy)
        kept = [c for c in original.cells if SOLUTION_TAG not in c.metadata.get("tags", [])]
        assert [c.source for c in copy.cells] == [c.source for c in kept]
        assert all(SOLUTION_TAG not in c.metadata.get("tags", []) for c in copy.cells)
        assert all(not c.outputs for c in copy.cells if c.cell_type == "code")
    solutions = nbformat.read(notebooks[0], as_version=4).cells
    assert any(SOLUTION_TAG in c.metadata.get("tags", []) for c in solutions)


def test_student_copy_of_an_executed_notebook_has_no_outputs(tmp_path: Path) -> None:
    notebook = nbformat.v4.new_notebook()
    solution = nbformat.v4.new_code_cell("answer = 42\nanswer")
    solution.metadata["tags"] = [SOLUTION_TAG, "hide-input"]
    exercise = nbformat.v4.new_code_cell("# your answer", execution_count=3)
    exercise.outputs = [nbformat.v4.new_output("stream", text="leftover")]
    notebook.cells = [exercise, solution]
    nbformat.write(notebook, tmp_path / "05_x.ipynb")
    (written,) = write_student_copies(tmp_path / "student", notebooks=[tmp_path / "05_x.ipynb"])
    copy = nbformat.read(written, as_version=4)
    assert [c.source for c in copy.cells] == ["# your answer"]
    assert copy.cells[0].outputs == [] and copy.cells[0].execution_count is None


def test_index_escapes_names_and_titles(tmp_path: Path) -> None:
    folder = tmp_path / "01_timeline"
    folder.mkdir()
    (folder / "chart.png").write_bytes(b"\x89PNG")
    (folder / "chart.json").write_text('{"title": "Votes <script>alert(1)</script> & more"}')
    (folder / "odd name <b>.csv").write_text("a\n1\n")
    (folder / 'quote".csv').write_text("a\n1\n")
    (tmp_path / "99_deleted").mkdir()  # an earlier run's folder: not listed
    (tmp_path / "99_deleted" / "old.png").write_bytes(b"\x89PNG")
    run = NotebookRun(
        Path("notebooks/01_timeline.ipynb"),
        tmp_path / "notebooks" / "01_timeline.ipynb",
        None,
        1.0,
        "cell 3 (`x <i>`): ValueError: bad <b>",
        sorted(p for p in folder.iterdir()),
    )
    page = write_index(tmp_path, [run], corpus=tmp_path / "<corpus>").read_text()
    assert "<script>" not in page and "<b>" not in page and "<corpus>" not in page
    assert "Votes &lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page
    assert 'href="01_timeline/odd%20name%20%3Cb%3E.csv"' in page
    assert 'href="01_timeline/quote%22.csv"' in page
    assert '<img src="01_timeline/chart.png"' in page
    assert "99_deleted" not in page
    assert "1 of 1 notebooks failed" in page and "ValueError: bad &lt;b&gt;" in page


def test_clear_exports_empties_the_folder(tmp_path: Path) -> None:
    for name in ("a.png", "a.svg", "a.pdf", "a.csv", "a.json", "t.xlsx", "notes.md"):
        (tmp_path / name).write_text("x")
    (tmp_path / "keep").mkdir()
    (tmp_path / "keep" / "b.png").write_text("x")
    removed = clear_exports(tmp_path)
    assert len(removed) == 8
    assert list(tmp_path.iterdir()) == []
    assert clear_exports(tmp_path / "absent") == []


# Parameters, quoting, watchdog -----------------------------------------------------------------


def test_bad_parameters_stop_before_anything_runs(tmp_path: Path, capsys) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    out = tmp_path / "out"
    args = ["--corpus", str(corpus), "--out", str(out), "--set", "TERM=x", "--set", "PERIOD=often"]
    assert main(args) == USAGE_ERROR
    err = capsys.readouterr().err
    assert "unknown parameter 'TERM' (did you mean TERMS?)" in err and "PERIOD='often'" in err
    assert not out.exists()


def test_makefile_passes_values_through_the_environment_unparsed(tmp_path: Path) -> None:
    import os
    import shutil
    import subprocess
    import sys

    from helpers.paths import PROJECT_ROOT

    make = shutil.which("make")
    if make is None:
        pytest.skip("make not found")
    fake = tmp_path / "bin"
    fake.mkdir()
    dump = tmp_path / "env.json"
    script = fake / "python"
    script.write_text(
        f"#!{sys.executable}\nimport json, os, sys\n"
        f"json.dump({{'argv': sys.argv[1:], 'env': {{k: v for k, v in os.environ.items() "
        f"if k.startswith('REPORT_')}}}}, open({str(dump)!r}, 'w'))\n"
    )
    script.chmod(0o755)
    corpus = 'my $HOME "quoted" `id` $(x) folder'
    terms = 'Merkel,"Macron",$PATH'
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPORT_")}
    subprocess.run(
        [
            make,
            "-s",
            "-o",
            ".venv/.installed",
            "report",
            f"BIN={fake}",
            f"CORPUS={corpus}",
            f"TERMS={terms}",
        ],
        cwd=PROJECT_ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    seen = json.loads(dump.read_text())
    assert seen["argv"] == ["-m", "helpers.report", "--from-env"]
    assert seen["env"]["REPORT_CORPUS"] == corpus
    assert seen["env"]["REPORT_TERMS"] == terms
    assert "REPORT_PERIOD" not in seen["env"] or seen["env"]["REPORT_PERIOD"] == ""


def _notebook(path: Path, *sources: str, tags: dict[int, list[str]] | None = None) -> Path:
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    parameters = nbformat.v4.new_code_cell('CORPUS_DIR = "."\nEXPORT_DIR = "."')
    parameters.metadata["tags"] = ["parameters"]
    cells = [nbformat.v4.new_code_cell(source) for source in sources]
    for index, cell_tags in (tags or {}).items():
        cells[index].metadata["tags"] = cell_tags
    notebook.cells = [nbformat.v4.new_markdown_cell("# Test"), parameters, *cells]
    nbformat.write(notebook, path)
    return path


#: Kernel-side code that drops this cell's execute reply: the kernel finishes the cell and goes
#: idle, but the reply never reaches the client (the lost-reply hang of issue 15).
DROP_OWN_REPLY = """
kernel = get_ipython().kernel
original = kernel.session.send
def send(stream, msg_or_type, *args, **kwargs):
    if msg_or_type == "execute_reply":
        kernel.session.send = original
        return None
    return original(stream, msg_or_type, *args, **kwargs)
kernel.session.send = send
print("cell ran")
"""


@pytest.mark.notebook
@pytest.mark.timeout(600)
def test_lost_execute_reply_is_recovered_and_the_notebook_goes_on(tmp_path: Path) -> None:
    notebook = _notebook(
        tmp_path / "00_lost.ipynb",
        DROP_OWN_REPLY,
        "after = 1 + 1\nprint('after', after)",
        "raise RuntimeError('interactive cells are skipped')",
        tags={2: ["interactive"]},
    )
    execution = run_notebook(notebook, corpus=tmp_path, out=tmp_path / "out", timeout=300)
    assert execution.error == ""
    (incident,) = execution.incidents
    assert incident.startswith("cell 3 (`kernel = get_ipython().kernel`)")
    assert "rebuilt" in incident or "recovered" in incident
    assert execution.skipped == 1
    executed = nbformat.read(execution.executed, as_version=4)
    texts = ["".join(o.get("text", "") for o in c.get("outputs", [])) for c in executed.cells]
    assert any("after 2" in t for t in texts)
    assert any("not run in the headless report" in t for t in texts)


@pytest.mark.notebook
@pytest.mark.timeout(600)
def test_timeouts_and_dead_kernels_name_the_cell(tmp_path: Path) -> None:
    slow = _notebook(tmp_path / "00_slow.ipynb", "x = 1", "import time\ntime.sleep(120)")
    execution = run_notebook(slow, corpus=tmp_path, out=tmp_path / "a", timeout=5)
    assert execution.error.startswith("CellTimeoutError: cell 4 (`import time`)"), execution.error
    budget = run_notebook(slow, corpus=tmp_path, out=tmp_path / "b", timeout=300, budget=8)
    assert "cell 4 (`import time`)" in budget.error and "budget" in budget.error, budget.error
    dead = _notebook(tmp_path / "00_dead.ipynb", "import os\nos._exit(1)")
    execution = run_notebook(dead, corpus=tmp_path, out=tmp_path / "c", timeout=300)
    assert execution.error.startswith("DeadKernelError: cell 3 (`import os`)"), execution.error


# Defaults from the data: no sample parameter leaks into another corpus ------------------------

SAMPLE_ONLY = ("lukashenko", "belarus", "protest", "putin", "tikhanovskaya")


def _exported_terms(out: Path) -> str:
    """The parameters of every sidecar and the term columns of every CSV, lower-cased."""
    import csv

    parts = []
    for path in out.rglob("*.json"):
        if EXECUTED_FOLDER in path.parts or CACHE_FOLDER in path.parts:
            continue
        parts.append(json.dumps(json.loads(path.read_text()).get("parameters", {})))
    for path in out.rglob("*.csv"):
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                parts.extend(str(row.get(k, "")) for k in ("term", "label", "query"))
    return "\n".join(parts).lower()


@pytest.fixture(scope="module")
def practice_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole report on the practice corpus (pandas engine), run once for the tests below."""
    from helpers.paths import PRACTICE_CORPUS_DIR

    out = tmp_path_factory.mktemp("practice-report") / "out"
    assert main(["--corpus", str(PRACTICE_CORPUS_DIR), "--out", str(out)]) == 0
    return out


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.timeout(REPORT_TIMEOUT)
@pytest.mark.parametrize("corpus_kind", ["practice", "generated"])
def test_report_on_another_corpus_uses_its_own_defaults(
    corpus_kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from test_report_defaults import GENERATED_NAMES, write_generated_corpus

    from helpers.paths import PRACTICE_CORPUS_DIR

    if corpus_kind == "practice":
        corpus, out = PRACTICE_CORPUS_DIR, request.getfixturevalue("practice_report")
    else:
        corpus, out = write_generated_corpus(tmp_path / "generated"), tmp_path / "out"
        assert main(["--corpus", str(corpus), "--out", str(out)]) == 0
    exported = _exported_terms(out)
    assert not [term for term in SAMPLE_ONLY if term in exported]
    assert "belarus election" not in (out / INDEX_NAME).read_text().lower()
    trend = (out / "01_timeline" / "term_trend.csv").read_text()
    if corpus_kind == "generated":
        assert any(name.split()[-1] in trend for name in GENERATED_NAMES)
    given = tmp_path / "given"
    args = ["--corpus", str(corpus), "--out", str(given), "--only", "01_timeline"]
    assert main([*args, "--set", "TERMS=harbour, water*"]) == 0
    trend = (given / "01_timeline" / "term_trend.csv").read_text()
    assert "harbour" in trend and "water*" in trend


#: Columns of exported tables that time the run (how long each file took to read), not results.
TIMING_COLUMNS = ("seconds",)
#: Notebooks run on Dask by the test: their analysis cells call the engine's functions (04_quotes
#: does too, with extract_quotes only, which tests/engine checks; kept out to save 25 s).
ON_THE_ENGINE = ("01_timeline", "03_sentiment")


@pytest.mark.notebook
@pytest.mark.slow
@pytest.mark.timeout(REPORT_TIMEOUT)
def test_dask_engine_exports_the_tables_of_the_pandas_run(
    practice_report: Path, tmp_path: Path
) -> None:
    """``ENGINE=dask`` (a one-worker cluster started here, reached through ``DASK_SCHEDULER``,
    as a real cluster would be) writes the tables of the pandas run, with the same values.

    Timeline and sentiment are run (articles over time, term trends, dates, sentence sentiment
    on the engine); 00 and 02 only load through it and read a pandas selection
    (``tests/engine/test_local.py``).
    """
    import pandas as pd

    from helpers.engine import dask_client
    from helpers.paths import PRACTICE_CORPUS_DIR

    out = tmp_path / "dask"
    with dask_client(n_workers=1, memory_limit="2GB") as client:
        address = client.scheduler.address
        args = ["--corpus", str(PRACTICE_CORPUS_DIR), "--out", str(out), "--set", "ENGINE=dask"]
        only = [arg for stem in ON_THE_ENGINE for arg in ("--only", stem)]
        assert main([*args, "--set", f"DASK_SCHEDULER={address}", *only]) == 0
    executed = nbformat.read(out / EXECUTED_FOLDER / "01_timeline.ipynb", as_version=4)
    (injected,) = [c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert "ENGINE = " in injected.source and address in injected.source
    tables = sorted(
        p.relative_to(practice_report)
        for stem in ON_THE_ENGINE
        for p in (practice_report / stem).glob("*.csv")
    )
    assert sorted(p.relative_to(out) for p in out.glob("*/*.csv")) == tables
    assert {p.parts[0] for p in tables} == set(ON_THE_ENGINE)
    for table in tables:
        on_pandas = pd.read_csv(practice_report / table, keep_default_na=False)
        on_dask = pd.read_csv(out / table, keep_default_na=False)
        timings = [c for c in TIMING_COLUMNS if c in on_pandas]
        pd.testing.assert_frame_equal(
            on_dask.drop(columns=timings), on_pandas.drop(columns=timings), obj=str(table)
        )


@pytest.mark.timeout(600)
def test_dask_report_setup_never_loads_the_text_of_the_whole_corpus(
    tmp_path: Path, monkeypatch
) -> None:
    """With ``ENGINE=dask`` the runner chooses the defaults from the dates of every article and
    the text of a random sample (``MAX_IN_MEMORY`` articles), and says so; when the sample is the
    whole corpus, the defaults and the index summary are those of the pandas run."""
    import helpers.engine
    from helpers.engine import dask_client
    from helpers.params import validate
    from helpers.paths import PRACTICE_CORPUS_DIR
    from helpers.report import prepare

    on_pandas = prepare(PRACTICE_CORPUS_DIR, tmp_path / "pandas", validate({}), cache=False)
    with dask_client(n_workers=1, memory_limit="2GB") as client:
        given = validate({"ENGINE": "dask", "DASK_SCHEDULER": client.scheduler.address})
        on_dask = prepare(PRACTICE_CORPUS_DIR, tmp_path / "dask", given, cache=True)
        monkeypatch.setattr(helpers.engine, "MAX_IN_MEMORY", 20)
        sampled = prepare(PRACTICE_CORPUS_DIR, tmp_path / "sampled", given, cache=False)
    assert on_dask.cache is None  # each notebook opens the store through the engine
    for name in ("PERIOD", "TERMS", "QUERY", "TARGET"):
        assert on_dask.parameters[name] == on_pandas.parameters[name], name
    assert on_dask.summary == on_pandas.summary
    assert on_dask.notes == on_pandas.notes
    assert sampled.parameters["PERIOD"] == on_pandas.parameters["PERIOD"]  # from every date
    assert sampled.parameters["TERMS"]
    assert any("20 articles picked at random (of 56" in note for note in sampled.notes)
