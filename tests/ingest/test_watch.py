"""`pactwatch watch`: poll sources, ingest what is new, alert once per new agreement or commitment falling due."""

import json
import subprocess
import sys
from datetime import date

import pytest

from pactwatch.ingest.fetch import Fetcher, FetchOptions
from pactwatch.store import open_database
from pactwatch.watch import Watcher, WatchList, WatchOptions, parse_every

from . import server as local


@pytest.fixture(scope="module")
def site():
    server, base = local.start()
    yield base
    server.shutdown()


def watch(sources, db, *extra):
    return subprocess.run([sys.executable, "-m", "pactwatch.cli", "watch", str(sources), "--once", "--db", db,
                           "--allow-private", "--rate", "0", *extra], capture_output=True, timeout=180)


def test_alerts_to_a_file_once_each(site, tmp_path):
    sources = tmp_path / "sources.txt"
    sources.write_text(f"# news\n{site}/feed\n{site}/article\n")
    db, alerts, state = f"sqlite:///{tmp_path / 'kb.db'}", tmp_path / "alerts.jsonl", tmp_path / "state.json"
    first = watch(sources, db, "--countries", "KOR", "--alert-file", str(alerts), "--state", str(state))
    assert first.returncode == 0, first.stderr.decode()
    sent = [json.loads(line) for line in alerts.read_text().splitlines()]
    assert sent and all(a["type"] == "agreement" and "KOR" in a["countries"] for a in sent)
    assert all(a["evidence"] and a["sources"] for a in sent)
    again = watch(sources, db, "--countries", "KOR", "--alert-file", str(alerts), "--state", str(state))
    assert again.returncode == 0 and len(alerts.read_text().splitlines()) == len(sent)


def test_webhook_and_watch_list(site, tmp_path):
    sources = tmp_path / "sources.txt"
    sources.write_text(f"{site}/article\n")
    local.Handler.posted.clear()
    other = watch(sources, f"sqlite:///{tmp_path / 'a.db'}", "--countries", "FRA", "--webhook", site + "/hook",
                  "--state", str(tmp_path / "a.json"))
    assert other.returncode == 0 and local.Handler.posted == []
    hooked = watch(sources, f"sqlite:///{tmp_path / 'b.db'}", "--sectors", "batteries,critical_minerals",
                   "--webhook", site + "/hook", "--state", str(tmp_path / "b.json"))
    assert hooked.returncode == 0, hooked.stderr.decode()
    posted = [json.loads(body) for body in local.Handler.posted]
    assert posted and all(p["type"] == "agreement" for p in posted)


def test_commitments_falling_due(site, tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    fetcher = Fetcher(FetchOptions(allow_private=True, per_host_interval=0, cache_dir=None))
    options = WatchOptions(watch_list=WatchList(countries={"CHL"}), due_within_days=45,
                           alert_file=tmp_path / "alerts.jsonl", state_file=tmp_path / "state.json")
    watcher = Watcher(database, [site + "/article"], fetcher, options)
    early = watcher.poll(today=date(2026, 6, 3))
    assert not [a for a in early.alerts if a["type"] == "commitment_due"]
    late = watcher.poll(today=date(2028, 12, 1))
    due = [a for a in late.alerts if a["type"] == "commitment_due"]
    assert due and due[0]["due"].startswith("2028")
    assert not watcher.poll(today=date(2028, 12, 2)).alerts  # said once
    fetcher.close()
    database.close()


def test_bad_sources_file_and_duration(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n")
    result = watch(empty, f"sqlite:///{tmp_path / 'x.db'}")
    assert result.returncode == 2 and b"lists no sources" in result.stderr
    assert parse_every("30m") == 1800 and parse_every("2h") == 7200 and parse_every("45") == 45


def test_a_failed_webhook_is_not_marked_sent_and_is_retried(site, tmp_path):
    """A webhook answering 500, then refusing, then 200: the alerts come through on the third poll, once."""
    database = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    fetcher = Fetcher(FetchOptions(allow_private=True, per_host_interval=0, cache_dir=None, retries=0))
    options = WatchOptions(webhook=site + "/hook", state_file=tmp_path / "state.json")
    watcher = Watcher(database, [site + "/article"], fetcher, options)
    local.Handler.posted.clear()
    local.Handler.failing_hook[:] = [500] * 50
    first = watcher.poll()
    assert first.undelivered and not first.alerts and local.Handler.posted == []
    assert any("HTTP 500" in p and "tried again" in p for p in first.problems)
    local.Handler.failing_hook[:] = []
    restarted = Watcher(database, [site + "/article"], fetcher, options)  # the state file carries it over
    second = restarted.poll()
    assert second.alerts and not second.undelivered
    assert len(local.Handler.posted) == len(second.alerts) == first.undelivered
    assert not restarted.poll().alerts  # said once
    fetcher.close()
    database.close()


@pytest.mark.parametrize("every", ["-1", "nan", "inf", "0", "-5m", "1e400"])
def test_bad_poll_intervals_are_refused_up_front(tmp_path, every):
    sources = tmp_path / "sources.txt"
    sources.write_text("http://127.0.0.1:9/feed\n")
    result = subprocess.run([sys.executable, "-m", "pactwatch.cli", "watch", str(sources), "--every", every,
                             "--db", f"sqlite:///{tmp_path / 'x.db'}"], capture_output=True, timeout=60)
    assert result.returncode == 2 and b"poll interval" in result.stderr and b"Traceback" not in result.stderr
