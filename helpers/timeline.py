"""Coverage over time, normalised term trends, and an event chronology from dates in the text.

Three questions, three tables (tidy, one row per period or per mention):

* :func:`articles_over_time`: how many articles per day / week / month, overall or per outlet or
  agency; near-duplicates counted once; periods without articles are rows with zero.
* :func:`count_terms` then :func:`term_trend`: how often terms or phrases are mentioned, as the
  share of articles that mention them (Wilson score interval) or per 10,000 words (Poisson
  interval), with a ``reliable`` flag that masks periods with too few articles.
* :func:`chronology` then :func:`chronology_summary`: the dates *written inside* the articles
  ("the Aug. 9 election", "said Tuesday", "last month"), found and normalised by
  :mod:`helpers.dates` against each article's publication date.

The explorer at the end of the module (:func:`explore_timeline`) wires ipywidgets controls to the
same functions; it is the only part that needs ipywidgets, imported when it is called.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from statistics import NormalDist
from typing import Any

import numpy as np
import pandas as pd

from helpers.corpus import (
    AGENCY,
    ARTICLE_ID,
    COUNT,
    DUPLICATE_OF,
    END,
    N_ARTICLES,
    OUTLET,
    PERIODS,
    PUBLISHED,
    SENTENCE,
    SENTENCE_INDEX,
    START,
    TERM,
    TEXT,
    TITLE,
    WORD_COUNT,
    period_start,
    sentences,
)
from helpers.dates import find_temporal_expressions
from helpers.text import parse_terms

# --------------------------------------------------------------------------------------------------
# Column names of the tables this module returns
# --------------------------------------------------------------------------------------------------

#: Start of the period (``datetime64``): the day, the Monday of the week, the first of the month.
PERIOD = "period"
#: The outlet or agency a row counts (tables made with ``by=``).
GROUP = "group"
#: Words in the period's articles.
N_WORDS = "n_words"
#: Term trend: articles mentioning the term (``measure="share"``) or occurrences (``"per_10k"``).
MENTIONS = "mentions"
#: Term trend: share of articles (0-1) or mentions per 10,000 words.
RATE = "rate"
#: Lower and upper bound of the uncertainty interval of ``rate``.
LOW = "low"
HIGH = "high"
#: Term trend: ``"share"`` or ``"per_10k"`` (what ``rate`` measures).
MEASURE = "measure"
#: Term trend: False when the period has fewer articles than ``min_articles`` (masked in charts).
RELIABLE = "reliable"
#: Event markers: the day and the label drawn on charts.
DATE = "date"
LABEL = "label"
#: Chronology: the TIMEX3 value (``2020-08-09``), the words as written, and the TIMEX3 type.
VALUE = "value"
EXPRESSION = "expression"
TYPE = "type"
#: Chronology: first day the value refers to (NaT for ``PAST_REF``, durations, sets).
REFERS_TO = "refers_to"
#: Chronology: what the value pins down: ``time``, ``day``, ``week``, ``month``, ``quarter``,
#: ``season``, ``year``, ``decade``, ``century``, or "" when it is not a point in time.
GRANULARITY = "granularity"
#: Chronology summary: first and last publication date mentioning a value; an example sentence.
FIRST_PUBLISHED = "first_published"
LAST_PUBLISHED = "last_published"
EXAMPLE = "example"

MEASURES = ("share", "per_10k")

COUNT_COLUMNS = (PERIOD, N_ARTICLES)
TREND_COLUMNS = (
    PERIOD,
    TERM,
    N_ARTICLES,
    N_WORDS,
    MENTIONS,
    MEASURE,
    RATE,
    LOW,
    HIGH,
    RELIABLE,
)
CHRONOLOGY_COLUMNS = (
    VALUE,
    EXPRESSION,
    TYPE,
    SENTENCE,
    ARTICLE_ID,
    PUBLISHED,
    REFERS_TO,
    GRANULARITY,
    SENTENCE_INDEX,
    START,
    END,
)
SUMMARY_COLUMNS = (
    VALUE,
    REFERS_TO,
    GRANULARITY,
    COUNT,
    N_ARTICLES,
    FIRST_PUBLISHED,
    LAST_PUBLISHED,
    EXAMPLE,
)

#: Label of the rows that fold the smaller outlets or agencies together (``top=``).
OTHER = "Other"
#: Label of articles without an outlet or agency.
UNKNOWN = "(unknown)"


# --------------------------------------------------------------------------------------------------
# Selecting articles
# --------------------------------------------------------------------------------------------------


def select_articles(
    articles: pd.DataFrame,
    *,
    start: str | pd.Timestamp | None = None,
    end: str | pd.Timestamp | None = None,
    outlet: str | Sequence[str] | None = None,
    by: str = OUTLET,
    include_duplicates: bool = False,
) -> pd.DataFrame:
    """Articles dated between *start* and *end* (inclusive days), from the given outlets.

    Parameters
    ----------
    articles
        The articles table from :func:`helpers.corpus.load_corpus`.
    start, end
        First and last day kept (``"2020-08-01"``); ``None`` leaves that side open. Undated
        articles are dropped as soon as either is given.
    outlet
        One value or several of column *by* to keep; ``None`` keeps all.
    by
        Column *outlet* refers to: ``OUTLET`` (default) or ``AGENCY``.
    include_duplicates
        Keep rows marked in ``duplicate_of``; by default each story is counted once.

    Returns
    -------
    pandas.DataFrame
        A filtered copy with the same columns.
    """
    keep = pd.Series(True, index=articles.index)
    if not include_duplicates:
        keep &= articles[DUPLICATE_OF].fillna("") == ""
    published = _naive(articles[PUBLISHED])
    if start is not None:
        keep &= published >= pd.Timestamp(start).normalize()
    if end is not None:
        keep &= published < pd.Timestamp(end).normalize() + pd.Timedelta(days=1)
    if outlet is not None:
        wanted = [outlet] if isinstance(outlet, str) else list(outlet)
        keep &= _group_labels(articles[by]).isin(wanted) | articles[by].isin(wanted)
    return articles[keep].copy()


def corpus_note(articles: pd.DataFrame, *, include_duplicates: bool = False) -> str:
    """Source line for charts: article count, date range and how duplicates were handled.

    ``"Source: 19,043 articles (Reuters), 20 Oct 1987 to 19 Oct 1988; near-duplicates counted once."``
    """
    kept = select_articles(articles, include_duplicates=include_duplicates)
    dated = _naive(kept[PUBLISHED]).dropna()
    n = len(kept)
    noun = "article" if n == 1 else "articles"
    names = sorted({v for v in kept[OUTLET].tolist() + kept[AGENCY].tolist() if v})
    who = f" ({', '.join(names)})" if 0 < len(names) <= 3 else ""
    if dated.empty:
        span = ", undated"
    else:
        first, last = dated.min(), dated.max()
        span = (
            f", {_day(first)}"
            if first.normalize() == last.normalize()
            else (f", {_day(first)} to {_day(last)}")
        )
    undated = n - len(dated)
    extra = f" ({undated:,} undated not shown)" if undated and len(dated) else ""
    dupes = "" if include_duplicates else "; near-duplicates counted once"
    return f"Source: {n:,} {noun}{who}{span}{extra}{dupes}."


# --------------------------------------------------------------------------------------------------
# Articles per period
# --------------------------------------------------------------------------------------------------


def articles_over_time(
    articles: pd.DataFrame,
    *,
    period: str = "week",
    by: str | None = None,
    top: int | None = None,
    include_duplicates: bool = False,
) -> pd.DataFrame:
    """Count articles per period, overall or per outlet/agency, with empty periods as zero.

    Parameters
    ----------
    articles
        The articles table.
    period
        ``"day"``, ``"week"`` (weeks start on Monday), ``"month"``, ``"quarter"`` or ``"year"``.
    by
        ``None`` for one overall count, or a column to split by (``OUTLET``, ``AGENCY``).
    top
        With *by*: keep the *top* largest groups and fold the rest into ``"Other"``.
    include_duplicates
        Count rows marked in ``duplicate_of`` too (by default each story counts once).

    Returns
    -------
    pandas.DataFrame
        Columns ``period, n_articles`` (plus ``group`` after ``period`` with *by*), one row per
        period from the first to the last dated article (per group), sorted. Undated articles are
        not counted.
    """
    freq = _freq(period)
    kept = select_articles(articles, include_duplicates=include_duplicates)
    published = _naive(kept[PUBLISHED])
    dated = kept[published.notna()]
    starts = period_start(published[published.notna()], period=period)
    grid = _period_grid(starts, freq)
    if by is None:
        counts = starts.value_counts().reindex(grid, fill_value=0)
        return pd.DataFrame(
            {PERIOD: grid, N_ARTICLES: counts.to_numpy(dtype="int64")}, columns=list(COUNT_COLUMNS)
        )
    groups = _fold_groups(_group_labels(dated[by]), top=top)
    counts = pd.crosstab(starts.to_numpy(), groups.to_numpy())
    order = list(groups.value_counts().index)
    if OTHER in order:
        order = [g for g in order if g != OTHER] + [OTHER]
    counts = counts.reindex(index=grid, columns=order, fill_value=0)
    table = counts.stack().rename(N_ARTICLES).reset_index()
    table.columns = [PERIOD, GROUP, N_ARTICLES]
    table[GROUP] = pd.Categorical(table[GROUP], categories=order)
    table = table.sort_values([GROUP, PERIOD], kind="stable").reset_index(drop=True)
    table[GROUP] = table[GROUP].astype(str)
    table[N_ARTICLES] = table[N_ARTICLES].astype("int64")
    return table


# --------------------------------------------------------------------------------------------------
# Term mentions over time
# --------------------------------------------------------------------------------------------------


_SEPARATOR = "\n\x00\n"


def term_pattern(term: str, *, case_sensitive: bool = False) -> re.Pattern[str]:
    """Compile a term or phrase into a regular expression.

    Words must match whole words; any run of spaces matches any whitespace; a trailing ``*``
    matches any word ending (``protest*`` finds *protests*, *protesters*).
    """
    body, left_boundary = _term_body(term)
    lead = r"(?<!\w)" if left_boundary else ""
    return re.compile(lead + body, 0 if case_sensitive else re.IGNORECASE)


def _term_body(term: str) -> tuple[str, bool]:
    """The term's regex without its left word boundary, and whether it needs one."""
    words = term.strip().split()
    if not words:
        raise ValueError("Empty term: give a word or a phrase such as 'election' or 'Aug. 9'")
    parts = []
    for word in words:
        stem, wildcard = (
            (word[:-1], True) if word.endswith("*") and len(word) > 1 else (word, False)
        )
        parts.append(re.escape(stem) + (r"\w*" if wildcard else ""))
    body = r"\s+".join(parts)
    trail = "" if words[-1].endswith("*") else (r"(?!\w)" if re.search(r"\w$", words[-1]) else "")
    return body + trail, re.match(r"\w", words[0]) is not None


def _match_starts(body: re.Pattern[str], text: str, *, left_boundary: bool) -> np.ndarray:
    r"""Start offsets of the matches of *body* in *text*, checking the left word boundary here.

    Same result as searching with ``(?<!\w)`` in front, but a pattern starting with a literal
    lets the regex engine skip ahead quickly (about 30 times faster on a large corpus).
    """
    starts: list[int] = []
    pos = 0
    search = body.search
    while (m := search(text, pos)) is not None:
        start = m.start()
        before = text[start - 1] if start else " "
        if left_boundary and (before.isalnum() or before == "_"):
            pos = start + 1  # inside a word: look again from the next character
            continue
        starts.append(start)
        pos = max(m.end(), start + 1)
    return np.asarray(starts, dtype=np.int64)


def count_terms(
    articles: pd.DataFrame,
    terms: str | Iterable[str],
    *,
    case_sensitive: bool = False,
    progress: bool = False,
) -> pd.DataFrame:
    """How often each term or phrase occurs in each article (tidy: ``article_id, term, n``).

    Parameters
    ----------
    articles
        The articles table (all rows are counted; filter duplicates later or before).
    terms
        A list of terms, or one comma-separated string. See :func:`term_pattern` for matching.
    case_sensitive
        Match case exactly (``"US"`` but not ``"us"``); off by default.
    progress
        Show a progress bar over the terms.

    Returns
    -------
    pandas.DataFrame
        One row per article and term with at least one occurrence, columns ``article_id, term, n``.
    """
    wanted = parse_terms(terms)
    ids = articles[ARTICLE_ID].to_numpy()
    texts = articles[TEXT].fillna("").astype(str).tolist()
    if not case_sensitive:  # lower-case once: much faster than a case-insensitive regex
        texts = [text.lower() for text in texts]
    # one search over all articles joined by a separator no term can match across
    haystack = _SEPARATOR.join(texts)
    lengths = np.fromiter((len(t) + len(_SEPARATOR) for t in texts), dtype=np.int64)
    offsets = np.concatenate(([0], np.cumsum(lengths)[:-1])) if len(texts) else lengths
    rows: list[tuple[str, str, int]] = []
    for term in _progress(wanted, progress, desc="Counting terms", unit="term"):
        body, left_boundary = _term_body(term if case_sensitive else term.lower())
        starts = _match_starts(re.compile(body), haystack, left_boundary=left_boundary)
        if not len(starts):
            continue
        per_article = np.bincount(np.searchsorted(offsets, starts, side="right") - 1)
        for index in np.flatnonzero(per_article):
            rows.append((ids[index], term, int(per_article[index])))
    table = pd.DataFrame(rows, columns=[ARTICLE_ID, TERM, COUNT])
    table[COUNT] = table[COUNT].astype("int64")
    return table


def term_trend(
    articles: pd.DataFrame,
    counts: pd.DataFrame,
    *,
    period: str = "week",
    measure: str = "share",
    terms: Iterable[str] | None = None,
    min_articles: int = 5,
    confidence: float = 0.95,
    include_duplicates: bool = False,
) -> pd.DataFrame:
    """Normalised mentions of each term per period, with uncertainty intervals.

    Parameters
    ----------
    articles
        The articles table (the denominator: every dated article of the period).
    counts
        Tidy counts from :func:`count_terms` (``article_id, term, n``).
    period
        ``"day"``, ``"week"``, ``"month"``, ``"quarter"`` or ``"year"``.
    measure
        ``"share"``: share of the period's articles that mention the term (0-1), Wilson score
        interval. ``"per_10k"``: occurrences per 10,000 words, exact-style Poisson interval
        (Byar's approximation).
    terms
        Terms to report, in this order, including those never found (zero rows); by default the
        terms present in *counts*.
    min_articles
        Periods with fewer articles are flagged ``reliable=False`` (charts mask them): a period
        with two articles should not look like a spike.
    confidence
        Level of the intervals.
    include_duplicates
        Count rows marked in ``duplicate_of`` too.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`TREND_COLUMNS`, one row per term and period (empty periods included,
        with rate NaN when there is no article).
    """
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {MEASURES}, not {measure!r}")
    freq = _freq(period)
    kept = select_articles(articles, include_duplicates=include_duplicates)
    published = _naive(kept[PUBLISHED])
    kept = kept[published.notna()]
    starts = period_start(published[published.notna()], period=period)
    grid = _period_grid(starts, freq)
    base = pd.DataFrame(
        {
            ARTICLE_ID: kept[ARTICLE_ID].to_numpy(),
            PERIOD: starts.to_numpy(),
            N_WORDS: kept[WORD_COUNT],
        }
    )
    totals = base.groupby(PERIOD).agg(
        **{N_ARTICLES: (ARTICLE_ID, "size"), N_WORDS: (N_WORDS, "sum")}
    )
    totals = totals.reindex(grid, fill_value=0)
    names = list(dict.fromkeys(counts[TERM].tolist())) if terms is None else parse_terms(terms)
    joined = counts.merge(base[[ARTICLE_ID, PERIOD]], on=ARTICLE_ID, how="inner")
    if measure == "share":
        per = joined.groupby([TERM, PERIOD])[ARTICLE_ID].nunique()
    else:
        per = joined.groupby([TERM, PERIOD])[COUNT].sum()
    frames = []
    for term in names:
        mentions = (
            per.xs(term, level=TERM).reindex(grid, fill_value=0)
            if term in per.index.get_level_values(0)
            else pd.Series(0, index=grid)
        )
        frame = pd.DataFrame(
            {
                PERIOD: grid,
                TERM: term,
                N_ARTICLES: totals[N_ARTICLES].to_numpy(dtype="int64"),
                N_WORDS: totals[N_WORDS].to_numpy(dtype="int64"),
                MENTIONS: mentions.to_numpy(dtype="int64"),
            }
        )
        frames.append(frame)
    if not frames:
        return pd.DataFrame(columns=list(TREND_COLUMNS))
    table = pd.concat(frames, ignore_index=True)
    k = table[MENTIONS].to_numpy(dtype=float)
    if measure == "share":
        n = table[N_ARTICLES].to_numpy(dtype=float)
        rate, low, high = wilson_interval(k, n, confidence=confidence)
    else:
        words = table[N_WORDS].to_numpy(dtype=float) / 10_000
        low_k, high_k = poisson_interval(k, confidence=confidence)
        with np.errstate(divide="ignore", invalid="ignore"):
            rate = np.where(words > 0, k / words, np.nan)
            low = np.where(words > 0, low_k / words, np.nan)
            high = np.where(words > 0, high_k / words, np.nan)
    table[MEASURE] = measure
    table[RATE] = rate
    table[LOW] = low
    table[HIGH] = high
    table[RELIABLE] = table[N_ARTICLES] >= max(min_articles, 1)
    return table[list(TREND_COLUMNS)]


def wilson_interval(
    k: np.ndarray, n: np.ndarray, *, confidence: float = 0.95
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Proportion ``k / n`` and its Wilson score interval (NaN where ``n == 0``)."""
    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = k / n
        denominator = 1 + z**2 / n
        centre = (p + z**2 / (2 * n)) / denominator
        half = z * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / denominator
    empty = n <= 0
    p = np.where(empty, np.nan, p)
    low = np.where(empty, np.nan, np.clip(centre - half, 0, 1))
    high = np.where(empty, np.nan, np.clip(centre + half, 0, 1))
    return p, low, high


def poisson_interval(k: np.ndarray, *, confidence: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Interval for a Poisson count *k* (Byar's approximation to the exact interval; exact at 0)."""
    k = np.asarray(k, dtype=float)
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        low = k * (1 - 1 / (9 * k) - z / (3 * np.sqrt(k))) ** 3
    low = np.where(k > 0, np.maximum(low, 0), 0.0)
    k1 = k + 1
    high = k1 * (1 - 1 / (9 * k1) + z / (3 * np.sqrt(k1))) ** 3
    high = np.where(k > 0, high, -np.log((1 - confidence) / 2))  # exact for a zero count
    return low, high


def event_markers(
    events: Mapping[Any, str] | Iterable[tuple[Any, str]] | pd.DataFrame | None,
) -> pd.DataFrame:
    """User events to draw on charts, as a table ``date, label`` sorted by date.

    Accepts ``{"2020-08-09": "Election"}``, ``[("2020-08-09", "Election")]``, a table with
    ``date`` and ``label`` columns, or ``None`` (no events).
    """
    if events is None:
        pairs: list[tuple[Any, str]] = []
    elif isinstance(events, pd.DataFrame):
        missing = {DATE, LABEL} - set(events.columns)
        if missing:
            raise ValueError(
                f"event table needs the columns 'date' and 'label' (missing {missing})"
            )
        pairs = list(zip(events[DATE], events[LABEL], strict=True))
    elif isinstance(events, Mapping):
        pairs = list(events.items())
    else:
        pairs = [tuple(pair) for pair in events]  # type: ignore[misc]
    table = pd.DataFrame(
        {
            DATE: pd.to_datetime([date for date, _ in pairs], errors="raise"),
            LABEL: [str(label) for _, label in pairs],
        },
        columns=[DATE, LABEL],
    )
    table[DATE] = _naive(table[DATE]).astype("datetime64[ns]")
    return table.sort_values(DATE, kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------------------------------
# Event chronology: dates written in the articles
# --------------------------------------------------------------------------------------------------


def chronology(
    articles: pd.DataFrame,
    *,
    types: Iterable[str] = ("DATE", "TIME"),
    include_duplicates: bool = False,
    progress: bool = False,
) -> pd.DataFrame:
    """Every temporal expression in the articles, normalised against each publication date.

    Each article's text is tagged as a whole by :func:`helpers.dates.find_temporal_expressions`
    (so that context such as "that year" carries across sentences) with its ``published`` date as
    reference; every expression is then placed in its sentence with the offsets of
    :func:`helpers.corpus.sentences`.

    Parameters
    ----------
    articles
        The articles table.
    types
        TIMEX3 types kept: ``DATE`` and ``TIME`` by default; add ``DURATION`` and ``SET`` for all.
    include_duplicates
        Tag rows marked in ``duplicate_of`` too.
    progress
        Show a progress bar over the articles.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`CHRONOLOGY_COLUMNS`, in article then text order. ``value`` is ``None`` when
        the article is undated and the expression needs a reference ("yesterday").
    """
    wanted = {t.upper() for t in types}
    kept = select_articles(articles, include_duplicates=include_duplicates)
    sentence_table = sentences(kept)
    by_article = {
        article_id: (
            group[START].to_numpy(),
            group[END].to_numpy(),
            group[SENTENCE_INDEX].to_numpy(),
            group[SENTENCE].tolist(),
        )
        for article_id, group in sentence_table.groupby(ARTICLE_ID, sort=False)
    }
    published = _naive(kept[PUBLISHED])
    rows: list[tuple[Any, ...]] = []
    items = zip(kept[ARTICLE_ID], kept[TEXT].fillna(""), published, strict=True)
    for article_id, text, when in _progress(
        items, progress, desc="Finding dates", unit="article", total=len(kept)
    ):
        reference = None if pd.isna(when) else when.date()
        found = find_temporal_expressions(text, reference=reference)
        if not found:
            continue
        starts, ends, indexes, texts = by_article.get(
            article_id, (np.array([]), np.array([]), np.array([]), [])
        )
        for expression in found:
            if expression.type not in wanted:
                continue
            i = bisect.bisect_right(starts.tolist(), expression.start) - 1 if len(starts) else -1
            inside = i >= 0 and expression.start < ends[i]
            refers_to, granularity = parse_timex_value(expression.value)
            rows.append(
                (
                    expression.value,
                    expression.text,
                    expression.type,
                    texts[i] if inside else "",
                    article_id,
                    when,
                    refers_to,
                    granularity,
                    int(indexes[i]) if inside else -1,
                    expression.start,
                    expression.end,
                )
            )
    table = pd.DataFrame(rows, columns=list(CHRONOLOGY_COLUMNS))
    table[PUBLISHED] = pd.to_datetime(table[PUBLISHED]).astype("datetime64[ns]")
    table[REFERS_TO] = pd.to_datetime(table[REFERS_TO]).astype("datetime64[s]")  # 1630s fit
    for column in (SENTENCE_INDEX, START, END):
        table[column] = table[column].astype("int64")
    return table


_VALUE_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(\d{4})-(\d\d)-(\d\d)T"), "time"),
    (re.compile(r"(\d{4})-(\d\d)-(\d\d)$"), "day"),
    (re.compile(r"(\d{4})-W(\d{1,2})(?:-WE)?$"), "week"),
    (re.compile(r"(\d{4})-(\d\d)$"), "month"),
    (re.compile(r"(\d{4})-Q([1-4])$"), "quarter"),
    (re.compile(r"(\d{4})-H([12])$"), "half"),
    (re.compile(r"(\d{4})-(SP|SU|FA|WI)$"), "season"),
    (re.compile(r"(\d{4})$"), "year"),
    (re.compile(r"(\d{3})$"), "decade"),
    (re.compile(r"(\d{2})$"), "century"),
)
_SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def parse_timex_value(value: str | None) -> tuple[pd.Timestamp, str]:
    """First day a TIMEX3 value refers to, and its granularity.

    ``"2020-08-09"`` → (2020-08-09, ``"day"``); ``"2020-08"`` → (2020-08-01, ``"month"``);
    ``"2020-W40"`` → (Monday of ISO week 40, ``"week"``); ``"199"`` → (1990-01-01, ``"decade"``).
    Values that are not a point in time (``PAST_REF``, ``P3Y``, ``XXXX-08-09``, ``None``) give
    ``(NaT, "")``.
    """
    if not value:
        return pd.NaT, ""
    for pattern, granularity in _VALUE_FORMS:
        m = pattern.match(value)
        if m is None:
            continue
        try:
            if granularity in ("time", "day"):
                when = pd.Timestamp(int(m[1]), int(m[2]), int(m[3]))
                if granularity == "time":
                    clock = re.match(r"T(\d\d):(\d\d)", value[10:])
                    if clock:
                        when += pd.Timedelta(hours=int(clock[1]), minutes=int(clock[2]))
            elif granularity == "week":
                when = pd.Timestamp.fromisocalendar(int(m[1]), int(m[2]), 1)
            elif granularity == "month":
                when = pd.Timestamp(int(m[1]), int(m[2]), 1)
            elif granularity == "quarter":
                when = pd.Timestamp(int(m[1]), 3 * int(m[2]) - 2, 1)
            elif granularity == "half":
                when = pd.Timestamp(int(m[1]), 6 * int(m[2]) - 5, 1)
            elif granularity == "season":
                when = pd.Timestamp(int(m[1]), _SEASON_MONTH[m[2]], 1)
            elif granularity == "year":
                when = pd.Timestamp(int(m[1]), 1, 1)
            elif granularity == "decade":
                when = pd.Timestamp(int(m[1]) * 10, 1, 1)
            else:
                when = pd.Timestamp(int(m[1]) * 100, 1, 1)
        except (ValueError, OverflowError):
            return pd.NaT, ""
        return when, granularity
    return pd.NaT, ""


def chronology_summary(
    table: pd.DataFrame,
    *,
    granularities: Iterable[str] = ("time", "day", "week", "month"),
    start: str | pd.Timestamp | None = None,
    end: str | pd.Timestamp | None = None,
) -> pd.DataFrame:
    """One row per date mentioned: how often, in how many articles, first and last reported.

    Parameters
    ----------
    table
        The chronology from :func:`chronology`.
    granularities
        Which values to keep (by default days, times, weeks and months; add ``"year"`` etc.).
        Times are folded into their day.
    start, end
        Keep only dates referred to in this range (inclusive days).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`SUMMARY_COLUMNS`, sorted by the date referred to.
    """
    wanted = set(granularities)
    rows = table[table[GRANULARITY].isin(wanted) & table[REFERS_TO].notna()].copy()
    is_time = rows[GRANULARITY] == "time"
    rows.loc[is_time, VALUE] = rows.loc[is_time, VALUE].str[:10]
    rows.loc[is_time, REFERS_TO] = rows.loc[is_time, REFERS_TO].dt.normalize()
    rows.loc[is_time, GRANULARITY] = "day"
    if start is not None:
        rows = rows[rows[REFERS_TO] >= pd.Timestamp(start).normalize()]
    if end is not None:
        rows = rows[rows[REFERS_TO] < pd.Timestamp(end).normalize() + pd.Timedelta(days=1)]
    if rows.empty:
        return pd.DataFrame(columns=list(SUMMARY_COLUMNS))
    grouped = rows.groupby(VALUE, sort=False)
    summary = grouped.agg(
        **{
            REFERS_TO: (REFERS_TO, "first"),
            GRANULARITY: (GRANULARITY, "first"),
            COUNT: (ARTICLE_ID, "size"),
            N_ARTICLES: (ARTICLE_ID, "nunique"),
            FIRST_PUBLISHED: (PUBLISHED, "min"),
            LAST_PUBLISHED: (PUBLISHED, "max"),
            EXAMPLE: (SENTENCE, "first"),
        }
    ).reset_index()
    summary[COUNT] = summary[COUNT].astype("int64")
    summary[N_ARTICLES] = summary[N_ARTICLES].astype("int64")
    summary = summary.sort_values([REFERS_TO, VALUE], kind="stable").reset_index(drop=True)
    return summary[list(SUMMARY_COLUMNS)]


# --------------------------------------------------------------------------------------------------
# Small internals
# --------------------------------------------------------------------------------------------------


def _freq(period: str) -> str:
    try:
        return PERIODS[period]
    except KeyError:
        raise ValueError(f"period must be one of {list(PERIODS)}, not {period!r}") from None


def _naive(values: pd.Series) -> pd.Series:
    """Datetimes without time zone (converted to UTC first when they carry one)."""
    values = pd.to_datetime(values, errors="coerce")
    if getattr(values.dt, "tz", None) is not None:
        values = values.dt.tz_convert("UTC").dt.tz_localize(None)
    return values


def _period_grid(starts: pd.Series, freq: str) -> pd.DatetimeIndex:
    if starts.empty:
        return pd.DatetimeIndex([], dtype="datetime64[ns]", name=PERIOD)
    periods = pd.period_range(starts.min(), starts.max(), freq=freq)
    return pd.DatetimeIndex(periods.start_time.astype("datetime64[ns]"), name=PERIOD)


def _group_labels(values: pd.Series) -> pd.Series:
    return values.fillna("").astype(str).replace("", UNKNOWN)


def _fold_groups(groups: pd.Series, *, top: int | None) -> pd.Series:
    if top is None or groups.nunique() <= top:
        return groups
    keep = set(groups.value_counts().index[:top])
    return groups.where(groups.isin(keep), OTHER)


def _day(when: pd.Timestamp) -> str:
    return f"{when.day} {when:%b %Y}"


def _progress(items: Iterable[Any], show: bool, **options: Any) -> Iterable[Any]:
    if not show:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, **options)


def period_articles(
    articles: pd.DataFrame,
    period_start: str | pd.Timestamp,
    *,
    period: str = "week",
    counts: pd.DataFrame | None = None,
    include_duplicates: bool = False,
) -> pd.DataFrame:
    """The articles published in one period (to read what is behind a spike).

    Parameters
    ----------
    articles
        The articles table.
    period_start
        Any day inside the period (``"2020-09-28"``); the whole day / week / month is listed.
    period
        ``"day"``, ``"week"``, ``"month"``, ``"quarter"`` or ``"year"``.
    counts
        Optional tidy term counts (:func:`count_terms`): one column per term is added with the
        article's number of mentions.
    include_duplicates
        List rows marked in ``duplicate_of`` too.

    Returns
    -------
    pandas.DataFrame
        Columns ``article_id, published, title, outlet, agency, word_count`` (+ one per term),
        sorted by publication date.
    """
    freq = _freq(period)
    first = pd.Period(pd.Timestamp(period_start), freq=freq)
    last_day = first.end_time.normalize()
    kept = select_articles(
        articles, start=first.start_time, end=last_day, include_duplicates=include_duplicates
    )
    columns = [ARTICLE_ID, PUBLISHED, TITLE, OUTLET, AGENCY, WORD_COUNT]
    table = kept[columns].sort_values([PUBLISHED, ARTICLE_ID], kind="stable")
    if counts is not None and len(counts):
        wide = counts.pivot_table(index=ARTICLE_ID, columns=TERM, values=COUNT, aggfunc="sum")
        wide = wide.reindex(columns=list(dict.fromkeys(counts[TERM])))
        table = table.join(wide, on=ARTICLE_ID)
        for term in wide.columns:
            table[term] = table[term].fillna(0).astype("int64")
    return table.reset_index(drop=True)


# ==================================================================================================
# Interactive explorer (JupyterLab): ipywidgets controls wired to the functions above.
# Nothing below computes an analysis; callbacks only call the functions of this module.
# ==================================================================================================

#: Function drawing a table into a Figure (``helpers.plots.plot_articles_over_time`` etc.).
ChartFunction = Callable[..., Any]

_ALL = "All"


@dataclass
class TimelineExplorer:
    """Controls, outputs and current tables of :func:`explore_timeline`.

    Display it (last expression of a cell) to show the controls. Tests and scripts drive it by
    setting control values (``explorer.terms.value = "strike, ferry"``) and reading the tables.
    """

    widget: Any
    terms: Any
    period: Any
    start: Any
    end: Any
    outlet: Any
    period_pick: Any
    chart_output: Any
    table_output: Any
    counts: pd.DataFrame = field(default_factory=pd.DataFrame)
    trend: pd.DataFrame = field(default_factory=pd.DataFrame)
    shown_articles: pd.DataFrame = field(default_factory=pd.DataFrame)
    figures: list[Any] = field(default_factory=list)
    redraws: int = 0

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


def explore_timeline(
    articles: pd.DataFrame,
    *,
    terms: str | Iterable[str] = (),
    period: str = "week",
    measure: str = "share",
    min_articles: int = 5,
    events: Any = None,
    by: str = OUTLET,
    include_duplicates: bool = False,
    plot_counts: ChartFunction | None = None,
    plot_trend: ChartFunction | None = None,
    show_table: Callable[[pd.DataFrame], Any] | None = None,
) -> TimelineExplorer:
    """Build the timeline explorer: terms box, period, date range, outlet, period's articles.

    Parameters
    ----------
    articles
        The articles table.
    terms, period, measure, min_articles
        Starting values, as for :func:`term_trend`.
    events
        Event markers drawn on the charts (see :func:`event_markers`).
    by
        Column the outlet filter uses: ``OUTLET`` (default) or ``AGENCY``; when every value is
        empty the other one is used.
    include_duplicates
        Count rows marked in ``duplicate_of`` too.
    plot_counts, plot_trend
        Chart functions (``helpers.plots.plot_articles_over_time`` and ``plot_term_trend``);
        passed in because analysis modules do not import plotting. ``None`` shows no chart.
    show_table
        How to display a table (for example ``itables.show``); default: plain display.

    Returns
    -------
    TimelineExplorer
        Its ``widget`` holds the controls; it renders in its default state when displayed.
    """
    import ipywidgets as widgets
    from IPython.display import display

    # computed once: dated articles, the outlet list, term counts cached per term
    base = select_articles(articles, include_duplicates=include_duplicates)
    base = base[_naive(base[PUBLISHED]).notna()]
    if (base[by].fillna("") == "").all():
        by = AGENCY if by == OUTLET else OUTLET
    outlets = [_ALL, *_group_labels(base[by]).value_counts().index]
    dates = _naive(base[PUBLISHED])
    first = dates.min().date() if len(dates) else None
    last = dates.max().date() if len(dates) else None
    cache: dict[str, pd.DataFrame] = {}
    markers = event_markers(events)

    def counts_for(names: list[str]) -> pd.DataFrame:
        for name in names:
            if name not in cache:
                cache[name] = count_terms(base, [name])
        frames = [cache[name] for name in names]
        return pd.concat(frames, ignore_index=True) if frames else count_terms(base, [])

    layout = widgets.Layout(width="auto")
    terms_box = widgets.Text(
        value=", ".join(parse_terms(terms)),
        description="Terms",
        placeholder="comma-separated, e.g. strike, ferry*",
        continuous_update=False,
        layout=widgets.Layout(width="420px"),
    )
    period_box = widgets.Dropdown(
        options=["day", "week", "month"], value=period, description="Period", layout=layout
    )
    start_box = widgets.DatePicker(value=first, description="From", layout=layout)
    end_box = widgets.DatePicker(value=last, description="To", layout=layout)
    outlet_box = widgets.Dropdown(options=outlets, value=_ALL, description=by.capitalize())
    pick_box = widgets.Dropdown(options=[], description="Articles of", layout=layout)
    chart_output = widgets.Output()
    table_output = widgets.Output()
    explorer = TimelineExplorer(
        widget=widgets.VBox(
            [
                widgets.HBox([terms_box, period_box]),
                widgets.HBox([start_box, end_box, outlet_box]),
                chart_output,
                pick_box,
                table_output,
            ]
        ),
        terms=terms_box,
        period=period_box,
        start=start_box,
        end=end_box,
        outlet=outlet_box,
        period_pick=pick_box,
        chart_output=chart_output,
        table_output=table_output,
    )

    def selection() -> pd.DataFrame:
        return select_articles(
            base,
            start=start_box.value,
            end=end_box.value,
            outlet=None if outlet_box.value == _ALL else outlet_box.value,
            by=by,
            include_duplicates=True,  # already filtered once above
        )

    def redraw(_change: Any = None) -> None:
        chosen = selection()
        names = parse_terms(terms_box.value)
        counts = counts_for(names)
        counts = counts[counts[ARTICLE_ID].isin(chosen[ARTICLE_ID])]
        explorer.counts = articles_over_time(chosen, period=period_box.value)
        explorer.trend = term_trend(
            chosen,
            counts,
            period=period_box.value,
            measure=measure,
            terms=names,
            min_articles=min_articles,
        )
        note = corpus_note(chosen)
        explorer.figures = []
        if plot_counts is not None:
            explorer.figures.append(plot_counts(explorer.counts, events=markers, source=note))
        if plot_trend is not None and names:
            explorer.figures.append(plot_trend(explorer.trend, events=markers, source=note))
        with chart_output:
            chart_output.clear_output(wait=True)
            for figure in explorer.figures:
                display(figure)
        labels = [
            (f"{when:%Y-%m-%d} ({n} articles)", when)
            for when, n in zip(explorer.counts[PERIOD], explorer.counts[N_ARTICLES], strict=True)
            if n
        ]
        busiest = (
            explorer.counts.loc[explorer.counts[N_ARTICLES].idxmax(), PERIOD]
            if len(explorer.counts)
            else None
        )
        keep = pick_box.value if pick_box.value in {when for _, when in labels} else busiest
        pick_box.unobserve(list_articles, names="value")
        pick_box.options = labels
        pick_box.value = keep
        pick_box.observe(list_articles, names="value")
        list_articles()
        explorer.redraws += 1

    def list_articles(_change: Any = None) -> None:
        if pick_box.value is None:
            explorer.shown_articles = period_articles(base.iloc[0:0], "2000-01-01")
        else:
            chosen = selection()
            counts = counts_for(parse_terms(terms_box.value))
            explorer.shown_articles = period_articles(
                chosen, pick_box.value, period=period_box.value, counts=counts
            )
        with table_output:
            table_output.clear_output(wait=True)
            (show_table or display)(explorer.shown_articles)

    for control in (terms_box, period_box, start_box, end_box, outlet_box):
        control.observe(redraw, names="value")
    pick_box.observe(list_articles, names="value")
    redraw()
    return explorer
