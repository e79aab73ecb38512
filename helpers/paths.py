"""Where things live: the bundle's folders and the optional shared development data."""

from __future__ import annotations

import os
from pathlib import Path

#: The project folder (the one holding ``pyproject.toml``).
PROJECT_ROOT = Path(__file__).resolve().parent.parent
#: The bundled sample corpus.
CORPUS_DIR = PROJECT_ROOT / "corpus"
#: The notebooks.
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
#: Where figures and tables are written (git-ignored).
EXPORTS_DIR = PROJECT_ROOT / "exports"
#: The fictional practice corpus for teaching.
PRACTICE_CORPUS_DIR = PROJECT_ROOT / "practice_corpus" / "corpus"
#: Gold answers for the practice corpus (quotes, dates, duplicates).
PRACTICE_GOLD = PROJECT_ROOT / "practice_corpus" / "gold.json"


def shared_dir() -> Path | None:
    """Return the development data folder (``$NEWS_SHARED`` or ``../shared``), or None if absent.

    It holds licensed evaluation data used by benchmarks and some tests; a user's clone has none.
    """
    candidate = Path(os.environ.get("NEWS_SHARED", PROJECT_ROOT.parent / "shared"))
    return candidate if candidate.is_dir() else None


def shared_path(*parts: str) -> Path | None:
    """Return ``shared_dir()/parts`` if it exists, else None."""
    root = shared_dir()
    if root is None:
        return None
    path = root.joinpath(*parts)
    return path if path.exists() else None
