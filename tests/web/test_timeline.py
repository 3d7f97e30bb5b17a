"""The timeline: readable whatever the outliers (its default period leaves out a lone early record and says
so), a period selector that zooms, and commitment deadlines on the same axis in a lane of their own."""

from lxml import html

from .test_agreement_list import cls


def _svg(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.text[:300]
    return html.fromstring(response.text)


def _dots(tree) -> set[int]:
    return {int(c.get("data-id")) for c in tree.xpath("//*[local-name()='circle'][@data-id]")}


def _deadlines(tree) -> list[str]:
    return [d.get("data-due") for d in tree.xpath(f"//*[local-name()='path'][{cls('deadline')}]")]


def _dated(client, **filters):
    rows = client.get("/api/agreements", params={**filters, "per_page": 500}).json()["items"]
    return {a["id"]: a["date"] for a in rows if a["date"]}


def test_the_default_period_is_not_squeezed_by_one_early_record(client):
    tree = _svg(client, "/timeline?country=KOR")
    dated = _dated(client, country="KOR")
    assert min(dated.values()) == "2006"  # the Korea-Singapore FTA, 16 years before the rest
    shown = _dots(tree)
    assert shown == {i for i, d in dated.items() if d >= "2022"}
    note = " ".join(tree.xpath(f"//*[{cls('outside')}]")[0].text_content().split())
    assert "1 agreement before 2022 not shown" in note
    everything = tree.xpath("//a[@data-period='all']")[0].get("href")
    assert _dots(_svg(client, everything)) == set(dated)
    ticks = {t.text_content(): float(t.get("x")) for t in tree.xpath(f"//*[local-name()='text'][{cls('tick')}]")}
    axis = tree.xpath(f"//*[local-name()='line'][{cls('axis')}]")[0]
    width = float(axis.get("x2")) - float(axis.get("x1"))
    assert (ticks["2026"] - ticks["2023"]) / width > 0.3  # the busy years take most of the axis


def test_a_period_zooms_in(client):
    tree = _svg(client, "/timeline?country=KOR&from=2026-01&to=2026-06")
    expected = {i for i, d in _dated(client, country="KOR", since="2026-01", until="2026-06").items()}
    assert expected and _dots(tree) == expected
    assert tree.xpath("//form//input[@name='from']")[0].value == "2026-01"
    ticks = [t.text_content() for t in tree.xpath(f"//*[local-name()='text'][{cls('tick')}]")]
    assert "2026-04" in ticks  # months when the period is short
    for link in tree.xpath("//a[@data-period]"):
        assert "country=KOR" in link.get("href")


def test_deadlines_share_the_axis_in_their_own_lane(client):
    tree = _svg(client, "/timeline?country=KOR")
    commitments = client.get("/api/commitments", params={"country": "KOR", "per_page": 500}).json()["items"]
    dues = sorted(c["due"] for c in commitments if c["due"] and c["due"] >= "2022")
    assert len(dues) >= 5 and sorted(_deadlines(tree)) == dues
    lane = tree.xpath(f"//*[local-name()='text'][{cls('lane')}]")
    assert "deadlines" in [t.text_content() for t in lane]
    assert not set(_dots(tree)) & {c["agreement"] for c in commitments if c["agreement"]} - set(
        _dated(client, country="KOR"))
    listed = [a.get("href") for a in tree.xpath("//table[@id='agreements']//td//a[starts-with(@href, '/agreements/')]")]
    assert len(listed) == len(_dots(tree))  # the agreement table lists agreements only
    assert len(tree.xpath("//table[@id='deadlines']//tbody/tr")) == len(dues)


def test_a_bad_period_is_a_400_naming_it(client):
    response = client.get("/timeline?country=KOR&from=2024-13")
    assert response.status_code == 400 and "from" in response.text


def test_many_agreements_are_drawn_as_counts_per_month_not_thousands_of_dots():
    from pactwatch.web import timeline

    rows = [{"id": i, "kind": ("mou", "fund")[i % 2], "date": f"{2020 + i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}",
             "name": None, "countries": ["KOR", "USA"]} for i in range(3000)]
    drawn = html.fromstring(timeline.svg(rows, [], timeline.Period("2020", "2024"), link="/agreements?country=KOR"))
    circles = drawn.xpath("//*[local-name()='circle']")
    assert len(circles) <= 2 * 5 * 12
    counts = [int(c.get("data-count")) for c in circles]
    assert sum(counts) == 3000
    first = drawn.xpath("//*[local-name()='a'][*[local-name()='circle']]")[0].get("href")
    assert first.startswith("/agreements?country=KOR&kind=") and "since=" in first and "until=" in first
    few = html.fromstring(timeline.svg(rows[:50], [], timeline.Period("2020", "2024"), link="/agreements"))
    assert len(few.xpath("//*[local-name()='circle'][@data-id]")) == 50  # few enough: one dot each

