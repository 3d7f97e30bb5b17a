import pytest
from fastapi.testclient import TestClient

from pactwatch.api import ApiSettings, create_app
from pactwatch.ingest.readers import iter_documents
from pactwatch.store import open_database
from pactwatch.kb import Ingestor

from ..store.conftest import BACKENDS, PG, SAMPLES, _fresh_postgres

TOKEN = "test-token-123"


def samples_kb(backend: str, folder) -> str:
    """A knowledge base of the samples (a SQLite file in ``folder``, or the test PostgreSQL emptied first)."""
    if backend == "sqlite":
        url = f"sqlite:///{folder / 'kb.db'}"
    else:
        _fresh_postgres(PG)
        url = PG
    database = open_database(url)
    assert Ingestor(database).ingest_all(iter_documents([str(SAMPLES)])).ok
    database.close()
    return url


@pytest.fixture(scope="module", params=BACKENDS)
def kb_url(request, tmp_path_factory):
    return samples_kb(request.param, tmp_path_factory.mktemp("api"))


@pytest.fixture(scope="module")
def client(kb_url):
    with TestClient(create_app(ApiSettings(database_url=kb_url)), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def writer(tmp_path):
    """A client on a fresh empty database, with writing on."""
    settings = ApiSettings(database_url=f"sqlite:///{tmp_path / 'w.db'}", token=TOKEN, max_body=50_000)
    with TestClient(create_app(settings), raise_server_exceptions=False) as c:
        yield c
