"""kill -9 at random moments during ingest, `db upgrade` (new and populated databases) and `db remerge`, on
SQLite and PostgreSQL; after every kill the invariants hold, and a rerun ends equal to a clean run.

CI runs a few kills of each (marker ``torture``); tools/torture.sh runs many (PACTWATCH_TORTURE_KILLS).
Each test appends its figures to $PACTWATCH_TORTURE_REPORT when that is set.
"""

from __future__ import annotations

import json
import os
import time

import pytest
from sqlalchemy import create_engine, text

from pactwatch import samples_folder
from pactwatch.kb import BATCH
from pactwatch.store import open_database
from pactwatch.store.db import normalise_url
from pactwatch.synthetic import articles

from .kb import (PG, budget, cli, copy_database, drop_database, invariants, kill_at, kill_when, new_database,
                 run_cli, schema_state, shuffle_delays, snapshot)

pytestmark = pytest.mark.torture
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(not PG, reason="no PostgreSQL"))]
KILLS = budget("kills", 3)


def report(**figures) -> None:
    path = os.environ.get("PACTWATCH_TORTURE_REPORT")
    if path:
        with open(path, "a") as handle:
            handle.write(json.dumps(figures) + "\n")


def startup() -> float:
    """How long the CLI takes to start (a kill before that lands in no work)."""
    return timed("--version") * 0.8


def timed(*args: str) -> float:
    began = time.monotonic()
    done = run_cli(*args)
    assert done.returncode == 0, done.stderr.decode()
    return time.monotonic() - began


@pytest.fixture(scope="module")
def feed(tmp_path_factory):
    path = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    # more articles than one batch of the writer (kb.BATCH): a run killed after its first commit is partial
    path.write_text("".join(json.dumps(a) + "\n" for a in articles(3 * BATCH, seed=11)))
    return path


@pytest.fixture(scope="module", params=BACKENDS)
def populated(request, tmp_path_factory, feed):
    """A database at the newest schema holding the samples and the synthetic feed, and its clean snapshot."""
    folder = tmp_path_factory.mktemp("populated")
    url = new_database(request.param, folder)
    assert run_cli("ingest", str(samples_folder()), str(feed), "--db", url, "--no-progress").returncode == 0
    yield request.param, url, folder
    drop_database(url)


def test_kill_during_ingest(populated, feed, tmp_path):
    backend, _, _ = populated
    clean = new_database(backend, tmp_path)
    duration = timed("ingest", str(feed), "--db", clean, "--no-progress")
    expected = snapshot(clean)
    url = new_database(backend, tmp_path)
    assert run_cli("db", "upgrade", "--db", url).returncode == 0
    engine = create_engine(normalise_url(url))

    def count() -> int:
        with engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM articles")).scalar_one()
    total = len(expected["articles"])
    landed, partial, stored = 0, 0, 0
    for delay in shuffle_delays(KILLS, min(1.0, duration / max(1, KILLS)), seed=1):
        if stored >= total - 1:
            break  # nothing left to interrupt
        before = stored
        # killed a moment after this run stored its first new article: in the middle of writing
        landed += kill_when(cli("ingest", str(feed), "--db", url, "--no-progress"), lambda: count() > before, delay)
        assert invariants(url) == []
        stored = count()
        partial += 0 < stored < total
    engine.dispose()
    rerun = run_cli("ingest", str(feed), "--db", url, "--no-progress")
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert invariants(url) == []
    assert snapshot(url) == expected
    report(operation="ingest", backend=backend, kills=landed, landed=landed, partial=partial, lost_or_doubled=0)
    assert partial >= min(1, KILLS)
    drop_database(clean), drop_database(url)


def test_kill_during_upgrade_of_a_new_database(populated, tmp_path):
    backend = populated[0]
    probe = new_database(backend, tmp_path)
    duration = timed("db", "upgrade", "--db", probe)
    drop_database(probe)
    landed, states = 0, {}
    begin = startup()
    for delay in shuffle_delays(KILLS, duration - begin, seed=2):
        delay += begin
        url = new_database(backend, tmp_path)
        landed += kill_at(cli("db", "upgrade", "--db", url), delay)
        state = schema_state(url)
        states[state] = states.get(state, 0) + 1
        assert state in ("empty", "current"), f"a killed upgrade left the schema {state}"
        assert invariants(url) == []
        again = run_cli("db", "upgrade", "--db", url)
        assert again.returncode == 0, again.stderr.decode()
        assert schema_state(url) == "current" and invariants(url) == []
        assert run_cli("stats", "--db", url).returncode == 0
        drop_database(url)
    report(operation="upgrade-new", backend=backend, kills=KILLS, landed=landed, states=states)


def _downgraded(backend: str, source: str, folder) -> str:
    """A copy of ``source`` taken back to revision 0001 (the oldest schema), data kept."""
    url = copy_database(backend, source, folder)
    database = open_database(url, check=False)
    database.migrate("0001", down=True)
    database.close()
    return url


def test_kill_during_upgrade_of_a_populated_database(populated, tmp_path):
    backend, source, _ = populated
    old = _downgraded(backend, source, tmp_path)
    assert schema_state(old) == "old"
    clean = copy_database(backend, old, tmp_path)
    duration = timed("db", "upgrade", "--db", clean)
    expected = snapshot(clean)
    landed, states = 0, {}
    begin = startup()
    for delay in shuffle_delays(KILLS, duration - begin, seed=3):
        delay += begin
        url = copy_database(backend, old, tmp_path)
        landed += kill_at(cli("db", "upgrade", "--db", url), delay)
        state = schema_state(url)
        states[state] = states.get(state, 0) + 1
        assert state in ("old", "current"), f"a killed upgrade left the schema {state}"
        assert invariants(url) == []
        again = run_cli("db", "upgrade", "--db", url)
        assert again.returncode == 0, again.stderr.decode()
        assert snapshot(url) == expected and invariants(url) == []
        drop_database(url)
    report(operation="upgrade-populated", backend=backend, kills=KILLS, landed=landed, states=states)
    drop_database(old), drop_database(clean)


def test_kill_during_remerge(populated, tmp_path):
    backend, source, _ = populated
    before = snapshot(source)
    clean = copy_database(backend, source, tmp_path)
    duration = timed("db", "remerge", "--threshold", "0.5", "--db", clean)
    expected = snapshot(clean)
    assert expected != before, "the remerge should change something"
    landed, outcomes = 0, {"before": 0, "after": 0}
    begin = startup()
    for delay in shuffle_delays(KILLS, duration - begin, seed=4):
        delay += begin
        url = copy_database(backend, source, tmp_path)
        landed += kill_at(cli("db", "remerge", "--threshold", "0.5", "--db", url), delay)
        assert invariants(url) == []
        now = snapshot(url)
        assert now in (before, expected), "a killed remerge left a half-merged database"
        outcomes["before" if now == before else "after"] += 1
        again = run_cli("db", "remerge", "--threshold", "0.5", "--db", url)
        assert again.returncode == 0, again.stderr.decode()
        assert snapshot(url) == expected
        drop_database(url)
    report(operation="remerge", backend=backend, kills=KILLS, landed=landed, outcomes=outcomes)
    drop_database(clean)
