"""Bootstrap summaries: a mean per group with a percentile interval that resamples whole articles."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from helpers.columns import (
    CI_HIGH,
    CI_LOW,
    MEAN,
    N_ARTICLES,
    N_SENTENCES,
    SHARE_NEGATIVE,
    SHARE_POSITIVE,
)

__all__ = ["bootstrap_interval", "group_summary"]


def bootstrap_interval(
    sums: np.ndarray,
    counts: np.ndarray,
    *,
    rng: np.random.Generator,
    n_boot: int,
    confidence: float,
) -> tuple[float, float]:
    """Percentile interval of ``sum(sums)/sum(counts)`` resampling the units (articles)."""
    k = len(sums)
    if k == 0 or n_boot <= 0:
        return math.nan, math.nan
    if k == 1:
        value = float(sums[0] / counts[0])
        return value, value
    batch = max(1, min(n_boot, 2_000_000 // k))
    estimates = []
    for first in range(0, n_boot, batch):
        size = min(batch, n_boot - first)
        picks = rng.integers(0, k, size=(size, k))
        estimates.append(sums[picks].sum(axis=1) / counts[picks].sum(axis=1))
    values = np.concatenate(estimates)
    alpha = (1 - confidence) / 2
    low, high = np.quantile(values, [alpha, 1 - alpha])
    return float(low), float(high)


def group_summary(
    table: pd.DataFrame,
    key: str,
    *,
    value: str,
    cluster: str,
    n_boot: int,
    seed: int,
    confidence: float,
    threshold: float | None,
) -> pd.DataFrame:
    """Per value of *key*: counts, mean of *value* and a bootstrap interval resampling *cluster*."""
    rng = np.random.default_rng(seed)
    rows = []
    for label, group in table.groupby(key, sort=True):
        per_cluster = group.groupby(cluster, sort=False)[value].agg(["sum", "count"])
        sums = per_cluster["sum"].to_numpy(dtype="float64")
        counts = per_cluster["count"].to_numpy(dtype="float64")
        low, high = bootstrap_interval(sums, counts, rng=rng, n_boot=n_boot, confidence=confidence)
        row: dict[str, Any] = {
            key: label,
            N_SENTENCES: len(group),
            N_ARTICLES: len(per_cluster),
            MEAN: float(sums.sum() / counts.sum()),
            CI_LOW: low,
            CI_HIGH: high,
        }
        if threshold is not None:
            row[SHARE_POSITIVE] = float((group[value] >= threshold).mean())
            row[SHARE_NEGATIVE] = float((group[value] <= -threshold).mean())
        rows.append(row)
    columns = [key, N_SENTENCES, N_ARTICLES, MEAN, CI_LOW, CI_HIGH]
    if threshold is not None:
        columns += [SHARE_POSITIVE, SHARE_NEGATIVE]
    return pd.DataFrame(rows, columns=columns)
