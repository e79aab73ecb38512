"""Quotation marks: straight and curly marks, multi-paragraph quotes, odd mark counts."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers import quotes as q

REPO = Path(__file__).resolve().parents[2]


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


def test_curly_and_straight_marks() -> None:
    for opening, closing in (('"', '"'), ("“", "”")):
        rows = _rows(f"{opening}We will win this,{closing} Jane Doe said.")
        assert rows == [("We will win this,", "direct", "Jane Doe", "Jane Doe")]


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


def test_odd_number_of_quote_marks_never_aborts() -> None:
    text = 'Smith said: "The vote was rigged. We will appeal," and left.\n\nA stray " mark here.'
    table = q.extract_quotes_from_text(text)
    assert len(table) >= 1
    broken = q.extract_quotes_from_text('"Unclosed quote that runs on and on,\n\nNext paragraph.')
    assert isinstance(broken, pd.DataFrame)
    assert q.extract_quotes_from_text("").empty
