"""One canonical agreement however many outlets report it.

A report joins the canonical agreement it scores best against, when the score
reaches the threshold (``MergeOptions``); otherwise it starts a new one. The
score weighs the parties, the kind of instrument, the dates, the names, the
sectors, the sums and the quantities; some differences rule a merge out
(no two shared parties, kinds that cannot be one instrument, dates further
apart than ``max_days``, different topics under different names). Each report
keeps the score and the reasons, which ``pactwatch show`` prints. Reports are
facts and canonical agreements are derived from them, so ``rebuild`` redoes all
merges with other thresholds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from ..store.models import Agreement, AgreementParty, AgreementSector, Article, Report

GENERIC_KINDS = frozenset({"agreement", "partnership"})
STATUS_ORDER = ("concluded", "planned", "proposed", "existing")
WEIGHTS = {"parties": 0.30, "kind": 0.20, "date": 0.15, "name": 0.15, "sectors": 0.10, "amounts": 0.05,
           "quantity": 0.05}


@dataclass(frozen=True)
class MergeOptions:
    threshold: float = 0.6  # a report joins an agreement scoring at least this
    max_days: int = 45  # dates further apart than this are two instruments


def _day(value: str | None) -> date | None:
    if not value:
        return None
    parts = value.split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 7, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _compare_dates(a: str | None, b: str | None, max_days: int) -> tuple[float | None, str]:
    if not a or not b:
        return 0.5, f"{a or 'no date'} vs {b or 'no date'} (unknown: neutral)"
    precision = min(len(a), len(b))
    if a[:precision] == b[:precision]:
        return 1.0, f"{a} vs {b} (agree)"
    da, db = _day(a), _day(b)
    if da is None or db is None:
        return 0.5, f"{a} vs {b}"
    days = abs((da - db).days)
    if precision < 10:
        days = max(0, days - (31 if precision == 7 else 183))  # month or year precision: allow the span
    if days > max_days:
        return None, f"{a} vs {b} ({days} days apart: more than {max_days})"
    return (1.0 if days <= 7 else 0.5), f"{a} vs {b} ({days} days apart)"


def _pledge_then_done(report: Report, agreement: Agreement) -> bool:
    """One side pledged (planned or proposed) and the other, dated later, says it was done."""
    pledged = [(status, when) for status, when in agreement.statuses or [] if status in ("planned", "proposed")]
    done = [(status, when) for status, when in agreement.statuses or [] if status == "concluded"]
    if report.status == "concluded":
        return any(d and report.date and report.date >= d for _, d in pledged)
    if report.status in ("planned", "proposed"):
        return any(d and report.date and d >= report.date for _, d in done)
    return False


def _same_amount(a: dict, b: dict) -> bool:
    return a["currency"] == b["currency"] and abs(a["amount"] - b["amount"]) <= 0.01 * max(a["amount"], b["amount"])


def score(report: Report, agreement: Agreement, options: MergeOptions) -> tuple[float | None, dict]:
    """How well ``report`` fits ``agreement`` (None: it cannot be the same instrument), and why."""
    reasons: dict = {}
    mine, theirs = set(report.countries), set(agreement.countries)
    shared = mine & theirs
    if len(shared) < min(2, len(mine), len(theirs)):
        return None, {"parties": f"{sorted(mine)} vs {sorted(theirs)}: too few shared parties"}
    parts = {"parties": len(shared) / len(mine | theirs)}
    reasons["parties"] = f"{'-'.join(sorted(mine))} vs {'-'.join(sorted(theirs))}"
    similarity = None
    if report.name and agreement.name:
        similarity = fuzz.token_set_ratio(report.name.lower(), agreement.name.lower()) / 100
        parts["name"] = 1.0 if similarity >= 0.85 else similarity * 0.6
        reasons["name"] = f"“{report.name}” vs “{agreement.name}” ({similarity:.0%} alike)"
    else:
        parts["name"], reasons["name"] = 0.5, "a name on one side only (neutral)"
    same_name = similarity is not None and similarity >= 0.85 and report.kind == agreement.kind
    theirs_orgs = set(agreement.organizations or [])
    signed_by_bodies = report.kind in ("mou", "agreement", "centre")  # institutions sign these; funds, alliances vary
    if (signed_by_bodies and report.organizations and theirs_orgs and not set(report.organizations) & theirs_orgs
            and not same_name):
        return None, {**reasons, "organizations": f"{sorted(report.organizations)} vs {sorted(theirs_orgs)}: "
                                                  "signed by others"}
    if report.kind == agreement.kind:
        parts["kind"], reasons["kind"] = 1.0, f"{report.kind} = {agreement.kind}"
    elif (report.kind in GENERIC_KINDS or agreement.kind in GENERIC_KINDS) and (similarity is None or similarity >= 0.6):
        parts["kind"], reasons["kind"] = 0.5, f"{report.kind} ~ {agreement.kind} (one is generic)"
    else:
        return None, {**reasons, "kind": f"{report.kind} vs {agreement.kind}: different instruments"}
    date_part, reasons["date"] = _compare_dates(report.date, agreement.date, options.max_days)
    if date_part is None:
        if same_name:
            date_part = 0.0  # one instrument by name: the dates are a disagreement to keep, not two instruments
            reasons["date"] += "; same name, dates kept side by side"
        elif _pledge_then_done(report, agreement):
            date_part = 0.5  # planned then done: the dates tell the story, not two instruments
            reasons["date"] += "; planned first, done later"
        else:
            return None, reasons
    parts["date"] = date_part
    mine_s, theirs_s = set(report.sectors), set(agreement.sectors)
    if mine_s and theirs_s:
        parts["sectors"] = len(mine_s & theirs_s) / len(mine_s | theirs_s)
        if not mine_s & theirs_s and parts["name"] < 0.85:
            return None, {**reasons, "sectors": f"{sorted(mine_s)} vs {sorted(theirs_s)}: different topics"}
    else:
        parts["sectors"] = 0.5
    reasons["sectors"] = f"{sorted(mine_s)} vs {sorted(theirs_s)}"
    if report.amounts and agreement.amounts:
        agree = any(_same_amount(a, b) for a in report.amounts for b in agreement.amounts)
        parts["amounts"] = 1.0 if agree else 0.5
        reasons["amounts"] = "a sum agrees" if agree else "sums differ (kept side by side)"
    else:
        parts["amounts"] = 0.5
    parts["quantity"] = 1.0 if (report.quantity or 1) == (agreement.quantity or 1) else 0.5
    total = sum(WEIGHTS[k] * v for k, v in parts.items())
    reasons["score"] = round(total, 3)
    return total, reasons


def merge_report(session: Session, report: Report, options: MergeOptions) -> Agreement:
    """Attach ``report`` to the best-fitting canonical agreement, or start one; refresh that agreement."""
    countries = sorted(set(report.countries))
    need = min(2, len(countries))
    candidates = []
    if countries:
        ids = session.execute(
            select(AgreementParty.agreement_id).where(AgreementParty.country.in_(countries))
            .group_by(AgreementParty.agreement_id).having(func.count() >= need)
            .order_by(AgreementParty.agreement_id)).scalars().all()
        if ids:
            taken = set(session.execute(select(Report.agreement_id).where(
                Report.article_id == report.article_id, Report.agreement_id.in_(ids))).scalars())
            kinds = [report.kind, *GENERIC_KINDS] if report.kind not in GENERIC_KINDS else None
            statement = select(Agreement).where(Agreement.id.in_(ids)).order_by(Agreement.id)  # ties: the oldest
            if kinds:  # only kinds that could be the same instrument
                statement = statement.where(Agreement.kind.in_(kinds))
            candidates = [a for a in session.execute(statement).scalars()
                          if a.id not in taken]  # one article's reports are distinct instruments
    best, best_score, best_reasons = None, -1.0, {}
    for agreement in candidates:
        value, reasons = score(report, agreement, options)
        if value is not None and value > best_score:
            best, best_score, best_reasons = agreement, value, reasons
    if best is not None and best_score >= options.threshold:
        report.agreement_id = best.id
        report.merge_score = round(best_score, 3)
        report.merge_reason = {**best_reasons, "threshold": options.threshold, "joined": True}
        agreement = best
    else:
        agreement = Agreement(kind=report.kind, countries=countries, sectors=[], status=report.status,
                              amounts=[], report_count=0, organizations=[], statuses=[])
        session.add(agreement)
        session.flush()
        report.agreement_id = agreement.id
        report.merge_score = None
        why = {"joined": False, "threshold": options.threshold}
        if best is not None:
            why["best_candidate"] = {"agreement": best.id, **best_reasons}
        report.merge_reason = why
    session.flush()
    refresh(session, agreement)
    return agreement


def refresh(session: Session, agreement: Agreement) -> None:
    """Recompute a canonical agreement from its reports; conflicting values are kept with their sources."""
    rows = session.execute(select(Report, Article.published).join(Article)
                           .where(Report.agreement_id == agreement.id).order_by(Report.id)).all()
    if not rows:
        session.delete(agreement)
        return
    reports = [r for r, _ in rows]
    kinds = Counter(r.kind for r in reports)
    # the kind most reports give; on a tie, the more precise word ("mou" over "agreement")
    agreement.kind = max(kinds, key=lambda k: (kinds[k], k not in GENERIC_KINDS))
    names = Counter(r.name for r in reports if r.name)
    agreement.name = max(names, key=lambda n: (names[n], len(n))) if names else None
    sets = Counter(tuple(sorted(set(r.countries))) for r in reports)
    agreement.countries = list(sets.most_common(1)[0][0])
    agreement.sectors = sorted({s for r in reports for s in r.sectors})
    agreement.status = next(s for s in STATUS_ORDER if any(r.status == s for r in reports)) \
        if any(r.status in STATUS_ORDER for r in reports) else reports[0].status
    dates = Counter(r.date for r in reports if r.date)
    agreement.date = max(dates, key=lambda d: (dates[d], len(d), -reports.index(
        next(r for r in reports if r.date == d)))) if dates else None
    quantities = Counter(r.quantity for r in reports if r.quantity)
    agreement.quantity = quantities.most_common(1)[0][0] if quantities else None
    amounts: list[dict] = []
    for report in reports:
        for amount in report.amounts:
            same = next((a for a in amounts if _same_amount(a, amount)), None)
            if same is None:
                amounts.append({**amount, "reports": [report.id]})
            elif report.id not in same["reports"]:
                same["reports"].append(report.id)
    agreement.amounts = amounts
    usd = [a["usd"] for a in amounts if a.get("usd")]
    # a sum restated in a second currency, or reported differently, is one commitment: count the largest once
    agreement.usd = max(usd) if usd else None
    agreement.report_count = len(reports)
    agreement.organizations = list(dict.fromkeys(o for r in reports for o in r.organizations))
    agreement.statuses = [[r.status, r.date] for r in reports]
    published = [p for _, p in rows if p]
    agreement.first_reported = min(published) if published else None
    agreement.last_reported = max(published) if published else None
    session.execute(delete(AgreementParty).where(AgreementParty.agreement_id == agreement.id))
    session.execute(delete(AgreementSector).where(AgreementSector.agreement_id == agreement.id))
    session.execute(insert(AgreementParty), [{"agreement_id": agreement.id, "country": c} for c in agreement.countries])
    if agreement.sectors:
        session.execute(insert(AgreementSector), [{"agreement_id": agreement.id, "sector": s}
                                                  for s in agreement.sectors])
    session.flush()


def rebuild(session: Session, options: MergeOptions) -> int:
    """Redo every merge from the stored reports (in the order they were reported); return the agreement count."""
    session.execute(update(Report).values(agreement_id=None, merge_score=None, merge_reason=None))
    session.execute(delete(AgreementParty))
    session.execute(delete(AgreementSector))
    session.execute(delete(Agreement))
    session.flush()
    order = select(Report).join(Article).order_by(Article.published.is_(None), Article.published, Report.id)
    for report in session.execute(order).scalars():
        merge_report(session, report, options)
    return session.execute(select(func.count(Agreement.id))).scalar_one()
