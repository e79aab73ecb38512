"""The tagging engine: matching the rules, the passage context, and resolution.

Matching: every rule (``rules/*.toml``, loaded by :mod:`helpers.temporal.ruleset`) runs on the
paragraphs that contain a trigger word of its family; on overlap the longest match wins, then
the rule with the lower ``priority``. Each kept match goes to the rule's normaliser
(:mod:`helpers.temporal.normalisers`), which returns its TIMEX3 type and value or rejects it.

Context: the passage state the normalisers share while one text is tagged (the last quarter,
year, day and month mentioned, for "a year earlier", "that year", "the previous Friday",
"the following month"), and the tense of the clause around an expression.

Resolution: the year of a date written without one, and the day a bare weekday refers to.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from helpers.temporal.timex import COLUMNS, TemporalExpression, quarter_of

if TYPE_CHECKING:
    import pandas as pd

    from helpers.temporal.ruleset import Ruleset

__all__ = ["Context", "Match", "find_temporal_expressions", "tag_dates"]


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

# words a rule may swallow that TimeML leaves outside the extent
_LEAD_TRIM = _rx(
    r"(?:(?:on|in|at|until|till|by|for|from|since|only|just|during|over|its|their|his|her|our"
    r"|(?:the|a|an)(?=\s+(?:[\w'’]+[\s-]+)*?(?:first|second|third|fourth)-quarter\b))\s+)+"
)

# shorter matches are dropped
_MIN_LEN = 2

_WORD = re.compile(r"[a-z]+\d?|\d+")


# --------------------------------------------------------------------------------------------
# context


class Match:
    """A regex match as a normaliser sees it: missing groups read as ``None``, and a rule's
    ``aliases`` expose alternative group names (``season_`` …) under one name (``season``)."""

    __slots__ = ("_aliases", "_m")

    def __init__(self, m: re.Match[str], aliases: Mapping[str, str]) -> None:
        self._m = m
        self._aliases = aliases

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


@dataclass(slots=True)
class Context:
    """What the passage has mentioned so far, and the reference date."""

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


#: A normaliser: the match and the context in, ``(type, value)`` out, or ``None`` to reject.
Normaliser = Callable[[Match, Context], tuple[str, str | None] | None]


# --------------------------------------------------------------------------------------------
# resolution


def pick_year(
    ctx: Context,
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


def resolve_year(ctx: Context, month: int, day: int | None, start: int, end: int) -> int | None:
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
        return pick_year(ctx, lambda y: dt.date(y, month, 15), start, end, past=False)

    def make(y: int) -> dt.date | None:
        try:
            return dt.date(y, month, day)
        except ValueError:
            return None

    return pick_year(ctx, make, start, end, past=False)


def quarter_year(ctx: Context, q: int) -> int | None:
    """Year of a quarter named without one: this year's, unless it is still to come."""
    ref = ctx.ref
    if ref is None:
        return None
    cur = quarter_of(ref)
    return ref.year - 1 if q > cur + 1 else ref.year


def weekday_date(ctx: Context, wd: int, rel: str, start: int, end: int) -> dt.date | None:
    """The day a weekday (ISO number ``wd``, with an optional ``rel`` word) refers to."""
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


# --------------------------------------------------------------------------------------------
# matching


def find_temporal_expressions(
    text: str,
    *,
    reference: dt.date | dt.datetime | None = None,
    rules: Ruleset | None = None,
) -> list[TemporalExpression]:
    """Find and normalise the temporal expressions in a text.

    Parameters
    ----------
    text : str
        English text (an article, a paragraph or a sentence).
    reference : datetime.date, optional
        The date relative expressions are resolved against, normally the publication date.
        ``None`` leaves them unresolved (see :mod:`helpers.temporal`).
    rules : Ruleset, optional
        The rules to apply; default: the bundled ones (``helpers/temporal/rules/``).

    Returns
    -------
    list of TemporalExpression
        Non-overlapping expressions in text order.
    """
    if rules is None:
        from helpers.temporal.ruleset import default_ruleset

        rules = default_ruleset()
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    ctx = Context(text=text, ref=reference)
    out: list[TemporalExpression] = []
    pos = 0
    n = len(text)
    while pos < n:
        # paragraph-sized chunks: skip those without any date-ish token
        nl = text.find("\n", pos)
        stop = n if nl < 0 else nl + 1
        families = rules.families_in(text[pos:stop])
        if families:
            out.extend(_tag_chunk(ctx, pos, stop, families, rules))
        pos = stop
    return out


def _tag_chunk(
    ctx: Context, lo: int, hi: int, families: set[str], rules: Ruleset
) -> list[TemporalExpression]:
    text = ctx.text
    cands: list[tuple[int, int, int, re.Match[str]]] = []
    for i, rule in enumerate(rules.rules):
        if rule.family not in families:
            continue
        for m in rule.regex.finditer(text, lo, hi):
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
        rule = rules.rules[i]
        got = rule.normaliser(Match(m, rule.aliases), ctx)
        if got is None:
            continue
        typ, value = got
        out.append(TemporalExpression(start, end, text[start:end], typ, value, rule.name))
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
    import pandas as pd

    found = find_temporal_expressions(text, reference=reference)
    return pd.DataFrame(
        [(e.start, e.end, e.text, e.type, e.value) for e in found], columns=COLUMNS
    ).astype({"start": "int64", "end": "int64"})
