"""Scale benchmark: synthetic corpora of 10 k / 100 k / 1 M articles through both back ends.

Usage::

    python benchmarks/bench_scale.py --sizes 10000 100000 [--out /tmp/news-scale]
        [--engines pandas dask] [--workers 1 2] [--stages load terms timeline sentiment dates quotes]

The corpora are generated from Reuters (``../shared/data/reuters-21578/articles``, through the
corpus store) and written as store entries under ``--out`` (default ``/tmp/news-scale``; never
inside the project): articles re-sampled with replacement, given new ids, dates shifted by a whole
number of weeks over ten years, and digits permuted in title and text (so counts, words and
sentences keep Reuters' distribution); 10 % of the articles are re-published copies of an earlier
article (digits permuted again, dated up to two days later) and marked in ``duplicate_of``, as the
loader marks wire copies. The duplicate policy then drops them in every stage.

For every size, back end and stage it prints the wall time, the peak resident memory of this
process plus all its children (Dask workers included; sampled every 0.1 s), and the cost per 1,000
articles; then the 1→N worker speed-up and a linear extrapolation to the sizes not measured,
labelled as such.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.columns import (
    ARTICLE_ID,
    DUPLICATE_KIND,
    DUPLICATE_OF,
    N_ARTICLES,
    POSITION,
    PUBLISHED,
    REPLACED_BYTES,
    REPORT_COLUMNS,
    SECONDS,
    SOURCE_PATH,
    TEXT,
    TITLE,
)
from helpers.corpus.readers.base import report_row
from helpers.paths import shared_path
from helpers.store import ROWS_PER_PART, STORE_META, cached_load, contract_dtypes

STAGES = ("load", "terms", "timeline", "sentiment", "dates", "quotes")
DUPLICATE_SHARE = 0.10


# --------------------------------------------------------------------------------------------------
# Synthetic corpora
# --------------------------------------------------------------------------------------------------


def _digit_tables(rng: np.random.Generator, n: int) -> list[dict[int, int]]:
    digits = "0123456789"
    return [str.maketrans(digits, "".join(rng.permutation(list(digits)))) for _ in range(n)]


def generate(size: int, out: Path, *, seed: int = 14, rows_per_part: int = ROWS_PER_PART) -> Path:
    """Write a synthetic corpus of *size* articles as a store entry in ``out/synthetic-<size>``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = out / f"synthetic-{size}"
    if (folder / STORE_META).exists():
        return folder
    reuters = shared_path("data", "reuters-21578", "articles")
    if reuters is None:
        raise SystemExit("Reuters not found: put ../shared next to the project (or NEWS_SHARED).")
    base = cached_load(reuters).articles
    base = base[base[DUPLICATE_OF] == ""].reset_index(drop=True)
    rng = np.random.default_rng(seed)
    tables = _digit_tables(rng, 16)
    (folder / "articles").mkdir(parents=True, exist_ok=True)
    report_rows, memory_bytes = [], 0
    for number, first in enumerate(range(0, size, rows_per_part)):
        k = min(rows_per_part, size - first)
        frame = base.iloc[rng.integers(0, len(base), k)].reset_index(drop=True)
        ids = np.array([f"syn-{first + i:07d}" for i in range(k)], dtype=object)
        weeks = rng.integers(0, 52 * 10, k)
        published = frame[PUBLISHED] + pd.to_timedelta(weeks * 7, unit="D")
        which = rng.integers(0, len(tables), k)
        texts = [t.translate(tables[j]) for t, j in zip(frame[TEXT], which, strict=True)]
        titles = [t.translate(tables[j]) for t, j in zip(frame[TITLE], which, strict=True)]
        duplicate_of = np.full(k, "", dtype=object)
        kinds = np.full(k, "", dtype=object)
        copies = np.flatnonzero(rng.random(k) < DUPLICATE_SHARE)
        copies = copies[copies > 0]
        originals = np.zeros(len(copies), dtype=np.int64)
        for i, row in enumerate(copies):
            original = int(rng.integers(0, row))
            while duplicate_of[original]:  # copy an original, not a copy
                original = int(rng.integers(0, original + 1))
            originals[i] = original
            duplicate_of[row], kinds[row] = ids[original], "near-duplicate"
            j = int(rng.integers(0, len(tables)))
            texts[row] = frame.at[original, TEXT].translate(tables[j])
            titles[row] = frame.at[original, TITLE].translate(tables[j])
        for column in frame.columns.difference([TEXT, TITLE, PUBLISHED]):
            values = frame[column].to_numpy(copy=True)
            values[copies] = values[originals]
            frame[column] = values
        later = pd.to_timedelta(rng.integers(0, 3, len(copies)), unit="D")
        published = published.to_numpy(copy=True)
        published[copies] = published[originals] + later.to_numpy()
        frame[ARTICLE_ID] = ids
        frame[PUBLISHED] = published
        frame[TEXT] = texts
        frame[TITLE] = titles
        frame[DUPLICATE_OF] = duplicate_of
        frame[DUPLICATE_KIND] = kinds
        frame[SOURCE_PATH] = f"synthetic-{size}/part-{number:05d}"
        frame = contract_dtypes(frame)
        memory_bytes += int(frame.memory_usage(deep=True).sum())
        path = folder / "articles" / f"part-{number:05d}.parquet"
        pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), path)
        report_rows.append(
            {**report_row(path, "loaded", k, detail="synthetic (re-sampled Reuters)"), SECONDS: 0.0}
        )
    report = pd.DataFrame(report_rows, columns=list(REPORT_COLUMNS))
    report = report.astype({N_ARTICLES: "int64", POSITION: "int64", REPLACED_BYTES: "int64"})
    pq.write_table(pa.Table.from_pandas(report, preserve_index=False), folder / "report.parquet")
    meta = {"n_articles": size, "memory_bytes": memory_bytes, "n_parts": number + 1, "seed": seed}
    (folder / STORE_META).write_text(json.dumps(meta, indent=2))
    return folder


# --------------------------------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------------------------------


class PeakMemory:
    """Peak RSS of this process and all its children (sampled in a thread every 0.1 s)."""

    def __init__(self) -> None:
        import psutil

        self._process = psutil.Process()
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _rss(self) -> int:
        total = 0
        for process in [self._process, *self._process.children(recursive=True)]:
            with contextlib.suppress(Exception):
                total += process.memory_info().rss
        return total

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._rss())
            time.sleep(0.1)

    def __enter__(self) -> PeakMemory:
        self.peak = self._rss()
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._rss())


@dataclass
class Row:
    size: int
    engine: str
    stage: str
    seconds: float
    peak_mb: float

    @property
    def per_1k(self) -> float:
        return self.seconds / self.size * 1000


def _stages(articles_of: Callable[[], object]) -> dict[str, Callable[[object], object]]:
    from helpers import engine

    return {
        "terms": lambda a: engine.term_counts(a, period="month"),
        "timeline": lambda a: engine.articles_over_time(a, period="week"),
        "sentiment": lambda a: engine.article_sentiment(a),
        "dates": lambda a: engine.dates_summary(a),
        "quotes": lambda a: engine.extract_quotes(a),
    }


def _result_size(result: object) -> str:
    """What a stage produced, so a reader can see it did the work (rows, terms)."""
    vocabulary = getattr(result, "vocabulary", None)
    if vocabulary is not None:
        return f"{len(vocabulary):,} terms"
    return f"{len(result):,} rows"  # a Dask DataFrame's len() counts every partition


def _warm_up(sample: pd.DataFrame) -> None:
    """Run every stage once on a few articles: imports and compiled patterns are then ready, so
    the timed stages measure the work and not the first import (seconds for term_frequency)."""
    for action in _stages(lambda: sample).values():
        action(sample)


def measure(
    corpus: Path, size: int, engine_name: str, workers: int, stages: list[str]
) -> list[Row]:
    from helpers import engine

    label = "pandas" if engine_name == "pandas" else f"dask x{workers}"
    rows: list[Row] = []

    def timed(stage: str, action: Callable[[], object]) -> object:
        with PeakMemory() as memory:
            start = time.perf_counter()
            try:
                result = action()
            except engine.CorpusTooLargeError as refused:  # the pandas engine's memory check
                print(f"  {size:>9,} {label:<9} {stage:<10} refused: {refused}")
                return None
            seconds = time.perf_counter() - start
        rows.append(Row(size, label, stage, seconds, memory.peak / 1e6))
        print(
            f"  {size:>9,} {label:<9} {stage:<10} {seconds:9.1f} s {memory.peak / 1e6:9.0f} MB"
            f"   -> {_result_size(result)}"
        )
        return result

    def run_stages(open_articles: Callable[[], object]) -> None:
        articles = timed("load", open_articles)
        for stage, action in _stages(lambda: articles).items():
            if stage in stages and articles is not None:
                timed(stage, lambda action=action: action(articles))

    import pyarrow.parquet as pq

    sample = contract_dtypes(
        pq.read_table(sorted((corpus / "articles").glob("*.parquet"))[0]).slice(0, 100).to_pandas()
    )
    if engine_name == "pandas":
        _warm_up(sample)
        run_stages(lambda: engine.open_corpus(corpus, engine="pandas").articles)
        return rows
    with engine.dask_client(n_workers=workers) as client:
        client.wait_for_workers(workers)
        client.run(_warm_up, sample)

        def open_dask() -> object:
            articles = engine.open_corpus(corpus, engine="dask").articles
            len(articles)  # touch every partition once
            return articles

        run_stages(open_dask)
    return rows


# --------------------------------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------------------------------


def report(rows: list[Row], all_sizes: list[int]) -> None:
    table = pd.DataFrame(
        [
            {
                "size": r.size,
                "engine": r.engine,
                "stage": r.stage,
                "seconds": round(r.seconds, 1),
                "s per 1k": round(r.per_1k, 3),
                "peak RSS MB": round(r.peak_mb),
            }
            for r in rows
        ]
    )
    print("\nMeasured (wall time, peak RSS of this process + Dask workers):")
    print(table.to_string(index=False))
    dask = table[table["engine"].str.startswith("dask")]
    if dask["engine"].nunique() > 1:
        print("\nSpeed-up from 1 to more workers (same size and stage):")
        pivot = dask.pivot_table(index=["size", "stage"], columns="engine", values="seconds")
        one = pivot.get("dask x1")
        for column in pivot.columns:
            if column != "dask x1" and one is not None:
                pivot[f"speed-up {column}"] = (one / pivot[column]).round(2)
        print(pivot.to_string())
    measured = sorted(table["size"].unique())
    missing = [s for s in all_sizes if s not in measured]
    if missing and measured:
        largest = measured[-1]
        base = table[table["size"] == largest]
        print(f"\nEXTRAPOLATED, NOT MEASURED: linear from the {largest:,}-article cost per 1k")
        for size in missing:
            for _, r in base.iterrows():
                print(
                    f"  {size:>9,} {r['engine']:<9} {r['stage']:<10} "
                    f"~{r['s per 1k'] * size / 1000 / 60:8.1f} min"
                )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--extrapolate", type=int, nargs="*", default=[1_000_000])
    parser.add_argument(
        "--out", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "news-scale"
    )
    parser.add_argument("--engines", nargs="+", default=["pandas", "dask"])
    parser.add_argument("--workers", type=int, nargs="+", default=[2])
    parser.add_argument("--stages", nargs="+", default=list(STAGES))
    parser.add_argument("--generate-only", action="store_true")
    options = parser.parse_args()
    rows: list[Row] = []
    for size in options.sizes:
        start = time.perf_counter()
        corpus = generate(size, options.out)
        print(f"corpus {corpus} ready ({time.perf_counter() - start:.0f} s)", flush=True)
        if options.generate_only:
            continue
        for engine_name in options.engines:
            for workers in options.workers if engine_name == "dask" else [1]:
                rows.extend(measure(corpus, size, engine_name, workers, options.stages))
    if rows:
        print(f"\nload average at the end: {os.getloadavg()}; cores: {os.cpu_count()}")
        report(rows, sorted(set(options.sizes) | set(options.extrapolate)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
