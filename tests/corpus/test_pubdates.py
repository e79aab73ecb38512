"""helpers.corpus.pubdates: publication dates and date lines."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.corpus import parse_date
from helpers.corpus.pubdates import looks_like_dateline, month_names, read_date, vocabulary


def month_vocabulary_examples() -> list[dict]:
    return vocabulary()["examples"]


@pytest.mark.parametrize(
    ("value", "expected", "ambiguous"),
    [
        ("September 29, 2020", "2020-09-29", False),
        ("Tuesday, Sept. 29, 2020", "2020-09-29", False),
        ("29 September 2020", "2020-09-29", False),
        ("2020-09-29T22:30:00+03:00", "2020-09-29 19:30:00", False),
        ("2020-09-29", "2020-09-29", False),
        ("03/04/2020", "2020-03-04", True),
        ("13/04/2020", "2020-04-13", False),
        ("04/13/2020", "2020-04-13", False),
        ("05/05/2020", "2020-05-05", False),
    ],
)
def test_parse_date(value: str, expected: str, ambiguous: bool) -> None:
    stamp, flagged = parse_date(value)
    assert stamp == pd.Timestamp(expected)
    assert flagged is ambiguous


def test_dayfirst_policy() -> None:
    assert parse_date("03/04/2020", dayfirst=True) == (pd.Timestamp("2020-04-03"), True)
    assert parse_date("not a date at all") is None
    assert parse_date("") is None


@pytest.mark.parametrize("example", month_vocabulary_examples(), ids=lambda e: e["text"])
def test_every_month_vocabulary_example(example: dict) -> None:
    """Each example date line in data/months.json reads as its date, and looks like a date line."""
    assert parse_date(example["text"]) == (pd.Timestamp(example["date"]), False)
    assert looks_like_dateline(example["text"], first=False)


def test_month_names_map_to_twelve_months() -> None:
    assert set(month_names().values()) == set(range(1, 13))
    assert month_names()["sept"] == 9


@pytest.mark.parametrize(
    ("block", "first", "expected"),
    [
        ("February 26, 1987", True, True),
        ("10 things to know", True, False),  # no year: a title, not a date line
        ("May 5", False, True),
        ("The council met on May 5, 2021, and then", False, False),
    ],
)
def test_looks_like_dateline(block: str, first: bool, expected: bool) -> None:
    assert looks_like_dateline(block, first=first) is expected


@pytest.mark.parametrize(
    "value", ["March 3, 3021", "3021-01-01", "1500-05-05T10:00:00Z", "01/02/1200", "1 May 9999"]
)
def test_dates_pandas_cannot_store_give_a_reason(value: str) -> None:
    assert parse_date(value) is None
    reading = read_date(value)
    assert reading.published is None
    assert "outside the range that can be stored (1677-2262)" in reading.problem


def test_dates_at_the_edges_of_the_range() -> None:
    assert parse_date("1677-09-22") == (pd.Timestamp("1677-09-22"), False)
    assert parse_date("2262-04-10") == (pd.Timestamp("2262-04-10"), False)
