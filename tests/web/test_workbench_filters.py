"""Filters as the analyst writes them: the static network takes a status as every list page does (400 otherwise),
the country, commitments and timeline pages take country names and aliases through the vocabulary the other
filters use ('UK', 'Korea', 'South Korea'), and an unknown value is a 400 naming it with close matches. The
country page's partner money counts concluded agreements, planned and proposed apart, and says so."""

import pytest
from lxml import html

from . import tally


def _tree(client, path, **params):
    response = client.get(path, params=params)
    assert response.status_code == 200, (path, params, response.text[:300])
    return html.fromstring(response.text)


def _dots(tree) -> set[str]:
    return {c.get("data-id") for c in tree.xpath("//*[local-name()='circle'][@data-id]")}


def _pairs(tree) -> set[str]:
    return {line.get("data-pair") for line in tree.xpath("//*[local-name()='line'][@data-pair]")}


def _api_pairs(client, **params) -> set[str]:
    net = client.get("/api/network", params=params).json()
    return {"-".join(sorted((e["source"], e["target"]))) for e in net["edges"]}


@pytest.mark.parametrize("status", ["planned", "proposed", "concluded", "ended"])
def test_the_static_network_draws_only_the_status_asked(client, status):
    drawn = _pairs(_tree(client, "/network", status=status))
    assert drawn == _api_pairs(client, status=status)
    if status in ("planned", "concluded"):
        assert drawn and drawn != _pairs(_tree(client, "/network"))


def test_the_static_network_keeps_the_status_in_its_form_and_links(client):
    tree = _tree(client, "/network", status="planned")
    assert tree.xpath("//form//select[@name='status']/option[@selected]")[0].text == "planned"
    edge = tree.xpath("//*[local-name()='line'][@data-pair]/ancestor::*[local-name()='a']")[0]
    href = edge.get("href") or edge.get("{http://www.w3.org/1999/xlink}href")
    assert "status=planned" in href
    pair = edge.xpath(".//*[local-name()='line']")[0].get("data-pair")
    listed = _tree(client, "/network", status="planned", pair=pair)
    statuses = {td.text_content().strip() for td in listed.xpath("//section[@id='pair']//td[@data-label='Status']")}
    assert statuses == {"planned"}, statuses
    assert "status=planned" in tree.xpath("//a[contains(@href, '/network/explore')]/@href")[0]


def test_a_bad_sector_on_the_network_is_a_400_shown_as_text_never_formatted(client):
    response = client.get("/network?sector={pair.__class__.__mro__}")
    assert response.status_code == 400 and "sector must be one of" in response.text
    assert "class &#39;object&#39;" not in response.text and "class 'object'" not in response.text


@pytest.mark.parametrize("status", ["someday", "signed"])
def test_an_unknown_status_on_the_network_is_a_400_naming_it(client, status):
    # as on every list page and the API: the canonical statuses only ('signed' is 'concluded' there)
    response = client.get("/network", params={"status": status})
    assert response.status_code == 400 and "status must be one of concluded, planned" in response.text
    assert status in response.text


@pytest.mark.parametrize("written", ["Korea", "South Korea", "kor", "Republic of Korea"])
def test_the_timeline_takes_a_country_by_name(client, written):
    shown = _tree(client, "/timeline", country=written)
    coded = _tree(client, "/timeline", country="KOR")
    assert _dots(shown) and _dots(shown) == _dots(coded)


def test_the_timeline_takes_a_partner_by_alias(client):
    by_alias = _tree(client, "/timeline", country="Korea", **{"with": "Singapore"})
    by_code = _tree(client, "/timeline", country="KOR", **{"with": "SGP"})
    assert _dots(by_alias) and _dots(by_alias) == _dots(by_code)


def test_the_country_page_takes_names_and_aliases(client):
    for written, code in [("UK", "GBR"), ("Korea", "KOR"), ("South Korea", "KOR"), ("kor", "KOR")]:
        response = client.get(f"/countries/{written}", follow_redirects=False)
        assert response.status_code in (301, 302, 307, 308), (written, response.status_code)
        assert response.headers["location"] == f"/countries/{code}"


def test_the_commitments_page_filters_by_a_country_written_as_a_name(client):
    def ids(**params):
        tree = _tree(client, "/commitments", due_within_days=3650, **params)
        return {row.get("data-id") for row in tree.xpath("//*[@data-commitment]")}

    every = ids()
    korea = ids(country="South Korea")
    api = client.get("/api/commitments", params={"country": "KOR", "per_page": 500,
                                                  "due_within_days": 3650}).json()["items"]
    assert korea == {str(c["id"]) for c in api} and korea and korea < every
    assert ids(country="Korea") == korea


@pytest.mark.parametrize("path,params", [
    ("/timeline", {"country": "Koreaa"}),
    ("/timeline", {"country": "KOR", "with": "Singapur"}),
    ("/commitments", {"country": "Koreaa"}),
    ("/countries/Koreaa", {}),
])
def test_an_unknown_country_is_a_clear_error_with_close_matches(client, path, params):
    response = client.get(path, params=params)
    assert response.status_code in (400, 404), response.status_code
    body = " ".join(html.fromstring(response.text).text_content().split())
    written = next(iter(v for k, v in params.items() if k in ("with",)), None) or params.get("country") or "Koreaa"
    assert written in body and "did you mean" in body, body[:400]


def test_country_page_money_counts_concluded_agreements_and_planned_apart(client):
    tree = _tree(client, "/countries/KOR")
    rows = client.get("/api/agreements", params={"country": "KOR", "per_page": 500}).json()["items"]
    sums = tally.money(rows, "KOR")
    concluded = {k: v["concluded"] for k, v in sums.items() if v["concluded"]}
    planned = {k: v["pledged"] for k, v in sums.items() if v["pledged"]}
    cells = {}
    for tr in tree.xpath("//table[@id='partners']/tbody/tr"):
        cells[tr.get("data-partner")] = (tr.get("data-usd-concluded"), tr.get("data-usd-planned"))
    assert planned, "the samples have a planned sum with a partner of Korea"
    for partner, (done, pledged) in cells.items():
        assert int(done or 0) == concluded.get(partner, 0), partner
        assert int(pledged or 0) == planned.get(partner, 0), partner
    heads = [th.text_content() for th in tree.xpath("//table[@id='partners']/thead//th")]
    assert any("concluded" in h.lower() for h in heads) and any("planned" in h.lower() for h in heads)
    note = " ".join(tree.xpath("//*[@id='partners-money-note']")[0].text_content().split())
    assert "concluded" in note and "planned" in note and "whole" in note
