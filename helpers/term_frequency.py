"""Term frequency, under its original import name: a thin re-export of :mod:`helpers.frequency`.

New code imports :mod:`helpers.frequency` (the analyses), :mod:`helpers.selection`
(``select_articles``) and :mod:`helpers.columns` (column names). The explorers and
``style_concordance`` live in the explore layer above the analyses: :mod:`helpers.explore`.
"""

from __future__ import annotations

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

__all__ = [
    "article_groups",
    "collocations",
    "concordance",
    "default_stop_words",
    "dispersion",
    "keyness",
    "keyness_by_period",
    "select_articles",
    "term_counts",
    "tf_idf",
    "top_terms",
]
