"""`pactwatch watch` keeps what it alerted in the database it watches (a new --db is a new watch), stamps
every log line with the time, and sends commitment alerts with their evidence and sources."""

import json
import os
import re
import subprocess
import sys
from datetime import date

import pytest

from pactwatch.ingest.fetch import Fetcher, FetchOptions
from pactwatch.store import open_database
from pactwatch.watch import Watcher, WatchList, WatchOptions

from . import server as local

STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}) ")


@pytest.fixture(scope="module")
def site():
    server, base = local.start()
    yield base
    server.shutdown()


def watch(home, sources, db, *extra):
    env = {**os.environ, "HOME": str(home), "XDG_STATE_HOME": str(home / "state"), "XDG_DATA_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "pactwatch.cli", "watch", str(sources), "--once", "--db", db,
                           "--allow-private", "--rate", "0", *extra], capture_output=True, timeout=180, env=env)


def alerts(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def test_each_database_has_its_own_watch_state(site, tmp_path):
    sources = tmp_path / "sources.txt"
    sources.write_text(f"{site}/article\n")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    first = watch(tmp_path, sources, f"sqlite:///{tmp_path / 'one.db'}", "--alert-file", str(one))
    assert first.returncode == 0, first.stderr.decode()
    assert alerts(one)
    second = watch(tmp_path, sources, f"sqlite:///{tmp_path / 'two.db'}", "--alert-file", str(two))
    assert second.returncode == 0, second.stderr.decode()
    assert [a["id"] for a in alerts(two)] == [a["id"] for a in alerts(one)]  # a new database: a new watch
    again = watch(tmp_path, sources, f"sqlite:///{tmp_path / 'one.db'}", "--alert-file", str(one))
    assert again.returncode == 0 and len(alerts(one)) == len(alerts(two))  # and each remembers its own
    assert not list((tmp_path / "state").rglob("*.json"))  # nothing kept outside the databases


def test_every_log_line_has_a_timestamp(site, tmp_path):
    sources = tmp_path / "sources.txt"
    sources.write_text(f"{site}/article\n{site}/missing-page\n")
    result = watch(tmp_path, sources, f"sqlite:///{tmp_path / 'kb.db'}", "--alert-file", str(tmp_path / "a.jsonl"))
    lines = [line for line in result.stderr.decode().splitlines() if line.strip()]
    assert len(lines) >= 2 and any("missing-page" in line for line in lines)
    assert all(STAMP.match(line) for line in lines), lines


def test_commitment_alerts_carry_evidence_and_sources(site, tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    fetcher = Fetcher(FetchOptions(allow_private=True, per_host_interval=0, cache_dir=None))
    options = WatchOptions(watch_list=WatchList(countries={"CHL"}), due_within_days=45,
                           alert_file=tmp_path / "alerts.jsonl")
    watcher = Watcher(database, [site + "/article"], fetcher, options)
    watcher.poll(today=date(2026, 6, 3))
    due = [a for a in watcher.poll(today=date(2028, 12, 1)).alerts if a["type"] == "commitment_due"]
    assert due
    for alert in due:
        assert alert["evidence"] and all(isinstance(e, str) and e for e in alert["evidence"])
        assert alert["sources"] and all(s.startswith(site) for s in alert["sources"])
    restarted = Watcher(database, [site + "/article"], fetcher, options)  # the database carries the state over
    assert not restarted.poll(today=date(2028, 12, 2)).alerts
    fetcher.close()
    database.close()
