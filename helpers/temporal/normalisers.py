"""Normalisers: from a rule's match to a TIMEX3 type and value.

A rule file names its normaliser (``normaliser = "full_date"``); :data:`NORMALISERS` maps the
names to the functions below. A normaliser gets the :class:`~helpers.temporal.engine.Match`
(named groups of the rule's pattern) and the passage :class:`~helpers.temporal.engine.Context`,
and returns ``(type, value)``, or ``None`` to reject the match.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable

from helpers.temporal.engine import (
    Context,
    Match,
    Normaliser,
    pick_year,
    quarter_year,
    resolve_year,
    weekday_date,
)
from helpers.temporal.timex import (
    DATE,
    DURATION,
    SET,
    TIME,
    add_months,
    date_value,
    duration_value,
    iso_week,
    number_value,
    quarter_of,
)
from helpers.temporal.vocabulary import (
    DAY_WORDS,
    DECADE_WORDS,
    HOLIDAY_ALIASES,
    HOLIDAYS,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASON_OF_MONTH,
    SEASONS,
    SET_WORDS,
    STEPS,
    VAGUE_NUMBERS,
    WEEKDAYS,
)

__all__ = ["NORMALISERS"]

Result = tuple[str, str | None] | None

#: Normaliser name (as written in the rule files) → function.
NORMALISERS: dict[str, Normaliser] = {}


def normaliser(name: str) -> Callable[[Normaliser], Normaliser]:
    """Register a function under ``name`` for the rule files."""

    def register(func: Normaliser) -> Normaliser:
        if name in NORMALISERS:
            raise ValueError(f"normaliser {name!r} registered twice")
        NORMALISERS[name] = func
        return func

    return register


def _g(m: Match, name: str) -> str:
    return (m.group(name) or "").lower()


def _month_num(word: str) -> int:
    """``"Sept."`` → 9: the vocabulary key is the abbreviation (``sept``, else 3 letters)."""
    w = word.lower().rstrip(".")
    return MONTHS[w[:4] if w.startswith("sept") else w[:3] if len(w) > 4 else w]


def _day_num(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))  # type: ignore[union-attr]


# --- absolute dates -------------------------------------------------------------------------


@normaliser("full_date")
def full_date(m: Match, ctx: Context) -> Result:
    """Month and day, with or without a year (and a part of the day)."""
    month = _month_num(m.group("mon"))
    day = _day_num(m.group("day")) if m.group("day") else None
    year = int(m.group("year")) if m.group("year") else None
    if day is not None and not 1 <= day <= 31:
        return None
    if year is None:
        year = resolve_year(ctx, month, day, m.start(), m.end())
    else:
        ctx.last_year = year
    pod = _g(m, "pod")
    value = date_value(year, month, day)
    if year is not None:
        ctx.last_month = (year, month)
        if day is not None:
            with contextlib.suppress(ValueError):
                ctx.last_day = dt.date(year, month, day)
    if pod and day is not None:
        return TIME, value + "T" + PARTS_OF_DAY.get(pod, "MO")
    return DATE, value


@normaliser("month")
def month(m: Match, ctx: Context) -> Result:
    """A month, with a year or a relative word (``last March``), or placed by tense."""
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
            year = resolve_year(ctx, month, None, m.start(), m.end())
    if year is not None:
        ctx.last_month = (year, month)
    return DATE, date_value(year, month)


@normaliser("year")
def year(m: Match, ctx: Context) -> Result:
    """A year in digits, or a half of one (``the first half of 1989`` → ``1989-H1``)."""
    year = m.group("year")
    half = _g(m, "half")
    ctx.last_year = int(year)  # type: ignore[arg-type]
    if half:
        return DATE, f"{year}-H{2 if re.search('second|last|latter', half) else 1}"
    return DATE, year


@normaliser("numeric_date")
def numeric_date(m: Match, ctx: Context) -> Result:
    """``9/29/2020``: month first when that is a valid date, else day first."""
    a, b, y = int(m.group("a")), int(m.group("b")), m.group("y")  # type: ignore[arg-type]
    if len(y) == 2:  # type: ignore[arg-type]
        y = ("19" if int(y) > 30 else "20") + y  # type: ignore[arg-type,operator]
    if 1 <= a <= 12 and 1 <= b <= 31:
        return DATE, f"{y}-{a:02d}-{b:02d}"
    if 1 <= b <= 12 and 1 <= a <= 31:
        return DATE, f"{y}-{b:02d}-{a:02d}"
    return None


@normaliser("iso_date")
def iso_date(m: Match, ctx: Context) -> Result:
    """``2020-09-29``."""
    y, mo, d = m.group("y"), int(m.group("m")), int(m.group("d"))  # type: ignore[arg-type]
    if 1 <= mo <= 12 and 1 <= d <= 31:
        return DATE, f"{y}-{mo:02d}-{d:02d}"
    return None


@normaliser("decade")
def decade(m: Match, ctx: Context) -> Result:
    """``the 1990s`` → ``199``, ``the '80s`` → ``198``, ``the nineties`` → ``199``."""
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
        return DATE, base + str(DECADE_WORDS[word])
    return None


@normaliser("century")
def century(m: Match, ctx: Context) -> Result:
    """``the 20th century`` → ``19``."""
    raw = _g(m, "cent")
    n = ORDINALS.get(raw) or (int(re.match(r"\d+", raw).group(0)) if raw[:1].isdigit() else None)  # type: ignore[union-attr]
    if not n:
        return None
    return DATE, f"{n - 1:02d}"


@normaliser("spoken_year")
def spoken_year(m: Match, ctx: Context) -> Result:
    """``nineteen ninety-six`` → ``1996``; ``the year two thousand`` → ``2000``."""
    if m.group("hi2"):
        return DATE, "2000"
    return _century_year_words(m)


def _century_year_words(m: Match) -> Result:
    hi = number_value(m.group("hi"))  # type: ignore[arg-type]
    lo = number_value(m.group("lo").replace("-", " ")) if m.group("lo") else 0  # type: ignore[union-attr]
    if hi is None or lo is None:
        return None
    return DATE, f"{int(hi):02d}{int(lo):02d}"


@normaliser("month_relative_year")
def month_relative_year(m: Match, ctx: Context) -> Result:
    """June last year → 1997-06, the winter of nineteen ninety-four → 1994-WI."""
    year: int | None
    if m.group("yrel"):
        step = {"this": 0, "last": -1, "next": 1}[_g(m, "yrel")]
        year = None if ctx.ref is None else ctx.ref.year + step
    else:
        got = _century_year_words(m)
        if got is None or got[1] is None:
            return None
        year = int(got[1])
        ctx.last_year = year
    if m.group("season"):
        return DATE, f"{date_value(year)}-{SEASONS[_g(m, 'season')]}"
    return DATE, date_value(year, _month_num(m.group("mon")))  # type: ignore[arg-type]


# --- quarters, halves, seasons -------------------------------------------------------------


@normaliser("quarter")
def quarter(m: Match, ctx: Context) -> Result:
    """``the third quarter (of 1990)``, ``third-quarter``, ``last year's fourth quarter``."""
    ordw = _g(m, "qord")
    q = ORDINALS.get(ordw) or (int(ordw[0]) if ordw[:1].isdigit() else None)
    if q is None or not 1 <= q <= 4:
        return None
    year: int | None
    prefix = m.group(0)[: m.start("qord") - m.start()].lower() if m.group("qord") else ""  # type: ignore[index]
    qrel2 = _g(m, "qrel2")
    if m.group("qyear") or m.group("qyear0"):
        year = int(m.group("qyear") or m.group("qyear0") or 0)
    elif "year-ago" in prefix or "year-earlier" in prefix or qrel2:
        base = quarter_year(ctx, q)
        year = None if base is None else base - (0 if "next" in qrel2 else 1)
        if "next" in qrel2 and base is not None:
            year = base + 1
        return DATE, f"{date_value(year)}-Q{q}"
    elif _g(m, "qrel") in ("last year's", "last year", "a year earlier", "a year ago"):
        year = None if ctx.ref is None else ctx.ref.year - 1
    elif _g(m, "qrel") in ("next year's", "next year"):
        year = None if ctx.ref is None else ctx.ref.year + 1
    elif _g(m, "qrel") in ("this year's", "this year"):
        year = None if ctx.ref is None else ctx.ref.year
    else:
        year = quarter_year(ctx, q)
    if year is not None:
        ctx.last_quarter, ctx.last_quarter_end = (year, q), m.end()
    return DATE, f"{date_value(year)}-Q{q}"


@normaliser("q_short")
def q_short(m: Match, ctx: Context) -> Result:
    """``Q3``, ``Q3 2019``, ``Q4 '98``."""
    q = int(m.group("q"))  # type: ignore[arg-type]
    y = m.group("y")
    if y:
        year: int | None = (
            int(y) if len(y) == 4 else 2000 + int(y) if int(y) < 50 else 1900 + int(y)
        )
    else:
        year = quarter_year(ctx, q)
    if year is not None:
        ctx.last_quarter, ctx.last_quarter_end = (year, q), m.end()
    return DATE, f"{date_value(year)}-Q{q}"


@normaliser("the_quarter")
def the_quarter(m: Match, ctx: Context) -> Result:
    """``the quarter``, ``the latest quarter``, ``the year-earlier quarter``: from context."""
    rel = _g(m, "rel")
    ref = ctx.ref
    if ref is None:
        return DATE, None
    if m.group("qyear"):
        q = ctx.last_quarter[1] if ctx.last_quarter is not None else quarter_of(ref)
        return DATE, f"{m.group('qyear')}-Q{q}"
    if re.search(r"year-earlier|year-ago|comparable|last year", m.group(0) or "", re.I):
        y, q = ctx.last_quarter if ctx.last_quarter is not None else (ref.year, quarter_of(ref))
        return DATE, f"{y - 1}-Q{q}"
    cur = (ref.year, quarter_of(ref))
    prev = add_months(ref.year, (cur[1] - 1) * 3 + 1, -3)
    prev_q = (prev[0], (prev[1] - 1) // 3 + 1)
    if rel in ("current", "this"):
        y, q = cur
    elif rel in ("next", "coming"):
        nxt = add_months(ref.year, (cur[1] - 1) * 3 + 1, 3)
        y, q = nxt[0], (nxt[1] - 1) // 3 + 1
    elif rel in ("last", "previous", "prior", "preceding") and ctx.last_quarter is None:
        y, q = prev_q
    else:
        y, q = ctx.last_quarter if ctx.last_quarter is not None else prev_q
    ctx.last_quarter, ctx.last_quarter_end = (y, q), m.end()
    return DATE, f"{y}-Q{q}"


@normaliser("year_ago_period")
def year_ago_period(m: Match, ctx: Context) -> Result:
    """year-earlier / year-ago (quarter), year-earlier period."""
    if ctx.last_quarter is not None and m.start() - ctx.last_quarter_end < 1000:
        y, q = ctx.last_quarter
        return DATE, f"{y - 1}-Q{q}"
    if ctx.ref is None:
        return DATE, None
    return DATE, str(ctx.ref.year - 1)


@normaliser("season")
def season(m: Match, ctx: Context) -> Result:
    """``last summer``, ``the winter of 1994``; a bare season is placed by tense."""
    season = SEASONS[_g(m, "season")]
    rel = _g(m, "rel")
    year = m.group("year")
    ref = ctx.ref
    if year:
        return DATE, f"{year}-{season}"
    if ref is None:
        return DATE, f"XXXX-{season}"
    cur = SEASON_OF_MONTH[ref.month]
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


@normaliser("holiday")
def holiday(m: Match, ctx: Context) -> Result:
    """A holiday of ``vocab/holidays.toml``, in the year given or placed by tense."""
    name = re.sub(r"\s+", " ", _g(m, "hol")).replace("’", "'").replace("presidents'", "presidents")
    name = HOLIDAY_ALIASES.get(name, name)
    make = HOLIDAYS.get(name)
    if make is None:
        return None
    rel = _g(m, "rel")
    ref = ctx.ref
    if m.group("year"):
        return DATE, make(int(m.group("year"))).isoformat()  # type: ignore[arg-type]
    if ref is None:
        return DATE, None
    if rel in ("last", "past", "this past"):
        y = ref.year if make(ref.year) < ref else ref.year - 1
    elif rel in ("next", "coming", "this coming"):
        y = ref.year if make(ref.year) > ref else ref.year + 1
    elif rel == "this":
        y = ref.year
    else:
        y = pick_year(ctx, make, m.start(), m.end()) or ref.year
    return DATE, make(y).isoformat()


# --- relative dates ---------------------------------------------------------------------------


@normaliser("day_word")
def day_word(m: Match, ctx: Context) -> Result:
    """today, yesterday (morning), tomorrow, tonight."""
    word = _g(m, "dw")
    pod = _g(m, "pod")
    ref = ctx.ref
    value = None if ref is None else (ref + dt.timedelta(days=DAY_WORDS[word])).isoformat()
    if pod:
        code = PARTS_OF_DAY.get(pod, "MO")
        return TIME, None if value is None else value + "T" + code
    return DATE, value


@normaliser("weekday")
def weekday(m: Match, ctx: Context) -> Result:
    """A weekday, with a relative word or a time; ``every Tuesday`` / ``Tuesdays`` are sets."""
    wd = WEEKDAYS[_g(m, "wd")]
    rel = _g(m, "rel")
    pod = _g(m, "pod") or _g(m, "pod2")
    tod = m.group("tod") or m.group("tod2")
    d = weekday_date(ctx, wd, rel, m.start(), m.end())
    if _g(m, "set") or (m.group("plural") and not m.group("rel")):
        return SET, f"XXXX-WXX-{wd}" + ("T" + PARTS_OF_DAY[pod] if pod else "")
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


@normaliser("relative_unit")
def relative_unit(m: Match, ctx: Context) -> Result:
    """this/last/next week|month|year|weekend|decade|century, the following month, ..."""
    rel = _g(m, "rel")
    unit = _g(m, "unit").rstrip("s")
    ref = ctx.ref
    step = STEPS.get(rel, 0)
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
        return DATE, iso_week(ref + dt.timedelta(weeks=step))
    if unit == "weekend":
        if rel in ("the", "this", "that", "the same") and ref.isoweekday() <= 5:
            # on a weekday, "the weekend" is the one just past unless the clause is future
            step = 0 if ctx.tense(m.start(), m.end()) == "future" else -1
        d = ref + dt.timedelta(weeks=step)
        return DATE, iso_week(d) + "-WE"
    if unit == "month":
        base_month = (ref.year, ref.month)
        if rel in ("the following", "the previous") and ctx.last_month is not None:
            base_month = ctx.last_month  # anaphoric: the month after / before the one mentioned
        y, mo = add_months(*base_month, step)
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


@normaliser("ago")
def ago(m: Match, ctx: Context) -> Result:
    """two weeks ago, a year earlier, five years back, three days from now."""
    n = number_value(m.group("num"))  # type: ignore[arg-type]
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
        return DATE, iso_week(ref + dt.timedelta(weeks=k))
    if unit == "month":
        y, mo = add_months(ref.year, ref.month, k)
        return DATE, f"{y}-{mo:02d}"
    if unit == "quarter":
        y, mo = add_months(ref.year, ref.month, 3 * k)
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


@normaliser("relative_period_part")
def relative_period_part(m: Match, ctx: Context) -> Result:
    """earlier this year, later this month, early next year, the end of the year..."""
    rel = _g(m, "rel")
    unit = _g(m, "unit")
    ref = ctx.ref
    if ref is None:
        return DATE, None
    step = STEPS.get(rel, 0)
    if unit == "year":
        return DATE, str(ref.year + step)
    if unit == "month":
        y, mo = add_months(ref.year, ref.month, step)
        return DATE, f"{y}-{mo:02d}"
    if unit == "week":
        return DATE, iso_week(ref + dt.timedelta(weeks=step))
    if unit == "decade":
        return DATE, str(ref.year // 10 + step)
    if unit == "quarter":
        y, mo = add_months(ref.year, ref.month, 3 * step)
        return DATE, f"{y}-Q{(mo - 1) // 3 + 1}"
    return None


@normaliser("part_of_day")
def part_of_day(m: Match, ctx: Context) -> Result:
    """this morning, last night, overnight."""
    rel = _g(m, "rel")
    pod = _g(m, "pod")
    ref = ctx.ref
    if ref is None:
        return TIME, None
    d = ref - dt.timedelta(days=1) if rel == "last" else ref
    if pod == "overnight":
        pod = "night"
    return TIME, d.isoformat() + "T" + PARTS_OF_DAY[pod]


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


@normaliser("clock_time")
def clock_time(m: Match, ctx: Context) -> Result:
    """3 p.m., 10:35 a.m. EST, noon tomorrow, 5 p.m. EST Nov. 9."""
    t = _time_value(m.group("tod"))  # type: ignore[arg-type]
    if t is None:
        return None
    day = _g(m, "dw")
    ref = ctx.ref
    base: str | None
    if m.group("mon"):  # 5 p.m. EST Nov. 9
        got = full_date(m, ctx)
        if got is None:
            return None
        base = got[1]
    elif day:
        base = None if ref is None else (ref + dt.timedelta(days=DAY_WORDS[day])).isoformat()
    else:
        base = "XXXX-XX-XX" if ref is None else ref.isoformat()
    return TIME, None if base is None else f"{base}T{t}"


# --- durations and sets ----------------------------------------------------------------------


@normaliser("duration")
def duration(m: Match, ctx: Context) -> Result:
    """three years, the past two months, 2 1/2 years, several weeks."""
    num = m.group("num")
    unit = _g(m, "unit")
    if num is None:
        n = None
    else:
        n = number_value(num)
        if n is None and num.lower().strip() not in VAGUE_NUMBERS:
            return None
    return DURATION, duration_value(n, unit)


@normaliser("adjectival_duration")
def adjectival_duration(m: Match, ctx: Context) -> Result:
    """two-year, 30-day, 10-hour."""
    n = number_value(m.group("num").replace("-", " ").strip())  # type: ignore[union-attr]
    if n is None:
        return None
    return DURATION, duration_value(n, _g(m, "unit"))


@normaliser("bare_units")
def bare_units(m: Match, ctx: Context) -> Result:
    """for years, in recent months, the coming weeks: unspecified durations/references."""
    unit = _g(m, "unit").rstrip("s")
    lead = _g(m, "lead")
    unit = "century" if unit.startswith("centur") else unit
    if lead.strip() in ("coming", "the coming", "upcoming", "the upcoming"):
        return DATE, "FUTURE_REF"
    if lead.strip() in ("recent", "the recent"):
        return DATE, "PAST_REF"
    return DURATION, duration_value(None, unit)


@normaliser("set_word")
def set_word(m: Match, ctx: Context) -> Result:
    """daily, weekly, annually."""
    return SET, SET_WORDS[_g(m, "sw")]


@normaliser("every")
def every(m: Match, ctx: Context) -> Result:
    """every week, each year, twice a month, every other day, every summer."""
    unit = _g(m, "unit")
    num = m.group("num")
    if num and num.lower() == "other":  # every other week: every two weeks
        num = "two"
    n = 1.0 if not num else number_value(num)
    if unit in SEASONS:
        return SET, f"XXXX-{SEASONS[unit]}"
    return SET, duration_value(n, unit)


@normaliser("reference")
def reference(m: Match, ctx: Context) -> Result:
    """now, recently, the future: PRESENT_REF, PAST_REF, FUTURE_REF."""
    w = m.group(0).lower()  # type: ignore[union-attr]
    if re.search(r"future|soon|ahead|coming|near term|short term|long term|later date", w):
        return DATE, "FUTURE_REF"
    if re.search(r"past|recent|former|previous|once|earlier|ago|history|then", w):
        return DATE, "PAST_REF"
    return DATE, "PRESENT_REF"
