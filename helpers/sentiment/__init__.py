"""Sentiment of news text with VADER, sentence by sentence, validated against human ratings.

* :mod:`~helpers.sentiment.scoring` -- :func:`score_texts`, :func:`score_sentences`: exactly the
  scores of the reference ``vaderSentiment`` 3.3.2, faster (the speed-up is isolated in
  :mod:`~helpers.sentiment.fast_vader`, with its conformance test).
* :mod:`~helpers.sentiment.aggregation` -- article scores (mean sentence compound, shares of
  positive and negative sentences), over time and by group with bootstrap intervals that resample
  whole articles; the sentences behind a point.
* :mod:`~helpers.sentiment.targets` -- sentences mentioning a target against the rest, quotes
  against narration (:func:`split_by_spans`).
* :mod:`~helpers.sentiment.reading` -- the most positive and negative sentences.
* :mod:`~helpers.sentiment.nltk_port` -- NLTK's port of VADER on the same lexicon, for comparison.
* :mod:`helpers.evaluation.vader_nyt` -- the VADER paper's NYT editorial ratings (validation).

Marked copies count once (:mod:`helpers.selection`), periods come from :mod:`helpers.periods`,
column names from :mod:`helpers.columns`. The explorer is
:func:`helpers.explore.explore_sentiment` (the explore layer, above this one).
"""

# Everything imported here is part of the public surface of this package (older code and the
# notebooks use these names); __all__ lists the main functions only.
from __future__ import annotations

from typing import Any

from helpers.columns import (  # noqa: F401  (column names of the sentiment tables, as s.COMPOUND ...)
    CI_HIGH,
    CI_LOW,
    COMPOUND,
    DIFFERENCE,
    GOLD,
    GROUP,
    KIND,
    MEAN,
    MEAN_COMPOUND,
    MEASURE,
    METRIC,
    N_ARTICLES,
    N_SENTENCES,
    NEG,
    NEU,
    NLTK,
    PAPER,
    PERIOD,
    POS,
    PREDICTED,
    RANK,
    RATING,
    REFERENCE,
    SHARE_NEGATIVE,
    SHARE_POSITIVE,
    SIDE,
    UNKNOWN,
    VALUE,
    WHOLE_COMPOUND,
)
from helpers.periods import period_start  # noqa: F401
from helpers.sentiment.aggregation import (  # noqa: F401
    article_sentiment,
    attach_articles,
    saturation_summary,
    select_sentences,
    sentences_in_period,
    sentences_over_time,
    sentiment_by_group,
    sentiment_over_time,
    whole_article_scores,
)
from helpers.sentiment.fast_vader import analyzer  # noqa: F401
from helpers.sentiment.nltk_port import compare_with_nltk, nltk_analyzer  # noqa: F401
from helpers.sentiment.reading import extreme_sentences
from helpers.sentiment.scoring import NEUTRAL_BAND, SCORE_COLUMNS, score_sentences, score_texts  # noqa: F401
from helpers.sentiment.targets import (  # noqa: F401
    OTHER_SENTENCES,
    compare_sentences,
    compare_target,
    mark_target,
    mentions,
    split_by_spans,
    target_label,
)
from helpers.text import terms_pattern  # noqa: F401

__all__ = [
    "article_sentiment",
    "compare_sentences",
    "compare_target",
    "extreme_sentences",
    "score_sentences",
    "score_texts",
    "sentiment_by_group",
    "sentiment_over_time",
    "split_by_spans",
]


#: Names loaded on first use, and the module that holds them: the NYT validation (which itself
#: imports helpers.sentiment.scoring).
_LAZY = {
    "NYT_PAPER": "helpers.evaluation.vader_nyt",
    "confusion_table": "helpers.evaluation.vader_nyt",
    "read_vader_nyt": "helpers.evaluation.vader_nyt",
    "score_vader_nyt": "helpers.evaluation.vader_nyt",
    "validation_metrics": "helpers.evaluation.vader_nyt",
}


def __getattr__(name: str) -> Any:
    """The NYT validation, imported on first use."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
