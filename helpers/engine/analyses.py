"""The analyses as partition + combine steps, each calling the bundle's own analysis functions.

Every partition step calls the public function of its analysis on one partition (the
expensive, text-reading work); every combine step merges small partial results:

=====================  =========================================  ================================
analysis               partition step                             combine step
=====================  =========================================  ================================
articles over time     ``timeline.articles_over_time``            sum per period (and group)
term counts, keyness   ``term_frequency.term_counts``, totals     sum per term (and group); one
                       per term (and group)                       vocabulary of integer codes
term trend             ``timeline.count_terms`` + the dates and   ``timeline.term_trend`` on the
                       word counts (no text)                      narrow table
dates (chronology)     ``timeline.chronology`` then               sum counts, min/max dates,
                       ``timeline.chronology_summary``            first example
sentence sentiment     ``corpus.sentences``, ``sentiment.         concatenate (one row per
                       score_sentences``, ``article_sentiment``   article)
quotes                 ``quotes.extract_quotes``                  concatenate
=====================  =========================================  ================================
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from helpers.columns import (
    AGENCY,
    ARTICLE_ID,
    COUNT,
    DUPLICATE_OF,
    GROUP,
    N_ARTICLES,
    OTHER,
    OUTLET,
    PERIOD,
    PUBLISHED,
    RANK,
    TERM,
    TERM_CODE,
    TEXT,
    TITLE,
    WORD_COUNT,
)
from helpers.engine.core import Analysis
from helpers.periods import naive_datetimes, period_grid
from helpers.selection import group_labels

__all__ = [
    "ArticlesOverTime",
    "Chronology",
    "DatesSummary",
    "Quotes",
    "SentenceSentiment",
    "TermCounts",
    "TermTable",
    "TermTrend",
]

# memory_factor (pandas back end): peak RSS growth over the articles table's in-memory size, measured
# with benchmarks/bench_scale.py on 100k synthetic articles (table 104 MB): term counts +1.37 GB (13x),
# sentence sentiment +2.4 GB (23x, scoring processes included), timeline +0.35 GB; dates and quotes
# from the 10k run (about 8-10x), rounded up.

# --------------------------------------------------------------------------------------------------
# Timeline: articles per period
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticlesOverTime(Analysis):
    """:func:`helpers.timeline.articles_over_time` per partition, summed per period and group."""

    period: str = "week"
    by: str | None = None
    top: int | None = None
    name: str = field(default="articles over time", init=False)
    memory_factor: float = field(default=4.0, init=False)

    @property
    def columns(self) -> tuple[str, ...]:  # type: ignore[override]
        return (PUBLISHED,) if self.by is None else (PUBLISHED, self.by)

    def partition(self, articles: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
        from helpers.timeline import articles_over_time

        table = articles_over_time(
            articles, period=self.period, by=self.by, include_duplicates=True
        )
        if self.by is None:
            return table, []
        dated = naive_datetimes(articles[PUBLISHED]).notna()
        return table, group_labels(articles.loc[dated, self.by]).unique().tolist()

    def combine(self, partials: Sequence[tuple[pd.DataFrame, list[str]]]) -> pd.DataFrame:
        tables = [table for table, _ in partials if len(table)]
        if self.by is None:
            if not tables:
                return partials[0][0]
            per = pd.concat(tables).groupby(PERIOD)[N_ARTICLES].sum()
            grid = period_grid(per.index.to_series(), period=self.period)
            counts = per.reindex(grid, fill_value=0)
            return pd.DataFrame(
                {PERIOD: grid, N_ARTICLES: counts.to_numpy(dtype="int64")},
                columns=[PERIOD, N_ARTICLES],
            )
        if not tables:
            return partials[0][0]
        table = pd.concat(tables, ignore_index=True)
        # group order as the whole-table function makes it: by count, ties in order of appearance
        seen = list(dict.fromkeys(g for _, groups in partials for g in groups))
        totals = table.groupby(GROUP)[N_ARTICLES].sum().reindex(seen)
        order = totals.sort_values(ascending=False, kind="stable").index.tolist()
        if self.top is not None and len(order) > self.top:
            keep = set(order[: self.top])
            table[GROUP] = table[GROUP].where(table[GROUP].isin(keep), OTHER)
            folded = table.groupby(GROUP)[N_ARTICLES].sum()
            kept = [g for g in seen if g in keep] + [OTHER]
            order = folded.reindex(kept).sort_values(ascending=False, kind="stable").index.tolist()
            order = [g for g in order if g != OTHER] + [OTHER]
        per = table.groupby([PERIOD, GROUP])[N_ARTICLES].sum().unstack(fill_value=0)
        grid = period_grid(per.index.to_series(), period=self.period)
        per = per.reindex(index=grid, columns=order, fill_value=0)
        result = per.stack().rename(N_ARTICLES).reset_index()
        result.columns = [PERIOD, GROUP, N_ARTICLES]
        result[GROUP] = pd.Categorical(result[GROUP], categories=order)
        result = result.sort_values([GROUP, PERIOD], kind="stable").reset_index(drop=True)
        result[GROUP] = result[GROUP].astype(str)
        result[N_ARTICLES] = result[N_ARTICLES].astype("int64")
        return result


# --------------------------------------------------------------------------------------------------
# Term counts and keyness inputs (frugal: integer codes and a vocabulary)
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TermTable:
    """Term counts of a corpus in frugal form: a vocabulary and integer-coded totals.

    Attributes
    ----------
    vocabulary
        One row per term, ``term_code`` (int32, the row position; terms in alphabetical order),
        ``term``, ``n`` (occurrences) and ``n_articles`` (articles it occurs in).
    by_group
        With ``by=`` or ``period=``: ``group`` (categorical), ``term_code``, ``n``,
        ``n_articles``, one row per group and term that occurs in it: the keyness inputs.
    n_articles
        Articles counted.
    """

    vocabulary: pd.DataFrame
    by_group: pd.DataFrame | None
    n_articles: int

    def terms(self, codes: Iterable[int] | np.ndarray) -> np.ndarray:
        """The terms of integer codes."""
        return self.vocabulary[TERM].to_numpy()[np.asarray(codes, dtype=np.int64)]

    def group_counts(self) -> pd.DataFrame:
        """``by_group`` as a tidy table with the terms as text: ``group, term, n, n_articles``."""
        if self.by_group is None:
            raise ValueError("These term counts were made without by= or period=.")
        table = self.by_group
        return pd.DataFrame(
            {
                GROUP: table[GROUP].astype(str).to_numpy(),
                TERM: self.terms(table[TERM_CODE]),
                COUNT: table[COUNT].to_numpy(),
                N_ARTICLES: table[N_ARTICLES].to_numpy(),
            }
        )

    def top_terms(self, *, n: int = 20) -> pd.DataFrame:
        """The *n* most frequent terms, as :func:`helpers.term_frequency.top_terms` ranks them.

        Returns ``rank, term, n, n_articles, per_10k`` (per 10,000 counted terms).
        """
        from helpers.term_frequency import PER_10K

        table = self.vocabulary[[TERM, COUNT, N_ARTICLES]]
        total = table[COUNT].sum()
        table = table.sort_values([COUNT, TERM], ascending=[False, True]).head(n)
        table = table.assign(**{PER_10K: table[COUNT] / total * 10_000}).reset_index(drop=True)
        table.insert(0, RANK, np.arange(1, len(table) + 1))
        return table

    def keyness(
        self,
        target: str | Iterable[str],
        *,
        reference: str | Iterable[str] | None = None,
        min_count: int = 5,
        top: int | None = None,
    ) -> pd.DataFrame:
        """Keyness of groups against other groups (:func:`helpers.term_frequency.keyness`).

        *target* and *reference* are group labels (outlets, or periods as ``1987-03``); the
        result equals ``keyness`` on per-article counts with the ids of those groups' articles.
        """
        from helpers.term_frequency import keyness

        labels = [target] if isinstance(target, str) else list(target)
        others = [reference] if isinstance(reference, str) else reference
        counts = self.group_counts().rename(columns={GROUP: ARTICLE_ID})
        return keyness(counts, labels, reference=others, min_count=min_count, top=top)


@dataclass(frozen=True)
class TermCounts(Analysis):
    """:func:`helpers.term_frequency.term_counts` per partition, folded into a :class:`TermTable`.

    Per article counts never leave the partition: each returns its totals per term (and per group
    and term), with terms as categoricals; the combine step sums them and codes the vocabulary.
    """

    ngram_range: tuple[int, int] = (1, 1)
    stop_words: bool | tuple[str, ...] = True
    min_length: int = 2
    drop_numbers: bool = True
    by: str | None = None
    period: str | None = None
    name: str = field(default="term counts", init=False)
    memory_factor: float = field(default=14.0, init=False)

    @property
    def columns(self) -> tuple[str, ...]:  # type: ignore[override]
        extra = (self.by,) if self.by else (PUBLISHED,) if self.period else ()
        return (ARTICLE_ID, TEXT, *extra)

    def partition(self, articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame | None, int]:
        from helpers.term_frequency import article_groups, term_counts

        counts = term_counts(
            articles,
            ngram_range=self.ngram_range,
            stop_words=self.stop_words,
            min_length=self.min_length,
            drop_numbers=self.drop_numbers,
            progress=self.progress,
        )
        terms = counts[TERM].astype("category")
        totals = (
            pd.DataFrame({TERM: terms, COUNT: counts[COUNT].to_numpy()})
            .groupby(TERM, observed=True)[COUNT]
            .agg(["sum", "size"])
            .set_axis([COUNT, N_ARTICLES], axis=1)
            .reset_index()
        )
        grouped = None
        if self.by is not None or self.period is not None:
            groups = article_groups(articles, by=self.by, period=self.period)
            joined = pd.DataFrame(
                {ARTICLE_ID: counts[ARTICLE_ID].to_numpy(), TERM: terms, COUNT: counts[COUNT]}
            ).merge(groups, on=ARTICLE_ID)
            joined[GROUP] = joined[GROUP].astype("category")
            grouped = (
                joined.groupby([GROUP, TERM], observed=True)[COUNT]
                .agg(["sum", "size"])
                .set_axis([COUNT, N_ARTICLES], axis=1)
                .reset_index()
            )
        return totals, grouped, len(articles)

    def combine(
        self, partials: Sequence[tuple[pd.DataFrame, pd.DataFrame | None, int]]
    ) -> TermTable:
        totals = pd.concat([p[0].astype({TERM: str}) for p in partials], ignore_index=True)
        summed = totals.groupby(TERM, sort=True)[[COUNT, N_ARTICLES]].sum()
        vocabulary = pd.DataFrame(
            {
                TERM_CODE: np.arange(len(summed), dtype=np.int32),
                TERM: summed.index.astype(str),
                COUNT: summed[COUNT].to_numpy(dtype=np.int64),
                N_ARTICLES: summed[N_ARTICLES].to_numpy(dtype=np.int64),
            }
        )
        by_group = None
        if self.by is not None or self.period is not None:
            codes = pd.Index(vocabulary[TERM])
            parts = [p[1].astype({TERM: str, GROUP: str}) for p in partials if p[1] is not None]
            grouped = pd.concat(parts, ignore_index=True)
            grouped = grouped.groupby([GROUP, TERM], sort=True)[[COUNT, N_ARTICLES]].sum()
            grouped = grouped.reset_index()
            by_group = pd.DataFrame(
                {
                    GROUP: pd.Categorical(grouped[GROUP]),
                    TERM_CODE: codes.get_indexer(grouped[TERM]).astype(np.int32),
                    COUNT: grouped[COUNT].to_numpy(dtype=np.int64),
                    N_ARTICLES: grouped[N_ARTICLES].to_numpy(dtype=np.int64),
                }
            )
        return TermTable(vocabulary, by_group, int(sum(p[2] for p in partials)))


# --------------------------------------------------------------------------------------------------
# Term trends
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TermTrend(Analysis):
    """:func:`helpers.timeline.count_terms` per partition; :func:`~helpers.timeline.term_trend`
    on the combined counts and the articles' dates and word counts (the text stays behind)."""

    terms: tuple[str, ...] = ()
    period: str = "week"
    measure: str = "share"
    min_articles: int = 5
    confidence: float = 0.95
    case_sensitive: bool = False
    name: str = field(default="term trend", init=False)
    memory_factor: float = field(default=4.0, init=False)
    columns: tuple[str, ...] = field(
        default=(ARTICLE_ID, TEXT, PUBLISHED, WORD_COUNT, DUPLICATE_OF), init=False
    )

    def partition(self, articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
        from helpers.timeline import count_terms

        counts = count_terms(articles, list(self.terms), case_sensitive=self.case_sensitive)
        return counts, articles[[ARTICLE_ID, PUBLISHED, WORD_COUNT, DUPLICATE_OF]]

    def combine(self, partials: Sequence[tuple[pd.DataFrame, pd.DataFrame]]) -> pd.DataFrame:
        from helpers.timeline import term_trend

        counts = pd.concat([p[0] for p in partials], ignore_index=True)
        narrow = pd.concat([p[1] for p in partials], ignore_index=True)
        return term_trend(
            narrow,
            counts,
            period=self.period,
            measure=self.measure,
            terms=list(self.terms),
            min_articles=self.min_articles,
            confidence=self.confidence,
            include_duplicates=True,
        )


# --------------------------------------------------------------------------------------------------
# Chronology: dates written in the articles
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Chronology(Analysis):
    """:func:`helpers.timeline.chronology` per partition, concatenated (one row per expression)."""

    types: tuple[str, ...] = ("DATE", "TIME")
    name: str = field(default="chronology", init=False)
    memory_factor: float = field(default=10.0, init=False)
    columns: tuple[str, ...] = field(default=(ARTICLE_ID, TEXT, PUBLISHED), init=False)

    def partition(self, articles: pd.DataFrame) -> pd.DataFrame:
        from helpers.timeline import chronology

        return chronology(
            articles, types=self.types, include_duplicates=True, progress=self.progress
        )

    def combine(self, partials: Sequence[pd.DataFrame]) -> pd.DataFrame:
        return _concat(partials)


@dataclass(frozen=True)
class DatesSummary(Chronology):
    """:func:`helpers.timeline.chronology_summary` per partition, merged: one row per date."""

    granularities: tuple[str, ...] = ("time", "day", "week", "month")
    start: str | None = None
    end: str | None = None
    name: str = field(default="dates (chronology summary)", init=False)

    def partition(self, articles: pd.DataFrame) -> pd.DataFrame:
        from helpers.timeline import chronology_summary

        return chronology_summary(
            super().partition(articles),
            granularities=self.granularities,
            start=self.start,
            end=self.end,
        )

    def combine(self, partials: Sequence[pd.DataFrame]) -> pd.DataFrame:
        from helpers.timeline import (
            EXAMPLE,
            FIRST_PUBLISHED,
            GRANULARITY,
            LAST_PUBLISHED,
            REFERS_TO,
            SUMMARY_COLUMNS,
            VALUE,
        )

        tables = [p for p in partials if len(p)]
        if not tables:
            return partials[0]
        rows = pd.concat(tables, ignore_index=True)
        # articles sit in exactly one partition: per-partition article counts add up
        summary = (
            rows.groupby(VALUE, sort=False)
            .agg(
                **{
                    REFERS_TO: (REFERS_TO, "first"),
                    GRANULARITY: (GRANULARITY, "first"),
                    COUNT: (COUNT, "sum"),
                    N_ARTICLES: (N_ARTICLES, "sum"),
                    FIRST_PUBLISHED: (FIRST_PUBLISHED, "min"),
                    LAST_PUBLISHED: (LAST_PUBLISHED, "max"),
                    EXAMPLE: (EXAMPLE, "first"),
                }
            )
            .reset_index()
        )
        summary[COUNT] = summary[COUNT].astype("int64")
        summary[N_ARTICLES] = summary[N_ARTICLES].astype("int64")
        summary = summary.sort_values([REFERS_TO, VALUE], kind="stable").reset_index(drop=True)
        return summary[list(SUMMARY_COLUMNS)]


# --------------------------------------------------------------------------------------------------
# Sentence sentiment
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SentenceSentiment(Analysis):
    """Sentences scored with VADER per partition, averaged per article
    (:func:`helpers.sentiment.article_sentiment` with the article info); concatenated."""

    threshold: float = 0.05
    workers: int | None = None
    name: str = field(default="sentence sentiment", init=False)
    memory_factor: float = field(default=24.0, init=False)
    columns: tuple[str, ...] = field(
        default=(ARTICLE_ID, TEXT, TITLE, PUBLISHED, OUTLET, AGENCY, DUPLICATE_OF), init=False
    )

    def partition(self, articles: pd.DataFrame) -> pd.DataFrame:
        from helpers.corpus import sentences
        from helpers.sentiment import article_sentiment, score_sentences

        scored = score_sentences(sentences(articles), workers=self.workers, progress=self.progress)
        return article_sentiment(scored, articles=articles, threshold=self.threshold)

    def combine(self, partials: Sequence[pd.DataFrame]) -> pd.DataFrame:
        return _concat(partials)

    def on_workers(self) -> SentenceSentiment:
        return replace(self, workers=1)  # Dask workers are daemons: no process pool inside


# --------------------------------------------------------------------------------------------------
# Quotes
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quotes(Analysis):
    """:func:`helpers.quotes.extract_quotes` per partition, concatenated."""

    name: str = field(default="quotes", init=False)
    memory_factor: float = field(default=10.0, init=False)
    columns: tuple[str, ...] = field(default=(ARTICLE_ID, TEXT), init=False)

    def partition(self, articles: pd.DataFrame) -> pd.DataFrame:
        from helpers.quotes import extract_quotes

        # duplicates were dropped before partitioning
        return extract_quotes(articles, include_duplicates=True, progress=self.progress)

    def combine(self, partials: Sequence[pd.DataFrame]) -> pd.DataFrame:
        return _concat(partials)


def _concat(partials: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate partial tables in partition order (empty ones only set the columns)."""
    tables = [p for p in partials if len(p)]
    if not tables:
        return partials[0].reset_index(drop=True)
    return pd.concat(tables, ignore_index=True)
