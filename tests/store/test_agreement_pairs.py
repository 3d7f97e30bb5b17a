"""The pair table (migration 0011): each two parties of a canonical agreement, so that the agreements of two
countries are one range of its key however many agreements either country has. It is kept by every writer of
parties (a new agreement, a merge that changes an agreement's parties, a rebuild) and filled by the upgrade."""

from datetime import date
from itertools import combinations

import pytest
from sqlalchemy import inspect, select

from pactwatch.ingest.readers import InputDocument, iter_documents
from pactwatch.kb import Ingestor
from pactwatch.resolve.agreements import MergeOptions, rebuild
from pactwatch.store import open_database
from pactwatch.store.models import AgreementParty, AgreementPair

from .conftest import SAMPLES
from .test_merge_blocking import weighed
from .test_merging import article, report


def pairs_table(session) -> set[tuple]:
    return set(session.execute(select(AgreementPair.a, AgreementPair.b, AgreementPair.agreement_id)).all())


def pairs_of_parties(session) -> set[tuple]:
    parties: dict[int, list[str]] = {}
    for agreement_id, country in session.execute(select(AgreementParty.agreement_id, AgreementParty.country)):
        parties.setdefault(agreement_id, []).append(country)
    return {(a, b, i) for i, countries in parties.items() for a, b in combinations(sorted(countries), 2)}


@pytest.fixture
def session(database):
    with database.session(write=True) as session:
        yield session


def test_a_report_of_three_parties_is_weighed_against_the_agreements_of_two_of_them(session):
    one = article(session, "Chile and Norway signed a memorandum on offshore wind.", date(2025, 5, 2))
    two = article(session, "Chile and Kenya signed a memorandum on geothermal power.", date(2025, 5, 3),
                  outlet="b.example")
    three = article(session, "Norway, Chile and Kenya signed a memorandum on clean power.", date(2025, 5, 4),
                    outlet="c.example")
    pair = report(session, one, one.text, "mou", ("CHL", "NOR"), when="2025-05-01")
    other_pair = report(session, two, two.text, "mou", ("CHL", "KEN"), when="2025-05-02")
    lone = report(session, two, two.text, "fund", ("KEN",), when="2025-05-02")
    trio = report(session, three, three.text, "mou", ("CHL", "KEN", "NOR"), when="2025-05-03")
    assert {pair.agreement_id, other_pair.agreement_id} <= weighed(trio) | {trio.agreement_id}
    assert lone.agreement_id not in weighed(trio)  # one party in common only
    assert pairs_table(session) == pairs_of_parties(session)
    assert ("CHL", "KEN", other_pair.agreement_id) in pairs_table(session)
    assert not any(i == lone.agreement_id for _, _, i in pairs_table(session))


def test_the_pairs_follow_the_parties_through_a_merge_and_a_rebuild(session):
    texts = ["Poland and Canada signed a battery research memorandum on Monday.",
             "Canada, Poland and Chile signed a battery research memorandum on Monday.",
             "Chile joined Canada and Poland in a battery research memorandum signed on Monday."]
    parties = [("CAN", "POL"), ("CAN", "CHL", "POL"), ("CAN", "CHL", "POL")]
    for number, (body, countries) in enumerate(zip(texts, parties)):
        art = article(session, body, date(2025, 9, 8), outlet=f"p{number}.example")
        report(session, art, body, "mou", countries, when="2025-09-08")
        assert pairs_table(session) == pairs_of_parties(session)
    assert len(pairs_table(session)) >= 3
    rebuild(session, MergeOptions())
    assert pairs_table(session) == pairs_of_parties(session) != set()


def test_an_ingest_writes_the_pairs_of_every_new_agreement(database):
    Ingestor(database).ingest_all(iter(_sample_documents()))
    with database.session() as session:
        assert pairs_table(session) == pairs_of_parties(session) != set()


def test_the_upgrade_fills_the_pairs_of_the_agreements_already_stored(database):
    Ingestor(database).ingest_all(iter(_sample_documents()))
    with database.session() as session:
        expected = pairs_of_parties(session)
    database.migrate("0010", down=True)
    with database.engine.begin() as connection:
        assert "agreement_pairs" not in _tables(connection)
    database.migrate("head")
    with database.session() as session:
        assert pairs_table(session) == expected != set()


def _tables(connection) -> set[str]:
    return set(inspect(connection).get_table_names())


def _sample_documents():
    return [d for d in iter_documents([str(SAMPLES)]) if isinstance(d, InputDocument)]


def test_the_pairs_of_two_countries_are_read_from_the_key(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    with database.session() as session:
        plan = session.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT agreement_id FROM agreement_pairs WHERE a = 'CHL' AND b = 'NOR'").all()
    database.close()
    assert any("agreement_pairs" in row[3] and "(a=? AND b=?)" in row[3] for row in plan), plan


def test_a_sqlite_connection_keeps_64_mib_of_pages(tmp_path):
    # the article's full-text index outgrows SQLite's default 2 MiB page cache after a few thousand articles:
    # each insert then rereads its pages (an article 4.5-5 ms instead of 0.9 at 15,000 documents)
    database = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    with database.session() as session:
        assert session.connection().exec_driver_sql("PRAGMA cache_size").scalar() == -65536
    database.close()
