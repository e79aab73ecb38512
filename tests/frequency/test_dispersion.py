"""helpers.frequency.dispersion."""

from __future__ import annotations

import helpers.frequency as fq
from helpers import columns as C
from helpers.columns import ARTICLE_ID, TERM, TEXT
from helpers.text import word_tokens


def test_dispersion_positions(small) -> None:
    table = fq.dispersion(small, ["oil", "harvest"])
    total = sum(len(word_tokens(text)) for text in small[TEXT])
    assert table.attrs["n_tokens"] == total
    oil = table[table[TERM] == "oil"][C.POSITION].tolist()
    assert oil == [0, 3, 8]  # "Oil prices rose. Oil ..." / a2: "Crude oil ..." (a1 has 7 tokens)
    harvest = table[table[TERM] == "harvest"]
    assert harvest[ARTICLE_ID].tolist() == ["a3", "a4"]
    assert table["relative"].between(0, 1).all()
