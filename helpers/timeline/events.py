"""Event markers: the user's own dates ("2020-08-09": "Election") to draw on timeline charts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from helpers.columns import DATE, LABEL
from helpers.periods import naive_datetimes

__all__ = ["event_markers"]


def event_markers(
    events: Mapping[Any, str] | Iterable[tuple[Any, str]] | pd.DataFrame | None,
) -> pd.DataFrame:
    """User events to draw on charts, as a table ``date, label`` sorted by date.

    Accepts ``{"2020-08-09": "Election"}``, ``[("2020-08-09", "Election")]``, a table with
    ``date`` and ``label`` columns, or ``None`` (no events).
    """
    if events is None:
        pairs: list[tuple[Any, str]] = []
    elif isinstance(events, pd.DataFrame):
        missing = {DATE, LABEL} - set(events.columns)
        if missing:
            raise ValueError(
                f"event table needs the columns 'date' and 'label' (missing {missing})"
            )
        pairs = list(zip(events[DATE], events[LABEL], strict=True))
    elif isinstance(events, Mapping):
        pairs = list(events.items())
    else:
        pairs = [tuple(pair) for pair in events]  # type: ignore[misc]
    table = pd.DataFrame(
        {
            DATE: pd.to_datetime([date for date, _ in pairs], errors="raise"),
            LABEL: [str(label) for _, label in pairs],
        },
        columns=[DATE, LABEL],
    )
    table[DATE] = naive_datetimes(table[DATE]).astype("datetime64[ns]")
    return table.sort_values(DATE, kind="stable").reset_index(drop=True)
