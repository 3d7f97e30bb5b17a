"""Storage tests run against SQLite and, when PACTWATCH_TEST_PG names a server, against PostgreSQL too.

.ci/run starts a real PostgreSQL on loopback (tools/start_postgres.sh) and sets PACTWATCH_TEST_PG.
"""

import os

import pytest
from sqlalchemy import create_engine, text

from pactwatch import samples_folder
from pactwatch.store import open_database
from pactwatch.store.db import normalise_url

PG = os.environ.get("PACTWATCH_TEST_PG")
SAMPLES = samples_folder()


def _fresh_postgres(url: str) -> None:
    engine = create_engine(normalise_url(url))
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not PG, reason="PACTWATCH_TEST_PG is not set: no PostgreSQL server to test against"))]


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kb.db'}"
    _fresh_postgres(PG)
    return PG


@pytest.fixture
def database(db_url):
    db = open_database(db_url)
    yield db
    db.close()
