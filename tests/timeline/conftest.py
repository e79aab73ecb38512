"""Fixtures of the timeline tests: four stories and a wire copy, written as text files."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers.corpus import load_corpus

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


@pytest.fixture
def small(tmp_path: Path) -> pd.DataFrame:
    return load_corpus(write_corpus(tmp_path / "small")).articles


@pytest.fixture
def sample(sample_corpus: Path) -> pd.DataFrame:
    return load_corpus(sample_corpus).articles


# --- articles over time -------------------------------------------------------------------------
