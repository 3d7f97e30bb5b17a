"""Commitments tracked over time.

Each statement of a commitment is kept (``commitment_reports``); statements of
the same promise (same instrument or same parties, compatible deadlines) share
one canonical ``Commitment``. Its status is read as of a date: ``fulfilled``
when a later article reports the thing done (a concluded report of the same
instrument that says it was launched, established, opened, published...),
else ``overdue`` after the last day the deadline allows, ``due`` within the
next N days, or ``pending``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from rapidfuzz import fuzz
from sqlalchemy import and_, any_, bindparam, case, func, literal, or_, select, union_all, update
from sqlalchemy.orm import Session

from ..store.models import Article, Commitment, CommitmentParty, CommitmentReport, Report
from ..store.writes import NewCommitment, execute_core, insert_commitment, insert_commitment_row

_DONE = re.compile(r"\b(?:launched|launches|established|opened|opens|set up|published|publishes|completed|"
                   r"unveiled|inaugurated|began operations|started operations|came into force|took effect|"
                   r"signed|created|started|kicked off|fulfil(?:l)?ing|fulfilled|delivered)\b", re.IGNORECASE)


KIND_WORDS = {"mou": ("memorand", "mou", "letter of intent"), "fund": ("fund", "grant", "award", "invest"),
              "centre": ("centre", "center", "hub", "lab", "institute", "office"),
              "action_plan": ("roadmap", "road map", "plan"),
              "dialogue": ("dialogue", "forum", "group", "committee", "council", "summit", "meeting"),
              "joint_statement": ("statement", "declaration"), "trade_agreement": ("trade", "fta")}


def names_kind(action: str, kind: str) -> bool:
    """Whether a promised action names an instrument of this kind ("draft a roadmap" names an action plan)."""
    action = action.lower()
    return any(word in action for word in KIND_WORDS.get(kind, (kind,)))


FOLLOW_UP_DAYS = 14  # a report this soon after a promise restates it rather than reports it done


def due_end(due: str | None) -> date | None:
    """The last day a deadline allows: "2030" -> 2030-12-31, "2026-06" -> 2026-06-30."""
    if not due:
        return None
    try:
        parts = [int(p) for p in due.split("-")]
        if len(parts) == 1:
            return date(parts[0], 12, 31)
        if len(parts) == 2:
            return date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
        return date(parts[0], parts[1], parts[2])
    except (ValueError, IndexError):
        return None


@dataclass(frozen=True)
class StatusOptions:
    as_of: date
    due_within_days: int = 90


def status(commitment: Commitment, options: StatusOptions) -> str:
    """``fulfilled``, ``overdue``, ``due`` (within the window) or ``pending``, as of ``options.as_of``."""
    if commitment.fulfilled_on is not None and commitment.fulfilled_on <= options.as_of:
        return "fulfilled"
    if commitment.due_end is None:
        return "pending"
    if commitment.due_end < options.as_of:
        return "overdue"
    if (commitment.due_end - options.as_of).days <= options.due_within_days:
        return "due"
    return "pending"


def _compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _with_parties(codes: list[str]):
    """The ids of the commitments whose parties are exactly ``codes`` (a query, served by the country index)."""
    if not codes:
        return select(Commitment.id).where(~Commitment.id.in_(select(CommitmentParty.commitment_id)))
    first = select(CommitmentParty.commitment_id).where(CommitmentParty.country == codes[0])
    return (select(CommitmentParty.commitment_id).where(CommitmentParty.commitment_id.in_(first))
            .group_by(CommitmentParty.commitment_id)
            .having(func.count() == len(codes),
                    func.sum(case((CommitmentParty.country.in_(codes), 1), else_=0)) == len(codes)))


def attach(session: Session, statement: CommitmentReport, agreement_id: int | None, published: date | None) -> Commitment:
    """File a commitment statement under its canonical commitment (found or new)."""
    match = commitment_for(session, statement, agreement_id, published)
    statement.commitment_id = match.id
    session.flush()
    return match


def commitment_for(session: Session, statement: CommitmentReport, agreement_id: int | None,
                   published: date | None, store: bool = False) -> Commitment:
    """The canonical commitment a statement (stored or not) files under: found and brought up to date, or new.
    With ``store``, the statement (made by ``writes.new_commitment``, not written yet) is written too, filed.

    Rows are read and written without the ORM: the commitment returned is in no session (its ``id`` set)."""
    candidates = []
    if agreement_id is not None or statement.due:
        # the agreement's promises and (used when it has none) the same parties' promises with a compatible
        # deadline, in one query
        codes = sorted(set(statement.countries))
        due = statement.due or ""
        period = _period(due)
        params = {"agreement": agreement_id, "prefixes": [due[:n] for n in range(1, len(due) + 1)],
                  "longer": _escaped(due), "codes": codes, "first": codes[0] if codes else None, "n": len(codes),
                  "start": period[0] if period else None, "end": period[1] if period else None}
        query = _CANDIDATES[agreement_id is not None, bool(statement.due), bool(codes), _postgres(session),
                            period is not None]
        rows = execute_core(session, query, params).all()
        mine = sorted((row for row in rows if row.mine), key=lambda row: row.id)
        candidates = mine or sorted((row for row in rows if not row.mine), key=lambda row: row.id)
    match = None
    for candidate in candidates:
        if _compatible(candidate.due, statement.due) and (
                candidate.agreement_id == agreement_id is not None
                or fuzz.token_set_ratio(candidate.action.lower(), statement.action.lower()) >= 60):
            match = candidate
            break
    if match is None:
        new = NewCommitment(agreement_id=agreement_id, countries=sorted(set(statement.countries)),
                            action=statement.action, due=statement.due, due_end=due_end(statement.due),
                            first_reported=published, fulfilled_by=None, fulfilled_on=None)
        insert_commitment_row(session, new, statement if store else None)
        return new
    found = NewCommitment(id=match.id, agreement_id=match.agreement_id, action=match.action, due=match.due,
                          due_end=match.due_end, first_reported=match.first_reported)
    changes = {}
    if statement.due and (not match.due or len(statement.due) > len(match.due)):
        changes.update(due=statement.due, due_end=due_end(statement.due))  # the more precise deadline
    if published and (match.first_reported is None or published < match.first_reported):
        changes.update(first_reported=published)
    if changes:
        execute_core(session, update(Commitment.__table__).where(Commitment.__table__.c.id == match.id)
                     .values(**changes))
        for key, value in changes.items():
            setattr(found, key, value)
    if store:
        statement.commitment_id = found.id
        insert_commitment(session, statement)
    return found


_FIELDS = (Commitment.id, Commitment.agreement_id, Commitment.action, Commitment.due, Commitment.due_end,
           Commitment.first_reported)


# _with_parties(codes) with its values bound ("first": codes[0], "n": len(codes), "codes"), for codes not empty
_first = select(CommitmentParty.commitment_id).where(CommitmentParty.country == bindparam("first"))


def _exact_parties(postgres: bool):
    # PostgreSQL: the commitments of the first party gathered first, then their parties read by id; given
    # IN (subquery), its planner reads the whole commitment_parties table for every statement (a hash join)
    mine = CommitmentParty.commitment_id == any_(func.array(_first.scalar_subquery())) if postgres \
        else CommitmentParty.commitment_id.in_(_first)
    return (select(CommitmentParty.commitment_id).where(mine).group_by(CommitmentParty.commitment_id)
            .having(func.count() == bindparam("n"),
                    func.sum(case((CommitmentParty.country.in_(bindparam("codes", expanding=True)), 1),
                                  else_=0)) == bindparam("n")))


def _compatible_query(parties: bool, postgres: bool, dated: bool = False):
    """The condition on the commitments whose deadline may be a statement's (a prefix of it, or it a prefix of
    theirs) and whose parties are exactly its (none, with ``parties`` false), its values bound.

    ``dated``: the statement's deadline is a calendar's (YYYY, YYYY-MM or YYYY-MM-DD, the days from ``start`` to
    ``end``), so a longer one that starts with it ends within those days, or is no calendar's (its end unknown):
    the commitments are read from the deadline keys, each checked for its parties in their key (not every
    commitment of the first party, which grow with the knowledge base)."""
    longer = Commitment.due.startswith(bindparam("longer"), escape="/")
    if dated:
        deadline = or_(Commitment.due.in_(bindparam("prefixes", expanding=True)),
                       and_(Commitment.due_end >= bindparam("start"), Commitment.due_end <= bindparam("end"), longer),
                       and_(Commitment.due_end.is_(None), longer))
        alone = ~select(CommitmentParty.commitment_id).where(CommitmentParty.commitment_id == Commitment.id).exists()
        return and_(deadline, _these_parties() if parties else alone)
    return and_(or_(Commitment.due.in_(bindparam("prefixes", expanding=True)), longer),
                Commitment.id.in_(_exact_parties(postgres) if parties else _with_parties([])))


def _these_parties():
    """The condition that a commitment's parties are exactly ``codes`` (``n`` of them), looked up in the parties'
    key for that commitment."""
    mine = CommitmentParty.commitment_id == Commitment.id
    return and_(select(func.count()).where(mine).scalar_subquery() == bindparam("n"),
                select(func.count()).where(mine, CommitmentParty.country.in_(bindparam("codes", expanding=True)))
                .scalar_subquery() == bindparam("n"))


_CALENDAR = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?")


def _period(due: str) -> tuple[date, date] | None:
    """The first and last day of a calendar's deadline (YYYY, YYYY-MM, YYYY-MM-DD); None for any other."""
    if not _CALENDAR.fullmatch(due):
        return None
    parts = [int(p) for p in due.split("-")]
    try:
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1), due_end(due)
    except ValueError:
        return None


def _open_query(parties: bool, postgres: bool):
    """The open commitments promised by a day, of an agreement or (``parties``) of exactly these parties."""
    mine = Commitment.agreement_id == bindparam("agreement")
    return select(Commitment).where(
        Commitment.fulfilled_by.is_(None), Commitment.first_reported <= bindparam("promised_before"),
        or_(mine, Commitment.id.in_(_exact_parties(postgres))) if parties else mine).order_by(Commitment.id)


def _candidates_query(agreement: bool, due: bool, parties: bool, postgres: bool, dated: bool = False):
    """The promises a statement may restate: its agreement's (``mine`` 1) and, for a statement with a deadline,
    those of its parties with a compatible one (``mine`` 0); their values bound as :func:`commitment_for` does."""
    parts = []
    if agreement:
        parts.append(select(*_FIELDS, literal(1).label("mine"))
                     .where(Commitment.agreement_id == bindparam("agreement")))
    if due:
        parts.append(select(*_FIELDS, literal(0).label("mine")).where(_compatible_query(parties, postgres, dated)))
    return parts[0] if len(parts) == 1 else union_all(*parts)


# by (parties, PostgreSQL)
_SHAPES = [(parties, postgres) for parties in (False, True) for postgres in (False, True)]
_CANDIDATES = {(agreement, due, *shape, dated): _candidates_query(agreement, due, *shape, dated)
               for agreement in (False, True) for due in (False, True) for shape in _SHAPES for dated in (False, True)
               if agreement or due}
_OPEN = {shape: _open_query(*shape) for shape in _SHAPES}


def _postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _escaped(value: str) -> str:
    """``value`` for a LIKE with "/" as escape character (what ``autoescape`` does to a literal)."""
    return value.replace("/", "//").replace("%", "/%").replace("_", "/_")


def check_fulfilment(session: Session, report: Report, published: date | None) -> list[Commitment]:
    """Mark the open commitments of ``report``'s agreement fulfilled when this later report says it is done."""
    if report.agreement_id is None or report.status != "concluded" or published is None:
        return []
    if not any(_DONE.search(e["text"]) for e in report.evidence):
        return []
    done = []
    # a restatement days later is not the deed: the report must come well after the promise
    promised_before = published - timedelta(days=FOLLOW_UP_DAYS + 1)
    codes = sorted(set(report.countries))
    open_ones = session.execute(_OPEN[bool(codes), _postgres(session)], {
        "agreement": report.agreement_id, "promised_before": promised_before, "codes": codes,
        "first": codes[0] if codes else None, "n": len(codes)}).scalars().all()
    for commitment in open_ones:
        if commitment.agreement_id != report.agreement_id and not names_kind(commitment.action, report.kind):
            continue  # another instrument's promise (of the same parties), unless this report delivers what it names
        commitment.fulfilled_by = report.article_id
        commitment.fulfilled_on = published
        commitment.fulfilled_evidence = {"report": report.id, "evidence": report.evidence[:2]}
        done.append(commitment)
    return done


def relink(session: Session) -> None:
    """After agreements are rebuilt, point each commitment at its statements' (new) agreement."""
    for commitment in session.execute(select(Commitment).order_by(Commitment.id)).scalars():
        statement = session.execute(select(CommitmentReport).where(
            CommitmentReport.commitment_id == commitment.id, CommitmentReport.report_id.is_not(None))
            .order_by(CommitmentReport.id)).scalars().first()
        if statement is not None:
            commitment.agreement_id = session.get(Report, statement.report_id).agreement_id
        commitment.fulfilled_by = commitment.fulfilled_on = commitment.fulfilled_evidence = None
    session.flush()
    rows = session.execute(select(Report, Article.published).join(Article).where(Report.status == "concluded")
                           .order_by(Article.published, Report.id)).all()
    for report, published in rows:
        check_fulfilment(session, report, published)
