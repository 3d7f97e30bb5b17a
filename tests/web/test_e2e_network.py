"""The interactive partner network (/network/explore): vis-network, served from the pyvis package by pactwatch
itself, draws the same graph as /api/network for the filters in the URL, zooms, drags, shows details on hover,
and lists a pair's agreements when its edge is clicked; with JavaScript off the page is the server-rendered
drawing. Chromium refuses every request that leaves the server."""

import pytest

from .conftest import DESKTOP, PHONE, needs_chromium, only_the_server, shot

pytestmark = needs_chromium

READY = "#graph[data-ready]"  # set by network.js once the layout is done (CSP forbids wait_for_function's eval)


def opened(page, server, query: str = "") -> tuple[list[str], list[str]]:
    """The page at /network/explore?query, drawn; what it asked off the server and its console errors."""
    outside, errors = only_the_server(page, server), []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "/network/explore" + (f"?{query}" if query else ""))
    page.wait_for_selector(READY, state="attached", timeout=20_000)
    return outside, errors


def drawn(page) -> tuple[set[str], set[str]]:
    net = page.evaluate("""() => { const n = window.pactwatchNetwork.network;
        return {nodes: n.body.data.nodes.getIds(), edges: n.body.data.edges.getIds()}; }""")
    return set(net["nodes"]), set(net["edges"])


def api(client, **params) -> tuple[set[str], set[str]]:
    net = client.get("/api/network", params=params).json()
    return {n["id"] for n in net["nodes"]}, {"-".join(sorted((e["source"], e["target"]))) for e in net["edges"]}


def rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


def on_screen(page, *nodes: str) -> tuple[float, float]:
    """Where on the page the midpoint of these nodes is drawn."""
    point = page.evaluate("""(ids) => { const n = window.pactwatchNetwork.network; const p = n.getPositions(ids);
        const c = {x: ids.reduce((s, i) => s + p[i].x, 0) / ids.length, y: ids.reduce((s, i) => s + p[i].y, 0) / ids.length};
        const d = n.canvasToDOM(c); const r = n.body.container.getBoundingClientRect();
        return [d.x + r.left, d.y + r.top]; }""", list(nodes))
    return point[0], point[1]


def test_the_page_names_only_its_own_scripts_served_from_the_package(client):
    page = client.get("/network/explore")
    assert page.status_code == 200
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe" not in policy and "default-src 'none'" in policy
    script = client.get("/static/vendor/vis-network/vis-network.min.js")
    assert script.status_code == 200 and "@version 9.1.2" in script.text[:400]
    assert client.get("/static/vendor/vis-network/vis-network.css").status_code == 200
    assert client.get("/static/network.js").status_code == 200
    assert "/network/explore" in client.get("/network").text  # the static page leads to the interactive one


def test_a_bad_filter_is_a_clear_error(client):
    response = client.get("/network/explore", params={"status": "someday"})
    assert response.status_code == 400 and "status" in response.text and "someday" in response.text


def test_the_graph_is_drawn_offline_as_the_api_has_it(server, client, page):
    outside, errors = opened(page, server)
    nodes, edges = drawn(page)
    assert (nodes, edges) == api(client) and len(edges) >= 3
    assert page.locator("#graph canvas").is_visible()
    assert not page.locator(".network-wrap svg.network").is_visible()  # the fallback gives way
    legend = page.locator("#legend").inner_text()
    assert "the larger, the more agreements" in legend and "the wider, the more" in legend
    # each line is drawn in the colour the legend gives its agreements' one sector
    keys = dict(page.locator("#legend .key").evaluate_all(
        "keys => keys.map(k => [k.innerText.trim(), k.querySelector('.swatch').style.backgroundColor])"))
    colours = page.evaluate("""() => { const e = window.pactwatchNetwork.network.body.data.edges;
        return Object.fromEntries(e.get().map(x => [x.id, x.color.color])); }""")
    single = {"-".join(sorted((e["source"], e["target"]))): e["sectors"]
              for e in client.get("/api/network").json()["edges"] if e["sectors"] and "," not in e["sectors"]}
    assert single and set(single.values()) == set(keys) - {"several sectors, or none named"}
    for pair, sector in single.items():
        assert rgb(colours[pair]) == keys[sector], (pair, sector)
    assert not outside and not errors, (outside, errors)
    shot(page, "network-explore", full_page=False)


def test_a_filter_in_the_url_changes_what_is_drawn(server, client, page):
    outside, errors = opened(page, server, "sector=quantum&status=concluded")
    nodes, edges = drawn(page)
    everything = api(client)
    assert (nodes, edges) == api(client, sector="quantum", status="concluded")
    assert 0 < len(edges) < len(everything[1])
    assert page.locator("select[name=sector]").input_value() == "quantum"
    assert page.locator("select[name=status]").input_value() == "concluded"
    page.select_option("select[name=kind]", "mou")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**kind=mou**")
    page.wait_for_selector(READY, state="attached")
    assert drawn(page) == api(client, sector="quantum", status="concluded", kind="mou")
    page.select_option("select[name=kind]", "fund")  # nothing matches: said so, nothing drawn
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**kind=fund**")
    page.wait_for_selector(READY, state="attached")
    assert api(client, sector="quantum", status="concluded", kind="fund") == (set(), set())
    assert page.get_by_text("No agreements match these filters.").is_visible()
    assert not page.locator("#graph").is_visible()
    assert not outside and not errors, (outside, errors)


def test_clicking_an_edge_lists_that_pairs_agreements(server, client, page):
    outside, errors = opened(page, server)
    page.evaluate("window.pactwatchNetwork.network.fit({animation: false})")
    x, y = on_screen(page, "KOR", "SGP")
    page.mouse.click(x, y)
    page.wait_for_selector("#pair-list li")
    expected = {a["id"] for a in client.get("/api/agreements", params={"country": "KOR", "with": "SGP",
                                                                      "per_page": 100}).json()["items"]}
    listed = {int(h.split("/")[-1]) for h in page.locator("#pair-list li a").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))")}
    assert listed == expected and expected
    assert "KOR" in page.locator("#pair-h").inner_text() and "SGP" in page.locator("#pair-h").inner_text()
    assert "pair=KOR-SGP" in page.url  # a reload (or a shared link) shows the same list, server-rendered
    assert not outside and not errors, (outside, errors)
    shot(page, "network-explore-pair")


def test_zoom_drag_and_hover(server, page):
    opened(page, server)
    net = "window.pactwatchNetwork.network"
    page.evaluate(f"{net}.fit({{animation: false}})")
    before = page.evaluate(f"{net}.getScale()")
    x, y = on_screen(page, "KOR")
    page.mouse.move(x, y)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5_000)
    assert "Korea" in tooltip.inner_text() and "agreements" in tooltip.inner_text()
    page.mouse.wheel(0, -400)
    for _ in range(50):
        if page.evaluate(f"{net}.getScale()") > before:
            break
        page.wait_for_timeout(100)
    assert page.evaluate(f"{net}.getScale()") > before
    page.evaluate(f"{net}.fit({{animation: false}})")
    x, y = on_screen(page, "SGP")
    start = page.evaluate(f"{net}.getPositions(['SGP']).SGP")
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 60, y + 40, steps=8)
    page.mouse.up()
    end = page.evaluate(f"{net}.getPositions(['SGP']).SGP")
    assert abs(end["x"] - start["x"]) + abs(end["y"] - start["y"]) > 20, (start, end)


def test_without_javascript_the_drawing_and_pair_list_are_served(server, browser):
    context = browser.new_context(viewport=DESKTOP, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(server + "/network/explore?sector=quantum")
        assert page.locator("svg.network line").count() >= 1
        pair = page.locator("svg.network line").first.get_attribute("data-pair")
        page.locator("svg.network a.edge").first.click()
        page.wait_for_url(f"**pair={pair}**")
        assert "sector=quantum" in page.url
        assert page.locator("#pair tbody tr").count() >= 1
        assert "No agreements" not in page.locator("#pair tbody tr").first.inner_text()
        shot(page, "network-explore-nojs")
    finally:
        context.close()


@pytest.mark.parametrize("query", ["", "pair=KOR-SGP"])
def test_at_phone_width_the_graph_fits(server, browser, query):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        outside, errors = opened(page, server, query)
        box = page.locator("#graph").bounding_box()
        assert box["width"] <= PHONE["width"] and box["height"] >= 300
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        if query:
            assert page.locator("#pair tbody tr").count() >= 1
        assert not outside and not errors, (outside, errors)
        shot(page, "network-explore-phone" + ("-pair" if query else ""), full_page=not query)
    finally:
        context.close()
