"""The REST API through FastAPI's test client, on a database filled from the samples."""

import pytest
from fastapi.testclient import TestClient

from pactwatch.api import ApiSettings, create_app

from .conftest import TOKEN

ARTICLE = {"id": "api-1", "published": "2026-05-04", "url": "https://wire.example/1",
           "text": "Korea and Chile sign lithium memorandum\nSouth Korea and Chile signed a memorandum of "
                   "understanding on lithium refining on Monday and will open a joint battery centre by 2028."}


def test_agreements_filter_sort_paginate(client):
    page = client.get("/api/agreements", params={"country": "KOR", "with": "SGP", "per_page": 3}).json()
    assert page["total"] >= 3 and len(page["items"]) == 3 and page["page"] == 1
    assert all({"KOR", "SGP"} <= set(a["countries"]) for a in page["items"])
    second = client.get("/api/agreements", params={"country": "KOR", "with": "SGP", "per_page": 3, "page": 2}).json()
    assert not {a["id"] for a in page["items"]} & {a["id"] for a in second["items"]}
    by_id = client.get("/api/agreements", params={"sort": "id", "order": "asc", "per_page": 10}).json()["items"]
    assert [a["id"] for a in by_id] == sorted(a["id"] for a in by_id)
    ai = client.get("/api/agreements", params={"sector": "ai", "since": "2026"}).json()["items"]
    assert ai and all("ai" in a["sectors"] and a["date"] >= "2026" for a in ai)


def test_agreement_detail_has_reports_evidence_and_sources(client):
    first = client.get("/api/agreements", params={"kind": "fund", "text": "Singapore", "sort": "reports"}).json()
    detail = client.get(f"/api/agreements/{first['items'][0]['id']}").json()
    assert detail["reports_detail"] and detail["reports_detail"][0]["evidence"]
    assert all(r["sources"] for r in detail["reports_detail"])
    article = client.get(f"/api/articles/{detail['reports_detail'][0]['article']}").json()
    evidence = detail["reports_detail"][0]["evidence"][0]
    assert article["text"][evidence["start"]:evidence["end"]] == evidence["text"]


def test_entities_partners_commitments_stats_search_network(client):
    assert any(c["code"] == "KOR" for c in client.get("/api/countries").json()["items"])
    orgs = client.get("/api/organizations", params={"name": "semiconductor"}).json()["items"]
    assert orgs and client.get(f"/api/organizations/{orgs[0]['id']}").json()["aliases"]
    people = client.get("/api/people", params={"name": "lee"}).json()["items"]
    assert people and client.get(f"/api/people/{people[0]['id']}").json()["articles"]
    partners = client.get("/api/partners/KOR").json()["items"]
    assert partners[0]["agreements"] >= partners[-1]["agreements"]
    overdue = client.get("/api/commitments", params={"status": "overdue", "as_of": "2028-01-01"}).json()["items"]
    assert overdue and all(c["status"] == "overdue" for c in overdue)
    assert client.get("/api/stats").json()["articles"] == 25
    assert client.get("/api/search", params={"q": "hydrogen"}).json()["items"]
    net = client.get("/api/network", params={"sector": "quantum"}).json()
    assert net["nodes"] and all(e["weight"] >= 1 for e in net["edges"])


@pytest.mark.parametrize("path, status, words", [
    ("/api/agreements/999999", 404, "no agreement"),
    ("/api/agreements?kind=treaty", 422, "kind must be one of"),
    ("/api/agreements?since=last-year", 422, "since"),
    ("/api/agreements?per_page=100000", 422, "per_page"),
    ("/api/commitments?as_of=tomorrow", 422, "as_of"),
    ("/api/search", 422, "q"),
    ("/api/nothing-here", 404, "Not Found"),
])
def test_errors_are_json_with_a_message(client, path, status, words):
    response = client.get(path)
    assert response.status_code == status
    body = response.json()
    assert body["error"]["status"] == status and words in body["error"]["message"]
    assert "Traceback" not in response.text


def test_writing_is_off_without_a_token(client):
    response = client.post("/api/articles", json=ARTICLE)
    assert response.status_code == 403 and "writing is off" in response.json()["error"]["message"]


def test_writing_needs_the_bearer_token(writer):
    assert writer.post("/api/articles", json=ARTICLE).status_code == 401
    assert writer.post("/api/articles", json=ARTICLE, headers={"Authorization": "Bearer wrong"}).status_code == 401
    auth = {"Authorization": f"Bearer {TOKEN}"}
    created = writer.post("/api/articles", json=ARTICLE, headers=auth)
    assert created.status_code == 201 and created.json()["status"] == "new" and created.json()["agreements"] >= 1
    again = writer.post("/api/articles", json=ARTICLE, headers=auth)
    assert again.json()["status"] == "unchanged"
    listed = writer.get("/api/agreements", params={"country": "CHL"}).json()
    assert listed["total"] >= 1


def test_bodies_are_validated_and_limited(writer):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    missing = writer.post("/api/articles", json={"id": "x"}, headers=auth)
    assert missing.status_code == 422 and "text" in missing.json()["error"]["message"]
    extra = writer.post("/api/articles", json={**ARTICLE, "colour": "red"}, headers=auth)
    assert extra.status_code == 422
    bad_date = writer.post("/api/articles", json={**ARTICLE, "published": "soon"}, headers=auth)
    assert bad_date.status_code == 422 and "published" in bad_date.json()["error"]["message"]
    big = writer.post("/api/articles", json={**ARTICLE, "text": "word " * 20_000}, headers=auth)
    assert big.status_code == 413 and "limit" in big.json()["error"]["message"]
    not_json = writer.post("/api/articles", content=b"\x00\xff", headers={**auth, "Content-Type": "application/json"})
    assert not_json.status_code == 422 and "Traceback" not in not_json.text


def test_openapi_document(client):
    spec = client.get("/api/openapi.json").json()
    assert {"/api/agreements", "/api/agreements/{agreement_id}", "/api/articles", "/api/partners/{code}",
            "/api/commitments", "/api/search", "/api/stats"} <= set(spec["paths"])


def test_pages_render(client):
    for path in ["/", "/agreements?country=KOR", "/network?sector=ai", "/timeline?country=KOR&with=SGP",
                 "/commitments", "/countries/KOR", "/entities", "/search?q=quantum", "/agreements/1"]:
        response = client.get(path)
        assert response.status_code == 200 and "<main" in response.text, path
    missing = client.get("/agreements/999999")
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]


def test_a_request_whose_sql_runs_past_the_time_limit_is_a_503_naming_the_limit(kb_url):
    """PACTWATCH_TIMEOUT (here a microsecond): the query is cancelled and the client told why, on the API and
    on a dashboard page; the server goes on answering."""
    with TestClient(create_app(ApiSettings(database_url=kb_url, timeout=1e-6)), raise_server_exceptions=False) as c:
        answer = c.get("/api/agreements")
        page = c.get("/agreements")
    assert answer.status_code == 503 and "longer than 1e-06 s" in answer.json()["error"]["message"]
    assert page.status_code == 503 and "text/html" in page.headers["content-type"]
    with TestClient(create_app(ApiSettings(database_url=kb_url)), raise_server_exceptions=False) as c:
        assert c.get("/api/agreements").status_code == 200
