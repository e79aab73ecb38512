"""Interviews and Q&A on constructed fixtures: questions go to the interviewer, answers to the
interviewee (labels "((WN))", "Q:"/"A:", initials, an interviewer's name and a colon)."""

from __future__ import annotations

from helpers import quotes as q

WIKINEWS_STYLE = """Wikinews caught up with marine biologist Natasha Gownaris to learn more.

((Wikinews)) What prompted your curiosity about penguins?

Natasha Gownaris: I have wanted to be a marine scientist since I was a child.

((WN)) How did you approach such a large study?

NG: This study started in 1982, long before I joined the lab.

((WN)) Your release mentioned that sexing the penguins was hard. How did you manage?

NG: We have some methods of sexing penguins that we feel confident about.
"""

Q_AND_A = """Mayor Ivo Vell spoke to the Harbour Gazette about the new ferry.

Q: Why build the ferry now?

A: Because the old one is forty years old and the island cannot wait.

Q. What will it cost?

A: About twelve million, shared with the region.
"""

NAMED_INTERVIEWER = """Radio host Tom Baker interviewed the senator, Jane Doe, on Sunday.

Baker: Senator, will you run again next year?

Doe: I will decide after the summer, with my family.
"""


def _rows(text: str) -> list[tuple[str, str, str]]:
    table = q.extract_quotes_from_text(text)
    return list(
        zip(
            table[q.QUOTE].str[:20],
            table[q.RESOLVED_SPEAKER],
            table[q.SPEAKER_CONFIDENCE],
            strict=True,
        )
    )


def test_wikinews_questions_go_to_the_interviewer_answers_to_the_initials() -> None:
    rows = _rows(WIKINEWS_STYLE)
    assert [(s, c) for _, s, c in rows] == [
        ("interviewer", "low"),
        ("Natasha Gownaris", "high"),
        ("interviewer", "low"),
        ("Natasha Gownaris", "high"),
        ("interviewer", "low"),
        ("Natasha Gownaris", "high"),
    ]
    # no reported speech taken from inside a question ("Your release mentioned that ...")
    assert all(not quote.startswith("sexing") for quote, _, _ in rows)
    speakers = q.extract_quotes_from_text(WIKINEWS_STYLE)[q.SPEAKER]
    assert "WN))" not in set(speakers)


def test_q_and_a_answers_go_to_the_person_the_article_names() -> None:
    rows = _rows(Q_AND_A)
    assert [s for _, s, _ in rows] == ["interviewer", "Ivo Vell", "interviewer", "Ivo Vell"]
    assert [c for _, _, c in rows] == ["low", "medium", "low", "medium"]  # "A:" is a guess


def test_an_interviewer_named_with_a_colon_is_that_person() -> None:
    rows = _rows(NAMED_INTERVIEWER)
    assert [s for _, s, _ in rows] == ["Tom Baker", "Jane Doe"]


def test_question_labels_never_reach_the_rankings() -> None:
    table = q.extract_quotes_from_text(WIKINEWS_STYLE + "\n" + Q_AND_A)
    table.insert(0, "article_id", "a")
    ranked = q.top_speakers(table)[q.RESOLVED_SPEAKER].tolist()
    assert ranked == ["Natasha Gownaris"]
