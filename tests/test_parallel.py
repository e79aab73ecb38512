"""helpers.parallel: the process pool gives the same results as a plain loop."""

from __future__ import annotations

import multiprocessing
import sys

from helpers.parallel import process_pool, start_method, worker_count
from helpers.text import split_sentences


def test_worker_count_is_bounded() -> None:
    assert 1 <= worker_count() <= 4
    assert worker_count(limit=1) == 1


def test_start_method() -> None:
    assert start_method() == ("fork" if sys.platform == "linux" else "spawn")


def test_process_pool_gives_the_same_results_as_a_loop() -> None:

    assert worker_count() >= 1
    texts = [f"Sentence {i}. Another one." for i in range(20)]
    with process_pool(2) as pool:
        assert list(pool.map(split_sentences, texts)) == [split_sentences(t) for t in texts]


def test_worker_count_is_one_inside_a_daemonic_process() -> None:
    """A Dask worker (or a pool worker) is daemonic and may not start children: the bundle's
    functions then run serially there instead of failing ("daemonic processes are not allowed
    to have children", seen on the 100 k-article chronology through Dask)."""
    context = multiprocessing.get_context(start_method())
    with context.Pool(1) as pool:  # multiprocessing.Pool workers are daemonic, as Dask's are
        assert pool.apply(worker_count) == 1
