"""Periods: the one place that turns publication dates into days, weeks, months, quarters, years.

Every analysis that counts "per period" (timeline, term trends, sentiment, quotes) uses
:func:`period_start` and :func:`period_grid`, so one date lands in the same period everywhere.
Weeks run Monday to Sunday; time-zone-aware dates are converted to UTC first.
"""

from __future__ import annotations

import pandas as pd

from helpers.columns import PERIOD

__all__ = ["PERIODS", "naive_datetimes", "period_code", "period_grid", "period_start"]

#: Period names accepted by every analysis, and the pandas period code behind each (weeks run
#: Monday to Sunday).
PERIODS: dict[str, str] = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}


def period_code(period: str) -> str:
    """Return the pandas period code for a period name (``"week"`` → ``"W-SUN"``).

    Raises
    ------
    ValueError
        If *period* is not one of :data:`PERIODS`, naming the accepted values.
    """
    try:
        return PERIODS[period]
    except (KeyError, TypeError):
        raise ValueError(f"period must be one of {list(PERIODS)}, not {period!r}") from None


def naive_datetimes(values: pd.Series) -> pd.Series:
    """Datetimes without time zone (converted to UTC first when they carry one); bad values → NaT."""
    values = pd.to_datetime(values, errors="coerce")
    if getattr(values.dt, "tz", None) is not None:
        values = values.dt.tz_convert("UTC").dt.tz_localize(None)
    return values


def period_start(published: pd.Series, *, period: str = "month") -> pd.Series:
    """Return the start of the period each date falls in; ``NaT`` stays ``NaT``.

    *period* is one of :data:`PERIODS` (``day``, ``week``, ``month``, ``quarter``, ``year``);
    weeks start on Monday. Time-zone-aware dates are converted to UTC first.

    Examples
    --------
    >>> period_start(pd.Series(pd.to_datetime(["2020-09-29", None])), period="week").tolist()
    [Timestamp('2020-09-28 00:00:00'), NaT]
    """
    code = period_code(period)
    values = naive_datetimes(published)
    starts = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]", name=values.name)
    known = values.notna()
    if known.any():
        periods = values[known].dt.to_period(code)
        starts[known] = periods.dt.start_time.astype("datetime64[ns]")
    return starts


def period_grid(starts: pd.Series, *, period: str) -> pd.DatetimeIndex:
    """Every period start from the first to the last of *starts*, empty periods included.

    *starts* are period starts (from :func:`period_start`); ``NaT`` is ignored. The index is
    named :data:`~helpers.columns.PERIOD`.
    """
    code = period_code(period)
    known = pd.Series(starts).dropna()
    if known.empty:
        return pd.DatetimeIndex([], dtype="datetime64[ns]", name=PERIOD)
    periods = pd.period_range(known.min(), known.max(), freq=code)
    return pd.DatetimeIndex(periods.start_time.astype("datetime64[ns]"), name=PERIOD)
