"""TIMEX3 values: the expression type, the four types, and calendar and value arithmetic."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from helpers.temporal.vocabulary import CARDINALS, UNIT_CODES, VAGUE_NUMBERS

__all__ = ["COLUMNS", "DATE", "DURATION", "SET", "TIME", "TemporalExpression"]

DATE = "DATE"
TIME = "TIME"
DURATION = "DURATION"
SET = "SET"

#: Columns of :func:`helpers.temporal.tag_dates`.
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
    rule : str or None
        Name of the rule that found it (see ``helpers/temporal/rules/``); not compared.
    """

    start: int
    end: int
    text: str
    type: str
    value: str | None
    rule: str | None = field(default=None, compare=False)


def iso_week(d: dt.date) -> str:
    """``2020-09-29`` → ``"2020-W40"``."""
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) moved by ``n`` months."""
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def quarter_of(d: dt.date) -> int:
    """Calendar quarter (1-4) of a date."""
    return (d.month - 1) // 3 + 1


def number_value(word: str) -> float | None:
    """``"three"`` → 3, ``"2 1/2"`` → 2.5, ``"several"`` → ``None`` (unspecified)."""
    w = re.sub(r"\s+", " ", word.lower().strip())
    half = 0.0
    if w.endswith(" and a half"):
        w, half = w[: -len(" and a half")], 0.5
    if w.endswith(" 1/2"):
        w, half = w[:-4], 0.5
    if w in VAGUE_NUMBERS:
        return None
    try:
        return float(w) + half
    except ValueError:
        pass
    if w in CARDINALS:
        return CARDINALS[w] + half
    parts = re.split(r"[- ]", w)
    if len(parts) == 2 and parts[0] in CARDINALS and parts[1] in CARDINALS:
        return CARDINALS[parts[0]] + CARDINALS[parts[1]] + half
    return None


def format_number(n: float) -> str:
    """``3.0`` → ``"3"``, ``2.5`` → ``"2.5"``."""
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(n: float | None, unit: str) -> str:
    """TIMEX3 duration value: ``(3, "year")`` → ``P3Y``; ``(None, "hour")`` → ``PTXH``."""
    u = unit.lower().rstrip("s")
    u = "centurie" if u.startswith("centur") else ("millenni" if u.startswith("millenni") else u)
    code = UNIT_CODES.get(u, "D")
    scale = {"DE": 10, "CE": 100, "ML": 1000}
    if code in scale:
        n, code = (None if n is None else n * scale[code]), "Y"
    elif code == "WE":
        return "P2D" if n == 1 else ("PXWE" if n is None else f"P{format_number(n)}WE")
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
    return f"{prefix}{format_number(n)}{code}"


def date_value(y: int | None, m: int | None = None, d: int | None = None) -> str:
    """``(2020, 8, 9)`` → ``"2020-08-09"``; an unknown year is ``XXXX``."""
    out = "XXXX" if y is None else f"{y:04d}"
    if m is not None:
        out += f"-{m:02d}"
        if d is not None:
            out += f"-{d:02d}"
    return out
