"""The rules of the quote extractor as data: word lists and named patterns under ``data/``.

* Word lists: ``data/<name>.txt``, one lower-case word or phrase per line, ``#`` comments (each file
  says what the list is for and where it came from). :func:`word_list` reads one.
* Patterns: ``data/patterns.toml``, one table per named regular expression with ``pattern``,
  optional ``flags`` and the examples it must (``match``) and must not (``no_match``) match at the
  start of a string; ``tests/quotes/test_patterns.py`` runs every example. ``<<list>>`` inside a
  pattern is replaced by the words of ``data/<list>.txt`` as an alternation.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["DATA_DIR", "alternation", "pattern", "pattern_specs", "word_list", "word_list_names"]

#: Folder of the word lists and patterns.
DATA_DIR = Path(__file__).parent / "data"

_PLACEHOLDER = re.compile(r"<<(\w+)>>")


def read_word_list(path: Path) -> list[str]:
    """The entries of one word-list file, in file order (duplicates kept, for the lint test)."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return entries


def word_list_names() -> list[str]:
    """Names of every word list shipped in ``data/`` (file names without ``.txt``)."""
    return sorted(path.stem for path in DATA_DIR.glob("*.txt"))


@cache
def word_list(name: str) -> frozenset[str]:
    """The words of ``data/<name>.txt`` (lower case) as a frozen set."""
    return frozenset(read_word_list(DATA_DIR / f"{name}.txt"))


def alternation(words: frozenset[str] | set[str]) -> str:
    """A regex alternation of *words*, longest first (spaces match any whitespace)."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in ordered)


@cache
def pattern_specs() -> dict[str, dict[str, Any]]:
    """Every named pattern of ``data/patterns.toml`` with its flags and examples."""
    with (DATA_DIR / "patterns.toml").open("rb") as handle:
        return tomllib.load(handle)


@cache
def pattern(name: str) -> re.Pattern[str]:
    """Compile the named pattern of ``data/patterns.toml`` (word-list placeholders filled in)."""
    spec = pattern_specs()[name]
    source = _PLACEHOLDER.sub(lambda m: alternation(word_list(m.group(1))), spec["pattern"])
    flags = 0
    for flag in spec.get("flags", []):
        flags |= getattr(re, flag)
    return re.compile(source, flags)
