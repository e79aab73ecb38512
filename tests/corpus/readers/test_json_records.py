"""helpers.corpus.readers.json_records: JSON and JSON Lines files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import corpus as c
from helpers.corpus import load_corpus


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


@pytest.mark.parametrize(
    "document",
    [
        {"data": {"items": [{"title": "A", "text": "Alpha."}, {"title": "B", "text": "Beta."}]}},
        {
            "count": 2,
            "results": [{"title": "A", "text": "Alpha."}, {"title": "B", "text": "Beta."}],
        },
        {
            "hits": {
                "hits": [
                    {"_id": "a", "_source": {"title": "A", "text": "Alpha."}},
                    {"_id": "b", "_source": {"title": "B", "text": "Beta."}},
                ]
            }
        },
        [{"title": "A", "text": "Alpha."}, {"title": "B", "text": "Beta."}],
    ],
)
def test_envelopes(tmp_path: Path, document: object) -> None:
    (tmp_path / "feed.json").write_text(json.dumps(document))
    articles, _ = load_corpus(tmp_path, near_duplicate_threshold=None)
    assert articles[c.TITLE].tolist() == ["A", "B"]
    assert articles[c.TEXT].tolist() == ["Alpha.", "Beta."]


def test_a_single_record(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"title": "A", "text": "Alpha.", "tags": []}))
    assert load_corpus(tmp_path).articles[c.TITLE].tolist() == ["A"]


def test_object_fields_are_text_not_a_repr(tmp_path: Path) -> None:
    """A text field that is an object became a Python dict repr."""
    rows = [
        {
            "title": ["Harbour", "vote"],
            "body": {"lead": "First para.", "rest": ["Second.", 3]},
            "author": ["Ana Rell", "Tom Verin"],
        },
    ]
    (tmp_path / "a.json").write_text(json.dumps(rows))
    articles, report = load_corpus(tmp_path)
    article = articles.iloc[0]
    assert article[c.TEXT] == "First para.\n\nSecond.\n\n3"
    assert article[c.TITLE] == "Harbour vote"
    assert article[c.BYLINE] == "Ana Rell, Tom Verin"
    assert "{" not in article[c.TEXT]
    assert "their strings were joined" in report[c.DETAIL].iloc[0]


def test_rows_name_their_text_field_differently(tmp_path: Path) -> None:
    rows = [{"title": "A", "body": "Alpha."}, {"title": "B", "text": "Beta."}]
    (tmp_path / "a.json").write_text(json.dumps(rows))
    assert load_corpus(tmp_path).articles[c.TEXT].tolist() == ["Alpha.", "Beta."]


@pytest.mark.parametrize("bad", [[3], [0, 7], [2, 11, 19]])
def test_bad_jsonl_lines_cost_only_themselves(tmp_path: Path, bad: list[int]) -> None:
    """1-3 bad lines out of 20 threw the whole file away."""
    lines = [json.dumps({"title": f"T{i}", "text": f"Text number {i}."}) for i in range(20)]
    for k in bad:
        lines[k] = lines[k][: len(lines[k]) // 2]  # a truncated record
    (tmp_path / "a.jsonl").write_text("\n".join(lines))
    articles, report = load_corpus(tmp_path, near_duplicate_threshold=None)
    assert articles[c.TITLE].tolist() == [f"T{i}" for i in range(20) if i not in bad]
    assert report[c.STATUS].tolist() == ["partly loaded"]
    shown = ", ".join(str(k + 1) for k in bad)
    assert f"(line{'s' if len(bad) > 1 else ''} {shown})" in report[c.DETAIL].iloc[0]


def test_invalid_and_deeply_nested_json_are_reported(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text('[{"title": "A", "text": ')
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    articles, report = load_corpus(tmp_path)
    assert articles.empty
    details = dict(
        zip(report[c.SOURCE_PATH].map(lambda p: Path(p).name), report[c.DETAIL], strict=True)
    )
    assert details["bad.json"].startswith("not valid JSON")
    assert "nested too deeply" in details["deep.json"]
