"""helpers.sentiment.nltk_port: NLTK's port of VADER."""

from __future__ import annotations

from helpers import sentiment as s


def test_nltk_port_runs_offline_and_differs_on_no():
    table = s.compare_with_nltk(
        ["No problems were found.", "The plan is good but the execution is terrible."]
    )
    no_row, but_row = table.iloc[0], table.iloc[1]
    assert no_row[s.REFERENCE] > 0 > no_row[s.NLTK]  # 3.3.2: "no" before a lexicon word is 0
    assert but_row[s.DIFFERENCE] == 0.0
