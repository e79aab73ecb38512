"""helpers.viz.common: figure, title, source line, tick labels; data text is plain text."""

from __future__ import annotations

import os

from matplotlib.figure import Figure

from helpers.viz import FIGURE_SIZE, PALETTE
from helpers.viz.common import (
    SOURCE_NOTE_GID,
    chart,
    display_text,
    figure_and_axes,
    finish,
    set_tick_labels,
)


def test_figure_and_axes_and_finish() -> None:
    figure, axes = figure_and_axes()
    assert tuple(figure.get_size_inches()) == FIGURE_SIZE
    (line,) = axes.plot([1, 2], [1, 2], label="a")
    assert line.get_color().upper() == PALETTE[0].upper()
    axes.legend()
    axes.set_xlabel("day")
    assert finish(figure, axes, title="A title", source="Source: x") is figure
    assert axes.get_title(loc="left") == "A title"
    assert axes.title.get_fontweight() == "bold"
    assert axes.get_legend().get_frame_on() is False
    assert [t.get_text() for t in figure.texts] == ["Source: x"]
    assert figure.texts[0].get_gid() == SOURCE_NOTE_GID
    assert not axes.spines["top"].get_visible()
    same_figure, same_axes = figure_and_axes(axes)
    assert same_figure is figure and same_axes is axes


def test_display_text_spells_out_undecodable_bytes() -> None:
    assert display_text("Bjørn $5 \\alpha") == "Bjørn $5 \\alpha"  # unchanged
    assert display_text(os.fsdecode(b"caf\xe9")) == "caf\\xe9"
    assert display_text("half \ud800 pair") == "half \\ud800 pair"
    assert display_text(3.5) == "3.5"
    display_text(os.fsdecode(b"\xff\xfe")).encode("utf-8")  # always encodable


def test_a_callers_axes_gets_plain_text_too(rendered_text) -> None:
    """Titles, labels and ticks of an ``ax`` made before the chart (with mathtext on)."""
    host = Figure()
    axes = host.add_subplot()
    assert axes.title.get_parse_math() is True

    @chart
    def plot_labels(labels: list[str], *, ax=None) -> Figure:
        figure, drawn = figure_and_axes(ax)
        drawn.barh(range(len(labels)), [1] * len(labels), label="$n$")
        set_tick_labels(drawn, "y", range(len(labels)), labels)
        drawn.legend()
        drawn.set_xlabel(r"$\beta$ share")
        return finish(figure, drawn, title="$x_", source="Source: $HOME/$USER")

    figure = plot_labels(["$a$", r"$\alpha$", "$5 and $6"], ax=axes)
    assert figure is host
    svg = rendered_text(figure)
    for text in ("$a$", r"$\alpha$", "$5 and $6", "$x_", "Source: $HOME/$USER", r"$\beta$ share"):
        assert text in svg
    assert "α" not in svg and "β" not in svg
