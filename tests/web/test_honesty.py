"""The dashboard says what it counts: money charts count concluded agreements (planned and proposed shown
apart) and never split a sum among sectors; agreements are named from their own words, not "fund #58";
"latest agreements" are never future dates."""

import csv
import io
import re
from collections import defaultdict
from datetime import date

import pytest
from lxml import html

from .test_agreement_list import cls


def _everything(client, **filters):
    return client.get("/api/agreements", params={**filters, "per_page": 500}).json()["items"]


def _bars(tree, chart_id) -> dict[str, int]:
    return {rect.get("data-label"): int(rect.get("data-value"))
            for rect in tree.xpath(f"//*[@id='{chart_id}']//*[local-name()='rect'][@data-value]")}


def test_money_counts_concluded_agreements_whole_and_planned_apart(client):
    tree = html.fromstring(client.get("/").text)
    concluded = [a for a in _everything(client, status="concluded") if a["usd"]]
    pledged = [a for a in _everything(client) if a["usd"] and a["status"] in ("planned", "proposed")]
    by_year, by_sector, pledged_year = defaultdict(int), defaultdict(int), defaultdict(int)
    for a in concluded:
        by_year[a["date"][:4] if a["date"] else "undated"] += a["usd"]
        for sector in a["sectors"] or ["unspecified"]:
            by_sector[sector] += a["usd"]  # whole, under each sector it names
    for a in pledged:
        pledged_year[a["date"][:4] if a["date"] else "undated"] += a["usd"]
    assert _bars(tree, "money-year") == dict(by_year)
    assert _bars(tree, "money-sector") == dict(by_sector)
    assert _bars(tree, "money-planned") == dict(pledged_year)
    note = " ".join(tree.xpath(f"//*[{cls('money-note')}]")[0].text_content().split())
    total = sum(a["usd"] for a in concluded)
    assert f"{len(concluded)} concluded agreements" in note and f"{total:,}" in note
    assert "whole under each sector" in note and "planned or proposed" in note


def test_latest_agreements_are_not_in_the_future(client):
    tree = html.fromstring(client.get("/").text)
    dates = [td.text_content().strip() for td in tree.xpath(f"//td[{cls('date')}]")]
    assert dates and all(d <= date.today().isoformat() for d in dates if d != "—")


def test_agreements_are_named_from_their_own_words(client):
    tree = html.fromstring(client.get("/agreements?per_page=500").text)
    names = {int(a.get("href").rsplit("/", 1)[1]): a.text_content().strip()
             for a in tree.xpath(f"//td[{cls('name')}]//a")}
    assert len(names) == len(_everything(client))
    assert not [n for n in names.values() if re.search(r"#\d+$", n)]
    unnamed = [a for a in _everything(client) if not a["name"]]
    assert len(unnamed) >= 10
    for agreement in unnamed:
        detail = client.get(f"/api/agreements/{agreement['id']}").json()
        words = " ".join(e["text"] for r in detail["reports_detail"] for e in r["evidence"])
        label = names[agreement["id"]].strip("“”…")
        assert label and label.rstrip(".") in words, (agreement["id"], label)
    named = next(a for a in _everything(client) if a["name"] == "Korea-Singapore AI Alliance")
    assert names[named["id"]] == "Korea-Singapore AI Alliance"
    page = html.fromstring(client.get(f"/agreements/{unnamed[0]['id']}").text)
    assert page.xpath("//h1")[0].text_content().strip() == names[unnamed[0]["id"]]


def test_no_page_names_an_agreement_by_its_number(client):
    for path in ["/search?q=hydrogen", "/commitments?as_of=2026-11-22", "/network?pair=KOR-SGP", "/countries/KOR",
                 "/timeline?country=KOR", "/articles/1"]:
        tree = html.fromstring(client.get(path).text)
        numbered = [a.text_content() for a in tree.xpath("//main//a[starts-with(@href, '/agreements/')]")
                    if re.search(r"#\d+|^\s*\d+\s*$", a.text_content())]
        assert not numbered, (path, numbered[:3])


def test_the_csv_carries_the_label_shown(client):
    tree = html.fromstring(client.get("/agreements?country=KOR&per_page=20").text)
    shown = [a.text_content().strip() for a in tree.xpath(f"//td[{cls('name')}]//a")]
    rows = list(csv.DictReader(io.StringIO(client.get("/agreements.csv?country=KOR&per_page=20").text)))
    assert [r["label"] for r in rows] == shown


@pytest.mark.parametrize("sentences, kind, label", [
    # the sentence that names the instrument's kind, as the extractor's word list has it, word for word
    (["According to the ministry, talks in Seoul went well on Monday.", "The two sides signed a pact on AI."],
     "agreement", "“The two sides signed a pact on AI.”"),
    (["The dealers said prices rose.", "Korea and Japan signed a chip accord."], "agreement",
     "“Korea and Japan signed a chip accord.”"),
    (["Investors cheered the award.", "The sides set up a joint fund for start-ups."], "fund",
     "“The sides set up a joint fund for start-ups.”"),
])
def test_an_unnamed_agreement_is_labelled_by_the_sentence_naming_its_kind(sentences, kind, label):
    from pactwatch.analyze.queries import _quote
    assert _quote(sentences, kind) == label
