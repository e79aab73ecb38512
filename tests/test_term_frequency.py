"""helpers.term_frequency: counts, keyness, collocations, concordance, dispersion, explorers."""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np
import pandas as pd
import pytest

from helpers import term_frequency as tf
from helpers.corpus import (
    ARTICLE_ID,
    COUNT,
    OUTLET,
    PUBLISHED,
    TERM,
    TEXT,
    TITLE,
    load_corpus,
)
from helpers.text import sentence_spans, word_tokens


def make_articles(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    """A small articles table from (id, date, outlet, text) tuples."""
    return pd.DataFrame(
        {
            ARTICLE_ID: [row[0] for row in rows],
            TITLE: [f"Title {row[0]}" for row in rows],
            PUBLISHED: pd.to_datetime([row[1] for row in rows]),
            OUTLET: [row[2] for row in rows],
            TEXT: [row[3] for row in rows],
        }
    )


@pytest.fixture
def sample_articles(sample_corpus) -> pd.DataFrame:
    return load_corpus(sample_corpus).articles


@pytest.fixture
def small() -> pd.DataFrame:
    return make_articles(
        [
            ("a1", "2020-01-05", "north.example", "Oil prices rose. Oil exports fell sharply."),
            ("a2", "2020-01-20", "north.example", "Crude oil prices rose again. Markets cheered."),
            ("a3", "2020-02-03", "south.example", "The harvest failed. Farmers protested loudly."),
            (
                "a4",
                "2020-02-17",
                "south.example",
                "Farmers protest again. The harvest protests grew.",
            ),
        ]
    )


# --- counting --------------------------------------------------------------------------------------


def independent_count(text: str) -> Counter[str]:
    """A separately written count: ASCII regex, lower case, default stopwords, length >= 2."""
    stop = tf.default_stop_words()
    tokens = re.findall(r"[a-z0-9]+(?:[-'’.][a-z0-9]+)*", text.lower())
    return Counter(
        token
        for token in tokens
        if len(token) >= 2 and token not in stop and re.search("[a-z]", token)
    )


def test_counts_agree_with_an_independent_count_on_the_sample(sample_articles) -> None:
    counts = tf.term_counts(sample_articles)
    assert list(counts.columns) == [ARTICLE_ID, TERM, COUNT]
    ours = dict(zip(counts[TERM], counts[COUNT], strict=True))
    expected = independent_count(sample_articles[TEXT].iloc[0])
    assert ours == dict(expected)
    assert ours["putin"] == 5 and ours["lukashenko"] == 4
    assert "said" not in ours and "the" not in ours and "1.5" not in ours


def test_trigrams_agree_with_an_independent_count_within_sentences(sample_articles) -> None:
    text = sample_articles[TEXT].iloc[0]
    stop = tf.default_stop_words()
    expected: Counter[str] = Counter()
    for start, end, _ in sentence_spans(text):
        tokens = [t.lower() for t in word_tokens(text[start:end])]
        for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False):
            if all(len(t) >= 2 and t not in stop and re.search("[a-z]", t) for t in (a, c)):
                expected[f"{a} {b} {c}"] += 1
    counts = tf.term_counts(sample_articles, ngram_range=(3, 3))
    assert dict(zip(counts[TERM], counts[COUNT], strict=True)) == dict(expected)
    assert "unprecedented external pressure" in expected


def test_segments_follow_the_sentence_splitter_on_the_sample(sample_articles) -> None:
    text = sample_articles[TEXT].iloc[0]
    by_sentences = [word_tokens(text[s:e]) for s, e, _ in sentence_spans(text)]
    by_segments = [word_tokens(segment) for segment in tf._segments(text)]
    assert by_segments == [tokens for tokens in by_sentences if tokens]


def test_ngrams_do_not_cross_sentences_but_survive_abbreviations() -> None:
    articles = make_articles(
        [("x", "2020-01-01", "", "The plan failed. Officials met Sen. Smith in the U.S. capital.")]
    )
    terms = set(tf.term_counts(articles, ngram_range=(2, 2))[TERM])
    assert "failed officials" not in terms
    assert {"officials met", "sen smith", "u.s capital"} <= terms
    # A bigram is kept when its first and last words pass the filter: "met sen" yes, "in the" no.
    assert "met sen" in terms and "smith in" not in terms


def test_stopword_and_length_options() -> None:
    articles = make_articles([("x", "2020-01-01", "", "The EU and the UK said no to a 2020 deal.")])
    default = set(tf.term_counts(articles)[TERM])
    assert default == {"eu", "uk", "deal"}
    everything = set(
        tf.term_counts(articles, stop_words=False, min_length=1, drop_numbers=False)[TERM]
    )
    assert everything == {"the", "eu", "and", "uk", "said", "no", "to", "a", "2020", "deal"}
    custom = set(tf.term_counts(articles, stop_words=["deal", "EU"], min_length=3)[TERM])
    assert custom == {"the", "and", "said"}


def test_stemming_merges_forms_and_keeps_the_most_frequent_surface(small) -> None:
    counts = tf.term_counts(small, stem="porter")
    assert list(counts.columns) == [ARTICLE_ID, TERM, COUNT, tf.SURFACE]
    protest = counts[counts[TERM] == "protest"]
    assert protest[COUNT].sum() == 3  # protested, protest, protests
    # three forms once each: the tie goes to the form seen first in sort order, a real word
    assert protest[tf.SURFACE].iloc[0] in {"protested", "protest", "protests"}
    farmers = counts[counts[TERM] == "farmer"]
    assert set(farmers[tf.SURFACE]) == {"farmers"} and farmers[COUNT].sum() == 2
    top = tf.top_terms(counts, n=3)
    assert tf.SURFACE in top.columns


def test_empty_article_and_empty_corpus() -> None:
    articles = make_articles([("x", "2020-01-01", "", ""), ("y", "2020-01-01", "", "Oil.")])
    counts = tf.term_counts(articles)
    assert counts.to_dict("list") == {ARTICLE_ID: ["y"], TERM: ["oil"], COUNT: [1]}
    none = tf.term_counts(articles.iloc[:0])
    assert list(none.columns) == [ARTICLE_ID, TERM, COUNT] and none.empty


def test_input_is_not_mutated(small) -> None:
    before = small.copy()
    counts = tf.term_counts(small)
    counts_before = counts.copy()
    tf.keyness(counts, ["a1", "a2"], min_count=1)
    tf.top_terms(counts, groups=tf.article_groups(small, by=OUTLET))
    tf.concordance(small, "oil", sort="left")
    pd.testing.assert_frame_equal(small, before)
    pd.testing.assert_frame_equal(counts, counts_before)


# --- top terms and tf-idf ---------------------------------------------------------------------------


def test_top_terms_overall_and_by_group(small) -> None:
    counts = tf.term_counts(small)
    overall = tf.top_terms(counts, n=2)
    assert overall[TERM].tolist() == ["oil", "farmers"]
    assert overall[COUNT].tolist() == [3, 2]
    assert overall[tf.DOCUMENT_FREQUENCY].tolist() == [2, 2]
    assert overall[tf.PER_10K].iloc[0] == pytest.approx(3 / counts[COUNT].sum() * 10_000)
    by_outlet = tf.top_terms(counts, groups=tf.article_groups(small, by=OUTLET), n=1)
    assert dict(zip(by_outlet[tf.GROUP], by_outlet[TERM], strict=True)) == {
        "north.example": "oil",
        "south.example": "farmers",
    }
    by_month = tf.top_terms(counts, groups=tf.article_groups(small, period="M"), n=1)
    assert by_month[tf.GROUP].tolist() == ["2020-01", "2020-02"]


def test_tf_idf_by_hand(small) -> None:
    counts = tf.term_counts(small)
    scores = tf.tf_idf(counts, top=100)
    row = scores[(scores[ARTICLE_ID] == "a1") & (scores[TERM] == "exports")].iloc[0]
    a1_total = counts.loc[
        counts[ARTICLE_ID] == "a1", COUNT
    ].sum()  # oil x2, prices, rose, exports, ...
    expected = (1 / a1_total) * (math.log((1 + 4) / (1 + 1)) + 1)
    assert row[tf.TF_IDF] == pytest.approx(expected)
    # "oil" is in two articles, "exports" in one: exports is more distinctive per occurrence
    top_a1 = scores[scores[ARTICLE_ID] == "a1"]
    assert top_a1[tf.RANK].tolist() == list(range(1, len(top_a1) + 1))
    grouped = tf.tf_idf(counts, groups=tf.article_groups(small, by=OUTLET), top=1)
    assert set(grouped[tf.GROUP]) == {"north.example", "south.example"}


# --- keyness ----------------------------------------------------------------------------------------


def test_log_likelihood_and_log_ratio_by_hand() -> None:
    # term: 10 of 1,000 terms in the target, 5 of 2,000 in the reference
    a, b, c, d = 10, 5, 1000, 2000
    n = c + d
    e11, e12 = c * (a + b) / n, c * (n - a - b) / n  # 5, 995
    e21, e22 = d * (a + b) / n, d * (n - a - b) / n  # 10, 1990
    by_hand = 2 * (
        10 * math.log(10 / e11)
        + 990 * math.log(990 / e12)
        + 5 * math.log(5 / e21)
        + 1995 * math.log(1995 / e22)
    )
    assert by_hand == pytest.approx(6.9692, abs=1e-3)  # 2 * (6.9315 - 4.9874 - 3.4657 + 5.0063)
    assert tf.log_likelihood(a, b, c, d) == pytest.approx(by_hand)
    assert tf.log_ratio(a, b, c, d) == pytest.approx(2.0)  # log2((10/1000) / (5/2000))
    # a zero frequency counts as 0.5 in the log ratio and as 0 ln 0 = 0 in G²
    assert tf.log_ratio(4, 0, 100, 100) == pytest.approx(math.log2(4 / 0.5))
    zero_by_hand = 2 * (4 * math.log(4 / 2) + 96 * math.log(96 / 98) + 100 * math.log(100 / 98))
    assert tf.log_likelihood(4, 0, 100, 100) == pytest.approx(zero_by_hand)


def test_chi2_survival_function() -> None:
    assert tf.chi2_sf(3.841458820694124)[0] == pytest.approx(0.05, rel=1e-9)
    assert tf.chi2_sf(6.634896601021213)[0] == pytest.approx(0.01, rel=1e-9)
    assert tf.chi2_sf(0.0)[0] == 1.0
    stats = pytest.importorskip("scipy.stats")
    values = np.array([0.1, 1.0, 15.13, 100.0])
    np.testing.assert_allclose(tf.chi2_sf(values), stats.chi2.sf(values, 1), rtol=1e-10)


def test_keyness_on_a_hand_made_table() -> None:
    counts = pd.DataFrame(
        {
            ARTICLE_ID: ["t", "t", "r", "r"],
            TERM: ["strike", "port", "strike", "port"],
            COUNT: [10, 990, 5, 1995],
        }
    )
    table = tf.keyness(counts, ["t"], min_count=1)
    strike = table.set_index(TERM).loc["strike"]
    assert strike[tf.N_TARGET] == 10 and strike[tf.N_REFERENCE] == 5
    assert strike[tf.G2] == pytest.approx(tf.log_likelihood(10, 5, 1000, 2000))
    assert strike[tf.LOG_RATIO] == pytest.approx(2.0)
    assert strike[tf.KEY_FOR] == "target"
    assert strike[tf.P_VALUE] == pytest.approx(math.erfc(math.sqrt(strike[tf.G2] / 2)))
    assert strike[tf.PER_10K_TARGET] == pytest.approx(100.0)
    assert table.set_index(TERM).loc["port", tf.KEY_FOR] == "reference"
    assert "strike" not in set(tf.keyness(counts, ["t"], min_count=16)[TERM])  # 15 in all


def test_keyness_between_outlets_and_over_periods(small) -> None:
    counts = tf.term_counts(small)
    north = tf.select_articles(small, outlets=["north.example"])
    table = tf.keyness(counts, north, min_count=2)
    assert table.iloc[0][TERM] in {"oil", "farmers"}
    assert table.set_index(TERM).loc["oil", tf.KEY_FOR] == "target"
    explicit = tf.keyness(counts, north, reference=["a3", "a4"], min_count=2)
    pd.testing.assert_frame_equal(table, explicit)
    by_month = tf.keyness_by_period(counts, small, period="month", min_count=2, top=2)
    assert set(by_month[tf.GROUP]) == {"2020-01", "2020-02"}
    january = by_month[by_month[tf.GROUP] == "2020-01"]
    assert "oil" in set(january[TERM]) and (january[tf.KEY_FOR] == "target").all()
    previous = tf.keyness_by_period(
        counts, small, period="month", compare_with="previous", min_count=2
    )
    assert set(previous[tf.GROUP]) == {"2020-02"}


def test_select_articles(small) -> None:
    assert tf.select_articles(small, start="2020-01-20", end="2020-02-03") == ["a2", "a3"]
    assert tf.select_articles(small, mentions="crude oil") == ["a2"]
    assert tf.select_articles(small, mentions="protest") == ["a4"]  # whole words only


# --- collocations -----------------------------------------------------------------------------------


def test_collocations_by_hand() -> None:
    articles = make_articles(
        [
            ("x", "2020-01-01", "", "Crude oil rose. Crude oil fell. Palm oil rose. Gold fell."),
            ("y", "2020-01-02", "", "Crude oil prices rose. Prices of gold fell."),
        ]
    )
    table = tf.collocations(articles, "oil", window=1, min_count=1, top=None).set_index(
        tf.COLLOCATE
    )
    # window 1, within sentences: left neighbours crude x3, palm x1; right: rose, fell, rose, prices
    assert table.loc["crude", COUNT] == 3 and table.loc["crude", "n_left"] == 3
    n_tokens = 11 + 8  # tokens in x and y
    slots = 8  # 4 occurrences x 2 neighbours
    expected_pmi = math.log2(3 * n_tokens / (slots * 3))
    assert table.loc["crude", tf.PMI] == pytest.approx(expected_pmi)
    assert table.loc["crude", tf.G2] == pytest.approx(
        tf.log_likelihood(3, 0, slots, n_tokens - slots), rel=1e-6
    )
    assert "gold" not in table.index  # never next to oil
    assert (table[COUNT] <= table["n_collocate"]).all()


# --- concordance and dispersion --------------------------------------------------------------------


def test_concordance_term_regex_width_and_sort(small, sample_articles) -> None:
    lines = tf.concordance(small, "oil", width=20)
    assert len(lines) == 3
    assert lines[tf.MATCH].str.lower().eq("oil").all()
    for _, line in lines.iterrows():
        text = small.set_index(ARTICLE_ID).loc[line[ARTICLE_ID], TEXT]
        assert text[line["start"] : line["end"]] == line[tf.MATCH]
        assert len(line[tf.LEFT]) <= 20 and len(line[tf.RIGHT]) <= 20
    right = tf.concordance(small, "oil", sort="right")[tf.RIGHT].str.strip().tolist()
    assert right == sorted(right, key=str.lower)
    left = tf.concordance(small, "oil", sort="left")[tf.LEFT].tolist()
    # sorted on the nearest word first: "" (start of text), "Crude", "... rose."
    assert [" ".join(reversed(word_tokens(x.lower()))) for x in left] == [
        "",
        "crude",
        "rose prices oil",
    ]
    regex = tf.concordance(small, r"protest\w*", regex=True)
    assert regex[tf.MATCH].tolist() == ["protested", "protest", "protests"]
    kremlin = tf.concordance(sample_articles, "Kremlin")
    assert len(kremlin) == 2
    assert tf.style_concordance(kremlin).to_html()
    with pytest.raises(ValueError, match="regular expression"):
        tf.concordance(small, "(", regex=True)


def test_dispersion_positions(small) -> None:
    table = tf.dispersion(small, ["oil", "harvest"])
    total = sum(len(word_tokens(text)) for text in small[TEXT])
    assert table.attrs["n_tokens"] == total
    oil = table[table[TERM] == "oil"][tf.POSITION].tolist()
    assert oil == [0, 3, 8]  # "Oil prices rose. Oil ..." / a2: "Crude oil ..." (a1 has 7 tokens)
    harvest = table[table[TERM] == "harvest"]
    assert harvest[ARTICLE_ID].tolist() == ["a3", "a4"]
    assert table["relative"].between(0, 1).all()


# --- explorers --------------------------------------------------------------------------------------


def test_concordance_explorer_redraws_when_controls_change(small) -> None:
    pytest.importorskip("ipywidgets")
    explorer = tf.concordance_explorer(small, query="oil")
    assert len(explorer.shown) == 3 and explorer.shown[tf.MATCH].str.lower().eq("oil").all()
    explorer.query.value = "harvest"
    assert explorer.shown[ARTICLE_ID].tolist() == ["a3", "a4"]
    explorer.sort.value = "right"
    right = explorer.shown[tf.RIGHT].str.strip().tolist()
    assert right == sorted(right, key=str.lower) and right[0].startswith("failed")
    explorer.width.value = 20
    assert explorer.shown[tf.LEFT].str.len().max() <= 20
    explorer.regex.value = True
    explorer.query.value = r"protest\w*"
    assert len(explorer.shown) == 3
    explorer.query.value = "("
    assert explorer.shown.empty and "regular expression" in explorer.status.value
    explorer.query.value = ""
    assert explorer.shown.empty


def test_keyness_explorer_redraws_for_dates_and_outlets(small) -> None:
    import datetime

    pytest.importorskip("ipywidgets")
    counts = tf.term_counts(small)
    explorer = tf.keyness_explorer(counts, small)
    explorer.min_count.value = 2
    explorer.target_start.value = datetime.date(2020, 1, 1)
    explorer.target_end.value = datetime.date(2020, 1, 31)
    january = explorer.shown.set_index(TERM)
    assert january.loc["oil", tf.KEY_FOR] == "target"
    pd.testing.assert_frame_equal(
        explorer.result.reset_index(drop=True),
        tf.keyness(counts, ["a1", "a2"], min_count=2),
    )
    explorer.by.value = "outlets"
    explorer.target_outlets.value = ("south.example",)
    assert explorer.shown.set_index(TERM).loc["farmers", tf.KEY_FOR] == "target"
    explorer.reference_outlets.value = ("south.example",)  # same as target: nothing left
    assert explorer.shown.empty and "non-empty" in explorer.status.value


# --- charts -----------------------------------------------------------------------------------------


def test_term_frequency_charts(small) -> None:
    from matplotlib.figure import Figure

    from helpers import plots

    counts = tf.term_counts(small)
    top = tf.top_terms(counts, n=3)
    figure = plots.plot_top_terms(top)
    assert isinstance(figure, Figure)
    labels = [label.get_text() for label in figure.axes[0].get_yticklabels()]
    assert labels[::-1] == top[TERM].tolist()  # most frequent at the top
    by_outlet = tf.top_terms(counts, groups=tf.article_groups(small, by=OUTLET), n=3)
    assert len([ax for ax in plots.plot_top_terms(by_outlet).axes if ax.get_visible()]) == 2
    key = tf.keyness(counts, ["a1", "a2"], min_count=1)
    bars = plots.plot_keyness(key, n=2).axes[0].patches
    assert len(bars) == 4
    assert isinstance(plots.plot_keyness(key.iloc[:0]), Figure)
    by_period = tf.keyness_by_period(counts, small, min_count=2)
    texts = [t.get_text() for t in plots.plot_keyness_by_period(by_period).axes[0].texts]
    assert "oil" in texts
    dispersion = tf.dispersion(small, ["oil", "harvest"])
    axes = plots.plot_dispersion(dispersion).axes[0]
    assert len(axes.collections) == 2
    assert axes.get_xticklabels()[0].get_text() == "2020-01-05"
    assert isinstance(plots.plot_collocations(tf.collocations(small, "oil", min_count=1)), Figure)


@pytest.mark.parametrize("ngram_range", [(1, 1), (1, 2), (2, 3)])
def test_term_counts_count_exactly_what_the_analyzer_returns(small, ngram_range) -> None:
    analyze = tf.make_analyzer(ngram_range=ngram_range)
    counts = tf.term_counts(small, ngram_range=ngram_range)
    for article_id, text in zip(small[ARTICLE_ID], small[TEXT], strict=True):
        mine = counts[counts[ARTICLE_ID] == article_id]
        assert dict(zip(mine[TERM], mine[COUNT], strict=True)) == dict(Counter(analyze(text)))
