"""Dask clusters: a LocalCluster on this machine, or a scheduler somewhere else.

:func:`dask_client` connects to the scheduler named by its argument or by
``$NEWS_DASK_SCHEDULER`` (``tcp://host:8786``), and otherwise starts a LocalCluster of worker
*processes* (one thread each: the analyses are pure-Python text work, which threads cannot run in
parallel) listening on 127.0.0.1 only. Workers of a real cluster need the bundle installed
(``pip install news-notebooks[scale]``) in the same version.
"""

from __future__ import annotations

import atexit
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from helpers.parallel import worker_count

__all__ = ["SCHEDULER_ENV", "dask_client", "shared_client"]

#: Environment variable with the address of a running Dask scheduler.
SCHEDULER_ENV = "NEWS_DASK_SCHEDULER"

_SHARED: dict[str, Any] = {}


def _start(
    scheduler: str | None, *, n_workers: int | None, memory_limit: str | int | None
) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    address = scheduler or os.environ.get(SCHEDULER_ENV) or None
    if address:
        return Client(address), None
    cluster = LocalCluster(
        n_workers=n_workers or worker_count(),
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",  # a free port, this machine only
        memory_limit=memory_limit if memory_limit is not None else "auto",
    )
    return Client(cluster), cluster


@contextmanager
def dask_client(
    scheduler: str | None = None,
    *,
    n_workers: int | None = None,
    memory_limit: str | int | None = None,
) -> Iterator[Any]:
    """A ``distributed.Client`` for the ``with`` block; a LocalCluster it started is closed after.

    Parameters
    ----------
    scheduler
        Scheduler address (``tcp://host:8786``); default ``$NEWS_DASK_SCHEDULER``, else a
        LocalCluster on this machine.
    n_workers
        LocalCluster only: worker processes (default: the usable cores, at most 4).
    memory_limit
        LocalCluster only: per worker (``"4GB"``); default: the machine's memory shared out.
    """
    client, cluster = _start(scheduler, n_workers=n_workers, memory_limit=memory_limit)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def shared_client(scheduler: str | None = None, *, n_workers: int | None = None) -> Any:
    """The client of this session: the current one, else one started now and closed at exit.

    Notebooks call this (through :func:`helpers.engine.open_corpus` with ``engine="dask"``) so
    that every analysis of a session uses one cluster.
    """
    from distributed import default_client

    try:
        return default_client()
    except ValueError:
        pass
    client, cluster = _start(scheduler, n_workers=n_workers, memory_limit=None)
    _SHARED["client"], _SHARED["cluster"] = client, cluster

    def close() -> None:
        client.close()
        if cluster is not None:
            cluster.close()

    atexit.register(close)
    return client
