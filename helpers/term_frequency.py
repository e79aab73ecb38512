"""Term frequency, under its original import name: a thin re-export of :mod:`helpers.frequency`.

New code imports :mod:`helpers.frequency` (the analyses), :mod:`helpers.selection`
(``select_articles``), :mod:`helpers.columns` (column names) and :mod:`helpers.explore.frequency`
(the explorers and ``style_concordance``). The names below keep notebooks and older code working;
the explorers are loaded only when first used, so importing this module never imports ipywidgets.
"""

from __future__ import annotations

from typing import Any

from helpers.columns import (  # noqa: F401  (column names used by older code: tf.G2, tf.SURFACE ...)
    COLLOCATE,
    G2,
    GROUP,
    KEY_FOR,
    LEFT,
    LOG_RATIO,
    MATCH,
    N_ARTICLES,
    N_REFERENCE,
    N_TARGET,
    P_VALUE,
    PER_10K,
    PER_10K_REFERENCE,
    PER_10K_TARGET,
    PMI,
    POSITION,
    RANK,
    RIGHT,
    SURFACE,
    TF_IDF,
)
from helpers.frequency import (  # noqa: F401  (the old public names, all kept)
    article_groups,
    chi2_sf,
    collocations,
    concordance,
    default_stop_words,
    dispersion,
    keyness,
    keyness_by_period,
    log_likelihood,
    log_ratio,
    make_analyzer,
    term_counts,
    tf_idf,
    top_terms,
)
from helpers.selection import select_articles

#: Old name of :data:`helpers.columns.N_ARTICLES` (the articles a term occurs in).
DOCUMENT_FREQUENCY = N_ARTICLES

_EXPLORE = {
    "SHOWN_ROWS",
    "ConcordanceExplorer",
    "KeynessExplorer",
    "concordance_explorer",
    "keyness_explorer",
    "style_concordance",
}

__all__ = [
    "article_groups",
    "collocations",
    "concordance",
    "concordance_explorer",  # noqa: F822  (loaded on first use, see __getattr__)
    "default_stop_words",
    "dispersion",
    "keyness",
    "keyness_by_period",
    "keyness_explorer",  # noqa: F822
    "select_articles",
    "style_concordance",  # noqa: F822
    "term_counts",
    "tf_idf",
    "top_terms",
]


def __getattr__(name: str) -> Any:
    """The explorers, imported from :mod:`helpers.explore.frequency` on first use."""
    if name in _EXPLORE:
        from helpers.explore import frequency as explore

        return getattr(explore, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
