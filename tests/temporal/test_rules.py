"""Every example of every rule in helpers/temporal/rules/, and the checks on the rule files."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from helpers.temporal import find_temporal_expressions
from helpers.temporal.ruleset import RULES_DIR, Example, Rule, RuleFileError, default_ruleset, load

RULES = default_ruleset().rules
CASES = [
    pytest.param(rule, example, id=f"{rule.name}-{i}")
    for rule in RULES
    for i, example in enumerate(rule.examples, start=1)
]


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule: Rule, example: Example) -> None:
    found = find_temporal_expressions(example.text, reference=example.reference)
    got = {e.text: e for e in found}
    assert example.expression in got, (
        f"rule {rule.name!r} ({rule.source}): {example.expression!r} not found in "
        f"{example.text!r}; found {[(e.text, e.rule) for e in found]}"
    )
    e = got[example.expression]
    assert e.rule == rule.name, (
        f"rule {rule.name!r}: {example.expression!r} was tagged by rule {e.rule!r} instead"
    )
    assert (e.type, e.value) == (example.type, example.value), f"rule {rule.name!r}"


def test_the_bundled_rules() -> None:
    assert len(RULES) == 34
    assert all(len(r.examples) >= 2 for r in RULES)
    assert [r.priority for r in RULES] == sorted(r.priority for r in RULES)


# --- validation ---------------------------------------------------------------------------------

GOOD_RULE = """
[[rule]]
name = "my_rule"
family = "year"
priority = 5
normaliser = "year"
pattern = '(?P<year>{year})'
examples = [
    { text = "in 1999", expression = "1999", type = "DATE", value = "1999" },
    { text = "in 2001", expression = "2001", type = "DATE", value = "2001" },
]
"""


def _rules_dir(tmp_path: Path, extra: str) -> Path:
    """The bundled rule files plus ``extra.toml``."""
    target = Path(tempfile.mkdtemp(dir=tmp_path)) / "rules"
    shutil.copytree(RULES_DIR, target)
    (target / "extra.toml").write_text(extra, encoding="utf-8")
    return target


def test_a_well_formed_extra_rule_loads(tmp_path: Path) -> None:
    ruleset = load(_rules_dir(tmp_path, GOOD_RULE))
    assert ruleset.rules[0].name == "my_rule"
    assert ruleset.rule("my_rule").examples[0].reference is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('normaliser = "year"', 'normaliser = "no_such_function"'), "unknown normaliser"),
        (('name = "my_rule"', 'name = "weekday"'), "name used twice"),
        (('family = "year"', 'family = "no_such_family"'), "unknown family"),
        (("{year}", "{no_such_part}"), "unknown pattern part"),
        (("priority = 5", "priority = 10"), "priority 10 already used"),
        (("(?P<year>", "(?P<year"), "does not compile"),
        (('value = "2001"', 'value = "2001", colour = "red"'), "unknown keys"),
    ],
)
def test_a_malformed_rule_is_reported_by_name(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    bad = GOOD_RULE.replace(*change)
    assert bad != GOOD_RULE
    with pytest.raises(RuleFileError, match=message) as err:
        load(_rules_dir(tmp_path, bad))
    assert "my_rule" in str(err.value) or "weekday" in str(err.value)


def test_a_rule_without_enough_examples_is_reported(tmp_path: Path) -> None:
    one_example = GOOD_RULE.replace(
        '    { text = "in 2001", expression = "2001", type = "DATE", value = "2001" },\n', ""
    )
    with pytest.raises(RuleFileError, match=r"rule 'my_rule' \(extra.toml\): needs at least 2"):
        load(_rules_dir(tmp_path, one_example))
    no_examples = GOOD_RULE[: GOOD_RULE.index("examples")]
    with pytest.raises(
        RuleFileError, match=r"rule 'my_rule' \(extra.toml\): missing \['examples'\]"
    ):
        load(_rules_dir(tmp_path, no_examples))


def test_an_example_needs_a_value_or_unresolved(tmp_path: Path) -> None:
    bad = GOOD_RULE.replace(', value = "2001"', "")
    with pytest.raises(RuleFileError, match=r"my_rule.*either value or unresolved"):
        load(_rules_dir(tmp_path, bad))
