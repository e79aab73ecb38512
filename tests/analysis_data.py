"""Small hand-made corpora shared by the analysis tests (term frequency, timeline, sentiment) and
the explorer tests that drive the same analyses: import from here, never copy.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from helpers.columns import (
    AGENCY,
    ARTICLE_ID,
    DUPLICATE_OF,
    OUTLET,
    PUBLISHED,
    TEXT,
    TITLE,
)

# --- term frequency ---------------------------------------------------------------------------


def articles_table(rows: list[tuple[str, str, str, str]]) -> pd.DataFrame:
    """A small articles table from (id, date, outlet, text) tuples."""
    return pd.DataFrame(
        {
            ARTICLE_ID: [row[0] for row in rows],
            TITLE: [f"Title {row[0]}" for row in rows],
            PUBLISHED: pd.to_datetime([row[1] for row in rows]),
            OUTLET: [row[2] for row in rows],
            TEXT: [row[3] for row in rows],
        }
    )


def oil_and_harvest() -> pd.DataFrame:
    """Four articles, two outlets, two months: oil prices in January, a failed harvest in February."""
    return articles_table(
        [
            ("a1", "2020-01-05", "north.example", "Oil prices rose. Oil exports fell sharply."),
            ("a2", "2020-01-20", "north.example", "Crude oil prices rose again. Markets cheered."),
            ("a3", "2020-02-03", "south.example", "The harvest failed. Farmers protested loudly."),
            (
                "a4",
                "2020-02-17",
                "south.example",
                "Farmers protest again. The harvest protests grew.",
            ),
        ]
    )


# --- timeline ---------------------------------------------------------------------------------

ARTICLE = """{title}

By {agency}

{date}

{body}

Original url:

https://www.{outlet}/{slug}
"""

#: (slug, agency, outlet, date, body): three weeks apart from the first to the last, one copy.
STORIES = [
    ("a", "AFP", "alpha.com", "March 2, 2020", "The ferry strike began Monday in the harbour."),
    ("b", "AP", "beta.org", "March 4, 2020", "Strike talks failed. The ferry stayed in port."),
    ("c", "AFP", "alpha.com", "March 23, 2020", "The council met on the strike and the budget."),
    ("d", "AFP", "alpha.com", "March 24, 2020", "Budget cuts were approved by the council."),
]


def write_corpus(folder: Path, *, with_copy: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for slug, agency, outlet, date, body in STORIES:
        text = ARTICLE.format(
            title=f"Story {slug}", agency=agency, date=date, body=body, outlet=outlet, slug=slug
        )
        (folder / f"{slug}.txt").write_text(text, encoding="utf-8")
    if with_copy:  # the same story re-published by another outlet: marked as a duplicate
        slug, agency, outlet, date, body = STORIES[0]
        text = ARTICLE.format(
            title="Story a", agency=agency, date="March 3, 2020", body=body, outlet="gamma.net",
            slug="a-copy",
        )  # fmt: skip
        (folder / "e.txt").write_text(text, encoding="utf-8")
    return folder


# --- sentiment --------------------------------------------------------------------------------

#: Sentences that exercise every rule of the reference: negation, "no", "but", boosters, caps,
#: punctuation emphasis, "kind of", idioms, emoji, emoticons, blank and lexicon-free text.
TRICKY = [
    "",
    "   ",
    "The committee met on Tuesday.",
    "No problems were found.",
    "There is no good answer.",
    "The plan is good but the execution is terrible.",
    "It was good, it was good, but it was bad.",
    "It was not bad at all.",
    "He is never so happy.",
    "Without doubt the best result.",
    "The result was VERY GOOD but the mood was bad.",
    "GREAT news!!!",
    "Is this really the best?? Really???",
    "It is kind of good.",
    "The show was the bomb.",
    "At least it was not a disaster.",
    "That was the least helpful answer.",
    "He smiled :) and left :-(",
    "Prices rose 😀 while workers 😢 waited.",
    "Café owners were délighted and happy.",
    "A well-known, much-loved “hero” returned.",
    "no",
    "NO WAY, this is bad",
    "It was never so good and never this bad.",
    "The talks were not so very good, and they never really were this great.",
    "Without any doubt a good day, without doubt.",
    "Selling it now would be the kiss of death for them.",
    "Yeah right, the bomb was the shit and that cake is to die for.",
    "They are bad ass and a real badass, but at least they are decent.",
    "Their heart was a beating heart, sort of happy, kind of sad, just enough good.",
    "He isn't happy; she wasn't sad; they didn't care, nor did we hope.",
    "good",
    "not good",
    "very not good at all",
]


def vader_reference(texts: list[str]) -> np.ndarray:
    """The reference VADER scores (neg, neu, pos, compound) of each text, one row per text."""
    analyzer = SentimentIntensityAnalyzer()
    return np.array(
        [
            [analyzer.polarity_scores(t)[k] for k in ("neg", "neu", "pos", "compound")]
            for t in texts
        ],
        dtype=float,
    ).reshape(-1, 4)


def sentiment_articles() -> pd.DataFrame:
    """Four small articles over two months, one a marked duplicate, one undated."""
    rows = [
        (
            "a1",
            "Good day",
            "2020-01-05",
            "x.com",
            "AFP",
            "",
            "The talks were a great success. "
            "Lukashenko said the result was wonderful.\n\nNothing else happened.",
        ),
        (
            "a2",
            "Bad day",
            "2020-01-20",
            "y.com",
            "",
            "",
            "Protesters were beaten and arrested. "
            "Lukashenko denied any violence.\n\nThe toil continued.",
        ),
        ("a3", "Copy", "2020-01-21", "y.com", "", "a2", "Protesters were beaten and arrested."),
        (
            "a4",
            "March",
            "2020-03-02",
            "",
            "AP",
            "",
            "A terrible, awful crisis hit the city. Officials were happy to help.",
        ),
        ("a5", "Undated", None, "x.com", "", "", "A lovely, happy festival."),
    ]
    frame = pd.DataFrame(
        rows, columns=[ARTICLE_ID, TITLE, PUBLISHED, OUTLET, AGENCY, DUPLICATE_OF, TEXT]
    )
    frame[PUBLISHED] = pd.to_datetime(frame[PUBLISHED])
    return frame
