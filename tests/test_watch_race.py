"""Two `pactwatch watch` runs on one database at once (two cron jobs overlapping, a watch restarted while the
old one still polls) send each alert exactly once and lose no state: an alert is claimed in the database's
watch_state table, under its write lock, before it is sent. On a real SQLite file and, when PACTWATCH_TEST_PG
names a server, on PostgreSQL."""

import json
import os
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import create_engine, select, text

from pactwatch import samples_folder
from pactwatch.ingest.fetch import Fetcher, FetchOptions
from pactwatch.ingest.readers import iter_documents
from pactwatch.kb import Ingestor
from pactwatch.store import open_database
from pactwatch.store.db import normalise_url
from pactwatch.store.models import Agreement, WatchState
from pactwatch.watch import CLAIM_LEASE, CLAIMED, SEEN, Watcher, WatchOptions

PG = os.environ.get("PACTWATCH_TEST_PG")
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG, reason="PACTWATCH_TEST_PG is not set: no PostgreSQL server to test against"))]
SAMPLES = samples_folder()


@pytest.fixture(params=BACKENDS)
def kb(request, tmp_path):
    """A knowledge base of the samples whose watch has seen only its first agreement: every later one is new."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'kb.db'}"
    else:
        engine = create_engine(normalise_url(PG))
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        engine.dispose()
        url = PG
    database = open_database(url)
    assert Ingestor(database).ingest_all(iter_documents([str(SAMPLES)])).ok
    with database.session(write=True) as session:
        first = session.execute(select(Agreement.id).order_by(Agreement.id)).scalars().first()
        session.merge(WatchState(key=SEEN, value=str(first)))
        newer = session.execute(select(Agreement.id).where(Agreement.id > first)).scalars().all()
    database.close()
    assert len(newer) >= 50
    return url, set(newer)


def _alerts(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def _keys(alerts: list[dict]) -> Counter:
    return Counter(f"{a['type']}:{a['id']}:{a.get('due', '')}" for a in alerts)


def test_two_watchers_polling_at_once_send_each_alert_once(kb, tmp_path):
    url, newer = kb
    alerts = tmp_path / "alerts.jsonl"
    sources = [str(SAMPLES / next(p.name for p in sorted(SAMPLES.iterdir()) if p.is_file()))]
    options = WatchOptions(alert_file=alerts, due_within_days=3650)
    databases = [open_database(url) for _ in range(2)]
    fetchers = [Fetcher(FetchOptions(per_host_interval=0, cache_dir=None)) for _ in range(2)]
    # both read the state before either sends: the moment two overlapping runs are most alike
    watchers = [Watcher(databases[i], sources, fetchers[i], options) for i in range(2)]
    start, results, errors = threading.Barrier(2), [None, None], []

    def run(i: int) -> None:
        try:
            start.wait()
            results[i] = watchers[i].poll(today=date(2026, 6, 1))
        except Exception as error:  # noqa: BLE001 - reported below, whatever it is
            errors.append(repr(error))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not errors, errors
    sent = _alerts(alerts)
    twice = {k: n for k, n in _keys(sent).items() if n > 1}
    assert not twice, f"{len(twice)} alerts sent more than once, e.g. {sorted(twice)[:5]}"
    assert {a["id"] for a in sent if a["type"] == "agreement"} == newer  # none lost either
    assert any(a["type"] == "commitment_due" for a in sent)
    # each watcher reports as sent only what it sent itself: together, what the file holds
    assert sorted(_keys(results[0].alerts + results[1].alerts).elements()) == sorted(_keys(sent).elements())
    # the state agrees: the newest agreement seen, and a third watcher (and the two again) send nothing more
    with databases[0].session() as session:
        seen = session.execute(select(WatchState.value).where(WatchState.key == SEEN)).scalar_one()
    assert int(seen) == max(newer)
    again = Watcher(databases[0], sources, fetchers[0], options).poll(today=date(2026, 6, 1))
    assert not again.alerts and not again.problems
    assert not any(w.poll(today=date(2026, 6, 1)).alerts for w in watchers)
    assert len(_alerts(alerts)) == len(sent)
    for database, fetcher in zip(databases, fetchers):
        fetcher.close()
        database.close()


def test_two_watch_processes_at_once_send_each_alert_once(kb, tmp_path):
    url, newer = kb
    alerts = tmp_path / "alerts.jsonl"
    sources = tmp_path / "sources.txt"
    sources.write_text(str(SAMPLES / next(p.name for p in sorted(SAMPLES.iterdir()) if p.is_file())) + "\n")
    command = [sys.executable, "-m", "pactwatch.cli", "watch", str(sources), "--once", "--db", url,
               "--alert-file", str(alerts), "--due-within", "0"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outputs = [run.communicate(timeout=300) for run in runs]
    for run, (_, err) in zip(runs, outputs):
        assert run.returncode == 0, err.decode()[-2000:]
    sent = _alerts(alerts)
    assert not {k: n for k, n in _keys(sent).items() if n > 1}
    assert {a["id"] for a in sent if a["type"] == "agreement"} == newer


def test_a_claim_held_by_another_watch_is_skipped_and_a_stale_one_taken_over(kb, tmp_path):
    url, newer = kb
    alerts = tmp_path / "alerts.jsonl"
    database = open_database(url)
    held, stale = sorted(newer)[:2]
    with database.session(write=True) as session:  # another watch is sending one now; one died sending another
        session.merge(WatchState(key=f"file>agreement:{held}", value=f"{CLAIMED}{time.time():.3f}"))
        session.merge(WatchState(key=f"file>agreement:{stale}", value=f"{CLAIMED}{time.time() - CLAIM_LEASE - 5:.3f}"))
    fetcher = Fetcher(FetchOptions(per_host_interval=0, cache_dir=None))
    sources = [str(SAMPLES / next(p.name for p in sorted(SAMPLES.iterdir()) if p.is_file()))]
    result = Watcher(database, sources, fetcher, WatchOptions(alert_file=alerts)).poll()
    sent = {a["id"] for a in result.alerts if a["type"] == "agreement"}
    assert stale in sent and held not in sent and sent == newer - {held}
    assert {a["id"] for a in _alerts(alerts)} == sent
    fetcher.close()
    database.close()
