"""helpers.corpus.duplicates: same URL, same text, near-duplicates."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from helpers import corpus as c
from helpers.corpus import load_corpus

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
