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


def test_common_words_are_no_name_words_unless_first_names() -> None:
    from helpers.quotes.speakers import is_name_word, trim_name

    assert not is_name_word("Afterwards")
    assert not is_name_word("Police")
    assert is_name_word("Hope")  # a listed first name
    assert is_name_word("Jane")  # learned from PolNeAR train
    assert is_name_word("Gownaris")
    assert trim_name("Afterwards Trump") == "Trump"
    assert trim_name("Hope Hicks") == "Hope Hicks"


def test_name_confidence() -> None:
    from helpers.quotes.speakers import name_confidence

    assert name_confidence("Natasha Gownaris", "person") == "high"
    assert name_confidence("Hope Hicks", "person") == "high"  # a first name that is a common word
    assert name_confidence("Maróth", "person") == "high"
    assert name_confidence("United States", "person") == "medium"
    assert name_confidence("Ford", "person") == "medium"  # one common word: maybe the company
    assert name_confidence("Acme Corp", "organisation") == "medium"
    assert name_confidence("officials", "anonymous") == "low"
    assert name_confidence("the company", "person") == "low"


def test_speakers_readers_see_are_names() -> None:
    import helpers.quotes as q

    text = (
        "Donald Trump spoke on Monday. Afterwards Trump said the plan was a very good one.\n\n"
        'The network was ABC. Trump said "We will win this fight and many more besides."\n\n'
        "Rajamma and her husband said the water was rising fast in the village.\n\n"
        "Professor Michael Siegel of Boston University said the study mattered to all of us.\n\n"
        "Later said the talks had failed, according to the minutes of the meeting."
    )
    table = q.extract_quotes_from_text(text)
    resolved = table[q.RESOLVED_SPEAKER].tolist()
    assert resolved[:2] == ["Donald Trump", "Donald Trump"]  # no "Afterwards Trump"
    assert not any("ABC" in s for s in table[q.SPEAKER])  # no name across "ABC. Trump"
    group = table[table[q.SPEAKER] == "Rajamma and her husband"]
    assert group[q.SPEAKER_CONFIDENCE].tolist() == ["low"]  # a group, never ranked as a person
    assert "Michael Siegel" in resolved
    table.insert(0, "article_id", "a")
    ranked = q.top_speakers(table)[q.RESOLVED_SPEAKER].tolist()
    assert ranked == ["Donald Trump", "Michael Siegel"]
