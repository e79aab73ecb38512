"""Term frequency: counts, n-grams, TF-IDF, keyness, collocations, concordances, dispersion.

Every analysis starts from one tidy table of term counts, ``article_id, term, n``
(:func:`term_counts`), and returns another table:

* :mod:`~helpers.frequency.counts` -- :func:`term_counts`, :func:`make_analyzer` (how text becomes
  terms; n-grams stay inside the sentences of :func:`helpers.text.sentence_spans`);
* :mod:`~helpers.frequency.ranking` -- :func:`article_groups`, :func:`top_terms` overall, per
  outlet or per period, and :func:`tf_idf`;
* :mod:`~helpers.frequency.keyness` -- :func:`keyness` (log-likelihood G², p-value, log ratio) of
  one subcorpus against another, :func:`keyness_by_period`;
* :mod:`~helpers.frequency.collocations` -- :func:`collocations` (PMI and G²);
* :mod:`~helpers.frequency.concordance` -- :func:`concordance` (key word in context);
* :mod:`~helpers.frequency.dispersion` -- :func:`dispersion` along the corpus in time order.

Subcorpora come from :func:`helpers.selection.select_articles`; each story counts once unless
``include_duplicates=True`` (:mod:`helpers.selection`). Search terms follow the one term grammar
of :mod:`helpers.text.terms`. Column names are in :mod:`helpers.columns`. The interactive explorers
live in :mod:`helpers.explore.frequency`.
"""

from __future__ import annotations

from helpers.frequency.collocations import collocations
from helpers.frequency.concordance import concordance
from helpers.frequency.counts import default_stop_words, make_analyzer, term_counts
from helpers.frequency.dispersion import dispersion
from helpers.frequency.keyness import (
    chi2_sf,
    keyness,
    keyness_by_period,
    log_likelihood,
    log_ratio,
)
from helpers.frequency.ranking import article_groups, tf_idf, top_terms

__all__ = [
    "article_groups",
    "chi2_sf",
    "collocations",
    "concordance",
    "default_stop_words",
    "dispersion",
    "keyness",
    "keyness_by_period",
    "log_likelihood",
    "log_ratio",
    "make_analyzer",
    "term_counts",
    "tf_idf",
    "top_terms",
]
