"""helpers.timeline.chronology: dates written in the articles."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import corpus as c
from helpers import timeline as tl


def test_chronology_of_the_sample_article(sample: pd.DataFrame) -> None:
    table = tl.chronology(sample)
    assert list(table.columns) == list(tl.CHRONOLOGY_COLUMNS)
    assert (table[c.PUBLISHED] == pd.Timestamp("2020-09-29")).all()

    def value_of(expression: str, sentence_has: str) -> list[str]:
        rows = table[
            (table[tl.EXPRESSION] == expression)
            & table[c.SENTENCE].str.contains(sentence_has, regex=False)
        ]
        return rows[tl.VALUE].tolist()

    assert value_of("Aug. 9", "the Aug. 9 election") == ["2020-08-09"]
    assert value_of("Tuesday", "Putin said Tuesday") == ["2020-09-29"]
    assert value_of("last month", "the vote last month") == ["2020-08"]
    assert value_of("August", "the August vote") == ["2020-08"]
    # every expression sits inside its sentence
    text = sample[c.TEXT].iloc[0]
    for _, row in table.iterrows():
        assert text[row[c.START] : row[c.END]] == row[tl.EXPRESSION]
        assert row[tl.EXPRESSION] in row[c.SENTENCE]


def test_chronology_summary_groups_by_date(sample: pd.DataFrame) -> None:
    summary = tl.chronology_summary(tl.chronology(sample))
    assert summary[tl.VALUE].tolist() == ["2020-08", "2020-08-09", "2020-09-29"]
    august = summary.iloc[0]
    assert august[c.COUNT] == 3 and august[c.N_ARTICLES] == 1
    assert august[tl.GRANULARITY] == "month"
    only_days = tl.chronology_summary(tl.chronology(sample), granularities=["day"])
    assert only_days[tl.VALUE].tolist() == ["2020-08-09", "2020-09-29"]


def test_chronology_resolves_each_article_against_its_own_date(small: pd.DataFrame) -> None:
    table = tl.chronology(small)
    monday = table[table[tl.EXPRESSION] == "Monday"]
    assert monday[tl.VALUE].tolist() == ["2020-03-02"]  # published Monday 2 March
    with_copy = tl.chronology(small, include_duplicates=True)
    assert with_copy[with_copy[tl.EXPRESSION] == "Monday"][tl.VALUE].tolist() == [
        "2020-03-02",
        "2020-03-02",  # the copy, published 3 March, "began Monday" is still 2 March
    ]


def test_chronology_of_undated_articles_keeps_values_unresolved(sample: pd.DataFrame) -> None:
    undated = sample.assign(**{c.PUBLISHED: pd.NaT})
    table = tl.chronology(undated)
    assert table.set_index(tl.EXPRESSION)[tl.VALUE].to_dict()["Aug. 9"] == "XXXX-08-09"
    assert table[tl.REFERS_TO].isna().all()


@pytest.mark.parametrize(
    ("value", "day", "granularity"),
    [
        ("2020-08-09", "2020-08-09", "day"),
        ("2020-08-09T15:00", "2020-08-09 15:00", "time"),
        ("2020-08", "2020-08-01", "month"),
        ("2020-W40", "2020-09-28", "week"),
        ("2020-Q3", "2020-07-01", "quarter"),
        ("2020-SU", "2020-06-01", "season"),
        ("2019", "2019-01-01", "year"),
        ("199", "1990-01-01", "decade"),
        ("19", "1900-01-01", "century"),
    ],
)
def test_parse_timex_value(value: str, day: str, granularity: str) -> None:
    assert tl.parse_timex_value(value) == (pd.Timestamp(day), granularity)


@pytest.mark.parametrize(
    "value", [None, "", "PAST_REF", "P3Y", "XXXX-08-09", "2020-13", "XXXX-WXX-2"]
)
def test_parse_timex_value_for_non_points(value: str | None) -> None:
    when, granularity = tl.parse_timex_value(value)
    assert pd.isna(when) and granularity == ""


def test_chronology_keeps_dates_outside_the_nanosecond_range(sample: pd.DataFrame) -> None:
    old = sample.assign(**{c.TEXT: sample[c.TEXT] + "\n\nThe town was founded in the 1630s."})
    table = tl.chronology(old)
    row = table[table[tl.EXPRESSION].str.contains("1630s")].iloc[0]
    assert row[tl.VALUE] == "163" and row[tl.REFERS_TO] == pd.Timestamp("1630-01-01")
    summary = tl.chronology_summary(table, granularities=["decade", "day"])
    assert summary[tl.VALUE].tolist() == ["163", "2020-08-09", "2020-09-29"]
