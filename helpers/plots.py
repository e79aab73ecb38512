"""Charts for the notebooks, in one house style.

Every chart function takes a tidy table (and an optional ``ax``) and returns the matplotlib
``Figure``; none of them shows or saves anything (use :func:`helpers.export.save_figure`).
Plots never compute an analysis: they draw the tables the analysis modules return.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import matplotlib as mpl
from matplotlib.axes import Axes
from matplotlib.figure import Figure

#: Okabe–Ito colour-blind-safe palette (Okabe & Ito 2008), black last.
PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
)

#: Default figure size in inches (width, height): fits an A4/Letter text column at 300 dpi.
FIGURE_SIZE: tuple[float, float] = (8.0, 4.5)

HOUSE_STYLE: dict[str, object] = {
    "figure.figsize": FIGURE_SIZE,
    "figure.dpi": 100,
    "figure.constrained_layout.use": True,
    "axes.prop_cycle": mpl.cycler(color=list(PALETTE)),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "axes.titlesize": 13,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 11,
    "xtick.labelsize": 10,
    "ytick.labelsize": 10,
    "legend.fontsize": 10,
    "legend.frameon": False,
    "font.family": "DejaVu Sans",
    "svg.fonttype": "none",
    "pdf.fonttype": 42,
    "savefig.bbox": "tight",
}


@contextmanager
def house_style() -> Iterator[None]:
    """Context manager that applies the house style to the figures created inside it."""
    with mpl.rc_context(HOUSE_STYLE):
        yield


def figure_and_axes(
    ax: Axes | None = None, *, size: tuple[float, float] | None = None
) -> tuple[Figure, Axes]:
    """Return ``(figure, axes)``: the given *ax* and its figure, or a new house-style figure."""
    if ax is not None:
        figure = ax.get_figure()
        assert isinstance(figure, Figure)
        return figure, ax
    with house_style():
        figure = Figure(figsize=size or FIGURE_SIZE, layout="constrained")
        axes = figure.add_subplot()
        _apply_axes_style(axes)
    return figure, axes


def _apply_axes_style(axes: Axes) -> None:
    for key in ("top", "right"):
        axes.spines[key].set_visible(False)
    axes.grid(axis="y", color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)


def add_source_note(figure: Figure, note: str) -> Figure:
    """Write a small source line under the chart ("Source: 19,043 Reuters articles, 1987")."""
    figure.text(0.0, -0.02, note, ha="left", va="top", fontsize=8, color="#555555")
    return figure


def finish(figure: Figure, axes: Axes, *, title: str, source: str | None = None) -> Figure:
    """Set the title (top left, bold) and an optional source line; return the figure."""
    axes.set_title(title, loc="left", fontweight="bold")
    if source:
        add_source_note(figure, source)
    return figure


# --- timeline charts (helpers.timeline tables) ---------------------------------------------------

# --- term-frequency charts (helpers.term_frequency tables) ---------------------------------------

# --- sentiment charts (helpers.sentiment tables) -------------------------------------------------

# --- quote charts (helpers.quotes tables) --------------------------------------------------------
