"""helpers.viz.style: the style sheet ships in the package and agrees with the constants."""

from __future__ import annotations

import matplotlib as mpl

from helpers.paths import PROJECT_ROOT
from helpers.viz.style import FIGURE_SIZE, HOUSE_STYLE, PALETTE, STYLE_PATH, house_style


def test_style_sheet_ships_in_the_package_and_matches_palette() -> None:
    assert STYLE_PATH.parent == PROJECT_ROOT / "helpers" / "viz"
    assert STYLE_PATH.suffix == ".mplstyle"
    colours = [c.upper() for c in HOUSE_STYLE["axes.prop_cycle"].by_key()["color"]]
    assert colours == [c.upper() for c in PALETTE]
    assert tuple(HOUSE_STYLE["figure.figsize"]) == FIGURE_SIZE
    assert HOUSE_STYLE["svg.fonttype"] == "none" and HOUSE_STYLE["pdf.fonttype"] == 42
    with house_style():
        assert mpl.rcParams["axes.titleweight"] == "bold"


def test_style_sheet_turns_mathtext_off() -> None:
    assert HOUSE_STYLE["text.parse_math"] is False
    with house_style():
        assert mpl.rcParams["text.parse_math"] is False


def test_style_sheet_is_package_data() -> None:
    text = (PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"viz/*.mplstyle"' in text
