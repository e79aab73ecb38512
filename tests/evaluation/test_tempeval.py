"""Tests for helpers.evaluation.tempeval: reading TimeML, alignment, the figures, the regression."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers.evaluation import tempeval

# value F1 reached by benchmarks/tempeval_score.py when the tagger was last tuned
TEMPEVAL_VALUE_F1 = 0.803
TEMPEVAL = tempeval.default_path()

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>wsj_0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1989-10-26" temporalFunction="false" functionInDocument="CREATION_TIME">10/26/89</TIMEX3></DCT>
<TEXT>
Profit rose <TIMEX3 tid="t1" type="DATE" value="1989-Q3">in the third quarter</TIMEX3> &amp; sales fell
<TIMEX3 tid="t2" type="DATE" value="1989-10-25">yesterday</TIMEX3>, it said <TIMEX3 tid="t3" type="DATE" value="1989-10-26" />.
</TEXT>
</TimeML>
"""


@pytest.fixture
def document(tmp_path: Path) -> tempeval.Document:
    path = tmp_path / "TimeBank" / "wsj_0001.tml"
    path.parent.mkdir()
    path.write_text(TML, encoding="utf-8")
    return tempeval.load_tml(path)


def test_load_tml_reads_the_body_dct_and_gold(document: tempeval.Document) -> None:
    assert document.dct == dt.date(1989, 10, 26)
    assert document.corpus == "TimeBank"
    assert "&" in document.text and "<" not in document.text
    # the empty (non-consuming) TIMEX3 has no extent and is skipped
    assert [(g.text, g.value) for g in document.gold] == [
        ("in the third quarter", "1989-Q3"),
        ("yesterday", "1989-10-25"),
    ]
    for g in document.gold:
        assert document.text[g.start : g.end] == g.text


def test_scores_of_one_document(document: tempeval.Document) -> None:
    system = tempeval.tag_document(document)
    tally, pairs = tempeval.score_document(document.gold, system)
    # the tagger leaves "in" outside the extent: a relaxed but not a strict match
    assert [s.text for _, s in pairs] == ["the third quarter", "yesterday"]
    assert (tally.n_gold, tally.relaxed, tally.strict, tally.value_ok) == (2, 2, 1, 2)
    figures = tempeval.evaluate([document])
    assert set(figures) == {"overall", "TimeBank"}
    assert figures["overall"]["relaxed_f1"] == 1.0
    assert figures["overall"]["strict_f1"] == 0.5
    assert "overall" in tempeval.format_figures(figures)


def test_align_is_one_to_one() -> None:
    gold = [tempeval.Timex(0, 10, "", "DATE", "x")]
    system = [tempeval.Timex(0, 4, "", "DATE", "x"), tempeval.Timex(2, 10, "", "DATE", "x")]
    pairs = tempeval.align(gold, system)
    assert len(pairs) == 1
    assert pairs[0][1] is system[1]  # the larger overlap wins


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.skipif(TEMPEVAL is None, reason="TempEval-3 data not found in ../shared/eval")
def test_tempeval_value_f1_does_not_regress() -> None:
    assert TEMPEVAL is not None
    figures = tempeval.evaluate(tempeval.load_documents(TEMPEVAL))["overall"]
    assert figures["n_gold"] > 1500
    assert figures["value_f1"] >= TEMPEVAL_VALUE_F1 - 0.02, figures
