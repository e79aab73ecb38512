"""Process pools that are safe in scripts and in Jupyter kernels alike.

Forking is the fastest way to start workers on Linux, but forking a process that runs other
threads (a Jupyter kernel always does: heartbeat, I/O) can deadlock the child on a lock held at
the moment of the fork. :func:`process_pool` therefore forks only when the calling process has a
single thread, and otherwise starts workers with ``forkserver`` (Linux) or ``spawn`` (macOS,
Windows). Results are the same either way; only start-up time differs.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from concurrent.futures import ProcessPoolExecutor


def worker_count(limit: int = 4) -> int:
    """Return how many worker processes to use: the usable cores, at most *limit*."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        cores = os.cpu_count() or 1
    return max(1, min(cores, limit))


def start_method() -> str:
    """Return the multiprocessing start method that is safe here (see the module docstring)."""
    if sys.platform == "linux":
        return "fork" if threading.active_count() == 1 else "forkserver"
    return "spawn"


def process_pool(workers: int) -> ProcessPoolExecutor:
    """Return a ``ProcessPoolExecutor`` with *workers* processes and a safe start method.

    Functions and arguments given to it must be importable and picklable (module-level
    functions), as with any ``spawn`` pool.
    """
    method = start_method()
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["helpers.corpus", "helpers.sentiment"])
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)
