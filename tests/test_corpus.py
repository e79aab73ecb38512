"""helpers.corpus: the loader, the column contract, the load report and duplicates."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from helpers import corpus as c
from helpers.corpus import load_corpus, parse_article, parse_date, sentences

# ------------------------------------------------------------------------------------------------
# The bundled sample: every field of the contract
# ------------------------------------------------------------------------------------------------


@pytest.fixture
def sample(sample_corpus: Path) -> pd.Series:
    articles, report = load_corpus(sample_corpus)
    assert len(articles) == 1
    assert report[c.STATUS].tolist() == ["loaded"]
    return articles.iloc[0]


def test_sample_columns_follow_the_contract(sample_corpus: Path) -> None:
    articles, report = load_corpus(sample_corpus)
    assert tuple(articles.columns) == c.ARTICLE_COLUMNS
    assert tuple(report.columns) == c.REPORT_COLUMNS
    assert set(c.COLUMN_DESCRIPTIONS) == set(c.ARTICLE_COLUMNS)
    assert articles[c.PUBLISHED].dtype == "datetime64[ns]"


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


def test_article_ids_are_stable(sample_corpus: Path) -> None:
    first = load_corpus(sample_corpus).articles[c.ARTICLE_ID].tolist()
    second = load_corpus(sample_corpus / "000_282d2e45037f4602.txt").articles[c.ARTICLE_ID].tolist()
    assert first == second == ["000_282d2e45037f4602"]


def test_loading_does_not_depend_on_nltk_data(sample_corpus: Path, monkeypatch, tmp_path) -> None:
    import nltk

    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    assert len(sentences(load_corpus(sample_corpus).articles)) > 5


# ------------------------------------------------------------------------------------------------
# Broken and odd files: nothing crashes, every file is accounted for
# ------------------------------------------------------------------------------------------------

ARTICLE = "Title {n}\n\nBy Reuters\n\nMarch 3, 2021\n\nBody paragraph number {n} about the café.\n"


@pytest.fixture
def messy_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "messy"
    (folder / "sub").mkdir(parents=True)
    (folder / "utf8.txt").write_text(ARTICLE.format(n=1), encoding="utf-8")
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.format(n=2).encode("utf-8"))
    (folder / "cp1252.txt").write_bytes(
        ARTICLE.format(n=3).replace("café", "café – “quoted” text").encode("cp1252")
    )
    (folder / "latin1.txt").write_bytes(ARTICLE.format(n=4).encode("latin-1"))
    (folder / "crlf.txt").write_bytes(ARTICLE.format(n=5).replace("\n", "\r\n").encode("utf-8"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("   \n\n  \n")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "bad_date.txt").write_text("Title 8\n\nBy AP\n\nsometime soon\n\nThe body text.\n")
    (folder / "sub" / "no_title.txt").write_text("By AFP\n\nMay 5, 2021\n\nOnly a body here.\n")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 fake word file")
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    (folder / "README.md").write_text("# my corpus\n")
    return folder


def test_messy_folder_loads_without_crashing(messy_folder: Path) -> None:
    articles, report = load_corpus(messy_folder)
    files_on_disk = sorted(str(p) for p in messy_folder.rglob("*") if p.is_file())
    assert sorted(report[c.SOURCE_PATH]) == files_on_disk  # every file accounted for
    status = dict(
        zip(report[c.SOURCE_PATH].map(lambda p: Path(p).name), report[c.STATUS], strict=True)
    )
    detail = dict(
        zip(report[c.SOURCE_PATH].map(lambda p: Path(p).name), report[c.DETAIL], strict=True)
    )
    for name in (
        "utf8.txt",
        "bom.txt",
        "cp1252.txt",
        "latin1.txt",
        "crlf.txt",
        "bad_date.txt",
        "no_title.txt",
    ):
        assert status[name] == "loaded", (name, detail[name])
    for name in ("empty.txt", "blank.txt", "binary.txt", "notes.docx", ".DS_Store", "README.md"):
        assert status[name] == "skipped", name
    assert detail["empty.txt"] == "empty file"
    assert detail["binary.txt"] == "binary file, not text"
    assert "unknown format '.docx'" in detail["notes.docx"] and ".txt" in detail["notes.docx"]
    assert "no readable date" in detail["bad_date.txt"]
    assert "no title" in detail["no_title.txt"]
    assert int(report[c.N_ARTICLES].sum()) == len(articles) == 7


def test_encodings_are_detected_not_guessed(messy_folder: Path) -> None:
    articles, report = load_corpus(messy_folder)
    by_name = articles.set_index(articles[c.SOURCE_PATH].map(lambda p: Path(p).name))
    for name in ("utf8.txt", "bom.txt", "latin1.txt", "crlf.txt"):
        assert "about the café." in by_name.loc[name, c.TEXT], name
    assert "café – “quoted” text" in by_name.loc["cp1252.txt", c.TEXT]
    assert by_name.loc["bom.txt", c.TITLE] == "Title 2"
    assert "\r" not in by_name.loc["crlf.txt", c.TEXT]
    encodings = dict(
        zip(report[c.SOURCE_PATH].map(lambda p: Path(p).name), report[c.ENCODING], strict=True)
    )
    assert encodings["bom.txt"] == "utf-8-sig"
    assert encodings["cp1252.txt"] == "cp1252"


def test_missing_parts_are_normal(messy_folder: Path) -> None:
    articles, _ = load_corpus(messy_folder)
    by_name = articles.set_index(articles[c.SOURCE_PATH].map(lambda p: Path(p).name))
    no_title = by_name.loc["no_title.txt"]
    assert no_title[c.TITLE] == ""
    assert no_title[c.AGENCY] == "AFP"
    assert no_title[c.PUBLISHED] == pd.Timestamp("2021-05-05")
    assert no_title[c.ARTICLE_ID] == "sub/no_title"
    bad = by_name.loc["bad_date.txt"]
    assert pd.isna(bad[c.PUBLISHED]) and bad[c.DATE_SOURCE] == ""
    assert "sometime soon" in bad[c.TEXT]  # not a date: kept as body, nothing lost
    assert by_name.loc["utf8.txt", c.URL] == "" and by_name.loc["utf8.txt", c.OUTLET] == ""


def test_missing_folder_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="Pass a folder of articles"):
        load_corpus(tmp_path / "nope")


def test_summary_mentions_skips(messy_folder: Path) -> None:
    summary = load_corpus(messy_folder).summary()
    assert summary.startswith("13 files found: 7 loaded")
    assert "skipped 1 (binary.txt): binary file, not text" in summary
    assert "notes.docx" in summary


# ------------------------------------------------------------------------------------------------
# Dates
# ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected", "ambiguous"),
    [
        ("September 29, 2020", "2020-09-29", False),
        ("Tuesday, Sept. 29, 2020", "2020-09-29", False),
        ("29 September 2020", "2020-09-29", False),
        ("2020-09-29T22:30:00+03:00", "2020-09-29 19:30:00", False),
        ("2020-09-29", "2020-09-29", False),
        ("03/04/2020", "2020-03-04", True),
        ("13/04/2020", "2020-04-13", False),
        ("04/13/2020", "2020-04-13", False),
        ("05/05/2020", "2020-05-05", False),
    ],
)
def test_parse_date(value: str, expected: str, ambiguous: bool) -> None:
    stamp, flagged = parse_date(value)
    assert stamp == pd.Timestamp(expected)
    assert flagged is ambiguous


def test_dayfirst_policy() -> None:
    assert parse_date("03/04/2020", dayfirst=True) == (pd.Timestamp("2020-04-03"), True)
    assert parse_date("not a date at all") is None
    assert parse_date("") is None


# ------------------------------------------------------------------------------------------------
# Tables, JSON and HTML
# ------------------------------------------------------------------------------------------------


def test_csv_with_default_names(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "Headline": ["One", "Two", "Three"],
            "pubdate": ["2021-01-02", "03/04/2021", "garbage"],
            "Body": ["First body.\n\nSecond para.", "Other text here.", ""],
            "link": ["https://www.example.com/a", "https://news.example.org/b", ""],
        }
    )
    frame.to_csv(tmp_path / "feed.csv", index=False)
    articles, report = load_corpus(tmp_path, dayfirst=True)
    assert articles[c.ARTICLE_ID].tolist() == ["feed:1", "feed:2"]
    assert articles[c.TITLE].tolist() == ["One", "Two"]
    assert articles[c.TEXT].iloc[0] == "First body.\n\nSecond para."
    assert articles[c.PUBLISHED].tolist() == [
        pd.Timestamp("2021-01-02"),
        pd.Timestamp("2021-04-03"),
    ]
    assert articles[c.DATE_AMBIGUOUS].tolist() == [False, True]
    assert articles[c.DATE_SOURCE].tolist() == ["column:pubdate"] * 2
    assert articles[c.OUTLET].tolist() == ["example.com", "news.example.org"]
    assert report[c.STATUS].tolist() == ["partly loaded"]
    assert "skipped 1 rows with empty text (rows 3)" in report[c.DETAIL].iloc[0]


def test_column_mapping_and_tsv(tmp_path: Path) -> None:
    (tmp_path / "feed.tsv").write_text("story_id\tWhen\tWords\nA7\t2021-02-03\tHello there.\n")
    articles, _ = load_corpus(tmp_path, columns={"published": "When", "text": "Words"})
    assert articles[c.ARTICLE_ID].tolist() == ["feed:1"]
    assert articles[c.PUBLISHED].iloc[0] == pd.Timestamp("2021-02-03")
    with pytest.raises(ValueError, match="unknown contract columns"):
        load_corpus(tmp_path, columns={"headline": "Words"})


def test_table_without_text_column_is_skipped_with_advice(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("a,b\n1,2\n")
    articles, report = load_corpus(tmp_path)
    assert articles.empty
    assert "pass columns={'text'" in report[c.DETAIL].iloc[0]


def test_jsonl_and_json(tmp_path: Path) -> None:
    rows = [
        {
            "id": "x1",
            "title": "A",
            "date": "2022-05-01",
            "content": "Alpha text.",
            "author": "By AP",
        },
        {
            "id": "x2",
            "title": "B",
            "date": "2022-05-02",
            "content": "Beta text.",
            "source": "Daily",
        },
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows))
    (tmp_path / "b.json").write_text(json.dumps({"articles": rows}))
    articles, report = load_corpus(tmp_path, near_duplicate_threshold=None)
    assert articles[c.ARTICLE_ID].tolist() == ["a:x1", "a:x2", "b:x1", "b:x2"]
    assert articles[c.AGENCY].tolist()[0] == "AP"
    assert articles[c.OUTLET].tolist()[1] == "Daily"
    assert articles[c.SOURCE_FORMAT].unique().tolist() == ["json"]
    # the second file repeats the first: same text, marked, first one kept
    assert articles[c.DUPLICATE_OF].tolist() == ["", "", "a:x1", "a:x2"]
    assert report[c.N_ARTICLES].tolist() == [2, 2]


HTML_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Harbour vote delayed | Gazette</title>
<meta property="og:title" content="Harbour vote delayed">
<meta name="author" content="Ana Rell">
<meta property="article:published_time" content="2031-04-02T09:30:00Z">
<link rel="canonical" href="https://www.harbourgazette.example/2031/04/harbour-vote">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour vote delayed</h1>
<p>The council postponed its vote on the harbour expansion on Tuesday, citing new cost estimates
that nearly doubled the price of the project.</p>
<p>"We cannot vote on numbers we have not seen," said councillor Tomas Verin, who chairs the
finance committee. The vote is now expected in May.</p>
<p>Opponents welcomed the delay and said they would use the time to gather signatures.</p>
</article><footer>Copyright 2031 Harbour Gazette. All rights reserved.</footer></body></html>"""


def test_saved_html_page(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HTML_PAGE)
    articles, report = load_corpus(tmp_path)
    article = articles.iloc[0]
    assert report[c.STATUS].tolist() == ["loaded"]
    assert article[c.TITLE] == "Harbour vote delayed"
    assert article[c.PUBLISHED] == pd.Timestamp("2031-04-02 09:30")
    assert article[c.DATE_SOURCE] == "html-metadata"
    assert article[c.BYLINE] == "Ana Rell"
    assert article[c.OUTLET] == "harbourgazette.example"
    assert "postponed its vote" in article[c.TEXT]
    assert "Copyright" not in article[c.TEXT] and "Home" not in article[c.TEXT]
    assert len(article[c.TEXT].split("\n\n")) == 3


# ------------------------------------------------------------------------------------------------
# Duplicates
# ------------------------------------------------------------------------------------------------

STORY = (
    "The harbour authority said on Monday it would delay the expansion of the northern quay by "
    "six months after engineers found cracks in the old sea wall. The project, which was meant to "
    "double container capacity, has been criticised by fishermen who say the dredging will ruin "
    "their grounds. A spokeswoman said the delay would not raise the cost of the works, which are "
    "funded by a loan from the regional development bank. Work on the southern quay will go on."
)


def _write(folder: Path, name: str, date: str, body: str, url: str = "") -> None:
    tail = f"\n\nOriginal url:\n\n{url}\n" if url else "\n"
    (folder / name).write_text(f"Harbour delay\n\nBy AFP\n\n{date}\n\n{body}{tail}")


def test_duplicates_are_marked_and_can_be_dropped(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "May 2, 2021", STORY, "https://a.example/x")
    _write(tmp_path, "b_copy.txt", "May 3, 2021", STORY.replace("Monday", "Monday, "))
    edited = (
        STORY.replace("A spokeswoman said", "A spokeswoman for the authority said") + " More later."
    )
    _write(tmp_path, "c_wire.txt", "May 4, 2021", edited)
    _write(
        tmp_path,
        "d_same_url.txt",
        "May 5, 2021",
        "Totally different text here.",
        "https://a.example/x",
    )
    _write(tmp_path, "e_other.txt", "May 1, 2021", "An unrelated story about the weather and rain.")
    articles, _ = load_corpus(tmp_path)
    marks = dict(
        zip(
            articles[c.ARTICLE_ID],
            zip(articles[c.DUPLICATE_OF], articles[c.DUPLICATE_KIND], strict=True),
            strict=True,
        )
    )
    assert marks["a"] == ("", "")
    assert marks["e_other"] == ("", "")
    assert marks["b_copy"] == ("a", "same-text")
    assert marks["c_wire"] == ("a", "near-duplicate")
    assert marks["d_same_url"] == ("a", "same-url")
    kept = load_corpus(tmp_path, drop_duplicates=True).articles
    assert sorted(kept[c.ARTICLE_ID]) == ["a", "e_other"]
    none = load_corpus(tmp_path, near_duplicate_threshold=None).articles
    assert none.set_index(c.ARTICLE_ID).loc["c_wire", c.DUPLICATE_OF] == ""


def test_earliest_copy_is_the_original(tmp_path: Path) -> None:
    _write(tmp_path, "a_late.txt", "June 9, 2021", STORY)
    _write(tmp_path, "b_early.txt", "June 1, 2021", STORY)
    articles, _ = load_corpus(tmp_path)
    assert articles.set_index(c.ARTICLE_ID).loc["a_late", c.DUPLICATE_OF] == "b_early"


def test_mark_duplicates_does_not_mutate_input(sample_corpus: Path) -> None:
    articles = load_corpus(sample_corpus).articles
    before = articles.copy()
    c.mark_duplicates(articles)
    pd.testing.assert_frame_equal(articles, before)


# ------------------------------------------------------------------------------------------------
# Sentences, agencies, helpers
# ------------------------------------------------------------------------------------------------


def test_sentence_table_offsets(sample_corpus: Path) -> None:
    articles = load_corpus(sample_corpus).articles
    table = sentences(articles)
    assert tuple(table.columns) == c.SENTENCE_COLUMNS
    text = articles[c.TEXT].iloc[0]
    for row in table.itertuples():
        assert text[row.start : row.end] == row.sentence
    joined = table[c.SENTENCE].tolist()
    assert any(s.endswith("with 80% of the vote in the Aug. 9 election.") for s in joined)
    assert table[c.PARAGRAPH_INDEX].max() == 9


@pytest.mark.parametrize(
    ("byline", "agency"),
    [
        ("AFP", "AFP"),
        ("Agence France-Presse", "AFP"),
        ("The Associated Press", "AP"),
        ("Jane Doe, Reuters", "Reuters"),
        ("Jane Doe", ""),
        ("", ""),
        ("CPA", "CPA"),
        ("Coastal Press Agency", "Coastal Press Agency"),
        ("Meridian Wire", "Meridian Wire"),
    ],
)
def test_normalise_agency(byline: str, agency: str) -> None:
    assert c.normalise_agency(byline) == agency


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        ("MOSCOW (Reuters) - President Vladimir Putin said", "Reuters"),
        ("WASHINGTON, D.C. (AP) — The Senate voted", "AP"),
        ("CADDOW (MW) — The water board warned", "MW"),
        ("The US (and its allies) - not a dateline", ""),
        ("Putin said on Tuesday", ""),
    ],
)
def test_agency_from_dateline(opening: str, agency: str) -> None:
    assert c.agency_from_dateline(opening) == agency


def test_dateline_credit_fills_agency_for_staff_bylines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nMay 3, 2021\n\nLONDON (Reuters) - Shares fell.\n")
    assert load_corpus(tmp_path).articles[c.AGENCY].tolist() == ["Reuters"]


def test_parse_article_without_url_block() -> None:
    fields = parse_article("Title\n\nBy Reuters\n\nFebruary 26, 1987\n\nBody.\n")
    assert fields[c.URL] == "" and fields[c.OUTLET] == ""
    assert fields[c.TEXT] == "Body."


def test_describe_columns_lists_the_contract() -> None:
    table = c.describe_columns()
    assert table["column"].tolist() == list(c.ARTICLE_COLUMNS)


# ------------------------------------------------------------------------------------------------
# Real data (skipped without ../shared)
# ------------------------------------------------------------------------------------------------


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


@pytest.mark.shared
def test_wikinews_csv_loads(shared_data) -> None:
    path = shared_data("data", "wikinews-2019", "wikinews_2019.csv")
    articles = load_corpus(path).articles
    assert len(articles) == 171
    assert articles[c.PUBLISHED].dt.year.eq(2019).all()
    assert articles[c.OUTLET].eq("en.wikinews.org").all()


def test_period_start() -> None:
    published = pd.Series(
        pd.to_datetime(["2020-09-29 14:00", None, "2020-10-04 00:00", "2020-10-05 09:00"])
    )
    weeks = c.period_start(published, period="week")
    assert weeks.tolist()[0] == pd.Timestamp("2020-09-28")  # Monday
    assert pd.isna(weeks.iloc[1])
    assert weeks.tolist()[2:] == [pd.Timestamp("2020-09-28"), pd.Timestamp("2020-10-05")]
    months = c.period_start(published, period="month")
    assert months.tolist()[3] == pd.Timestamp("2020-10-01")
    with pytest.raises(ValueError, match="period must be one of"):
        c.period_start(published, period="fortnight")


def test_practice_corpus_outlets_and_duplicates_match_gold() -> None:
    """On the fictional practice corpus: outlets and the marked copies are exactly the gold ones."""
    from helpers.paths import PRACTICE_CORPUS_DIR, PRACTICE_GOLD

    gold = json.loads(PRACTICE_GOLD.read_text(encoding="utf-8"))
    loaded_id = {}
    for entry in gold["articles"]:
        stem = entry["file"].rsplit(".", 1)[0]
        loaded_id[entry["id"]] = f"{stem}:{entry['row']}" if entry["row"] else stem
    articles, report = load_corpus(PRACTICE_CORPUS_DIR)
    assert (report[c.STATUS] == "loaded").all()
    assert len(articles) == len(gold["articles"])
    outlet_of = dict(zip(articles[c.ARTICLE_ID], articles[c.OUTLET], strict=True))
    for entry in gold["articles"]:  # text files, CSV rows and HTML pages name outlets alike
        assert outlet_of[loaded_id[entry["id"]]] == entry["outlet_domain"], entry["id"]
    group_of = dict(zip(articles[c.ARTICLE_ID], articles[c.DUPLICATE_OF], strict=True))
    root = {i: (group_of[i] or i) for i in group_of}
    for group in gold["duplicate_groups"]:
        members = {root[loaded_id[member]] for member in group["members"]}
        if group["kind"] in ("near", "exact"):
            assert len(members) == 1, group["group_id"]
    same_event = next(g for g in gold["duplicate_groups"] if g["kind"] == "same_event")
    assert group_of[loaded_id[same_event["members"][0]]] == ""  # a separate report, not a copy
    assert (articles[c.DUPLICATE_OF] != "").sum() == sum(
        len(g["members"]) - 1 for g in gold["duplicate_groups"] if g["kind"] in ("near", "exact")
    )
