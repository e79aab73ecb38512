"""Charts for the notebooks, in one house style.

Every chart takes a tidy table (and an optional ``ax``) and returns the matplotlib ``Figure``;
none of them computes an analysis, shows or saves anything (use
:func:`helpers.export.save_figure`). One module per chart family:

* :mod:`helpers.viz.timeline` -- coverage: articles per period, term trends, dates mentioned
* :mod:`helpers.viz.terms` -- top terms, keyness, dispersion, collocates
* :mod:`helpers.viz.sentiment` -- sentiment over time, by group, saturation
* :mod:`helpers.viz.quotes` -- who gets quoted, and when
* :mod:`helpers.viz.common` -- figure, title, source line, ticks, data text (never mathtext)
* :mod:`helpers.viz.style` -- the house style (``house.mplstyle``), palette and figure size

A new chart goes into its family's module, decorated with :func:`~helpers.viz.common.chart`,
built with :func:`~helpers.viz.common.figure_and_axes` and ended with
:func:`~helpers.viz.common.finish`; every data value it draws passes
:func:`~helpers.viz.common.display_text`.
"""

from helpers.viz.common import (
    SOURCE_NOTE_GID,
    add_source_note,
    chart,
    display_text,
    figure_and_axes,
    finish,
)
from helpers.viz.quotes import plot_speaker_timeline, plot_top_speakers
from helpers.viz.sentiment import plot_saturation, plot_sentiment_by_group, plot_sentiment_over_time
from helpers.viz.style import (
    FIGURE_SIZE,
    HOUSE_STYLE,
    NOTE_COLOUR,
    PALETTE,
    STYLE_PATH,
    house_style,
)
from helpers.viz.terms import (
    plot_collocations,
    plot_dispersion,
    plot_keyness,
    plot_keyness_by_period,
    plot_top_terms,
)
from helpers.viz.timeline import plot_articles_over_time, plot_chronology, plot_term_trend

__all__ = [
    "FIGURE_SIZE",
    "HOUSE_STYLE",
    "NOTE_COLOUR",
    "PALETTE",
    "SOURCE_NOTE_GID",
    "STYLE_PATH",
    "add_source_note",
    "chart",
    "display_text",
    "figure_and_axes",
    "finish",
    "house_style",
    "plot_articles_over_time",
    "plot_chronology",
    "plot_collocations",
    "plot_dispersion",
    "plot_keyness",
    "plot_keyness_by_period",
    "plot_saturation",
    "plot_sentiment_by_group",
    "plot_sentiment_over_time",
    "plot_speaker_timeline",
    "plot_term_trend",
    "plot_top_speakers",
    "plot_top_terms",
]
