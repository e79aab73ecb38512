"""helpers.text: sentences, tokens and stopwords with no downloaded data."""

from __future__ import annotations

import pytest

from helpers.text import (
    make_stemmer,
    news_stopwords,
    paragraph_spans,
    sentence_spans,
    split_sentences,
    stopwords,
    word_tokens,
)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters rallied after the Aug. 9 election. Police watched.",
        "Sen. John McCain spoke. He left early.",
        "U.S. officials met Gov. Andrew Cuomo in the morning. Talks ended.",
        "Mr. Smith and Mrs. Jones met Dr. Brown. They agreed.",
        "The deal closes in Jan. 2021 at Acme Corp. headquarters. Shares rose.",
        "The team ranked No. 1 in the league. Fans cheered.",
    ],
)
def test_news_abbreviations_do_not_split(text: str) -> None:
    assert len(split_sentences(text)) == 2


def test_sentence_spans_index_into_text_and_respect_paragraphs() -> None:
    text = "First one. Second one.\n\nThird in a new paragraph"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e, _ in spans] == [
        "First one.",
        "Second one.",
        "Third in a new paragraph",
    ]
    assert [p for _, _, p in spans] == [0, 0, 1]


def test_quotes_and_questions_split() -> None:
    text = 'He said: "We will win." Then he left. Why? Nobody knows!'
    assert split_sentences(text) == [
        'He said: "We will win."',
        "Then he left.",
        "Why?",
        "Nobody knows!",
    ]


def test_paragraph_spans_trim_whitespace() -> None:
    text = "  one \n\n\n two\n \nthree"
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["one", "two", "three"]


def test_word_tokens_keep_inner_punctuation() -> None:
    tokens = word_tokens("The ex-Soviet ally's $1.5 billion loan, U.S. says; 80% don't.")
    assert tokens == [
        "The", "ex-Soviet", "ally's", "1.5", "billion", "loan", "U.S", "says", "80", "don't"
    ]  # fmt: skip
    assert word_tokens("Hello World", lowercase=True) == ["hello", "world"]


def test_stopword_lists() -> None:
    english = stopwords()
    assert len(english) == 179
    assert {"the", "and", "of", "because"} <= english
    news = news_stopwords()
    assert {"said", "told", "according"} <= news
    assert not {"election", "protest"} & (english | news)


def test_stemmers() -> None:
    assert make_stemmer("porter").stem("elections") == "elect"
    assert make_stemmer("snowball").stem("running") == "run"
    with pytest.raises(ValueError, match="porter"):
        make_stemmer("lancaster")


def test_parse_terms_and_pattern() -> None:
    from helpers.text import parse_terms, terms_pattern

    assert parse_terms(" Putin,  Vladimir   Putin ,, Putin") == ["Putin", "Vladimir Putin"]
    pattern = terms_pattern("protest*, new york")
    assert pattern.search("Protesters gathered")
    assert pattern.search("in New\nYork today")
    assert not pattern.search("the toil of newyork")
    with pytest.raises(ValueError, match="No term given"):
        terms_pattern(" , ")
