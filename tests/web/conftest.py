"""Shared by the dashboard tests: a knowledge base filled from the samples, `pactwatch serve` on it, a test
client on the same database, and Debian's headless Chromium (screenshots go to $PACTWATCH_SCREENSHOTS,
default build/screenshots/)."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from pactwatch import samples_folder
from pactwatch.api import ApiSettings, create_app
from pactwatch.ingest.readers import iter_documents
from pactwatch.kb import Ingestor
from pactwatch.store import open_database

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("PACTWATCH_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(os.environ.get("PACTWATCH_SCREENSHOTS", ROOT / "build" / "screenshots"))
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                    reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def kb_url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'kb.db'}"
    database = open_database(url)
    assert Ingestor(database).ingest_all(iter_documents([str(samples_folder())])).ok
    database.close()
    return url


@pytest.fixture(scope="session")
def client(kb_url):
    with TestClient(create_app(ApiSettings(database_url=kb_url)), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="session")
def server(kb_url):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "pactwatch.cli", "serve", "--db", kb_url, "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            if httpx.get(base + "/api/stats", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        process.kill()
        raise RuntimeError("pactwatch serve did not start: " + process.stderr.read().decode()[-2000:])
    yield base
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    page = context.new_page()
    yield page
    context.close()


def only_the_server(page, server: str) -> list[str]:
    """Let ``page`` reach ``server`` only: every other request is refused and listed in the list returned."""
    outside: list[str] = []

    def route(r):
        if r.request.url.startswith(server):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    return outside


def shot(page, name: str, full_page: bool = True) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)
