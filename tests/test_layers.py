"""The import direction of CONTRIBUTING.md: layers only import downwards, widgets only in explore/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from helpers.paths import PROJECT_ROOT

HELPERS = PROJECT_ROOT / "helpers"

#: Layer of each top-level part of the package (higher may import lower, never the reverse).
LAYERS: dict[str, int] = {
    "columns": 0,
    "paths": 0,
    "parallel": 0,
    "periods": 0,
    "offline": 0,
    "text": 0,
    "selection": 0,
    "corpus": 1,
    "archives": 1,
    "store": 1,
    "dates": 2,
    "temporal": 2,
    "frequency": 2,
    "term_frequency": 2,
    "timeline": 2,
    "sentiment": 2,
    "quotes": 2,
    "evaluation": 2,
    "engine": 3,
    "viz": 4,
    "plots": 4,
    "export": 4,
    "explore": 5,
    "params": 6,
    "report_defaults": 6,
    "report": 6,
}

#: Libraries only the explore layer (and the report runner on top) may import.
WIDGET_LIBRARIES = ("ipywidgets", "itables", "IPython")


def _part(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "helpers" or len(parts) < 2:
        return None
    return parts[1]


def _imports(path: Path) -> list[tuple[int, str]]:
    """``(line, module)`` for every import in *path*, lazy ones inside functions included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


SOURCES = sorted(p for p in HELPERS.rglob("*.py") if "data" not in p.parts)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(HELPERS)))
def test_imports_point_down(path: Path) -> None:
    own = path.relative_to(HELPERS).parts[0].removesuffix(".py")
    if own not in LAYERS:
        pytest.skip(f"{own} has no layer yet")
    upward = [
        f"line {line}: {module}"
        for line, module in _imports(path)
        if (part := _part(module)) in LAYERS and part != own and LAYERS[part] > LAYERS[own]
    ]
    assert not upward, f"{path.name} (layer {LAYERS[own]}) imports upwards: {upward}"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(HELPERS)))
def test_widgets_only_in_explore(path: Path) -> None:
    own = path.relative_to(HELPERS).parts[0].removesuffix(".py")
    if LAYERS.get(own, 0) >= LAYERS["explore"]:
        return
    widget_imports = [
        f"line {line}: {module}"
        for line, module in _imports(path)
        if module.split(".")[0] in WIDGET_LIBRARIES
    ]
    assert not widget_imports, f"{path.name} imports widget libraries: {widget_imports}"
