"""The agreement list in Chromium: a status filter chosen in the form, a column sorted by clicking its
header, a facet followed, the CSV link, and cards rather than a wide table at phone width."""

from .conftest import needs_chromium, shot

pytestmark = needs_chromium


def _statuses(page) -> set[str]:
    return {s.strip() for s in page.locator("#results td.status").all_inner_texts()}


def test_filter_sort_and_facet_by_clicking(server, page):
    page.goto(server + "/agreements")
    page.select_option("select[name=status]", "planned")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**status=planned**")
    assert _statuses(page) == {"planned"}
    assert page.locator("select[name=status]").input_value() == "planned"
    page.locator("th[data-sort=usd] a").click()
    page.wait_for_url("**sort=usd**")
    assert "status=planned" in page.url and _statuses(page) == {"planned"}
    assert page.locator("th[data-sort=usd]").get_attribute("aria-sort") == "descending"
    usd = [int(t.replace(",", "")) for t in page.locator("#results td.usd").all_inner_texts() if t.strip()]
    assert len(usd) >= 3 and usd == sorted(usd, reverse=True)
    shot(page, "agreements-sorted")
    kor = page.locator(".facet[data-facet=country] li[data-value=KOR]")
    count = int(kor.locator(".count").inner_text())
    kor.locator("a").click()
    page.wait_for_url("**country=KOR**")
    assert "status=planned" in page.url and "sort=usd" in page.url
    assert page.locator(".total").inner_text().startswith(f"{count} agreements")
    assert page.locator("#results tbody tr").count() == count
    assert page.locator(".facet[data-facet=partner] li").count() >= 2
    csv_link = page.locator("a[type='text/csv']").get_attribute("href")
    assert "country=KOR" in csv_link and "status=planned" in csv_link and "sort=usd" in csv_link
    shot(page, "agreements")


def test_cards_at_phone_width(server, phone):
    phone.goto(server + "/agreements?country=KOR")
    overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"the list scrolls sideways by {overflow}px"
    first = phone.locator("#results tbody tr").first
    for cell in ("td.name a", "td.status", "td.date"):  # name, status and date are on screen, not scrolled away
        box = first.locator(cell).bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390, cell
    assert phone.locator("#results thead").evaluate("h => getComputedStyle(h).display") == "none"
    label = first.locator("td.status").evaluate("td => getComputedStyle(td, '::before').content")
    assert "Status" in label
    first.scroll_into_view_if_needed()
    shot(phone, "agreements-phone", full_page=False)


def test_every_list_page_is_cards_at_phone_width(server, phone):
    """No page scrolls sideways and no table hides a column in a scrolling box: every cell of every row is
    on screen."""
    for path, name in [("/commitments?as_of=2026-11-22", "commitments-phone"), ("/countries/KOR", "country-phone"),
                       ("/search?q=hydrogen", "search-phone"), ("/network?pair=KOR-SGP", "network-pair-phone"),
                       ("/", "overview-cards-phone")]:
        phone.goto(server + path)
        overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{path} scrolls sideways by {overflow}px"
        hidden = phone.evaluate("""() => [...document.querySelectorAll('table tbody tr')].flatMap(tr =>
            [...tr.children].filter(td => td.textContent.trim()).filter(td => {
                const box = td.getBoundingClientRect();
                return box.left < 0 || box.right > window.innerWidth + 1;
            }).map(td => td.textContent.trim().slice(0, 30)))""")
        assert not hidden, f"{path}: cells off screen: {hidden[:5]}"
        labelled = phone.evaluate("""() => [...document.querySelectorAll('table tbody td')]
            .filter(td => td.textContent.trim() && getComputedStyle(td).display !== 'none').length""")
        assert labelled, path
        shot(phone, name, full_page=False)
