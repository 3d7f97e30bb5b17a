"""What the torture tests check a knowledge base for, independent of row ids (which differ between runs).

``invariants`` lists every broken rule: a foreign key pointing nowhere, an article without exactly one
original source or its 32 MinHash bands, a report outside any agreement, an agreement without reports or
with a stale count or party list, a full-text index that disagrees with the articles. ``snapshot`` is the
whole content keyed by text hashes and positions, so two databases filled the same way compare equal.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import uuid
from collections import defaultdict

from sqlalchemy import create_engine, text

from pactwatch.store import open_database
from pactwatch.store.db import normalise_url
from pactwatch.store.models import Base

PG = os.environ.get("PACTWATCH_TEST_PG")


def budget(name: str, default: int) -> int:
    """A torture count: small in CI, larger from tools/torture.sh (PACTWATCH_TORTURE_<NAME>)."""
    return int(os.environ.get(f"PACTWATCH_TORTURE_{name.upper()}", default))


def cli(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pactwatch.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **kwargs)


def run_cli(*args: str, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pactwatch.cli", *args], capture_output=True, timeout=timeout)


def kill_at(process: subprocess.Popen, delay: float) -> bool:
    """SIGKILL ``process`` after ``delay`` seconds; False when it had finished already."""
    end = time.monotonic() + delay
    while time.monotonic() < end:
        if process.poll() is not None:
            process.communicate()
            return False
        time.sleep(0.005)
    if process.poll() is not None:
        process.communicate()
        return False
    os.kill(process.pid, signal.SIGKILL)
    process.communicate()
    return True


def kill_when(process: subprocess.Popen, ready, delay: float, limit: float = 600) -> bool:
    """SIGKILL ``process`` ``delay`` seconds after ``ready()`` first holds; False when it finished before."""
    end = time.monotonic() + limit
    while process.poll() is None and time.monotonic() < end:
        try:
            if ready():
                break
        except Exception:  # noqa: BLE001 - the table may not exist yet
            pass
        time.sleep(0.01)
    return kill_at(process, delay)


def new_database(backend: str, folder) -> str:
    """The URL of a new, empty database: a SQLite file, or a fresh database on the test PostgreSQL server."""
    if backend == "sqlite":
        return f"sqlite:///{folder / f'kb-{uuid.uuid4().hex[:8]}.db'}"
    name = f"pw_{uuid.uuid4().hex[:12]}"
    admin = create_engine(normalise_url(PG), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return PG.rsplit("/", 1)[0] + "/" + name


def copy_database(backend: str, source: str, folder) -> str:
    """A copy of ``source`` (a SQLite file copied with its WAL checkpointed; a PostgreSQL template copy)."""
    if backend == "sqlite":
        import sqlite3

        target = new_database("sqlite", folder)
        with sqlite3.connect(source.removeprefix("sqlite:///")) as a, sqlite3.connect(target.removeprefix("sqlite:///")) as b:
            a.backup(b)
        return target
    name = f"pw_{uuid.uuid4().hex[:12]}"
    admin = create_engine(normalise_url(PG), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name} TEMPLATE {source.rsplit('/', 1)[1]}"))
    admin.dispose()
    return PG.rsplit("/", 1)[0] + "/" + name


def drop_database(url: str) -> None:
    if url.startswith("sqlite"):
        return
    admin = create_engine(normalise_url(PG), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)"))
    admin.dispose()


def schema_state(url: str) -> str:
    database = open_database(url, check=False)
    try:
        return database.schema().state
    finally:
        database.close()


def invariants(url: str) -> list[str]:
    """Every rule the stored data breaks (an empty list when it is sound)."""
    database = open_database(url, check=False)
    problems = []
    try:
        with database.engine.connect() as c:
            q = lambda sql: c.execute(text(sql)).scalar_one()  # noqa: E731
            tables = set(database.schema().tables)
            for table in Base.metadata.sorted_tables:
                if table.name not in tables:
                    continue
                for fk in table.foreign_keys:
                    parent, column = fk.column.table.name, fk.parent.name
                    orphans = q(f"SELECT count(*) FROM {table.name} t WHERE t.{column} IS NOT NULL AND NOT EXISTS "
                                f"(SELECT 1 FROM {parent} p WHERE p.{fk.column.name} = t.{column})")
                    if orphans:
                        problems.append(f"{orphans} {table.name}.{column} point at no {parent}")
            if "articles" not in tables:
                return problems
            articles = q("SELECT count(*) FROM articles")
            originals = q("SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM sources s WHERE "
                          "s.article_id = a.id AND s.relation = 'original') <> 1")
            if originals:
                problems.append(f"{originals} articles without exactly one original source")
            bands = q("SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM minhash_bands b "
                      "WHERE b.article_id = a.id) <> 32")
            if bands:
                problems.append(f"{bands} articles without their 32 MinHash bands")
            if q("SELECT count(*) FROM reports WHERE agreement_id IS NULL"):
                problems.append("reports outside any agreement")
            if q("SELECT count(*) FROM agreements g WHERE report_count <> "
                 "(SELECT count(*) FROM reports r WHERE r.agreement_id = g.id) OR report_count = 0"):
                problems.append("agreements whose report count is wrong or zero")
            if q("SELECT count(*) FROM agreements g WHERE NOT EXISTS (SELECT 1 FROM agreement_parties p "
                 "WHERE p.agreement_id = g.id)"):
                problems.append("agreements without parties")
            if q("SELECT count(*) FROM commitment_reports WHERE commitment_id IS NULL"):
                problems.append("commitment statements outside any commitment")
            if database.dialect == "sqlite":
                try:
                    c.exec_driver_sql("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
                except Exception as error:  # noqa: BLE001
                    problems.append(f"full-text index damaged: {error}")
                indexed = q("SELECT count(*) FROM articles_fts_docsize")
                if indexed != articles:
                    problems.append(f"full-text index holds {indexed} rows for {articles} articles")
            else:
                if q("SELECT count(*) FROM articles WHERE search IS NULL"):
                    problems.append("articles without a full-text vector")
            c.rollback()
    finally:
        database.close()
    return problems


def snapshot(url: str) -> dict:
    """The whole content, keyed by text hashes and positions (ids left out): equal for equal knowledge bases."""
    database = open_database(url, check=False)
    try:
        with database.engine.connect() as c:
            rows = lambda sql: [tuple(r) for r in c.execute(text(sql)).all()]  # noqa: E731
            article = dict(rows("SELECT id, text_hash FROM articles"))
            report_key = {i: (article[a], p) for i, a, p in rows("SELECT id, article_id, position FROM reports")}
            members = defaultdict(list)
            for i, g in rows("SELECT id, agreement_id FROM reports"):
                members[g].append(report_key[i])
            agreement_key = {g: tuple(_sorted(m)) for g, m in members.items()}
            statement_key = {i: (article[a], p) for i, a, p in rows("SELECT id, article_id, position "
                                                                     "FROM commitment_reports")}
            statements = defaultdict(list)
            for i, m in rows("SELECT id, commitment_id FROM commitment_reports"):
                statements[m].append(statement_key[i])
            out = {
                "articles": _sorted((h, t, str(p), s) for _, h, t, p, s in rows(
                    "SELECT id, text_hash, title, published, published_source FROM articles")),
                "sources": _sorted((article[a], d, u, o, r, s) for a, d, u, o, r, s in rows(
                    "SELECT article_id, doc_id, url, outlet, relation, similarity FROM sources")),
                "reports": _sorted((report_key[i], k, n, s, d, agreement_key.get(g)) for i, k, n, s, d, g in rows(
                    "SELECT id, kind, name, status, date, agreement_id FROM reports")),
                "agreements": _sorted((agreement_key.get(i, ()), k, n, s, d, u, c_) for i, k, n, s, d, u, c_ in rows(
                    "SELECT id, kind, name, status, date, usd, report_count FROM agreements")),
                "commitments": _sorted((tuple(_sorted(statements[i])), d, article.get(f), str(o),
                                       agreement_key.get(g)) for i, d, f, o, g in rows(
                    "SELECT id, due, fulfilled_by, fulfilled_on, agreement_id FROM commitments")),
                "organizations": _sorted(rows("SELECT key, name, acronym, country FROM organizations")),
                "people": _sorted(rows("SELECT key, name, country FROM people")),
                "counts": {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in (
                    "mentions", "minhash_bands", "organization_aliases", "person_aliases", "countries",
                    "agreement_parties", "agreement_sectors", "commitment_parties")},
            }
            c.rollback()
    finally:
        database.close()
    return out


def _sorted(items):
    return sorted(items, key=repr)  # None beside strings: ordered by their printed form


def shuffle_delays(count: int, longest: float, seed: int) -> list[float]:
    """``count`` kill moments spread over a run of ``longest`` seconds (stratified, then jittered)."""
    rng = random.Random(seed)
    return [longest * (i + rng.random()) / count for i in range(count)]
