"""Tests for helpers.temporal: temporal expression extraction and TIMEX3 normalisation.

The examples of each rule are run by test_rules.py; these are the cases across rules, the
passage context, the API and the old ``helpers.dates`` import path."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pandas as pd
import pytest

import helpers.dates
import helpers.temporal
from helpers.paths import shared_path
from helpers.temporal import TemporalExpression, find_temporal_expressions, tag_dates

SAMPLE = shared_path("seed", "000_282d2e45037f4602.txt")

# The sample article's publication date, a Tuesday.
DCT = dt.date(2020, 9, 29)

SAMPLE_EXCERPT = (
    "Russian President Vladimir Putin said Tuesday that neighboring Belarus was under "
    "unprecedented external pressure, as the Kremlin's ex-Soviet ally faces a deep political "
    "crisis over a disputed election.\n\n"
    'Belarus is in a "difficult situation" and facing "unprecedented external pressure," '
    "Putin said in televised remarks, after a presidential vote last month sparked ongoing "
    "protests against authoritarian leader Alexander Lukashenko.\n\n"
    "Protesters have taken to the streets of Belarusian cities since Lukashenko claimed a sixth "
    "term\n\nwith 80% of the vote in the Aug. 9 election.\n\n"
    "Exiled opposition leader Svetlana Tikhanovskaya who claimed victory over Lukashenko in the "
    "August vote has rallied Western support for demonstrators since fleeing to neighboring "
    "Lithuania."
)


def one(text: str, reference: dt.date | None = DCT) -> TemporalExpression:
    """The single expression found in ``text``."""
    found = find_temporal_expressions(text, reference=reference)
    assert len(found) == 1, found
    return found[0]


def by_text(text: str, reference: dt.date | None = DCT) -> dict[str, TemporalExpression]:
    return {e.text: e for e in find_temporal_expressions(text, reference=reference)}


# --- the sample article -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "value"),
    [("Aug. 9", "2020-08-09"), ("Tuesday", "2020-09-29"), ("last month", "2020-08"),
     ("August", "2020-08")],
)  # fmt: skip
def test_sample_article_excerpt(expression: str, value: str) -> None:
    found = by_text(SAMPLE_EXCERPT)
    assert found[expression].value == value
    assert found[expression].type == "DATE"


def test_sample_article_offsets_point_into_the_text() -> None:
    for e in find_temporal_expressions(SAMPLE_EXCERPT, reference=DCT):
        assert SAMPLE_EXCERPT[e.start : e.end] == e.text


@pytest.mark.shared
@pytest.mark.skipif(SAMPLE is None, reason="sample article not found in ../shared/seed")
def test_sample_article_file() -> None:
    assert SAMPLE is not None
    text = SAMPLE.read_text(encoding="utf-8")
    table = tag_dates(text, reference=DCT)
    values = dict(zip(table["expression"], table["value"], strict=False))
    assert values["September 29, 2020"] == "2020-09-29"
    assert values["Aug. 9"] == "2020-08-09"
    assert values["Tuesday"] == "2020-09-29"
    assert values["last month"] == "2020-08"
    assert values["August"] == "2020-08"
    # the URL's /2020/09/29/ is not a date mention
    assert "2020" not in values


# --- unit cases per family ------------------------------------------------------------------

CASES = [
    # absolute dates
    ("The vote was held on September 29, 2020.", "September 29, 2020", "DATE", "2020-09-29"),
    ("It was founded on 26 February 1987.", "26 February 1987", "DATE", "1987-02-26"),
    ("Prices rose in October 1998.", "October 1998", "DATE", "1998-10"),
    ("He left the company in 2019.", "2019", "DATE", "2019"),
    ("The plant opened in 1987.", "1987", "DATE", "1987"),
    ("Talks resume in mid-August.", "mid-August", "DATE", "2020-08"),
    ("It was popular in the 1990s.", "the 1990s", "DATE", "199"),
    ("The boom of the late 1970s ended.", "the late 1970s", "DATE", "197"),
    ("a relic of the 20th century", "the 20th century", "DATE", "19"),
    ("Sales fell in the first quarter.", "the first quarter", "DATE", "2020-Q1"),
    ("Third-quarter profit rose.", "Third-quarter", "DATE", "2020-Q3"),
    ("Q3 earnings beat forecasts.", "Q3", "DATE", "2020-Q3"),
    ("the third quarter of 1990", "the third quarter of 1990", "DATE", "1990-Q3"),
    ("Sales dropped last summer.", "last summer", "DATE", "2020-SU"),
    ("The deal closes in the first half of 2021.", "the first half of 2021", "DATE", "2021-H1"),
    ("The deal was agreed on 2020-09-01.", "2020-09-01", "DATE", "2020-09-01"),
    # relative dates
    ("The minister resigned yesterday.", "yesterday", "DATE", "2020-09-28"),
    ("The court rules today.", "today", "DATE", "2020-09-29"),
    ("The court will rule tomorrow.", "tomorrow", "DATE", "2020-09-30"),
    ("Shares fell last week.", "last week", "DATE", "2020-W39"),
    ("Shares fell this week.", "this week", "DATE", "2020-W40"),
    ("Shares rose this month.", "this month", "DATE", "2020-09"),
    ("Shares rose earlier this month.", "earlier this month", "DATE", "2020-09"),
    ("Elections are due next year.", "next year", "DATE", "2021"),
    ("Output rose last year.", "last year", "DATE", "2019"),
    ("He arrived two weeks ago.", "two weeks ago", "DATE", "2020-W38"),
    ("He arrived three days ago.", "three days ago", "DATE", "2020-09-26"),
    ("He left five years ago.", "five years ago", "DATE", "2015"),
    ("The talks ended Friday.", "Friday", "DATE", "2020-09-25"),
    ("The talks will resume Friday.", "Friday", "DATE", "2020-10-02"),
    ("They meet next Monday.", "next Monday", "DATE", "2020-10-05"),
    ("He spoke last Wednesday.", "last Wednesday", "DATE", "2020-09-23"),
    ("Prices are high now.", "now", "DATE", "PRESENT_REF"),
    ("He recently moved.", "recently", "DATE", "PAST_REF"),
    ("It may change in the future.", "the future", "DATE", "FUTURE_REF"),
    ("The strike ended on Thanksgiving Day.", "Thanksgiving Day", "DATE", "2019-11-28"),
    # durations
    ("He was jailed for three years.", "three years", "DURATION", "P3Y"),
    ("Talks lasted six months.", "six months", "DURATION", "P6M"),
    ("a two-day meeting", "two-day", "DURATION", "P2D"),
    ("The strike lasted 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
    ("It took several weeks.", "several weeks", "DURATION", "PXW"),
    ("over the past two decades", "the past two decades", "DURATION", "P20Y"),
    ("a flight of five hours", "five hours", "DURATION", "PT5H"),
    ("within 30 minutes", "30 minutes", "DURATION", "PT30M"),
    ("the past three months", "the past three months", "DURATION", "P3M"),
    # sets
    ("The board meets every week.", "every week", "SET", "P1W"),
    ("The magazine appears weekly.", "weekly", "SET", "P1W"),
    ("Fees are reviewed annually.", "annually", "SET", "P1Y"),
    ("The club meets every Tuesday.", "every Tuesday", "SET", "XXXX-WXX-2"),
    ("Inspections happen each year.", "each year", "SET", "P1Y"),
    # times
    ("The polls close at 3 p.m.", "3 p.m.", "TIME", "2020-09-29T15:00"),
    ("It happened at 10:35 a.m. EST", "10:35 a.m. EST", "TIME", "2020-09-29T10:35"),
    ("He will speak tonight.", "tonight", "DATE", "2020-09-29"),
    ("He spoke this morning.", "this morning", "TIME", "2020-09-29TMO"),
    ("Rioting broke out last night.", "last night", "TIME", "2020-09-28TNI"),
    ("The deadline is noon tomorrow.", "noon tomorrow", "TIME", "2020-09-30T12:00"),
]


@pytest.mark.parametrize(("sentence", "expression", "type_", "value"), CASES)
def test_unit_cases(sentence: str, expression: str, type_: str, value: str) -> None:
    found = by_text(sentence)
    assert expression in found, f"{expression!r} not in {list(found)}"
    assert (found[expression].type, found[expression].value) == (type_, value)


def test_quarter_year_ago_follows_the_quarter_under_discussion() -> None:
    text = "Third-quarter profit rose 5% from a year ago, and sales fell from the year-ago quarter."
    found = find_temporal_expressions(text, reference=dt.date(1989, 10, 26))
    assert [e.value for e in found] == ["1989-Q3", "1988-Q3", "1988-Q3"]


@pytest.mark.parametrize(
    "text",
    [
        "The company sold 1,500 shares for $2,000.",
        "Mayor Smith may march on the capital.",
        "They fall behind in the second round.",
        "He has 1998 shares.",
    ],
)
def test_no_false_alarms(text: str) -> None:
    assert find_temporal_expressions(text, reference=DCT) == []


# --- reference=None ----------------------------------------------------------------------------


def test_without_reference_absolute_dates_keep_their_value() -> None:
    e = one("It happened on September 29, 2020.", reference=None)
    assert e.value == "2020-09-29"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("the Aug. 9 election", "XXXX-08-09"),
        ("the August vote", "XXXX-08"),
        ("Putin said Tuesday", "XXXX-WXX-2"),
        ("in the third quarter", "XXXX-Q3"),
        ("at 3 p.m.", "XXXX-XX-XXT15:00"),
        ("for three years", "P3Y"),
        ("every week", "P1W"),
        ("now", "PRESENT_REF"),
    ],
)
def test_without_reference_partial_values_are_underspecified(sentence: str, value: str) -> None:
    assert one(sentence, reference=None).value == value


@pytest.mark.parametrize("sentence", ["yesterday", "last month", "two weeks ago", "next year"])
def test_without_reference_anchor_relative_values_are_none(sentence: str) -> None:
    e = one(sentence, reference=None)
    assert e.type == "DATE"
    assert e.value is None


# --- API ---------------------------------------------------------------------------------------


def test_expression_is_frozen() -> None:
    e = one("yesterday")
    with pytest.raises(dataclasses.FrozenInstanceError):
        e.value = "x"  # type: ignore[misc]


def test_datetime_reference_is_accepted() -> None:
    assert one("yesterday", reference=dt.datetime(2020, 9, 29, 15, 0)).value == "2020-09-28"


def test_tag_dates_table() -> None:
    table = tag_dates(SAMPLE_EXCERPT, reference=DCT)
    assert list(table.columns) == ["start", "end", "expression", "type", "value"]
    assert len(table) == 4
    assert table["start"].is_monotonic_increasing
    empty = tag_dates("No dates here.", reference=DCT)
    assert list(empty.columns) == list(table.columns)
    assert empty.empty
    assert isinstance(empty, pd.DataFrame)


def test_empty_text() -> None:
    assert find_temporal_expressions("", reference=DCT) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Sales rose in March.", "1989-03"),  # unmarked month: the recent past one
        ("The plant opened in March.", "1989-03"),
        ("The plant will open in March.", "1990-03"),  # future tense: the coming one
        ("The talks resume in December.", "1989-12"),  # next month, nothing recent to point at
    ],
)
def test_month_without_year_prefers_the_recent_past(sentence: str, value: str) -> None:
    found = find_temporal_expressions(sentence, reference=dt.date(1989, 11, 2))
    assert [e.value for e in found] == [value]


# --- rules added to lift TempEval-3 value F1 above 0.80 ----------------------------------------

WED = dt.date(2000, 4, 5)  # a Wednesday


def test_abbreviated_month_with_day_after_last_is_one_date() -> None:
    found = by_text(
        "The first shooting was last Oct. 23 in Amherst.", reference=dt.date(1999, 4, 19)
    )
    assert "last Oct" not in found
    assert found["Oct. 23"].value == "1998-10-23"


def test_capitalised_words_ending_in_ed_are_not_past_tense_cues() -> None:
    # "United" is not a past-tense verb: the future "will" decides
    found = by_text("They will fly to the United States Thursday.", reference=WED)
    assert found["Thursday"].value == "2000-04-06"
    # a lower-case -ed verb still marks the past
    assert by_text("They landed Thursday.", reference=WED)["Thursday"].value == "2000-03-30"


@pytest.mark.parametrize(
    ("sentence", "reference", "value"),
    [
        # "as early as" looks ahead
        ("His father could arrive as early as Tuesday.", dt.date(2000, 4, 3), "2000-04-04"),
        # "could" alone is not a future cue ("could not" is mostly past)
        ("Doctors could not save him Friday.", dt.date(1998, 10, 25), "1998-10-23"),
        # a plan that "had been due to" happen is in the past
        ("The offer had been due to expire Friday.", dt.date(1989, 10, 30), "1989-10-27"),
        ("The vote had been scheduled to take place Friday.", dt.date(1989, 10, 30), "1989-10-27"),
        # ... while "is due to" still looks ahead
        ("The offer is due to expire Friday.", dt.date(1989, 10, 30), "1989-11-03"),
    ],
)
def test_weekday_tense_cues(sentence: str, reference: dt.date, value: str) -> None:
    found = find_temporal_expressions(sentence, reference=reference)
    assert [e.value for e in found] == [value]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("It began in June last year.", "June last year", "1997-06"),
        ("Talks stalled in January this year.", "January this year", "1998-01"),
        ("The law takes effect in March next year.", "March next year", "1999-03"),
        ("in January nineteen ninety-seven", "January nineteen ninety-seven", "1997-01"),
        ("during the winter of nineteen ninety-four", "the winter of nineteen ninety-four",
         "1994-WI"),
    ],
)  # fmt: skip
def test_month_or_season_with_relative_or_spoken_year(
    sentence: str, expression: str, value: str
) -> None:
    found = by_text(sentence, reference=dt.date(1998, 2, 19))
    assert list(found) == [expression]
    assert (found[expression].type, found[expression].value) == ("DATE", value)


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The offer expires at 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", "1989-11-09T17:00"),
        ("It ends at 5 p.m. EST, Nov. 6, 1989.", "5 p.m. EST, Nov. 6, 1989", "1989-11-06T17:00"),
        ("The polls opened at 7 a.m. on Oct. 30.", "7 a.m. on Oct. 30", "1989-10-30T07:00"),
    ],
)
def test_clock_time_with_a_date_is_one_time(sentence: str, expression: str, value: str) -> None:
    found = by_text(sentence, reference=dt.date(1989, 11, 2))
    assert list(found) == [expression]
    assert (found[expression].type, found[expression].value) == ("TIME", value)


def test_the_previous_weekday_is_before_the_day_under_discussion() -> None:
    text = "Shares closed Friday at 2082.1, down 4.5% from the previous Friday."
    found = find_temporal_expressions(text, reference=dt.date(1989, 10, 30))
    assert [(e.text, e.value) for e in found] == [
        ("Friday", "1989-10-27"),
        ("the previous Friday", "1989-10-20"),
    ]
    # with no day under discussion it is the one before the reference date
    assert one("down from the previous Friday", reference=dt.date(1989, 10, 30)).value == (
        "1989-10-27"
    )


def test_the_following_month_is_after_the_month_under_discussion() -> None:
    text = "Holders urged a sale in March 1989. The following month, the company put itself up."
    found = find_temporal_expressions(text, reference=dt.date(1989, 10, 27))
    assert [(e.text, e.value) for e in found] == [
        ("March 1989", "1989-03"),
        ("The following month", "1989-04"),
    ]


def test_weekday_named_on_that_weekday_is_the_same_day_even_in_the_future_tense() -> None:
    friday = dt.date(1998, 2, 6)
    assert one("The panel will meet Friday.", reference=friday).value == "1998-02-06"
    assert one("The panel will meet next Friday.", reference=friday).value == "1998-02-13"


def test_until_a_weekday_looks_ahead() -> None:
    thursday = dt.date(2000, 3, 30)
    found = one("Officials postponed any action until Tuesday morning.", reference=thursday)
    assert found.value == "2000-04-04"
    found = one("The INS gave them until 9 a.m. Tuesday to sign.", reference=dt.date(2000, 4, 3))
    assert (found.type, found.value) == ("TIME", "2000-04-04T09:00")


@pytest.mark.parametrize(
    ("sentence", "reference", "value"),
    [
        # "will be named": a passive participle after "be" is not a past-tense cue
        ("Collins will be named commander for a mission in December.", dt.date(1998, 3, 4),
         "1998-12"),
        # a participle after the expression ("markets untouched by") does not set the tense
        ("Qantas will double its flights by August in search of markets untouched by the crisis.",
         dt.date(1998, 2, 13), "1998-08"),
        ("On Friday, when she set aside vacation plans for the hastily planned trip, ...",
         dt.date(1998, 8, 17), "1998-08-14"),
    ],
)  # fmt: skip
def test_participles_are_not_tense_cues(sentence: str, reference: dt.date, value: str) -> None:
    found = find_temporal_expressions(sentence, reference=reference)
    assert [e.value for e in found] == [value]


# --- old import path ------------------------------------------------------------------------


def test_helpers_dates_keeps_the_public_names() -> None:
    for name in helpers.temporal.__all__:
        assert getattr(helpers.dates, name) is getattr(helpers.temporal, name)
    assert (helpers.dates.DATE, helpers.dates.TIME, helpers.dates.DURATION, helpers.dates.SET) == (
        "DATE",
        "TIME",
        "DURATION",
        "SET",
    )


def test_expressions_name_their_rule() -> None:
    found = by_text("The talks ended Friday, three days ago.")
    assert found["Friday"].rule == "weekday"
    assert found["three days ago"].rule == "ago"
