"""Real-world inputs, recognised by their content: HTML pages, feeds, CSV, WARC, gzip, other encodings."""

import gzip
import json
import subprocess
import sys

import pytest

from pactwatch.extract import Extractor
from pactwatch.ingest.formats import FormatOptions, SkippedInput, documents_from_bytes, sniff
from pactwatch.ingest.readers import InputDocument

from . import pages


def docs(data: bytes, name="item", **options):
    return list(documents_from_bytes(data, name, "item", FormatOptions(**options)))


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "pactwatch.cli", *args], input=stdin, capture_output=True,
                          timeout=300)


@pytest.mark.parametrize("data, kind", [
    (pages.html_page().encode(), "html"), (pages.rss_feed().encode(), "feed"), (pages.atom_feed().encode(), "feed"),
    (b'{"id": 1, "text": "x"}\n{"id": 2, "text": "y"}\n', "jsonl"), (b'[{"text": "x"}]', "json"),
    (gzip.compress(b"plain"), "gzip"), (pages.warc_archive([("https://a.example/", "<html></html>")]), "gzip"),
    (b"WARC/1.0\r\n", "warc"), (b"\x00\x01\x02\x03", "binary"), (b"Just a plain article.", "text"),
])
def test_sniffing_by_content(data, kind):
    assert sniff(data) == kind


def test_html_page_gives_the_article_without_its_chrome():
    [doc] = docs(pages.html_page().encode(), "page.html")
    assert isinstance(doc, InputDocument)
    assert doc.title == "Chile and Korea sign lithium deal"
    assert doc.url == "https://news.example/2026/06/chile-korea-lithium"
    assert str(doc.published) == "2026-06-02"
    assert "lithium refining" in doc.text
    for chrome in ("cookies", "You may also like", "Leave a Comment", "Sign in", "Advertisement", "rights reserved"):
        assert chrome not in doc.text
    result = Extractor()(doc.text, doc.published, doc.id)
    assert {"CHL", "KOR"} <= set(result.countries)
    assert result.agreements and all(doc.text[e.start:e.end] == e.text for a in result.agreements for e in a.evidence)
    assert (50_000_000, "USD") in {(a["amount"], a["currency"]) for a in result.amounts}


def test_rss_and_atom_items_become_documents():
    items = docs(pages.rss_feed(3).encode(), "feed.xml")
    assert [d.url for d in items] == [f"https://news.example/story/{i}" for i in range(3)]
    assert str(items[0].published) == "2026-06-01" and "lithium refining" in items[0].text
    assert "<p>" not in items[0].text
    [atom] = docs(pages.atom_feed().encode(), "atom.xml")
    assert atom.url == "https://news.example/atom/1" and "lithium" in atom.text


def test_billion_laughs_feed_is_refused_or_harmless():
    items = docs(pages.BILLION_LAUGHS.encode(), "lol.xml")
    for item in items:
        assert isinstance(item, Exception) or len(item.text) < 100_000


def test_page_with_100000_links():
    items = docs(pages.html_page(links=100_000).encode(), "links.html")
    assert len(items) == 1
    assert isinstance(items[0], SkippedInput) or "lithium refining" in items[0].text


def test_warc_archive_responses():
    archive = pages.warc_archive([("https://news.example/a", pages.html_page()),
                                  ("https://news.example/b", pages.html_page(title="Second story"))])
    items = docs(archive, "crawl.warc.gz")
    assert [d.url for d in items if isinstance(d, InputDocument)] == [
        "https://news.example/2026/06/chile-korea-lithium"] * 2  # the pages' canonical URL


def test_truncated_gzip_and_broken_warc_are_reported():
    data = gzip.compress(pages.html_page().encode())
    [error] = docs(data[: len(data) // 2], "cut.gz")
    assert "truncated gzip data" in str(error)
    archive = pages.warc_archive([("https://news.example/a", pages.html_page())] * 3)
    items = docs(gzip.decompress(archive)[:-400], "cut.warc")
    assert any(isinstance(i, InputDocument) for i in items)


def test_other_encodings_are_decoded():
    text = "Chile and Korea signed a “memorandum” on lithium – the café deal – on Tuesday."
    [doc] = docs(text.encode("cp1252"), "windows.txt")
    assert doc.text == text and "decoded as" in doc.warnings[0]


def test_articles_not_in_english_are_skipped_with_a_note():
    [item] = docs(pages.FRENCH.encode(), "fr.txt")
    assert isinstance(item, SkippedInput) and "'fr'" in str(item)
    [doc] = docs(pages.FRENCH.encode(), "fr.txt", english_only=False)
    assert isinstance(doc, InputDocument)


def test_csv_with_named_columns_from_the_cli(tmp_path):
    table = tmp_path / "table.csv"
    table.write_text("ref;day;body\n" + "\n".join(
        f'r{i};2026-06-0{i + 1};"{pages.ARTICLE[0]}"' for i in range(3)) + "\n")
    result = run("extract", str(table), "--text-column", "body", "--id-column", "ref", "--date-column", "day")
    assert result.returncode == 0, result.stderr.decode()
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["id"] for r in out] == ["r0", "r1", "r2"] and out[1]["published"] == "2026-06-02"
    missing = run("extract", str(table), "--text-column", "nope")
    assert missing.returncode == 1 and b"no column 'nope'" in missing.stderr


def test_cli_reads_html_feed_and_notes_french(tmp_path):
    (tmp_path / "page.html").write_text(pages.html_page())
    (tmp_path / "feed.rss").write_text(pages.rss_feed(2))
    (tmp_path / "fr.txt").write_text(pages.FRENCH)
    (tmp_path / "page.htm.gz").write_bytes(gzip.compress(pages.html_page(title="Zipped").encode()))
    result = run("extract", str(tmp_path))
    assert result.returncode == 0, result.stderr.decode()
    assert b"note:" in result.stderr and b"not English" in result.stderr
    assert len(result.stdout.decode().splitlines()) == 4  # page, two feed items, the zipped page
