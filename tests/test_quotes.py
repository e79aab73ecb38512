"""Quote extraction: sample-article expectations, the issue's hard cases, statistics, explorer,
and the PolNeAR dev score (skipped without ../shared)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd
import pytest

from helpers import quotes as q
from helpers.corpus import ARTICLE_ID, END, START, TEXT, load_corpus

REPO = Path(__file__).resolve().parents[1]

#: Figures reached by benchmarks/polnear_score.py on PolNeAR dev when this test was last tuned;
#: the test allows a margin of 0.02.
POLNEAR_DIRECT_PARTIAL_OVERLAP_F1 = 0.914
POLNEAR_ALL_SPEECH_OVERLAP_F1 = 0.739
POLNEAR_SPEAKER_SPAN_ACCURACY = 0.911
POLNEAR_SPEAKER_NAME_ACCURACY = 0.863
MARGIN = 0.02


@pytest.fixture(scope="module")
def sample() -> tuple[pd.DataFrame, pd.DataFrame]:
    articles = load_corpus(REPO / "corpus").articles
    return articles, q.extract_quotes(articles)


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    table = q.extract_quotes_from_text(text)
    return list(
        zip(
            table[q.QUOTE],
            table[q.QUOTE_TYPE],
            table[q.SPEAKER],
            table[q.RESOLVED_SPEAKER],
            strict=True,
        )
    )


# --- the sample article (issue expectations) -------------------------------------------------------


def test_sample_partial_quotes_are_putins(sample) -> None:
    _, quotes = sample
    partial = quotes[quotes[q.QUOTE_TYPE] == q.PARTIAL].set_index(q.QUOTE)
    for words in ("difficult situation", "unprecedented external pressure"):
        assert partial.loc[words, q.SPEAKER] == "Putin"
        assert partial.loc[words, q.RESOLVED_SPEAKER] == "Vladimir Putin"
        assert partial.loc[words, q.SPEAKER_KIND] == "person"


def test_sample_reported_statement_of_putin(sample) -> None:
    _, quotes = sample
    reported = quotes[quotes[q.QUOTE_TYPE] == q.INDIRECT]
    first = reported[reported[q.QUOTE].str.startswith("neighboring Belarus was under")]
    assert len(first) == 1
    assert first[q.SPEAKER].iat[0] == "Russian President Vladimir Putin"
    assert first[q.RESOLVED_SPEAKER].iat[0] == "Vladimir Putin"
    assert first[q.CUE].iat[0] == "said"


def test_sample_kremlin_chief_kept_as_written(sample) -> None:
    # the article never links "Kremlin chief" to Putin, so the description stays as written
    _, quotes = sample
    ready = quotes[quotes[q.QUOTE].str.startswith("Moscow was ready to stand by Minsk")]
    assert len(ready) == 1 and ready[q.QUOTE_TYPE].iat[0] == q.INDIRECT
    assert ready[q.SPEAKER].iat[0] == "the Kremlin chief"
    assert ready[q.RESOLVED_SPEAKER].iat[0] == "the Kremlin chief"
    partial = quotes[quotes[q.QUOTE].str.startswith("timeless and all-weather")]
    assert len(partial) == 1 and partial[q.QUOTE_TYPE].iat[0] == q.PARTIAL
    assert partial[q.RESOLVED_SPEAKER].iat[0] == "the Kremlin chief"


def test_sample_offsets_point_into_text(sample) -> None:
    articles, quotes = sample
    text = articles[TEXT].iat[0]
    assert list(quotes.columns) == list(q.QUOTE_COLUMNS)
    for row in quotes.itertuples():
        assert text[getattr(row, START) : getattr(row, END)] == row.quote
        assert row.paragraph_index == text[: getattr(row, START)].count("\n\n")


def test_sample_has_no_scare_quote_or_intention(sample) -> None:
    _, quotes = sample
    assert not quotes[q.QUOTE].str.contains("union state").any()  # a name in quotes, no cue
    assert not quotes[q.QUOTE].str.startswith("to provide").any()  # "promised to": no speech


def test_description_resolved_when_article_links_it() -> None:
    text = (
        "Kremlin chief Vladimir Putin met officials on Monday.\n\n"
        "The Kremlin chief said that Moscow was ready to help its ally."
    )
    rows = q.extract_quotes_from_text(text)
    assert rows[q.RESOLVED_SPEAKER].tolist() == ["Vladimir Putin"]
    appositive = (
        "Putin, the Kremlin chief, met officials.\n\nThe Kremlin chief said the talks went well."
    )
    with_name = "President Vladimir Putin arrived. " + appositive
    assert q.extract_quotes_from_text(with_name)[q.RESOLVED_SPEAKER].tolist() == ["Vladimir Putin"]


# --- the list of constructions ------------------------------------------------------------


def test_curly_and_straight_marks() -> None:
    for opening, closing in (('"', '"'), ("“", "”")):
        rows = _rows(f"{opening}We will win this,{closing} Jane Doe said.")
        assert rows == [("We will win this,", "direct", "Jane Doe", "Jane Doe")]


def test_split_quote_merged_with_inversion_and_apposition() -> None:
    text = '"We will win," said Sen. John McCain, R-Ariz. "And they know it."'
    table = q.extract_quotes_from_text(text)
    assert len(table) == 1
    row = table.iloc[0]
    assert row[q.QUOTE] == "We will win, And they know it."
    assert row[q.SPEAKER] == "Sen. John McCain"
    assert row[q.RESOLVED_SPEAKER] == "John McCain"
    assert text[row[START] : row[END]].startswith("We will win")
    assert text[row[START] : row[END]].endswith("know it.")


def test_multi_paragraph_quote_and_pronoun() -> None:
    text = (
        'Mary Smith spoke first. She said: "This is a long quote that goes on.\n\n'
        '"And it continues here without a cue."\n\nThe meeting ended.'
    )
    table = q.extract_quotes_from_text(text)
    direct = table[table[q.QUOTE_TYPE] == q.DIRECT]
    assert len(direct) == 1
    assert direct[q.QUOTE].iat[0].endswith("continues here without a cue.")
    assert direct[q.RESOLVED_SPEAKER].iat[0] == "Mary Smith"


def test_floating_quote_inherits_current_speaker() -> None:
    text = (
        '"The deal is done," said John Brown, the company\'s chief executive.\n\n'
        '"We expect more orders next year."'
    )
    table = q.extract_quotes_from_text(text)
    assert table[q.QUOTE].tolist() == ["The deal is done,", "We expect more orders next year."]
    assert set(table[q.RESOLVED_SPEAKER]) == {"John Brown"}
    assert table[q.CUE].tolist() == ["said", ""]


def test_pronoun_follows_gender() -> None:
    text = (
        'Mr. Tom Hall and Mrs. Ann Lee met. "Prices will rise," Ann Lee said. '
        '"Costs are up," Tom Hall said.\n\n"It is hard," she said.'
    )
    table = q.extract_quotes_from_text(text)
    assert table[q.RESOLVED_SPEAKER].tolist()[-1] == "Ann Lee"


def test_according_to_and_reported_speech() -> None:
    rows = _rows("The plan will cost $5 billion, according to two officials.")
    assert rows == [("The plan will cost $5 billion", "indirect", "two officials", "two officials")]
    table = q.extract_quotes_from_text("Smith said Tuesday the talks had failed.")
    assert table[q.QUOTE].tolist() == ["the talks had failed"]
    table = q.extract_quotes_from_text("The ministry said that exports rose 5 pct in March.")
    assert table[q.QUOTE].tolist() == ["exports rose 5 pct in March"]
    assert table[q.SPEAKER_KIND].tolist() == ["organisation"]
    table = q.extract_quotes_from_text("Exports rose 5 pct in March, the ministry said on Friday.")
    assert table[q.QUOTE].tolist() == ["Exports rose 5 pct in March"]


def test_speaker_kinds() -> None:
    table = q.extract_quotes_from_text(
        "Prices will rise, sources said.\n\nAcme Corp said it would cut jobs this year."
    )
    assert table[q.SPEAKER_KIND].tolist() == ["anonymous", "organisation"]


def test_company_and_it_resolve_to_the_named_organisation() -> None:
    text = (
        "Acme Corp said on Monday that profits rose 5 pct in 1986.\n\n"
        "It said sales would grow this year. The company said no jobs would be cut."
    )
    table = q.extract_quotes_from_text(text)
    assert table[q.RESOLVED_SPEAKER].tolist() == ["Acme Corp"] * 3
    assert set(table[q.SPEAKER_KIND]) == {"organisation"}


def test_transcript_speaker_labels_but_not_notes() -> None:
    table = q.extract_quotes_from_text(
        "PENCE: Well, look, we will win this race.\n\nNOTE: Figures in pct."
    )
    assert table[q.SPEAKER].tolist() == ["PENCE"]
    assert table[q.QUOTE].tolist() == ["Well, look, we will win this race."]


def test_scare_quotes_titles_and_declined_to_comment_are_not_quotes() -> None:
    assert q.extract_quotes_from_text("He declined to comment on the report.").empty
    assert q.extract_quotes_from_text('The so-called "peace plan" failed in May.').empty
    assert q.extract_quotes_from_text('She starred in "The Apprentice" for years.').empty


def test_odd_number_of_quote_marks_never_aborts() -> None:
    text = 'Smith said: "The vote was rigged. We will appeal," and left.\n\nA stray " mark here.'
    table = q.extract_quotes_from_text(text)
    assert len(table) >= 1
    broken = q.extract_quotes_from_text('"Unclosed quote that runs on and on,\n\nNext paragraph.')
    assert isinstance(broken, pd.DataFrame)
    assert q.extract_quotes_from_text("").empty


def test_extract_quotes_does_not_mutate_and_keeps_ids(sample) -> None:
    articles, _ = sample
    before = articles.copy()
    table = q.extract_quotes(articles)
    pd.testing.assert_frame_equal(articles, before)
    assert set(table[ARTICLE_ID]) == set(articles[ARTICLE_ID])


def test_split_quote_merged_when_next_paragraph_opens_with_a_cue() -> None:
    text = (
        '"I don\'t think it should be done behind closed doors," Chaffetz said. "I think it\'s '
        'the way this committee should operate."\n\nHowever, Rep. Stephen Lynch said the law '
        "does not require it."
    )
    table = q.extract_quotes_from_text(text)
    direct = table[table[q.QUOTE_TYPE] == q.DIRECT]
    assert len(direct) == 1
    assert direct[q.QUOTE].iat[0].endswith("committee should operate.")


def test_pronoun_follows_the_last_person_named_as_subject() -> None:
    text = (
        '"We will hold them accountable," said Jane Roe, a police spokeswoman.\n\n'
        "Donald Trump has also commented on the shooting.\n\n"
        'On Wednesday, he told a crowd in Cleveland that he was "troubled" by the video.'
    )
    table = q.extract_quotes_from_text(text)
    troubled = table[table[q.QUOTE] == "troubled"]
    assert troubled[q.RESOLVED_SPEAKER].tolist() == ["Donald Trump"]
    # names inside quotation marks and place names are no antecedents
    text = (
        'Mr. Obama spoke in Honolulu. "I met Jim Brown in New York," he said.\n\n'
        '"And it was terrifying," he said.'
    )
    table = q.extract_quotes_from_text(text)
    assert set(table[q.RESOLVED_SPEAKER]) == {"Obama"}


def test_called_for_is_reported_speech_but_a_phone_call_is_not() -> None:
    rows = _rows("The mayor called for a full inquiry into the police shooting.")
    assert rows == [
        ("a full inquiry into the police shooting", "indirect", "The mayor", "the mayor")
    ]
    assert q.extract_quotes_from_text("Smith called on Monday to complain about the noise.").empty


def test_subject_with_titles_and_apposition_names() -> None:
    table = q.extract_quotes_from_text(
        "Democratic presidential nominee Hillary Clinton called for the video to be released "
        '"without delay."'
    )
    assert table[q.RESOLVED_SPEAKER].tolist()[-1] == "Hillary Clinton"
    table = q.extract_quotes_from_text(
        '"This is a waste of time," said Rep. Elijah Cummings of Maryland.'
    )
    assert table[q.RESOLVED_SPEAKER].tolist() == ["Elijah Cummings"]


# --- statistics and the explorer -----------------------------------------------------------------


def _two_articles() -> pd.DataFrame:
    articles = load_corpus(REPO / "corpus").articles
    second = articles.copy()
    second[ARTICLE_ID] = "second"
    second[q.PUBLISHED] = second[q.PUBLISHED] + pd.Timedelta(days=40)
    second[TEXT] = (
        '"We will not give in," Jane Doe said on Monday.\n\n'
        "Talks will resume in May, the ministry said."
    )
    return pd.concat([articles, second], ignore_index=True)


def test_top_speakers_leaves_out_bare_pronouns() -> None:
    quotes = q.extract_quotes_from_text(
        "They said prices would rise.\n\nJane Doe said prices would fall."
    )
    quotes.insert(0, ARTICLE_ID, "a")
    assert q.top_speakers(quotes)[q.RESOLVED_SPEAKER].tolist() == ["Jane Doe"]
    assert set(q.top_speakers(quotes, pronouns=True)[q.RESOLVED_SPEAKER]) == {"Jane Doe", "they"}


def test_top_speakers_and_timeline() -> None:
    articles = _two_articles()
    quotes = q.extract_quotes(articles)
    top = q.top_speakers(quotes)
    assert top[q.RESOLVED_SPEAKER].iat[0] == "Vladimir Putin"
    putin = top.set_index(q.RESOLVED_SPEAKER).loc["Vladimir Putin"]
    assert putin[q.N_QUOTES] == putin[q.DIRECT] + putin[q.PARTIAL] + putin[q.INDIRECT]
    assert 0 < putin[q.DIRECT_SHARE] < 1
    timeline = q.speaker_timeline(quotes, articles, period="month", n=3)
    assert timeline[q.PERIOD].nunique() == 2
    jane = timeline[timeline[q.RESOLVED_SPEAKER] == "Jane Doe"]
    assert jane[q.N_QUOTES].tolist() == [0, 1]
    by_outlet = q.quotes_by_speaker_and_outlet(quotes, articles, period="month")
    assert by_outlet[q.N_QUOTES].sum() == len(quotes[quotes[q.RESOLVED_SPEAKER] != ""])


def test_charts_return_figures() -> None:
    from matplotlib.figure import Figure

    from helpers.plots import plot_speaker_timeline, plot_top_speakers

    articles = _two_articles()
    quotes = q.extract_quotes(articles)
    assert isinstance(plot_top_speakers(q.top_speakers(quotes)), Figure)
    assert isinstance(plot_speaker_timeline(q.speaker_timeline(quotes, articles)), Figure)
    empty = q.extract_quotes(articles.head(0))
    assert isinstance(plot_top_speakers(q.top_speakers(empty)), Figure)


def test_explorer_picker_drives_table() -> None:
    articles = _two_articles()
    quotes = q.extract_quotes(articles)
    explorer = q.quote_explorer(quotes, articles)
    assert explorer.picker.value == "Vladimir Putin"
    assert set(explorer.shown[q.RESOLVED_SPEAKER]) == {"Vladimir Putin"}
    assert explorer.shown[q.CONTEXT].str.contains(r"\[\[difficult situation\]\]").any()
    explorer.picker.value = "Jane Doe"
    assert explorer.shown[q.RESOLVED_SPEAKER].tolist() == ["Jane Doe"]
    assert "[[We will not give in,]]" in explorer.shown[q.CONTEXT].iat[0]
    assert explorer.shown[q.TITLE].iat[0] == articles[q.TITLE].iat[1]


# --- accuracy on PolNeAR dev ---------------------------------------------------------------------


@pytest.mark.shared
@pytest.mark.slow
def test_polnear_dev_scores_do_not_regress(shared_data) -> None:
    folder = shared_data("eval", "polnear-dev")
    spec = importlib.util.spec_from_file_location(
        "polnear_score", REPO / "benchmarks" / "polnear_score.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    results = module.score(folder)
    quotes = results["direct+partial"]
    speech = results["all speech"]
    assert quotes["overlap_f1"] >= POLNEAR_DIRECT_PARTIAL_OVERLAP_F1 - MARGIN
    assert speech["overlap_f1"] >= POLNEAR_ALL_SPEECH_OVERLAP_F1 - MARGIN
    assert quotes["speaker_span_acc"] >= POLNEAR_SPEAKER_SPAN_ACCURACY - MARGIN
    assert quotes["speaker_name_acc"] >= POLNEAR_SPEAKER_NAME_ACCURACY - MARGIN
