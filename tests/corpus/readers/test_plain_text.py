"""helpers.corpus.readers.plain_text: the sample's plain-text layout."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers import corpus as c
from helpers.corpus import load_corpus, parse_article


@pytest.fixture
def sample(sample_corpus: Path) -> pd.Series:
    articles, report = load_corpus(sample_corpus)
    assert len(articles) == 1
    assert report[c.STATUS].tolist() == ["loaded"]
    return articles.iloc[0]


def test_sample_header_fields(sample: pd.Series) -> None:
    assert sample[c.ARTICLE_ID] == "000_282d2e45037f4602"
    assert sample[c.TITLE] == "Putin Says Belarus Facing 'Unprecedented External Pressure'"
    assert sample[c.BYLINE] == "AFP"
    assert sample[c.AGENCY] == "AFP"
    assert sample[c.PUBLISHED] == pd.Timestamp("2020-09-29")
    assert sample[c.DATE_SOURCE] == "dateline"
    assert not sample[c.DATE_AMBIGUOUS]
    assert sample[c.URL] == (
        "https://www.themoscowtimes.com/2020/09/29/"
        "putin-says-belarus-facing-unprecedented-external-pressure-a71586"
    )
    assert sample[c.OUTLET] == "themoscowtimes.com"
    assert sample[c.SOURCE_FORMAT] == "text"
    assert sample[c.SOURCE_PATH].endswith("000_282d2e45037f4602.txt")
    assert sample[c.DUPLICATE_OF] == ""


def test_sample_body_is_cleaned(sample: pd.Series) -> None:
    text = sample[c.TEXT]
    paragraphs = text.split("\n\n")
    assert paragraphs[0].startswith("Russian President Vladimir Putin said Tuesday")
    assert paragraphs[-1].startswith("Exiled opposition leader Svetlana Tikhanovskaya")
    assert len(paragraphs) == 10
    # the paragraph split mid-sentence is re-joined
    assert "claimed a sixth term with 80% of the vote in the Aug. 9 election." in text
    # markdown escapes undone, caption and related line removed, URL block removed
    assert "a loan of $1.5 billion." in text
    assert "\\$" not in text
    assert "Kremlin.ru" not in text and "**" not in text
    assert "Related article" not in text
    assert "Original url" not in text and "https://" not in text
    assert sample[c.CAPTIONS] == (
        "Putin has promised to provide Lukashenko with security assistance if the political "
        "crisis worsens and gave Belarus a loan of $1.5 billion. [Kremlin.ru]"
    )
    assert sample[c.RELATED] == "Macron Promises Help in Talks With Belarus Opposition Leader"


def test_sample_word_count_matches_tokens(sample: pd.Series) -> None:
    from helpers.text import word_tokens

    assert sample[c.WORD_COUNT] == len(word_tokens(sample[c.TEXT]))
    assert 230 <= sample[c.WORD_COUNT] <= 270


def test_parse_article_without_url_block() -> None:
    fields = parse_article("Title\n\nBy Reuters\n\nFebruary 26, 1987\n\nBody.\n")
    assert fields[c.URL] == "" and fields[c.OUTLET] == ""
    assert fields[c.TEXT] == "Body."


@pytest.mark.shared
def test_reuters_sample_loads(shared_data, tmp_path: Path) -> None:
    folder = shared_data("data", "reuters-21578", "articles")
    files = sorted(folder.glob("*.txt"))[:300]
    articles, report = load_corpus(files)
    assert len(report) == 300
    assert (report[c.STATUS] == "loaded").all()
    assert (articles[c.AGENCY] == "Reuters").all()
    assert articles[c.PUBLISHED].between("1987-01-01", "1987-12-31").all()
    assert (articles[c.TITLE] != "").all()


def test_a_long_title_keeps_byline_and_date() -> None:
    """A title line over 300 characters left the title empty and lost the byline and date."""
    title = "A very long headline about the harbour vote " * 10
    fields = parse_article(f"{title}\n\nBy Reuters\n\nMarch 3, 2021\n\nThe body.\n")
    assert fields[c.TITLE] == title.strip()
    assert fields[c.BYLINE] == "Reuters"
    assert fields[c.PUBLISHED] == pd.Timestamp("2021-03-03")
    assert fields[c.TEXT] == "The body."


def test_a_long_first_paragraph_is_not_a_title() -> None:
    body = "The council postponed its vote on the harbour expansion on Tuesday. " * 8
    fields = parse_article(f"{body}\n\nSecond paragraph.\n")
    assert fields[c.TITLE] == ""
    assert fields[c.TEXT].startswith("The council postponed")


def test_out_of_range_dateline_keeps_the_article() -> None:
    """A date outside 1677-2262 in a dateline crashed the whole load."""
    fields = parse_article("Title\n\nBy AP\n\nMarch 3, 3021\n\nThe body.\n")
    assert fields[c.PUBLISHED] is None
    assert fields[c.TEXT] == "The body."
    assert any("outside the range that can be stored" in note for note in fields["notes"])


def test_a_file_of_one_paragraph_is_its_body() -> None:
    fields = parse_article("Bjørn spoke at the meeting.\n")
    assert (fields[c.TITLE], fields[c.TEXT]) == ("", "Bjørn spoke at the meeting.")
