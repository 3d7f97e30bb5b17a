"""The /agreements list as an analyst uses it: every filter honoured and kept in the URL, sortable columns,
facets with counts for exactly the current filter, and .json/.csv links giving exactly the rows shown."""

import csv
import io
import re
from collections import Counter
from urllib.parse import parse_qsl, urlsplit

import pytest
from lxml import html

def cls(name: str) -> str:
    """An XPath test: the element has this class."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def _tree(client, path):
    response = client.get(path)
    assert response.status_code == 200, (path, response.text[:300])
    return html.fromstring(response.text)


def _shown_ids(tree) -> list[int]:
    return [int(a.get("href").rsplit("/", 1)[1]) for a in tree.xpath(f"//*[@id='results']//*[{cls('name')}]//a")]


def _everything(client, **filters) -> list[dict]:
    return client.get("/api/agreements", params={**filters, "per_page": 500}).json()["items"]


@pytest.mark.parametrize("filters", [{"status": "planned"}, {"status": "existing", "country": "KOR"},
                                     {"kind": "fund", "sector": "ai"}, {"since": "2026-03", "until": "2026-06"},
                                     {"country": "KOR", "with": "SGP", "text": "fund"}])
def test_every_filter_is_honoured_and_kept_in_the_url(client, filters):
    tree = _tree(client, "/agreements?" + "&".join(f"{k}={v}" for k, v in filters.items()))
    expected = [a["id"] for a in _everything(client, **filters)]
    assert expected and _shown_ids(tree) == expected[:50]
    assert tree.xpath(f"//*[{cls('total')}]")[0].text_content().startswith(f"{len(expected)} agreements")
    for name, value in filters.items():  # the form shows what is applied
        field = tree.xpath(f"//form[{cls('filters')}]//*[@name='{name}']")[0]
        assert field.value == value, name
    for link in tree.xpath(f"//th//a[{cls('sort')}]"):  # sorting keeps the filters
        kept = dict(parse_qsl(urlsplit(link.get("href")).query))
        assert all(kept.get(k) == v for k, v in filters.items()), link.get("href")


def test_status_planned_lists_only_planned_agreements(client):
    tree = _tree(client, "/agreements?status=planned")
    statuses = {td.text_content().strip() for td in tree.xpath(f"//*[@id='results']//td[{cls('status')}]")}
    assert statuses == {"planned"}


@pytest.mark.parametrize("sort, order, key", [("usd", "desc", "usd"), ("date", "asc", "date"), ("name", "asc", "name"),
                                              ("reports", "desc", "reports"), ("status", "asc", "status")])
def test_columns_sort_both_ways(client, sort, order, key):
    tree = _tree(client, f"/agreements?sort={sort}&order={order}")
    by_id = {a["id"]: a for a in _everything(client)}
    values = [by_id[i][key] for i in _shown_ids(tree)]
    known = [v for v in values if v is not None]
    assert known == sorted(known, reverse=order == "desc") and len(known) >= 3
    assert values[:len(known)] == known  # unknown values last
    header = tree.xpath(f"//th[@data-sort='{sort}']")[0]
    assert header.get("aria-sort") == ("descending" if order == "desc" else "ascending")
    flipped = dict(parse_qsl(urlsplit(header.xpath(f".//a[{cls('sort')}]")[0].get("href")).query))
    assert flipped["sort"] == sort and flipped["order"] == ("asc" if order == "desc" else "desc")


@pytest.mark.parametrize("query, words", [("sort=foo", "sort must be one of"), ("order=up", "order must be"),
                                          ("status=signed", "status must be one of"), ("kind=treaty", "kind must be"),
                                          ("sector=chips", "sector must be one of"), ("since=2024-13", "since"),
                                          ("page=0", "page")])
def test_a_bad_parameter_is_a_clear_400_naming_it(client, query, words):
    response = client.get("/agreements?" + query)
    assert response.status_code == 400 and words in response.text and "text/html" in response.headers["content-type"]
    for suffix in (".json", ".csv"):
        response = client.get(f"/agreements{suffix}?" + query)
        assert response.status_code == 400 and words in response.text


def test_the_api_refuses_an_unknown_sort_too(client):
    response = client.get("/api/agreements?sort=foo")
    message = response.json()["error"]["message"]
    assert response.status_code == 422 and "sort" in message and "'usd'" in message and "'name'" in message
    assert client.get("/api/agreements?sort=name&order=asc").status_code == 200


def _facets(tree) -> dict[str, dict[str, tuple[int, str]]]:
    out = {}
    for block in tree.xpath(f"//*[{cls('facet')}]"):
        out[block.get("data-facet")] = {li.get("data-value"): (int(li.xpath(f".//*[{cls('count')}]")[0].text_content()),
                                                               li.xpath(".//a")[0].get("href"))
                                        for li in block.xpath(".//li")}
    return out


@pytest.mark.parametrize("filters", [{}, {"country": "KOR"}, {"country": "KOR", "status": "planned"},
                                     {"sector": "ai"}])
def test_facets_count_exactly_the_current_filter_and_link_to_it(client, filters):
    rows = _everything(client, **filters)
    tree = _tree(client, "/agreements?" + "&".join(f"{k}={v}" for k, v in filters.items()))
    facets = _facets(tree)
    expected = {
        "country": Counter(c for a in rows for c in a["countries"]),
        "sector": Counter(s for a in rows for s in a["sectors"]),
        "kind": Counter(a["kind"] for a in rows), "status": Counter(a["status"] for a in rows),
        "year": Counter(a["date"][:4] for a in rows if a["date"]),
    }
    if "country" in filters:
        expected["partner"] = Counter(c for a in rows for c in a["countries"] if c != filters["country"])
    assert set(facets) == set(expected)
    for name, counts in expected.items():
        shown = {value: count for value, (count, _) in facets[name].items()}
        assert shown and all(counts[value] == count for value, count in shown.items()), name
        assert len(shown) == min(len(counts), 15), name
        assert min(shown.values()) >= max((n for v, n in counts.items() if v not in shown), default=0), name
        assert list(shown.values()) == sorted(shown.values(), reverse=True), name  # most first
    value, (count, href) = next(iter(facets["kind"].items()))
    followed = dict(parse_qsl(urlsplit(href).query))
    assert followed == {**filters, "kind": value}
    assert _tree(client, href).xpath(f"//*[{cls('total')}]")[0].text_content().startswith(f"{count} agreements")
    year, (count, href) = next(iter(facets["year"].items()))
    assert dict(parse_qsl(urlsplit(href).query)) == {**filters, "since": year, "until": year}
    assert len(_everything(client, **filters, since=year, until=year)) == count


def test_json_and_csv_links_give_exactly_the_rows_shown(client):
    path = "/agreements?country=KOR&sort=usd&order=desc&page=2&per_page=10"
    tree = _tree(client, path)
    shown = _shown_ids(tree)
    assert len(shown) == 10
    json_link = tree.xpath("//a[@rel='alternate'][@type='application/json']")[0].get("href")
    csv_link = tree.xpath("//a[@rel='alternate'][@type='text/csv']")[0].get("href")
    data = client.get(json_link).json()
    assert [a["id"] for a in data["items"]] == shown
    assert data["page"] == 2 and data["per_page"] == 10 and data["total"] == len(_everything(client, country="KOR"))
    assert data["next"] and "page=3" in data["next"]
    answer = client.get(csv_link)
    assert answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert [int(r["id"]) for r in rows] == shown


def test_csv_numbers_are_raw_and_lists_have_one_separator(client):
    answer = client.get("/agreements.csv?sort=usd&order=desc&per_page=500")
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    by_id = {a["id"]: a for a in _everything(client)}
    assert len(rows) == len(by_id)
    for row in rows:
        api = by_id[int(row["id"])]
        assert row["usd"] == (str(api["usd"]) if api["usd"] is not None else "")
        assert row["countries"] == "; ".join(api["countries"]) and row["sectors"] == "; ".join(api["sectors"])
        for cell in (row["usd"], row["amounts"], row["quantity"]):
            assert "e+" not in cell and not re.search(r"\d,\d", cell), row
    yen = next(r for r in rows if "150000000000 JPY" in r["amounts"])  # the India-Japan fund, whole
    assert yen["amounts"] == "100000000000 INR; 150000000000 JPY"  # the separator of every CSV pactwatch writes


@pytest.mark.parametrize("spellings", [["KOR", "Korea", "South Korea", "kor"], ["GBR", "UK", "United Kingdom"]])
def test_countries_read_as_people_write_them_on_the_api_and_the_pages(client, spellings):
    by_code = [a["id"] for a in _everything(client, country=spellings[0])]
    for spelling in spellings[1:]:
        assert [a["id"] for a in _everything(client, country=spelling)] == by_code
        shown = client.get("/agreements.json", params={"country": spelling, "per_page": 500}).json()
        rows = shown["items"] if isinstance(shown, dict) else shown
        assert sorted(r["id"] for r in rows) == sorted(by_code)


def test_an_unknown_country_is_a_clear_error_with_close_matches(client):
    api = client.get("/api/agreements", params={"country": "Koreaa"})
    assert api.status_code == 422 and "Korea" in api.text
    page = client.get("/agreements", params={"with": "Singapur"})
    assert page.status_code == 400 and "Singapore" in page.text
