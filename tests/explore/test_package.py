"""helpers.explore: one base for every explorer, one way to show a table."""

from __future__ import annotations

import ast

import pytest

import helpers.explore as explore
from helpers.explore import frequency, quotes, sentiment, timeline
from helpers.explore.base import Explorer
from helpers.paths import PROJECT_ROOT

EXPLORERS = [
    frequency.ConcordanceExplorer,
    frequency.KeynessExplorer,
    quotes.QuoteExplorer,
    sentiment.SentimentExplorer,
    timeline.TimelineExplorer,
]


def test_entry_points_are_exported() -> None:
    for name in (
        "explore_timeline",
        "concordance_explorer",
        "keyness_explorer",
        "explore_sentiment",
        "quote_explorer",
        "show_table",
    ):
        assert name in explore.__all__ and callable(getattr(explore, name))


@pytest.mark.parametrize("cls", EXPLORERS, ids=lambda cls: cls.__name__)
def test_every_explorer_builds_on_the_base(cls: type) -> None:
    assert issubclass(cls, Explorer)


@pytest.mark.parametrize(
    "path", sorted((PROJECT_ROOT / "helpers" / "explore").glob("*.py")), ids=lambda p: p.name
)
def test_only_the_base_shows_tables(path) -> None:
    """No explorer carries its own table code: itables is imported by base.py alone."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    modules = [
        alias.name if isinstance(node, ast.Import) else node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in (node.names if isinstance(node, ast.Import) else [node])
    ]
    functions = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
    if path.name != "base.py":
        assert not [m for m in modules if m and m.split(".")[0] == "itables"]
        assert "_show_table" not in functions and "show_table" not in functions
