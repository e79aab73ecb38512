"""One engine, two back ends: an analysis is a per-partition step plus a combine step.

:func:`run` takes an :class:`Analysis` and an articles table that is either a pandas DataFrame or
a ``dask.dataframe.DataFrame``:

* **pandas**: the whole table is one partition: ``combine([partition(articles)])``, in this
  process, after a memory check (:func:`helpers.engine.memory.check_fits`).
* **dask**: ``partition`` runs on every partition, on the cluster's workers, one partition at a
  time per worker; the small partial results are combined on one worker and the result comes
  back as a pandas DataFrame.

The same two functions run in both cases, so the results are identical as long as ``combine``
of the partial results equals the analysis of the whole table; the tests check exactly that.

The duplicate policy (:func:`helpers.selection.without_duplicates`) is applied *before*
partitioning: copies are marked on the whole corpus when it is loaded, so dropping the marked rows
is the same whether it happens to the whole table or partition by partition. Partition steps then
call the analyses with ``include_duplicates=True`` (nothing left to drop).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from helpers.columns import ARTICLE_COLUMNS, DUPLICATE_OF, REPORT_COLUMNS
from helpers.engine.memory import check_fits
from helpers.selection import INCLUDE_DUPLICATES, without_duplicates

__all__ = [
    "ENGINES",
    "Analysis",
    "DaskMissingError",
    "OpenedCorpus",
    "is_dask",
    "open_corpus",
    "require_dask",
    "run",
]

#: The back ends: ``pandas`` (in memory, one process) and ``dask`` (partitions, a cluster).
ENGINES = ("pandas", "dask")
#: Peak memory of loading a corpus into pandas, as a multiple of the table's size.
LOAD_FACTOR = 2.0


#: What to install for the Dask engine (the default install is without it).
DASK_INSTALL = 'pip install -e ".[scale]"  (or pip install "news-notebooks[scale]")'


class DaskMissingError(ModuleNotFoundError):
    """``engine="dask"`` without Dask installed (the message says what to install)."""


def require_dask() -> None:
    """Raise :class:`DaskMissingError` unless ``dask[dataframe]`` and ``distributed`` import."""
    import importlib.util

    missing = [m for m in ("dask", "distributed") if importlib.util.find_spec(m) is None]
    if missing:
        raise DaskMissingError(
            f"The Dask engine needs {', '.join(missing)}, which is not installed. Install the "
            f'scale extra: {DASK_INSTALL}; or use ENGINE = "pandas".'
        )


@dataclass(frozen=True)
class Analysis:
    """An analysis in two steps; subclasses define :meth:`partition` and :meth:`combine`.

    ``columns`` are the article columns the partition step reads (the Dask back end reads only
    those from Parquet); ``memory_factor`` the pandas back end's peak memory as a multiple of the
    articles table.
    """

    columns: tuple[str, ...] = field(default=(), init=False)
    memory_factor: float = field(default=2.0, init=False)
    name: str = field(default="analysis", init=False)
    #: Show the bundle function's own progress bar (pandas back end; set by :func:`run`).
    progress: bool = field(default=False, init=False)

    def partition(self, articles: pd.DataFrame) -> Any:
        """Partial result of one partition (a pandas DataFrame of articles)."""
        raise NotImplementedError

    def combine(self, partials: Sequence[Any]) -> Any:
        """The result from the partial results, in partition order."""
        raise NotImplementedError

    def on_workers(self) -> Analysis:
        """The analysis as it runs inside Dask workers (e.g. without its own process pool)."""
        return self

    def with_progress(self, progress: bool) -> Analysis:
        """The same analysis, showing (or not) its own progress bar."""
        copy = replace(self)
        object.__setattr__(copy, "progress", progress)  # an init=False field of a frozen class
        return copy


def is_dask(articles: Any) -> bool:
    """True for a ``dask.dataframe.DataFrame`` (checked without importing dask)."""
    return type(articles).__module__.split(".")[0] in ("dask", "dask_expr")


def _partition_step(analysis: Analysis, part: pd.DataFrame) -> Any:
    from helpers.store import contract_dtypes

    return analysis.partition(contract_dtypes(part))


def run(
    analysis: Analysis,
    articles: Any,
    *,
    include_duplicates: bool = INCLUDE_DUPLICATES,
    progress: bool = False,
) -> Any:
    """Run *analysis* on a pandas or Dask articles table and return the (pandas) result.

    Parameters
    ----------
    analysis
        What to compute (see :mod:`helpers.engine.analyses`).
    articles
        The articles table: a pandas DataFrame (pandas back end) or a Dask DataFrame (Dask back
        end, computed on the current ``distributed`` client, or Dask's local scheduler if none).
    include_duplicates
        Keep the rows marked in ``duplicate_of``; by default each story counts once.
    progress
        Show a progress bar: the bundle function's own bar on pandas (over articles), a bar over
        the partitions on Dask.
    """
    if is_dask(articles):
        import dask

        columns = [c for c in dict.fromkeys((*analysis.columns, DUPLICATE_OF)) if c in articles]
        frame = articles[columns]
        if not include_duplicates:
            frame = frame[frame[DUPLICATE_OF].fillna("") == ""]
        on_workers = analysis.on_workers().with_progress(False)
        partials = [
            dask.delayed(_partition_step)(on_workers, part)
            for part in frame.to_delayed(optimize_graph=True)
        ]
        client = _current_client() if progress else None
        if client is None:
            (result,) = dask.compute(dask.delayed(on_workers.combine)(partials))
            return result
        return on_workers.combine(_gather_with_bar(client, partials, analysis.name))
    table_bytes = int(articles.memory_usage(deep=True).sum())
    check_fits(
        table_bytes, factor=analysis.memory_factor, what=analysis.name, n_articles=len(articles)
    )
    frame = articles if include_duplicates else without_duplicates(articles)
    columns = [c for c in dict.fromkeys((*analysis.columns, DUPLICATE_OF)) if c in frame]
    analysis = analysis.with_progress(progress)
    return analysis.combine([_partition_step(analysis, frame[columns])])


def _current_client() -> Any:
    """The ``distributed`` client of this session, or None (Dask's local scheduler)."""
    try:
        from distributed import get_client

        return get_client()
    except (ImportError, ValueError):
        return None


def _gather_with_bar(client: Any, partials: Sequence[Any], name: str) -> list[Any]:
    """Compute *partials* on *client*, with a bar over the partitions; results in order."""
    from distributed import as_completed
    from tqdm.auto import tqdm

    futures = client.compute(list(partials))
    with tqdm(total=len(futures), desc=name.capitalize(), unit="partition") as bar:
        for _ in as_completed(futures):
            bar.update(1)
    return client.gather(futures)


class OpenedCorpus(NamedTuple):
    """What :func:`open_corpus` returns: ``articles`` (pandas or Dask) and the load ``report``."""

    articles: Any
    report: pd.DataFrame


def open_corpus(
    source: str | Path | Iterable[str | Path],
    *,
    engine: str = "pandas",
    scheduler: str | None = None,
    cache_dir: str | Path | None = None,
    **load_options: Any,
) -> OpenedCorpus:
    """Open a corpus for one of the back ends, through the corpus store.

    Parameters
    ----------
    source
        A corpus folder, file or list (parsed once, then read from the store), or a Parquet
        corpus (a store entry, or Parquet files with the contract columns).
    engine
        ``"pandas"``: the articles as a pandas DataFrame, after checking that the corpus fits in
        memory (:class:`~helpers.engine.memory.CorpusTooLargeError` says when to switch).
        ``"dask"``: a Dask DataFrame with one partition per Parquet file of the store, and a
        ``distributed`` client for the session (:func:`helpers.engine.cluster.shared_client`:
        *scheduler*, ``$NEWS_DASK_SCHEDULER``, or a LocalCluster).
    scheduler
        Dask only: the scheduler address (``tcp://host:8786``).
    cache_dir, **load_options
        See :func:`helpers.store.cached_load`.

    Returns
    -------
    OpenedCorpus
        ``articles, report = open_corpus(...)``.
    """
    from helpers import store

    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    if engine == "pandas":
        if store.is_parquet_corpus(source):
            info = store.store_info(source)
            table_bytes, n = int(info["memory_bytes"]), int(info["n_articles"])
        else:
            recursive = load_options.get("recursive", True)
            table_bytes, n = store.source_bytes(source, recursive=recursive), None
        check_fits(table_bytes, factor=LOAD_FACTOR, what="loading the corpus", n_articles=n)
        loaded = store.cached_load(source, cache_dir=cache_dir, **load_options)
        return OpenedCorpus(loaded.articles, loaded.report)
    require_dask()
    import dask.dataframe as dd

    from helpers.engine.cluster import shared_client

    shared_client(scheduler)
    entry = store.ensure_store(source, cache_dir=cache_dir, **load_options)
    files = store.parquet_files(entry)
    articles = dd.read_parquet([str(f) for f in files])
    missing = [c for c in ARTICLE_COLUMNS if c not in articles.columns]
    if missing:
        raise store.CorpusColumnsError(
            f"{entry} lacks the contract columns {missing}, which the Dask engine needs. Convert "
            f"it once: helpers.store.write_store(helpers.store.read_parquet_corpus(path), folder)."
        )
    report_file = Path(entry) / store.REPORT_FILE
    report = (
        pd.read_parquet(report_file)
        if report_file.exists()
        else pd.DataFrame(
            {
                REPORT_COLUMNS[0]: [str(f) for f in files],
                REPORT_COLUMNS[1]: "loaded",
                REPORT_COLUMNS[2]: [None] * len(files),
                REPORT_COLUMNS[3]: "",
                REPORT_COLUMNS[4]: "",
            }
        )
    )
    return OpenedCorpus(articles[list(ARTICLE_COLUMNS)], report)
