"""Money per party, said as it is counted: each agreement's sum (USD) counts whole for every party to it, never
split among its parties or its sectors; concluded agreements apart from planned or proposed ones (the pledged),
and agreements of any other status (existing, ended) not at all."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from ..store.models import Agreement, AgreementParty
from .queries import CONCLUDED, PLEDGED, AgreementQuery, _dialect, _filtered, partners

GROUPS = {**{s: "concluded" for s in CONCLUDED}, **{s: "pledged" for s in PLEDGED}}


def money_by_party(session: Session, query: AgreementQuery | None = None,
                   partner_of: str | None = None) -> dict[str, dict[str, float]]:
    """``{party: {"concluded": usd, "pledged": usd}}`` over the agreements ``query`` selects (all without one),
    each sum whole for each party (whole dollars, as an agreement shows it); with ``partner_of``, the partners
    of that country over its agreements. Summed in the database; parties with no sum are left out."""
    query = query or AgreementQuery()
    ids = select(_filtered(query, _dialect(session)).with_only_columns(Agreement.id).subquery().c.id)
    usd = func.sum(func.round(Agreement.usd))
    chosen = and_(Agreement.id.in_(ids), Agreement.usd.is_not(None), Agreement.status.in_(tuple(GROUPS)))
    if partner_of:
        mine, theirs = aliased(AgreementParty), aliased(AgreementParty)
        statement = (select(theirs.country, Agreement.status, usd).select_from(mine)
                     .join(theirs, and_(theirs.agreement_id == mine.agreement_id, theirs.country != partner_of))
                     .join(Agreement, Agreement.id == mine.agreement_id)
                     .where(mine.country == partner_of, chosen).group_by(theirs.country, Agreement.status))
    else:
        statement = (select(AgreementParty.country, Agreement.status, usd)
                     .join(Agreement, Agreement.id == AgreementParty.agreement_id)
                     .where(chosen).group_by(AgreementParty.country, Agreement.status))
    out: dict[str, dict[str, float]] = defaultdict(lambda: {"concluded": 0.0, "pledged": 0.0})
    for party, status, total in session.execute(statement).all():
        if total:
            out[party][GROUPS[status]] += float(total)
    return dict(out)


def partners_counted(session: Session, country: str) -> list[dict]:
    """A country's partners (:func:`queries.partners`) with their money said as counted: ``usd_concluded``
    (concluded agreements) and ``usd_planned`` (planned or proposed), each agreement's sum whole for every partner
    to it, in place of one ``usd`` over every status."""
    money = money_by_party(session, partner_of=country)
    rows = partners(session, country)
    for row in rows:
        del row["usd"]
        sums = money.get(row["partner"], {})
        row["usd_concluded"] = round(sums["concluded"]) if sums.get("concluded") else None
        row["usd_planned"] = round(sums["pledged"]) if sums.get("pledged") else None
    return rows
