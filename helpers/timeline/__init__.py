"""Timeline: coverage over time, normalised term trends, and an event chronology.

Three questions, three tables (tidy, one row per period or per mention):

* :mod:`~helpers.timeline.coverage` -- :func:`articles_over_time`: how many articles per day /
  week / month, overall or per outlet or agency; periods without articles are rows with zero;
  :func:`corpus_note` (the chart source line) and :func:`period_articles` (what is behind a spike).
* :mod:`~helpers.timeline.trends` -- :func:`count_terms` then :func:`term_trend`: how often terms
  are mentioned, as the share of articles (Wilson interval) or per 10,000 words (Poisson
  interval), with a ``reliable`` flag for thin periods.
* :mod:`~helpers.timeline.chronology` -- :func:`chronology` then :func:`chronology_summary`: the
  dates *written inside* the articles, normalised by :mod:`helpers.dates`.
* :mod:`~helpers.timeline.events` -- :func:`event_markers`: the user's own dates for the charts.

Periods come from :mod:`helpers.periods`, article selection and the duplicate policy (a wire copy
counts once) from :mod:`helpers.selection`, search terms follow :mod:`helpers.text.terms`, column
names are in :mod:`helpers.columns`. The explorer is :func:`helpers.explore.explore_timeline`
(the explore layer, above this one).
"""

# Everything imported here is part of the public surface of this package (older code and the
# notebooks use these names); __all__ lists the main functions only.
from __future__ import annotations

from helpers.columns import (  # noqa: F401  (column names of the timeline tables, as tl.VALUE ...)
    COUNT,
    DATE,
    EXAMPLE,
    EXPRESSION,
    FIRST_PUBLISHED,
    GRANULARITY,
    GROUP,
    HIGH,
    LABEL,
    LAST_PUBLISHED,
    LOW,
    MEASURE,
    MENTIONS,
    N_ARTICLES,
    N_WORDS,
    OTHER,
    PERIOD,
    RATE,
    REFERS_TO,
    RELIABLE,
    TERM,
    UNKNOWN,
    VALUE,
)
from helpers.columns import TIMEX_TYPE as TYPE  # noqa: F401  (chronology: TIMEX3 type)
from helpers.selection import select_articles
from helpers.text import terms_pattern as term_pattern  # noqa: F401  (old name, one grammar)
from helpers.timeline.chronology import (  # noqa: F401
    CHRONOLOGY_COLUMNS,
    SUMMARY_COLUMNS,
    chronology,
    chronology_summary,
    parse_timex_value,
)
from helpers.timeline.coverage import (  # noqa: F401
    COUNT_COLUMNS,
    articles_over_time,
    corpus_note,
    period_articles,
)
from helpers.timeline.events import event_markers
from helpers.timeline.trends import (  # noqa: F401
    MEASURES,
    TREND_COLUMNS,
    count_terms,
    poisson_interval,
    term_trend,
    wilson_interval,
)

__all__ = [
    "articles_over_time",
    "chronology",
    "chronology_summary",
    "corpus_note",
    "count_terms",
    "event_markers",
    "period_articles",
    "select_articles",
    "term_trend",
]
