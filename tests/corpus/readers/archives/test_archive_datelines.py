"""helpers/corpus/readers/archives/datelines.py: the examples of data/months.json parse as written there."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.corpus.readers.archives.datelines import month_vocabulary, parse_date_line

EXAMPLES = month_vocabulary()["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"] for e in EXAMPLES])
def test_month_vocabulary_examples(example: dict) -> None:
    parsed = parse_date_line(example["text"])
    expected = pd.Timestamp(example["date"]) if example["date"] else None
    assert parsed.published == expected
    if expected is not None:
        assert parsed.rest == example["rest"]


def test_every_month_name_means_one_month_across_languages() -> None:
    seen: dict[str, int] = {}
    for names in month_vocabulary()["months"].values():
        for name, number in names.items():
            assert 1 <= number <= 12
            assert seen.setdefault(name, number) == number, name


def test_each_language_names_all_months_and_weekdays() -> None:
    vocabulary = month_vocabulary()
    assert set(vocabulary["months"]["en"].values()) == set(range(1, 13))
    assert set(vocabulary["months"]["fr"].values()) == set(range(1, 13))
    german = {**vocabulary["months"]["en"], **vocabulary["months"]["de"]}  # April, August ...
    assert {german[m] for m in ("januar", "märz", "mai", "juni", "juli", "oktober", "dezember")}
    for language in ("en", "fr", "de"):
        assert len(vocabulary["weekdays"][language]) >= 7
