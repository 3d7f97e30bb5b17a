"""The article page: the article's text with every record extracted from it highlighted (each agreement
report and each commitment, in its own colour, linked to what it became), reachable from search results
and from an agreement's reports."""

from lxml import html

from .test_agreement_list import cls


def _page(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.text[:300]
    return html.fromstring(response.text)


def test_every_record_of_the_article_is_highlighted_and_linked(client):
    data = client.get("/api/articles/1").json()
    assert len(data["reports"]) >= 3 and data["commitments"]
    tree = _page(client, "/articles/1")
    assert tree.xpath("//h1")[0].text_content().strip() == data["title"]
    marks = tree.xpath(f"//*[{cls('article-text')}]//mark")
    records = {}
    for mark in marks:
        for record in mark.get("data-records").split():
            records.setdefault(record, []).append(" ".join(mark.text_content().split()))
    for report in data["reports"]:
        shown = " ".join(records[f"report-{report['id']}"])
        for evidence in report["evidence"]:
            assert " ".join(evidence["text"].split()) in " ".join(shown.split()) or any(
                " ".join(evidence["text"].split()) in " ".join(m.text_content().split()) for m in marks), evidence
        legend = tree.xpath(f"//li[@id='record-report-{report['id']}']")[0]
        if report["agreement"]:
            assert legend.xpath(f".//a[@href='/agreements/{report['agreement']}']")
    for commitment in data["commitments"]:
        assert f"commitment-{commitment['id']}" in records
    text = "".join(t for t in tree.xpath(f"//*[{cls('article-text')}]//text()"))
    assert " ".join(text.split()) == " ".join(data["text"].split())  # the whole text, nothing lost


def test_article_links_from_search_and_agreement_pages(client):
    search = _page(client, "/search?q=hydrogen")
    assert search.xpath("//ol[contains(@class, 'hits')]//a[starts-with(@href, '/articles/')]")
    agreement = _page(client, "/agreements/1")
    assert agreement.xpath("//a[@href='/articles/1']")


def test_a_missing_article_is_a_404_page(client):
    response = client.get("/articles/999999")
    assert response.status_code == 404 and "no article 999999" in response.text


def test_search_hits_mark_the_matched_words_and_keep_the_text_whole(client):
    hits = client.get("/api/search?q=hydrogen").json()["items"]
    tree = _page(client, "/search?q=hydrogen")
    items = tree.xpath("//ol[contains(@class, 'hits')]/li")
    assert items and len(items) == len(hits)
    for item, hit in zip(items, hits):
        marked = [m.text_content().lower() for m in item.xpath(".//mark")]
        assert marked and all("hydrogen" in m for m in marked), marked
        assert " ".join(hit["snippet"].split()) in " ".join(item.text_content().split())
