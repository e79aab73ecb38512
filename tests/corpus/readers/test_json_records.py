"""helpers.corpus.readers.json_records: JSON and JSON Lines files."""

from __future__ import annotations

import json
from pathlib import Path

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
