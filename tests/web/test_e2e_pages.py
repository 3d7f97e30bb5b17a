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
    box = phone.locator("svg.timeline-narrow").bounding_box()  # the phone's drawing (the wide one is hidden)
    assert box["width"] <= 390 and phone.locator("svg.timeline").bounding_box() is None
    shot(phone, "timeline-phone", full_page=False)


def test_article_page_from_a_search_hit_highlights_its_records(server, page):
    page.goto(server + "/search?q=hydrogen")
    page.locator("ol.hits a[href^='/articles/']").first.click()
    page.wait_for_url("**/articles/*")
    marks = page.locator(".article-text mark")
    legend = page.locator("ol.legend li")
    assert marks.count() >= legend.count() >= 1
    colours = {m.evaluate("m => getComputedStyle(m).backgroundColor") for m in marks.all()}
    assert len(colours) >= min(2, legend.count()) and "rgba(0, 0, 0, 0)" not in colours
    agreement = legend.locator("a[href^='/agreements/']").first
    label = agreement.inner_text()
    assert label and "#" not in label
    shot(page, "article")
    agreement.click()
    page.wait_for_url("**/agreements/*")
    assert page.locator("h1").inner_text() == label


def test_article_page_at_phone_width(server, phone):
    phone.goto(server + "/articles/1")
    overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"the article scrolls sideways by {overflow}px"
    assert phone.locator(".article-text mark").count() >= 3
    shot(phone, "article-phone", full_page=False)
