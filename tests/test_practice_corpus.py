"""Checks for the fictional practice corpus in ``practice_corpus/``.

The corpus (articles, places, people, outlets) is fictional and written for this project.
These tests read the files directly with the standard library, so they do not depend on
``helpers``: they check that the gold annotations in ``practice_corpus/gold.json`` agree
with the article texts, and that the corpus has the shape the workshop material promises.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "practice_corpus"
CORPUS = ROOT / "corpus"
GOLD = json.loads((ROOT / "gold.json").read_text(encoding="utf-8"))
ARTICLES = GOLD["articles"]

REAL_POLITICIANS = [
    "Putin",
    "Lukashenko",
    "Biden",
    "Trump",
    "Macron",
    "Merkel",
    "Scholz",
    "Zelensky",
    "Erdogan",
    "Modi",
    "Xi Jinping",
    "Obama",
    "Johnson",
    "Sunak",
    "Starmer",
    "Meloni",
    "Orban",
    "Bolsonaro",
    "Lula",
    "Netanyahu",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


# ---------------------------------------------------------------------------
# Readers (stdlib only)
# ---------------------------------------------------------------------------
def read_txt(path: Path) -> dict:
    """Split a scraped-layout text file into title, byline, date line, body and url."""
    text = path.read_text(encoding="utf-8")
    head, sep, url = text.rpartition("Original url:")
    assert sep, f"{path.name}: no 'Original url:' line"
    lines = head.split("\n")
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    title_i, by_i, date_i = nonempty[:3]
    return {
        "title": lines[title_i].strip(),
        "byline": lines[by_i].strip(),
        "date_line": lines[date_i].strip(),
        "body": "\n".join(lines[date_i + 1 :]).strip(),
        "url": url.strip(),
    }


class _ArticleParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self.canonical = ""
        self.paras: list[str] = []
        self._in_article = 0
        self._in_p = False
        self._in_title = False
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "meta":
            key = a.get("property") or a.get("name")
            if key:
                self.meta[key] = a.get("content", "")
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href", "")
        elif tag == "title":
            self._in_title = True
        elif tag == "article":
            self._in_article += 1
        elif tag == "p" and self._in_article:
            self._in_p, self._buf = True, []

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag == "article":
            self._in_article -= 1
        elif tag == "p" and self._in_p:
            self.paras.append("".join(self._buf).strip())
            self._in_p = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._in_p:
            self._buf.append(data)


def read_html(path: Path) -> dict:
    p = _ArticleParser()
    p.feed(path.read_text(encoding="utf-8"))
    return {
        "meta": p.meta,
        "title": p.title,
        "canonical": p.canonical,
        "body": "\n\n".join(p.paras),
    }


def read_csv_rows() -> list[dict]:
    with (CORPUS / "tabular" / "wire_feed.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


CSV_ROWS = read_csv_rows()


def body_of(art: dict) -> str:
    if art["format"] == "txt":
        return read_txt(CORPUS / art["file"])["body"]
    if art["format"] == "html":
        return read_html(CORPUS / art["file"])["body"]
    return CSV_ROWS[art["row"] - 1]["body"]


IDS = [a["id"] for a in ARTICLES]


# ---------------------------------------------------------------------------
# Gold agrees with the texts
# ---------------------------------------------------------------------------
@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_gold_quotes_are_verbatim_substrings(art):
    body = body_of(art)
    for q in art["quotes"]:
        assert q["text"] in body, f"quote not in body: {q['text']!r}"
        assert body[q["start"] : q["end"]] == q["text"]
        assert q["type"] in {"direct", "partial", "indirect"}
        assert q["speaker_kind"] in {"person", "organisation", "anonymous"}
        if q["speaker_kind"] != "anonymous":
            assert q["speaker_resolved"], q


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_gold_temporal_expressions_are_verbatim_substrings(art):
    body = body_of(art)
    for t in art["temporal_expressions"]:
        assert t["text"] in body, f"temporal expression not in body: {t['text']!r}"
        assert body[t["start"] : t["end"]] == t["text"]
        assert t["type"] in {"DATE", "TIME", "DURATION", "SET"}
        if t["type"] in {"DURATION", "SET"}:
            assert t["value"].startswith(("P", "X")), t
        else:
            assert re.match(r"^(\d{4}|XXXX|PAST_REF$|PRESENT_REF$|FUTURE_REF$)", t["value"]), t


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_non_quotes_are_in_body(art):
    body = body_of(art)
    for nq in art["non_quotes"]:
        assert nq["text"] in body


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_article_metadata_matches_file(art):
    published = dt.date.fromisoformat(art["published"])
    if art["format"] == "txt":
        t = read_txt(CORPUS / art["file"])
        assert t["title"] == art["title"]
        assert t["byline"] == art["byline"]
        assert t["date_line"] == f"{MONTHS[published.month - 1]} {published.day}, {published.year}"
        assert t["url"] == art["url"]
    elif art["format"] == "html":
        h = read_html(CORPUS / art["file"])
        assert h["meta"]["og:title"] == art["title"]
        assert h["meta"]["article:published_time"].startswith(art["published"])
        assert h["canonical"] == art["url"]
        assert art["byline"].endswith(h["meta"]["author"])
    else:
        row = CSV_ROWS[art["row"] - 1]
        assert row["headline"] == art["title"]
        assert row["pubdate"] == art["published_as_written"]
        assert row["link"] == art["url"]
        assert row["source"] == art["outlet"]


@pytest.mark.parametrize("art", ARTICLES, ids=IDS)
def test_article_length(art):
    words = re.findall(r"\b\w[\w'’-]*\b", body_of(art))
    assert 120 <= len(words) <= 350


# ---------------------------------------------------------------------------
# Coverage and shape
# ---------------------------------------------------------------------------
def test_every_article_file_is_in_gold():
    listed = {a["file"] for a in ARTICLES}
    on_disk = {f"articles/{p.name}" for p in (CORPUS / "articles").glob("*.txt")}
    on_disk |= {f"html/{p.name}" for p in (CORPUS / "html").glob("*.html")}
    assert on_disk - listed == set()
    assert {f for f in listed if f != "tabular/wire_feed.csv"} == on_disk
    rows = sorted(a["row"] for a in ARTICLES if a["format"] == "csv")
    assert rows == list(range(1, len(CSV_ROWS) + 1))


def test_csv_has_nonstandard_columns():
    with (CORPUS / "tabular" / "wire_feed.csv").open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert header == ["headline", "pubdate", "body", "source", "link"]
    assert any("\n\n" in r["body"] for r in CSV_ROWS)


def test_corpus_size_and_formats():
    assert len(ARTICLES) >= 40
    formats = {a["format"] for a in ARTICLES}
    assert formats == {"txt", "csv", "html"}


def test_dates_span_three_months():
    dates = sorted(dt.date.fromisoformat(a["published"]) for a in ARTICLES)
    assert (dates[-1] - dates[0]).days >= 90


def test_ids_unique():
    assert len(IDS) == len(set(IDS))


def test_duplicate_groups():
    by_id = {a["id"]: a for a in ARTICLES}
    kinds = [g["kind"] for g in GOLD["duplicate_groups"]]
    assert kinds.count("exact") >= 1
    assert kinds.count("near") >= 3
    for g in GOLD["duplicate_groups"]:
        members = [by_id[m] for m in g["members"]]
        assert len(members) >= 2
        if g["kind"] == "exact":
            texts = {(CORPUS / m["file"]).read_bytes() for m in members}
            assert len(texts) == 1, "exact duplicates must be byte-identical"
            assert len({m["file"] for m in members}) == len(members)
        else:
            outlets = {m["outlet"] for m in members}
            assert len(outlets) >= 2, "near-duplicates are republished by different outlets"


def test_ambiguous_dates_present():
    amb = GOLD["ambiguous_dates"]
    assert len(amb) >= 2
    by_id = {a["id"]: a for a in ARTICLES}
    for item in amb:
        art = by_id[item["article_id"]]
        if item["where"] == "pubdate":
            assert CSV_ROWS[art["row"] - 1]["pubdate"] == item["text"]
        else:
            assert item["text"] in body_of(art)
        assert re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", item["text"])
        assert item["intended"] in item["readings"]


def test_readme_has_fiction_notice_and_licence():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "All articles, places, people and outlets are fictional, written for this project" in (
        readme
    )
    assert "CC0" in readme


def test_no_real_politicians_named():
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, REAL_POLITICIANS)) + r")\b")
    for path in ROOT.rglob("*"):
        if path.is_file() and path.suffix in {".txt", ".csv", ".html", ".json", ".md", ".py"}:
            hits = pattern.findall(path.read_text(encoding="utf-8"))
            assert not hits, f"{path.relative_to(ROOT)} mentions {sorted(set(hits))}"


def test_urls_use_example_domains():
    for a in ARTICLES:
        assert re.match(r"^https://www\.[a-z]+\.example/", a["url"]), a["url"]
