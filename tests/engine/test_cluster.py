"""Connecting to a scheduler: by argument or by $NEWS_DASK_SCHEDULER; a LocalCluster otherwise."""

from __future__ import annotations

import dask.dataframe as dd
import pandas as pd
from distributed import LocalCluster

from helpers import engine
from helpers.engine import SCHEDULER_ENV, dask_client


def test_client_connects_to_the_scheduler_in_the_environment(monkeypatch) -> None:
    with LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=False,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        monkeypatch.setenv(SCHEDULER_ENV, cluster.scheduler_address)
        with dask_client() as client:
            assert client.scheduler.address == cluster.scheduler_address
            frame = pd.DataFrame(
                {"article_id": ["a", "b"], "text": ['"Yes," she said.', "No."], "duplicate_of": ""}
            )
            quotes = engine.extract_quotes(dd.from_pandas(frame, npartitions=2))
            assert quotes["article_id"].tolist() == ["a"]
        with dask_client(cluster.scheduler_address) as client:
            assert client.scheduler.address == cluster.scheduler_address
