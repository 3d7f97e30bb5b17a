"""In Chromium, offline, at desktop and phone width: the static network filtered by status, the country page
reached by a name with its money said as counted, the commitments of a country named as people write it, and
the links of these pages (to the interactive network, to the lists, their JSON and CSV) keeping the filters."""

import csv
import io

import httpx

from .conftest import PHONE, SHOTS, needs_chromium, only_the_server, shot

pytestmark = needs_chromium


def _narrowed(page, url: str, items: str, choose, expected: str) -> tuple[int, int]:
    """How many ``items`` the page at ``url`` shows, then after ``choose`` and Show (some, and fewer)."""
    page.goto(url)
    every = page.locator(items).count()
    choose()
    page.get_by_role("button", name="Show").click()
    page.wait_for_url(f"**{expected}**")
    chosen = page.locator(items).count()
    assert 0 < chosen < every
    return every, chosen


def test_the_network_by_status_in_chromium(server, client, page, phone):
    outside = only_the_server(page, server)
    every, planned = _narrowed(page, server + "/network", "svg line[data-pair]",
                               lambda: page.select_option("select[name=status]", "planned"), "status=planned")
    assert planned == len(client.get("/api/network", params={"status": "planned"}).json()["edges"])
    shot(page, "network-planned")
    page.locator("svg line[data-pair]").first.click()
    page.wait_for_url("**pair=**")
    statuses = page.locator("#pair td[data-label='Status']").all_inner_texts()
    assert statuses and {s.strip() for s in statuses} == {"planned"}
    page.get_by_role("link", name="Interactive view").click()
    page.wait_for_url("**/network/explore?**")
    assert "status=planned" in page.url
    assert page.locator("select[name=status]").input_value() == "planned"
    phone.goto(server + "/network?status=planned")
    assert phone.locator("svg line[data-pair]").count() == planned
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shot(phone, "network-planned-phone")
    assert not outside, outside


def test_a_country_by_name_and_its_money_in_chromium(server, page, phone):
    outside = only_the_server(page, server)
    page.goto(server + "/countries/South Korea")
    assert page.url.endswith("/countries/KOR")
    assert "concluded" in page.locator("#partners-money-note").inner_text()
    heads = page.locator("#partners thead th").all_inner_texts()
    assert "USD concluded" in heads and "USD planned or proposed" in heads
    shot(page, "country-money")
    phone.goto(server + "/countries/Korea")
    assert phone.url.endswith("/countries/KOR")
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    row = phone.locator("#partners tr[data-partner='GBR']")
    cell = row.locator("td[data-label='USD planned or proposed']")  # a card names what each sum is
    assert cell.is_visible() and cell.inner_text().strip()
    assert "planned or proposed" in cell.evaluate("td => getComputedStyle(td, '::before').content")
    shot(phone, "country-money-phone")
    phone.locator("#partners-money-note").screenshot(path=str(SHOTS / "country-money-phone-note.png"))
    row.screenshot(path=str(SHOTS / "country-money-phone-card.png"))
    page.goto(server + "/countries/Koreaa")
    assert "did you mean" in page.locator("main").inner_text()
    assert not outside, outside


def test_commitments_of_a_country_named_as_people_write_it(server, page, phone):
    outside = only_the_server(page, server)
    every, uk = _narrowed(page, server + "/commitments?due_within_days=3650", "tr[data-commitment]",
                          lambda: page.fill("input[name=country]", "UK"), "country=UK")
    assert "United Kingdom" in page.locator("h1").inner_text()
    shot(page, "commitments-uk")
    phone.goto(server + "/commitments?due_within_days=3650&country=United+Kingdom")
    assert phone.locator("tr[data-commitment]").count() == uk
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    shot(phone, "commitments-uk-phone")
    assert not outside, outside


def test_list_links_from_the_new_filters_keep_them(server, page):
    """From the money map of a country named by name, a partner's link opens its agreements; that list's JSON and
    CSV links give exactly the rows shown."""
    outside = only_the_server(page, server)
    page.goto(server + "/map?country=Korea&measure=money&status=concluded")
    page.locator("table#on-map tr[data-code='SGP'] a").click()
    page.wait_for_url("**/agreements?**")
    assert "country=KOR" in page.url and "with=SGP" in page.url and "status=concluded" in page.url
    shown = page.locator("table tbody tr").count()
    assert shown >= 1
    json_link = page.locator("a[href*='agreements.json']").first.get_attribute("href")
    csv_link = page.locator("a[href*='agreements.csv']").first.get_attribute("href")
    body = httpx.get(server + json_link).json()
    assert body["total"] == shown and {a["status"] for a in body["items"]} == {"concluded"}
    rows = list(csv.DictReader(io.StringIO(httpx.get(server + csv_link).text)))
    assert len(rows) == shown and all("SGP" in r["countries"] for r in rows)
    # the facets count what is shown: one status, one partner, each as many as the rows
    assert page.locator("[data-facet='status'] li").evaluate_all("ls => ls.map(l => l.dataset.value)") == ["concluded"]
    counts = page.locator("[data-facet='kind'] li .count").all_inner_texts()
    assert sum(int(c) for c in counts) == shown
    year = page.locator("[data-facet='year'] li a").first
    year.click()
    page.wait_for_url("**since=**")
    assert "country=KOR" in page.url and "with=SGP" in page.url and "status=concluded" in page.url
    assert not outside, outside
