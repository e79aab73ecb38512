"""Speakers: kinds, titles and appositions."""

from __future__ import annotations

from pathlib import Path

from helpers import quotes as q

REPO = Path(__file__).resolve().parents[2]


def test_speaker_kinds() -> None:
    table = q.extract_quotes_from_text(
        "Prices will rise, sources said.\n\nAcme Corp said it would cut jobs this year."
    )
    assert table[q.SPEAKER_KIND].tolist() == ["anonymous", "organisation"]


def test_subject_with_titles_and_apposition_names() -> None:
    table = q.extract_quotes_from_text(
        "Democratic presidential nominee Hillary Clinton called for the video to be released "
        '"without delay."'
    )
    assert table[q.RESOLVED_SPEAKER].tolist()[-1] == "Hillary Clinton"
    table = q.extract_quotes_from_text(
        '"This is a waste of time," said Rep. Elijah Cummings of Maryland.'
    )
    assert table[q.RESOLVED_SPEAKER].tolist() == ["Elijah Cummings"]


def test_gender_from_first_names_and_honorifics() -> None:
    from helpers.quotes.speakers import gender

    assert gender("Angela Merkel", "Chancellor Angela Merkel") == "female"
    assert gender("Kellyanne Conway", "Kellyanne Conway") == "female"
    assert gender("Vladimir Putin", "President Vladimir Putin") == "male"
    # a unisex first name gives no gender; an honorific still does
    assert gender("Jean Smith", "Jean Smith") == "unknown"
    assert gender("Jean Smith", "Mrs. Jean Smith") == "female"


def test_pronoun_after_angela_merkel_is_hers() -> None:
    text = (
        'Chancellor Angela Merkel met Mr. Tom Hall. "We agree," Tom Hall said.\n\n'
        '"Europe must act," she said.'
    )
    table = q.extract_quotes_from_text(text)
    assert table[q.RESOLVED_SPEAKER].tolist()[-1] == "Angela Merkel"
