"""The old import paths keep working: every public name of the former single-file modules
(``helpers/term_frequency.py``, ``timeline.py``, ``sentiment.py``) is still there, and importing them
loads no widget library. The explorers moved up to the explore layer (an analysis never imports
``helpers.explore``, tests/test_layers.py): they are imported from :mod:`helpers.explore`."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys

import pytest

from helpers.paths import PROJECT_ROOT

#: Public names of the modules before the split (functions, classes, constants), as of 3972ce7,
#: except the explorers (see MOVED_TO_EXPLORE).
OLD_NAMES: dict[str, list[str]] = {
    "helpers.term_frequency": [
        "COLLOCATE",
        "DOCUMENT_FREQUENCY",
        "G2",
        "GROUP",
        "KEY_FOR",
        "LEFT",
        "LOG_RATIO",
        "MATCH",
        "N_REFERENCE",
        "N_TARGET",
        "PER_10K",
        "PER_10K_REFERENCE",
        "PER_10K_TARGET",
        "PMI",
        "POSITION",
        "P_VALUE",
        "RANK",
        "RIGHT",
        "SURFACE",
        "TF_IDF",
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
        "select_articles",
        "term_counts",
        "tf_idf",
        "top_terms",
    ],
    "helpers.timeline": [
        "CHRONOLOGY_COLUMNS",
        "COUNT_COLUMNS",
        "DATE",
        "EXAMPLE",
        "EXPRESSION",
        "FIRST_PUBLISHED",
        "GRANULARITY",
        "GROUP",
        "HIGH",
        "LABEL",
        "LAST_PUBLISHED",
        "LOW",
        "MEASURE",
        "MEASURES",
        "MENTIONS",
        "N_WORDS",
        "OTHER",
        "PERIOD",
        "RATE",
        "REFERS_TO",
        "RELIABLE",
        "SUMMARY_COLUMNS",
        "TREND_COLUMNS",
        "TYPE",
        "UNKNOWN",
        "VALUE",
        "articles_over_time",
        "chronology",
        "chronology_summary",
        "corpus_note",
        "count_terms",
        "event_markers",
        "parse_timex_value",
        "period_articles",
        "poisson_interval",
        "select_articles",
        "term_pattern",
        "term_trend",
        "wilson_interval",
    ],
    "helpers.sentiment": [
        "CI_HIGH",
        "CI_LOW",
        "COMPOUND",
        "DIFFERENCE",
        "GOLD",
        "GROUP",
        "KIND",
        "MEAN",
        "MEAN_COMPOUND",
        "MEASURE",
        "METRIC",
        "NEG",
        "NEU",
        "NEUTRAL_BAND",
        "NLTK",
        "NYT_PAPER",
        "N_SENTENCES",
        "OTHER_SENTENCES",
        "PAPER",
        "PERIOD",
        "POS",
        "PREDICTED",
        "RANK",
        "RATING",
        "REFERENCE",
        "SCORE_COLUMNS",
        "SHARE_NEGATIVE",
        "SHARE_POSITIVE",
        "SIDE",
        "UNKNOWN",
        "VALUE",
        "WHOLE_COMPOUND",
        "analyzer",
        "article_sentiment",
        "attach_articles",
        "compare_sentences",
        "compare_target",
        "compare_with_nltk",
        "confusion_table",
        "extreme_sentences",
        "mark_target",
        "mentions",
        "nltk_analyzer",
        "read_vader_nyt",
        "saturation_summary",
        "score_sentences",
        "score_texts",
        "score_vader_nyt",
        "select_sentences",
        "sentences_in_period",
        "sentences_over_time",
        "sentiment_by_group",
        "sentiment_over_time",
        "split_by_spans",
        "target_label",
        "validation_metrics",
        "whole_article_scores",
    ],
}


#: Old widget names of the analysis modules -> the module of the explore layer that holds them now.
MOVED_TO_EXPLORE: dict[str, dict[str, str]] = {
    "helpers.term_frequency": {
        "ConcordanceExplorer": "helpers.explore.frequency",
        "KeynessExplorer": "helpers.explore.frequency",
        "SHOWN_ROWS": "helpers.explore.base",
        "concordance_explorer": "helpers.explore",
        "keyness_explorer": "helpers.explore",
        "style_concordance": "helpers.explore",
    },
    "helpers.timeline": {
        "ChartFunction": "helpers.explore.timeline",
        "TimelineExplorer": "helpers.explore.timeline",
        "explore_timeline": "helpers.explore",
    },
    "helpers.sentiment": {
        "SentimentExplorer": "helpers.explore.sentiment",
        "explore_sentiment": "helpers.explore",
    },
    "helpers.quotes": {
        "QuoteExplorer": "helpers.explore.quotes",
        "quote_explorer": "helpers.explore",
    },
}


@pytest.mark.parametrize("module", sorted(MOVED_TO_EXPLORE))
def test_explorers_live_in_the_explore_layer_only(module: str) -> None:
    analysis = importlib.import_module(module)
    for name, home in MOVED_TO_EXPLORE[module].items():
        assert hasattr(importlib.import_module(home), name), f"{home} lost {name}"
        assert not hasattr(analysis, name), f"{module}.{name}: an analysis re-exports a widget"


@pytest.mark.parametrize("module", sorted(OLD_NAMES))
def test_every_old_public_name_is_still_there(module: str) -> None:
    loaded = importlib.import_module(module)
    assert [name for name in OLD_NAMES[module] if not hasattr(loaded, name)] == []


@pytest.mark.parametrize(
    "module",
    ["helpers.term_frequency", "helpers.frequency", "helpers.timeline", "helpers.sentiment"],
)
def test_importing_an_analysis_loads_no_widgets_and_no_heavy_library(module: str) -> None:
    heavy = ["ipywidgets", "itables", "IPython", "nltk", "sklearn", "scipy", "matplotlib"]
    code = f"import sys, {module}; print([m for m in {heavy!r} if m in sys.modules])"
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
    )
    assert result.stdout.strip() == "[]"
