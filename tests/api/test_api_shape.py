"""The API's shape: one pagination envelope on every list, a response model on every endpoint (so the
OpenAPI document says what each returns), correct network agreement ids, and no query per row."""

from urllib.parse import parse_qsl, urlsplit

import pytest
from sqlalchemy import event

LISTS = ["/api/agreements", "/api/countries", "/api/partners/KOR", "/api/organizations", "/api/people",
         "/api/commitments", "/api/search?q=korea"]


def _get(client, path, **params):
    """GET ``path`` with ``params`` added to the query it has."""
    parts = urlsplit(path)
    return client.get(parts.path, params={**dict(parse_qsl(parts.query)), **params})


def _all_pages(client, path, per_page):
    items, pages = [], 0
    first = _get(client, path, per_page=per_page).json()
    page = first
    while True:
        assert set(page) == {"items", "total", "page", "per_page", "next"}, path
        assert page["per_page"] == per_page and len(page["items"]) <= per_page
        items += page["items"]
        pages += 1
        url = page["next"]
        if not url:
            break
        page = client.get(url).json()
        assert page["page"] == pages + 1
    return first, items, pages


@pytest.mark.parametrize("path", LISTS)
def test_every_list_has_one_envelope_and_its_next_links_walk_every_item(client, path):
    first, items, pages = _all_pages(client, path, per_page=3)
    assert first["total"] == len(items) and first["total"] > 3, path
    assert pages == -(-first["total"] // 3)
    keys = [repr(sorted(i.items())) if isinstance(i, dict) else i for i in items]
    assert len(set(keys)) == len(keys), f"{path}: an item on two pages"
    whole = _get(client, path, per_page=100).json()
    assert whole["items"] == items and whole["next"] is None


@pytest.mark.parametrize("path", LISTS)
def test_a_page_past_the_end_is_empty_and_bad_paging_is_a_422(client, path):
    past = _get(client, path, page=9999, per_page=50).json()
    assert past["items"] == [] and past["next"] is None and past["total"] > 0
    for bad in ({"page": 0}, {"per_page": 0}, {"per_page": 501}):
        answer = _get(client, path, **bad)
        assert answer.status_code == 422 and list(bad)[0] in answer.json()["error"]["message"]


def test_every_endpoint_declares_what_it_returns(client):
    spec = client.get("/api/openapi.json").json()
    missing = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            ok = next(code for code in operation["responses"] if code.startswith("2"))
            schema = operation["responses"][ok].get("content", {}).get("application/json", {}).get("schema", {})
            if "$ref" not in schema and schema.get("type") != "array":
                missing.append(f"{method.upper()} {path}")
    assert not missing, f"no response model: {missing}"
    page = spec["components"]["schemas"]["Page_AgreementOut_"]
    assert set(page["properties"]) == {"items", "total", "page", "per_page", "next"}


def test_network_edges_carry_their_agreement_ids(client):
    net = client.get("/api/network", params={"country": "KOR"}).json()
    assert net["edges"]
    for edge in net["edges"]:
        ids = edge["agreement_ids"]
        listed = client.get("/api/agreements", params={"country": edge["source"], "with": edge["target"],
                                                       "per_page": 500}).json()["items"]
        mine = {a["id"] for a in listed if "KOR" in a["countries"]}
        assert sorted(ids) == sorted(mine) and edge["weight"] == len(ids), edge


class Statements:
    """Counts the SQL statements the application's engine runs."""

    def __init__(self, engine):
        self.engine, self.count = engine, 0

    def __enter__(self):
        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *exc):
        event.remove(self.engine, "before_cursor_execute", self._seen)

    def _seen(self, *args):
        self.count += 1


def test_an_agreement_is_read_in_a_fixed_number_of_statements(client):
    engine = client.app.state.db.engine
    many = client.get("/api/agreements", params={"sort": "reports", "per_page": 1}).json()["items"][0]
    one = client.get("/api/agreements", params={"sort": "reports", "order": "asc", "per_page": 1}).json()["items"][0]
    assert many["reports"] >= 4 and one["reports"] == 1
    counts = []
    for agreement in (one, many):
        with Statements(engine) as seen:
            assert client.get(f"/api/agreements/{agreement['id']}").status_code == 200
        counts.append(seen.count)
    assert counts[0] == counts[1] <= 7, counts


def test_commitments_are_read_in_a_fixed_number_of_statements(client):
    engine = client.app.state.db.engine
    with Statements(engine) as seen:
        answer = client.get("/api/commitments", params={"per_page": 100}).json()
    assert answer["total"] >= 10 and seen.count <= 5, seen.count
    assert sum(c["reports"] for c in answer["items"]) >= answer["total"]
