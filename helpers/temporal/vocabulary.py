"""The tagger's vocabularies, read from the TOML files in ``helpers/temporal/vocab/``.

Each file holds one or more named tables (``months``, ``weekdays``, ``cardinals`` ...). The
normalisers use the constants below; :func:`vocabulary` reads any table by name (the rule
families in ``rules/families.toml`` take their trigger words from it).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["VOCAB_DIR", "VocabularyError", "vocabulary"]

#: Where the vocabulary files live.
VOCAB_DIR = Path(__file__).resolve().parent / "vocab"


class VocabularyError(ValueError):
    """A vocabulary file is malformed (the message names the file and the table)."""


@cache
def _tables(vocab_dir: Path = VOCAB_DIR) -> dict[str, tuple[Path, dict[str, Any]]]:
    tables: dict[str, tuple[Path, dict[str, Any]]] = {}
    for path in sorted(vocab_dir.glob("*.toml")):
        with path.open("rb") as fh:
            try:
                data = tomllib.load(fh)
            except tomllib.TOMLDecodeError as err:
                raise VocabularyError(f"{path.name}: {err}") from err
        for name, table in data.items():
            if name in tables:
                raise VocabularyError(
                    f"vocabulary {name!r} defined twice: {tables[name][0].name} and {path.name}"
                )
            if not isinstance(table, dict):
                raise VocabularyError(f"{path.name}: [{name}] must be a table")
            tables[name] = (path, table)
    return tables


def vocabulary(name: str) -> Mapping[str, Any]:
    """The vocabulary table called ``name`` (e.g. ``"months"``: word → month number)."""
    tables = _tables()
    if name not in tables:
        raise VocabularyError(f"unknown vocabulary {name!r}; known: {', '.join(sorted(tables))}")
    return tables[name][1]


def _easter(y: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return dt.date(y, month, day)


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based; -1 = last) ISO weekday of a month."""
    if n > 0:
        first = dt.date(y, month, 1)
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = dt.date(y + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7)


def _holiday_rule(name: str, spec: Mapping[str, int]) -> Callable[[int], dt.date]:
    """``year -> date`` for one entry of ``vocab/holidays.toml``."""
    keys = set(spec)
    shift = dt.timedelta(days=spec.get("offset_days", 0))
    keys.discard("offset_days")
    if keys == {"month", "day"}:
        month, day = spec["month"], spec["day"]
        return lambda y: dt.date(y, month, day) + shift
    if keys == {"month", "weekday", "nth"}:
        month, weekday, nth = spec["month"], spec["weekday"], spec["nth"]
        return lambda y: _nth_weekday(y, month, weekday, nth) + shift
    if keys == {"easter"}:
        days = dt.timedelta(days=spec["easter"]) + shift
        return lambda y: _easter(y) + days
    raise VocabularyError(
        f"holidays.toml: holiday {name!r} needs month+day, month+weekday+nth or easter; "
        f"got {sorted(spec)}"
    )


MONTHS: Mapping[str, int] = vocabulary("months")
WEEKDAYS: Mapping[str, int] = vocabulary("weekdays")
CARDINALS: Mapping[str, float] = vocabulary("cardinals")
ORDINALS: Mapping[str, int] = vocabulary("ordinals")
VAGUE_NUMBERS: tuple[str, ...] = tuple(vocabulary("vague")["words"])
DECADE_WORDS: Mapping[str, int] = vocabulary("decade_words")
UNIT_CODES: Mapping[str, str] = vocabulary("units")
SEASONS: Mapping[str, str] = vocabulary("seasons")
SEASON_OF_MONTH: Mapping[int, str] = {
    month: season for season, months in vocabulary("season_months").items() for month in months
}
DAY_WORDS: Mapping[str, int] = vocabulary("day_words")
PARTS_OF_DAY: Mapping[str, str] = vocabulary("parts_of_day")
SET_WORDS: Mapping[str, str] = vocabulary("set_words")
STEPS: Mapping[str, int] = vocabulary("steps")
HOLIDAYS: Mapping[str, Callable[[int], dt.date]] = {
    name: _holiday_rule(name, spec) for name, spec in vocabulary("holidays").items()
}
HOLIDAY_ALIASES: Mapping[str, str] = vocabulary("holiday_aliases")
