"""Who and what the knowledge base names: the countries that are parties, organizations and people (listed,
counted, or one with its spellings, articles and agreements), and a stored article with its sources and
the evidence of its records. Plain functions returning plain rows, as in :mod:`.queries`.
"""

from __future__ import annotations

import json

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from ..store.models import (Agreement, AgreementParty, Article, CommitmentReport, Country, Mention, Organization,
                            Person, Report, Source)
from .queries import agreement_row, like_pattern


def countries(session: Session) -> list[dict]:
    """Countries and blocs that are party to at least one agreement, with how many."""
    names = dict(session.execute(select(Country.code, Country.name)).all())
    rows = session.execute(select(AgreementParty.country, func.count()).group_by(AgreementParty.country)
                           .order_by(func.count().desc(), AgreementParty.country)).all()
    return [{"code": code, "name": names.get(code, code), "agreements": n} for code, n in rows]


def _named(model, name: str | None):
    """Organizations or people (``model``) whose name contains ``name`` (all without one), by name."""
    statement = select(model).order_by(model.name, model.id)
    if name:
        statement = statement.where(func.lower(model.name).like(like_pattern(name), escape="\\"))
    return statement


def count_named(session: Session, model, name: str | None = None) -> int:
    """How many organizations or people (``model``: Organization or Person) :func:`organizations` or
    :func:`people` would list in all."""
    return session.execute(select(func.count()).select_from(_named(model, name).subquery())).scalar_one()


def organizations(session: Session, name: str | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
    return [{"id": o.id, "name": o.name, "acronym": o.acronym, "country": o.country, "type": o.type}
            for o in session.execute(_named(Organization, name).limit(limit).offset(offset)).scalars()]


def people(session: Session, name: str | None = None, limit: int = 50, offset: int = 0) -> list[dict]:
    return [{"id": p.id, "name": p.name, "role": p.role, "country": p.country}
            for p in session.execute(_named(Person, name).limit(limit).offset(offset)).scalars()]


def entity(session: Session, kind: str, entity_id: int) -> dict | None:
    """An organization or person with its spellings and the articles that mention it."""
    model = {"organization": Organization, "person": Person}[kind]
    row = session.get(model, entity_id)
    if row is None:
        return None
    mentions = session.execute(select(Mention.article_id, func.count()).where(
        Mention.entity_type == kind, Mention.entity_id == str(entity_id)).group_by(Mention.article_id)).all()
    articles = session.execute(select(Article.id, Article.title, Article.published)
                               .where(Article.id.in_([a for a, _ in mentions])).order_by(Article.published)).all()
    out = {"id": row.id, "name": row.name, "country": row.country,
           "aliases": sorted({a.alias for a in row.aliases}),
           "mentions": sum(n for _, n in mentions),
           "articles": [{"id": a, "title": t, "published": p.isoformat() if p else None} for a, t, p in articles]}
    if kind == "organization":
        out.update(acronym=row.acronym, type=row.type)
        # the database narrows by the name as stored in the JSON list; the exact test is done here
        stored = json.dumps(row.name).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        candidates = session.execute(select(Agreement).where(
            cast(Agreement.organizations, String).like(f"%{stored}%", escape="\\")).order_by(Agreement.id)).scalars()
        out["agreements"] = [agreement_row(a) for a in candidates if row.name in (a.organizations or [])]
    else:
        out["role"] = row.role
    return out


def article(session: Session, article_id: int) -> dict | None:
    """A stored article with its text, sources and the evidence spans of its reports and commitments."""
    row = session.get(Article, article_id)
    if row is None:
        return None
    sources = session.execute(select(Source).where(Source.article_id == article_id).order_by(Source.id)).scalars()
    reports = session.execute(select(Report).where(Report.article_id == article_id).order_by(Report.position)).scalars()
    return {"id": row.id, "title": row.title, "published": row.published.isoformat() if row.published else None,
            "published_source": row.published_source, "text": row.text,
            "sources": [{"url": s.url or None, "outlet": s.outlet, "doc_id": s.doc_id, "relation": s.relation}
                        for s in sources],
            "reports": [{"id": r.id, "agreement": r.agreement_id, "kind": r.kind, "evidence": r.evidence}
                        for r in reports],
            "commitments": [{"id": c.id, "commitment": c.commitment_id, "action": c.action, "due": c.due,
                             "evidence": c.evidence}
                            for c in session.execute(select(CommitmentReport).where(
                                CommitmentReport.article_id == article_id).order_by(CommitmentReport.position))
                            .scalars()]}
