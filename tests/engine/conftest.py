"""One small LocalCluster (2 worker processes) for the engine tests, started and closed here."""

from __future__ import annotations

import pytest

from helpers.engine import dask_client


@pytest.fixture(scope="session")
def client():
    with dask_client(n_workers=2, memory_limit="2GB") as started:
        yield started
