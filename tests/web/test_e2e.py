"""End to end: `pactwatch serve` on a database filled from the samples, driven in Debian's headless Chromium
(the fixtures are in conftest.py)."""

from .conftest import needs_chromium, shot

pytestmark = needs_chromium


def test_overview(server, page):
    page.goto(server + "/")
    assert page.locator("h1").inner_text() == "Technology cooperation at a glance"
    assert page.locator(".counts li").count() == 5
    assert page.locator("svg.chart").count() == 3  # concluded by sector and by year; planned or proposed apart
    assert "concluded agreements" in page.locator(".money-note").inner_text()
    assert not page.locator("td.name a", has_text="#").count()
    assert page.locator("table tbody tr").count() >= 5
    shot(page, "overview")


def test_network_filtered_by_sector_and_an_edge_lists_its_agreements(server, page):
    page.goto(server + "/network")
    everything = page.locator("svg.network line").count()
    page.select_option("#sector", "quantum")
    page.get_by_role("button", name="Show").click()
    page.wait_for_url("**sector=quantum**")
    lines = page.locator("svg.network line")
    assert 0 < lines.count() < everything
    pair = lines.first.get_attribute("data-pair")
    page.locator("svg.network a.edge").first.click()
    page.wait_for_url(f"**pair={pair}**")
    assert page.locator("#pair h2").inner_text() == f"Agreements {pair}"
    rows = page.locator("#pair tbody tr")
    assert rows.count() >= 1 and "No agreements" not in rows.first.inner_text()
    shot(page, "network")


def test_agreement_page_highlights_its_evidence(server, page):
    page.goto(server + "/agreements?kind=fund&text=Singapore")
    page.locator("tbody tr a[href^='/agreements/']").first.click()
    page.wait_for_url("**/agreements/*")
    marks = page.locator(".article-text mark")
    assert marks.count() >= 1
    assert len(marks.first.inner_text()) > 20
    background = marks.first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    assert page.locator(".report .sources li").count() >= 1
    shot(page, "agreement")


def test_search_box(server, page):
    page.goto(server + "/")
    page.fill("#q", "hydrogen")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=hydrogen")
    assert page.locator("ol.hits li").count() >= 1
    assert "ydrogen" in page.locator("ol.hits").inner_text()
    shot(page, "search")


def test_commitments_timeline_country_and_entities(server, page):
    for path, name, heading in [("/commitments?as_of=2026-11-22", "commitments", "Commitments as of 2026-11-22"),
                                ("/timeline?country=KOR&with=SGP", "timeline", "Timeline"),
                                ("/countries/KOR", "country", "South Korea"),
                                ("/entities", "entities", "Countries, organizations and people")]:
        page.goto(server + path)
        assert heading in page.locator("h1").inner_text()
        shot(page, name)
    page.goto(server + "/commitments?as_of=2027-06-01")
    assert "fulfilled" in page.locator("#s-fulfilled").inner_text().lower()


def test_keyboard_reaches_content(server, page):
    page.goto(server + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    for _ in range(3):
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.tagName") in ("A", "INPUT", "BUTTON")


def test_usable_at_phone_width(server, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    for path, name in [("/", "overview-phone"), ("/agreements/1", "agreement-phone"), ("/network", "network-phone")]:
        page.goto(server + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{path} scrolls sideways by {overflow}px"
        shot(page, name)
    context.close()
