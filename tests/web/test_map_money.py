"""Money on the world map (/map?measure=money): each country shaded by the money of its concluded agreements,
planned or proposed money listed apart, each agreement's sum whole for every party to it and never split among
its sectors, and the page says so. The tables beside the map give both sums whatever the shading."""

import pytest
from lxml import html

from . import tally
from .conftest import PHONE, needs_chromium, only_the_server, shot


def _agreements(client, **params) -> list[dict]:
    out, page = [], 1
    while True:
        body = client.get("/api/agreements", params={**params, "per_page": 500, "page": page}).json()
        out += body["items"]
        if not body["next"]:
            return out
        page += 1


def _expected(client, me: str | None = None, **filters) -> dict[str, dict[str, int]]:
    """Concluded and pledged (planned or proposed) USD per party, or with ``me`` per partner of ``me``."""
    return tally.money(_agreements(client, **({"country": me} if me else {}), **filters), me)


def _tree(client, **params):
    response = client.get("/map", params=params)
    assert response.status_code == 200, response.text[:300]
    return html.fromstring(response.content)


def _shaded(tree) -> dict[str, int]:
    return {g.get("data-code"): int(g.get("data-usd")) for g in tree.xpath("//svg[@id='world']//g[@data-usd]")}


def _tables(tree) -> dict[str, tuple[int, int]]:
    return {tr.get("data-code"): (int(tr.get("data-usd-concluded")), int(tr.get("data-usd-planned")))
            for tr in tree.xpath("//table[@id='on-map' or @id='not-on-map']//tr[@data-code]")}


@pytest.mark.parametrize("params", [{}, {"country": "KOR"}, {"sector": "ai"}, {"country": "Korea", "sector": "ai"}])
def test_money_shades_concluded_sums_and_lists_planned_apart(client, params):
    tree = _tree(client, measure="money", **params)
    me = {"Korea": "KOR"}.get(params.get("country"), params.get("country"))
    expected = _expected(client, me, **{k: v for k, v in params.items() if k != "country"})
    concluded = {k: v["concluded"] for k, v in expected.items() if v["concluded"]}
    assert concluded, "the samples have concluded sums"
    shaded = _shaded(tree)
    blocs = {tr.get("data-code") for tr in tree.xpath("//table[@id='not-on-map']//tr[@data-code]")}
    assert shaded == {k: v for k, v in concluded.items() if k not in blocs}
    tables = _tables(tree)
    for code, sums in expected.items():
        if sums["concluded"] or sums["pledged"]:
            assert tables[code] == (sums["concluded"], sums["pledged"]), code
    assert any(planned for _, planned in tables.values()), "a planned sum is listed apart"


def test_a_sum_is_never_split_among_sectors(client):
    # an agreement naming two sectors counts its whole sum on the map of each
    both = next(a for a in _agreements(client, status="concluded") if a["usd"] and len(a["sectors"]) >= 2)
    party = next(c for c in both["countries"] if c not in ("EU", "ASEAN"))
    for sector in both["sectors"][:2]:
        tables = _tables(_tree(client, measure="money", sector=sector))
        assert tables[party][0] >= both["usd"], (sector, party, tables[party])
        assert tables[party][0] == _expected(client, sector=sector)[party]["concluded"]


def test_the_page_says_what_it_counts(client):
    tree = _tree(client, measure="money", country="KOR")
    note = " ".join(tree.xpath("//*[@id='map-legend']")[0].text_content().split())
    for words in ("concluded", "planned or proposed", "whole", "not split"):
        assert words in note, (words, note)
    heads = " ".join(th.text_content() for th in tree.xpath("//table[@id='on-map']//th"))
    assert "concluded" in heads and "planned" in heads
    title = tree.xpath("//svg[@id='world']//g[@data-usd]/title")[0].text
    assert "concluded" in title
    # the agreements map keeps its money columns too, and links to the money map with the same filters
    plain = _tree(client, country="KOR", sector="ai")
    assert _tables(plain)
    link = plain.xpath("//a[@id='measure-money']/@href")[0]
    assert "measure=money" in link and "country=KOR" in link and "sector=ai" in link


def test_an_unknown_measure_is_a_400_naming_it(client):
    response = client.get("/map", params={"measure": "euros"})
    assert response.status_code == 400 and "measure" in response.text and "euros" in response.text
    assert "money" in response.text and "agreements" in response.text


@needs_chromium
def test_the_money_map_in_chromium(server, client, page, phone):
    outside = only_the_server(page, server)
    page.goto(server + "/map?country=KOR")
    page.locator("#measure-money").click()
    page.wait_for_url("**measure=money**")
    assert page.locator("svg#world g[data-usd]").count() >= 3
    assert "concluded" in page.locator("#map-legend").inner_text()
    shot(page, "map-money")
    phone.goto(server + "/map?country=KOR&measure=money")
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert phone.locator("svg#world").bounding_box()["width"] <= PHONE["width"]
    shot(phone, "map-money-phone")
    assert not outside
