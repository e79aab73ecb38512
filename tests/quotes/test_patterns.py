"""Every named pattern of helpers/quotes/data/patterns.toml compiles and runs its examples."""

from __future__ import annotations

import pytest

from helpers.quotes.lexicon import pattern, pattern_specs

SPECS = pattern_specs()


@pytest.mark.parametrize("name", sorted(SPECS))
def test_pattern_examples(name: str) -> None:
    spec = SPECS[name]
    compiled = pattern(name)
    use = getattr(compiled, spec.get("use", "match"))
    assert spec.get("match"), f"{name}: no example"
    for example in spec["match"]:
        assert use(example), f"pattern {name!r} should accept {example!r}"
    for example in spec.get("no_match", []):
        assert not use(example), f"pattern {name!r} should reject {example!r}"
    for example in spec.get("match_whole", []):  # examples the pattern must take up to the end
        assert compiled.fullmatch(example), f"pattern {name!r} should take all of {example!r}"
