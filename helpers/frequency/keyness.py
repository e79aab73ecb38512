"""Keyness: terms over- and under-used in one subcorpus against another.

Log-likelihood G² (Dunning 1993) with its chi-square p-value, and Hardie's log ratio as the effect
size; :func:`keyness_by_period` does it for each period in turn ("what was distinctive each month").
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable

import numpy as np
import pandas as pd

from helpers.columns import (
    ARTICLE_ID,
    COUNT,
    G2,
    GROUP,
    KEY_FOR,
    LOG_RATIO,
    N_REFERENCE,
    N_TARGET,
    P_VALUE,
    PER_10K_REFERENCE,
    PER_10K_TARGET,
    RANK,
    TERM,
)
from helpers.frequency.counts import with_surface
from helpers.frequency.ranking import article_groups, grouped_counts

__all__ = ["chi2_sf", "keyness", "keyness_by_period", "log_likelihood", "log_ratio"]

#: What :func:`keyness` accepts as a subcorpus: article ids, or a table with ``article_id``
#: (what :func:`helpers.selection.select_articles` returns).
Subcorpus = Collection[str] | pd.DataFrame | pd.Series


def article_ids(subcorpus: Subcorpus | None) -> list[str] | None:
    """The article ids of a subcorpus given as a table (``article_id`` column) or as ids."""
    if subcorpus is None:
        return None
    if isinstance(subcorpus, pd.DataFrame):
        return subcorpus[ARTICLE_ID].tolist()
    return list(subcorpus)


def chi2_sf(statistic: np.ndarray | float) -> np.ndarray:
    """Survival function of chi-square with 1 degree of freedom: ``P(X >= statistic)``.

    For one degree of freedom ``P(X >= x) = erfc(sqrt(x / 2))``; no scipy needed.
    """
    values = np.atleast_1d(np.asarray(statistic, dtype=float))
    return np.fromiter(
        (math.erfc(math.sqrt(max(x, 0.0) / 2)) for x in values), dtype=float, count=len(values)
    )


def log_likelihood(
    a: np.ndarray, b: np.ndarray, c: float | np.ndarray, d: float | np.ndarray
) -> np.ndarray:
    """Log-likelihood G² of the 2x2 table ``[[a, c - a], [b, d - b]]``.

    *a* and *b* are a term's frequencies in the target and reference subcorpora, *c* and *d* the
    subcorpora sizes in terms. ``G² = 2 Σ O ln(O / E)`` over the four cells (``0 ln 0 = 0``),
    with expected counts from the row and column totals (Dunning 1993).
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    c = np.asarray(c, dtype=float)
    d = np.asarray(d, dtype=float)
    total = c + d
    observed = (a, c - a, b, d - b)
    expected = (
        c * (a + b) / total,
        c * (total - a - b) / total,
        d * (a + b) / total,
        d * (total - a - b) / total,
    )
    g2 = np.zeros(np.broadcast(a, b, c, d).shape)
    for o, e in zip(observed, expected, strict=True):
        with np.errstate(divide="ignore", invalid="ignore"):
            g2 = g2 + np.where(o > 0, o * np.log(np.where(o > 0, o, 1) / e), 0.0)
    return 2 * g2


def log_ratio(
    a: np.ndarray, b: np.ndarray, c: float | np.ndarray, d: float | np.ndarray
) -> np.ndarray:
    """Hardie's log ratio: ``log2((a / c) / (b / d))``, a zero frequency counted as 0.5.

    1 means twice as frequent (per term) in the target as in the reference, -1 half as frequent.
    """
    a = np.where(np.asarray(a, dtype=float) == 0, 0.5, a)
    b = np.where(np.asarray(b, dtype=float) == 0, 0.5, b)
    return np.log2((a / np.asarray(c, dtype=float)) / (b / np.asarray(d, dtype=float)))


def keyness_table(
    target: pd.Series, reference: pd.Series, *, min_count: int, target_size: float | None = None
) -> pd.DataFrame:
    """Score terms given their frequencies in the target and the reference (aligned Series)."""
    a = target.to_numpy(dtype=float)
    b = reference.to_numpy(dtype=float)
    c = float(a.sum()) if target_size is None else target_size
    d = float(b.sum())
    keep = (a + b) >= max(min_count, 1)
    terms = target.index.to_numpy()[keep]
    a, b = a[keep], b[keep]
    if c == 0 or d == 0:
        a, b, terms = a[:0], b[:0], terms[:0]
    g2 = log_likelihood(a, b, c, d) if len(a) else np.zeros(0)
    ratio = log_ratio(a, b, c, d) if len(a) else np.zeros(0)
    over = a / max(c, 1) >= b / max(d, 1)
    table = pd.DataFrame(
        {
            TERM: terms,
            N_TARGET: a.astype(np.int64),
            N_REFERENCE: b.astype(np.int64),
            PER_10K_TARGET: a / max(c, 1) * 10_000,
            PER_10K_REFERENCE: b / max(d, 1) * 10_000,
            G2: g2,
            P_VALUE: chi2_sf(g2),
            LOG_RATIO: ratio,
            KEY_FOR: np.where(over, "target", "reference"),
        }
    )
    return table.sort_values([G2, TERM], ascending=[False, True]).reset_index(drop=True)


class CountIndex:
    """Counts as integer codes, built once: subcorpus totals are then one ``np.bincount``."""

    def __init__(self, counts: pd.DataFrame) -> None:
        self.article_codes, article_ids_ = pd.factorize(counts[ARTICLE_ID])
        self.term_codes, terms = pd.factorize(counts[TERM])
        self.articles = pd.Index(article_ids_)
        self.terms = pd.Index(terms)
        self.n = counts[COUNT].to_numpy(dtype=float)
        self.totals = np.bincount(self.term_codes, weights=self.n, minlength=len(self.terms))

    def sums(self, ids: Iterable[str]) -> np.ndarray:
        """Term frequencies summed over the articles *ids* (ids without terms are ignored)."""
        positions = self.articles.get_indexer(list(ids))
        chosen = np.zeros(len(self.articles), dtype=bool)
        chosen[positions[positions >= 0]] = True
        rows = chosen[self.article_codes]
        return np.bincount(self.term_codes[rows], weights=self.n[rows], minlength=len(self.terms))

    def keyness(
        self, target: Iterable[str], reference: Iterable[str] | None, *, min_count: int
    ) -> pd.DataFrame:
        """See :func:`keyness`; *reference* None means all other articles."""
        target_ids = set(target)
        a = self.sums(target_ids)
        b = self.totals - a if reference is None else self.sums(set(reference) - target_ids)
        return keyness_table(
            pd.Series(a, index=self.terms), pd.Series(b, index=self.terms), min_count=min_count
        )


def keyness(
    counts: pd.DataFrame,
    target: Subcorpus,
    *,
    reference: Subcorpus | None = None,
    min_count: int = 5,
    top: int | None = None,
) -> pd.DataFrame:
    """Return the terms whose frequency differs most between two sets of articles.

    Parameters
    ----------
    counts
        Tidy term counts.
    target
        The subcorpus of interest: the table :func:`helpers.selection.select_articles` returns,
        or a list of article ids.
    reference
        The subcorpus to compare with, in the same forms; ``None`` means every article of
        *counts* not in *target*. Articles in both are counted in the target only.
    min_count
        Skip terms seen fewer times than this in both subcorpora together.
    top
        Keep only the first *top* rows.

    Returns
    -------
    pandas.DataFrame
        One row per term, strongest G² first: ``term`` (and ``surface``), ``n_target``,
        ``n_reference``, ``per_10k_target``, ``per_10k_reference``, ``g2``, ``p_value`` (chi-square,
        1 df), ``log_ratio`` (effect size, log2) and ``key_for`` (``target`` when relatively more
        frequent in the target). With thousands of terms tested, read p-values strictly
        (p < 0.0001, i.e. G² > 15.13) and rank by effect size among the significant terms.
    """
    table = CountIndex(counts).keyness(
        article_ids(target), article_ids(reference), min_count=min_count
    )
    if top is not None:
        table = table.head(top)
    return with_surface(table, counts)


def keyness_by_period(
    counts: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    period: str = "month",
    compare_with: str = "rest",
    min_count: int = 5,
    top: int = 10,
) -> pd.DataFrame:
    """For each period, the terms most distinctive of it ("what was distinctive each month").

    Parameters
    ----------
    counts
        Tidy term counts.
    articles
        The articles table (for publication dates; undated articles are left out).
    period
        ``"day"``, ``"week"``, ``"month"``, ``"quarter"`` or ``"year"``
        (see :func:`~helpers.frequency.ranking.article_groups`).
    compare_with
        ``"rest"``: each period against all other periods; ``"previous"``: against the period
        before (the first period is then skipped).
    min_count
        Skip terms seen fewer times than this in the two subcorpora together.
    top
        How many terms per period.

    Returns
    -------
    pandas.DataFrame
        ``group`` (the period), ``rank`` and the columns of :func:`keyness`, only terms more
        frequent in the period than in the comparison (``key_for == "target"``).
    """
    if compare_with not in {"rest", "previous"}:
        raise ValueError(f"compare_with={compare_with!r}: use 'rest' or 'previous'.")
    frame = grouped_counts(counts, article_groups(articles, period=period))
    per_group = frame.groupby([GROUP, TERM])[COUNT].sum()
    overall = per_group.groupby(level=TERM).sum()
    labels = sorted(per_group.index.get_level_values(GROUP).unique())
    tables = []
    for i, label in enumerate(labels):
        a = per_group.xs(label, level=GROUP)
        if compare_with == "rest":
            a, b = a.align(overall, fill_value=0)
            b = b - a
        else:
            if i == 0:
                continue
            a, b = a.align(per_group.xs(labels[i - 1], level=GROUP), fill_value=0)
        table = keyness_table(a, b, min_count=min_count)
        table = table[table[KEY_FOR] == "target"].head(top)
        table.insert(0, RANK, np.arange(1, len(table) + 1))
        table.insert(0, GROUP, label)
        tables.append(table)
    columns = [
        GROUP,
        RANK,
        *keyness_table(pd.Series(dtype=float), pd.Series(dtype=float), min_count=1).columns,
    ]
    result = pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(columns=columns)
    return with_surface(result, counts)
