"""helpers.frequency.counts: how text becomes terms, and the tidy term counts."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

import pandas as pd
import pytest

import helpers.frequency as fq
from helpers import columns as C
from helpers.columns import ARTICLE_ID, COUNT, OUTLET, TERM, TEXT
from helpers.text import sentence_spans, word_tokens


def independent_count(text: str) -> Counter[str]:
    """A separately written count: ASCII regex, lower case, default stopwords, length >= 2."""
    stop = fq.default_stop_words()
    tokens = re.findall(r"[a-z0-9]+(?:[-'’.][a-z0-9]+)*", text.lower())
    return Counter(
        token
        for token in tokens
        if len(token) >= 2 and token not in stop and re.search("[a-z]", token)
    )


def test_counts_agree_with_an_independent_count_on_the_sample(sample_articles) -> None:
    counts = fq.term_counts(sample_articles)
    assert list(counts.columns) == [ARTICLE_ID, TERM, COUNT]
    ours = dict(zip(counts[TERM], counts[COUNT], strict=True))
    expected = independent_count(sample_articles[TEXT].iloc[0])
    assert ours == dict(expected)
    assert ours["putin"] == 5 and ours["lukashenko"] == 4
    assert "said" not in ours and "the" not in ours and "1.5" not in ours


def test_trigrams_agree_with_an_independent_count_within_sentences(sample_articles) -> None:
    text = sample_articles[TEXT].iloc[0]
    stop = fq.default_stop_words()
    expected: Counter[str] = Counter()
    for start, end, _ in sentence_spans(text):
        tokens = [t.lower() for t in word_tokens(text[start:end])]
        for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False):
            if all(len(t) >= 2 and t not in stop and re.search("[a-z]", t) for t in (a, c)):
                expected[f"{a} {b} {c}"] += 1
    counts = fq.term_counts(sample_articles, ngram_range=(3, 3))
    assert dict(zip(counts[TERM], counts[COUNT], strict=True)) == dict(expected)
    assert "unprecedented external pressure" in expected


def test_ngrams_stay_inside_the_sentences_of_the_one_splitter(sample_articles) -> None:
    # n-grams are cut at the sentences of helpers.text.sentence_spans (no splitter of their own)
    text = sample_articles[TEXT].iloc[0]
    expected: Counter[str] = Counter()
    for s, e, _ in sentence_spans(text):
        tokens = word_tokens(text[s:e].lower())
        expected.update(f"{a} {b}" for a, b in pairwise(tokens))
    counts = fq.term_counts(
        sample_articles, ngram_range=(2, 2), stop_words=False, min_length=1, drop_numbers=False
    )
    assert dict(zip(counts[TERM], counts[COUNT], strict=True)) == dict(expected)


def test_ngrams_do_not_cross_sentences_but_survive_abbreviations(make_articles) -> None:
    articles = make_articles(
        [("x", "2020-01-01", "", "The plan failed. Officials met Sen. Smith in the U.S. capital.")]
    )
    terms = set(fq.term_counts(articles, ngram_range=(2, 2))[TERM])
    assert "failed officials" not in terms
    assert {"officials met", "sen smith", "u.s capital"} <= terms
    # A bigram is kept when its first and last words pass the filter: "met sen" yes, "in the" no.
    assert "met sen" in terms and "smith in" not in terms


def test_stopword_and_length_options(make_articles) -> None:
    articles = make_articles([("x", "2020-01-01", "", "The EU and the UK said no to a 2020 deal.")])
    default = set(fq.term_counts(articles)[TERM])
    assert default == {"eu", "uk", "deal"}
    everything = set(
        fq.term_counts(articles, stop_words=False, min_length=1, drop_numbers=False)[TERM]
    )
    assert everything == {"the", "eu", "and", "uk", "said", "no", "to", "a", "2020", "deal"}
    custom = set(fq.term_counts(articles, stop_words=["deal", "EU"], min_length=3)[TERM])
    assert custom == {"the", "and", "said"}


def test_stemming_merges_forms_and_keeps_the_most_frequent_surface(small) -> None:
    counts = fq.term_counts(small, stem="porter")
    assert list(counts.columns) == [ARTICLE_ID, TERM, COUNT, C.SURFACE]
    protest = counts[counts[TERM] == "protest"]
    assert protest[COUNT].sum() == 3  # protested, protest, protests
    # three forms once each: the tie goes to the form seen first in sort order, a real word
    assert protest[C.SURFACE].iloc[0] in {"protested", "protest", "protests"}
    farmers = counts[counts[TERM] == "farmer"]
    assert set(farmers[C.SURFACE]) == {"farmers"} and farmers[COUNT].sum() == 2
    top = fq.top_terms(counts, n=3)
    assert C.SURFACE in top.columns


def test_empty_article_and_empty_corpus(make_articles) -> None:
    articles = make_articles([("x", "2020-01-01", "", ""), ("y", "2020-01-01", "", "Oil.")])
    counts = fq.term_counts(articles)
    assert counts.to_dict("list") == {ARTICLE_ID: ["y"], TERM: ["oil"], COUNT: [1]}
    none = fq.term_counts(articles.iloc[:0])
    assert list(none.columns) == [ARTICLE_ID, TERM, COUNT] and none.empty


def test_input_is_not_mutated(small) -> None:
    before = small.copy()
    counts = fq.term_counts(small)
    counts_before = counts.copy()
    fq.keyness(counts, ["a1", "a2"], min_count=1)
    fq.top_terms(counts, groups=fq.article_groups(small, by=OUTLET))
    fq.concordance(small, "oil", sort="left")
    pd.testing.assert_frame_equal(small, before)
    pd.testing.assert_frame_equal(counts, counts_before)


@pytest.mark.parametrize("ngram_range", [(1, 1), (1, 2), (2, 3)])
def test_term_counts_count_exactly_what_the_analyzer_returns(small, ngram_range) -> None:
    analyze = fq.make_analyzer(ngram_range=ngram_range)
    counts = fq.term_counts(small, ngram_range=ngram_range)
    for article_id, text in zip(small[ARTICLE_ID], small[TEXT], strict=True):
        mine = counts[counts[ARTICLE_ID] == article_id]
        assert dict(zip(mine[TERM], mine[COUNT], strict=True)) == dict(Counter(analyze(text)))
