"""Resolution within an article: descriptions, pronouns, organisations."""

from __future__ import annotations

from pathlib import Path

from helpers import quotes as q

REPO = Path(__file__).resolve().parents[2]


def test_sample_kremlin_chief_kept_as_written(sample) -> None:
    # the article never links "Kremlin chief" to Putin, so the description stays as written
    _, quotes = sample
    ready = quotes[quotes[q.QUOTE].str.startswith("Moscow was ready to stand by Minsk")]
    assert len(ready) == 1 and ready[q.QUOTE_TYPE].iat[0] == q.INDIRECT
    assert ready[q.SPEAKER].iat[0] == "the Kremlin chief"
    assert ready[q.RESOLVED_SPEAKER].iat[0] == "the Kremlin chief"
    partial = quotes[quotes[q.QUOTE].str.startswith("timeless and all-weather")]
    assert len(partial) == 1 and partial[q.QUOTE_TYPE].iat[0] == q.PARTIAL
    assert partial[q.RESOLVED_SPEAKER].iat[0] == "the Kremlin chief"


def test_description_resolved_when_article_links_it() -> None:
    text = (
        "Kremlin chief Vladimir Putin met officials on Monday.\n\n"
        "The Kremlin chief said that Moscow was ready to help its ally."
    )
    rows = q.extract_quotes_from_text(text)
    assert rows[q.RESOLVED_SPEAKER].tolist() == ["Vladimir Putin"]
    appositive = (
        "Putin, the Kremlin chief, met officials.\n\nThe Kremlin chief said the talks went well."
    )
    with_name = "President Vladimir Putin arrived. " + appositive
    assert q.extract_quotes_from_text(with_name)[q.RESOLVED_SPEAKER].tolist() == ["Vladimir Putin"]


def test_pronoun_follows_gender() -> None:
    text = (
        'Mr. Tom Hall and Mrs. Ann Lee met. "Prices will rise," Ann Lee said. '
        '"Costs are up," Tom Hall said.\n\n"It is hard," she said.'
    )
    table = q.extract_quotes_from_text(text)
    assert table[q.RESOLVED_SPEAKER].tolist()[-1] == "Ann Lee"


def test_company_and_it_resolve_to_the_named_organisation() -> None:
    text = (
        "Acme Corp said on Monday that profits rose 5 pct in 1986.\n\n"
        "It said sales would grow this year. The company said no jobs would be cut."
    )
    table = q.extract_quotes_from_text(text)
    assert table[q.RESOLVED_SPEAKER].tolist() == ["Acme Corp"] * 3
    assert set(table[q.SPEAKER_KIND]) == {"organisation"}


def test_pronoun_follows_the_last_person_named_as_subject() -> None:
    text = (
        '"We will hold them accountable," said Jane Roe, a police spokeswoman.\n\n'
        "Donald Trump has also commented on the shooting.\n\n"
        'On Wednesday, he told a crowd in Cleveland that he was "troubled" by the video.'
    )
    table = q.extract_quotes_from_text(text)
    troubled = table[table[q.QUOTE] == "troubled"]
    assert troubled[q.RESOLVED_SPEAKER].tolist() == ["Donald Trump"]
    # names inside quotation marks and place names are no antecedents
    text = (
        'Mr. Obama spoke in Honolulu. "I met Jim Brown in New York," he said.\n\n'
        '"And it was terrifying," he said.'
    )
    table = q.extract_quotes_from_text(text)
    assert set(table[q.RESOLVED_SPEAKER]) == {"Obama"}


def test_titled_person_after_an_institution_word_is_the_person() -> None:
    # "House" and "News" are organisation heads; the first name and surname that end the run
    # make it a person, so the title is dropped and the name joins the others of that person
    text = (
        "House Speaker Paul Ryan said the bill would pass next week.\n\n"
        "Fox News host Sean Hannity said the vote was rigged from the start."
    )
    table = q.extract_quotes_from_text(text)
    assert table[q.RESOLVED_SPEAKER].tolist() == ["Paul Ryan", "Sean Hannity"]
    assert set(table[q.SPEAKER_KIND]) == {"person"}


def test_acronyms_and_named_outlets_keep_their_capitals() -> None:
    text = (
        "CNN reported that the agents were looking at the emails again.\n\n"
        "Fox News reported that the inquiry would be widened to the foundation."
    )
    table = q.extract_quotes_from_text(text)
    assert table[q.RESOLVED_SPEAKER].tolist() == ["CNN", "Fox News"]


def test_a_document_is_not_the_organisation_named_before() -> None:
    # "the company" is the firm named before; "the statement" is a document, kept as written
    text = (
        "Acme Corp said on Monday that profits rose 5 pct in 1986.\n\n"
        "The statement said sales would grow again this year."
    )
    table = q.extract_quotes_from_text(text)
    assert table[q.RESOLVED_SPEAKER].tolist() == ["Acme Corp", "the statement"]
