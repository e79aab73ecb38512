"""helpers.text.terms: the one term grammar (every analysis matches a term this way)."""

from __future__ import annotations

import pytest

from helpers.text import parse_terms, terms_pattern


def test_whole_words_phrases_wildcards_and_case() -> None:
    assert terms_pattern("strike").findall("Strike, strikes, strike-bound") == ["Strike", "strike"]
    assert len(terms_pattern("strike*").findall("Strike, strikes, strikers")) == 3
    assert terms_pattern("Aug. 9").findall("the Aug.\n9 vote, Aug. 90") == ["Aug.\n9"]
    assert terms_pattern("US", case_sensitive=True).findall("US us") == ["US"]
    assert terms_pattern("oil").findall("toil oil, oils; Oil.") == ["oil", "Oil"]
    with pytest.raises(ValueError, match="No term given"):
        terms_pattern("  ")


def test_possessives_and_words_that_continue() -> None:
    pattern = terms_pattern("Kremlin")
    assert pattern.findall(
        "the Kremlin's view, the Kremlin’s men, Kremlin-backed, Kremlinology"
    ) == [
        "Kremlin",
        "Kremlin",
        "Kremlin",
    ]
    assert terms_pattern("don").findall("don't, Don said, Don’ (quote)") == ["Don", "Don"]
    assert terms_pattern("U.S").findall("U.S.A. and the U.S. and ou.s") == ["U.S"]
    assert terms_pattern("U.S.").findall("U.S.-led, the U.S. and U.S.A.") == ["U.S.", "U.S."]


def test_several_terms_in_one_string() -> None:
    assert parse_terms(" Putin,  Vladimir   Putin ,, Putin") == ["Putin", "Vladimir Putin"]
    pattern = terms_pattern("protest*, new york")
    assert pattern.findall("Protesters gathered in New\nYork; newyork") == [
        "Protesters",
        "New\nYork",
    ]
