"""Schemathesis over every operation of a real `pactwatch serve` (uvicorn, real HTTP), on SQLite and
PostgreSQL, alone and while an ingest writes into the same database: zero 5xx, and every error on a
connection that stays open. Also the dashboard pages under concurrent writes.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from pactwatch import samples_folder
from pactwatch.synthetic import articles

from .kb import PG, budget, cli, drop_database, new_database, run_cli
from .test_kill import report

pytestmark = pytest.mark.torture
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(not PG, reason="no PostgreSQL"))]
EXAMPLES = budget("fuzz_examples", 12)
TOKEN = "fuzz-token"
PAGES = ["/", "/agreements", "/network", "/network?pair=KOR-SGP", "/timeline", "/commitments", "/entities",
         "/search?q=semiconductor", "/api/network", "/api/stats", "/api/agreements?text=fund"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module", params=BACKENDS)
def server(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    url = new_database(request.param, folder)
    assert run_cli("ingest", str(samples_folder()), "--db", url, "--no-progress").returncode == 0
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "pactwatch.cli", "serve", "--db", url, "--port", str(port)],
                               env={**os.environ, "PACTWATCH_TOKEN": TOKEN}, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(base + "/api/stats", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    yield request.param, url, base, folder
    process.terminate()
    process.wait(timeout=20)
    drop_database(url)


def _fuzz(base: str) -> dict:
    schema = schemathesis.openapi.from_url(base + "/api/openapi.json")
    figures = {"requests": 0, "5xx": 0, "failures": []}
    for result in schema.get_all_operations():
        operation = result.ok()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            try:
                strategy = operation.as_strategy(generation_mode=mode)
            except Exception:  # noqa: BLE001 - an operation with nothing to negate
                continue

            @given(case=strategy)
            @settings(max_examples=EXAMPLES, deadline=None, database=None,
                      suppress_health_check=list(HealthCheck))
            def call(case):
                response = case.call(base_url=base, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30)
                figures["requests"] += 1
                if response.status_code >= 500:
                    figures["5xx"] += 1
                    figures["failures"].append(f"{case.method} {case.formatted_path} {case.query} -> "
                                               f"{response.status_code}: {response.text[:200]}")

            try:
                call()
            except Unsatisfiable:
                pass  # nothing of this mode to generate for this operation (a negative of no parameters)
    return figures


def test_fuzz_every_operation(server):
    backend, _, base, _ = server
    figures = _fuzz(base)
    report(operation="fuzz", backend=backend, requests=figures["requests"], server_errors=figures["5xx"])
    assert figures["5xx"] == 0, figures["failures"][:10]
    assert figures["requests"] > 0


def test_fuzz_and_pages_during_an_ingest(server):
    backend, url, base, folder = server
    feed = folder / "more.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in articles(budget("fuzz_ingest_articles", 60), seed=5)))
    writer = cli("ingest", str(feed), "--db", url, "--no-progress")
    pages = errors = 0
    figures = {"requests": 0, "5xx": 0, "failures": []}
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            while writer.poll() is None or pages == 0:
                for path in PAGES:
                    pages += 1
                    status = client.get(path).status_code
                    errors += status >= 500
                fuzzed = _fuzz(base) if figures["requests"] == 0 else {"requests": 0, "5xx": 0, "failures": []}
                for key in ("requests", "5xx"):
                    figures[key] += fuzzed[key]
                figures["failures"] += fuzzed["failures"]
    finally:
        _, err = writer.communicate(timeout=900)
    assert writer.returncode == 0, err.decode()[-2000:]
    report(operation="fuzz-during-ingest", backend=backend, requests=figures["requests"] + pages,
           server_errors=figures["5xx"] + errors)
    assert errors == 0 and figures["5xx"] == 0, figures["failures"][:10]
