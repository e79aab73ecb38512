"""Temporal expressions in English news text: find them and normalise them (TimeML TIMEX3 style).

A small rule-based tagger in the spirit of HeidelTime, in pure Python (regular expressions only,
no models). Each expression gets a TIMEX3 ``type`` (``DATE``, ``TIME``, ``DURATION``, ``SET``)
and a normalised ``value`` resolved against a reference date, usually the article's publication
date (the *document creation time*, DCT):

==========================  ==========  ===============
expression                  type        value (DCT 2020-09-29, a Tuesday)
==========================  ==========  ===============
September 29, 2020          DATE        2020-09-29
the Aug. 9 election         DATE        2020-08-09
said Tuesday                DATE        2020-09-29
last month                  DATE        2020-08
this week                   DATE        2020-W40
the 1990s                   DATE        199
the first quarter           DATE        2020-Q1
for three years             DURATION    P3Y
several months              DURATION    PXM
two-day                     DURATION    P2D
every Tuesday               SET         XXXX-WXX-2
weekly                      SET         P1W
3 p.m.                      TIME        2020-09-29T15:00
tonight                     DATE        2020-09-29
now / recently / soon       DATE        PRESENT_REF / PAST_REF / FUTURE_REF
==========================  ==========  ===============

Resolution rules (news conventions, as in TimeBank):

- A weekday alone refers to the closest such day on or before the reference date ("Putin said
  Tuesday"), or the next one after it when the clause is in the future tense ("will meet Tuesday")
  or the weekday is preceded by ``next``/``this coming``/``until``; a weekday named on that very
  weekday is the reference day. ``the previous Friday`` / ``the following month`` count from the
  day / month the passage last mentioned.
- A month (with or without a day) and no year is placed in the future when the clause is in the
  future tense; otherwise in the past when that is less than about eight months back (news mostly
  reports what happened), else in the year that makes it nearest to the reference date.
- ``a year ago`` / ``a year earlier`` in a passage about quarterly results is the same quarter one
  year earlier (``1988-Q3``), as annotated in TimeBank.

With ``reference=None`` nothing is resolved against a calendar: absolute expressions keep their
value ("September 29, 2020" → ``2020-09-29``); partially specified ones are left underspecified
with ``X`` ("Aug. 9" → ``XXXX-08-09``, "Tuesday" → ``XXXX-WXX-2``, "the third quarter" →
``XXXX-Q3``); purely anchor-relative ones ("yesterday", "last month", "two weeks ago") are found
and typed, but their ``value`` is ``None``. Durations, sets and ``*_REF`` values never need the
reference.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

import pandas as pd

__all__ = [
    "TemporalExpression",
    "find_temporal_expressions",
    "tag_dates",
]

DATE = "DATE"
TIME = "TIME"
DURATION = "DURATION"
SET = "SET"

COLUMNS = ["start", "end", "expression", "type", "value"]


@dataclass(frozen=True, slots=True)
class TemporalExpression:
    """One temporal expression found in a text.

    Attributes
    ----------
    start, end : int
        Character offsets in the input text (``text[start:end] == self.text``).
    text : str
        The expression as written.
    type : str
        TIMEX3 type: ``"DATE"``, ``"TIME"``, ``"DURATION"`` or ``"SET"``.
    value : str or None
        TIMEX3 value (``"2020-08-09"``, ``"P3Y"``, ``"PAST_REF"``, ...); ``None`` when the value
        needs a reference date and none was given.
    """

    start: int
    end: int
    text: str
    type: str
    value: str | None


# --------------------------------------------------------------------------------------------
# vocabulary

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6,
    "sat": 6, "sunday": 7, "sun": 7,
}  # fmt: skip
_SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100, "a dozen": 12,
    "dozen": 12, "a couple of": 2, "couple of": 2, "a couple": 2, "half a": 0.5, "a half": 0.5,
}  # fmt: skip
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "twenty-first": 21,
}  # fmt: skip
_UNIT_CODE = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
    "century": "CE", "centurie": "CE", "millenni": "ML", "season": "SE",
}  # fmt: skip
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "mid-day": "MI", "noon": "12:00", "midnight": "24:00",
}  # fmt: skip
_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
_VAGUE_NUMBERS = ("few", "several", "some", "many", "a few", "a number of", "numerous", "various")

# --------------------------------------------------------------------------------------------
# regular-expression building blocks (all used with re.IGNORECASE unless noted)

_MONTH_RE = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)"
)
# months that are also ordinary words need more context when they stand alone
_SAFE_MONTH_RE = (
    r"(?:january|february|april|june|july|august|september|october|november|december"
    r"|jan\.|feb\.|apr\.|aug\.|sept?\.|oct\.|nov\.|dec\.)"
)
_WEEKDAY_RE = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR_RE = r"(?:1[5-9]\d\d|20\d\d)(?![\d,]\d)"
_WORD_NUM = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|(?:a |one )?hundred|(?:a )?dozen|(?:a )?couple(?: of)?)"
)
_NUM = (
    r"(?:(?!(?:1[6-9]|20)\d\d\b)\d+(?:\.\d+)?(?: 1/2)?|" + _WORD_NUM + r"(?: and a half)?"
    r"|a few|few|several|some|many|a number of|numerous|various|a|an|half an?)"
)
_UNIT = (
    r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade"
    r"|centur(?:y|ie)|millenni(?:um|a)|season)"
)
_APPROX = (
    r"(?:(?:about|around|approximately|roughly|nearly|almost|some|under"
    r"|more than|less than|fewer than|at least|at most|no more than|no less than|up to"
    r"|upwards of|in excess of|close to|the better part of|the last|the past|the next"
    r"|the first|the final|the coming|the previous|the following|the remaining|another"
    r"|an additional|a further|a full|a whole|an entire|the entire|the whole|the same|the"
    r"|past|last|next|first|final|coming|previous|following|recent|remaining|additional"
    r"|consecutive|straight|successive|full|whole|entire|fiscal|calendar|trading|business"
    r"|working|more|extra|further|long|short|brief|latest|subsequent|preceding|ensuing"
    r"|initial|intervening)\s+)*"
)
_PARTS_RE = r"(?:morning|afternoon|evening|night|overnight)"
_TIME_OF_DAY = (
    r"(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)(?:\s*(?:a\.m\.|p\.m\.))?"
    r"|noon|midnight|midday)"
    r"(?:\s+(?:[ECMP][SD]T|GMT|UTC|local time|Eastern|Pacific))?"
)
_PREMOD = (
    r"(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid|middle|end|beginning|start|close|first half"
    r"|second half|last half|latter half|latter part|early part|later part|bulk|rest|remainder"
    r"|part|turn|dawn|course)(?:\s+of|-|\s+)\s*(?:the\s+)?)"
)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Words that signal the tense of a clause, for weekday / month resolution.
_TENSE_CUE = _rx(
    r"\b(?:(?P<fut>will|won't|wo|shall|'ll|going to|plans? to|planning to|planned|scheduled"
    r"|expects? to|expected to|is to|are to|set to|due to|would|hopes? to|intends? to"
    r"|as soon as|as early as|to be held|will be|until|till)"
    r"|(?P<past>had\s+been\s+(?:\w+ly\s+)?(?:due|scheduled|expected|set|planned|slated"
    r"|supposed)\s+to|had\s+(?:planned|hoped|intended|expected)\s+to"
    r"|said|says|was|were|had|did|ago|last|earlier|reported|told|announced"
    r"|(?<!\bbe )(?!(?:need|indeed|speed|hundred|proceed|exceed|succeed|breed|greed)\b)"
    r"(?-i:[a-z]{3,}ed)"
    r"))\b"
)

# -ed cues that still mark the past when they follow the expression ("Tuesday, it announced")
_REPORTING_ED = frozenset({"announced", "reported"})

_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"'`])|\n")


# --------------------------------------------------------------------------------------------
# calendar helpers


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _quarter(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def _num_value(word: str) -> float | None:
    """``"three"`` → 3, ``"2 1/2"`` → 2.5, ``"several"`` → ``None`` (unspecified)."""
    w = re.sub(r"\s+", " ", word.lower().strip())
    half = 0.0
    if w.endswith(" and a half"):
        w, half = w[: -len(" and a half")], 0.5
    if w.endswith(" 1/2"):
        w, half = w[:-4], 0.5
    if w in _VAGUE_NUMBERS:
        return None
    try:
        return float(w) + half
    except ValueError:
        pass
    if w in _SMALL:
        return _SMALL[w] + half
    parts = re.split(r"[- ]", w)
    if len(parts) == 2 and parts[0] in _SMALL and parts[1] in _SMALL:
        return _SMALL[parts[0]] + _SMALL[parts[1]] + half
    return None


def _fmt_num(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _duration(n: float | None, unit: str) -> str:
    """TIMEX3 duration value: ``(3, "year")`` → ``P3Y``; ``(None, "hour")`` → ``PTXH``."""
    u = unit.lower().rstrip("s")
    u = "centurie" if u.startswith("centur") else ("millenni" if u.startswith("millenni") else u)
    code = _UNIT_CODE.get(u, "D")
    scale = {"DE": 10, "CE": 100, "ML": 1000}
    if code in scale:
        n, code = (None if n is None else n * scale[code]), "Y"
    elif code == "WE":
        return "P2D" if n == 1 else ("PXWE" if n is None else f"P{_fmt_num(n)}WE")
    elif code == "SE":
        n, code = (None if n is None else n * 3), "M"
    clock = u in ("hour", "minute", "second")
    prefix = "PT" if clock else "P"
    if n is None:
        return f"{prefix}X{code}"
    if float(n).is_integer():
        return f"{prefix}{int(n)}{code}"
    whole, frac = int(n), n - int(n)
    sub = {"Y": (12, "M"), "D": (24, "H"), "H": (60, "M"), "M": (60, "S") if clock else (30, "D")}
    if code in sub:
        k, sub_code = sub[code]
        rest = round(frac * k)
        if code == "D":
            return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
        return f"{prefix}{whole}{code}{rest}{sub_code}" if whole else f"{prefix}{rest}{sub_code}"
    return f"{prefix}{_fmt_num(n)}{code}"


class _Rename:
    """Adapter: expose alternative group names (``season_``, ``dw_`` ...) under one name."""

    __slots__ = ("_m",)

    _aliases: ClassVar[dict[str, str]] = {}

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m

    def group(self, name: str | int = 0) -> str | None:
        if isinstance(name, str):
            got = self._m.group(name) if name in self._m.re.groupindex else None
            if got is None and name in self._aliases:
                return self._m.group(self._aliases[name])
            return got
        return self._m.group(name)

    @property
    def string(self) -> str:
        return self._m.string

    def start(self, name: str | int = 0) -> int:
        return self._m.start(name)

    def end(self, name: str | int = 0) -> int:
        return self._m.end(name)


class _SeasonMatch(_Rename):
    _aliases: ClassVar[dict[str, str]] = {"season": "season_"}


class _DayWordMatch(_Rename):
    _aliases: ClassVar[dict[str, str]] = {"dw": "dw_", "pod": "pod_"}


class _WeekdayMatch(_Rename):
    def group(self, name: str | int = 0) -> str | None:
        if name == "set":
            s = self._m.group("set")
            if not s and self._m.group("plural") and not self._m.group("rel"):
                return "s"
            return s
        return super().group(name)


class _TheQuarterMatch(_Rename):
    _aliases: ClassVar[dict[str, str]] = {"rel": "rel_"}


class _PodMatch(_Rename):
    _aliases: ClassVar[dict[str, str]] = {"pod": "pod2"}


class _EveryMatch(_Rename):
    def group(self, name: str | int = 0) -> str | None:
        if name == "num" and (self._m.group("num") or "").lower() == "other":
            return "two"
        return super().group(name)


_Match = _Rename

# --------------------------------------------------------------------------------------------
# the rules: each is (compiled pattern, handler). A handler gets the match and a _Context and
# returns (type, value) or None to reject the match.


@dataclass(slots=True)
class _Context:
    text: str
    ref: dt.date | None
    last_quarter: tuple[int, int] | None = None  # (year, quarter) last mentioned
    last_quarter_end: int = -1
    last_year: int | None = None  # last year written out in full, for "that year"
    last_day: dt.date | None = None  # last calendar day mentioned, for "the previous Friday"
    last_month: tuple[int, int] | None = None  # (year, month) last mentioned

    def tense(self, start: int, end: int) -> str:
        """``"future"``, ``"past"`` or ``""`` from the verbs nearest the span in its sentence."""
        text = self.text
        lo = max(0, start - 120)
        hi = min(len(text), end + 80)
        left = text[lo:start]
        right = text[end:hi]
        cuts = [c.end() for c in _SENTENCE_END.finditer(left)]
        if cuts:
            left = left[cuts[-1] :]
        m = _SENTENCE_END.search(right)
        if m is not None:
            right = right[: m.start()]
        best, best_d = "", 10**6
        for m in _TENSE_CUE.finditer(left):
            d = len(left) - m.end()
            if d <= best_d:
                best, best_d = ("future" if m.group("fut") else "past"), d
        for m in _TENSE_CUE.finditer(right):
            word = m.group(0).lower()
            if word.endswith("ed") and word not in _REPORTING_ED:
                continue  # "markets untouched by", "the hastily planned trip": participles
            d = m.start() + 3  # prefer cues on the left at equal distance
            if d < best_d:
                best, best_d = ("future" if m.group("fut") else "past"), d
            break
        return best


Handler = Callable[[_Match, _Context], tuple[str, str | None] | None]


def _g(m: _Match, name: str) -> str:
    return (m.group(name) or "").lower()


def _month_num(word: str) -> int:
    return _MONTHS[word.lower().rstrip(".")[:4] if word.lower().startswith("sept") else
                   word.lower().rstrip(".")[:3] if len(word.rstrip(".")) > 4 else
                   word.lower().rstrip(".")]  # fmt: skip


def _day_num(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))  # type: ignore[union-attr]


def _pick_year(
    ctx: _Context,
    make: Callable[[int], dt.date | None],
    start: int,
    end: int,
    *,
    past: bool = True,
) -> int | None:
    """Year (reference year ±1) of a date written without one, from the tense of its clause.

    ``make(year)`` builds the date in a given year. Past tense picks the latest one on or before
    the reference date, future tense the earliest one on or after it, otherwise the nearest.
    With ``past=False`` a past-tense clause is ignored (on TimeBank, the nearest date is more
    often right for month names than the verb tense).
    """
    ref = ctx.ref
    if ref is None:
        return None
    cands = [(y, d) for y in (ref.year - 1, ref.year, ref.year + 1) if (d := make(y)) is not None]
    if not cands:
        return None
    tense = ctx.tense(start, end)
    if tense == "past" and past:
        before = [(y, d) for y, d in cands if d <= ref and (ref - d).days < 330]
        if before:
            return before[-1][0]
    elif tense == "future":
        fut = [(y, d) for y, d in cands if d >= ref and (d - ref).days < 330]
        if fut:
            return fut[0][0]
    if not past and tense != "future":  # news: an unmarked month is mostly a recent one
        before = [(y, d) for y, d in cands if d <= ref and (ref - d).days < 250]
        if before:
            return before[-1][0]
    # otherwise the reference year, unless that is more than seven months away
    for y, d in cands:
        if y == ref.year and abs((d - ref).days) <= 215:
            return y
    return min(cands, key=lambda c: abs((c[1] - ref).days))[0]


def _resolve_year(ctx: _Context, month: int, day: int | None, start: int, end: int) -> int | None:
    """Year for a month (and day) written without one, from the reference date and tense."""
    ref = ctx.ref
    if ref is None:
        return None
    if day is None:
        if month == ref.month:
            return ref.year
        # a month counts as past once it has begun, as future until it ends
        if ctx.tense(start, end) == "future":
            return ref.year if month >= ref.month else ref.year + 1
        return _pick_year(ctx, lambda y: dt.date(y, month, 15), start, end, past=False)

    def make(y: int) -> dt.date | None:
        try:
            return dt.date(y, month, day)
        except ValueError:
            return None

    return _pick_year(ctx, make, start, end, past=False)


def _fmt_date(y: int | None, m: int | None = None, d: int | None = None) -> str:
    out = "XXXX" if y is None else f"{y:04d}"
    if m is not None:
        out += f"-{m:02d}"
        if d is not None:
            out += f"-{d:02d}"
    return out


# --- absolute dates -------------------------------------------------------------------------


def _h_full_date(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    month = _month_num(m.group("mon"))
    day = _day_num(m.group("day")) if m.group("day") else None
    year = int(m.group("year")) if m.group("year") else None
    if day is not None and not 1 <= day <= 31:
        return None
    if year is None:
        year = _resolve_year(ctx, month, day, m.start(), m.end())
    else:
        ctx.last_year = year
    pod = _g(m, "pod")
    value = _fmt_date(year, month, day)
    if year is not None:
        ctx.last_month = (year, month)
        if day is not None:
            with contextlib.suppress(ValueError):
                ctx.last_day = dt.date(year, month, day)
    if pod and day is not None:
        return TIME, value + "T" + _PARTS_OF_DAY.get(pod, "MO")
    return DATE, value


def _h_month(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    month = _month_num(m.group("mon"))
    year = int(m.group("year")) if m.group("year") else None
    if year is not None:
        ctx.last_year = year
    rel = _g(m, "rel")
    ref = ctx.ref
    if year is None and ref is not None:
        if rel in ("last", "past", "previous"):
            year = ref.year if month < ref.month else ref.year - 1
        elif rel == "next" or rel == "coming" or rel == "this coming":
            year = ref.year if month > ref.month else ref.year + 1
        elif rel == "this":
            year = ref.year
        else:
            year = _resolve_year(ctx, month, None, m.start(), m.end())
    if year is not None:
        ctx.last_month = (year, month)
    return DATE, _fmt_date(year, month)


def _h_year(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    year = m.group("year")
    half = _g(m, "half")
    ctx.last_year = int(year)
    if half:
        return DATE, f"{year}-H{2 if re.search('second|last|latter', half) else 1}"
    return DATE, year


def _h_numeric_date(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")
    if len(y) == 2:
        y = ("19" if int(y) > 30 else "20") + y
    if 1 <= a <= 12 and 1 <= b <= 31:
        return DATE, f"{y}-{a:02d}-{b:02d}"
    if 1 <= b <= 12 and 1 <= a <= 31:
        return DATE, f"{y}-{b:02d}-{a:02d}"
    return None


def _h_iso_date(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    y, mo, d = m.group("y"), int(m.group("m")), int(m.group("d"))
    if 1 <= mo <= 12 and 1 <= d <= 31:
        return DATE, f"{y}-{mo:02d}-{d:02d}"
    return None


def _h_decade(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    dec = m.group("dec")
    word = _g(m, "decword")
    if dec:
        d = dec.lower().rstrip("s").replace("'", "")
        if len(d) == 4:
            return DATE, d[:3]
        # '80s -> 198, 2000s -> 200
        return DATE, ("19" if int(d) > 20 else "20") + d[0]
    if word:
        century = m.group("decyear")
        base = "19" if not century else century[:2]
        return DATE, base + str(_DECADE_WORDS[word])
    return None


def _h_century(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    raw = _g(m, "cent")
    n = _ORDINALS.get(raw) or (int(re.match(r"\d+", raw).group(0)) if raw[:1].isdigit() else None)
    if not n:
        return None
    return DATE, f"{n - 1:02d}"


# --- quarters, halves, seasons -------------------------------------------------------------


def _quarter_year(ctx: _Context, q: int) -> int | None:
    ref = ctx.ref
    if ref is None:
        return None
    cur = _quarter(ref)
    return ref.year - 1 if q > cur + 1 else ref.year


def _h_quarter(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    ordw = _g(m, "qord")
    q = _ORDINALS.get(ordw) or (int(ordw[0]) if ordw[:1].isdigit() else None)
    if q is None or not 1 <= q <= 4:
        return None
    year: int | None
    prefix = m.group(0)[: m.start("qord") - m.start()].lower() if m.group("qord") else ""
    qrel2 = _g(m, "qrel2")
    if m.group("qyear") or m.group("qyear0"):
        year = int(m.group("qyear") or m.group("qyear0") or 0)
    elif "year-ago" in prefix or "year-earlier" in prefix or qrel2:
        base = _quarter_year(ctx, q)
        year = None if base is None else base - (0 if "next" in qrel2 else 1)
        if "next" in qrel2 and base is not None:
            year = base + 1
        return DATE, f"{_fmt_date(year)}-Q{q}"
    elif _g(m, "qrel") in ("last year's", "last year", "a year earlier", "a year ago"):
        year = None if ctx.ref is None else ctx.ref.year - 1
    elif _g(m, "qrel") in ("next year's", "next year"):
        year = None if ctx.ref is None else ctx.ref.year + 1
    elif _g(m, "qrel") in ("this year's", "this year"):
        year = None if ctx.ref is None else ctx.ref.year
    else:
        year = _quarter_year(ctx, q)
    if year is not None:
        ctx.last_quarter, ctx.last_quarter_end = (year, q), m.end()
    return DATE, f"{_fmt_date(year)}-Q{q}"


def _h_q_short(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    q = int(m.group("q"))
    y = m.group("y")
    if y:
        year: int | None = (
            int(y) if len(y) == 4 else 2000 + int(y) if int(y) < 50 else 1900 + int(y)
        )
    else:
        year = _quarter_year(ctx, q)
    if year is not None:
        ctx.last_quarter, ctx.last_quarter_end = (year, q), m.end()
    return DATE, f"{_fmt_date(year)}-Q{q}"


def _h_the_quarter(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    rel = _g(m, "rel")
    ref = ctx.ref
    if ref is None:
        return DATE, None
    if m.group("qyear"):
        q = ctx.last_quarter[1] if ctx.last_quarter is not None else _quarter(ref)
        return DATE, f"{m.group('qyear')}-Q{q}"
    if re.search(r"year-earlier|year-ago|comparable|last year", m.group(0) or "", re.I):
        y, q = ctx.last_quarter if ctx.last_quarter is not None else (ref.year, _quarter(ref))
        return DATE, f"{y - 1}-Q{q}"
    cur = (ref.year, _quarter(ref))
    prev = _add_months(ref.year, (cur[1] - 1) * 3 + 1, -3)
    prev_q = (prev[0], (prev[1] - 1) // 3 + 1)
    if rel in ("current", "this"):
        y, q = cur
    elif rel in ("next", "coming"):
        nxt = _add_months(ref.year, (cur[1] - 1) * 3 + 1, 3)
        y, q = nxt[0], (nxt[1] - 1) // 3 + 1
    elif rel in ("last", "previous", "prior", "preceding") and ctx.last_quarter is None:
        y, q = prev_q
    else:
        y, q = ctx.last_quarter if ctx.last_quarter is not None else prev_q
    ctx.last_quarter, ctx.last_quarter_end = (y, q), m.end()
    return DATE, f"{y}-Q{q}"


def _h_season(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    season = _SEASONS[_g(m, "season")]
    rel = _g(m, "rel")
    year = m.group("year")
    ref = ctx.ref
    if year:
        return DATE, f"{year}-{season}"
    if ref is None:
        return DATE, f"XXXX-{season}"
    cur = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
        ref.month, "FA"
    )
    order = ["WI", "SP", "SU", "FA"]
    later = order.index(season) > order.index(cur)
    earlier = order.index(season) < order.index(cur)
    y = ref.year
    if rel in ("last", "past", "previous"):
        y = ref.year if earlier else ref.year - 1
    elif rel in ("next", "coming", "this coming"):
        y = ref.year if later else ref.year + 1
    elif rel not in ("this", "current"):
        tense = ctx.tense(m.start(), m.end())
        if tense == "past" and later:
            y = ref.year - 1
    return DATE, f"{y}-{season}"


# --- holidays ------------------------------------------------------------------------------


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


_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "christmas": lambda y: dt.date(y, 12, 25),
    "boxing day": lambda y: dt.date(y, 12, 26),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "new year's": lambda y: dt.date(y, 1, 1),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "independence day": lambda y: dt.date(y, 7, 4),
    "the fourth of july": lambda y: dt.date(y, 7, 4),
    "halloween": lambda y: dt.date(y, 10, 31),
    "veterans day": lambda y: dt.date(y, 11, 11),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 1, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 1, -1),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 1, 3),
    "presidents day": lambda y: _nth_weekday(y, 2, 1, 3),
    "columbus day": lambda y: _nth_weekday(y, 10, 1, 2),
    "election day": lambda y: _nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1),
    "easter": _easter,
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1),
}


def _h_holiday(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    name = re.sub(r"\s+", " ", _g(m, "hol")).replace("’", "'").replace("presidents'", "presidents")
    name = re.sub(r"^(christmas|thanksgiving|easter) day$", r"\1", name)
    name = {"new year's day": "new year's", "july fourth": "the fourth of july",
            "fourth of july": "the fourth of july", "easter sunday": "easter"}.get(name, name)  # fmt: skip
    make = _HOLIDAYS.get(name)
    if make is None:
        return None
    rel = _g(m, "rel")
    ref = ctx.ref
    if m.group("year"):
        return DATE, make(int(m.group("year"))).isoformat()
    if ref is None:
        return DATE, None
    if rel in ("last", "past", "this past"):
        y = ref.year if make(ref.year) < ref else ref.year - 1
    elif rel in ("next", "coming", "this coming"):
        y = ref.year if make(ref.year) > ref else ref.year + 1
    elif rel == "this":
        y = ref.year
    else:
        y = _pick_year(ctx, make, m.start(), m.end()) or ref.year
    return DATE, make(y).isoformat()


# --- relative dates ---------------------------------------------------------------------------

_DAY_WORDS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}


def _h_day_word(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    word = _g(m, "dw")
    pod = _g(m, "pod")
    ref = ctx.ref
    if word == "today" and not pod and re.match(r"\s*'s\b", ctx.text[m.end() : m.end() + 4]):
        pass
    value = None if ref is None else (ref + dt.timedelta(days=_DAY_WORDS[word])).isoformat()
    if pod:
        code = _PARTS_OF_DAY.get(pod, "MO")
        return TIME, None if value is None else value + "T" + code
    return DATE, value


def _weekday_date(ctx: _Context, wd: int, rel: str, start: int, end: int) -> dt.date | None:
    ref = ctx.ref
    if ref is None:
        return None
    diff = wd - ref.isoweekday()
    if rel in ("next", "this coming", "coming"):
        return ref + dt.timedelta(days=diff if diff > 0 else diff + 7)
    if rel in ("last", "past", "previous", "this past"):
        return ref + dt.timedelta(days=diff if diff < 0 else diff - 7)
    if rel == "this":
        return ref + dt.timedelta(days=diff)
    if rel in ("the previous", "the following"):
        # anaphoric: before / after the day the passage is about (else the reference date)
        base = ctx.last_day or ref
        diff = wd - base.isoweekday()
        if rel == "the previous":
            return base + dt.timedelta(days=diff if diff < 0 else diff - 7)
        return base + dt.timedelta(days=diff if diff > 0 else diff + 7)
    if diff == 0:
        return ref  # a weekday named on that very weekday is mostly the same day
    if ctx.tense(start, end) == "future":
        return ref + dt.timedelta(days=diff if diff > 0 else diff + 7)
    return ref + dt.timedelta(days=diff if diff <= 0 else diff - 7)


def _h_weekday(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    wd = _WEEKDAYS[_g(m, "wd")]
    rel = _g(m, "rel")
    pod = _g(m, "pod") or _g(m, "pod2")
    tod = m.group("tod") or m.group("tod2")
    d = _weekday_date(ctx, wd, rel, m.start(), m.end())
    if _g(m, "set"):
        return SET, f"XXXX-WXX-{wd}" + ("T" + _PARTS_OF_DAY[pod] if pod else "")
    if d is not None:
        ctx.last_day = d
    value = f"XXXX-WXX-{wd}" if d is None else d.isoformat()
    if tod:
        t = _time_value(tod)
        if t is None:
            return None
        return TIME, value + "T" + t
    # TimeBank mostly annotates "Tuesday night" as the DATE of that Tuesday
    return DATE, value


def _h_rel_unit(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    """this/last/next week|month|year|weekend|decade|century, earlier this month, ..."""
    rel = _g(m, "rel")
    unit = _g(m, "unit").rstrip("s")
    ref = ctx.ref
    step = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1,
            "next": 1, "coming": 1, "the coming": 1, "the next": 1, "the past": -1,
            "the last": -1, "the previous": -1, "the following": 1, "following": 1,
            "the same": 0, "that": 0, "the": 0}.get(rel, 0)  # fmt: skip
    if unit == "year" and rel in ("the past", "past", "the last"):
        return DURATION, "P1Y"
    if unit == "year" and rel in ("that", "the same", "the following", "the previous"):
        # anaphoric: relative to the last year mentioned, else to the reference date
        base = ctx.last_year if ctx.last_year is not None else (ref.year if ref else None)
        return DATE, None if base is None else str(
            base + (0 if rel in ("that", "the same") else step)
        )
    if ref is None:
        return DATE, None
    if unit == "week":
        return DATE, _iso_week(ref + dt.timedelta(weeks=step))
    if unit == "weekend":
        if rel in ("the", "this", "that", "the same") and ref.isoweekday() <= 5:
            # on a weekday, "the weekend" is the one just past unless the clause is future
            step = 0 if ctx.tense(m.start(), m.end()) == "future" else -1
        d = ref + dt.timedelta(weeks=step)
        return DATE, _iso_week(d) + "-WE"
    if unit == "month":
        base = (ref.year, ref.month)
        if rel in ("the following", "the previous") and ctx.last_month is not None:
            base = ctx.last_month  # anaphoric: the month after / before the one just mentioned
        y, mo = _add_months(*base, step)
        return DATE, f"{y}-{mo:02d}"
    if unit == "year":
        return DATE, str(ref.year + step)
    if unit == "decade":
        return DATE, str(ref.year // 10 + step)
    if unit in ("century", "centurie"):
        return DATE, f"{ref.year // 100 + step:02d}"
    if unit == "day":
        return DATE, (ref + dt.timedelta(days=step)).isoformat()
    return None


def _h_ago(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    n = _num_value(m.group("num"))
    unit = _g(m, "unit").rstrip("s")
    unit = "century" if unit.startswith("centur") else unit
    ref = ctx.ref
    direction = -1 if _g(m, "dir") in ("ago", "earlier", "before", "back", "previously") else 1
    if n is None or not float(n).is_integer():
        return DATE, "PAST_REF" if direction < 0 else "FUTURE_REF"
    if (
        unit == "year"
        and n == 1
        and direction < 0
        and ctx.last_quarter is not None
        and m.start() - ctx.last_quarter_end < 1000
    ):
        y, q = ctx.last_quarter
        return DATE, f"{y - 1}-Q{q}"
    if ref is None:
        return DATE, None
    k = int(n) * direction
    if unit == "day":
        return DATE, (ref + dt.timedelta(days=k)).isoformat()
    if unit == "week":
        return DATE, _iso_week(ref + dt.timedelta(weeks=k))
    if unit == "month":
        y, mo = _add_months(ref.year, ref.month, k)
        return DATE, f"{y}-{mo:02d}"
    if unit == "quarter":
        y, mo = _add_months(ref.year, ref.month, 3 * k)
        return DATE, f"{y}-Q{(mo - 1) // 3 + 1}"
    if unit == "year":
        return DATE, str(ref.year + k)
    if unit == "decade":
        return DATE, str(ref.year // 10 + k)
    if unit == "century":
        return DATE, f"{ref.year // 100 + k:02d}"
    if unit in ("hour", "minute", "second"):
        return TIME, None
    return None


def _h_year_ago_adj(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    """year-earlier / year-ago (quarter), year-earlier period."""
    if ctx.last_quarter is not None and m.start() - ctx.last_quarter_end < 1000:
        y, q = ctx.last_quarter
        return DATE, f"{y - 1}-Q{q}"
    if ctx.ref is None:
        return DATE, None
    return DATE, str(ctx.ref.year - 1)


def _h_rel_year_part(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    """earlier this year, later this month, early next year, the end of the year..."""
    rel = _g(m, "rel")
    unit = _g(m, "unit")
    ref = ctx.ref
    if ref is None:
        return DATE, None
    step = {"this": 0, "the": 0, "last": -1, "next": 1, "the current": 0, "the coming": 1,
            "the past": -1, "the previous": -1, "the next": 1, "the last": -1}.get(rel, 0)  # fmt: skip
    if unit == "year":
        return DATE, str(ref.year + step)
    if unit == "month":
        y, mo = _add_months(ref.year, ref.month, step)
        return DATE, f"{y}-{mo:02d}"
    if unit == "week":
        return DATE, _iso_week(ref + dt.timedelta(weeks=step))
    if unit == "decade":
        return DATE, str(ref.year // 10 + step)
    if unit == "quarter":
        y, mo = _add_months(ref.year, ref.month, 3 * step)
        return DATE, f"{y}-Q{(mo - 1) // 3 + 1}"
    return None


def _h_part_of_day(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    rel = _g(m, "rel")
    pod = _g(m, "pod")
    ref = ctx.ref
    if ref is None:
        return TIME, None
    d = ref - dt.timedelta(days=1) if rel == "last" else ref
    if pod == "overnight":
        pod = "night"
    return TIME, d.isoformat() + "T" + _PARTS_OF_DAY[pod]


def _time_value(raw: str) -> str | None:
    s = raw.lower()
    if "noon" in s or "midday" in s:
        return "12:00"
    if "midnight" in s:
        return "24:00"
    mm = re.match(r"(\d{1,2})(?::(\d\d))?", s)
    if mm is None:
        return None
    h, minute = int(mm.group(1)), int(mm.group(2) or 0)
    pm = re.search(r"p\.?m", s) is not None
    am = re.search(r"a\.?m", s) is not None
    if h > 24 or ((pm or am) and h > 12):
        return None
    if pm and h < 12:
        h += 12
    if am and h == 12:
        h = 0
    return f"{h:02d}:{minute:02d}"


def _h_time(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    t = _time_value(m.group("tod"))
    if t is None:
        return None
    day = _g(m, "dw")
    ref = ctx.ref
    base: str | None
    if m.group("mon"):  # 5 p.m. EST Nov. 9
        got = _h_full_date(m, ctx)
        if got is None:
            return None
        base = got[1]
    elif day:
        base = None if ref is None else (ref + dt.timedelta(days=_DAY_WORDS[day])).isoformat()
    else:
        base = "XXXX-XX-XX" if ref is None else ref.isoformat()
    return TIME, None if base is None else f"{base}T{t}"


# --- durations and sets ----------------------------------------------------------------------


def _h_duration(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    num = m.group("num")
    unit = _g(m, "unit")
    if num is None:
        n = None
    else:
        n = _num_value(num)
        if n is None and num.lower().strip() not in _VAGUE_NUMBERS:
            return None
    return DURATION, _duration(n, unit)


def _h_adj_duration(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    n = _num_value(m.group("num").replace("-", " ").strip())
    if n is None:
        return None
    return DURATION, _duration(n, _g(m, "unit"))


def _h_bare_units(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    """for years, in recent months, the coming weeks: unspecified durations/references."""
    unit = _g(m, "unit").rstrip("s")
    lead = _g(m, "lead")
    unit = "century" if unit.startswith("centur") else unit
    if lead.strip() in ("coming", "the coming", "upcoming", "the upcoming"):
        return DATE, "FUTURE_REF"
    if lead.strip() in ("recent", "the recent"):
        return DATE, "PAST_REF"
    return DURATION, _duration(None, unit)


_SET_WORDS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
    "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
    "semiannually": "P6M", "semi-annually": "P6M", "biannually": "P6M",
}  # fmt: skip


def _h_set_word(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    return SET, _SET_WORDS[_g(m, "sw")]


def _h_every(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    unit = _g(m, "unit")
    num = m.group("num")
    n = 1.0 if not num else _num_value(num)
    if unit in _SEASONS:
        return SET, f"XXXX-{_SEASONS[unit]}"
    return SET, _duration(n, unit)


def _h_ref(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    w = m.group(0).lower()
    if re.search(r"future|soon|ahead|coming|near term|short term|long term|later date", w):
        return DATE, "FUTURE_REF"
    if re.search(r"past|recent|former|previous|once|earlier|ago|history|then", w):
        return DATE, "PAST_REF"
    return DATE, "PRESENT_REF"


def _h_month_rel_year(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    """June last year → 1997-06, the winter of nineteen ninety-four → 1994-WI."""
    year: int | None
    if m.group("yrel"):
        step = {"this": 0, "last": -1, "next": 1}[_g(m, "yrel")]
        year = None if ctx.ref is None else ctx.ref.year + step
    else:
        got = _h_century_year_words(m, ctx)
        if got is None or got[1] is None:
            return None
        year = int(got[1])
        ctx.last_year = year
    if m.group("season"):
        return DATE, f"{_fmt_date(year)}-{_SEASONS[_g(m, 'season')]}"
    return DATE, _fmt_date(year, _month_num(m.group("mon")))


def _h_century_year_words(m: _Match, ctx: _Context) -> tuple[str, str | None] | None:
    """nineteen ninety-six → 1996."""
    hi = _num_value(m.group("hi"))
    lo = _num_value(m.group("lo").replace("-", " ")) if m.group("lo") else 0
    if hi is None or lo is None:
        return None
    return DATE, f"{int(hi):02d}{int(lo):02d}"


# --------------------------------------------------------------------------------------------
# the rule table; on overlap the longest match wins, then the earlier rule

# the second half of a year said in words: nineteen "ninety-six"
_SPOKEN_YEAR_END = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen"
)

_YEAR_REL = (
    r"(?:(?P<qrel>last year's|next year's|this year's)\s+"
    r"|(?:the\s+|its\s+|a\s+|their\s+|his\s+|her\s+)?(?:(?:fiscal|calendar|latest|current"
    r"|same|traditionally|seasonally|usually|typically|weak|strong|flat|slow|sluggish|busy"
    r"|year-earlier|year-ago|comparable|difficult|disappointing|solid|record|critical|final"
    r"|important|lackluster|strong|year's|(?P<qyear0>(?:19|20)\d\d)|fiscal-)[\s-]+)*)"
)

_RULES: list[tuple[re.Pattern[str], Handler] | tuple[re.Pattern[str], Handler, type[_Rename]]] = [
    # Monday, Oct. 26, 1998 / October 26 1998 / Oct. 26 / 26 October 1998
    (
        _rx(
            r"\b(?:(?:the\s+)?(?:early|late|mid|middle|end)(?:[\s-]+of)?[\s-]+)?"
            r"(?:(?:" + _WEEKDAY_RE + r")\s*,?\s+)?"
            r"(?P<mon>" + _MONTH_RE + r")\s+(?P<day>" + _DAY_RE + r")"
            r"(?:\s*,?\s*(?P<year>" + _YEAR_RE + r"))?(?:\s+(?P<pod>" + _PARTS_RE + r"))?\b"
        ),
        _h_full_date,
    ),
    (
        _rx(
            r"\b(?:(?:" + _WEEKDAY_RE + r")\s*,?\s+)?(?:the\s+)?(?P<day>" + _DAY_RE + r")"
            r"(?:\s+of)?\s+(?P<mon>" + _MONTH_RE + r")(?:\s*,?\s*(?P<year>" + _YEAR_RE + r"))?\b"
        ),
        _h_full_date,
    ),
    # June last year, January this year, January nineteen ninety-seven, the winter of 1994
    (
        _rx(
            r"\b(?:(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)|(?P<mon>"
            + _MONTH_RE
            + r"))\s+(?:of\s+)?(?:(?P<yrel>this|last|next)\s+year\b|(?P<hi>nineteen|twenty)"
            r"[\s-]+(?P<lo>" + _SPOKEN_YEAR_END + r")\b)"
        ),
        _h_month_rel_year,
    ),
    # 2020-09-29, 9/29/2020
    (_rx(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), _h_iso_date),
    (_rx(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d|\d\d)\b"), _h_numeric_date),
    # month + year, month with a modifier, month alone (ambiguous months need context)
    (
        _rx(
            r"\b(?:" + _PREMOD + r"|(?:last|next|this|this coming|this past|past|coming)\s+"
            r"|(?<=\bin\s)|(?<=\bof\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\bfrom\s))?"
            r"(?P<mon>" + _MONTH_RE + r")(?:\s*,?\s*(?:of\s+)?(?P<year>" + _YEAR_RE + r"))\b"
        ),
        _h_month,
    ),
    (
        _rx(
            r"\b(?:(?P<rel>last|next|this|this coming|this past|past|coming)\s+|" + _PREMOD + ")"
            r"(?P<mon>" + _MONTH_RE + r")\b(?!\.?\s*\d)"
        ),
        _h_month,
    ),
    (
        _rx(
            r"\b(?:(?<=\bin\s)|(?<=\bof\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bby\s)"
            r"|(?<=\bfrom\s)|(?<=\bthrough\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\bthe\s)"
            r"|(?<=\bduring\s)|(?<=\bearly\s)|(?<=\blate\s)|(?<=\bfor\s))"
            r"(?P<mon>may|march)\b(?!\s*\d)"
        ),
        _h_month,
    ),
    (_rx(r"\b(?P<mon>" + _SAFE_MONTH_RE + r")(?!\w)(?!\s*\d)"), _h_month),
    # quarters
    (
        _rx(
            r"\b" + _YEAR_REL + r"(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th)"
            r"[\s-]+(?:fiscal[\s-]+)?(?:-?quarter|qtr)s?\b(?:(?:\s+of|,)?\s+(?:fiscal\s+)?"
            r"(?P<qyear>" + _YEAR_RE + r"))?"
            r"(?:\s+(?P<qrel2>last year|a year earlier|a year ago|of last year|of next year))?"
        ),
        _h_quarter,
    ),
    (
        _rx(r"\b(?:the\s+)?Q(?P<q>[1-4])(?:\s*(?:of\s+)?'?(?P<y>" + _YEAR_RE + r"|\d\d))?\b"),
        _h_q_short,
    ),
    (
        _rx(
            r"\b(?:the|this|that|its|their|a|last\s+year's|the\s+year-earlier|the\s+year-ago)"
            r"\s+(?:(?P<rel>current|latest|last|previous|prior|preceding|next|coming|recent|"
            r"same|most recent|just-ended|just-completed|year-earlier|year-ago|comparable)\s+)?"
            r"(?:(?P<qyear>(?:19|20)\d\d)\s+)?(?:fiscal\s+)?quarter\b(?!ly|s)"
            r"|\bthe\s+(?P<rel_>latest|most\s+recent)\s+(?:fiscal\s+)?period\b"
        ),
        _h_the_quarter,
        _TheQuarterMatch,
    ),
    # year-earlier / year-ago (period)
    (
        _rx(
            r"\b(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?year[- ](?:earlier|ago)"
            r"(?:\s+(?:period|quarter|level|levels|figure|figures|results|time))?\b"
            r"|\bthe\s+(?:comparable|corresponding|same)\s+(?:period|quarter)\s+"
            r"(?:a\s+year\s+(?:earlier|ago)|last\s+year|of\s+last\s+year)\b"
        ),
        _h_year_ago_adj,
    ),
    # the 1990s, the late 1970s, the '80s, the nineties
    (
        _rx(
            r"\b(?:(?:the\s+)?(?:early|late|mid|middle|first half of|second half of|last half of)"
            r"[\s-]+(?:of\s+)?)?(?:the\s+)?(?P<dec>(?:1[5-9]|20)\d0'?s|'\d0s|\d0s)(?!\w)"
            r"|\b(?:(?:the\s+)?(?:early|late|mid)[\s-]+)?(?:the\s+)?(?P<decword>twenties|thirties"
            r"|forties|fifties|sixties|seventies|eighties|nineties)(?!\w)"
            r"(?:\s+of\s+(?:the\s+)?(?P<decyear>\d\d)th\s+century)?"
        ),
        _h_decade,
    ),
    (
        _rx(
            r"\b(?:(?:the\s+)?(?:early|late|mid|middle|turn of|end of)[\s-]+(?:of\s+)?)?"
            r"the\s+(?P<cent>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth"
            r"|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth"
            r"|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\s+century\b"
        ),
        _h_century,
    ),
    # seasons
    (
        _rx(
            r"\b(?:(?P<rel>last|next|this|this coming|this past|past|coming|the)\s+"
            r"|(?:the\s+)?(?:early|late|mid|middle|end of)[\s-]+(?:the\s+)?)"
            r"(?P<season>spring|summer|fall|autumn|winter)\b(?!\s+(?:of\s+)?(?:1[5-9]|20)\d\d)"
            r"|\b(?P<season_>summer|autumn|winter)\b(?!\s+(?:of\s+)?(?:1[5-9]|20)\d\d)"
        ),
        _h_season,
        _SeasonMatch,
    ),
    (
        _rx(
            r"\b(?:(?:the\s+)?(?:early|late|mid|middle|end of)[\s-]+)?(?:the\s+)?"
            r"(?P<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<year>"
            + _YEAR_RE
            + r")\b"
        ),
        _h_season,
    ),
    # years: (early/mid/late/the end of) 1990, fiscal 1989, the first half of 1989
    (
        _rx(
            r"\b(?:(?P<half>(?:the\s+)?(?:first|second|last|latter)\s+half\s+of)\s+"
            r"|(?:(?:the\s+)?(?:early|late|mid|middle|end|beginning|start|close|rest|remainder"
            r"|bulk|course|spring|summer|fall|autumn|winter)(?:\s+of|-|\s+)\s*(?:the\s+)?)"
            r"|(?:fiscal|calendar|(?:the\s+)?(?:fiscal\s+)?year)\s+)?(?<![$#£€/])"
            r"(?P<year>(?:1[6-9]|20)\d\d)(?![\d,.]\d|/|\s*%|\s*(?:percent|shares|tons|barrels"
            r"|cars|units|feet|acres|meters|miles|pounds)\b|-?\d)"
        ),
        _h_year,
    ),
    (
        _rx(
            r"\b(?P<hi>nineteen|twenty)[\s-]+(?P<lo>" + _SPOKEN_YEAR_END + r")\b"
            r"|\bthe\s+year\s+(?P<hi2>two)\s+thousand\b"
        ),
        lambda m, c: (DATE, "2000") if m.group("hi2") else _h_century_year_words(m, c),
    ),
    # holidays
    (
        _rx(
            r"\b(?:(?P<rel>last|next|this|this coming|this past|past|coming)\s+)?"
            r"(?P<hol>christmas(?:\s+(?:eve|day))?|boxing\s+day|new\s+year['’]s(?:\s+(?:eve|day))?"
            r"|valentine['’]s\s+day|independence\s+day|(?:the\s+)?fourth\s+of\s+july"
            r"|july\s+fourth|halloween|veterans\s+day|thanksgiving(?:\s+day)?|labor\s+day"
            r"|memorial\s+day|martin\s+luther\s+king\s+day|presidents['’]?\s+day"
            r"|columbus\s+day|election\s+day|easter(?:\s+(?:sunday|monday|day))?"
            r"|good\s+friday)\b(?:\s*,?\s*(?P<year>" + _YEAR_RE + r"))?"
        ),
        _h_holiday,
    ),
    # today, yesterday morning, tomorrow
    (
        _rx(
            r"\b(?:(?:early|late|later|earlier)\s+)?(?P<dw>today|yesterday|tomorrow|tonight)"
            r"(?:\s+(?P<pod>morning|afternoon|evening|night))?\b"
            r"|\b(?:(?:early|late|mid)[\s-]+)?(?P<pod_>morning|afternoon|evening)\s+(?P<dw_>"
            r"yesterday|today|tomorrow)\b"
        ),
        _h_day_word,
        _DayWordMatch,
    ),
    # weekdays (with optional time of day), every Tuesday
    (
        _rx(
            r"\b(?:(?P<set>every|each)\s+)?(?:(?P<rel>last|next|this|this coming|this past"
            r"|coming|past|previous|the previous|the following|the next)\s+)?"
            r"(?:(?:early|late|mid)[\s-]+)?"
            r"(?:(?P<tod2>" + _TIME_OF_DAY + r")\s*,?\s*(?:on\s+)?)?"
            r"(?P<wd>" + _WEEKDAY_RE + r")(?P<plural>s)?\b"
            r"(?:\s*,?\s*(?:(?P<pod>morning|afternoon|evening|night)s?\b"
            r"|(?:at\s+)?(?P<tod>" + _TIME_OF_DAY + r")))?"
        ),
        _h_weekday,
        _WeekdayMatch,
    ),
    # 3 p.m., 10:35 a.m. EST, noon yesterday
    (
        _rx(
            r"(?<![\w$])(?:(?:about|around|approximately)\s+)?(?P<tod>" + _TIME_OF_DAY + r")(?!\w)"
            r"(?:\s*,?\s*(?:(?P<dw>today|yesterday|tomorrow)\b|(?:on\s+)?(?P<mon>"
            + _MONTH_RE
            + r")\s+(?P<day>"
            + _DAY_RE
            + r")(?:\s*,?\s*(?P<year>"
            + _YEAR_RE
            + r"))?\b))?"
        ),
        _h_time,
    ),
    # this morning, last night, overnight
    (
        _rx(
            r"\b(?:(?P<rel>this|last|later this|earlier this|early this|late last)\s+"
            r"(?P<pod>morning|afternoon|evening|night)|(?P<pod2>overnight))\b"
        ),
        _h_part_of_day,
        _PodMatch,
    ),
    # earlier this year, early next month, the end of the year, later this week
    (
        _rx(
            r"\b(?:(?:earlier|later|early|late|mid|the end of|the beginning of|the start of"
            r"|the middle of|the rest of|the remainder of|the close of|the balance of"
            r"|the second half of|the first half of|the latter part of|the early part of"
            r"|the end of the|the turn of)[\s-]+)"
            r"(?:in\s+)?(?P<rel>this|the|last|next|the current|the coming|the past)\s+"
            r"(?:(?:fiscal|calendar)\s+)?(?P<unit>year|month|week|decade|quarter)\b"
        ),
        _h_rel_year_part,
    ),
    # this week, last month, next year, the past week, the following day
    (
        _rx(
            r"\b(?P<rel>this|last|next|the current|the coming|the past|past|the previous"
            r"|the following|the next|the same|that)\s+(?:(?:fiscal|calendar)\s+)?"
            r"(?P<unit>week|weekend|month|year|decade|century)\b(?!['’]s\s+(?:first|second"
            r"|third|fourth)\b)(?!-)"
        ),
        _h_rel_unit,
    ),
    (_rx(r"\b(?P<rel>the)\s+(?P<unit>weekend)\b"), _h_rel_unit),
    # two weeks ago, a year earlier, five years back
    (
        _rx(
            r"\b(?:(?:about|around|approximately|roughly|nearly|almost|some|just|only|over|more"
            r" than|less than|at least|barely|fully|exactly|until|till)\s+)?"
            r"(?P<num>" + _NUM + r")\s+(?P<unit>" + _UNIT + r")s?\s+(?:or\s+so\s+)?"
            r"(?P<dir>ago|earlier|back|hence|from now)\b"
        ),
        _h_ago,
    ),
    # durations: three years, the past two months, 2 1/2 years, several weeks
    (
        _rx(
            r"\b" + _APPROX + r"(?P<num>" + _NUM + r")(?:(?:\s+or\s+|\s+to\s+|-)" + _NUM + r")?"
            r"\s+(?:(?:more|additional|further|extra|full|long|straight|consecutive|trading"
            r"|business|working|calendar|fiscal|successive|short|hot|cold|difficult|long"
            r"|agonizing|grueling|previous|past)\s+)?(?P<unit>" + _UNIT + r")s?\b"
            r"(?!\s+(?:ago|earlier|back|hence)\b)(?!['’-])"
        ),
        _h_duration,
    ),
    # two-year, 30-day, 10-hour (adjectival)
    (
        _rx(
            r"\b(?P<num>\d+(?:\.\d+)?|" + _WORD_NUM + r"|half)[\s-](?P<unit>second|minute|hour"
            r"|day|week|month|year|decade|century)-?(?!\w)(?!-old)(?!\s*old\b)"
            r"(?=-long\b|\s|[,.;:)])"
        ),
        _h_adj_duration,
    ),
    # years, for months, recent weeks, the coming months
    (
        _rx(
            r"\b(?P<lead>(?:the\s+)?(?:coming|upcoming|past|last|next|recent|first|early|later"
            r"|subsequent|following|ensuing|intervening|final|remaining)\s+|(?<=\bfor\s)"
            r"|(?<=\bin\s)|(?<=\bwithin\s))(?:(?:few|several|many)\s+)?"
            r"(?P<unit>minutes|hours|days|weeks|months|years|decades|centuries)\b"
            r"(?!\s+(?:ago|of\s))"
        ),
        _h_bare_units,
    ),
    # every week, each year, twice a month, per day
    (
        _rx(
            r"\b(?:every|each|per|once\s+a|twice\s+a|(?:one|two|three|four|five)\s+times\s+a)"
            r"\s+(?:(?P<num>other|" + _NUM + r")\s+)?(?P<unit>second|minute|hour|day|night"
            r"|week|weekend|month|quarter|year|decade|summer|winter|spring|fall|autumn)s?\b"
            r"(?!\s+(?:ago|earlier)\b)"
        ),
        _h_every,
        _EveryMatch,
    ),
    (
        _rx(
            r"\b(?P<sw>daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly"
            r"|semiannually|semi-annually|biannually)\b"
        ),
        _h_set_word,
    ),
    # now, currently, recently, soon, the future, the past
    (
        _rx(
            r"\b(?:(?:right\s+|just\s+)?now(?![-\w])(?!\s+that)"
            r"|currently|nowadays|at present|presently|these days|at the moment"
            r"|current(?=\s+(?:levels?|rates?|prices?|conditions|situation|plans?|year|period"
            r"|trend|pace|market|environment|crisis|policy|policies|economic|session))"
            r"|the present|present-day"
            r"|(?:more\s+|until\s+|only\s+|as\s+)?recently|lately"
            r"|(?:in\s+)?the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future"
            r"|the\s+(?:near|short|long|longer|medium)\s+term|the\s+(?:recent\s+|distant\s+)?past"
            r"|a\s+later\s+date|the\s+days\s+ahead"
            r"|(?:in\s+)?(?:recent|past)\s+(?:years|decades|months|weeks|days)"
            r"|years\s+ago|months\s+ago|decades\s+ago|centuries\s+ago)\b"
        ),
        _h_ref,
    ),
]


_MIN_LEN = 2

# Each rule runs only on paragraphs that contain a word of its family (a cheap pre-filter).
_RULE_FAMILY = [
    "month",
    "month",
    "month_or_season",
    "year",
    "slash",
    "month",
    "month",
    "month",
    "month",
    "quarter",
    "q",
    "quarter",
    "year_word",
    "decade",
    "century",
    "season",
    "season",
    "year",
    "word_year",
    "holiday",
    "day_word",
    "weekday",
    "time",
    "part_of_day",
    "unit",
    "unit",
    "unit",
    "unit",
    "unit",
    "unit",
    "unit",
    "unit",
    "set_word",
    "ref",
]
assert len(_RULE_FAMILY) == len(_RULES)

_UNIT_WORDS = (
    "second seconds minute minutes hour hours day days night nights week weeks weekend weekends"
    " fortnight fortnights month months quarter quarters year years decade decades century"
    " centuries millennium millennia season seasons spring summer fall autumn winter"
)
_FAMILY_WORDS: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "month": " ".join(_MONTHS),
        "month_or_season": " ".join(_MONTHS) + " spring summer fall autumn winter",
        "weekday": " ".join(f"{d}day" for d in "mon tues wednes thurs fri satur sun".split())
        + " weekday weekdays",
        "quarter": "quarter quarters qtr",
        "q": "q1 q2 q3 q4",
        "year_word": "year",
        "decade": "twenties thirties forties fifties sixties seventies eighties nineties",
        "century": "century",
        "season": "spring summer fall autumn winter",
        "word_year": "nineteen twenty thousand",
        "holiday": "christmas boxing new valentine independence fourth july halloween veterans"
        " thanksgiving labor memorial king presidents columbus election easter good",
        "day_word": "today yesterday tomorrow tonight",
        "time": "noon midnight midday",
        "part_of_day": "morning afternoon evening night overnight",
        "unit": _UNIT_WORDS,
        "set_word": " ".join(_SET_WORDS),
        "ref": "now currently nowadays present presently days moment recently lately future term"
        " past later ahead recent years decades months weeks centuries",
    }.items()
}
_WORD = re.compile(r"[a-z]+\d?|\d+")
_YEARISH = re.compile(r"(?:1[5-9]|20)\d\d")
_DECADE_DIGITS = re.compile(r"\d0'?s\b")
_CLOCK = re.compile(r"\d\s?[ap]\.?m|\d:\d\d")
_SLASH = re.compile(r"\d/\d")


def _families(chunk: str) -> set[str]:
    """Rule families that may match in ``chunk``."""
    words = set(_WORD.findall(chunk.lower()))
    found = {name for name, vocab in _FAMILY_WORDS.items() if not vocab.isdisjoint(words)}
    if _YEARISH.search(chunk):
        found.add("year")
    if _DECADE_DIGITS.search(chunk):
        found.add("decade")
    if _CLOCK.search(chunk):
        found.add("time")
    if _SLASH.search(chunk):
        found.add("slash")
    if "q" in found:
        found.add("quarter")
    return found


# words a rule may swallow that TimeML leaves outside the extent
_LEAD_TRIM = _rx(
    r"(?:(?:on|in|at|until|till|by|for|from|since|only|just|during|over|its|their|his|her|our"
    r"|(?:the|a|an)(?=\s+(?:[\w'’]+[\s-]+)*?(?:first|second|third|fourth)-quarter\b))\s+)+"
)


def find_temporal_expressions(
    text: str, *, reference: dt.date | dt.datetime | None = None
) -> list[TemporalExpression]:
    """Find and normalise the temporal expressions in a text.

    Parameters
    ----------
    text : str
        English text (an article, a paragraph or a sentence).
    reference : datetime.date, optional
        The date relative expressions are resolved against, normally the publication date.
        ``None`` leaves them unresolved (see the module docstring).

    Returns
    -------
    list of TemporalExpression
        Non-overlapping expressions in text order.
    """
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    ctx = _Context(text=text, ref=reference)
    out: list[TemporalExpression] = []
    pos = 0
    n = len(text)
    while pos < n:
        # paragraph-sized chunks: skip those without any date-ish token
        nl = text.find("\n", pos)
        stop = n if nl < 0 else nl + 1
        families = _families(text[pos:stop])
        if families:
            out.extend(_tag_chunk(ctx, pos, stop, families))
        pos = stop
    return out


def _tag_chunk(ctx: _Context, lo: int, hi: int, families: set[str]) -> list[TemporalExpression]:
    text = ctx.text
    cands: list[tuple[int, int, int, re.Match[str]]] = []
    for i, rule in enumerate(_RULES):
        if _RULE_FAMILY[i] not in families:
            continue
        rx = rule[0]
        for m in rx.finditer(text, lo, hi):
            start = m.start()
            t = _LEAD_TRIM.match(text, start, m.end())
            if t is not None:
                start = t.end()
            if m.end() - start >= _MIN_LEN:
                cands.append((start, m.end(), i, m))
    if not cands:
        return []
    # longest first, then rule order; keep non-overlapping
    cands.sort(key=lambda c: (c[0] - c[1], c[2], c[0]))
    taken: list[tuple[int, int, int, re.Match[str]]] = []
    for c in cands:
        if all(c[1] <= t[0] or c[0] >= t[1] for t in taken):
            taken.append(c)
    taken.sort()
    out = []
    for start, end, i, m in taken:
        rule = _RULES[i]
        wrap = rule[2] if len(rule) > 2 else _Rename  # type: ignore[misc]
        got = rule[1](wrap(m), ctx)
        if got is None:
            continue
        typ, value = got
        out.append(TemporalExpression(start, end, text[start:end], typ, value))
    return out


def tag_dates(text: str, *, reference: dt.date | dt.datetime | None = None) -> pd.DataFrame:
    """Temporal expressions of one text as a table.

    Parameters
    ----------
    text : str
        English text.
    reference : datetime.date, optional
        Publication date used to resolve relative expressions.

    Returns
    -------
    pandas.DataFrame
        One row per expression, columns ``start, end, expression, type, value``.
    """
    found = find_temporal_expressions(text, reference=reference)
    return pd.DataFrame(
        [(e.start, e.end, e.text, e.type, e.value) for e in found], columns=COLUMNS
    ).astype({"start": "int64", "end": "int64"})
