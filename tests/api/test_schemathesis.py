"""Schemathesis explores the OpenAPI document against the running app: no request may cause a server error."""

import tempfile

import schemathesis
from hypothesis import HealthCheck, settings

from pactwatch.api import ApiSettings, create_app
from pactwatch.ingest.readers import iter_documents
from pactwatch.store import open_database
from pactwatch.kb import Ingestor

from ..store.conftest import SAMPLES


def _app():
    folder = tempfile.mkdtemp(prefix="pw-schema-")
    database = open_database(f"sqlite:///{folder}/kb.db")
    Ingestor(database).ingest_all(iter_documents([str(SAMPLES / "reports.jsonl")]))
    return create_app(ApiSettings(database_url=None, token="schema-token"), database)


schema = schemathesis.openapi.from_asgi("/api/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    response = case.call()
    assert response.status_code < 500, f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:300]}"
    content_type = (response.headers.get("content-type") or [""])[0]
    if content_type.startswith("application/json") and response.status_code >= 400:
        assert "error" in response.json(), response.text[:300]
