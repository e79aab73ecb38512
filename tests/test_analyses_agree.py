"""One corpus, one answer: the analyses agree on article totals and on what a term matches.

Runs on the practice corpus (``practice_corpus/corpus``, in every clone): 56 articles, 5 of them
marked copies of another.
"""

from __future__ import annotations

import pandas as pd
import pytest

import helpers.frequency as fq
import helpers.quotes as qt
import helpers.sentiment as st
import helpers.timeline as tl
from helpers.columns import (
    ARTICLE_ID,
    COUNT,
    DUPLICATE_OF,
    GROUP,
    MENTIONS,
    N_ARTICLES,
    PERIOD,
    SENTENCE,
    TERM,
)
from helpers.corpus import load_corpus, sentences
from helpers.paths import PRACTICE_CORPUS_DIR
from helpers.selection import select_articles, without_duplicates
from helpers.text import terms_pattern

#: A possessive (Ardell's), a wildcard, a phrase across line breaks, a hyphenated compound
#: (state-owned), a plain word.
TERMS = ["Ardell", "harbour*", "Port Merrow", "state", "strike"]


@pytest.fixture(scope="module")
def practice() -> pd.DataFrame:
    return load_corpus(PRACTICE_CORPUS_DIR).articles


@pytest.fixture(scope="module")
def practice_sentences(practice: pd.DataFrame) -> pd.DataFrame:
    return sentences(practice)


def test_the_practice_corpus_has_copies(practice: pd.DataFrame) -> None:
    assert len(practice) == 56 and (practice[DUPLICATE_OF] != "").sum() == 5


def test_same_article_totals_in_timeline_term_frequency_sentiment_and_quotes(
    practice: pd.DataFrame, practice_sentences: pd.DataFrame
) -> None:
    originals = set(without_duplicates(practice)[ARTICLE_ID])
    assert len(originals) == 51
    assert set(select_articles(practice)[ARTICLE_ID]) == originals

    # timeline: articles per month, and the source line of its charts
    coverage = tl.articles_over_time(practice, period="month")
    timeline_months = dict(
        zip(coverage[PERIOD].dt.strftime("%Y-%m"), coverage[N_ARTICLES], strict=True)
    )
    assert sum(timeline_months.values()) == 51
    assert tl.corpus_note(practice).startswith("Source: 51 articles")
    assert set(tl.count_terms(practice, TERMS)[ARTICLE_ID]) <= originals

    # term frequency: the counted articles, and the articles per month of keyness_by_period
    counts = fq.term_counts(practice)
    assert set(counts[ARTICLE_ID]) == originals
    groups = fq.article_groups(practice, period="month")
    assert groups.groupby(GROUP).size().to_dict() == {
        month: n for month, n in timeline_months.items() if n
    }
    assert set(fq.concordance(practice, "the")[ARTICLE_ID]) == originals

    # sentiment: articles per month, by outlet, and in the target comparison
    scored = st.score_sentences(practice_sentences)
    article_scores = st.article_sentiment(scored, articles=practice)
    over_time = st.sentiment_over_time(article_scores, period="month", n_boot=10)
    sentiment_months = dict(
        zip(over_time[PERIOD].dt.strftime("%Y-%m"), over_time[N_ARTICLES], strict=True)
    )
    assert sentiment_months == timeline_months
    assert st.sentiment_by_group(article_scores, n_boot=10)[N_ARTICLES].sum() == 51
    assert set(scored[ARTICLE_ID]) > originals  # the sentence table holds the copies too ...
    one_group = scored.assign(**{GROUP: "all"})
    compared = st.compare_sentences(one_group, n_boot=10, articles=practice)
    assert compared[N_ARTICLES].tolist() == [51]  # ... and they are left out
    kept = st.attach_articles(scored, practice)
    assert set(st.select_sentences(kept)[ARTICLE_ID]) == originals

    # every copy counted when asked, everywhere
    assert (
        tl.articles_over_time(practice, period="month", include_duplicates=True)[N_ARTICLES].sum()
        == 56
    )
    assert fq.term_counts(practice, include_duplicates=True)[ARTICLE_ID].nunique() == 56
    with_copies = st.sentiment_over_time(
        article_scores, period="month", n_boot=10, include_duplicates=True
    )
    assert with_copies[N_ARTICLES].sum() == 56

    # quotes: a wire copy's quotes are counted once, and every copy's when asked
    quotes = qt.extract_quotes(practice)
    assert set(quotes[ARTICLE_ID]) <= originals
    copies = set(practice[ARTICLE_ID]) - originals
    all_quotes = qt.extract_quotes(practice, include_duplicates=True)
    assert set(all_quotes[ARTICLE_ID]) & copies


@pytest.mark.parametrize("term", TERMS)
def test_a_term_matches_the_same_way_in_counts_concordance_and_trends(
    practice: pd.DataFrame, practice_sentences: pd.DataFrame, term: str
) -> None:
    # counts (timeline.count_terms) per article
    counts = tl.count_terms(practice, [term])
    per_article = dict(zip(counts[ARTICLE_ID], counts[COUNT], strict=True))
    assert per_article, f"{term!r} should occur in the practice corpus"
    # the same matches, written out independently with the one grammar
    by_pattern = {
        article_id: n
        for article_id, text in zip(
            without_duplicates(practice)[ARTICLE_ID],
            without_duplicates(practice)["text"],
            strict=True,
        )
        if (n := len(terms_pattern(term).findall(text)))
    }
    assert per_article == by_pattern
    # concordance: one line per match
    lines = fq.concordance(practice, term)
    assert lines.groupby(ARTICLE_ID).size().to_dict() == per_article
    # dispersion: one hit per match
    hits = fq.dispersion(practice, [term])
    assert hits.groupby(ARTICLE_ID).size().to_dict() == per_article
    # trends: mentions per month add up to the counts (per 10k) and to the articles (share)
    per_10k = tl.term_trend(practice, counts, period="month", measure="per_10k", terms=[term])
    assert per_10k[MENTIONS].sum() == sum(per_article.values())
    share = tl.term_trend(practice, counts, period="month", measure="share", terms=[term])
    assert share[MENTIONS].sum() == len(per_article)
    # article selection and target sentences find the same articles
    assert set(select_articles(practice, mentions=term)[ARTICLE_ID]) == set(per_article)
    mentioning = practice_sentences[st.mentions(practice_sentences, term)]
    assert set(without_duplicates(st.attach_articles(mentioning, practice))[ARTICLE_ID]) == set(
        per_article
    )
    in_sentences = mentioning.assign(
        n=[len(terms_pattern(term).findall(text)) for text in mentioning[SENTENCE]]
    )
    in_originals = in_sentences[in_sentences[ARTICLE_ID].isin(per_article)]
    assert in_originals.groupby(ARTICLE_ID)["n"].sum().to_dict() == per_article
    assert counts[TERM].unique().tolist() == [term]
