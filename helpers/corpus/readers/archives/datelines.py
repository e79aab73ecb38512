"""Date lines as archive services write them, in English, French and German.

``"January 11, 2010 Monday"``, ``"Monday, January 4, 2010"``, ``"lundi 4 janvier 2010"``,
``"4. Januar 2010"``, ``"July 1, 2019 Monday 9:20 AM GMT"``, ISO 8601. The month and weekday
names are data: ``data/months.json`` (with examples that a test parses).
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

import pandas as pd


class DateLine(NamedTuple):
    """A parsed date line: the timestamp (None if none was found) and the words left over."""

    published: pd.Timestamp | None
    rest: str


@cache
def month_vocabulary() -> dict[str, Any]:
    """The contents of ``data/months.json`` (months, weekdays, examples)."""
    text = resources.files(__package__).joinpath("data", "months.json").read_text("utf-8")
    return json.loads(text)


@cache
def _patterns() -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    vocabulary = month_vocabulary()
    months: dict[str, int] = {}
    for names in vocabulary["months"].values():
        months.update(names)
    month_re = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    weekdays = {w for names in vocabulary["weekdays"].values() for w in names}
    weekday_re = "|".join(sorted(map(re.escape, weekdays), key=len, reverse=True))
    date = re.compile(
        rf"(?P<iso>\b(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})"
        rf"(?:[T ](?P<ih>\d{{2}}):(?P<imin>\d{{2}})(?::(?P<isec>\d{{2}}))?(?:\.\d+)?"
        rf"(?P<izone>Z|[+-]\d{{2}}:?\d{{2}})?)?)"
        rf"|(?P<mdy>\b(?P<m1>{month_re})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})\b)"
        rf"|(?P<dmy>\b(?P<d2>\d{{1,2}})(?:er|st|nd|rd|th|\.)?\s+(?P<m2>{month_re})(?!\w)\.?,?\s+"
        rf"(?P<y2>\d{{4}})\b)",
        re.IGNORECASE,
    )
    time = re.compile(
        r"^[\s,;]*(?:(?:" + weekday_re + r")\.?[\s,;]*)?"
        r"(?P<h>\d{1,2})[:.h](?P<min>\d{2})(?::(?P<sec>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?\b)?"
        r"(?:\s*(?:[A-Z]{2,4}T|UTC|GMT|[+-]\d{2}:?\d{2})\b)?",
        re.IGNORECASE,
    )
    weekday = re.compile(rf"(?<!\w)(?:{weekday_re})(?!\w)\.?", re.IGNORECASE)
    return months, date, time, weekday


@lru_cache(maxsize=8192)  # an export repeats its date lines (every article of one day)
def parse_date_line(text: str) -> DateLine:
    """Find the first date in *text*; return it with the rest of the line (weekday/time removed).

    A time right after the date (``9:20 AM GMT``) is kept as local wall time; an ISO time with a
    zone is converted to UTC. The rest is what follows or precedes the date once weekday names,
    the time and separators are gone (``"December 19, 1991, Sunday, An Edition"`` leaves
    ``"An Edition"``). No date, or an impossible one (30 February), gives ``published=None``.
    """
    months, date_re, time_re, weekday_re = _patterns()
    match = date_re.search(text)
    if match is None:
        return DateLine(None, "")
    hour = minute = second = 0
    try:
        if match.group("iso"):
            stamp = pd.Timestamp(match.group("iso"))
            if stamp.tzinfo is not None:
                stamp = stamp.tz_convert("UTC").tz_localize(None)
            after = text[match.end() :]
        else:
            if match.group("mdy"):
                month, day, year = match.group("m1", "d1", "y1")
            else:
                day, month, year = match.group("d2", "m2", "y2")
            after = text[match.end() :]
            if timed := time_re.match(after):
                hour, minute = int(timed.group("h")), int(timed.group("min"))
                second = int(timed.group("sec") or 0)
                ampm = (timed.group("ampm") or "").lower().replace(".", "")
                if ampm == "pm" and hour < 12:
                    hour += 12
                elif ampm == "am" and hour == 12:
                    hour = 0
                after = after[timed.end() :]
            stamp = pd.Timestamp(
                year=int(year),
                month=months[month.lower()],
                day=int(day),
                hour=hour,
                minute=minute,
                second=second,
            )
    except (ValueError, OverflowError):
        return DateLine(None, "")
    if not 1800 <= stamp.year <= 2100:
        return DateLine(None, "")
    rest = f"{text[: match.start()]} {after}"
    rest = weekday_re.sub(" ", rest)
    rest = re.sub(r"\s+", " ", rest).strip(" ,;.-")
    return DateLine(stamp, rest)


def parse_archive_date(text: str) -> pd.Timestamp | None:
    """The date in *text* (see :func:`parse_date_line`), or None."""
    return parse_date_line(text).published


def weekday_pattern() -> re.Pattern[str]:
    """A pattern matching any weekday name of ``data/months.json`` (case-insensitive)."""
    return _patterns()[3]
