"""Charts for the notebooks, in one house style.

Every chart function takes a tidy table (and an optional ``ax``) and returns the matplotlib
``Figure``; none of them shows or saves anything (use :func:`helpers.export.save_figure`).
Plots never compute an analysis: they draw the tables the analysis modules return.

The house style lives in the style sheet ``helpers/house.mplstyle`` (:data:`STYLE_PATH`), shipped
inside the package: a colour-blind-safe palette, one figure size, DejaVu Sans (bundled with
matplotlib, so every machine draws the same glyphs), bold left titles and a small grey source line.
Analysts can apply it to their own matplotlib code with ``plt.style.use(STYLE_PATH)`` or
``with house_style(): ...``.

A chart function is written like this::

    def plot_articles_per_day(table: pd.DataFrame, *, ax: Axes | None = None) -> Figure:
        figure, axes = figure_and_axes(ax)
        axes.bar(table[DAY], table[COUNT])
        return finish(figure, axes, title="Articles per day", source="Source: 120 articles")
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from helpers import quotes as _qt
from helpers import sentiment as _sent
from helpers import term_frequency as _tfq
from helpers import timeline as _tl
from helpers.corpus import COUNT, TERM

#: The house style sheet shipped with the package.
STYLE_PATH: Path = Path(__file__).with_name("house.mplstyle")

#: Okabe–Ito colour-blind-safe palette (Okabe & Ito 2008), black last; same as the style sheet.
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

#: The style sheet's settings as a dict (usable with ``matplotlib.rc_context``).
HOUSE_STYLE: dict[str, object] = dict(
    mpl.rc_params_from_file(STYLE_PATH, use_default_template=False)
)

#: Colour of the source line and other secondary text.
NOTE_COLOUR = "#555555"
#: Text id given to the source line (:func:`helpers.export.save_figure` reads it back).
SOURCE_NOTE_GID = "source-note"


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
        note,
        ha="left",
        va="top",
        fontsize=8,
        color=NOTE_COLOUR,
        gid=SOURCE_NOTE_GID,
        wrap=True,  # a long note wraps at the figure's width instead of widening the export
    )
    return figure


def finish(figure: Figure, axes: Axes, *, title: str, source: str | None = None) -> Figure:
    """Set the title (top left, bold) and an optional source line; return the figure.

    Also re-applies the house style to text drawn after :func:`figure_and_axes` returned
    (axis labels, legends), so a chart looks the same whatever rcParams the notebook has.
    """
    axes.set_title(
        title,
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
    return figure


# --- timeline charts (helpers.timeline tables) ---------------------------------------------------


_MEASURE_LABELS = {
    "share": "Share of articles mentioning the term",
    "per_10k": "Mentions per 10,000 words",
}


def _date_axis(axes: Axes, dates: pd.Series) -> None:
    """Readable dates on the x axis (concise labels), with some room around a single date."""
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    dates = pd.to_datetime(pd.Series(dates)).dropna()
    if len(dates) and dates.min() == dates.max():
        centre = dates.min()
        axes.set_xlim(centre - pd.Timedelta(days=15), centre + pd.Timedelta(days=15))


def _bar_width(periods: pd.Series) -> float:
    """Bar width in days: 80% of the smallest gap between periods (1 day for a single one)."""
    unique = pd.Series(pd.to_datetime(periods).unique()).sort_values()
    if len(unique) < 2:
        return 0.8
    return 0.8 * unique.diff().dropna().min() / pd.Timedelta(days=1)


def _draw_events(axes: Axes, events: pd.DataFrame | None) -> None:
    """Dashed vertical lines with their labels (a ``date, label`` table from event_markers)."""
    if events is None or len(events) == 0:
        return
    table = _tl.event_markers(events)
    low, high = mdates.num2date(axes.get_xlim()[0]), mdates.num2date(axes.get_xlim()[1])
    low, high = pd.Timestamp(low).tz_localize(None), pd.Timestamp(high).tz_localize(None)
    table = table[(table[_tl.DATE] >= low) & (table[_tl.DATE] <= high)]  # only those in view
    for number, (when, label) in enumerate(zip(table[_tl.DATE], table[_tl.LABEL], strict=True)):
        axes.axvline(when, color="#444444", linestyle="--", linewidth=0.9, zorder=1)
        axes.annotate(
            label,
            xy=(mdates.date2num(when), 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(3, -4 - 12 * (number % 3)),
            textcoords="offset points",
            ha="left",
            va="top",
            fontsize=8,
            color="#444444",
        )


def _default_note(n_articles: int, periods: pd.Series) -> str:
    dates = pd.to_datetime(pd.Series(periods)).dropna()
    noun = "article" if n_articles == 1 else "articles"
    if dates.empty:
        return f"Source: {n_articles:,} {noun}."
    first, last = dates.min(), dates.max()
    span = f"{first:%d %b %Y}" if first == last else f"{first:%d %b %Y} to {last:%d %b %Y}"
    return f"Source: {n_articles:,} {noun}, periods starting {span}."


def plot_articles_over_time(
    table: pd.DataFrame,
    *,
    events: pd.DataFrame | None = None,
    title: str = "Articles over time",
    source: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Bars of articles per period (from :func:`helpers.timeline.articles_over_time`).

    With a ``group`` column (``by=``), the bars are stacked by outlet or agency, so the chart shows
    the total and who contributed it. *events* (a ``date, label`` table, see
    :func:`helpers.timeline.event_markers`) are drawn as dashed lines.
    """
    figure, axes = figure_and_axes(ax)
    periods = table[_tl.PERIOD]
    if _tl.GROUP in table.columns:
        wide = table.pivot_table(
            index=_tl.PERIOD, columns=_tl.GROUP, values=_tl.N_ARTICLES, aggfunc="sum", sort=False
        ).fillna(0)
        wide = wide.sort_index()
        width = _bar_width(pd.Series(wide.index))
        bottom = np.zeros(len(wide))
        for colour, group in zip(PALETTE * 4, wide.columns, strict=False):
            values = wide[group].to_numpy()
            axes.bar(wide.index, values, width=width, bottom=bottom, color=colour, label=str(group))
            bottom = bottom + values
        if len(wide.columns):
            axes.legend(title=None, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    else:
        axes.bar(periods, table[_tl.N_ARTICLES], width=_bar_width(periods), color=PALETTE[0])
    axes.set_ylim(bottom=0)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_xlabel("Publication date (start of period)")
    axes.set_ylabel("Articles")
    _date_axis(axes, periods)
    _draw_events(axes, events)
    note = source or _default_note(int(table[_tl.N_ARTICLES].sum()), periods)
    return finish(figure, axes, title=title, source=note)


def plot_term_trend(
    table: pd.DataFrame,
    *,
    events: pd.DataFrame | None = None,
    title: str = "Mentions over time",
    source: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """One line per term with its uncertainty band (from :func:`helpers.timeline.term_trend`).

    Periods flagged ``reliable=False`` (too few articles) are left out of the lines and bands and
    shown as small hollow markers, so that they cannot pass for a spike.
    """
    figure, axes = figure_and_axes(ax)
    measure = str(table[_tl.MEASURE].iloc[0]) if len(table) else "share"
    scale = 100.0 if measure == "share" else 1.0
    masked_any = False
    for colour, (term, rows) in zip(PALETTE * 4, table.groupby(_tl.TERM, sort=False), strict=False):
        rows = rows.sort_values(_tl.PERIOD)
        good = rows[_tl.RELIABLE].astype(bool)
        rate = rows[_tl.RATE].where(good) * scale
        axes.fill_between(
            rows[_tl.PERIOD],
            rows[_tl.LOW].where(good) * scale,
            rows[_tl.HIGH].where(good) * scale,
            color=colour,
            alpha=0.18,
            linewidth=0,
        )
        axes.plot(rows[_tl.PERIOD], rate, color=colour, marker="o", markersize=3, label=str(term))
        if good.sum() < 3:  # too few points for a visible band: draw the intervals as bars
            axes.errorbar(
                rows[_tl.PERIOD][good],
                rate[good],
                yerr=[
                    (rows[_tl.RATE] - rows[_tl.LOW])[good] * scale,
                    (rows[_tl.HIGH] - rows[_tl.RATE])[good] * scale,
                ],
                fmt="none",
                ecolor=colour,
                capsize=3,
                linewidth=1,
            )
        weak = rows[~good & rows[_tl.RATE].notna()]
        if len(weak):
            masked_any = True
            axes.scatter(
                weak[_tl.PERIOD],
                weak[_tl.RATE] * scale,
                facecolors="none",
                edgecolors=colour,
                s=18,
                alpha=0.6,
            )
    axes.set_ylim(bottom=0)
    axes.set_xlabel("Publication date (start of period)")
    axes.set_ylabel(_MEASURE_LABELS.get(measure, measure) + (" (%)" if measure == "share" else ""))
    _date_axis(axes, table[_tl.PERIOD])
    _draw_events(axes, events)
    if len(table):
        axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    first_term = table[_tl.TERM].iloc[0] if len(table) else None
    rows = table[table[_tl.TERM] == first_term]
    note = source or _default_note(int(rows[_tl.N_ARTICLES].sum()), rows[_tl.PERIOD])
    note += "  Bands: 95% intervals."
    if masked_any:
        note += " Hollow markers: periods with too few articles to trust (not joined)."
    return finish(figure, axes, title=title, source=note)


def plot_chronology(
    summary: pd.DataFrame,
    *,
    events: pd.DataFrame | None = None,
    labels: int = 8,
    title: str = "Dates mentioned in the articles",
    source: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """When the events written about happened (from :func:`helpers.timeline.chronology_summary`).

    Days are stems whose height is the number of articles mentioning them; weeks and months are
    horizontal bars spanning the period at their height. The *labels* most-mentioned dates are
    labelled.
    """
    figure, axes = figure_and_axes(ax)
    days = summary[summary[_tl.GRANULARITY].isin(["day", "time"])]
    spans = summary[~summary[_tl.GRANULARITY].isin(["day", "time"])]
    if len(days):
        axes.vlines(days[_tl.REFERS_TO], 0, days[_tl.N_ARTICLES], color=PALETTE[0], linewidth=1.2)
        axes.scatter(
            days[_tl.REFERS_TO], days[_tl.N_ARTICLES], color=PALETTE[0], s=22, zorder=3, label="day"
        )
    widths = {"week": 7, "month": 30.4, "quarter": 91.3, "half": 182.6, "season": 91.3}
    for colour, (granularity, rows) in zip(
        PALETTE[1:], spans.groupby(_tl.GRANULARITY, sort=False), strict=False
    ):
        width = widths.get(str(granularity), 365.25)
        axes.barh(
            rows[_tl.N_ARTICLES],
            width,
            left=rows[_tl.REFERS_TO],
            height=max(0.25, 0.02 * float(summary[_tl.N_ARTICLES].max())),
            color=colour,
            alpha=0.7,
            label=str(granularity),
        )
    top = summary.sort_values([_tl.N_ARTICLES, _tl.COUNT], ascending=False).head(labels)
    for when, value, height in zip(
        top[_tl.REFERS_TO], top[_tl.VALUE], top[_tl.N_ARTICLES], strict=True
    ):
        axes.annotate(
            value,
            xy=(mdates.date2num(when), height),
            xytext=(2, 4),
            textcoords="offset points",
            fontsize=8,
            color="#333333",
        )
    axes.set_ylim(0, (summary[_tl.N_ARTICLES].max() if len(summary) else 1) * 1.25 + 0.5)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_xlabel("Date referred to in the text")
    axes.set_ylabel("Articles mentioning it")
    _date_axis(axes, summary[_tl.REFERS_TO])
    _draw_events(axes, events)
    if len(summary):
        axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), title="precision")
    n = int(summary[_tl.COUNT].sum()) if len(summary) else 0
    note = source or f"Source: {n:,} dated mentions."
    note += "  Dates found and resolved automatically: check the sentences before quoting."
    return finish(figure, axes, title=title, source=note)


# --- term-frequency charts (helpers.term_frequency tables) ---------------------------------------


def _term_labels(table: pd.DataFrame) -> pd.Series:
    """Display labels: the surface form of stemmed terms, else the term."""
    if _tfq.SURFACE in table.columns:
        return table[_tfq.SURFACE].fillna(table[TERM]).astype(str)
    return table[TERM].astype(str)


def _term_bars(axes: Axes, table: pd.DataFrame, value: str, colour: str | list[str]) -> None:
    """Bars top to bottom in table order; *colour* is one colour or one per row."""
    ordered = table.iloc[::-1]
    colours = colour[::-1] if isinstance(colour, list) else colour
    axes.barh(range(len(ordered)), ordered[value], color=colours)
    axes.set_yticks(range(len(ordered)), _term_labels(ordered))
    axes.grid(axis="y", visible=False)
    axes.grid(axis="x", color="#dddddd", linewidth=0.6)


def plot_top_terms(
    table: pd.DataFrame,
    *,
    ax: Axes | None = None,
    value: str = COUNT,
    title: str = "Most frequent terms",
    source: str | None = None,
    max_groups: int = 6,
) -> Figure:
    """Horizontal bars of :func:`helpers.term_frequency.top_terms` (or ``tf_idf``) output.

    With a ``group`` column holding several groups, one panel per group (the first *max_groups*);
    pass ``ax`` only for a single ranking. *value* is the bar length column (``n``, ``per_10k``,
    ``tf_idf``).
    """
    groups = list(dict.fromkeys(table[_tfq.GROUP])) if _tfq.GROUP in table.columns else [None]
    groups = groups[:max_groups]
    if len(groups) <= 1 or ax is not None:
        if len(groups) > 1:
            raise ValueError("Several groups need one panel each: call without ax=.")
        figure, axes = figure_and_axes(ax)
        if table.empty:
            axes.text(0.5, 0.5, "No terms to show", ha="center", va="center")
        else:
            _term_bars(axes, table, value, PALETTE[0])
        axes.set_xlabel(value)
        return finish(figure, axes, title=title, source=source)
    columns = min(3, len(groups))
    rows = -(-len(groups) // columns)
    with house_style():
        height = 0.25 * len(table) / len(groups) * rows + 1.5 * rows
        figure = Figure(figsize=(4.0 * columns, height))
        grid = figure.subplots(rows, columns, squeeze=False)
    for i, axes in enumerate(grid.flat):
        if i >= len(groups):
            axes.set_visible(False)
            continue
        _apply_axes_style(axes)
        part = table[table[_tfq.GROUP] == groups[i]]
        _term_bars(axes, part, value, PALETTE[i % len(PALETTE)])
        axes.set_title(str(groups[i]), loc="left", fontsize=11)
    figure.suptitle(title, x=0.0, ha="left", fontweight="bold")
    if source:
        add_source_note(figure, source)
    return figure


def plot_keyness(
    table: pd.DataFrame,
    *,
    n: int = 15,
    ax: Axes | None = None,
    labels: tuple[str, str] = ("target", "reference"),
    title: str = "Key terms",
    source: str | None = None,
) -> Figure:
    """Diverging bars of the log ratio for the *n* strongest key terms of each side.

    Takes :func:`helpers.term_frequency.keyness` output; bars right are typical of the target,
    left of the reference; terms are the strongest by G².
    """
    target = table[table[_tfq.KEY_FOR] == "target"].head(n)
    reference = table[table[_tfq.KEY_FOR] == "reference"].head(n)
    shown = pd.concat([target, reference])
    figure, axes = figure_and_axes(ax, size=(8.0, max(3.0, 0.28 * len(shown) + 1.2)))
    if shown.empty:
        axes.text(0.5, 0.5, "No key terms (too few articles or terms)", ha="center", va="center")
        return finish(figure, axes, title=title, source=source)
    colours = [PALETTE[0] if side == "target" else PALETTE[1] for side in shown[_tfq.KEY_FOR]]
    _term_bars(axes, shown, _tfq.LOG_RATIO, colours)
    axes.axvline(0, color="#555555", linewidth=0.8)
    axes.set_xlabel(f"log ratio (log2): right = more in {labels[0]}, left = more in {labels[1]}")
    return finish(figure, axes, title=title, source=source)


def plot_keyness_by_period(
    table: pd.DataFrame,
    *,
    n: int = 5,
    title: str = "What was distinctive in each period",
    source: str | None = None,
) -> Figure:
    """A table-like chart: one column per period, its *n* most distinctive terms top to bottom.

    Takes :func:`helpers.term_frequency.keyness_by_period` output; darker text means larger G².
    """
    shown = table[table[_tfq.RANK] <= n]
    periods = list(dict.fromkeys(shown[_tfq.GROUP]))
    figure, axes = figure_and_axes(size=(max(6.0, 1.5 * len(periods) + 1), 0.45 * n + 1.8))
    axes.set_xlim(-0.5, max(len(periods), 1) - 0.5)
    axes.set_ylim(n + 0.5, 0.5)
    axes.grid(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_visible(False)
    axes.set_xticks(range(len(periods)), periods)
    axes.xaxis.set_ticks_position("top")
    axes.tick_params(axis="x", length=0, labelrotation=45 if len(periods) > 8 else 0)
    axes.set_yticks(range(1, n + 1), [f"#{rank}" for rank in range(1, n + 1)])
    axes.tick_params(axis="y", length=0)
    if shown.empty:
        axes.text(0, (n + 1) / 2, "No distinctive terms (one period, or too few terms)")
        return finish(figure, axes, title=title, source=source)
    strength = np.log1p(shown[_tfq.G2].to_numpy())
    scale = strength / strength.max() if strength.max() > 0 else strength
    position = {period: i for i, period in enumerate(periods)}
    for (_, row), label, weight in zip(shown.iterrows(), _term_labels(shown), scale, strict=True):
        shade = 0.65 - 0.65 * weight
        axes.text(
            position[row[_tfq.GROUP]],
            row[_tfq.RANK],
            label,
            ha="center",
            va="center",
            fontsize=9,
            color=(shade, shade, shade),
        )
    return finish(figure, axes, title=title, source=source)


def plot_dispersion(
    table: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str = "Where the terms occur, in time order",
    source: str | None = None,
) -> Figure:
    """One row per term, a tick at each occurrence along the corpus read in time order.

    Takes :func:`helpers.term_frequency.dispersion` output; the x axis is the token position,
    labelled with publication dates.
    """
    terms = table.attrs.get("terms") or list(dict.fromkeys(table[TERM]))
    n_tokens = table.attrs.get("n_tokens", int(table[_tfq.POSITION].max() or 0) + 1)
    figure, axes = figure_and_axes(ax, size=(8.0, max(2.0, 0.5 * len(terms) + 1.2)))
    for i, term in enumerate(terms):
        hits = table.loc[table[TERM] == term, _tfq.POSITION]
        axes.vlines(hits, i - 0.35, i + 0.35, color=PALETTE[i % len(PALETTE)], linewidth=0.8)
    axes.set_yticks(range(len(terms)), [f"{t} ({(table[TERM] == t).sum()})" for t in terms])
    axes.set_ylim(len(terms) - 0.5, -0.5)
    axes.set_xlim(0, max(n_tokens, 1))
    axes.grid(axis="y", visible=False)
    ticks = table.attrs.get("date_ticks", [])
    if ticks:
        axes.set_xticks([p for p, _ in ticks], [label for _, label in ticks])
        axes.set_xlabel("position in the corpus (articles in date order)")
    else:
        axes.set_xlabel("token position in the corpus")
    return finish(figure, axes, title=title, source=source)


def plot_collocations(
    table: pd.DataFrame,
    *,
    term: str = "",
    n: int = 20,
    value: str = "g2",
    ax: Axes | None = None,
    source: str | None = None,
) -> Figure:
    """Horizontal bars of the strongest collocates (:func:`helpers.term_frequency.collocations`)."""
    shown = table.head(n).rename(columns={_tfq.COLLOCATE: TERM})
    figure, axes = figure_and_axes(ax, size=(8.0, max(3.0, 0.28 * len(shown) + 1.2)))
    if shown.empty:
        axes.text(0.5, 0.5, "No collocates reach the minimum count", ha="center", va="center")
    else:
        _term_bars(axes, shown, value, PALETTE[2])
    axes.set_xlabel({"g2": "log-likelihood G²", "pmi": "PMI (log2)"}.get(value, value))
    title = f"Words near '{term}'" if term else "Collocates"
    return finish(figure, axes, title=title, source=source)


# --- sentiment charts (helpers.sentiment tables) -------------------------------------------------


_SENTIMENT_LABELS = {
    _sent.MEAN_COMPOUND: "Mean sentence compound (−1 to 1)",
    _sent.SHARE_POSITIVE: "Share of positive sentences",
    _sent.SHARE_NEGATIVE: "Share of negative sentences",
    _sent.COMPOUND: "Mean sentence compound (−1 to 1)",
}


def plot_sentiment_over_time(
    table: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str = "Sentiment over time",
    source: str | None = None,
) -> Figure:
    """Mean per period with its bootstrap interval (band), and the articles behind each point (bars).

    Takes :func:`helpers.sentiment.sentiment_over_time` or :func:`~helpers.sentiment.sentences_over_time`
    output. Periods without articles are gaps; a single period is drawn as one point.
    """
    figure, axes = figure_and_axes(ax)
    data = table.sort_values(_sent.PERIOD)
    measure = (
        data[_sent.MEASURE].iloc[0]
        if _sent.MEASURE in data.columns and len(data)
        else _sent.COMPOUND
    )
    periods = pd.to_datetime(data[_sent.PERIOD])
    counts = axes.twinx()
    counts.bar(
        periods,
        data[_sent.N_ARTICLES],
        width=_sentiment_bar_width(periods),
        color="#cccccc",
        alpha=0.6,
        zorder=0,
    )
    counts.set_ylabel("Articles behind each point", color="#777777")
    counts.set_ylim(0, max(1, float(data[_sent.N_ARTICLES].max() or 0)) * 3)
    counts.spines["right"].set_visible(True)
    counts.tick_params(axis="y", colors="#777777")
    axes.set_zorder(counts.get_zorder() + 1)
    axes.patch.set_visible(False)
    axes.fill_between(
        periods, data[_sent.CI_LOW], data[_sent.CI_HIGH], color=PALETTE[0], alpha=0.2, lw=0
    )
    axes.plot(periods, data[_sent.MEAN], marker="o", markersize=4, color=PALETTE[0])
    axes.vlines(  # the interval of isolated points, which have no band around them
        periods, data[_sent.CI_LOW], data[_sent.CI_HIGH], color=PALETTE[0], linewidth=1
    )
    axes.axhline(0, color="#444444", linewidth=0.8)
    axes.set_ylabel(_SENTIMENT_LABELS.get(measure, measure))
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    if len(periods.dropna()) and periods.min() == periods.max():
        axes.set_xlim(periods.min() - pd.Timedelta(days=15), periods.max() + pd.Timedelta(days=15))
    total = int(data[_sent.N_ARTICLES].sum())
    noun = "article" if total == 1 else "articles"
    note = source or f"Source: {total:,} {noun}; band and bars: 95% bootstrap interval."
    return finish(figure, axes, title=title, source=note)


def _sentiment_bar_width(periods: pd.Series) -> float:
    unique = pd.Series(periods.dropna().unique()).sort_values()
    if len(unique) < 2:
        return 20.0
    return 0.8 * unique.diff().dropna().min() / pd.Timedelta(days=1)


def plot_sentiment_by_group(
    table: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str = "Sentiment by group",
    source: str | None = None,
    max_groups: int = 20,
) -> Figure:
    """Mean with its bootstrap interval per group (outlet, target vs other, quote vs narration).

    Takes :func:`helpers.sentiment.sentiment_by_group` or
    :func:`~helpers.sentiment.compare_sentences` output; shows the first *max_groups* rows, each
    labelled with the number of articles (and sentences) behind it.
    """
    data = table.head(max_groups).iloc[::-1]
    figure, axes = figure_and_axes(ax, size=(8.0, max(2.5, 0.45 * len(data) + 1.5)))
    positions = np.arange(len(data))
    means = data[_sent.MEAN].to_numpy(dtype="float64")
    errors = np.vstack(
        [
            means - data[_sent.CI_LOW].to_numpy(dtype="float64"),
            data[_sent.CI_HIGH].to_numpy(dtype="float64") - means,
        ]
    )
    axes.errorbar(
        means, positions, xerr=errors, fmt="o", color=PALETTE[0], ecolor=PALETTE[0], capsize=3
    )
    labels = []
    for _, row in data.iterrows():
        count = f"{int(row[_sent.N_ARTICLES]):,} art."
        if _sent.N_SENTENCES in data.columns:
            count = f"{int(row[_sent.N_SENTENCES]):,} sent., " + count
        labels.append(f"{row[_sent.GROUP]}\n({count})")
    axes.set_yticks(positions, labels)
    axes.axvline(0, color="#444444", linewidth=0.8)
    axes.grid(axis="x", color="#dddddd", linewidth=0.6)
    axes.grid(axis="y", visible=False)
    measure = data[_sent.MEASURE].iloc[0] if _sent.MEASURE in data.columns and len(data) else ""
    axes.set_xlabel(_SENTIMENT_LABELS.get(measure, "Mean sentence compound (−1 to 1)"))
    note = source or "Bars: 95% bootstrap interval (whole articles resampled)."
    return finish(figure, axes, title=title, source=note)


def plot_saturation(
    table: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str = "Whole-article compound saturates; the sentence mean does not",
    source: str | None = None,
) -> Figure:
    """Histograms of the whole-article compound and the mean sentence compound.

    Takes :func:`helpers.sentiment.whole_article_scores` output.
    """
    figure, axes = figure_and_axes(ax)
    bins = np.linspace(-1, 1, 41)
    axes.hist(
        table[_sent.WHOLE_COMPOUND],
        bins=bins,
        color=PALETTE[3],
        alpha=0.6,
        label="whole article scored at once",
    )
    axes.hist(
        table[_sent.MEAN_COMPOUND],
        bins=bins,
        color=PALETTE[0],
        alpha=0.6,
        label="mean of its sentences",
    )
    axes.set_xlabel("Compound score")
    axes.set_ylabel("Articles")
    axes.legend(loc="upper center")
    note = source or f"Source: {len(table):,} articles."
    return finish(figure, axes, title=title, source=note)


# --- quote charts (helpers.quotes tables) --------------------------------------------------------


def plot_top_speakers(
    table: pd.DataFrame,
    *,
    title: str = "Who gets quoted",
    source: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Horizontal bars of quotes per speaker, split into direct, partial and reported speech.

    *table* comes from :func:`helpers.quotes.top_speakers` (most quoted first, drawn on top).
    """
    figure, axes = figure_and_axes(ax)
    rows = table.iloc[::-1]
    left = np.zeros(len(rows))
    labels = {_qt.DIRECT: "direct", _qt.PARTIAL: "partial", _qt.INDIRECT: "reported"}
    for colour, (column, label) in zip(PALETTE, labels.items(), strict=False):
        values = rows[column].to_numpy(dtype=float) if len(rows) else np.zeros(0)
        axes.barh(rows[_qt.RESOLVED_SPEAKER], values, left=left, color=colour, label=label)
        left = left + values
    axes.grid(axis="x", color="#dddddd", linewidth=0.6)
    axes.grid(axis="y", visible=False)
    axes.set_xlabel("Quotes")
    axes.xaxis.get_major_locator().set_params(integer=True)
    if len(rows):
        axes.legend(loc="lower right")
    else:
        axes.text(0.5, 0.5, "No quotes found", ha="center", va="center", transform=axes.transAxes)
    note = source or f"Source: {int(table[_qt.N_QUOTES].sum()) if len(table) else 0:,} quotes."
    return finish(figure, axes, title=title, source=note)


def plot_speaker_timeline(
    table: pd.DataFrame,
    *,
    title: str = "Who gets quoted over time",
    source: str | None = None,
    ax: Axes | None = None,
) -> Figure:
    """One line per speaker: quotes per period (from :func:`helpers.quotes.speaker_timeline`).

    With a single period the values are drawn as dots, so a one-article corpus still shows.
    """
    figure, axes = figure_and_axes(ax)
    speakers = list(dict.fromkeys(table[_qt.RESOLVED_SPEAKER]))
    single = table[_qt.PERIOD].nunique() < 2
    for colour, speaker in zip(PALETTE * 3, speakers, strict=False):
        rows = table[table[_qt.RESOLVED_SPEAKER] == speaker]
        axes.plot(
            rows[_qt.PERIOD],
            rows[_qt.N_QUOTES],
            marker="o",
            markersize=6 if single else 3,
            linewidth=0 if single else 1.5,
            color=colour,
            label=speaker,
        )
    if speakers:
        axes.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
        _date_axis(axes, table[_qt.PERIOD])
    else:
        axes.text(0.5, 0.5, "No dated quotes", ha="center", va="center", transform=axes.transAxes)
    axes.set_ylim(bottom=0)
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_xlabel("Publication date (start of period)")
    axes.set_ylabel("Quotes")
    note = source or f"Source: {int(table[_qt.N_QUOTES].sum()) if len(table) else 0:,} quotes."
    return finish(figure, axes, title=title, source=note)
