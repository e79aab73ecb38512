"""Lint of the word lists in helpers/quotes/data: provenance, normal form, no duplicates, no
sentinels, and no overlap between lists that must be disjoint."""

from __future__ import annotations

import re

import pytest

from helpers.quotes.lexicon import DATA_DIR, read_word_list, word_list, word_list_names

NAMES = word_list_names()

#: Lists that must not share an entry, and why.
DISJOINT = [
    ("first_names_male", "first_names_female"),  # one gender per first name
    ("first_names_male", "first_names_unisex"),
    ("first_names_female", "first_names_unisex"),
    ("first_names_census_male", "first_names_census_female"),  # census names: one gender each
    ("first_names_census_male", "first_names_female"),  # the hand-made lists decide
    ("first_names_census_female", "first_names_male"),
    ("first_names_census_male", "first_names_unisex"),
    ("first_names_census_female", "first_names_unisex"),
    ("first_names_census_male", "common_words"),  # no common word becomes a name word
    ("first_names_census_female", "common_words"),
    ("first_names_census_female", "anonymous_heads"),  # "aide" is a speaker head
    ("first_names_census_male", "anonymous_heads"),
    ("honorifics_male", "honorifics_female"),
    ("pronouns_male", "pronouns_female"),
    ("speech_cues", "partial_only_cues"),  # a verb is a full cue or a partial-only cue
    ("label_cues", "partial_only_cues"),
    ("anonymous_heads", "organisation_heads"),  # one kind per head noun
    ("first_names_male", "titles"),  # a title is never a first name ("sheikh")
    ("first_names_female", "titles"),
]


def test_every_list_is_there() -> None:
    assert len(NAMES) >= 30
    for name in ("speech_cues", "titles", "first_names_male", "anonymous_heads"):
        assert name in NAMES


@pytest.mark.parametrize("name", NAMES)
def test_list_has_provenance_and_lower_case_entries(name: str) -> None:
    content = (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8")
    assert content.startswith("# "), "the first line says what the list is for"
    assert "Provenance:" in content
    entries = read_word_list(DATA_DIR / f"{name}.txt")
    assert entries
    for entry in entries:
        assert entry == entry.lower(), entry
        assert entry == " ".join(entry.split()), f"{entry!r}: one space between words"


@pytest.mark.parametrize("name", NAMES)
def test_list_has_no_duplicates(name: str) -> None:
    entries = read_word_list(DATA_DIR / f"{name}.txt")
    duplicates = sorted({e for e in entries if entries.count(e) > 1})
    assert not duplicates, f"{name}: listed twice: {duplicates}"


@pytest.mark.parametrize("name", NAMES)
def test_list_has_no_sentinel_tokens(name: str) -> None:
    sentinels = [e for e in word_list(name) if re.search(r"-not$|^not-|xxx|todo|dummy", e)]
    assert not sentinels, f"{name}: sentinel tokens {sentinels}"


@pytest.mark.parametrize(("first", "second"), DISJOINT, ids=[f"{a}|{b}" for a, b in DISJOINT])
def test_lists_that_must_be_disjoint(first: str, second: str) -> None:
    shared = sorted(word_list(first) & word_list(second))
    assert not shared, f"in both {first} and {second}: {shared}"


def test_object_and_noun_like_cues_are_speech_cues() -> None:
    speech = word_list("speech_cues")
    assert word_list("object_cues") - speech <= {"remind", "reminds", "reminded"}
    assert word_list("noun_like_cues") - speech <= {"call", "post"}


def test_gender_fixes_of_the_issue() -> None:
    assert "angela" in word_list("first_names_female")
    assert "kellyanne" in word_list("first_names_female")
    assert "jean" in word_list("first_names_unisex")


def test_census_first_names_give_pronouns_a_gender() -> None:
    """A first name only the census lists know ("Roberta") makes "she" find her, not the man
    quoted before her."""
    from helpers import quotes as q

    text = (
        'Carlton Reeves, a judge, blocked the law. "It is void," Reeves said.\n\n'
        'Roberta Kaplan, a lawyer, invoked the history. "There is no separate marriage," she said.'
    )
    table = q.extract_quotes_from_text(text)
    assert table[q.RESOLVED_SPEAKER].tolist() == ["Carlton Reeves", "Roberta Kaplan"]
