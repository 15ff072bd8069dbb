"""Executors for batch runs besides the default process pool: Dask, behind the ``unionnews[dask]`` extra.

:func:`unionnews.convert` and :func:`unionnews.iter_parse` take any ``concurrent.futures.Executor``; a Dask
client offers one (``Client.get_executor()``), so Dask needs no code of its own in the runner — only this
helper that starts a client (and a ``LocalCluster`` when no scheduler address is given) and closes them.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from typing import Any

DASK_MISSING = "--engine dask needs dask.distributed: pip install 'unionnews[dask]'"


def dask_available() -> bool:
    return importlib.util.find_spec("distributed") is not None


@contextmanager
def dask_executor(scheduler: str | None = None, workers: int | None = None, **cluster: Any) -> Iterator[Executor]:
    """An executor on a Dask cluster: the one at ``scheduler``, or a new ``LocalCluster`` of ``workers``
    single-threaded processes (extra ``cluster`` arguments go to ``LocalCluster``, e.g. ``processes=False``)."""
    from distributed import Client, LocalCluster

    local = None
    if scheduler is None:
        cluster.setdefault("n_workers", workers)
        cluster.setdefault("threads_per_worker", 1)
        cluster.setdefault("dashboard_address", ":0")
        local = LocalCluster(**cluster)
        client = Client(local)
    else:
        client = Client(scheduler)
    try:
        executor = client.get_executor()
        executor._max_workers = sum(client.nthreads().values()) or 1  # sizes the in-flight window
        yield executor
    finally:
        client.close()
        if local is not None:
            local.close()
