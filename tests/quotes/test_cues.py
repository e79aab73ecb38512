"""Speech cues: demands and telephone calls."""

from __future__ import annotations

from pathlib import Path

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


def test_called_for_is_reported_speech_but_a_phone_call_is_not() -> None:
    rows = _rows("The mayor called for a full inquiry into the police shooting.")
    assert rows == [
        ("a full inquiry into the police shooting", "indirect", "The mayor", "the mayor")
    ]
    assert q.extract_quotes_from_text("Smith called on Monday to complain about the noise.").empty
