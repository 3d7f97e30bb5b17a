"""Questions to the knowledge base, as plain functions returning plain rows (dicts).

The CLI, the exporters and (later) the API all call these; each takes a
session and an options object and returns JSON-ready data.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from functools import lru_cache
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import Integer, and_, column, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from ..errors import PactwatchError
from ..resolve.agreements import KINDS, STATUS_ORDER as STATUSES
from ..resolve.commitments import StatusOptions, status as commitment_status
from ..store.models import (Agreement, AgreementPair, AgreementParty, AgreementSector, Article, Commitment, CommitmentParty,
                            CommitmentReport, Country, Organization, Person, Report, Source)
from ..extract.lexicon import read_table
from . import terms
from .cache import kept

# each sort with the column it orders by and the order a first click asks for (most first for quantities and dates)
SORTS = {"date": Agreement.date, "reports": Agreement.report_count, "usd": Agreement.usd, "id": Agreement.id,
         "name": Agreement.name, "kind": Agreement.kind, "status": Agreement.status}
assert tuple(SORTS) == terms.SORTS  # the CLI checks --sort against the same names
FIRST_ORDER = {"date": "desc", "reports": "desc", "usd": "desc", "id": "asc", "name": "asc", "kind": "asc",
               "status": "asc"}
SECTORS = ("ai", "semiconductors", "quantum", "space", "telecom", "biotech", "batteries", "clean_energy", "nuclear",
           "critical_minerals", "cybersecurity", "digital", "robotics", "mobility", "advanced_manufacturing",
           "science")
_DAY = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?")


class QueryError(PactwatchError):
    """A filter or sort that cannot be applied; ``field`` names the parameter, the message says why."""

    def __init__(self, field: str, reason: str):
        super().__init__(reason)
        self.field = field


@dataclass
class AgreementQuery:
    country: str | None = None  # a party
    with_: str | None = None  # another party
    sector: str | None = None
    kind: str | None = None
    status: str | None = None
    since: str | None = None  # "2024", "2024-01", "2024-01-15"
    until: str | None = None
    text: str | None = None
    sort: str = "date"
    descending: bool = True
    limit: int | None = None
    offset: int = 0


def checked(query: AgreementQuery) -> AgreementQuery:
    """``query`` if every value in it names something that exists (a known kind, status, sector, sort, and
    dates as YYYY, YYYY-MM or YYYY-MM-DD), its countries as codes ("Korea" -> KOR); else a :class:`QueryError`
    naming the parameter and what it accepts."""
    for field, allowed in (("kind", KINDS), ("status", STATUSES), ("sector", SECTORS), ("sort", tuple(SORTS))):
        value = getattr(query, field)
        if value is not None and value not in allowed:
            raise QueryError(field, f"{field} must be one of {', '.join(allowed)}, not {value!r}")
    parties = {}
    for field, item in (("country", "country"), ("with_", "with")):  # "Korea", "UK", "kor": the vocabulary's code
        value = getattr(query, field)
        if value is not None:
            try:
                parties[field] = terms.country(value, item)
            except terms.TermError as error:
                raise QueryError(item, str(error)) from None
    query = replace(query, **parties) if parties else query
    for field in ("since", "until"):
        value = getattr(query, field)
        if value is None:
            continue
        good = _DAY.fullmatch(value)
        if good and len(value) == 10:
            try:
                date.fromisoformat(value)
            except ValueError:
                good = None
        if not good:
            raise QueryError(field, f"{field} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return query


# what a row of a list shows: a list loads these columns only (not the merge's summaries: tally, statuses, ...),
# as plain rows (an ORM object costs as much again to build as its row costs to read)
ROW_COLUMNS = (Agreement.id, Agreement.kind, Agreement.name, Agreement.countries, Agreement.sectors, Agreement.status,
               Agreement.date, Agreement.quantity, Agreement.usd, Agreement.amounts, Agreement.report_count,
               Agreement.first_reported)


def agreement_row(agreement) -> dict:
    """The row of an agreement (an :class:`Agreement`, or a result row with the :data:`ROW_COLUMNS`)."""
    return {
        "id": agreement.id, "kind": agreement.kind, "name": agreement.name, "countries": agreement.countries,
        "sectors": agreement.sectors, "status": agreement.status, "date": agreement.date,
        "quantity": agreement.quantity, "usd": round(agreement.usd) if agreement.usd else None,
        "amounts": [{"amount": a["amount"], "currency": a["currency"]} for a in agreement.amounts],
        "reports": agreement.report_count,
        "first_reported": agreement.first_reported.isoformat() if agreement.first_reported else None,
    }


def like_pattern(words: str) -> str:
    """A LIKE pattern (ESCAPE '\\') finding ``words`` anywhere, lower-cased: ``%`` and ``_`` are plain characters."""
    escaped = words.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# the agreements one of whose reports has an evidence sentence containing the words: the sentences only,
# read out of the JSON, never its keys or punctuation
_EVIDENCE_SQL = {
    "postgresql": "SELECT r.agreement_id FROM reports r, json_array_elements(r.evidence) e "
                  "WHERE r.agreement_id IS NOT NULL AND lower(e.value ->> 'text') LIKE :evidence_words ESCAPE '\\'",
    "sqlite": "SELECT r.agreement_id FROM reports r, json_each(r.evidence) e "
              "WHERE r.agreement_id IS NOT NULL AND lower(json_extract(e.value, '$.text')) LIKE :evidence_words "
              "ESCAPE '\\'",
}


def _members(query: AgreementQuery):
    """The ids of the agreements with every party and the sector ``query`` names, or None when it names none: one
    join over the (country, agreement) and (sector, agreement) indexes, so that the database intersects them
    there (a pair and a sector: a few thousand index entries read, none of the agreements' rows), rather than
    collecting each list whole and checking every agreement of the first against the others."""
    codes = sorted({code.upper() for code in (query.country, query.with_) if code})
    wanted = [(AgreementParty, AgreementParty.country, code) for code in codes] if len(codes) < 2 else []
    if query.sector:
        wanted.append((AgreementSector, AgreementSector.sector, query.sector))
    if len(codes) == 2:  # two parties: one range of the pair table's key, not the index entries of the first one
        first = aliased(AgreementPair)
        statement = select(first.agreement_id).where(first.a == codes[0], first.b == codes[1])
        tables = [aliased(model) for model, _, _ in wanted]
    elif not wanted:
        return None
    else:
        tables = [aliased(model) for model, _, _ in wanted]
        first = tables[0]
        statement = select(first.agreement_id).where(getattr(first, wanted[0][1].key) == wanted[0][2])
        tables, wanted = tables[1:], wanted[1:]
    for table, (_, field, value) in zip(tables, wanted):
        statement = statement.join(table, and_(table.agreement_id == first.agreement_id,
                                               getattr(table, field.key) == value))
    return statement


def _filtered(query: AgreementQuery, dialect: str = "sqlite"):
    statement = select(Agreement)
    members = _members(query)
    if members is not None:
        statement = statement.where(Agreement.id.in_(members))
    if query.kind:
        statement = statement.where(Agreement.kind == query.kind)
    if query.status:
        statement = statement.where(Agreement.status == query.status)
    if query.since:
        statement = statement.where(Agreement.date >= query.since)
    if query.until:
        statement = statement.where(func.substr(Agreement.date, 1, len(query.until)) <= query.until)
    if query.text:
        pattern = like_pattern(query.text)
        evidence = text(_EVIDENCE_SQL.get(dialect, _EVIDENCE_SQL["sqlite"])).bindparams(
            evidence_words=pattern).columns(column("agreement_id", Integer))
        statement = statement.where(or_(func.lower(Agreement.name).like(pattern, escape="\\"),
                                        Agreement.id.in_(evidence)))
    return statement


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def agreements(session: Session, query: AgreementQuery) -> list[dict]:
    statement = _filtered(query, _dialect(session))
    column = SORTS.get(query.sort, Agreement.date)
    if query.descending:  # unknown values last; the order the (column, id) indexes are built in
        statement = statement.order_by(column.desc().nulls_last(), Agreement.id.desc())
    else:
        statement = statement.order_by(column.asc().nulls_last(), Agreement.id.asc())
    if query.limit:
        statement = statement.limit(query.limit)
    if query.offset:
        statement = statement.offset(query.offset)
    return [agreement_row(a) for a in session.execute(statement.with_only_columns(*ROW_COLUMNS))]


@lru_cache(maxsize=None)
def _kind_words(kind: str) -> re.Pattern:
    """The words that tell of a kind of instrument (the extractor's word list, data/instruments.tsv), whole words
    only: to pick the evidence sentence that names an unnamed one."""
    surfaces = {row[1] for row in read_table("instruments.tsv") if row[0] == kind} | {kind.replace("_", " ")}
    alternatives = "|".join(re.escape(s) for s in sorted(surfaces, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})(?:s|es)?\b", re.IGNORECASE)


LABEL_LENGTH = 80


def labelled(session: Session, rows: list[dict]) -> list[dict]:
    """``rows`` (agreement rows), each with a ``label``: its name, else the words of its evidence that tell of
    it (the first sentence naming its kind, else its first sentence), in quotes, cut at a word to about
    80 characters. One query for all of them."""
    unnamed = [r["id"] for r in rows if not r["name"]]
    evidence: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(unnamed), 1000):
        for agreement_id, found in session.execute(
                select(Report.agreement_id, Report.evidence)
                .where(Report.agreement_id.in_(unnamed[start:start + 1000])).order_by(Report.id)).all():
            evidence[agreement_id] += [e["text"] for e in found or [] if e.get("text")]
    for row in rows:
        row["label"] = row["name"] or _quote(evidence.get(row["id"], []), row["kind"])
    return rows


def _quote(sentences: list[str], kind: str) -> str:
    if not sentences:
        return kind.replace("_", " ")
    words = _kind_words(kind)
    chosen = " ".join(next((s for s in sentences if words.search(s)), sentences[0]).split())
    if len(chosen) > LABEL_LENGTH:
        chosen = chosen[:LABEL_LENGTH].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return f"“{chosen}”"


def agreements_by_id(session: Session, ids: list[int]) -> list[dict]:
    """The rows of these agreements (those that exist), by id."""
    return [agreement_row(a) for a in session.execute(
        select(*ROW_COLUMNS).where(Agreement.id.in_(ids)).order_by(Agreement.id))]


def agreements_of_articles(session: Session, article_ids: list[int]) -> dict[int, list[int]]:
    """The agreements each of these articles reports, by article (one query)."""
    out: dict[int, list[int]] = defaultdict(list)
    for article_id, agreement_id in session.execute(
            select(Report.article_id, Report.agreement_id).distinct()
            .where(Report.article_id.in_(article_ids), Report.agreement_id.is_not(None))
            .order_by(Report.article_id, Report.agreement_id)).all():
        out[article_id].append(agreement_id)
    return out


def count_agreements(session: Session, query: AgreementQuery, shown: int | None = None) -> int:
    """How many agreements the filters of ``query`` select (ignoring its limit and offset).

    ``shown``: how many rows its page had. A page short of its limit (and not past the end) ends the list,
    which tells the count without asking; any other count is kept until a write (a filtered total reads as
    many index entries as it counts)."""
    if shown is not None and query.limit and shown < query.limit and (shown or not query.offset):
        return query.offset + shown
    plain = dataclasses.replace(query, sort="date", descending=True, limit=None, offset=0)
    return kept(session, "count", repr(plain), lambda: _count(session, plain))


def _count(session: Session, query: AgreementQuery) -> int:
    statement = _filtered(query, _dialect(session))
    if statement.whereclause is None:
        return session.execute(select(func.count(Agreement.id))).scalar_one()
    return session.execute(statement.with_only_columns(func.count(Agreement.id))).scalar_one()


FACETS = ("country", "partner", "sector", "kind", "status", "year")


def facets(session: Session, query: AgreementQuery, size: int = 15) -> dict[str, list[dict]]:
    """The values of each facet among the agreements ``query`` selects, most frequent first (at most ``size``
    each), counted in the database: ``{"kind": [{"value": "mou", "label": "mou", "count": 12}, ...], ...}``.

    ``partner`` (the other parties) is there when ``query`` names one party and not yet a second; ``year``
    counts dated agreements by the year of their date. Kept until a write."""
    plain = dataclasses.replace(query, sort="date", descending=True, limit=None, offset=0)
    return copy.deepcopy(kept(session, "facets", (repr(plain), size), lambda: _facets(session, plain, size)))


def _facets(session: Session, query: AgreementQuery, size: int) -> dict[str, list[dict]]:
    selected = _filtered(query, _dialect(session))
    ids = select(selected.with_only_columns(Agreement.id).subquery().c.id)
    year = func.substr(Agreement.date, 1, 4)
    columns = {
        "country": (AgreementParty.country, [AgreementParty.agreement_id.in_(ids)]),
        "partner": (AgreementParty.country, [AgreementParty.agreement_id.in_(ids),
                                             AgreementParty.country != (query.country or "").upper()]),
        "sector": (AgreementSector.sector, [AgreementSector.agreement_id.in_(ids)]),
    }
    names = dict(session.execute(select(Country.code, Country.name)).all())
    out = {}
    for name in FACETS:
        if name == "partner" and (not query.country or query.with_):
            continue
        if name in columns:
            column, where = columns[name]
            statement = select(column, func.count()).where(*where)
        else:  # a column of the agreement itself: counted over the selection as it is
            column = {"kind": Agreement.kind, "status": Agreement.status, "year": year}[name]
            statement = selected.with_only_columns(column, func.count()).where(column.is_not(None))
        rows = session.execute(statement.group_by(column).order_by(func.count().desc(), column).limit(size)).all()
        out[name] = [{"value": value, "label": names.get(value, value) if name in ("country", "partner") else value,
                      "count": count} for value, count in rows]
    return out


def partners(session: Session, code: str) -> list[dict]:
    """Countries (and blocs) ``code`` has agreements with, ranked by how many (aggregated in the database)."""
    code = code.upper()
    mine, theirs = aliased(AgreementParty), aliased(AgreementParty)
    totals = session.execute(
        select(theirs.country, func.count(), func.sum(Agreement.usd), func.min(Agreement.date), func.max(Agreement.date))
        .select_from(mine).join(theirs, and_(theirs.agreement_id == mine.agreement_id, theirs.country != code))
        .join(Agreement, Agreement.id == mine.agreement_id).where(mine.country == code)
        .group_by(theirs.country)).all()
    sectors = defaultdict(list)
    for partner, sector, _ in session.execute(
            select(theirs.country, AgreementSector.sector, func.count().label("n"))
            .select_from(mine).join(theirs, and_(theirs.agreement_id == mine.agreement_id, theirs.country != code))
            .join(AgreementSector, AgreementSector.agreement_id == mine.agreement_id).where(mine.country == code)
            .group_by(theirs.country, AgreementSector.sector).order_by(text("n DESC"))).all():
        sectors[partner].append(sector)
    names = dict(session.execute(select(Country.code, Country.name)).all())
    out = [{"partner": partner, "name": names.get(partner, partner), "agreements": count,
            "usd": round(usd) if usd else None, "sectors": sectors[partner], "first": first, "latest": latest}
           for partner, count, usd, first, latest in totals]
    out.sort(key=lambda e: (-e["agreements"], -(e["usd"] or 0), e["partner"]))
    return out


@dataclass
class CommitmentQuery:
    country: str | None = None
    due_before: str | None = None  # "2027", "2027-06"
    overdue: bool = False
    status: str | None = None  # pending | due | overdue | fulfilled
    as_of: date | None = None
    due_within_days: int = 90


def commitments(session: Session, query: CommitmentQuery) -> list[dict]:
    options = StatusOptions(as_of=query.as_of or date.today(), due_within_days=query.due_within_days)
    statement = select(Commitment)
    if query.country:
        statement = statement.where(Commitment.id.in_(
            select(CommitmentParty.commitment_id).where(CommitmentParty.country == query.country.upper())))
    if query.due_before:
        statement = statement.where(func.substr(Commitment.due, 1, len(query.due_before)) < query.due_before)
    statement = statement.order_by(Commitment.due_end.is_(None), Commitment.due_end, Commitment.id)
    chosen = []
    for commitment in session.execute(statement).scalars():
        state = commitment_status(commitment, options)
        if query.overdue and state != "overdue":
            continue
        if query.status and state != query.status:
            continue
        chosen.append((commitment, state))
    reports = _report_counts(session, [c.id for c, _ in chosen])
    out = []
    for commitment, state in chosen:
        out.append({
            "id": commitment.id, "countries": commitment.countries, "action": commitment.action,
            "due": commitment.due, "status": state, "agreement": commitment.agreement_id,
            "reports": reports.get(commitment.id, 0),
            "fulfilled_on": commitment.fulfilled_on.isoformat() if commitment.fulfilled_on else None,
            "fulfilled_by_article": commitment.fulfilled_by,
        })
    return out


def _report_counts(session: Session, ids: list[int]) -> dict[int, int]:
    """How many statements each of these commitments has, in one query per thousand ids."""
    counts: dict[int, int] = {}
    for start in range(0, len(ids), 1000):
        counts.update(session.execute(select(CommitmentReport.commitment_id, func.count())
                                      .where(CommitmentReport.commitment_id.in_(ids[start:start + 1000]))
                                      .group_by(CommitmentReport.commitment_id)).all())
    return counts


def show(session: Session, agreement_id: int) -> dict | None:
    """An agreement with every report, its evidence, sources, why it was merged, and conflicting details."""
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        return None
    out = agreement_row(agreement)
    found = session.execute(select(Report, Article).join(Article, Article.id == Report.article_id)
                            .where(Report.agreement_id == agreement_id).order_by(Report.id)).all()
    by_article = defaultdict(list)  # every source of every article, in one query
    for source in session.execute(select(Source).where(Source.article_id.in_({a.id for _, a in found}))
                                  .order_by(Source.id)).scalars():
        by_article[source.article_id].append(source)
    reports = []
    for report, article in found:
        sources = by_article[article.id]
        reports.append({
            "report": report.id, "article": article.id, "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "published_source": article.published_source,
            "sources": [{"doc_id": s.doc_id, "url": s.url or None, "outlet": s.outlet, "relation": s.relation,
                         "similarity": s.similarity} for s in sources],
            "kind": report.kind, "name": report.name, "status": report.status, "date": report.date,
            "countries": report.countries, "quantity": report.quantity,
            "amounts": [{"amount": a["amount"], "currency": a["currency"]} for a in report.amounts],
            "evidence": report.evidence, "merge": report.merge_reason,
        })
    out["reports_detail"] = reports
    out["conflicts"] = _conflicts(reports)
    out["commitments"] = [
        {"id": c.id, "action": c.action, "due": c.due, "fulfilled_on": c.fulfilled_on.isoformat()
         if c.fulfilled_on else None}
        for c in session.execute(select(Commitment).where(Commitment.agreement_id == agreement_id)).scalars()]
    return out


def _conflicts(reports: list[dict]) -> dict:
    """Details on which reports disagree, each value with the reports that give it."""
    out = {}
    for field in ("date", "quantity", "kind"):
        values = defaultdict(list)
        for r in reports:
            if r[field] is not None:
                values[str(r[field])].append(r["report"])
        if len(values) > 1:
            out[field] = [{"value": v, "reports": ids} for v, ids in values.items()]
    sums = defaultdict(lambda: defaultdict(list))
    for r in reports:
        for a in r["amounts"]:
            sums[a["currency"]][a["amount"]].append(r["report"])
    for currency, values in sums.items():
        if len(values) > 1:
            out[f"amount {currency}"] = [{"value": v, "reports": ids} for v, ids in values.items()]
    return out


def stats(session: Session) -> dict:
    """Counts of everything stored, and agreements by year, kind, sector and country (kept until a write)."""
    return copy.deepcopy(kept(session, "stats", (), lambda: _stats(session)))


def _stats(session: Session) -> dict:
    year = func.coalesce(func.substr(Agreement.date, 1, 4), "unknown")
    by_year = Counter(dict(session.execute(select(year, func.count()).group_by(year)).all()))
    by_kind = Counter(dict(session.execute(select(Agreement.kind, func.count()).group_by(Agreement.kind)).all()))
    sectors = Counter(dict(session.execute(select(AgreementSector.sector, func.count())
                                           .group_by(AgreementSector.sector)).all()))
    countries = Counter(dict(session.execute(select(AgreementParty.country, func.count())
                                             .group_by(AgreementParty.country)).all()))
    return {
        "articles": session.execute(select(func.count(Article.id))).scalar_one(),
        "sources": session.execute(select(func.count(Source.id))).scalar_one(),
        "reports": session.execute(select(func.count(Report.id))).scalar_one(),
        "agreements": session.execute(select(func.count(Agreement.id))).scalar_one(),
        "commitments": session.execute(select(func.count(Commitment.id))).scalar_one(),
        "organizations": session.execute(select(func.count(Organization.id))).scalar_one(),
        "people": session.execute(select(func.count(Person.id))).scalar_one(),
        "by_year": dict(sorted(by_year.items())),
        "by_kind": dict(by_kind.most_common()),
        "by_sector": dict(sectors.most_common()),
        "by_country": dict(countries.most_common()),
    }


def search(session: Session, words: str, limit: int = 20) -> list[dict]:
    """Full-text search over stored articles (SQLite FTS5 or PostgreSQL text search), best first.

    Every word is a word (never query syntax); ``semicond*`` finds words that begin so. Each hit's snippet is
    plain text; ``highlights`` are the [start, end] offsets of the words matched in it."""
    from .fulltext import START, STOP, fts5_query, marked, terms as fulltext_terms, tsquery

    dialect = session.get_bind().dialect.name
    if not fulltext_terms(words):
        return []
    if dialect == "sqlite":
        rows = session.execute(text(
            f"SELECT a.id, a.title, a.published, snippet(articles_fts, 1, '{START}', '{STOP}', ' … ', 16) "
            "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
            "WHERE articles_fts MATCH :q ORDER BY bm25(articles_fts) LIMIT :n"),
            {"q": fts5_query(words), "n": limit}).all()
    elif dialect == "postgresql":
        rows = session.execute(text(
            "SELECT id, title, published, ts_headline('english', text, to_tsquery('english', :q), "
            f"'StartSel={START}, StopSel={STOP}, MaxFragments=2, MaxWords=24, MinWords=10, "
            "FragmentDelimiter=\" … \"') FROM articles "
            "WHERE search @@ to_tsquery('english', :q) "
            "ORDER BY ts_rank(search, to_tsquery('english', :q)) DESC LIMIT :n"),
            {"q": tsquery(words), "n": limit}).all()
    else:  # any other database: every word somewhere in the text
        rows = [(a.id, a.title, a.published, a.text[:160]) for a in session.execute(
            select(Article).where(and_(*[Article.text.ilike(f"%{w}%") for w, _ in fulltext_terms(words)]))
            .limit(limit)).scalars()]
    out = []
    for article_id, title, published, snippet in rows:
        plain, spans = marked(str(snippet))
        out.append({"article": article_id, "title": title,
                    "published": published.isoformat() if hasattr(published, "isoformat") else published,
                    "snippet": plain, "highlights": spans})
    return out


CONCLUDED = ("concluded",)
PLEDGED = ("planned", "proposed")


def money(session: Session, statuses: tuple[str, ...] = CONCLUDED) -> dict:
    """Money (USD) of the agreements with one of ``statuses`` (concluded ones by default; ``PLEDGED`` for the
    planned and proposed): ``total`` and ``agreements`` (how many have a sum), ``by_year``, and ``by_sector``
    where each agreement's sum counts whole under every sector it names ("unspecified" for none), so the
    sectors can add up to more than the total. Kept until a write."""
    return copy.deepcopy(kept(session, "money", statuses, lambda: _money(session, statuses)))


def _money(session: Session, statuses: tuple[str, ...]) -> dict:
    chosen = and_(Agreement.usd.is_not(None), Agreement.status.in_(statuses))
    usd = func.round(Agreement.usd)  # each sum as an agreement shows it (whole dollars), so the totals add up
    by_sector = session.execute(
        select(AgreementSector.sector, func.sum(usd))
        .join(Agreement, Agreement.id == AgreementSector.agreement_id)
        .where(chosen).group_by(AgreementSector.sector)).all()
    unspecified = session.execute(select(func.sum(usd)).where(
        chosen, ~Agreement.id.in_(select(AgreementSector.agreement_id)))).scalar()
    year = func.coalesce(func.substr(Agreement.date, 1, 4), "undated")
    by_year = session.execute(select(year, func.sum(usd)).where(chosen).group_by(year).order_by(year)).all()
    total, count = session.execute(select(func.sum(usd), func.count()).where(chosen)).one()
    sectors = [(s, float(v)) for s, v in by_sector if v] + ([("unspecified", float(unspecified))] if unspecified else [])
    return {"total": float(total or 0), "agreements": count, "by_sector": sorted(sectors, key=lambda kv: -kv[1]),
            "by_year": [(y, float(v)) for y, v in by_year if v]}
