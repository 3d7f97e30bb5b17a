"""Two and four `pactwatch ingest` processes writing into one database at once, on SQLite and PostgreSQL:
no false errors, and the result equals one writer's.

Writers take turns for their writes (SQLite's BEGIN IMMEDIATE, a PostgreSQL advisory lock) while they
extract in parallel; a writer that finds a document stored meanwhile adds only its source.
"""

from __future__ import annotations

import json

import pytest

from pactwatch.synthetic import articles

from .kb import PG, budget, cli, drop_database, invariants, new_database, run_cli, snapshot
from .test_kill import report

pytestmark = pytest.mark.torture
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(not PG, reason="no PostgreSQL"))]
ARTICLES = budget("concurrent_articles", 40)


@pytest.fixture(scope="module")
def feeds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("feeds")
    docs = list(articles(ARTICLES, seed=23))
    whole = folder / "all.jsonl"
    whole.write_text("".join(json.dumps(a) + "\n" for a in docs))
    return whole


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("writers", [2, 4])
def test_concurrent_writers_equal_one(backend, writers, feeds, tmp_path):
    one = new_database(backend, tmp_path)
    alone = run_cli("ingest", str(feeds), "--db", one, "--no-progress")
    assert alone.returncode == 0, alone.stderr.decode()
    expected = snapshot(one)
    url = new_database(backend, tmp_path)
    assert run_cli("db", "upgrade", "--db", url).returncode == 0
    processes = [cli("ingest", str(feeds), "--db", url, "--no-progress") for _ in range(writers)]
    outputs = [p.communicate(timeout=900) for p in processes]
    errors = [err.decode() for p, (_, err) in zip(processes, outputs) if p.returncode != 0 or b"not stored" in err]
    assert errors == [], errors[0][-2000:]
    assert invariants(url) == []
    got = snapshot(url)
    # the same facts and merges; each writer after the first may add its own source rows only where it
    # recorded the document as already known (same input id and URL: nothing new), so sources are equal too
    assert got == expected
    report(operation="concurrent-ingest", backend=backend, writers=writers, documents=ARTICLES,
           false_errors=0, equal_to_one_writer=True)
    drop_database(one), drop_database(url)
