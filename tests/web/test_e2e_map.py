"""The world map of partners (/map): a server-rendered choropleth of agreements per country, drawn from the
world map that the pygal_maps_world package ships, for the filters in the URL (a country's partners, a sector,
kind, status, period); blocs, which have no shape, are listed beside it. Chromium refuses every request that
leaves the server."""

from importlib import resources

from lxml import html

from .conftest import PHONE, needs_chromium, only_the_server, shot


def filled(client, **params) -> dict[str, int]:
    """The agreements the page gives each party: shaded on the map, or listed beside it (blocs)."""
    page = client.get("/map", params=params)
    assert page.status_code == 200, page.text
    tree = html.fromstring(page.content)
    shaded = {g.get("data-code"): int(g.get("data-count")) for g in tree.xpath("//svg[@id='world']//g[@data-count]")}
    listed = {r.get("data-code"): int(r.get("data-count")) for r in tree.xpath("//table[@id='not-on-map']//tr[@data-code]")}
    assert not shaded.keys() & listed.keys()
    return shaded | listed


def expected(client, **params) -> dict[str, int]:
    """What /api/network counts for the same filters: agreements per party, or with ``country`` per partner."""
    net = client.get("/api/network", params=params).json()
    if "country" not in params:
        return {n["id"]: n["agreements"] for n in net["nodes"]}
    me = params["country"]
    return {e["target"] if e["source"] == me else e["source"]: e["weight"] for e in net["edges"]
            if me in (e["source"], e["target"])}


def test_the_map_is_the_packages_world_with_every_country_shaded_by_its_agreements(client):
    shipped = (resources.files("pygal_maps_world") / "worldmap.svg").read_text()
    tree = html.fromstring(client.get("/map").content)
    shapes = tree.xpath("//svg[@id='world']//g[contains(@class, 'country')]")
    assert len(shapes) == shipped.count("country map-element") > 150
    assert filled(client) == expected(client)
    listed = {tr.get("data-code") for tr in tree.xpath("//table[@id='not-on-map']//tr[@data-code]")}
    assert {"EU", "ASEAN"} <= listed and "KOR" not in listed  # blocs have no shape: listed, not lost
    legend = tree.xpath("//*[@id='map-legend']")[0].text_content()
    assert "agreements" in legend
    # every shaded country is also in a table, so that one too small to see (Singapore) is read
    on_map = {tr.get("data-code"): int(tr.get("data-count")) for tr in tree.xpath("//table[@id='on-map']//tr[@data-code]")}
    assert on_map == {k: v for k, v in filled(client).items() if k not in listed} and "SGP" in on_map


def test_a_countrys_partners_for_a_sector(client):
    counts = filled(client, country="KOR", sector="ai")
    assert counts == expected(client, country="KOR", sector="ai") and "SGP" in counts
    assert counts != filled(client, country="KOR")
    tree = html.fromstring(client.get("/map", params={"country": "KOR", "sector": "ai"}).content)
    assert tree.xpath("//svg[@id='world']//g[@data-code='KOR' and contains(@class, 'selected')]")
    link = tree.xpath("//svg[@id='world']//g[@data-code='SGP']/ancestor::a/@href")[0]
    assert link.startswith("/agreements?") and "country=KOR" in link and "with=SGP" in link and "sector=ai" in link


def test_bad_filters_are_clear_errors(client):
    for params, word in [({"sector": "chips"}, "sector"), ({"country": "ATLANTIS"}, "ATLANTIS")]:
        response = client.get("/map", params=params)
        assert response.status_code == 400 and word in response.text, (params, response.text[:200])


@needs_chromium
def test_the_map_in_chromium_offline(server, client, page):
    outside = only_the_server(page, server)
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(server + "/map?country=KOR")
    shaded = page.locator("svg#world g[data-count]")
    every = page.locator("table#not-on-map tr[data-code]")
    assert shaded.count() + every.count() == len(expected(client, country="KOR")) and shaded.count() >= 5
    page.select_option("select[name=sector]", "ai")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**sector=ai**")
    assert shaded.count() + every.count() == len(expected(client, country="KOR", sector="ai"))
    assert shaded.count() < len(expected(client, country="KOR"))
    assert page.locator("svg#world").bounding_box()["width"] > 900
    shot(page, "map")
    page.locator("svg#world g[data-code='SGP']").click()
    page.wait_for_url("**/agreements?**")
    assert "with=SGP" in page.url and page.locator("table tbody tr").count() >= 1
    assert not outside and not errors, (outside, errors)


@needs_chromium
def test_the_map_at_phone_width(server, phone):
    outside = only_the_server(phone, server)
    phone.goto(server + "/map?country=KOR")
    box = phone.locator("svg#world").bounding_box()
    assert box["width"] <= PHONE["width"] and box["height"] > 100
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert not outside
    shot(phone, "map-phone")
