"""Old home of the archive readers, now :mod:`helpers.corpus.readers.archives`.

The public names keep working from here: ``from helpers.archives import read_archive``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["FORMATS", "ArchiveRead", "normalise_outlet", "read_archive", "sniff_archive"]  # noqa: F822


def __getattr__(name: str) -> Any:
    if name in __all__:
        from helpers.corpus.readers import archives

        return getattr(archives, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
