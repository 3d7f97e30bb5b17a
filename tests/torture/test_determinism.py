"""The same documents in the same order into two fresh databases give the same knowledge base, on SQLite and
on PostgreSQL alike, and both backends agree with each other (every query that decides a merge is ordered).
"""

from __future__ import annotations

import json

import pytest

from pactwatch import samples_folder
from pactwatch.synthetic import articles

from .kb import PG, budget, drop_database, new_database, run_cli, snapshot
from .test_kill import report

pytestmark = pytest.mark.torture
ARTICLES = budget("determinism_articles", 60)


def test_two_runs_on_each_backend_are_identical(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in articles(ARTICLES, seed=31)))
    inputs = [str(samples_folder()), str(feed)]
    results = {}
    for backend in ["sqlite"] + (["postgresql"] if PG else []):
        runs = []
        for _ in range(2):
            url = new_database(backend, tmp_path)
            done = run_cli("ingest", *inputs, "--db", url, "--no-progress")
            assert done.returncode == 0, done.stderr.decode()
            runs.append(snapshot(url))
            drop_database(url)
        assert runs[0] == runs[1], f"two runs on {backend} differ"
        results[backend] = runs[0]
        report(operation="determinism", backend=backend, documents=len(runs[0]["sources"]),
               agreements=len(runs[0]["agreements"]), identical_runs=2)
    if len(results) == 2:
        assert results["sqlite"] == results["postgresql"], "SQLite and PostgreSQL merged differently"
