"""Tests for helpers.sentiment: exact VADER scores, article scores, intervals, spans, validation."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from helpers import sentiment as s
from helpers.corpus import (
    AGENCY,
    ARTICLE_ID,
    DUPLICATE_OF,
    END,
    N_ARTICLES,
    OUTLET,
    PUBLISHED,
    SENTENCE,
    SENTENCE_INDEX,
    START,
    TEXT,
    TITLE,
    load_corpus,
    sentences,
)

#: Sentences that exercise every rule of the reference: negation, "no", "but", boosters, caps,
#: punctuation emphasis, "kind of", idioms, emoji, emoticons, blank and lexicon-free text.
TRICKY = [
    "",
    "   ",
    "The committee met on Tuesday.",
    "No problems were found.",
    "There is no good answer.",
    "The plan is good but the execution is terrible.",
    "It was good, it was good, but it was bad.",
    "It was not bad at all.",
    "He is never so happy.",
    "Without doubt the best result.",
    "The result was VERY GOOD but the mood was bad.",
    "GREAT news!!!",
    "Is this really the best?? Really???",
    "It is kind of good.",
    "The show was the bomb.",
    "At least it was not a disaster.",
    "That was the least helpful answer.",
    "He smiled :) and left :-(",
    "Prices rose 😀 while workers 😢 waited.",
    "Café owners were délighted and happy.",
    "A well-known, much-loved “hero” returned.",
    "no",
    "NO WAY, this is bad",
    "It was never so good and never this bad.",
    "The talks were not so very good, and they never really were this great.",
    "Without any doubt a good day, without doubt.",
    "Selling it now would be the kiss of death for them.",
    "Yeah right, the bomb was the shit and that cake is to die for.",
    "They are bad ass and a real badass, but at least they are decent.",
    "Their heart was a beating heart, sort of happy, kind of sad, just enough good.",
    "He isn't happy; she wasn't sad; they didn't care, nor did we hope.",
    "good",
    "not good",
    "very not good at all",
]


def _reference(texts: list[str]) -> np.ndarray:
    analyzer = SentimentIntensityAnalyzer()
    return np.array(
        [[analyzer.polarity_scores(t)[k] for k in s.SCORE_COLUMNS] for t in texts], dtype=float
    ).reshape(-1, 4)


def _articles() -> pd.DataFrame:
    """Four small articles over two months, one a marked duplicate, one undated."""
    rows = [
        (
            "a1",
            "Good day",
            "2020-01-05",
            "x.com",
            "AFP",
            "",
            "The talks were a great success. "
            "Lukashenko said the result was wonderful.\n\nNothing else happened.",
        ),
        (
            "a2",
            "Bad day",
            "2020-01-20",
            "y.com",
            "",
            "",
            "Protesters were beaten and arrested. "
            "Lukashenko denied any violence.\n\nThe toil continued.",
        ),
        ("a3", "Copy", "2020-01-21", "y.com", "", "a2", "Protesters were beaten and arrested."),
        (
            "a4",
            "March",
            "2020-03-02",
            "",
            "AP",
            "",
            "A terrible, awful crisis hit the city. Officials were happy to help.",
        ),
        ("a5", "Undated", None, "x.com", "", "", "A lovely, happy festival."),
    ]
    frame = pd.DataFrame(
        rows, columns=[ARTICLE_ID, TITLE, PUBLISHED, OUTLET, AGENCY, DUPLICATE_OF, TEXT]
    )
    frame[PUBLISHED] = pd.to_datetime(frame[PUBLISHED])
    return frame


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    return _articles()


@pytest.fixture(scope="module")
def scored(articles: pd.DataFrame) -> pd.DataFrame:
    return s.score_sentences(sentences(articles))


# --- scoring -------------------------------------------------------------------------------------


def test_scores_equal_the_reference_on_every_rule():
    mine = s.score_texts(TRICKY, workers=1)
    assert list(mine.columns) == list(s.SCORE_COLUMNS)
    np.testing.assert_array_equal(mine.to_numpy(), _reference(TRICKY))


def test_parallel_and_cached_scoring_equal_the_reference():
    texts = [f"{text} Item {i % 700}." for i, text in enumerate(TRICKY * 400)]  # 9,200 texts
    mine = s.score_texts(texts, workers=2)  # enough distinct texts to use two processes
    unique = list(dict.fromkeys(texts))
    reference = dict(zip(unique, map(tuple, _reference(unique)), strict=True))
    np.testing.assert_array_equal(mine.to_numpy(), np.array([reference[t] for t in texts]))


def test_score_texts_keeps_a_series_index_and_repeats():
    texts = pd.Series(["Great!", "Awful.", "Great!"], index=[10, 20, 30])
    scores = s.score_texts(texts)
    assert list(scores.index) == [10, 20, 30]
    assert scores.loc[10, s.COMPOUND] == scores.loc[30, s.COMPOUND] > 0 > scores.loc[20, s.COMPOUND]


def test_score_sentences_adds_columns_without_mutating(articles):
    table = sentences(articles)
    before = table.copy()
    scored = s.score_sentences(table)
    pd.testing.assert_frame_equal(table, before)
    assert list(scored.columns) == [*table.columns, *s.SCORE_COLUMNS]
    assert scored.loc[0, s.COMPOUND] == pytest.approx(
        SentimentIntensityAnalyzer().polarity_scores(table.loc[0, SENTENCE])["compound"]
    )


def test_sample_corpus_scores(sample_corpus: Path):
    loaded = load_corpus(sample_corpus).articles
    scored = s.score_sentences(sentences(loaded))
    assert len(scored) > 5
    np.testing.assert_array_equal(
        scored[list(s.SCORE_COLUMNS)].to_numpy(), _reference(list(scored[SENTENCE]))
    )


# --- article scores ------------------------------------------------------------------------------


def test_article_score_is_mean_and_shares_with_inclusive_band():
    scored = pd.DataFrame(
        {
            ARTICLE_ID: ["a", "a", "a", "a", "b"],
            s.COMPOUND: [0.05, -0.05, 0.0499, 0.5, -0.2],
        }
    )
    table = s.article_sentiment(scored).set_index(ARTICLE_ID)
    assert table.loc["a", s.N_SENTENCES] == 4
    assert table.loc["a", s.MEAN_COMPOUND] == pytest.approx((0.05 - 0.05 + 0.0499 + 0.5) / 4)
    assert table.loc["a", s.SHARE_POSITIVE] == pytest.approx(0.5)  # 0.05 and 0.5; 0.0499 is neutral
    assert table.loc["a", s.SHARE_NEGATIVE] == pytest.approx(0.25)
    assert table.loc["b", s.SHARE_NEGATIVE] == 1.0


def test_article_sentiment_keeps_articles_without_sentences(articles, scored):
    extra = pd.concat([articles, articles.iloc[[0]].assign(**{ARTICLE_ID: "empty", TEXT: ""})])
    table = s.article_sentiment(scored, articles=extra).set_index(ARTICLE_ID)
    assert table.loc["empty", s.N_SENTENCES] == 0 and np.isnan(table.loc["empty", s.MEAN_COMPOUND])
    assert table.loc["a1", TITLE] == "Good day"
    assert table.loc["a1", s.MEAN_COMPOUND] > 0 > table.loc["a2", s.MEAN_COMPOUND]


def test_whole_article_compound_saturates_where_sentence_mean_does_not(sample_corpus: Path):
    loaded = load_corpus(sample_corpus).articles
    scored = s.score_sentences(sentences(loaded))
    whole = s.whole_article_scores(loaded, s.article_sentiment(scored, articles=loaded))
    summary = s.saturation_summary(whole).set_index(s.MEASURE)
    assert abs(whole[s.WHOLE_COMPOUND].iloc[0]) >= 0.95
    assert summary.loc[s.WHOLE_COMPOUND, "share_extreme"] == 1.0
    assert summary.loc[s.MEAN_COMPOUND, "share_extreme"] == 0.0


# --- over time and by group ----------------------------------------------------------------------


def test_over_time_counts_gaps_and_reproducible_intervals(articles, scored):
    table = s.article_sentiment(scored, articles=articles)
    first = s.sentiment_over_time(table, period="month", seed=1)
    assert list(first[s.PERIOD].dt.month) == [1, 2, 3]  # February is an empty period
    assert list(first[N_ARTICLES]) == [2, 0, 1]  # duplicate a3 and undated a5 left out
    assert np.isnan(first[s.MEAN].iloc[1])
    january = first.iloc[0]
    expected = table.set_index(ARTICLE_ID).loc[["a1", "a2"], s.MEAN_COMPOUND].mean()
    assert january[s.MEAN] == pytest.approx(expected)
    assert january[s.CI_LOW] <= january[s.MEAN] <= january[s.CI_HIGH]
    assert january[s.CI_LOW] < january[s.CI_HIGH]
    march = first.iloc[2]
    assert march[s.CI_LOW] == march[s.CI_HIGH] == march[s.MEAN]  # one article: no spread
    pd.testing.assert_frame_equal(first, s.sentiment_over_time(table, period="month", seed=1))
    with_copies = s.sentiment_over_time(table, period="month", include_duplicates=True)
    assert with_copies[N_ARTICLES].iloc[0] == 3


def test_bootstrap_interval_matches_the_spread_of_the_mean():
    rng = np.random.default_rng(0)
    values = rng.normal(0.1, 0.3, size=400)
    table = pd.DataFrame(
        {
            ARTICLE_ID: [f"a{i}" for i in range(400)],
            PUBLISHED: pd.Timestamp("2020-01-10"),
            s.MEAN_COMPOUND: values,
        }
    )
    row = s.sentiment_over_time(table, n_boot=2000).iloc[0]
    half_width = (row[s.CI_HIGH] - row[s.CI_LOW]) / 2
    assert half_width == pytest.approx(1.96 * values.std() / np.sqrt(400), rel=0.1)


def test_by_group_labels_unknown_and_sorts(articles, scored):
    table = s.article_sentiment(scored, articles=articles)
    groups = s.sentiment_by_group(table, by=OUTLET)
    assert list(groups[s.GROUP]) == ["x.com", "(unknown)", "y.com"]
    assert groups[s.MEAN].is_monotonic_decreasing
    assert dict(zip(groups[s.GROUP], groups[N_ARTICLES], strict=True))["x.com"] == 2


def test_unknown_period_says_what_to_use():
    with pytest.raises(ValueError, match="day"):
        s.period_start(pd.Series(pd.to_datetime(["2020-01-01"])), period="fortnight")


# --- target terms and spans ----------------------------------------------------------------------


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
    quote_compounds = _reference(quotes)[:, 3]
    assert compared.loc["quote", s.MEAN] == pytest.approx(quote_compounds.mean())
    assert compared.loc["narration", s.N_SENTENCES] == 3


def test_split_by_spans_without_spans_is_all_narration(scored):
    no_spans = pd.DataFrame({ARTICLE_ID: [], START: [], END: []})
    segments = s.split_by_spans(scored, no_spans)
    assert (segments[s.KIND] == "narration").all()
    assert segments[SENTENCE].tolist() == scored[SENTENCE].str.strip().tolist()


# --- close reading -------------------------------------------------------------------------------


def test_extreme_sentences_with_article_and_date(articles, scored):
    table = s.extreme_sentences(scored, articles=articles, n=2)
    positive = table[table[s.SIDE] == "most positive"]
    negative = table[table[s.SIDE] == "most negative"]
    assert positive[s.COMPOUND].is_monotonic_decreasing and (positive[s.COMPOUND] > 0).all()
    assert negative[s.COMPOUND].is_monotonic_increasing and (negative[s.COMPOUND] < 0).all()
    assert negative[SENTENCE].is_unique  # a3 repeats a2's sentence: shown once
    assert negative[s.COMPOUND].iloc[0] == scored[s.COMPOUND].min()
    assert table[PUBLISHED].notna().any() and table[TITLE].ne("").all()


# --- validation ----------------------------------------------------------------------------------


def test_validation_metrics_by_hand():
    table = pd.DataFrame(
        {
            s.GOLD: [1, 1, -1, -1, 0],
            s.PREDICTED: [1, 0, -1, 1, 0],
            s.COMPOUND: [0.5, 0.0, -0.5, 0.2, 0.0],
            s.RATING: [2.0, 1.0, -2.0, -1.0, 0.0],
        }
    )
    metrics = s.validation_metrics(table).set_index(s.METRIC)[s.VALUE]
    # per class (P, R, support): +1 (1/2, 1/2, 2), -1 (1, 1/2, 2), 0 (1/2, 1, 1)
    assert metrics["precision"] == pytest.approx((2 * 0.5 + 2 * 1 + 1 * 0.5) / 5)
    assert metrics["recall"] == pytest.approx((2 * 0.5 + 2 * 0.5 + 1 * 1) / 5)
    f1 = (2 * 0.5 + 2 * (2 / 3) + 1 * (2 / 3)) / 5
    assert metrics["f1"] == pytest.approx(f1)
    assert metrics["r"] == pytest.approx(np.corrcoef(table[s.COMPOUND], table[s.RATING])[0, 1])


def test_missing_nyt_files_say_how_to_get_them(tmp_path: Path):
    with pytest.raises(FileNotFoundError, match="vaderSentiment"):
        s.read_vader_nyt(tmp_path)


@pytest.mark.shared
def test_reproduces_the_vader_paper_nyt_row(shared_data):
    folder = shared_data("eval", "vader-nyt")
    scored = s.score_vader_nyt(folder)
    assert len(scored) == 5190
    np.testing.assert_array_equal(
        scored[s.COMPOUND].to_numpy(), _reference(list(scored[SENTENCE]))[:, 3]
    )
    metrics = s.validation_metrics(scored).set_index(s.METRIC)
    for name, paper in {"r": 0.492, "precision": 0.69, "recall": 0.49, "f1": 0.55}.items():
        assert metrics.loc[name, s.VALUE] == pytest.approx(paper, abs=0.015), name
    confusion = s.confusion_table(scored)
    assert confusion.loc["total", "total"] == 5190
    assert confusion.loc["positive", "positive"] + confusion.loc["negative", "negative"] > 2000


# --- NLTK's port ---------------------------------------------------------------------------------


def test_nltk_port_runs_offline_and_differs_on_no():
    table = s.compare_with_nltk(
        ["No problems were found.", "The plan is good but the execution is terrible."]
    )
    no_row, but_row = table.iloc[0], table.iloc[1]
    assert no_row[s.REFERENCE] > 0 > no_row[s.NLTK]  # 3.3.2: "no" before a lexicon word is 0
    assert but_row[s.DIFFERENCE] == 0.0


# --- explore -------------------------------------------------------------------------------------


def test_explorer_controls_drive_the_tables(articles, scored):
    pytest.importorskip("ipywidgets")
    pytest.importorskip("itables")
    dated = s.attach_articles(scored, articles)
    drawn: list[pd.DataFrame] = []
    explorer = s.explore_sentiment(dated, period="month", plot=lambda t: drawn.append(t) or "fig")
    assert explorer.figure == "fig" and len(drawn) == 1
    assert list(explorer.series[s.N_SENTENCES]) == [6, 2]  # January, March (a3 is a duplicate)
    assert explorer.point.value == pd.Timestamp("2020-01-01")  # busiest period chosen
    assert len(explorer.table) == 6

    explorer.terms.value = "Lukashenko"
    assert list(explorer.series[s.N_SENTENCES]) == [2]
    assert explorer.table[SENTENCE].str.contains("Lukashenko").all() and len(explorer.table) == 2

    explorer.terms.value = ""
    explorer.point.value = pd.Timestamp("2020-03-01")
    assert explorer.table[ARTICLE_ID].eq("a4").all() and len(explorer.table) == 2

    explorer.period.value = "day"
    assert len(explorer.series) == 3 and len(drawn) == 4
    assert explorer.point.value in set(explorer.series[s.PERIOD])

    explorer.terms.value = "nobody-mentions-this"
    assert explorer.series.empty and explorer.table.empty and explorer.figure is None


def test_sentences_in_period_are_the_points_sentences(articles, scored):
    dated = s.attach_articles(scored, articles)
    series = s.sentences_over_time(dated, period="month")
    for start, n in zip(series[s.PERIOD], series[s.N_SENTENCES], strict=True):
        behind = s.sentences_in_period(dated, start, period="month")
        assert len(behind) == n and behind[s.COMPOUND].is_monotonic_increasing


# --- charts --------------------------------------------------------------------------------------


def test_charts_draw_the_tables(articles, scored):
    from matplotlib.figure import Figure

    from helpers import plots

    table = s.article_sentiment(scored, articles=articles)
    over_time = s.sentiment_over_time(table)
    assert isinstance(plots.plot_sentiment_over_time(over_time), Figure)
    assert isinstance(plots.plot_sentiment_over_time(over_time.head(1)), Figure)
    figure = plots.plot_sentiment_by_group(s.compare_target(scored, "Lukashenko"))
    assert "mentions Lukashenko" in figure.axes[0].get_yticklabels()[-1].get_text()
    whole = s.whole_article_scores(articles, table)
    assert isinstance(plots.plot_saturation(whole), Figure)


def test_explorer_caps_the_rows_it_shows(articles, scored):
    pytest.importorskip("ipywidgets")
    dated = s.attach_articles(scored, articles)
    shown: list[pd.DataFrame] = []
    explorer = s.explore_sentiment(dated, show_table=shown.append, max_rows=3)
    assert len(explorer.table) == 6 and len(shown[-1]) == 3
    assert "showing the 3 most negative" in explorer.message.value
    pd.testing.assert_frame_equal(shown[-1], explorer.table.head(3))
