"""Tests for helpers.timeline (counts, term trends, chronology) and its charts."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from helpers import corpus as c
from helpers import timeline as tl
from helpers.corpus import load_corpus

ARTICLE = """{title}

By {agency}

{date}

{body}

Original url:

https://www.{outlet}/{slug}
"""

#: (slug, agency, outlet, date, body): three weeks apart from the first to the last, one copy.
STORIES = [
    ("a", "AFP", "alpha.com", "March 2, 2020", "The ferry strike began Monday in the harbour."),
    ("b", "AP", "beta.org", "March 4, 2020", "Strike talks failed. The ferry stayed in port."),
    ("c", "AFP", "alpha.com", "March 23, 2020", "The council met on the strike and the budget."),
    ("d", "AFP", "alpha.com", "March 24, 2020", "Budget cuts were approved by the council."),
]


def write_corpus(folder: Path, *, with_copy: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for slug, agency, outlet, date, body in STORIES:
        text = ARTICLE.format(
            title=f"Story {slug}", agency=agency, date=date, body=body, outlet=outlet, slug=slug
        )
        (folder / f"{slug}.txt").write_text(text, encoding="utf-8")
    if with_copy:  # the same story re-published by another outlet: marked as a duplicate
        slug, agency, outlet, date, body = STORIES[0]
        text = ARTICLE.format(
            title="Story a", agency=agency, date="March 3, 2020", body=body, outlet="gamma.net",
            slug="a-copy",
        )  # fmt: skip
        (folder / "e.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def small(tmp_path: Path) -> pd.DataFrame:
    return load_corpus(write_corpus(tmp_path / "small")).articles


@pytest.fixture
def sample(sample_corpus: Path) -> pd.DataFrame:
    return load_corpus(sample_corpus).articles


# --- articles over time -------------------------------------------------------------------------


def test_weekly_counts_fill_empty_weeks_and_count_copies_once(small: pd.DataFrame) -> None:
    assert (small[c.DUPLICATE_OF] != "").sum() == 1
    table = tl.articles_over_time(small, period="week")
    assert list(table.columns) == [tl.PERIOD, c.N_ARTICLES]
    # weeks start on Monday: 2 Mar, 9 Mar (empty), 16 Mar (empty), 23 Mar
    assert table[tl.PERIOD].dt.strftime("%Y-%m-%d").tolist() == [
        "2020-03-02",
        "2020-03-09",
        "2020-03-16",
        "2020-03-23",
    ]
    assert table[c.N_ARTICLES].tolist() == [2, 0, 0, 2]
    with_copies = tl.articles_over_time(small, period="week", include_duplicates=True)
    assert with_copies[c.N_ARTICLES].tolist() == [3, 0, 0, 2]


def test_daily_and_monthly_counts(small: pd.DataFrame) -> None:
    daily = tl.articles_over_time(small, period="day")
    assert len(daily) == 23  # 2 to 24 March
    assert daily[c.N_ARTICLES].sum() == 4
    assert (daily[c.N_ARTICLES] == 0).sum() == 19
    monthly = tl.articles_over_time(small, period="month")
    assert monthly[c.N_ARTICLES].tolist() == [4]
    assert monthly[tl.PERIOD].iloc[0] == pd.Timestamp("2020-03-01")


def test_counts_by_agency_and_outlet_cover_every_period(small: pd.DataFrame) -> None:
    table = tl.articles_over_time(small, period="week", by=c.AGENCY)
    assert list(table.columns) == [tl.PERIOD, tl.GROUP, c.N_ARTICLES]
    afp = table[table[tl.GROUP] == "AFP"][c.N_ARTICLES].tolist()
    ap = table[table[tl.GROUP] == "AP"][c.N_ARTICLES].tolist()
    assert afp == [1, 0, 0, 2] and ap == [1, 0, 0, 0]
    folded = tl.articles_over_time(small, period="week", by=c.OUTLET, top=1)
    assert set(folded[tl.GROUP]) == {"alpha.com", tl.OTHER}
    assert folded[c.N_ARTICLES].sum() == 4


def test_undated_articles_are_not_counted_and_input_is_not_mutated(small: pd.DataFrame) -> None:
    changed = small.copy()
    changed.loc[0, c.PUBLISHED] = pd.NaT
    before = changed.copy()
    table = tl.articles_over_time(changed, period="week")
    assert table[c.N_ARTICLES].sum() == 3
    pd.testing.assert_frame_equal(changed, before)


def test_bad_period_says_what_to_use(small: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="period must be one of"):
        tl.articles_over_time(small, period="fortnight")


def test_one_article_and_no_article(sample: pd.DataFrame) -> None:
    assert tl.articles_over_time(sample, period="month")[c.N_ARTICLES].tolist() == [1]
    empty = tl.articles_over_time(sample.iloc[0:0], period="week")
    assert empty.empty and list(empty.columns) == [tl.PERIOD, c.N_ARTICLES]


def test_select_articles_by_dates_and_outlet(small: pd.DataFrame) -> None:
    kept = tl.select_articles(small, start="2020-03-04", end="2020-03-23")
    assert sorted(kept[c.ARTICLE_ID]) == ["b", "c"]
    assert sorted(tl.select_articles(small, outlet="alpha.com")[c.ARTICLE_ID]) == ["a", "c", "d"]


def test_corpus_note_names_count_and_range(small: pd.DataFrame, sample: pd.DataFrame) -> None:
    note = tl.corpus_note(small)
    assert note.startswith("Source: 4 articles") and "2 Mar 2020 to 24 Mar 2020" in note
    assert "29 Sep 2020" in tl.corpus_note(sample) and "1 article " in tl.corpus_note(sample)


# --- terms over time ---------------------------------------------------------------------------


def test_term_patterns_match_whole_words_phrases_and_wildcards() -> None:
    assert tl.term_pattern("strike").findall("Strike, strikes, strike-bound") == [
        "Strike",
        "strike",
    ]
    assert len(tl.term_pattern("strike*").findall("Strike, strikes, strikers")) == 3
    assert tl.term_pattern("Aug. 9").findall("the Aug.\n9 vote, Aug. 90") == ["Aug.\n9"]
    assert tl.term_pattern("US", case_sensitive=True).findall("US us") == ["US"]
    with pytest.raises(ValueError, match="Empty term"):
        tl.term_pattern("  ")


def test_count_terms_is_tidy(small: pd.DataFrame) -> None:
    counts = tl.count_terms(small, "strike, ferry, nothing here")
    assert list(counts.columns) == [c.ARTICLE_ID, c.TERM, c.COUNT]
    strike = counts[counts[c.TERM] == "strike"].set_index(c.ARTICLE_ID)[c.COUNT].to_dict()
    assert strike == {"a": 1, "b": 1, "c": 1, "e": 1}
    assert "nothing here" not in set(counts[c.TERM])


def test_share_of_articles_with_wilson_interval(small: pd.DataFrame) -> None:
    counts = tl.count_terms(small, ["strike", "budget", "absent"])
    trend = tl.term_trend(
        small, counts, period="week", terms=["strike", "budget", "absent"], min_articles=2
    )
    assert list(trend.columns) == list(tl.TREND_COLUMNS)
    strike = trend[trend[c.TERM] == "strike"].reset_index(drop=True)
    # the copy (e) is not counted: week 1 has a and b, both mention "strike"
    assert strike[tl.MENTIONS].tolist() == [2, 0, 0, 1]
    assert strike[c.N_ARTICLES].tolist() == [2, 0, 0, 2]
    assert strike[tl.RATE].iloc[0] == 1.0 and strike[tl.RATE].iloc[3] == 0.5
    assert np.isnan(strike[tl.RATE].iloc[1])  # no article that week: no rate, not zero
    assert strike[tl.RELIABLE].tolist() == [True, False, False, True]
    # Wilson 95% interval for 1 of 2: 0.0945 to 0.9055
    assert strike[tl.LOW].iloc[3] == pytest.approx(0.0945, abs=1e-4)
    assert strike[tl.HIGH].iloc[3] == pytest.approx(0.9055, abs=1e-4)
    absent = trend[trend[c.TERM] == "absent"]
    assert len(absent) == 4 and absent[tl.MENTIONS].sum() == 0
    assert (absent[tl.LOW].dropna() == 0).all() and (absent[tl.HIGH].dropna() > 0).all()


def test_mentions_per_10k_words_with_poisson_interval(small: pd.DataFrame) -> None:
    counts = tl.count_terms(small, ["the"])
    trend = tl.term_trend(small, counts, period="month", measure="per_10k", min_articles=1)
    row = trend.iloc[0]
    kept = small[small[c.DUPLICATE_OF] == ""]
    words = kept[c.WORD_COUNT].sum()
    occurrences = sum(kept[c.TEXT].str.lower().str.count(r"\bthe\b"))
    assert row[tl.MENTIONS] == occurrences
    assert row[tl.RATE] == pytest.approx(occurrences / words * 10_000)
    assert row[tl.LOW] < row[tl.RATE] < row[tl.HIGH]
    with pytest.raises(ValueError, match="measure must be one of"):
        tl.term_trend(small, counts, measure="percent")


def test_interval_formulas_match_reference_values() -> None:
    _, low, high = tl.wilson_interval(np.array([5.0]), np.array([10.0]))
    assert (low[0], high[0]) == pytest.approx((0.2366, 0.7634), abs=1e-4)
    low, high = tl.poisson_interval(np.array([0.0, 10.0]))
    assert low[0] == 0 and high[0] == pytest.approx(3.689, abs=0.02)  # exact: 3.689
    assert (low[1], high[1]) == pytest.approx((4.795, 18.39), abs=0.02)  # exact: 4.795, 18.390


def test_event_markers_accept_several_forms() -> None:
    expected = pd.DataFrame(
        {
            tl.DATE: pd.to_datetime(["2020-08-09", "2020-09-14"]).astype("datetime64[ns]"),
            tl.LABEL: ["Election", "Summit"],
        }
    )
    for events in (
        {"2020-09-14": "Summit", "2020-08-09": "Election"},
        [("2020-08-09", "Election"), ("2020-09-14", "Summit")],
        expected,
    ):
        pd.testing.assert_frame_equal(tl.event_markers(events), expected)
    assert tl.event_markers(None).empty


# --- chronology -------------------------------------------------------------------------------


def test_chronology_of_the_sample_article(sample: pd.DataFrame) -> None:
    table = tl.chronology(sample)
    assert list(table.columns) == list(tl.CHRONOLOGY_COLUMNS)
    assert (table[c.PUBLISHED] == pd.Timestamp("2020-09-29")).all()

    def value_of(expression: str, sentence_has: str) -> list[str]:
        rows = table[
            (table[tl.EXPRESSION] == expression)
            & table[c.SENTENCE].str.contains(sentence_has, regex=False)
        ]
        return rows[tl.VALUE].tolist()

    assert value_of("Aug. 9", "the Aug. 9 election") == ["2020-08-09"]
    assert value_of("Tuesday", "Putin said Tuesday") == ["2020-09-29"]
    assert value_of("last month", "the vote last month") == ["2020-08"]
    assert value_of("August", "the August vote") == ["2020-08"]
    # every expression sits inside its sentence
    text = sample[c.TEXT].iloc[0]
    for _, row in table.iterrows():
        assert text[row[c.START] : row[c.END]] == row[tl.EXPRESSION]
        assert row[tl.EXPRESSION] in row[c.SENTENCE]


def test_chronology_summary_groups_by_date(sample: pd.DataFrame) -> None:
    summary = tl.chronology_summary(tl.chronology(sample))
    assert summary[tl.VALUE].tolist() == ["2020-08", "2020-08-09", "2020-09-29"]
    august = summary.iloc[0]
    assert august[c.COUNT] == 3 and august[c.N_ARTICLES] == 1
    assert august[tl.GRANULARITY] == "month"
    only_days = tl.chronology_summary(tl.chronology(sample), granularities=["day"])
    assert only_days[tl.VALUE].tolist() == ["2020-08-09", "2020-09-29"]


def test_chronology_resolves_each_article_against_its_own_date(small: pd.DataFrame) -> None:
    table = tl.chronology(small)
    monday = table[table[tl.EXPRESSION] == "Monday"]
    assert monday[tl.VALUE].tolist() == ["2020-03-02"]  # published Monday 2 March
    with_copy = tl.chronology(small, include_duplicates=True)
    assert with_copy[with_copy[tl.EXPRESSION] == "Monday"][tl.VALUE].tolist() == [
        "2020-03-02",
        "2020-03-02",  # the copy, published 3 March, "began Monday" is still 2 March
    ]


def test_chronology_of_undated_articles_keeps_values_unresolved(sample: pd.DataFrame) -> None:
    undated = sample.assign(**{c.PUBLISHED: pd.NaT})
    table = tl.chronology(undated)
    assert table.set_index(tl.EXPRESSION)[tl.VALUE].to_dict()["Aug. 9"] == "XXXX-08-09"
    assert table[tl.REFERS_TO].isna().all()


@pytest.mark.parametrize(
    ("value", "day", "granularity"),
    [
        ("2020-08-09", "2020-08-09", "day"),
        ("2020-08-09T15:00", "2020-08-09 15:00", "time"),
        ("2020-08", "2020-08-01", "month"),
        ("2020-W40", "2020-09-28", "week"),
        ("2020-Q3", "2020-07-01", "quarter"),
        ("2020-SU", "2020-06-01", "season"),
        ("2019", "2019-01-01", "year"),
        ("199", "1990-01-01", "decade"),
        ("19", "1900-01-01", "century"),
    ],
)
def test_parse_timex_value(value: str, day: str, granularity: str) -> None:
    assert tl.parse_timex_value(value) == (pd.Timestamp(day), granularity)


@pytest.mark.parametrize(
    "value", [None, "", "PAST_REF", "P3Y", "XXXX-08-09", "2020-13", "XXXX-WXX-2"]
)
def test_parse_timex_value_for_non_points(value: str | None) -> None:
    when, granularity = tl.parse_timex_value(value)
    assert pd.isna(when) and granularity == ""


# --- charts -----------------------------------------------------------------------------------


def _texts(figure) -> str:
    return " ".join(t.get_text() for t in figure.findobj(lambda a: hasattr(a, "get_text")))


def test_charts_are_report_ready(small: pd.DataFrame, sample: pd.DataFrame) -> None:
    from matplotlib.figure import Figure

    from helpers.plots import plot_articles_over_time, plot_chronology, plot_term_trend

    events = tl.event_markers({"2020-03-10": "Strike vote"})
    note = tl.corpus_note(small)
    figure = plot_articles_over_time(tl.articles_over_time(small), events=events, source=note)
    assert isinstance(figure, Figure)
    axes = figure.axes[0]
    assert axes.get_title(loc="left") and axes.get_xlabel() and axes.get_ylabel() == "Articles"
    assert "Strike vote" in _texts(figure) and note in _texts(figure)

    by_outlet = tl.articles_over_time(small, by=c.OUTLET)
    figure = plot_articles_over_time(by_outlet)
    labels = [t.get_text() for t in figure.axes[0].get_legend().get_texts()]
    assert labels == ["alpha.com", "beta.org"]

    counts = tl.count_terms(small, ["strike", "budget"])
    trend = tl.term_trend(small, counts, min_articles=3)  # every week is too thin: masked
    figure = plot_term_trend(trend, events=events)
    legend = [t.get_text() for t in figure.axes[0].get_legend().get_texts()]
    assert legend == ["strike", "budget"]
    assert "%" in figure.axes[0].get_ylabel() and "too few articles" in _texts(figure)

    summary = tl.chronology_summary(tl.chronology(sample))
    figure = plot_chronology(summary, source=tl.corpus_note(sample))
    assert "2020-08-09" in _texts(figure) and figure.axes[0].get_ylabel()


def test_charts_accept_empty_tables(sample: pd.DataFrame) -> None:
    from helpers.plots import plot_articles_over_time, plot_chronology, plot_term_trend

    none = sample.iloc[0:0]
    plot_articles_over_time(tl.articles_over_time(none))
    plot_term_trend(tl.term_trend(none, tl.count_terms(none, ["x"]), terms=["x"]))
    plot_chronology(tl.chronology_summary(tl.chronology(none)))


# --- explorer (ipywidgets) ----------------------------------------------------------------------


def test_period_articles_lists_one_period_with_term_counts(small: pd.DataFrame) -> None:
    counts = tl.count_terms(small, ["strike", "budget"])
    week = tl.period_articles(small, "2020-03-25", period="week", counts=counts)
    assert week[c.ARTICLE_ID].tolist() == ["c", "d"]
    assert week["strike"].tolist() == [1, 0] and week["budget"].tolist() == [1, 1]
    assert tl.period_articles(small, "2020-03-10", period="week").empty


def test_explorer_controls_drive_the_tables(small: pd.DataFrame) -> None:
    import datetime as dt

    from helpers.plots import plot_articles_over_time, plot_term_trend

    shown: list[pd.DataFrame] = []
    explorer = tl.explore_timeline(
        small,
        terms="strike",
        period="week",
        min_articles=1,
        plot_counts=plot_articles_over_time,
        plot_trend=plot_term_trend,
        show_table=shown.append,
    )
    # default state: weekly counts, one term, the busiest week's articles listed, two charts
    assert explorer.counts[c.N_ARTICLES].tolist() == [2, 0, 0, 2]
    assert explorer.trend[c.TERM].unique().tolist() == ["strike"]
    assert explorer.shown_articles[c.ARTICLE_ID].tolist() == ["a", "b"]
    assert len(explorer.figures) == 2 and shown[-1] is explorer.shown_articles

    explorer.terms.value = "budget, ferry"
    assert explorer.trend[c.TERM].unique().tolist() == ["budget", "ferry"]
    assert explorer.trend.groupby(c.TERM)[tl.MENTIONS].sum().to_dict() == {"budget": 2, "ferry": 2}
    assert {"budget", "ferry"} <= set(explorer.shown_articles.columns)

    explorer.period.value = "day"
    assert len(explorer.counts) == 23

    explorer.outlet.value = "beta.org"
    assert explorer.counts[c.N_ARTICLES].sum() == 1
    assert explorer.shown_articles[c.ARTICLE_ID].tolist() == ["b"]

    explorer.outlet.value = "All"
    explorer.start.value = dt.date(2020, 3, 20)
    assert explorer.counts[c.N_ARTICLES].sum() == 2
    explorer.period_pick.value = pd.Timestamp("2020-03-24")
    assert explorer.shown_articles[c.ARTICLE_ID].tolist() == ["d"]

    explorer.terms.value = ""
    assert explorer.trend.empty and len(explorer.figures) == 1


def test_explorer_on_one_article_and_without_outlets(sample: pd.DataFrame) -> None:
    explorer = tl.explore_timeline(sample.assign(**{c.OUTLET: ""}), terms=["Putin"])
    assert explorer.outlet.options == ("All", "AFP")  # falls back to the agency
    assert explorer.shown_articles[c.ARTICLE_ID].tolist() == [sample[c.ARTICLE_ID].iloc[0]]
    assert explorer.trend[tl.MENTIONS].tolist() == [1]


def test_count_terms_agrees_with_a_per_article_search(
    small: pd.DataFrame, sample: pd.DataFrame
) -> None:
    import re

    both = pd.concat([small, sample], ignore_index=True)
    for term, regex in [("Putin", r"\bputin\b"), ("the", r"\bthe\b"), ("strike*", r"\bstrike\w*")]:
        counts = tl.count_terms(both, [term]).set_index(c.ARTICLE_ID)[c.COUNT]
        expected = {
            article_id: n
            for article_id, text in zip(both[c.ARTICLE_ID], both[c.TEXT], strict=True)
            if (n := len(re.findall(regex, text, flags=re.IGNORECASE)))
        }
        assert counts.to_dict() == expected, term


def test_chronology_keeps_dates_outside_the_nanosecond_range(sample: pd.DataFrame) -> None:
    old = sample.assign(**{c.TEXT: sample[c.TEXT] + "\n\nThe town was founded in the 1630s."})
    table = tl.chronology(old)
    row = table[table[tl.EXPRESSION].str.contains("1630s")].iloc[0]
    assert row[tl.VALUE] == "163" and row[tl.REFERS_TO] == pd.Timestamp("1630-01-01")
    summary = tl.chronology_summary(table, granularities=["decade", "day"])
    assert summary[tl.VALUE].tolist() == ["163", "2020-08-09", "2020-09-29"]
