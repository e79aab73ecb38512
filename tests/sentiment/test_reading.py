"""helpers.sentiment.reading: close reading."""

from __future__ import annotations

from helpers import sentiment as s
from helpers.corpus import (
    PUBLISHED,
    SENTENCE,
    TITLE,
)


def test_extreme_sentences_with_article_and_date(articles, scored):
    table = s.extreme_sentences(scored, articles=articles, n=2)
    positive = table[table[s.SIDE] == "most positive"]
    negative = table[table[s.SIDE] == "most negative"]
    assert positive[s.COMPOUND].is_monotonic_decreasing and (positive[s.COMPOUND] > 0).all()
    assert negative[s.COMPOUND].is_monotonic_increasing and (negative[s.COMPOUND] < 0).all()
    assert negative[SENTENCE].is_unique  # a3 repeats a2's sentence: shown once
    assert negative[s.COMPOUND].iloc[0] == scored[s.COMPOUND].min()
    assert table[PUBLISHED].notna().any() and table[TITLE].ne("").all()
