"""Report defaults drawn from the data: period, names, resolution, the shared corpus file."""

from __future__ import annotations

import random
from pathlib import Path

import pandas as pd

from helpers.corpus import load_corpus
from helpers.paths import CORPUS_DIR, PRACTICE_CORPUS_DIR
from helpers.report_defaults import (
    MAX_PERIODS,
    MIN_ARTICLES_PER_PERIOD,
    choose_period,
    distinctive_names,
    load_report_corpus,
    resolve,
    write_corpus_cache,
)

#: Names of the generated corpus: none occurs in the bundled sample or the practice corpus.
GENERATED_NAMES = (
    "Zorvath Quillane",
    "Brennic",
    "Okafor Tellu",
    "Maribeth Dunstrall",
    "Hestergaard",
    "Yusra Penhallow",
)
_FILLER = (
    "the council met on the question of water and roads and the budget was discussed at length",
    "residents said the plan would change the harbour and several shops were worried",
    "officials expected a vote within weeks while the opposition asked for more time",
)


def write_generated_corpus(folder: Path, *, n: int = 60, seed: int = 1) -> Path:
    """*n* plain-text articles over ~10 months naming :data:`GENERATED_NAMES` (fixed seed)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    start = pd.Timestamp("2019-02-01")
    for number in range(n):
        day = start + pd.Timedelta(days=int(rng.uniform(0, 300)))
        named = rng.sample(GENERATED_NAMES, k=2)
        body = "\n\n".join(
            [
                f"The mayor met {named[0]} on Tuesday, and {named[1]} was also there.",
                f"Later, {rng.choice(_FILLER)}, according to {named[0]}.",
                f'"We will see," said {named[1].split()[-1]}, as {rng.choice(_FILLER)}.',
            ]
        )
        text = f"Council story number {number}\n\nBy Staff\n\n{day:%B %d, %Y}\n\n{body}\n"
        (folder / f"{number:03d}_story.txt").write_text(text, encoding="utf-8")
    return folder


def test_period_is_the_finest_holding_enough_articles() -> None:
    daily = pd.Series(pd.date_range("2020-01-01", periods=400, freq="D").repeat(12))
    assert choose_period(daily) == "day"
    weekly = pd.Series(pd.date_range("2020-01-01", periods=300, freq="D").repeat(2))
    assert choose_period(weekly) == "week"  # 14 a week, 2 a day
    sparse = pd.Series(pd.date_range("2020-01-01", periods=124, freq="3D"))
    assert choose_period(sparse) == "month"  # ~10 a month, ~2 a week
    assert choose_period(pd.Series(pd.to_datetime(["2020-01-01"] * 3))) == "year"
    assert MIN_ARTICLES_PER_PERIOD == 10


def test_period_spans_at_most_max_periods() -> None:
    """Ten years with 12 articles a day: days hold enough, but 3,653 daily bars do not make a
    chart; 523 weeks are too many as well, so months (120)."""
    ten_years = pd.Series(pd.date_range("2010-01-01", "2019-12-31", freq="D").repeat(12))
    assert choose_period(ten_years) == "month"
    assert choose_period(ten_years, max_periods=600) == "week"
    assert choose_period(ten_years, max_periods=10_000) == "day"
    assert MAX_PERIODS == 400


def test_names_of_a_generated_corpus(tmp_path: Path) -> None:
    articles = load_corpus(write_generated_corpus(tmp_path / "gen"), progress=False).articles
    names = distinctive_names(articles)
    chosen = names["name"].tolist()
    assert len(chosen) == 3
    # the names are generated people (full name or surname, never both); sentence starts are not
    people = {part for person in GENERATED_NAMES for part in (person, person.split()[-1])}
    assert set(chosen) <= people, chosen
    assert len({name.split()[-1] for name in chosen}) == 3
    assert not {"The", "Later", "Council", "Tuesday", "Staff"} & set(chosen)


def test_names_of_the_practice_corpus() -> None:
    articles = load_corpus(PRACTICE_CORPUS_DIR, progress=False).articles
    chosen = distinctive_names(articles)["name"].tolist()
    assert len(chosen) == 3
    assert "Ardell" in chosen  # the practice corpus's most covered candidate
    assert not {"Lukashenko", "Belarus", "Reuters"} & set(chosen)


def test_resolve_uses_the_data_except_on_the_sample(tmp_path: Path) -> None:
    articles = load_corpus(write_generated_corpus(tmp_path / "gen"), progress=False).articles
    resolved = resolve({"TARGET": "Brennic"}, articles, sample=False)
    values = resolved.values
    assert values["PERIOD"] == "quarter"  # ~6 articles a month, ~18 a quarter
    assert values["TARGET"] == "Brennic" and resolved.sources["TARGET"] == "given"
    assert values["QUERY"] == values["TERMS"][0]
    assert values["EVENTS"] == {}
    assert resolved.sources["TERMS"].startswith("from the data")
    sample = load_corpus(CORPUS_DIR, progress=False).articles
    assert resolve({}, sample, sample=True).values == {}
    assert resolve({"PERIOD": "auto"}, sample, sample=True).values == {"PERIOD": "year"}


def test_corpus_file_is_reused_and_dates_restrict(tmp_path: Path) -> None:
    folder = write_generated_corpus(tmp_path / "gen", n=20)
    loaded = load_corpus(folder, progress=False)
    cache = write_corpus_cache(loaded, tmp_path / "c.pkl", corpus_dir=folder, dayfirst=False)
    (folder / "000_story.txt").unlink()  # the file, not the folder, is read now
    again = load_report_corpus(folder, cache=cache)
    pd.testing.assert_frame_equal(again.articles, loaded.articles)
    other = load_report_corpus(folder, cache=cache, dayfirst=True)  # another key: loads afresh
    assert len(other.articles) == 19
    window = load_report_corpus(folder, cache=cache, start="2019-05-01", end="2019-06-30")
    dates = window.articles["published"]
    assert len(window.articles) and dates.min() >= pd.Timestamp("2019-05-01")
    assert dates.max() < pd.Timestamp("2019-07-01")


def test_a_surname_counts_only_where_it_also_stands_alone() -> None:
    texts = [
        "Officials in the United States met Angela Merkel on Monday. Later Merkel said no.",
        "The United States and Brazil signed, and Angela Merkel was not there.",
        "In Brazil the talks went on, and Merkel spoke by phone with the United States.",
        "Farmers in Brazil said prices fell.",
        "A quiet day: nothing happened in the capital.",
        *[f"Report {n}: the weather was mild and the markets were calm." for n in range(5)],
    ]
    articles = pd.DataFrame(
        {"title": [""] * len(texts), "text": texts, "outlet": [""] * len(texts)}
    ).assign(duplicate_of="")
    names = distinctive_names(articles, n=5)["name"].tolist()
    assert "United States" in names and "States" not in names
    assert "Merkel" in names
