"""Quote extraction end to end: the sample article and the constructions of the issue."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers import quotes as q
from helpers.columns import ARTICLE_ID, END, START, TEXT

REPO = Path(__file__).resolve().parents[2]


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    table = q.extract_quotes_from_text(text)
    return list(
        zip(
            table[q.QUOTE],
            table[q.QUOTE_TYPE],
            table[q.SPEAKER],
            table[q.RESOLVED_SPEAKER],
            strict=True,
        )
    )


def test_sample_partial_quotes_are_putins(sample) -> None:
    _, quotes = sample
    partial = quotes[quotes[q.QUOTE_TYPE] == q.PARTIAL].set_index(q.QUOTE)
    for words in ("difficult situation", "unprecedented external pressure"):
        assert partial.loc[words, q.SPEAKER] == "Putin"
        assert partial.loc[words, q.RESOLVED_SPEAKER] == "Vladimir Putin"
        assert partial.loc[words, q.SPEAKER_KIND] == "person"


def test_sample_reported_statement_of_putin(sample) -> None:
    _, quotes = sample
    reported = quotes[quotes[q.QUOTE_TYPE] == q.INDIRECT]
    first = reported[reported[q.QUOTE].str.startswith("neighboring Belarus was under")]
    assert len(first) == 1
    assert first[q.SPEAKER].iat[0] == "Russian President Vladimir Putin"
    assert first[q.RESOLVED_SPEAKER].iat[0] == "Vladimir Putin"
    assert first[q.CUE].iat[0] == "said"


def test_sample_offsets_point_into_text(sample) -> None:
    articles, quotes = sample
    text = articles[TEXT].iat[0]
    assert list(quotes.columns) == list(q.QUOTE_COLUMNS)
    for row in quotes.itertuples():
        assert text[getattr(row, START) : getattr(row, END)] == row.quote
        assert row.paragraph_index == text[: getattr(row, START)].count("\n\n")


def test_sample_has_no_scare_quote_or_intention(sample) -> None:
    _, quotes = sample
    assert not quotes[q.QUOTE].str.contains("union state").any()  # a name in quotes, no cue
    assert not quotes[q.QUOTE].str.startswith("to provide").any()  # "promised to": no speech


def test_split_quote_merged_with_inversion_and_apposition() -> None:
    text = '"We will win," said Sen. John McCain, R-Ariz. "And they know it."'
    table = q.extract_quotes_from_text(text)
    assert len(table) == 1
    row = table.iloc[0]
    assert row[q.QUOTE] == "We will win, And they know it."
    assert row[q.SPEAKER] == "Sen. John McCain"
    assert row[q.RESOLVED_SPEAKER] == "John McCain"
    assert text[row[START] : row[END]].startswith("We will win")
    assert text[row[START] : row[END]].endswith("know it.")


def test_floating_quote_inherits_current_speaker() -> None:
    text = (
        '"The deal is done," said John Brown, the company\'s chief executive.\n\n'
        '"We expect more orders next year."'
    )
    table = q.extract_quotes_from_text(text)
    assert table[q.QUOTE].tolist() == ["The deal is done,", "We expect more orders next year."]
    assert set(table[q.RESOLVED_SPEAKER]) == {"John Brown"}
    assert table[q.CUE].tolist() == ["said", ""]


def test_according_to_and_reported_speech() -> None:
    rows = _rows("The plan will cost $5 billion, according to two officials.")
    assert rows == [("The plan will cost $5 billion", "indirect", "two officials", "two officials")]
    table = q.extract_quotes_from_text("Smith said Tuesday the talks had failed.")
    assert table[q.QUOTE].tolist() == ["the talks had failed"]
    table = q.extract_quotes_from_text("The ministry said that exports rose 5 pct in March.")
    assert table[q.QUOTE].tolist() == ["exports rose 5 pct in March"]
    assert table[q.SPEAKER_KIND].tolist() == ["organisation"]
    table = q.extract_quotes_from_text("Exports rose 5 pct in March, the ministry said on Friday.")
    assert table[q.QUOTE].tolist() == ["Exports rose 5 pct in March"]


def test_transcript_speaker_labels_but_not_notes() -> None:
    table = q.extract_quotes_from_text(
        "PENCE: Well, look, we will win this race.\n\nNOTE: Figures in pct."
    )
    assert table[q.SPEAKER].tolist() == ["PENCE"]
    assert table[q.QUOTE].tolist() == ["Well, look, we will win this race."]


def test_scare_quotes_titles_and_declined_to_comment_are_not_quotes() -> None:
    assert q.extract_quotes_from_text("He declined to comment on the report.").empty
    assert q.extract_quotes_from_text('The so-called "peace plan" failed in May.').empty
    assert q.extract_quotes_from_text('She starred in "The Apprentice" for years.').empty


def test_extract_quotes_does_not_mutate_and_keeps_ids(sample) -> None:
    articles, _ = sample
    before = articles.copy()
    table = q.extract_quotes(articles)
    pd.testing.assert_frame_equal(articles, before)
    assert set(table[ARTICLE_ID]) == set(articles[ARTICLE_ID])


def test_split_quote_merged_when_next_paragraph_opens_with_a_cue() -> None:
    text = (
        '"I don\'t think it should be done behind closed doors," Chaffetz said. "I think it\'s '
        'the way this committee should operate."\n\nHowever, Rep. Stephen Lynch said the law '
        "does not require it."
    )
    table = q.extract_quotes_from_text(text)
    direct = table[table[q.QUOTE_TYPE] == q.DIRECT]
    assert len(direct) == 1
    assert direct[q.QUOTE].iat[0].endswith("committee should operate.")


def test_asked_opening_needs_a_speaker_after_the_question() -> None:
    # construction asked_opening: the question goes to the speaker of the sentence's cue, up to
    # the comma before that speaker (a comma inside the question does not end it)
    rows = _rows("Asked about the vote, which was close, Smith said he was pleased.")
    assert ("the vote, which was close", "indirect", "Smith", "Smith") in rows
    # no cue after the question, or "Asked for comment": nothing is reported
    assert q.extract_quotes_from_text("Asked whether he would run, he shrugged and left.").empty
    assert q.extract_quotes_from_text("Asked for comment, the ministry did not respond.").empty
