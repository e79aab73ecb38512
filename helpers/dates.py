"""Temporal expressions: moved to :mod:`helpers.temporal`; this module keeps the old import path.

``from helpers.dates import find_temporal_expressions, tag_dates, TemporalExpression`` keeps
working; new code imports from :mod:`helpers.temporal`.
"""

from helpers.temporal import (
    COLUMNS,
    DATE,
    DURATION,
    SET,
    TIME,
    TemporalExpression,
    find_temporal_expressions,
    tag_dates,
)

__all__ = [
    "COLUMNS",
    "DATE",
    "DURATION",
    "SET",
    "TIME",
    "TemporalExpression",
    "find_temporal_expressions",
    "tag_dates",
]
