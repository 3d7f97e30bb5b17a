"""In Chromium: the timeline zoomed with its period links, at desktop and phone width."""

from .conftest import needs_chromium, shot

pytestmark = needs_chromium


def test_timeline_zooms_to_a_period_and_keeps_deadlines_apart(server, page):
    page.goto(server + "/timeline?country=KOR")
    dots = page.locator("svg.timeline circle").count()
    diamonds = page.locator("svg.timeline path.deadline").count()
    assert dots >= 30 and diamonds >= 5
    assert "before 2022 not shown" in page.locator(".outside").inner_text()
    shot(page, "timeline")
    page.locator("a[data-period='2026']").click()
    page.wait_for_url("**from=2026**")
    zoomed = page.locator("svg.timeline circle").count()
    assert 0 < zoomed < dots
    assert page.locator("#agreements tbody tr").count() == zoomed
    ticks = page.locator("svg.timeline text.tick").evaluate_all("ts => ts.map(t => t.textContent)")
    assert "2026-04" in ticks
    shot(page, "timeline-2026")
    page.locator("a[data-period='all']").click()
    page.wait_for_url("**from=2006**")
    assert page.locator("svg.timeline circle").count() > dots


def test_timeline_at_phone_width(server, phone):
    phone.goto(server + "/timeline?country=KOR")
    overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"the timeline scrolls sideways by {overflow}px"
    box = phone.locator("svg.timeline").bounding_box()
    assert box["width"] <= 390
    shot(phone, "timeline-phone", full_page=False)
