"""helpers.sentiment.targets: target sentences and spans."""

from __future__ import annotations

import pandas as pd
import pytest
from analysis_data import vader_reference

from helpers import sentiment as s
from helpers.corpus import (
    ARTICLE_ID,
    END,
    N_ARTICLES,
    SENTENCE,
    SENTENCE_INDEX,
    START,
    TEXT,
    sentences,
)


def test_mentions_match_whole_words_wildcards_and_phrases():
    table = pd.DataFrame(
        {SENTENCE: ["Oil rose.", "The toil went on.", "Protesters met.", "New  York fell."]}
    )
    assert list(s.mentions(table, "oil")) == [True, False, False, False]
    assert list(s.mentions(table, "protest*")) == [False, False, True, False]
    assert list(s.mentions(table, "new york, toil")) == [False, True, False, True]
    with pytest.raises(ValueError, match="term"):
        s.terms_pattern(" , ")


def test_compare_target_splits_sentences(scored):
    table = s.compare_target(scored, "Lukashenko", n_boot=200).set_index(s.GROUP)
    target = table.loc["mentions Lukashenko"]
    assert target[s.N_SENTENCES] == 2 and target[N_ARTICLES] == 2
    lukashenko = scored[scored[SENTENCE].str.contains("Lukashenko")][s.COMPOUND]
    assert target[s.MEAN] == pytest.approx(lukashenko.mean())
    assert table.loc[s.OTHER_SENTENCES, s.N_SENTENCES] == len(scored) - 2


def test_split_by_spans_cuts_quotes_and_narration():
    text = 'He said: "We are happy. It is great." Critics called it "a terrible plan". Done.'
    articles = pd.DataFrame({ARTICLE_ID: ["a"], TEXT: [text]})
    table = sentences(articles)
    first_quote = text.index("We")
    second_quote = text.index("a terrible")
    spans = pd.DataFrame(  # the first quote crosses a sentence break; two spans overlap
        {
            ARTICLE_ID: ["a", "a", "a"],
            START: [first_quote, first_quote + 3, second_quote],
            END: [
                text.index('great."') + 6,
                first_quote + 8,
                second_quote + len("a terrible plan"),
            ],
        }
    )
    segments = s.split_by_spans(table, spans)
    assert all(
        text[a:b] == seg
        for a, b, seg in zip(segments[START], segments[END], segments[SENTENCE], strict=True)
    )
    quotes = segments[segments[s.KIND] == "quote"][SENTENCE].tolist()
    assert quotes == ["We are happy.", "It is great.", "a terrible plan"]
    narration = segments[segments[s.KIND] == "narration"][SENTENCE].tolist()
    assert narration == ['He said: "', 'Critics called it "', "Done."]  # '".' has no word: dropped
    assert set(segments[SENTENCE_INDEX]) == set(table[SENTENCE_INDEX])
    compared = s.compare_sentences(s.score_sentences(segments), by=s.KIND, n_boot=100)
    compared = compared.set_index(s.GROUP)
    assert compared.loc["quote", s.N_SENTENCES] == 3
    quote_compounds = vader_reference(quotes)[:, 3]
    assert compared.loc["quote", s.MEAN] == pytest.approx(quote_compounds.mean())
    assert compared.loc["narration", s.N_SENTENCES] == 3


def test_split_by_spans_without_spans_is_all_narration(scored):
    no_spans = pd.DataFrame({ARTICLE_ID: [], START: [], END: []})
    segments = s.split_by_spans(scored, no_spans)
    assert (segments[s.KIND] == "narration").all()
    assert segments[SENTENCE].tolist() == scored[SENTENCE].str.strip().tolist()
