"""Publication dates: :func:`parse_date` and the test that tells a date line from a paragraph.

Month and weekday names are data (``data/months.json``), each with example date lines that a test
runs. Dates pandas cannot store (before 1677-09-21 or after 2262-04-11) are not dates here:
:func:`read_date` says why, and the article keeps an empty ``published``.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import pandas as pd

__all__ = [
    "DateReading",
    "looks_like_dateline",
    "month_names",
    "parse_date",
    "read_date",
    "vocabulary",
]


@cache
def vocabulary() -> dict[str, Any]:
    """The month and weekday names and their examples, as stored in ``data/months.json``."""
    return json.loads(resources.files("helpers.corpus").joinpath("data/months.json").read_text())


def month_names() -> dict[str, int]:
    """Every month name and abbreviation known (lower case) → month number (1-12)."""
    return {
        name: number
        for names_by_month in vocabulary()["months"].values()
        for number, names in enumerate(names_by_month, start=1)
        for name in names
    }


_MONTHS = month_names()
_MONTH_RE = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_WEEKDAY_RE = "|".join(
    sorted(
        {stem for stems in vocabulary()["weekdays"].values() for stem in stems},
        key=len,
        reverse=True,
    )
)
_WEEKDAY_PREFIX = re.compile(rf"^(?:(?:{_WEEKDAY_RE})[^\W\d_]*\.?,?\s+)", re.IGNORECASE)
_MDY = re.compile(
    rf"^({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE
)
_DMY = re.compile(
    rf"^(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b", re.IGNORECASE
)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?")
_NUMERIC = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})$")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b\d{4}\b")
_DATELINE_START = re.compile(rf"^(?:\d|(?:{_MONTH_RE})\b)", re.IGNORECASE)
_WORDY = re.compile(r"[A-Za-z]{3}|\d{4}")

#: The range of days pandas can store in a ``datetime64[ns]`` column.
_EARLIEST = pd.Timestamp.min.ceil("D")
_LATEST = pd.Timestamp.max.floor("D")


class DateReading(NamedTuple):
    """What :func:`read_date` found: the date (or None), whether it was ambiguous, and why not."""

    published: pd.Timestamp | None
    ambiguous: bool = False
    #: Why a date-like value gave no date ("" when it gave one, or was no date at all).
    problem: str = ""


def looks_like_dateline(block: str, *, first: bool) -> bool:
    """A short line that starts with a month name or a digit (after an optional weekday).

    The first block of a file must also hold a four-digit year (a title such as "10 things to
    know" is no date line).
    """
    if len(block) > 60 or not _DIGIT.search(block):
        return False
    if first and not _YEAR.search(block):
        return False
    return _DATELINE_START.match(_WEEKDAY_PREFIX.sub("", block)) is not None


def parse_date(value: str, *, dayfirst: bool = False) -> tuple[pd.Timestamp, bool] | None:
    """Parse a publication date; return ``(timestamp, ambiguous)`` or ``None`` if unreadable.

    Reads ``September 29, 2020``, ``Tuesday, Sept. 29, 2020``, ``29 September 2020``, ISO 8601
    (``2020-09-29T14:05:00Z``, converted to UTC and stored without zone) and numeric dates.
    A numeric date whose first two numbers are both <= 12 and differ (``03/04/2020``) is
    *ambiguous*: it is read with the *dayfirst* policy and flagged. Dates outside the range
    pandas stores (1677-2262) give ``None``; :func:`read_date` says so.
    """
    reading = read_date(value, dayfirst=dayfirst)
    return None if reading.published is None else (reading.published, reading.ambiguous)


def read_date(value: str, *, dayfirst: bool = False) -> DateReading:
    """Like :func:`parse_date`, with the reason when a date-like value gives no date."""
    text = str(value).strip().strip(".")
    if not text or len(text) > 80:
        return DateReading(None)
    text = _WEEKDAY_PREFIX.sub("", text)
    try:
        stamp, ambiguous = _parse(text, dayfirst=dayfirst)
    except (ValueError, OverflowError, TypeError):
        return DateReading(None)
    if stamp is None or pd.isna(stamp):
        return DateReading(None)
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    if not _EARLIEST <= stamp <= _LATEST:
        return DateReading(
            None,
            problem=f"date {value.strip()[:40]!r} is outside the range that can be stored "
            f"({_EARLIEST.year}-{_LATEST.year})",
        )
    return DateReading(stamp.as_unit("ns"), ambiguous)


def _parse(text: str, *, dayfirst: bool) -> tuple[pd.Timestamp | None, bool]:
    if match := _MDY.match(text):
        month, day, year = _MONTHS[match.group(1).lower()], int(match.group(2)), int(match.group(3))
        return pd.Timestamp(year=year, month=month, day=day), False
    if match := _DMY.match(text):
        day, month, year = int(match.group(1)), _MONTHS[match.group(2).lower()], int(match.group(3))
        return pd.Timestamp(year=year, month=month, day=day), False
    if match := _NUMERIC.match(text):
        first, second = int(match.group(1)), int(match.group(3))
        year = int(match.group(4))
        year += 2000 if year < 100 and year < 70 else (1900 if year < 100 else 0)
        day, month = (first, second) if dayfirst else (second, first)
        if month > 12 and day <= 12:  # only one reading is possible
            day, month = month, day
        ambiguous = first <= 12 and second <= 12 and first != second
        return pd.Timestamp(year=year, month=month, day=day), ambiguous
    if _ISO.match(text):
        return pd.Timestamp(text), False
    if not _DIGIT.search(text) or not _WORDY.search(text):
        return None, False
    return pd.to_datetime(text, dayfirst=dayfirst), False
