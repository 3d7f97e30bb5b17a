"""The writer's shortcuts keep the rows the plain path writes: a report stored whole in one INSERT (its profile
and merge decided before it is written, its article's facts taken from memory) merges as ``rebuild`` merges
the stored reports one by one."""

import json

from sqlalchemy import delete, select, text, update

from pactwatch.ingest.readers import iter_documents
from pactwatch.kb import Ingestor
from pactwatch.resolve.agreements import MergeOptions, rebuild
from pactwatch.store.models import (Agreement, AgreementParty, AgreementSector, AgreementToken, Commitment,
                                     CommitmentParty, CommitmentReport, Report)
from pactwatch.synthetic import articles

from .conftest import SAMPLES


def merged(database) -> dict:
    """Every row the merge writes, by table, in key order."""
    out = {}
    with database.session() as session:
        for model in (Report, Agreement, AgreementParty, AgreementSector, AgreementToken):
            columns = [c for c in model.__table__.columns]
            keys = [c for c in columns if c.primary_key]
            rows = session.execute(select(*columns).order_by(*keys)).all()
            out[model.__tablename__] = [json.dumps([str(v) for v in row]) for row in rows]
    return out


def test_ingest_merges_as_rebuild_does(database, tmp_path):
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps(record) + "\n" for record in articles(90, seed=3)), encoding="utf-8")
    summary = Ingestor(database).ingest_all(iter_documents([str(SAMPLES), str(news)]), batch=16)
    assert summary.ok and summary.agreements > 90
    stored = merged(database)
    assert len(stored["agreements"]) < len(stored["reports"])  # some reports joined others
    with database.session(write=True) as session:
        session.execute(update(Report).values(profile=None))  # made again from the stored rows
        if database.dialect == "postgresql":  # new agreements numbered from 1 again, as SQLite does by itself
            session.execute(delete(AgreementToken))
            session.execute(delete(AgreementParty))
            session.execute(delete(AgreementSector))
            session.execute(update(Report).values(agreement_id=None))
            session.execute(delete(Agreement))
            session.execute(text("SELECT setval(pg_get_serial_sequence('agreements', 'id'), 1, false)"))
        rebuild(session, MergeOptions())
    assert merged(database) == stored


def test_every_statement_is_filed_under_a_commitment_with_its_parties(database, tmp_path):
    news = tmp_path / "news.jsonl"
    news.write_text("".join(json.dumps(record) + "\n" for record in articles(40, seed=5)), encoding="utf-8")
    assert Ingestor(database).ingest_all(iter_documents([str(SAMPLES), str(news)]), batch=8).ok
    with database.session() as session:
        statements = session.execute(select(CommitmentReport)).scalars().all()
        assert len(statements) > 20 and all(s.commitment_id is not None for s in statements)
        parties = {}
        for commitment_id, country in session.execute(select(CommitmentParty.commitment_id, CommitmentParty.country)):
            parties.setdefault(commitment_id, set()).add(country)
        for commitment in session.execute(select(Commitment)).scalars():
            assert parties.get(commitment.id, set()) == set(commitment.countries)
            assert set(commitment.countries) <= {c for s in statements if s.commitment_id == commitment.id
                                                 for c in s.countries}
