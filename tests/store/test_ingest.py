"""Ingest: idempotent, duplicates recognised, each document whole or not at all."""

import json

from sqlalchemy import func, select

from pactwatch.ingest.readers import InputDocument, iter_documents
from pactwatch.kb import Ingestor
from pactwatch.store.models import Agreement, Article, Mention, Report, Source

from .conftest import SAMPLES

ALLIANCE = ("Korea and Chile sign lithium partnership\n"
            "SANTIAGO, 4 June 2026 - South Korea and Chile signed a memorandum of understanding on lithium "
            "processing on Thursday, and agreed to set up a joint battery research centre by 2028. "
            "The memorandum covers refining, recycling and the training of engineers at universities in both "
            "countries. Officials in Santiago said the first projects would pair Korean cathode makers with "
            "Chilean mining firms in the Atacama region, where most of the country's brine deposits lie. "
            "Seoul has been looking for suppliers outside its usual partners as battery demand grows, and Chile "
            "wants more of the value added to stay at home rather than shipping raw concentrate abroad. "
            "The two governments will review progress at a meeting next spring, the statement said, and a "
            "working group of industry ministry staff will draft rules for sharing research results. "
            "Analysts said the deal was modest in money but could matter for supply security over time.")


def counts(database):
    with database.session() as session:
        return {model.__tablename__: session.execute(select(func.count()).select_from(model)).scalar_one()
                for model in (Article, Source, Report, Agreement, Mention)}


def test_ingesting_twice_changes_nothing(database):
    ingestor = Ingestor(database)
    first = ingestor.ingest_all(iter_documents([str(SAMPLES)]))
    before = counts(database)
    second = Ingestor(database).ingest_all(iter_documents([str(SAMPLES)]))
    assert first.ok and second.ok
    assert second.new == 0 and second.agreements == 0
    assert counts(database) == before


def test_exact_copy_from_another_site_adds_a_source_not_an_article(database):
    ingestor = Ingestor(database)
    a = ingestor.ingest(InputDocument(id="a", text=ALLIANCE, url="https://one.example/a"))
    b = ingestor.ingest(InputDocument(id="b", text="  " + ALLIANCE.upper() + "\n", url="https://two.example/b"))
    again = ingestor.ingest(InputDocument(id="b", text=ALLIANCE, url="https://two.example/b"))
    assert (a.status, b.status, again.status) == ("new", "source_added", "unchanged")
    with database.session() as session:
        urls = session.execute(select(Source.url).order_by(Source.id)).scalars().all()
        assert urls == ["https://one.example/a", "https://two.example/b"]
        assert session.execute(select(func.count(Article.id))).scalar_one() == 1


def test_near_copy_counts_as_one_report_and_keeps_its_url(database):
    ingestor = Ingestor(database)
    ingestor.ingest(InputDocument(id="orig", text=ALLIANCE, url="https://one.example/orig"))
    reports_before = counts(database)["reports"]
    edited = ALLIANCE.replace("Korea and Chile sign lithium partnership", "Seoul, Santiago seal lithium pact") \
        + "\nReporting by a wire desk; editing by another."
    outcome = ingestor.ingest(InputDocument(id="syndicated", text=edited, url="https://three.example/s"))
    assert outcome.status == "near_duplicate" and outcome.similarity >= 0.8
    with database.session() as session:
        assert session.execute(select(func.count(Article.id))).scalar_one() == 1
        near = session.execute(select(Source).where(Source.relation == "near")).scalar_one()
        assert near.url == "https://three.example/s"
        assert session.execute(select(func.count(Report.id))).scalar_one() == reports_before


def test_a_near_copy_is_found_among_many_articles_on_the_same_topic(database):
    ingestor = Ingestor(database)
    sentences = ALLIANCE.split(". ")
    for i in range(40):  # variations that share a sentence or two with the original, each its own article
        ingestor.ingest(InputDocument(id=f"topic{i}", text=f"Item {i}: {sentences[i % len(sentences)]}. "
                                      f"Officials from {i} agencies met on day {i} to talk about other matters."))
    ingestor.ingest(InputDocument(id="orig", text=ALLIANCE))
    edited = ALLIANCE.replace("Korea and Chile sign lithium partnership", "Seoul, Santiago seal lithium pact")
    outcome = ingestor.ingest(InputDocument(id="copy", text=edited))
    assert outcome.status == "near_duplicate" and outcome.similarity >= 0.8


def test_the_bands_a_near_copy_must_share_rise_with_the_threshold():
    from pactwatch.store import dedup

    needed = [dedup.min_shared_bands(t) for t in (0.3, 0.5, 0.8, 0.9, 0.99)]
    assert needed == sorted(needed) and needed[0] == 1 and needed[-1] > needed[2] > 1
    assert dedup.min_shared_bands(1.0) == dedup.BANDS


def test_a_different_article_is_not_a_near_copy(database):
    ingestor = Ingestor(database)
    ingestor.ingest(InputDocument(id="one", text=ALLIANCE))
    other = ("Japan and Canada launch quantum dialogue\nTokyo and Ottawa launched a quantum dialogue on Monday, "
             "5 May 2025, with yearly meetings on sensing and computing.")
    assert ingestor.ingest(InputDocument(id="two", text=other)).status == "new"


def test_every_stored_mention_indexes_its_article(database):
    Ingestor(database).ingest_all(iter_documents([str(SAMPLES)]))
    with database.session() as session:
        texts = dict(session.execute(select(Article.id, Article.text)).all())
        for mention in session.execute(select(Mention)).scalars():
            assert texts[mention.article_id][mention.start:mention.end] == mention.text
        for report in session.execute(select(Report)).scalars():
            for evidence in report.evidence:
                assert texts[report.article_id][evidence["start"]:evidence["end"]] == evidence["text"]


def test_bad_items_are_reported_and_the_rest_stored(database, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([json.dumps({"id": "ok", "text": ALLIANCE}), "{broken",
                               json.dumps({"id": "no-text"})]) + "\n")
    summary = Ingestor(database).ingest_all(iter_documents([str(feed)]))
    assert summary.new == 1 and len(summary.failed) == 2
    assert counts(database)["articles"] == 1


def test_one_body_name_in_two_countries_is_two_organizations(database):
    from pactwatch import model
    from pactwatch.resolve.entities import EntityResolver
    from pactwatch.store.models import Organization

    def body(country):
        return model.Organization(name="Ministry of Enterprise", acronym=None, aliases=[], country=country,
                                  type="government", mentions=[])

    with database.session(write=True) as session:
        resolver = EntityResolver()
        first, second = resolver.organization(session, body("ITA")), resolver.organization(session, body("AUS"))
        assert first != second
        assert EntityResolver().organization(session, body("AUS")) == second
        assert session.execute(select(func.count(Organization.id))).scalar_one() == 2
