"""Extraction on a real Dask LocalCluster of two worker processes: the same knowledge base as one process,
and a worker killed mid-run loses nothing."""

from __future__ import annotations

import os
import signal

import pytest

from pactwatch import samples_folder
from pactwatch.cluster import dask_pool
from pactwatch.ingest.readers import iter_documents
from pactwatch.kb import Ingestor
from pactwatch.store import open_database
from pactwatch.synthetic import articles

from ..torture.kb import PG, drop_database, invariants, new_database, run_cli, snapshot
from .test_workers import fingerprints, stream  # noqa: F401 - the shared input stream

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(not PG, reason="no PostgreSQL"))]


@pytest.mark.parametrize("backend", BACKENDS)
def test_ingest_on_a_local_cluster_gives_what_one_process_gives(backend, tmp_path, stream):  # noqa: F811
    urls = [new_database(backend, tmp_path) for _ in range(2)]
    try:
        one = run_cli("ingest", str(samples_folder()), str(stream), "--db", urls[0], "--workers", "1")
        dask = run_cli("ingest", str(samples_folder()), str(stream), "--db", urls[1], "--dask", "local",
                       "--workers", "2")
        assert one.returncode == dask.returncode == 1  # the broken line, named by both
        assert f"{stream}:31: not valid JSON" in dask.stderr.decode()
        assert one.stderr.decode().splitlines()[-1] == dask.stderr.decode().splitlines()[-1]
        assert snapshot(urls[0]) == snapshot(urls[1])
        assert fingerprints(urls[0]) == fingerprints(urls[1])
        assert invariants(urls[1]) == []
    finally:
        for url in urls:
            drop_database(url)


def test_a_dask_worker_killed_mid_run_loses_nothing(tmp_path):
    docs = list(iter_documents([str(_feed(tmp_path))]))
    clean = open_database(f"sqlite:///{tmp_path / 'clean.db'}")
    assert Ingestor(clean).ingest_all(docs).ok
    clean.close()
    killed = open_database(f"sqlite:///{tmp_path / 'killed.db'}")
    with dask_pool("local", workers=2) as pool:
        pids = sorted(pool.client.run(os.getpid).values())
        assert len(pids) == 2 and os.getpid() not in pids

        calls, killed_pids = [], []

        def kill_once(summary) -> None:  # called once for each item taken back from the workers
            calls.append(1)
            if len(calls) == 20:  # the first chunk taken back, the next ones out on the workers
                killed_pids.append(pids[0])
                os.kill(pids[0], signal.SIGKILL)

        summary = Ingestor(killed).ingest_all(iter_documents([str(_feed(tmp_path))]), pool=pool,
                                              on_progress=kill_once)
    killed.close()
    assert killed_pids, "the kill never happened"
    assert summary.ok and summary.documents == summary.new == 200
    assert snapshot(f"sqlite:///{tmp_path / 'killed.db'}") == snapshot(f"sqlite:///{tmp_path / 'clean.db'}")
    assert invariants(f"sqlite:///{tmp_path / 'killed.db'}") == []


def _feed(folder):
    import json

    path = folder / "feed.jsonl"
    if not path.exists():
        path.write_text("".join(json.dumps(d) + "\n" for d in articles(200, seed=23)))
    return path
