"""What an attacker tries against the server (issue 11, items 4, 5, 9, 11): stored XSS through URLs, format
strings from the query, missing security headers, oversize chunked bodies, NUL bytes, ids past the column type,
405 without Allow. Every check runs on SQLite and PostgreSQL (the ``client`` fixture)."""

import json

import pytest

from pactwatch.ingest.readers import iter_documents
from pactwatch.store import open_database
from pactwatch.kb import Ingestor

from .conftest import TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXT = ("Seoul, 3 March 2025 - South Korea and Singapore signed a memorandum of understanding on artificial "
        "intelligence, the two governments said.")


@pytest.mark.parametrize("path", ["/", "/agreements", "/network", "/api/stats", "/no/such/page", "/api/agreements/0"])
def test_every_answer_has_the_security_headers(client, path):
    response = client.get(path)
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy and "script-src" not in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY" and response.headers["referrer-policy"] == "no-referrer"


# a sector is checked since /network reads the lists' filters: 'sector={pair}' is a 400
# (tests/web/test_workbench_filters)
@pytest.mark.parametrize("query", ["foo={0}", "foo={pair.__class__.__mro__}", "foo={pair}&x=%7B0%7D"])
def test_the_query_is_never_a_format_string(client, query):
    response = client.get("/network?" + query)
    assert response.status_code == 200
    assert "class &#39;object&#39;" not in response.text and "class 'object'" not in response.text
    assert "{pair" not in response.text  # the braces reach the links URL-encoded, as data


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                                 "data:text/html,<script>alert(1)</script>", "vbscript:x", "//evil.example/x"])
def test_non_http_urls_are_refused_on_input_and_never_linked(tmp_path, url):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "x", "text": TEXT, "url": url}) + "\n")
    items = list(iter_documents([str(path)]))
    assert items[0].url is None and any("only absolute http(s) URLs" in w for w in items[0].warnings)


def test_a_stored_javascript_url_is_not_rendered_as_a_link(tmp_path):
    """A database written before the input check (the URL stored as it came) still renders no such link."""
    from fastapi.testclient import TestClient

    from pactwatch.api import ApiSettings, create_app
    from pactwatch.ingest.readers import InputDocument

    url = f"sqlite:///{tmp_path / 'kb.db'}"
    database = open_database(url)
    Ingestor(database).ingest(InputDocument(id="x", text=TEXT, url="javascript:alert(document.cookie)"))
    with TestClient(create_app(ApiSettings(database_url=url), database)) as c:
        page = c.get("/agreements/1")
        assert page.status_code == 200 and 'class="sources"' in page.text
        assert "href=\"javascript" not in page.text.lower() and "javascript:" not in page.text
    database.close()


def test_the_api_refuses_non_http_urls_and_nul(writer):
    bad = writer.post("/api/articles", json={"text": TEXT, "url": "javascript:alert(1)"}, headers=AUTH)
    assert bad.status_code == 422 and "http" in bad.json()["error"]["message"]
    nul = writer.post("/api/articles", json={"text": TEXT + "\u0000"}, headers=AUTH)
    assert nul.status_code == 422 and "NUL" in nul.json()["error"]["message"]


@pytest.mark.parametrize("path", ["/api/search?q=a%00b", "/api/agreements?text=%00", "/api/organizations?name=x%00",
                                  "/api/partners/KO%00R", "/agreements?country=%00", "/search?q=%00"])
def test_a_nul_byte_is_a_422(client, path):
    response = client.get(path)
    assert response.status_code == 422 and "NUL" in response.text


@pytest.mark.parametrize("value", [2**31 - 1, 2**31, 2**53, 2**63])
def test_ids_past_the_column_type_are_a_422_or_a_404(client, value):
    for path in ("/api/agreements/", "/api/articles/", "/api/people/", "/api/organizations/", "/agreements/"):
        assert client.get(f"{path}{value}").status_code in (404, 422)


def test_the_body_limit_holds_for_chunked_bodies_before_authentication(writer):
    sent = []

    def chunks():
        for _ in range(1000):  # 1000 x 1 KB, no Content-Length: far over the 50,000-byte limit
            sent.append(1)
            yield b"x" * 1024

    response = writer.post("/api/articles", content=chunks(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413 and "limit" in response.json()["error"]["message"]


def test_405_says_what_is_allowed(client):
    response = client.delete("/api/stats")
    assert response.status_code == 405 and response.headers["allow"] == "GET"


def test_text_and_name_filters_match_words_not_json_or_wildcards(client):
    everything = client.get("/api/agreements", params={"per_page": 500}).json()["total"]
    assert client.get("/api/agreements", params={"text": "start"}).json()["total"] < everything
    assert client.get("/api/agreements", params={"text": '"text"'}).json()["total"] == 0
    assert client.get("/api/agreements", params={"text": "%"}).json()["total"] == 0
    assert client.get("/api/agreements", params={"text": "_"}).json()["total"] == 0
    assert client.get("/api/organizations", params={"name": "%"}).json()["items"] == []
