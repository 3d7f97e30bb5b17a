"""Partners and commitments read countries as names, aliases or codes, and partner money says what it counts."""

import pytest

from ..web.tally import money


@pytest.mark.parametrize("name", ["Korea", "South Korea", "kor", "KOR"])
def test_partners_of_a_country_named_any_way(client, name):
    assert client.get(f"/api/partners/{name}").json()["items"] == client.get("/api/partners/KOR").json()["items"]


def test_an_unknown_partner_country_names_close_matches(client):
    response = client.get("/api/partners/Koreaa")
    assert response.status_code == 422 and "Korea" in response.text


def test_commitments_of_a_country_named_by_an_alias(client):
    by_code = client.get("/api/commitments", params={"country": "KOR", "due_within_days": 3650}).json()["items"]
    by_name = client.get("/api/commitments", params={"country": "South Korea", "due_within_days": 3650}).json()["items"]
    assert by_code and by_name == by_code
    assert client.get("/api/commitments", params={"country": "Narnia"}).status_code == 422


def test_partner_money_is_concluded_with_planned_apart(client):
    items = client.get("/api/partners/KOR").json()["items"]
    rows, page = [], 1
    while True:  # every agreement of Korea's, as the list gives it
        got = client.get("/api/agreements", params={"country": "KOR", "page": page, "per_page": 100}).json()
        rows += got["items"]
        if not got["next"]:
            break
        page += 1
    oracle = money(rows, me="KOR")
    assert any(item["usd_planned"] for item in items) or any(item["usd_concluded"] for item in items)
    for item in items:
        sums = oracle.get(item["partner"], {"concluded": 0, "pledged": 0})
        assert ((item["usd_concluded"] or 0), (item["usd_planned"] or 0)) == (sums["concluded"], sums["pledged"])
