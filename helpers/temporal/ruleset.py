"""Load and check the rule files in ``helpers/temporal/rules/``.

Every ``*.toml`` file there may hold three kinds of table:

- ``[[rule]]``: one named rule (name, family, priority, normaliser, pattern, examples; see the
  header of ``rules/dates.toml``);
- ``[parts]``: named pattern parts that patterns include as ``{name}`` (``rules/parts.toml``);
- ``[family.NAME]``: the trigger words (``words``, or ``words_from`` a vocabulary), trigger
  ``pattern`` or ``implied_by`` families that decide which paragraphs a family's rules run on
  (``rules/families.toml``).

Everything is checked on load; a problem raises :class:`RuleFileError` naming the file and the
rule.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from helpers.temporal.engine import Normaliser
from helpers.temporal.timex import DATE, DURATION, SET, TIME
from helpers.temporal.vocabulary import VocabularyError, vocabulary

__all__ = ["RULES_DIR", "Example", "Rule", "RuleFileError", "Ruleset", "default_ruleset", "load"]

#: Where the bundled rule files live.
RULES_DIR = Path(__file__).resolve().parent / "rules"

_TYPES = frozenset({DATE, TIME, DURATION, SET})
_RULE_KEYS = {"name", "description", "family", "priority", "normaliser", "pattern", "aliases",
              "examples"}  # fmt: skip
_REQUIRED_RULE_KEYS = _RULE_KEYS - {"description", "aliases"}
_EXAMPLE_KEYS = {"text", "reference", "expression", "type", "value", "unresolved"}
_FAMILY_KEYS = {"words", "words_from", "pattern", "implied_by"}
_PART = re.compile(r"\{([a-z_]+)\}")
_NAME = re.compile(r"[a-z][a-z0-9_]*")
_MIN_EXAMPLES = 2
_WORD = re.compile(r"[a-z]+\d?|\d+")


class RuleFileError(ValueError):
    """A rule file is malformed; the message names the file and the rule."""


@dataclass(frozen=True, slots=True)
class Example:
    """An example a rule must get right: ``expression`` in ``text`` gets ``type`` and ``value``
    (``None``: unresolved) when tagged against ``reference``."""

    text: str
    reference: dt.date | None
    expression: str
    type: str
    value: str | None


@dataclass(frozen=True, slots=True)
class Rule:
    """One tagging rule, as read from a rule file."""

    name: str
    family: str
    priority: int
    normaliser_name: str
    normaliser: Normaliser
    pattern: str
    regex: re.Pattern[str]
    aliases: Mapping[str, str]
    examples: tuple[Example, ...]
    description: str
    source: str


@dataclass(frozen=True, slots=True)
class Family:
    """When a family's rules run: a paragraph holds one of ``words``, or matches ``pattern``,
    or one of the ``implied_by`` families runs."""

    name: str
    words: frozenset[str]
    pattern: re.Pattern[str] | None
    implied_by: frozenset[str]


@dataclass(frozen=True, slots=True)
class Ruleset:
    """The rules in priority order, their families and the expanded pattern parts."""

    rules: tuple[Rule, ...]
    families: tuple[Family, ...]
    parts: Mapping[str, str]

    def families_in(self, chunk: str) -> set[str]:
        """Names of the families that may match in ``chunk``."""
        words = set(_WORD.findall(chunk.lower()))
        found = {f.name for f in self.families if f.words and not f.words.isdisjoint(words)}
        for f in self.families:
            if f.pattern is not None and f.name not in found and f.pattern.search(chunk):
                found.add(f.name)
        for f in self.families:
            if f.implied_by and not f.implied_by.isdisjoint(found):
                found.add(f.name)
        return found

    def rule(self, name: str) -> Rule:
        """The rule called ``name``."""
        for r in self.rules:
            if r.name == name:
                return r
        raise KeyError(name)


@cache
def default_ruleset() -> Ruleset:
    """The bundled rules (read once)."""
    return load(RULES_DIR)


def load(rules_dir: Path) -> Ruleset:
    """Read and check every ``*.toml`` rule file in ``rules_dir``.

    Raises
    ------
    RuleFileError
        On a malformed file: unknown or missing keys, unknown normaliser, family or pattern
        part, a pattern that does not compile, fewer than two examples, duplicate names or
        priorities.
    """
    from helpers.temporal.normalisers import NORMALISERS

    rule_tables: list[tuple[str, dict[str, Any]]] = []
    part_sources: dict[str, tuple[str, Any]] = {}
    family_tables: dict[str, tuple[str, dict[str, Any]]] = {}
    paths = sorted(Path(rules_dir).glob("*.toml"))
    if not paths:
        raise RuleFileError(f"no rule files (*.toml) in {rules_dir}")
    for path in paths:
        with path.open("rb") as fh:
            try:
                data = tomllib.load(fh)
            except tomllib.TOMLDecodeError as err:
                raise RuleFileError(f"{path.name}: {err}") from err
        for key, value in data.items():
            if key == "rule":
                rule_tables += [(path.name, t) for t in value]
            elif key == "parts":
                for name, part in value.items():
                    if name in part_sources:
                        raise RuleFileError(f"{path.name}: pattern part {name!r} defined twice")
                    part_sources[name] = (path.name, part)
            elif key == "family":
                for name, spec in value.items():
                    if name in family_tables:
                        raise RuleFileError(f"{path.name}: family {name!r} defined twice")
                    family_tables[name] = (path.name, spec)
            else:
                raise RuleFileError(
                    f"{path.name}: unknown table {key!r} (expected [[rule]], [parts], [family.*])"
                )
    parts = _expand_parts(part_sources)
    families = tuple(_family(name, src, spec) for name, (src, spec) in family_tables.items())
    for f in families:
        if unknown := f.implied_by - family_tables.keys():
            raise RuleFileError(f"family {f.name!r}: implied_by unknown {sorted(unknown)}")
    rules = [_rule(src, table, parts, NORMALISERS, family_tables) for src, table in rule_tables]
    seen: dict[str, Rule] = {}
    priorities: dict[int, Rule] = {}
    for r in rules:
        if r.name in seen:
            raise RuleFileError(
                f"rule {r.name!r}: name used twice ({seen[r.name].source} and {r.source})"
            )
        if r.priority in priorities:
            raise RuleFileError(
                f"rule {r.name!r} ({r.source}): priority {r.priority} already used by rule "
                f"{priorities[r.priority].name!r}"
            )
        seen[r.name], priorities[r.priority] = r, r
    return Ruleset(tuple(sorted(rules, key=lambda r: r.priority)), families, parts)


def _join(pattern: Any, where: str) -> str:
    if isinstance(pattern, str):
        return pattern
    if isinstance(pattern, list) and pattern and all(isinstance(p, str) for p in pattern):
        return "".join(pattern)
    raise RuleFileError(f"{where}: pattern must be a string or a list of strings")


def _expand_parts(sources: dict[str, tuple[str, Any]]) -> dict[str, str]:
    raw = {name: _join(p, f"{src}: part {name!r}") for name, (src, p) in sources.items()}
    done: dict[str, str] = {}

    def expand(name: str, stack: tuple[str, ...]) -> str:
        if name in done:
            return done[name]
        if name in stack:
            raise RuleFileError(f"pattern part {name!r} includes itself: {' -> '.join(stack)}")

        def sub(m: re.Match[str]) -> str:
            if m.group(1) not in raw:
                raise RuleFileError(f"pattern part {name!r}: unknown part {{{m.group(1)}}}")
            return expand(m.group(1), (*stack, name))

        done[name] = _PART.sub(sub, raw[name])
        return done[name]

    for name in raw:
        expand(name, ())
    return done


def _family(name: str, src: str, spec: dict[str, Any]) -> Family:
    where = f"{src}: family {name!r}"
    if unknown := spec.keys() - _FAMILY_KEYS:
        raise RuleFileError(f"{where}: unknown keys {sorted(unknown)}")
    words = set(spec.get("words", []))
    for vocab_name in spec.get("words_from", []):
        try:
            words |= set(vocabulary(vocab_name))
        except VocabularyError as err:
            raise RuleFileError(f"{where}: {err}") from err
    pattern = None
    if "pattern" in spec:
        try:
            pattern = re.compile(_join(spec["pattern"], where))
        except re.error as err:
            raise RuleFileError(f"{where}: pattern does not compile: {err}") from err
    if not words and pattern is None and not spec.get("implied_by"):
        raise RuleFileError(f"{where}: needs words, words_from, pattern or implied_by")
    return Family(name, frozenset(words), pattern, frozenset(spec.get("implied_by", [])))


def _rule(
    src: str,
    table: dict[str, Any],
    parts: Mapping[str, str],
    normalisers: Mapping[str, Normaliser],
    families: Mapping[str, Any],
) -> Rule:
    name = table.get("name")
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise RuleFileError(f"{src}: a rule needs a name (lower_case_with_underscores): {table}")
    where = f"rule {name!r} ({src})"
    if missing := _REQUIRED_RULE_KEYS - table.keys():
        raise RuleFileError(f"{where}: missing {sorted(missing)}")
    if unknown := table.keys() - _RULE_KEYS:
        raise RuleFileError(f"{where}: unknown keys {sorted(unknown)}")
    if table["family"] not in families:
        raise RuleFileError(f"{where}: unknown family {table['family']!r}")
    if table["normaliser"] not in normalisers:
        raise RuleFileError(
            f"{where}: unknown normaliser {table['normaliser']!r} "
            "(functions registered in helpers/temporal/normalisers.py)"
        )
    if not isinstance(table["priority"], int):
        raise RuleFileError(f"{where}: priority must be an integer")

    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in parts:
            raise RuleFileError(f"{where}: unknown pattern part {{{m.group(1)}}}")
        return parts[m.group(1)]

    pattern = _PART.sub(sub, _join(table["pattern"], where))
    try:
        regex = re.compile(pattern, re.IGNORECASE)
    except re.error as err:
        raise RuleFileError(f"{where}: pattern does not compile: {err}") from err
    aliases = dict(table.get("aliases", {}))
    for group, alt in aliases.items():
        if alt not in regex.groupindex:
            raise RuleFileError(f"{where}: alias {group!r} -> unknown group {alt!r}")
    examples = tuple(_example(where, e) for e in table["examples"])
    if len(examples) < _MIN_EXAMPLES:
        raise RuleFileError(f"{where}: needs at least {_MIN_EXAMPLES} examples")
    return Rule(
        name=name,
        family=table["family"],
        priority=table["priority"],
        normaliser_name=table["normaliser"],
        normaliser=normalisers[table["normaliser"]],
        pattern=pattern,
        regex=regex,
        aliases=aliases,
        examples=examples,
        description=table.get("description", ""),
        source=src,
    )


def _example(where: str, e: Any) -> Example:
    if not isinstance(e, dict):
        raise RuleFileError(f"{where}: an example must be a table, got {e!r}")
    if unknown := e.keys() - _EXAMPLE_KEYS:
        raise RuleFileError(f"{where}: example {e.get('text')!r}: unknown keys {sorted(unknown)}")
    if missing := {"text", "expression", "type"} - e.keys():
        raise RuleFileError(f"{where}: example {e.get('text')!r}: missing {sorted(missing)}")
    if ("value" in e) == bool(e.get("unresolved")):
        raise RuleFileError(
            f"{where}: example {e['text']!r}: give either value or unresolved = true"
        )
    if e["type"] not in _TYPES:
        raise RuleFileError(f"{where}: example {e['text']!r}: unknown type {e['type']!r}")
    if e["expression"] not in e["text"]:
        raise RuleFileError(f"{where}: example {e['text']!r}: expression not in the text")
    reference = e.get("reference")
    if reference is not None and type(reference) is not dt.date:
        raise RuleFileError(f"{where}: example {e['text']!r}: reference must be a date")
    return Example(e["text"], reference, e["expression"], e["type"], e.get("value"))
