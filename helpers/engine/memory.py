"""Will it fit? Memory estimates for the pandas back end, checked before it runs.

The pandas back end holds the whole articles table in one process, plus what an analysis builds
from it (a sentence table, a term table). :func:`check_fits` compares that estimate with the
memory available now and says, before anything runs out of memory, to switch to
``engine="dask"``, which works partition by partition.
"""

from __future__ import annotations

import warnings
from pathlib import Path

__all__ = [
    "CorpusTooLargeError",
    "LargeCorpusWarning",
    "available_memory",
    "check_fits",
]

#: Share of the available memory from which the pandas back end refuses (raises) / warns.
REFUSE_FROM = 0.9
WARN_FROM = 0.5


class CorpusTooLargeError(MemoryError):
    """The corpus (with what an analysis builds from it) would not fit in this machine's memory."""


class LargeCorpusWarning(ResourceWarning):
    """The pandas back end will use more than half of the available memory."""


def available_memory() -> int:
    """Bytes of memory available to start new work (psutil, else ``/proc/meminfo``)."""
    try:
        import psutil

        return int(psutil.virtual_memory().available)
    except ImportError:
        pass
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    return 1 << 62  # unknown: do not refuse


def _gb(n: float) -> str:
    return f"{n / 1e9:.1f} GB"


def check_fits(
    table_bytes: int,
    *,
    factor: float,
    what: str,
    n_articles: int | None = None,
    available: int | None = None,
) -> int:
    """Raise or warn when ``table_bytes * factor`` is too much for the memory available.

    Parameters
    ----------
    table_bytes
        In-memory size of the articles table (measured, or from the store's description).
    factor
        Peak memory of the work as a multiple of the table (see :data:`helpers.engine.analyses`).
    what
        What is about to run, for the message ("term counts", "loading the corpus").
    n_articles
        For the message.
    available
        Bytes available; default :func:`available_memory`.

    Returns
    -------
    int
        The estimate in bytes.

    Raises
    ------
    CorpusTooLargeError
        When the estimate exceeds 90 % of the available memory.
    """
    needed = int(table_bytes * factor)
    free = available_memory() if available is None else available
    size = f"{n_articles:,} articles, " if n_articles is not None else ""
    advice = (
        'Use engine="dask" (it works partition by partition; see docs/scale.md), or select '
        "fewer articles first."
    )
    if needed > REFUSE_FROM * free:
        raise CorpusTooLargeError(
            f"{what} with the pandas engine needs about {_gb(needed)} ({size}table "
            f"{_gb(table_bytes)}), but only {_gb(free)} of memory is available. {advice}"
        )
    if needed > WARN_FROM * free:
        warnings.warn(
            f"{what} with the pandas engine will use about {_gb(needed)} of the {_gb(free)} "
            f"available. {advice}",
            LargeCorpusWarning,
            stacklevel=3,
        )
    return needed
