"""Event chronology: the dates written *inside* the articles, normalised and placed in time.

"the Aug. 9 election", "said Tuesday", "last month" are found and normalised by
:func:`helpers.dates.find_temporal_expressions` against each article's publication date;
:func:`chronology` lists every mention with its sentence, :func:`chronology_summary` gives one row
per date mentioned.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

import pandas as pd

from helpers.columns import (
    ARTICLE_ID,
    COUNT,
    END,
    EXAMPLE,
    EXPRESSION,
    FIRST_PUBLISHED,
    GRANULARITY,
    LAST_PUBLISHED,
    N_ARTICLES,
    PUBLISHED,
    REFERS_TO,
    SENTENCE,
    SENTENCE_INDEX,
    START,
    TEXT,
    TIMEX_TYPE,
    VALUE,
)
from helpers.parallel import process_pool, worker_count
from helpers.periods import naive_datetimes
from helpers.selection import INCLUDE_DUPLICATES, select_articles

__all__ = [
    "CHRONOLOGY_COLUMNS",
    "PARALLEL_FROM",
    "SUMMARY_COLUMNS",
    "chronology",
    "chronology_summary",
    "parse_timex_value",
]

CHRONOLOGY_COLUMNS = (
    VALUE,
    EXPRESSION,
    TIMEX_TYPE,
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


def chronology(
    articles: pd.DataFrame,
    *,
    types: Iterable[str] = ("DATE", "TIME"),
    include_duplicates: bool = INCLUDE_DUPLICATES,
    progress: bool = False,
    workers: int | None = None,
) -> pd.DataFrame:
    """Every temporal expression in the articles, normalised against each publication date.

    Each article's text is tagged as a whole by :func:`helpers.dates.find_temporal_expressions`
    (so that context such as "that year" carries across sentences) with its ``published`` date as
    reference; every expression is then placed in its sentence with the offsets of
    :func:`helpers.text.sentence_spans` (the sentences of :func:`helpers.corpus.sentences`).
    A text repeated with the same reference date is tagged once. From
    :data:`PARALLEL_FROM` articles on, the articles are tagged in worker processes
    (:mod:`helpers.parallel`); the table is the same either way.

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
    workers
        Processes to use; default: every core (at most 4) for large corpora. ``1`` tags in this
        process.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`CHRONOLOGY_COLUMNS`, in article then text order. ``value`` is ``None`` when
        the article is undated and the expression needs a reference ("yesterday").
    """
    wanted = frozenset(t.upper() for t in types)
    kept = select_articles(articles, include_duplicates=include_duplicates)
    published = list(naive_datetimes(kept[PUBLISHED]))
    jobs: dict[tuple[str, dt.date | None], list[int]] = {}  # one tagging per text and date
    for position, (text, when) in enumerate(zip(kept[TEXT].fillna(""), published, strict=True)):
        reference = None if pd.isna(when) else when.date()
        jobs.setdefault((text, reference), []).append(position)
    unique = list(jobs)
    chunks = [unique[k : k + _CHUNK] for k in range(0, len(unique), _CHUNK)]
    n_workers = min(worker_count(), len(chunks)) if workers is None else workers
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(kept), desc="Finding dates", unit="article")
    found: list[list[_Mention]] = []
    try:
        if n_workers > 1 and len(unique) >= PARALLEL_FROM:
            _warm_up()  # rules and splitter built once here; forked workers inherit them
            with process_pool(n_workers) as pool:
                for chunk, tagged in zip(
                    chunks, pool.map(_tag_texts, chunks, [wanted] * len(chunks)), strict=True
                ):
                    found.extend(tagged)
                    if bar is not None:
                        bar.update(sum(len(jobs[job]) for job in chunk))
        else:
            for chunk in chunks:
                found.extend(_tag_texts(chunk, wanted))
                if bar is not None:
                    bar.update(sum(len(jobs[job]) for job in chunk))
    finally:
        if bar is not None:
            bar.close()
    by_position: list[list[_Mention]] = [[] for _ in range(len(kept))]
    for job, mentions in zip(unique, found, strict=True):
        for position in jobs[job]:
            by_position[position] = mentions
    ids = kept[ARTICLE_ID].tolist()
    rows = [
        (value, expression, typ, sentence, ids[position], published[position], *rest)
        for position, mentions in enumerate(by_position)
        for value, expression, typ, sentence, *rest in mentions
    ]
    table = pd.DataFrame(rows, columns=list(CHRONOLOGY_COLUMNS))
    table[PUBLISHED] = pd.to_datetime(table[PUBLISHED]).astype("datetime64[ns]")
    table[REFERS_TO] = pd.to_datetime(table[REFERS_TO]).astype("datetime64[s]")  # 1630s fit
    for column in (SENTENCE_INDEX, START, END):
        table[column] = table[column].astype("int64")
    return table


#: From this many distinct texts on, :func:`chronology` tags them in worker processes.
PARALLEL_FROM = 2000
_CHUNK = 250

#: One mention without its article: value, expression, type, sentence, refers_to, granularity,
#: sentence_index, start, end.
_Mention = tuple[Any, ...]


def _warm_up() -> None:
    """Build the rules and the sentence splitter (before workers are forked)."""
    from helpers.temporal.ruleset import default_ruleset
    from helpers.text.sentences import sentence_spans

    default_ruleset()
    sentence_spans("Warm up. Done.")


def _tag_texts(
    jobs: list[tuple[str, dt.date | None]], wanted: frozenset[str]
) -> list[list[_Mention]]:
    """The mentions of each ``(text, reference)``, in text order (runs in the workers)."""
    from helpers.dates import find_temporal_expressions  # lazy: compiles many rules
    from helpers.text.sentences import sentence_spans

    parsed: dict[str | None, tuple[pd.Timestamp, str]] = {}
    out: list[list[_Mention]] = []
    for text, reference in jobs:
        expressions = [
            e for e in find_temporal_expressions(text, reference=reference) if e.type in wanted
        ]
        if not expressions:
            out.append([])
            continue
        spans = sentence_spans(text)
        starts = [start for start, _, _ in spans]
        mentions: list[_Mention] = []
        for expression in expressions:
            i = bisect.bisect_right(starts, expression.start) - 1
            inside = i >= 0 and expression.start < spans[i][1]
            value = expression.value
            if value not in parsed:
                parsed[value] = parse_timex_value(value)
            refers_to, granularity = parsed[value]
            mentions.append(
                (
                    value,
                    expression.text,
                    expression.type,
                    text[spans[i][0] : spans[i][1]] if inside else "",
                    refers_to,
                    granularity,
                    i if inside else -1,
                    expression.start,
                    expression.end,
                )
            )
        out.append(mentions)
    return out


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
