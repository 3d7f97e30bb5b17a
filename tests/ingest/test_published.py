"""Publication days found wherever they are written, and where they were found."""

from datetime import date

import pytest
from sqlalchemy import select

from pactwatch.ingest.published import date_from_url, head_of
from pactwatch.ingest.readers import InputDocument, document_from_record
from pactwatch.store import open_database
from pactwatch.kb import Ingestor, text_source
from pactwatch.store.models import Article


@pytest.mark.parametrize("url, day", [
    ("https://news.example/world/2024/05/16/chip-pact", date(2024, 5, 16)),
    ("https://news.example/item/2024-05-16/chip-pact", date(2024, 5, 16)),
    ("https://news.example/story/20240516.htm", date(2024, 5, 16)),
    ("https://news.example/nation/2025/Mar/26/ports", date(2025, 3, 26)),
    ("https://news.example/view/AEN20230908004900320", date(2023, 9, 8)),
    ("https://news.example/view.php?ud=20230703000267", date(2023, 7, 3)),
    ("https://news.example/2023/09/us-vietnam.html", None),  # a month is no day
    ("https://news.example/story-1761885186212", None),  # a number that is no date
    ("https://news.example/2099/01/01/future", None),
    (None, None),
])
def test_days_in_urls(url, day):
    assert date_from_url(url, today=date(2026, 1, 1)) == day


def test_datelines_stand_at_the_head():
    assert head_of("HANOI, Sept 11 (Wire) -- The two sides signed a memorandum on chips on Sunday, said "
                   "officials who asked not to be named because the talks were private.").startswith(
        "HANOI, Sept 11 (Wire)")
    assert text_source("Chile and Korea sign lithium pact\nSANTIAGO, 4 June 2026 - The two signed it.",
                       date(2026, 6, 4)) == "dateline"
    body = ("Chile and Korea signed a memorandum on lithium after long talks in which both sides raised many "
            "points about refining; the signing took place on 4 June 2026 in Santiago.")
    assert text_source(body, date(2026, 6, 4)) == "text"


def test_readers_take_the_day_from_the_url_when_the_input_gives_none():
    doc = document_from_record({"id": "a", "text": "Seoul and Rome signed a pact.",
                                "url": "https://news.example/2026/01/19/pact"}, "x", "a")
    from pactwatch.ingest.readers import ReadOptions, _checked

    doc = _checked(doc, ReadOptions())
    assert (doc.published, doc.published_from) == (date(2026, 1, 19), "url")
    given = _checked(document_from_record({"id": "b", "text": "Seoul and Rome signed a pact.", "published":
                                           "2026-01-20", "url": "https://news.example/2026/01/19/pact"}, "x", "b"),
                     ReadOptions())
    assert (given.published, given.published_from) == (date(2026, 1, 20), "input")


def test_each_article_says_where_its_day_came_from(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    ingestor = Ingestor(database)
    stories = {
        "given": ("Korea and Chile signed a memorandum on lithium refining on Thursday.", {"published": date(2026, 6, 5)}),
        "url": ("Japan and India launched a dialogue on quantum sensing on Monday.",
                {"url": "https://news.example/2026/06/05/quantum"}),
        # a URL that spells a month and no day: the month is the URL's, whichever day of it stands in
        "url month": ("Peru and Korea signed a memorandum on battery research in Lima.",
                      {"url": "https://news.example/2026/06/peru-korea-lab"}),
        "dateline": ("SANTIAGO, 5 June 2026 - Brazil and Chile set up a fund for space research.", {}),
        "text": ("Germany and Kenya agreed to build a solar research centre. Talks began on 2 May 2026 in Nairobi "
                 "and went on for weeks.", {}),
        "none": ("France and Vietnam adopted a joint statement on chip design.", {}),
    }
    for doc_id, (text, extra) in stories.items():
        ingestor.ingest(InputDocument(id=doc_id, text=text, **extra))
    with database.session() as session:
        rows = dict(session.execute(select(Article.title, Article.published_source)).all())
    database.close()
    found = {doc_id: rows[text[:300]] for doc_id, (text, _) in stories.items()}
    assert found == {"given": "input", "url": "url", "url month": "url", "dateline": "dateline", "text": "text",
                     "none": "none"}
