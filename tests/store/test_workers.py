"""Extraction in worker processes: the same knowledge base as one process, and a killed worker loses nothing."""

from __future__ import annotations

import json
import os
import signal
import time

import psutil
import pytest
from sqlalchemy import create_engine, text

from pactwatch import samples_folder
from pactwatch.store.db import normalise_url
from pactwatch.synthetic import articles, ordinary

from ..torture.kb import PG, cli, drop_database, invariants, new_database, run_cli, snapshot

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(not PG, reason="no PostgreSQL"))]


def fingerprints(url: str) -> list[tuple]:
    engine = create_engine(normalise_url(url))
    with engine.connect() as c:
        rows = sorted(tuple(r) for r in c.execute(text("SELECT text_hash, doc_id, url FROM fingerprints")))
    engine.dispose()
    return rows


@pytest.fixture(scope="module")
def stream(tmp_path_factory):
    """Relevant and ordinary news mixed, an exact copy, and a broken line in the middle."""
    path = tmp_path_factory.mktemp("stream") / "stream.jsonl"
    relevant, plain = list(articles(40, seed=21)), list(ordinary(40, seed=21))
    lines = [json.dumps(d) for pair in zip(relevant, plain) for d in pair]
    lines.insert(30, "{not json")
    lines.append(json.dumps({**relevant[3], "id": "copy-of-3", "url": "https://elsewhere.example/3"}))
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_workers_give_what_one_gives(backend, tmp_path, stream):
    urls = [new_database(backend, tmp_path) for _ in range(2)]
    try:
        runs = [run_cli("ingest", str(samples_folder()), str(stream), "--db", url, "--workers", str(workers))
                for url, workers in zip(urls, (1, 2))]
        for run in runs:
            assert run.returncode == 1, run.stderr.decode()  # the broken line
            assert f"{stream}:31: not valid JSON" in run.stderr.decode()
        assert runs[0].stderr.decode().splitlines()[-1] == runs[1].stderr.decode().splitlines()[-1]
        one, two = snapshot(urls[0]), snapshot(urls[1])
        assert one["agreements"] and one["reports"] and one["commitments"]
        assert one == two
        assert fingerprints(urls[0]) == fingerprints(urls[1]) and len(fingerprints(urls[0])) > 10
        assert invariants(urls[1]) == []
    finally:
        for url in urls:
            drop_database(url)


def test_extract_with_two_workers_prints_what_one_prints(stream):
    outputs = [run_cli("extract", str(stream), "--workers", str(workers)) for workers in (1, 2)]
    assert [o.returncode for o in outputs] == [1, 1]
    assert outputs[0].stdout == outputs[1].stdout and outputs[0].stdout.count(b"\n") == 81


def _workers_of(process: psutil.Process) -> list[psutil.Process]:
    """The pool's worker processes: grandchildren through the fork server (one that ends meanwhile left out)."""
    out = []
    for child in process.children(recursive=True):
        try:
            if child.ppid() != process.pid:
                out.append(child)
        except psutil.NoSuchProcess:
            pass
    return out


def _busy(workers: list[psutil.Process]) -> list[psutil.Process]:
    out = []
    for worker in workers:
        try:
            if worker.cpu_percent(interval=0.05) > 20:
                out.append(worker)
        except psutil.NoSuchProcess:
            pass
    return out


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_worker_killed_mid_run_loses_nothing_and_doubles_nothing(backend, tmp_path):
    feed = tmp_path / "feed.jsonl"
    # (long enough that the workers get work: this process prepares the first documents while they start)
    feed.write_text("".join(json.dumps(d) + "\n" for d in articles(600, seed=22)))
    clean, killed = new_database(backend, tmp_path), new_database(backend, tmp_path)
    try:
        assert run_cli("ingest", str(feed), "--db", clean, "--workers", "1").returncode == 0
        process = cli("ingest", str(feed), "--db", killed, "--workers", "2")
        watched, victim = psutil.Process(process.pid), None
        end = time.monotonic() + 120
        while victim is None and time.monotonic() < end and process.poll() is None:
            busy = _busy(_workers_of(watched))
            victim = busy[0] if busy else None
        assert victim is not None, "no busy worker was seen"
        os.kill(victim.pid, signal.SIGKILL)
        assert process.poll() is None, "the run had ended before the kill"
        _, stderr = process.communicate(timeout=600)
        assert process.returncode == 0, stderr.decode()
        assert "600 documents: 600 new" in stderr.decode()
        assert snapshot(killed) == snapshot(clean)
        assert invariants(killed) == []
    finally:
        drop_database(clean)
        drop_database(killed)
