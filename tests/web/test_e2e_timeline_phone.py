"""The timeline read on a phone (390 px): its words (lanes, years) at a readable size, nothing overlapping, every
agreement and deadline still drawn and linked; the desktop keeps its wide drawing."""

from .conftest import PHONE, SHOTS, needs_chromium, shot

pytestmark = needs_chromium

READABLE = 11  # px: the smallest text height a phone reader is asked to read


def _visible_timeline(page) -> str:
    """The selector of the timeline drawing shown at this width (exactly one is)."""
    shown = page.evaluate("""() => [...document.querySelectorAll('.timeline-wrap svg')]
        .filter(s => s.getBoundingClientRect().width > 0).map(s => s.getAttribute('class'))""")
    assert len(shown) == 1, shown
    return "svg." + shown[0].split()[0]


def _texts(page, selector: str) -> list[dict]:
    return page.locator(f"{selector} text").evaluate_all("""ts => ts.map(t => {
        const b = t.getBoundingClientRect();
        return {text: t.textContent, left: b.left, right: b.right, top: b.top, bottom: b.bottom,
                size: parseFloat(getComputedStyle(t).fontSize) * (b.height ? 1 : 0),
                height: b.height};
    })""")


def _overlap(a: dict, b: dict) -> bool:
    return a["left"] < b["right"] - 1 and b["left"] < a["right"] - 1 and a["top"] < b["bottom"] - 1 and \
        b["top"] < a["bottom"] - 1


def test_the_timelines_words_are_readable_on_a_phone(server, phone):
    phone.goto(server + "/timeline?country=KOR")
    selector = _visible_timeline(phone)
    box = phone.locator(selector).bounding_box()
    assert box["width"] <= PHONE["width"]
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    texts = _texts(phone, selector)
    lanes = [t for t in texts if t["text"] in ("mou", "fund", "deadlines", "joint statement")]
    assert len(lanes) >= 3, [t["text"] for t in texts]
    small = [(t["text"], round(t["height"], 1)) for t in texts if t["height"] < READABLE]
    assert not small, f"text drawn smaller than {READABLE}px: {small[:6]}"
    crowded = [(a["text"], b["text"]) for i, a in enumerate(texts) for b in texts[i + 1:] if _overlap(a, b)]
    assert not crowded, crowded[:5]
    for t in texts:  # inside the screen, not cut at its edge
        assert t["left"] >= 0 and t["right"] <= PHONE["width"], t
    # every agreement and deadline of the wide drawing is drawn and linked in this one too
    dots = phone.locator(f"{selector} a circle[data-id]").count()
    diamonds = phone.locator(f"{selector} a path[data-due]").count()
    assert dots == phone.locator("svg.timeline circle[data-id]").count() >= 30
    assert diamonds == phone.locator("svg.timeline path.deadline").count() >= 5
    radius = phone.locator(f"{selector} circle[data-id]").first.bounding_box()
    assert radius["width"] >= 10  # a dot a finger can find
    shot(phone, "timeline-phone-readable", full_page=False)
    SHOTS.mkdir(parents=True, exist_ok=True)
    phone.locator(selector).screenshot(path=str(SHOTS / "timeline-phone-drawing.png"))


def test_the_desktop_keeps_the_wide_timeline(server, page):
    page.goto(server + "/timeline?country=KOR")
    assert _visible_timeline(page) == "svg.timeline"
    assert page.locator("svg.timeline").bounding_box()["width"] > 700
    texts = _texts(page, "svg.timeline")
    assert all(t["height"] >= READABLE for t in texts if t["height"]), [t for t in texts if t["height"] < READABLE]
    shot(page, "timeline-desktop")
