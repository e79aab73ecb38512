"""What every chart shares: the figure, axes, titles, source lines, ticks and data text.

A chart function is written like this::

    @chart
    def plot_articles_per_day(table: pd.DataFrame, *, ax: Axes | None = None) -> Figure:
        figure, axes = figure_and_axes(ax)
        axes.bar(table[DAY], table[COUNT])
        return finish(figure, axes, title="Articles per day", source="Source: 120 articles")

Data text is drawn as written
-----------------------------
Charts draw text that comes from the data: outlet names, speakers, terms, event labels, titles
and corpus folder names in source lines. Such text must never be read as matplotlib mathtext
(``$5 "deal"`` crashed with ``ParseSyntaxException``; ``$\\alpha$`` was drawn as α), and a file
name read with ``os.fsdecode`` may hold lone surrogates that matplotlib cannot draw at all.
So:

* :func:`chart` runs a chart with ``text.parse_math`` off, so every text it creates is plain;
  :func:`finish` and :func:`set_tick_labels` also switch it off on the titles, axis labels and
  tick labels that existed before (a caller's ``ax``); the style sheet turns it off as well.
* every data value goes through :func:`display_text` before it is drawn.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal, ParamSpec

import matplotlib as mpl
import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.text import Text

from helpers.viz.style import FIGURE_SIZE, GRID_COLOUR, HOUSE_STYLE, NOTE_COLOUR, house_style

#: Text id given to the source line (:func:`helpers.export.save_figure` reads it back).
SOURCE_NOTE_GID = "source-note"
#: rcParams every chart runs under (and :func:`helpers.export.save_figure` saves under).
PLAIN_TEXT_RC: dict[str, Any] = {"text.parse_math": False}

_P = ParamSpec("_P")


def display_text(value: object) -> str:
    """Return *value* as text that can be drawn and written as UTF-8.

    ``str(value)``, except that characters UTF-8 cannot encode are spelled out: the lone
    surrogates ``os.fsdecode`` makes of a non-UTF-8 file name's bytes become ``\\xNN`` (so
    ``b"caf\\xe9"`` reads ``caf\\xe9``), any other lone surrogate ``\\udNNN``. Nothing else changes.
    """
    text = str(value)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join(_spell_out(character) for character in text)
    return text


def _spell_out(character: str) -> str:
    code = ord(character)
    if 0xDC80 <= code <= 0xDCFF:  # one undecodable byte, as os.fsdecode (surrogateescape) keeps it
        return f"\\x{code - 0xDC00:02x}"
    if 0xD800 <= code <= 0xDFFF:
        return f"\\u{code:04x}"
    return character


def chart(function: Callable[_P, Figure]) -> Callable[_P, Figure]:
    """Decorator for chart functions: the text they create is never parsed as mathtext."""

    @functools.wraps(function)
    def draw(*args: _P.args, **kwargs: _P.kwargs) -> Figure:
        with mpl.rc_context(PLAIN_TEXT_RC):
            return function(*args, **kwargs)

    return draw


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
        apply_axes_style(axes)
    return figure, axes


def apply_axes_style(axes: Axes) -> None:
    """Fix the style on *axes* itself, so it survives artists added after the style context."""
    for key in ("top", "right"):
        axes.spines[key].set_visible(False)
    axes.grid(axis="y", color=HOUSE_STYLE["grid.color"], linewidth=HOUSE_STYLE["grid.linewidth"])
    axes.set_axisbelow(True)
    axes.tick_params(
        labelsize=HOUSE_STYLE["xtick.labelsize"], labelcolor=HOUSE_STYLE["xtick.color"]
    )


def add_source_note(figure: Figure, note: str) -> Figure:
    """Write a small source line under the chart ("Source: 19,043 Reuters articles, 1987")."""
    figure.text(
        0.0,
        -0.02,
        display_text(note),
        ha="left",
        va="top",
        fontsize=8,
        color=NOTE_COLOUR,
        gid=SOURCE_NOTE_GID,
        parse_math=False,
        wrap=True,  # a long note wraps at the figure's width instead of widening the export
    )
    return figure


def finish(figure: Figure, axes: Axes, *, title: str, source: str | None = None) -> Figure:
    """Set the title (top left, bold) and an optional source line; return the figure.

    Also re-applies the house style to text drawn after :func:`figure_and_axes` returned
    (axis labels, legends), so a chart looks the same whatever rcParams the notebook has, and
    makes every title, label and legend entry plain text (see the module notes).
    """
    axes.set_title(
        display_text(title),
        loc="left",
        fontsize=HOUSE_STYLE["axes.titlesize"],
        fontweight=HOUSE_STYLE["axes.titleweight"],
        pad=HOUSE_STYLE["axes.titlepad"],
    )
    for each in figure.get_axes():
        for label in (each.xaxis.label, each.yaxis.label):
            label.set_fontsize(HOUSE_STYLE["axes.labelsize"])
        legend = each.get_legend()
        if legend is not None:
            legend.set_frame_on(False)
    if source:
        add_source_note(figure, source)
    for text in _chart_texts(figure):
        text.set_parse_math(False)
        text.set_text(display_text(text.get_text()))
    return figure


def _chart_texts(figure: Figure) -> Iterable[Text]:
    """Titles, axis labels, legend texts, annotations and figure texts (not tick labels)."""
    for each in figure.get_axes():
        yield from (each.title, each._left_title, each._right_title)
        yield from (each.xaxis.label, each.yaxis.label)
        yield from each.texts
        legend = each.get_legend()
        if legend is not None:
            yield from legend.get_texts()
            yield legend.get_title()
    yield from figure.texts
    suptitle = getattr(figure, "_suptitle", None)
    if suptitle is not None:
        yield suptitle


def set_tick_labels(
    axes: Axes, which: Literal["x", "y"], positions: Sequence[float], labels: Iterable[object]
) -> None:
    """Put data *labels* at *positions* on the x or y axis, drawn as plain text."""
    texts = [display_text(label) for label in labels]
    axis = axes.xaxis if which == "x" else axes.yaxis
    axis.set_ticks(list(positions), texts)
    for tick in axis.get_major_ticks(len(texts)):
        tick.label1.set_parse_math(False)
        tick.label2.set_parse_math(False)


def empty_note(axes: Axes, message: str) -> None:
    """Write *message* in the middle of an empty chart (an honest chart of nothing)."""
    axes.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        transform=axes.transAxes,
        color=NOTE_COLOUR,
        parse_math=False,
    )


def date_axis(axes: Axes, dates: pd.Series) -> None:
    """Readable dates on the x axis (concise labels), with some room around a single date."""
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    dates = pd.to_datetime(pd.Series(dates)).dropna()
    if len(dates) and dates.min() == dates.max():
        centre = dates.min()
        axes.set_xlim(centre - pd.Timedelta(days=15), centre + pd.Timedelta(days=15))


def bar_width(periods: pd.Series, *, single: float = 0.8) -> float:
    """Bar width in days: 80% of the smallest gap between periods (*single* for one period)."""
    unique = pd.Series(pd.to_datetime(pd.Series(periods)).dropna().unique()).sort_values()
    if len(unique) < 2:
        return single
    return 0.8 * unique.diff().dropna().min() / pd.Timedelta(days=1)


def horizontal_grid_off(axes: Axes) -> None:
    """Vertical grid lines only (for horizontal bars)."""
    axes.grid(axis="y", visible=False)
    axes.grid(axis="x", color=GRID_COLOUR, linewidth=0.6)
