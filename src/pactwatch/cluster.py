"""Past one machine: extraction on a Dask cluster, storing by one writer.

``pactwatch ingest ... --dask tcp://scheduler:8786`` (an existing cluster) or ``--dask local`` (a
``distributed.LocalCluster`` of ``--workers`` processes started for the run) sends the input, cut into
chunks of documents, to the Dask workers, which run the relevance gate and the extractor
(:func:`pactwatch.parallel.prepare_chunk`, the same code as ``--workers``). The results come back to
the process that ran the command, in input order, and that process alone stores them and merges
reports into agreements, so the knowledge base is the one a one-process run makes of the same input
(merging needs every earlier report, in order: it is the one step that stays serial). Several such
ingests may write to one PostgreSQL database at once: each writer takes turns through an advisory lock
and sees everything stored before it (see README, "Several writers").

The workers need pactwatch installed (the same version), nothing else: they never open the database.
A worker that dies has its chunks run again on another worker by Dask.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager

from .errors import PactwatchError


class ClusterError(PactwatchError):
    """The Dask cluster cannot be reached or started."""


@contextmanager
def dask_pool(address: str, workers: int = 2, timeout: float = 30) -> Iterator[Callable[[], Executor]]:
    """A factory of executors on the Dask cluster at ``address`` (``local``: a LocalCluster of ``workers``
    single-threaded processes, closed again at the end)."""
    from distributed import Client, LocalCluster

    cluster = None
    try:
        if address == "local":
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=40)
            client = Client(cluster)
        else:
            client = Client(address, timeout=timeout)
    except (OSError, TimeoutError) as error:
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {error}") from None
    try:
        cores = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values()) or workers

        def executor() -> Executor:
            pool = client.get_executor(pure=False)
            pool._max_workers = cores  # how many chunks to keep out: four for each worker thread
            return pool

        executor.client = client  # for callers that want the cluster itself (its workers, their processes)
        yield executor
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
