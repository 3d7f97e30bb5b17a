"""The knowledge-base commands as a user runs them."""

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from .conftest import SAMPLES


def run(*args):
    return subprocess.run([sys.executable, "-m", "pactwatch.cli", *args], capture_output=True, timeout=600)


@pytest.fixture(scope="module")
def kb_url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('kb') / 'kb.db'}"
    result = run("ingest", str(SAMPLES), "--db", url)
    assert result.returncode == 0, result.stderr.decode()
    assert b"25 new" in result.stderr
    return url


def test_ingest_again_stores_nothing_new(kb_url):
    result = run("ingest", str(SAMPLES), "--db", kb_url)
    assert result.returncode == 0 and b"0 new" in result.stderr


def test_agreements_as_json_and_csv(kb_url):
    data = json.loads(run("agreements", "--db", kb_url, "--country", "KOR", "--with", "SGP", "-f", "json").stdout)
    assert data and all({"KOR", "SGP"} <= set(a["countries"]) for a in data)
    rows = list(csv.DictReader(io.StringIO(run("agreements", "--db", kb_url, "--sector", "ai", "-f", "csv")
                                           .stdout.decode())))
    assert rows and all("ai" in r["sectors"] for r in rows)


def test_partners_table(kb_url):
    out = run("partners", "KOR", "--db", kb_url).stdout.decode()
    assert "Singapore" in out and "Italy" in out


def test_show_explains_merges(kb_url):
    data = json.loads(run("agreements", "--db", kb_url, "--kind", "fund", "--text", "Singapore", "-f", "json").stdout)
    top = max(data, key=lambda a: a["reports"])
    shown = run("show", str(top["id"]), "--db", kb_url).stdout.decode()
    assert "joined with score" in shown and "source:" in shown and "“" in shown
    assert "reports disagree" in shown


def test_commitments_overdue_and_as_of(kb_url):
    rows = json.loads(run("commitments", "--db", kb_url, "--as-of", "2028-01-01", "--overdue", "-f", "json").stdout)
    assert rows and all(r["status"] == "overdue" for r in rows)
    bad = run("commitments", "--db", kb_url, "--as-of", "soon")
    assert bad.returncode == 2 and b"not a date" in bad.stderr


def test_stats_and_search(kb_url):
    stats = json.loads(run("stats", "--db", kb_url, "-f", "json").stdout)
    assert stats["articles"] == 25
    hits = json.loads(run("search", "quantum Oxford", "--db", kb_url, "-f", "json").stdout)
    assert hits and {hits[0]["snippet"][s:e].lower() for s, e in hits[0]["highlights"]} & {"quantum", "oxford"}


def test_export_graphml(kb_url, tmp_path):
    result = run("export", "--to", "graphml", str(tmp_path / "net.graphml"), "--db", kb_url)
    assert result.returncode == 0 and (tmp_path / "net.graphml").exists()
    assert run("export", "--to", "xls", str(tmp_path / "x"), "--db", kb_url).returncode == 2


def test_remerge_and_upgrade(kb_url):
    assert run("db", "upgrade", "--db", kb_url).returncode == 0
    strict = run("db", "remerge", "--db", kb_url, "--threshold", "0.95")
    back = run("db", "remerge", "--db", kb_url)
    assert strict.returncode == 0 and back.returncode == 0
    assert int(strict.stderr.split()[0]) > int(back.stderr.split()[0])


def test_unreachable_database_is_a_clear_error():
    result = run("stats", "--db", "postgresql://nobody@127.0.0.1:9/none")
    assert result.returncode == 2 and b"cannot prepare database" in result.stderr


def test_demo_runs_on_bundled_samples(tmp_path):
    result = run("demo", "--db", f"sqlite:///{tmp_path / 'demo.db'}", "--as-of", "2026-11-22")
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr.decode()
    assert "Partner network of KOR" in out and "Agreements" in out and "Commitments as of 2026-11-22" in out


def test_demo_keeps_its_database_in_the_user_data_folder_and_adds_nothing_twice(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "HOME": str(tmp_path)}
    env.pop("PACTWATCH_DB", None)

    def demo():
        return subprocess.run([sys.executable, "-m", "pactwatch.cli", "demo", "--as-of", "2026-11-22"],
                              capture_output=True, timeout=600, env=env, cwd=tmp_path)

    first, second = demo(), demo()
    assert first.returncode == 0 and second.returncode == 0, second.stderr.decode()
    where = tmp_path / "data" / "pactwatch" / "demo.db"
    assert where.is_file()
    assert f"pactwatch agreements --country KOR --db {where}" in first.stderr.decode()
    assert b"(0 new," in second.stderr and first.stdout == second.stdout
    stats = json.loads(run("stats", "--db", str(where), "-f", "json").stdout)
    assert stats["articles"] == 25


def test_show_and_stats_as_csv(kb_url):
    rows = list(csv.DictReader(io.StringIO(run("show", "1", "--db", kb_url, "-f", "csv").stdout.decode())))
    assert rows and {"report", "evidence", "sources"} <= set(rows[0])
    stats = list(csv.DictReader(io.StringIO(run("stats", "--db", kb_url, "-f", "csv").stdout.decode())))
    assert {"group": "total", "key": "articles", "count": "25"} in stats


def test_reading_never_creates_nor_migrates(tmp_path):
    """A read on a missing, old, newer or foreign database says what to do and changes nothing."""
    import sqlite3

    missing = tmp_path / "missing.db"
    result = run("stats", "--db", str(missing))
    assert result.returncode == 2 and b"no database" in result.stderr and not missing.exists()
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as c:
        c.execute("CREATE TABLE notes (x)")
    for command in (["stats"], ["ingest", str(SAMPLES / "01_korea_singapore_ai_alliance.txt")], ["db", "upgrade"]):
        result = run(*command, "--db", str(foreign))
        assert result.returncode == 2 and b"not a pactwatch database" in result.stderr
    with sqlite3.connect(foreign) as c:
        assert [r[0] for r in c.execute("SELECT name FROM sqlite_master")] == ["notes"]
    newer = tmp_path / "newer.db"
    with sqlite3.connect(newer) as c:
        c.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        c.execute("INSERT INTO alembic_version VALUES ('0099')")
    result = run("stats", "--db", str(newer))
    assert result.returncode == 2 and b"newer pactwatch" in result.stderr and b"0099" in result.stderr


def test_an_old_schema_is_upgraded_only_by_db_upgrade(tmp_path):
    from alembic import command

    from pactwatch.store import open_database
    from pactwatch.store.db import _alembic_config

    url = f"sqlite:///{tmp_path / 'old.db'}"
    database = open_database(url, check=False)
    config = _alembic_config(database.engine)
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    database.close()
    for command_ in (["stats"], ["agreements"], ["ingest", str(SAMPLES / "01_korea_singapore_ai_alliance.txt")]):
        result = run(*command_, "--db", url)
        assert result.returncode == 2 and b"pactwatch db upgrade" in result.stderr
    assert run("db", "upgrade", "--db", url).returncode == 0
    assert run("stats", "--db", url).returncode == 0
