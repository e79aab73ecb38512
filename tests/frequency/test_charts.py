"""Charts of term-frequency tables (helpers.plots)."""

from __future__ import annotations

import helpers.frequency as fq
from helpers.columns import OUTLET, TERM


def test_term_frequency_charts(small) -> None:
    from matplotlib.figure import Figure

    from helpers import plots

    counts = fq.term_counts(small)
    top = fq.top_terms(counts, n=3)
    figure = plots.plot_top_terms(top)
    assert isinstance(figure, Figure)
    labels = [label.get_text() for label in figure.axes[0].get_yticklabels()]
    assert labels[::-1] == top[TERM].tolist()  # most frequent at the top
    by_outlet = fq.top_terms(counts, groups=fq.article_groups(small, by=OUTLET), n=3)
    assert len([ax for ax in plots.plot_top_terms(by_outlet).axes if ax.get_visible()]) == 2
    key = fq.keyness(counts, ["a1", "a2"], min_count=1)
    bars = plots.plot_keyness(key, n=2).axes[0].patches
    assert len(bars) == 4
    assert isinstance(plots.plot_keyness(key.iloc[:0]), Figure)
    by_period = fq.keyness_by_period(counts, small, min_count=2)
    texts = [t.get_text() for t in plots.plot_keyness_by_period(by_period).axes[0].texts]
    assert "oil" in texts
    dispersion = fq.dispersion(small, ["oil", "harvest"])
    axes = plots.plot_dispersion(dispersion).axes[0]
    assert len(axes.collections) == 2
    assert axes.get_xticklabels()[0].get_text() == "2020-01-05"
    assert isinstance(plots.plot_collocations(fq.collocations(small, "oil", min_count=1)), Figure)
