"""A statement with a deadline looks for its promise among the commitments with a compatible deadline (read from
the deadline keys), each checked for its parties in their key, instead of reading every commitment of its first
party (which grow with the knowledge base); the promises found are the same."""

from datetime import date

from sqlalchemy import event, select

from pactwatch.resolve import commitments
from pactwatch.store import open_database
from pactwatch.store.models import Commitment, CommitmentReport

from .test_merging import article


def _plan(database, agreement: bool) -> list[str]:
    query = commitments._CANDIDATES[agreement, True, True, False, True]
    params = {"agreement": 1, "prefixes": ["2", "20", "203", "2030"], "longer": "2030", "codes": ["ITA", "VNM"],
              "first": "ITA", "n": 2, "start": date(2030, 1, 1), "end": date(2030, 12, 31)}
    seen = []
    listen = lambda conn, cursor, statement, values, context, many: seen.append((statement, values))  # noqa: E731
    event.listen(database.engine, "before_cursor_execute", listen)
    try:
        with database.session() as session:
            session.execute(query, params).all()
            statement, values = seen[-1]
            return [row[3] for row in session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}",
                                                                           values).all()]
    finally:
        event.remove(database.engine, "before_cursor_execute", listen)


def test_a_dated_statement_does_not_read_every_commitment_of_its_first_party(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    try:
        for agreement in (False, True):
            plan = _plan(database, agreement)
            assert not any("ix_commitment_parties_country" in step for step in plan), plan
            assert any("ix_commitments_due" in step for step in plan), plan
    finally:
        database.close()


def _promise(session, art, countries, due, action="open a joint research centre"):
    statement = CommitmentReport(article_id=art.id, position=0, countries=list(countries), action=action, due=due,
                                 evidence=[])
    session.add(statement)
    session.flush()
    return commitments.attach(session, statement, None, art.published)


def test_deadlines_coarser_finer_and_unreadable_find_the_same_promises(database):
    with database.session(write=True) as session:
        art = article(session, "Italy and Vietnam will open a joint research centre.", date(2026, 1, 5))
        year = _promise(session, art, ("ITA", "VNM"), "2030")
        assert _promise(session, art, ("VNM", "ITA"), "2030-06-15").id == year.id  # finer: the same promise
        assert _promise(session, art, ("ITA", "VNM"), "2030").id == year.id  # coarser again: still it
        assert _promise(session, art, ("ITA", "VNM"), "2031").id != year.id
        odd = _promise(session, art, ("ITA", "KEN"), "2029-1x")  # a deadline no calendar reads
        assert _promise(session, art, ("KEN", "ITA"), "2029").id == odd.id
        assert _promise(session, art, ("KEN", "ITA"), "2029-1").id == odd.id
        assert session.execute(select(Commitment.due).where(Commitment.id == year.id)).scalar_one() == "2030-06-15"
