"""Figures and tables written by helpers.export: formats, reproducibility, safety; the house style."""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import matplotlib as mpl
import pandas as pd
import pytest
from openpyxl import load_workbook

from helpers.corpus import ARTICLE_ID, COUNT, PUBLISHED, TEXT, TITLE, load_corpus
from helpers.export import (
    EXCEL_CELL_LIMIT,
    ExportError,
    corpus_fingerprint,
    default_folder,
    save_figure,
    save_table,
    table_csv_bytes,
    table_xlsx_bytes,
    write_files,
)
from helpers.paths import EXPORTS_DIR, PROJECT_ROOT
from helpers.viz import FIGURE_SIZE, figure_and_axes, finish

# A figure built and saved the way a notebook does it; run in-process and in a fresh interpreter.
MAKE_FIGURE = """
import sys
import pandas as pd
from helpers.corpus import load_corpus
from helpers.export import save_figure
from helpers.plots import figure_and_axes, finish

def make_and_save(folder, corpus_dir):
    articles = load_corpus(corpus_dir).articles
    table = pd.DataFrame(
        {"day": pd.date_range("2020-09-25", periods=5), "count": [1, 3, 2, 5, 4]}
    )
    figure, axes = figure_and_axes()
    axes.bar(table["day"], table["count"], label="articles")
    axes.set_ylabel("articles")
    axes.legend()
    finish(figure, axes, title="Articles per day", source="Source: the sample corpus")
    return save_figure(
        figure, "per_day", data=table, folder=folder,
        parameters={"TERMS": ["belarus", "putin"], "START": "2020-09-25"}, corpus=articles,
    )

if __name__ == "__main__":
    make_and_save(sys.argv[1], sys.argv[2])
"""


@pytest.fixture(scope="module")
def figure_module(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("figure_module")
    script = folder / "make_figure.py"
    script.write_text(MAKE_FIGURE)
    namespace: dict[str, object] = {}
    exec(compile(MAKE_FIGURE, str(script), "exec"), namespace)
    return script, namespace["make_and_save"]


def _png_dpi(png: bytes) -> float:
    position = 8
    while position < len(png):
        length, kind = struct.unpack(">I4s", png[position : position + 8])
        if kind == b"pHYs":
            per_metre, _, _unit = struct.unpack(">IIB", png[position + 8 : position + 17])
            return per_metre * 0.0254
        position += 12 + length
    raise AssertionError("PNG has no pHYs chunk")


def test_save_figure_writes_every_format(
    tmp_path: Path, figure_module, sample_corpus: Path
) -> None:
    _, make_and_save = figure_module
    exported = make_and_save(tmp_path / "out", sample_corpus)
    names = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert names == [f"per_day.{ext}" for ext in ("csv", "json", "pdf", "png", "svg")]
    assert exported.path("png") == tmp_path / "out" / "per_day.png"

    png = exported.path("png").read_bytes()
    assert png.startswith(b"\x89PNG") and round(_png_dpi(png)) == 300
    width, height = struct.unpack(">II", png[16:24])
    assert width >= 0.9 * 300 * FIGURE_SIZE[0] and height >= 0.9 * 300 * FIGURE_SIZE[1]

    svg = exported.path("svg").read_text(encoding="utf-8")
    assert "Articles per day</text>" in svg  # editable text, not glyph outlines
    assert "Source: the sample corpus</text>" in svg
    assert "<dc:date>" not in svg

    pdf = exported.path("pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"/FontFile2" in pdf  # embedded TrueType
    assert b"/CreationDate" not in pdf and b"/Producer" not in pdf

    data = pd.read_csv(exported.path("csv"), parse_dates=["day"])
    assert data["count"].tolist() == [1, 3, 2, 5, 4]
    assert data["day"].iloc[0] == pd.Timestamp("2020-09-25")

    sidecar = json.loads(exported.path("json").read_text(encoding="utf-8"))
    assert sidecar["title"] == "Articles per day"
    assert sidecar["source_note"] == "Source: the sample corpus"
    assert sidecar["parameters"] == {"TERMS": ["belarus", "putin"], "START": "2020-09-25"}
    articles = load_corpus(sample_corpus).articles
    assert sidecar["corpus"] == {"articles": 1, "fingerprint": corpus_fingerprint(articles)}
    assert sidecar["data"]["rows"] == 5 and sidecar["data"]["columns"] == ["day", "count"]
    assert sidecar["versions"]["matplotlib"] == mpl.__version__
    assert sidecar["versions"]["pandas"] == pd.__version__
    for fmt in ("png", "svg", "pdf", "csv"):
        written = (tmp_path / "out" / sidecar["files"][fmt]["file"]).read_bytes()
        assert sidecar["files"][fmt]["sha256"] == hashlib.sha256(written).hexdigest()


def test_save_figure_is_byte_identical_across_runs_and_processes(
    tmp_path: Path, figure_module, sample_corpus: Path
) -> None:
    script, make_and_save = figure_module
    make_and_save(tmp_path / "first", sample_corpus)
    make_and_save(tmp_path / "second", sample_corpus)
    subprocess.run(
        [sys.executable, str(script), str(tmp_path / "third"), str(sample_corpus)],
        check=True,
        cwd=PROJECT_ROOT,
        env={
            "PYTHONHASHSEED": "12345",
            "PATH": "/usr/bin:/bin",
            "MPLBACKEND": "agg",
            "PYTHONPATH": str(PROJECT_ROOT),  # this checkout, not an installed copy
        },
    )
    first = {path.name: path.read_bytes() for path in (tmp_path / "first").iterdir()}
    assert len(first) == 5
    for other in ("second", "third"):
        again = {path.name: path.read_bytes() for path in (tmp_path / other).iterdir()}
        assert again.keys() == first.keys()
        for name, content in first.items():
            assert again[name] == content, f"{other}/{name} differs"


def test_save_figure_without_data_writes_no_csv(tmp_path: Path) -> None:
    figure, axes = figure_and_axes()
    axes.plot([1, 2], [3, 4])
    exported = save_figure(finish(figure, axes, title="t"), "line", folder=tmp_path)
    assert sorted(p.suffix for p in exported.files) == [".json", ".pdf", ".png", ".svg"]
    sidecar = json.loads(exported.path("json").read_text())
    assert sidecar["data"] is None and sidecar["corpus"] is None and sidecar["parameters"] == {}
    with pytest.raises(KeyError):
        exported.path("csv")


@pytest.mark.parametrize("name", ["../escape", "a/b", "chart.png", "", " spaced", "<b>"])
def test_unsafe_names_are_refused(tmp_path: Path, name: str) -> None:
    figure, _ = figure_and_axes()
    with pytest.raises(ValueError, match="letters, digits"):
        save_figure(figure, name, folder=tmp_path)
    with pytest.raises(ValueError, match="letters, digits"):
        save_table(pd.DataFrame({"a": [1]}), name, folder=tmp_path)
    assert not any(tmp_path.iterdir())


def test_corpus_fingerprint_tracks_ids_and_text_not_order(sample_corpus: Path) -> None:
    articles = load_corpus(sample_corpus).articles
    extra = articles.assign(**{ARTICLE_ID: "second", TEXT: "Another text."})
    both = pd.concat([articles, extra], ignore_index=True)
    fingerprint = corpus_fingerprint(both)
    assert fingerprint == corpus_fingerprint(both.iloc[::-1])
    assert fingerprint != corpus_fingerprint(articles)
    edited = both.copy()
    edited.loc[1, TEXT] = "Another text!"
    assert corpus_fingerprint(edited) != fingerprint
    renamed = both.copy()
    renamed.loc[1, ARTICLE_ID] = "third"
    assert corpus_fingerprint(renamed) != fingerprint
    assert len(fingerprint) == 64
    with pytest.raises(ValueError, match="articles table"):
        corpus_fingerprint(pd.DataFrame({"x": [1]}))


def test_save_table_writes_csv_xlsx_json(tmp_path: Path, sample_corpus: Path) -> None:
    loaded = load_corpus(sample_corpus)
    exported = save_table(loaded.articles, "articles", folder=tmp_path / "out", corpus=loaded)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "articles.csv",
        "articles.json",
        "articles.xlsx",
    ]
    back = pd.read_csv(exported.path("csv"), keep_default_na=False)
    assert back[TITLE].tolist() == loaded.articles[TITLE].tolist()
    assert back[TEXT].tolist() == loaded.articles[TEXT].tolist()
    sheet = load_workbook(exported.path("xlsx")).active
    header = [cell.value for cell in sheet[1]]
    assert header == list(loaded.articles.columns)
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
    row = {name: cell.value for name, cell in zip(header, sheet[2], strict=True)}
    assert row[TEXT] == loaded.articles[TEXT].iloc[0]
    assert row[PUBLISHED] == loaded.articles[PUBLISHED].iloc[0].to_pydatetime()
    sidecar = json.loads(exported.path("json").read_text())
    assert sidecar["kind"] == "table" and sidecar["data"]["rows"] == 1
    assert sidecar["corpus"]["fingerprint"] == corpus_fingerprint(loaded.articles)


def test_save_table_is_byte_identical_when_repeated(tmp_path: Path, sample_corpus: Path) -> None:
    articles = load_corpus(sample_corpus).articles
    first = save_table(articles, "articles", folder=tmp_path / "a", corpus=articles)
    second = save_table(articles, "articles", folder=tmp_path / "b", corpus=articles)
    for one, two in zip(first.files, second.files, strict=True):
        assert one.read_bytes() == two.read_bytes(), one.name
    archive = zipfile.ZipFile(first.path("xlsx"))
    assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    assert b"dcterms:modified" not in archive.read("docProps/core.xml")


def test_xlsx_keeps_awkward_values_safe(tmp_path: Path) -> None:
    table = pd.DataFrame(
        {
            "term": ['=HYPERLINK("http://x")', "+1", "bell\x07here", "x" * (EXCEL_CELL_LIMIT + 10)],
            COUNT: [1, 2, 3, 4],
            "when": pd.to_datetime(
                ["2020-09-29 12:00", None, "2020-09-30 00:30", "2020-10-01 00:00"]
            ).tz_localize("Europe/Moscow"),
            "share": [0.5, float("nan"), 1.0, 0.25],
        }
    )
    path = tmp_path / "t.xlsx"
    path.write_bytes(table_xlsx_bytes(table, sheet="terms/weird:name"))
    sheet = load_workbook(path).active
    assert sheet.title == "terms_weird_name"
    assert sheet["A2"].value == '=HYPERLINK("http://x")' and sheet["A2"].data_type == "s"
    assert sheet["A4"].value == "bellhere"
    assert len(sheet["A5"].value) == EXCEL_CELL_LIMIT and sheet["A5"].value.endswith("…")
    assert sheet["C2"].value == pd.Timestamp("2020-09-29 09:00").to_pydatetime()  # UTC
    assert sheet["C3"].value is None and sheet["D3"].value is None
    assert [sheet.cell(row=r, column=2).value for r in range(2, 6)] == [1, 2, 3, 4]


def test_named_index_is_kept(tmp_path: Path) -> None:
    table = pd.DataFrame({COUNT: [3, 1]}, index=pd.Index(["putin", "belarus"], name="term"))
    exported = save_table(table, "terms", folder=tmp_path)
    assert exported.path("csv").read_text() == f"term,{COUNT}\nputin,3\nbelarus,1\n"
    sheet = load_workbook(exported.path("xlsx")).active
    assert [c.value for c in sheet[1]] == ["term", COUNT]
    assert save_table(table[COUNT], "series", folder=tmp_path).path("csv").read_text() == (
        f"term,{COUNT}\nputin,3\nbelarus,1\n"
    )


def test_default_folder_follows_the_notebook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JPY_SESSION_NAME", "/home/me/notebooks/02_term_frequency.ipynb")
    assert default_folder() == EXPORTS_DIR / "02_term_frequency"
    monkeypatch.delenv("JPY_SESSION_NAME")
    monkeypatch.setattr(sys.modules["__main__"], "__file__", "/x/my_script.py", raising=False)
    assert default_folder() == EXPORTS_DIR / "my_script"


# Safety (issue 17) -------------------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://x","y")', "+1+2", "-2 and more", "@SUM(A1)", "\tTAB", "\rCR"]


def _csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_formula_cells_are_neutralised(tmp_path: Path) -> None:
    table = pd.DataFrame(
        {
            "text": [*FORMULAS, "plain", "a = b"],
            "=total": [-3, 4, 5, 6, 7, 8, 9, 10],  # a formula-like header; numbers stay numbers
        },
        index=pd.Index(["+i", "b", "c", "d", "e", "f", "g", "h"], name="id"),
    )
    exported = save_table(table, "hostile", folder=tmp_path)
    rows = _csv_rows(exported.path("csv"))
    assert rows[0] == ["id", "text", "'=total"]
    assert [row[1] for row in rows[1:]] == [*("'" + f for f in FORMULAS), "plain", "a = b"]
    assert rows[1][0] == "'+i" and rows[1][2] == "-3"
    sidecar = json.loads(exported.path("json").read_text(encoding="utf-8"))
    assert sidecar["data"]["csv_formulas"] == "neutralise"
    assert sidecar["data"]["csv_cells_neutralised"] == len(FORMULAS) + 2  # + header + index
    # XLSX: the raw text, stored as text cells, never formulas
    sheet = load_workbook(exported.path("xlsx")).active
    assert sheet["B2"].value == FORMULAS[0] and sheet["B2"].data_type == "s"
    assert sheet["C1"].value == "=total" and sheet["C1"].data_type == "s"
    assert table["text"].iloc[0] == FORMULAS[0]  # the caller's table is not changed


def test_csv_formula_cells_can_be_kept_raw(tmp_path: Path) -> None:
    table = pd.DataFrame({"text": FORMULAS})
    exported = save_table(table, "raw", folder=tmp_path, csv_formulas="keep")
    assert [row[0] for row in _csv_rows(exported.path("csv"))[1:]] == FORMULAS
    assert json.loads(exported.path("json").read_text())["data"]["csv_formulas"] == "keep"
    figure, axes = figure_and_axes()
    axes.plot([1, 2])
    kept = save_figure(figure, "f", data=table, folder=tmp_path, csv_formulas="keep")
    assert [row[0] for row in _csv_rows(kept.path("csv"))[1:]] == FORMULAS
    shown = save_figure(figure, "g", data=table, folder=tmp_path)
    assert _csv_rows(shown.path("csv"))[1][0] == "'" + FORMULAS[0]
    with pytest.raises(ValueError, match="neutralise"):
        save_table(table, "bad", folder=tmp_path, csv_formulas="escape")  # type: ignore[arg-type]


def test_undecodable_file_names_are_written_spelled_out(tmp_path: Path, sample_corpus) -> None:
    """Issue 17: a non-UTF-8 file name made every save raise UnicodeEncodeError."""
    name = os.fsdecode(b"caf\xe9.txt")  # what os.listdir gives for a Latin-1 file name
    shown = "caf\\xe9.txt"
    table = pd.DataFrame({"source_path": pd.Series([f"/corpus/{name}"], dtype=object), "n": [1]})
    parameters = {"CORPUS_DIR": f"/data/{name}", name: [name]}
    articles = load_corpus(sample_corpus).articles
    saved = save_table(table, "files", folder=tmp_path, parameters=parameters, corpus=articles)
    assert _csv_rows(saved.path("csv"))[1] == [f"/corpus/{shown}", "1"]
    assert load_workbook(saved.path("xlsx")).active["A2"].value == f"/corpus/{shown}"
    sidecar = json.loads(saved.path("json").read_text(encoding="utf-8"))
    assert sidecar["parameters"] == {"CORPUS_DIR": f"/data/{shown}", shown: [shown]}

    figure, axes = figure_and_axes()
    axes.bar([0, 1], [2, 3])
    finish(figure, axes, title=f"Articles in {name}", source=f"Source: folder {name}")
    exported = save_figure(
        figure, "per_file", data=table, folder=tmp_path, parameters=parameters, corpus=articles
    )
    sidecar = json.loads(exported.path("json").read_text(encoding="utf-8"))
    assert sidecar["title"] == f"Articles in {shown}"
    assert sidecar["source_note"] == f"Source: folder {shown}"
    assert sidecar["parameters"]["CORPUS_DIR"] == f"/data/{shown}"
    assert sidecar["corpus"]["fingerprint"] == corpus_fingerprint(articles)  # provenance kept
    for fmt in ("png", "svg", "pdf", "csv"):
        written = exported.path(fmt).read_bytes()
        assert sidecar["files"][fmt]["sha256"] == hashlib.sha256(written).hexdigest()
    assert f"Source: folder {shown}" in exported.path("svg").read_text(encoding="utf-8")


def test_save_figure_draws_dollars_as_text(tmp_path: Path) -> None:
    figure, axes = figure_and_axes()
    axes.bar([0, 1], [2, 3])
    finish(figure, axes, title=r"$\alpha$ and $money$.com", source="Source: /data/$5 corpus$")
    svg = save_figure(figure, "dollars", folder=tmp_path).path("svg").read_text(encoding="utf-8")
    assert r"$\alpha$ and $money$.com" in svg and "Source: /data/$5 corpus$" in svg


def _full_disk_after(monkeypatch: pytest.MonkeyPatch, n_bytes: int) -> None:
    """Make os.write fill the disk: *n_bytes* are written in all, then ENOSPC."""
    real_write = os.write
    left = [n_bytes]

    def write(descriptor: int, data) -> int:
        if left[0] <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written = real_write(descriptor, bytes(data)[: left[0]])
        left[0] -= written
        return written

    monkeypatch.setattr(os, "write", write)


@pytest.mark.parametrize("n_bytes", [0, 5_000, 60_000])
def test_full_disk_fails_once_and_leaves_no_truncated_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, n_bytes: int
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "per_day.csv").write_text("old,complete\n", encoding="utf-8")  # an earlier run
    figure, axes = figure_and_axes()
    axes.bar([0, 1], [2, 3])
    table = pd.DataFrame({"day": [1, 2], "n": [2, 3]})
    _full_disk_after(monkeypatch, n_bytes)
    with pytest.raises(ExportError) as caught:
        save_figure(figure, "per_day", data=table, folder=folder)
    monkeypatch.undo()
    error = caught.value
    assert str(folder) in str(error) and "No space left on device" in str(error)
    assert error.errno == errno.ENOSPC and error.__cause__ is None and error.__suppress_context__
    assert sorted(p.name for p in folder.iterdir()) == ["per_day.csv"]  # no temporary files
    assert (folder / "per_day.csv").read_text(encoding="utf-8") == "old,complete\n"
    with pytest.raises(ExportError, match="No space left"):
        _full_disk_after(monkeypatch, n_bytes // 20)  # a table's files are smaller
        save_table(table, "table", folder=folder)
    monkeypatch.undo()
    assert sorted(p.name for p in folder.iterdir()) == ["per_day.csv"]


def test_read_only_folder_fails_with_one_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = pd.DataFrame({"n": [1]})
    blocked = tmp_path / "file"
    blocked.write_text("x")
    with pytest.raises(ExportError, match=r"Could not write exports to .*file.*folder="):
        save_table(table, "t", folder=blocked / "sub")  # the folder cannot be created
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() != 0:  # root writes anywhere: then simulate the refusal
        folder.chmod(0o500)
    else:

        def refuse(*args, **kwargs):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder))

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    try:
        with pytest.raises(ExportError) as caught:
            save_table(table, "t", folder=folder)
    finally:
        folder.chmod(0o700)
    assert str(folder) in str(caught.value) and "make the folder writable" in str(caught.value)
    assert caught.value.errno == errno.EACCES
    assert list(folder.iterdir()) == []


def test_csv_quotes_carriage_returns_and_keeps_line_ends(tmp_path: Path) -> None:
    table = pd.DataFrame({"text": ["a\rb", "c\r\nd", 'say "hi"\r\n', "plain"], "n": [1, 2, 3, 4]})
    content = table_csv_bytes(table, csv_formulas="keep")
    assert content.count(b"\r\n") == 2 and content.endswith(b"plain,4\n")  # only inside fields
    assert (
        pd.read_csv(io.BytesIO(content), keep_default_na=False)["text"].tolist()
        == table["text"].tolist()
    )


def test_write_files_is_atomic(tmp_path: Path) -> None:
    files = {tmp_path / "a.html": b"<p>a</p>", tmp_path / "b.txt": b"b"}
    assert write_files(files) == tuple(files)
    assert (tmp_path / "a.html").read_bytes() == b"<p>a</p>"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html", "b.txt"]
