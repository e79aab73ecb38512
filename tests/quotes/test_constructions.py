"""Every named construction of helpers/quotes/data/constructions.toml yields its example rows."""

from __future__ import annotations

import tomllib

import pytest

from helpers import quotes as q
from helpers.quotes.lexicon import DATA_DIR

with (DATA_DIR / "constructions.toml").open("rb") as handle:
    CONSTRUCTIONS = tomllib.load(handle)


@pytest.mark.parametrize("name", sorted(CONSTRUCTIONS))
def test_construction_examples(name: str) -> None:
    spec = CONSTRUCTIONS[name]
    assert spec.get("where") and spec.get("examples"), f"{name}: no module or no example"
    for example in spec["examples"]:
        table = q.extract_quotes_from_text(example["text"])
        found = {
            (quote, kind, speaker)
            for quote, kind, speaker in zip(
                table[q.QUOTE], table[q.QUOTE_TYPE], table[q.RESOLVED_SPEAKER], strict=True
            )
        }
        if not example["rows"]:  # a counter-example: the construction must not fire
            assert table.empty, f"{name}: expected no rows, got {sorted(found)}"
        for row in example.get("absent", []):  # rows the construction must not produce
            assert tuple(row) not in found, f"{name}: {row} extracted"
        for row in example["rows"]:
            assert tuple(row) in found, f"{name}: {row} not in {sorted(found)}"
