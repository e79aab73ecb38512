"""helpers.frequency.concordance: key word in context."""

from __future__ import annotations

import pytest

import helpers.frequency as fq
from helpers import columns as C
from helpers.columns import ARTICLE_ID, TEXT
from helpers.text import word_tokens


def test_concordance_term_regex_width_and_sort(small, sample_articles) -> None:
    lines = fq.concordance(small, "oil", width=20)
    assert len(lines) == 3
    assert lines[C.MATCH].str.lower().eq("oil").all()
    for _, line in lines.iterrows():
        text = small.set_index(ARTICLE_ID).loc[line[ARTICLE_ID], TEXT]
        assert text[line["start"] : line["end"]] == line[C.MATCH]
        assert len(line[C.LEFT]) <= 20 and len(line[C.RIGHT]) <= 20
    right = fq.concordance(small, "oil", sort="right")[C.RIGHT].str.strip().tolist()
    assert right == sorted(right, key=str.lower)
    left = fq.concordance(small, "oil", sort="left")[C.LEFT].tolist()
    # sorted on the nearest word first: "" (start of text), "Crude", "... rose."
    assert [" ".join(reversed(word_tokens(x.lower()))) for x in left] == [
        "",
        "crude",
        "rose prices oil",
    ]
    regex = fq.concordance(small, r"protest\w*", regex=True)
    assert regex[C.MATCH].tolist() == ["protested", "protest", "protests"]
    kremlin = fq.concordance(sample_articles, "Kremlin")
    assert len(kremlin) == 2
    with pytest.raises(ValueError, match="regular expression"):
        fq.concordance(small, "(", regex=True)


def test_concordance_uses_the_term_grammar(small, make_articles) -> None:
    articles = make_articles(
        [("x", "2020-01-01", "", "The Kremlin's view. Kremlin-backed media. U.S.A. and the U.S.")]
    )
    assert fq.concordance(articles, "kremlin")[C.MATCH].tolist() == ["Kremlin", "Kremlin"]
    assert fq.concordance(articles, "U.S")[C.MATCH].tolist() == ["U.S"]  # not inside U.S.A.
    assert fq.concordance(small, "protest*, harvest")[C.MATCH].tolist() == [
        "harvest",
        "protested",
        "protest",
        "harvest",
        "protests",
    ]
