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
