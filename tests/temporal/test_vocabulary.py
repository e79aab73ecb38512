"""Lint of the vocabularies in helpers/temporal/vocab/ against the patterns that use them."""

from __future__ import annotations

import re

import pytest

from helpers.temporal import vocabulary as v
from helpers.temporal.ruleset import default_ruleset

RULESET = default_ruleset()


def _matches(part: str, word: str) -> bool:
    return re.fullmatch(RULESET.parts[part], word, re.IGNORECASE) is not None


def test_every_month_word_is_matched_and_every_month_has_a_name() -> None:
    assert all(_matches("month", w) for w in v.MONTHS)
    assert sorted(set(v.MONTHS.values())) == list(range(1, 13))


def test_every_weekday_name_is_matched() -> None:
    names = [w for w in v.WEEKDAYS if w.endswith("day")]
    assert len(names) == 7
    assert all(_matches("weekday", w) for w in names)
    assert sorted(set(v.WEEKDAYS.values())) == list(range(1, 8))


def test_set_words_and_their_rule_agree() -> None:
    rule = RULESET.rule("set_word").regex
    assert all(rule.fullmatch(w) for w in v.SET_WORDS)
    listed = re.search(r"\(\?P<sw>([^)]*)\)", rule.pattern).group(1).split("|")  # type: ignore[union-attr]
    assert set(listed) == set(v.SET_WORDS)


def test_holidays() -> None:
    assert set(v.HOLIDAY_ALIASES.values()) <= set(v.HOLIDAYS)
    assert v.HOLIDAYS["thanksgiving"](2019).isoformat() == "2019-11-28"
    assert v.HOLIDAYS["easter"](2021).isoformat() == "2021-04-04"
    assert v.HOLIDAYS["election day"](2020).isoformat() == "2020-11-03"
    assert v.HOLIDAYS["memorial day"](2020).isoformat() == "2020-05-25"


@pytest.mark.parametrize("table", ["units", "seasons", "parts_of_day", "steps", "cardinals"])
def test_tables_are_not_empty(table: str) -> None:
    assert len(v.vocabulary(table)) > 3


def test_seasons_cover_every_month_once() -> None:
    assert sorted(v.SEASON_OF_MONTH) == list(range(1, 13))
    assert set(v.SEASON_OF_MONTH.values()) == set(v.SEASONS.values())


def test_unknown_vocabulary_is_reported() -> None:
    with pytest.raises(v.VocabularyError, match="unknown vocabulary 'colours'"):
        v.vocabulary("colours")
