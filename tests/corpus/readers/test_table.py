"""helpers.corpus.readers.table: CSV and TSV files."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers import corpus as c
from helpers.corpus import load_corpus


def test_csv_with_default_names(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "Headline": ["One", "Two", "Three"],
            "pubdate": ["2021-01-02", "03/04/2021", "garbage"],
            "Body": ["First body.\n\nSecond para.", "Other text here.", ""],
            "link": ["https://www.example.com/a", "https://news.example.org/b", ""],
        }
    )
    frame.to_csv(tmp_path / "feed.csv", index=False)
    articles, report = load_corpus(tmp_path, dayfirst=True)
    assert articles[c.ARTICLE_ID].tolist() == ["feed:1", "feed:2"]
    assert articles[c.TITLE].tolist() == ["One", "Two"]
    assert articles[c.TEXT].iloc[0] == "First body.\n\nSecond para."
    assert articles[c.PUBLISHED].tolist() == [
        pd.Timestamp("2021-01-02"),
        pd.Timestamp("2021-04-03"),
    ]
    assert articles[c.DATE_AMBIGUOUS].tolist() == [False, True]
    assert articles[c.DATE_SOURCE].tolist() == ["column:pubdate"] * 2
    assert articles[c.OUTLET].tolist() == ["example.com", "news.example.org"]
    assert report[c.STATUS].tolist() == ["partly loaded"]
    assert "skipped 1 rows with empty text (rows 3)" in report[c.DETAIL].iloc[0]


def test_column_mapping_and_tsv(tmp_path: Path) -> None:
    (tmp_path / "feed.tsv").write_text("story_id\tWhen\tWords\nA7\t2021-02-03\tHello there.\n")
    articles, _ = load_corpus(tmp_path, columns={"published": "When", "text": "Words"})
    assert articles[c.ARTICLE_ID].tolist() == ["feed:1"]
    assert articles[c.PUBLISHED].iloc[0] == pd.Timestamp("2021-02-03")
    with pytest.raises(ValueError, match="unknown contract columns"):
        load_corpus(tmp_path, columns={"headline": "Words"})


def test_table_without_text_column_is_skipped_with_advice(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("a,b\n1,2\n")
    articles, report = load_corpus(tmp_path)
    assert articles.empty
    assert "pass columns={'text'" in report[c.DETAIL].iloc[0]


@pytest.mark.shared
def test_wikinews_csv_loads(shared_data) -> None:
    path = shared_data("data", "wikinews-2019", "wikinews_2019.csv")
    articles = load_corpus(path).articles
    assert len(articles) == 171
    assert articles[c.PUBLISHED].dt.year.eq(2019).all()
    assert articles[c.OUTLET].eq("en.wikinews.org").all()


def _table(n: int = 81) -> str:
    rows = [
        {"title": f"Title {i}", "date": "2021-01-02", "text": f"Body {i}, with a comma.\n\nMore."}
        for i in range(1, n + 1)
    ]
    return pd.DataFrame(rows).to_csv(index=False)


def _row_numbers(articles: pd.DataFrame, stem: str) -> list[int]:
    ids = articles[c.ARTICLE_ID]
    return [int(i.split(":")[1]) for i in ids if i.startswith(f"{stem}:")]


@pytest.mark.parametrize("broken_row", [1, 10, 81])
def test_an_unclosed_quote_costs_one_row(tmp_path: Path, broken_row: int) -> None:
    """One unclosed quote threw 80 good rows away."""
    lines = _table().splitlines(keepends=True)
    index = next(k for k, line in enumerate(lines) if line.startswith(f"Title {broken_row},"))
    lines[index] = lines[index].replace(f"Title {broken_row}", f'"Title {broken_row}')
    (tmp_path / "t.csv").write_text("".join(lines))
    articles, report = load_corpus(tmp_path, near_duplicate_threshold=None)
    assert len(articles) == 80
    assert _row_numbers(articles, "t") == [i for i in range(1, 82) if i != broken_row]
    assert report[c.STATUS].tolist() == ["partly loaded"]
    assert "skipped 1 damaged rows" in report[c.DETAIL].iloc[0]
    assert f"at line {index + 1}" in report[c.DETAIL].iloc[0]


def test_a_row_with_too_many_fields_costs_one_row(tmp_path: Path) -> None:
    """One row with an extra field threw 70 good rows away."""
    lines = ["title,date,text\n"] + [f"T{i},2021-01-0{1 + i % 9},Body {i}.\n" for i in range(71)]
    lines[30] = lines[30].rstrip("\n") + ",extra\n"
    (tmp_path / "t.csv").write_text("".join(lines))
    articles, report = load_corpus(tmp_path, near_duplicate_threshold=None)
    assert len(articles) == 70
    assert "at line 31" in report[c.DETAIL].iloc[0]
    assert 30 not in _row_numbers(articles, "t")


def test_short_rows_are_kept(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text("text,title,date\nBody one.,One\nBody two.,Two,2021-01-01\n")
    articles, report = load_corpus(tmp_path)
    assert articles[c.TITLE].tolist() == ["One", "Two"]
    assert report[c.STATUS].tolist() == ["loaded"]


def test_cp1252_csv(tmp_path: Path) -> None:
    """cp1252 CSVs failed 5 of 5."""
    text = "title,text\nCafé naïve,Bjørn Ståle said “no” to señor Muñoz – ½ of it.\n"
    (tmp_path / "t.csv").write_bytes(text.encode("cp1252"))
    articles, report = load_corpus(tmp_path)
    assert articles[c.TITLE].tolist() == ["Café naïve"]
    assert articles[c.TEXT].tolist() == ["Bjørn Ståle said “no” to señor Muñoz – ½ of it."]
    assert report[c.ENCODING].tolist() == ["cp1252"]


def test_out_of_range_dates_in_a_column(tmp_path: Path) -> None:
    """A date outside 1677-2262 crashed the whole load (OutOfBoundsDatetime)."""
    (tmp_path / "t.csv").write_text(
        "title,date,text\nA,3021-01-01,Body a.\nB,1500-05-05,Body b.\nC,2021-01-01,Body c.\n"
    )
    articles, report = load_corpus(tmp_path)
    assert articles[c.PUBLISHED].isna().tolist() == [True, True, False]
    assert "outside the range that can be stored (1677-2262)" in report[c.DETAIL].iloc[0]
