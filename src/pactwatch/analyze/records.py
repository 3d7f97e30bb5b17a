"""Canonical agreements with every report behind them, read in bulk: what the full exports write.

Each agreement comes with its reports, and each report with its source documents (input id, URL,
outlet), its article's publication day and where that day came from, the fields the extractor gave it,
its evidence (offsets into the stored article and the sentences) and the merge's verdict on it (joined
or not, the score, the evidence for and against, the report it matched, the candidates that lost). A
script can audit every merge from one file, without one ``pactwatch show`` per agreement. Agreements are
read a chunk at a time, so memory stays flat however large the knowledge base.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.models import Agreement, Article, Commitment, Report, Source
from .queries import _conflicts, agreement_row

CHUNK = 500


def report_record(report: Report, article: Article, sources: list[Source]) -> dict:
    """One report as the exports write it (a superset of ``pactwatch show``'s ``reports_detail`` items)."""
    merge = report.merge_reason or {}
    return {
        "report": report.id, "agreement": report.agreement_id, "article": article.id, "position": report.position,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "published_source": article.published_source,
        "sources": [{"doc_id": s.doc_id, "url": s.url or None, "outlet": s.outlet, "relation": s.relation,
                     "similarity": s.similarity} for s in sources],
        "kind": report.kind, "name": report.name, "status": report.status, "date": report.date,
        "countries": report.countries, "organizations": report.organizations, "sectors": report.sectors,
        "quantity": report.quantity, "amounts": report.amounts, "rule": report.rule,
        "evidence": report.evidence,
        "merge_joined": bool(merge.get("joined")), "merge_score": report.merge_score,
        "merged_with_report": merge.get("with_report"), "merge": merge,
    }


def agreements_with_reports(session: Session, chunk: int = CHUNK) -> Iterator[dict]:
    """Every canonical agreement (by id) with its reports, conflicts and commitments."""
    last = 0
    while True:
        agreements = session.execute(select(Agreement).where(Agreement.id > last).order_by(Agreement.id)
                                     .limit(chunk)).scalars().all()
        if not agreements:
            return
        ids = [a.id for a in agreements]
        last = ids[-1]
        rows = session.execute(select(Report, Article).join(Article, Article.id == Report.article_id)
                               .where(Report.agreement_id.in_(ids)).order_by(Report.id)).all()
        article_ids = sorted({article.id for _, article in rows})
        sources: dict[int, list[Source]] = defaultdict(list)
        if article_ids:
            for source in session.execute(select(Source).where(Source.article_id.in_(article_ids))
                                          .order_by(Source.id)).scalars():
                sources[source.article_id].append(source)
        reports: dict[int, list[dict]] = defaultdict(list)
        for report, article in rows:
            reports[report.agreement_id].append(report_record(report, article, sources[article.id]))
        commitments: dict[int, list[dict]] = defaultdict(list)
        for c in session.execute(select(Commitment).where(Commitment.agreement_id.in_(ids))
                                 .order_by(Commitment.id)).scalars():
            commitments[c.agreement_id].append({
                "id": c.id, "action": c.action, "due": c.due, "countries": c.countries,
                "fulfilled_on": c.fulfilled_on.isoformat() if c.fulfilled_on else None})
        for agreement in agreements:
            out = agreement_row(agreement)
            out.update(organizations=agreement.organizations or [],
                       last_reported=agreement.last_reported.isoformat() if agreement.last_reported else None)
            detail = reports[agreement.id]
            out["conflicts"] = _conflicts(detail)
            out["commitments"] = commitments[agreement.id]
            out["reports_detail"] = detail
            yield out
        session.expunge_all()  # the chunk is written: let it go


def report_rows(agreements: list[dict]) -> list[dict]:
    """One flat row per report (for tables: parquet, pandas), the agreement's id and kind beside it; the
    evidence and the merge verdict as lists and JSON text."""
    import json

    rows = []
    for agreement in agreements:
        for r in agreement["reports_detail"]:
            rows.append({
                "agreement_id": agreement["id"], "agreement_kind": agreement["kind"],
                "agreement_name": agreement["name"], "report_id": r["report"], "article_id": r["article"],
                "doc_ids": [s["doc_id"] for s in r["sources"]], "urls": [s["url"] or "" for s in r["sources"]],
                "outlets": [s["outlet"] or "" for s in r["sources"]],
                "relations": [s["relation"] for s in r["sources"]],
                "published": r["published"], "published_source": r["published_source"],
                "kind": r["kind"], "name": r["name"], "status": r["status"], "date": r["date"],
                "countries": list(r["countries"]), "organizations": list(r["organizations"]),
                "sectors": list(r["sectors"]), "quantity": r["quantity"],
                "amounts": json.dumps(r["amounts"], ensure_ascii=False),
                "evidence_start": [e.get("start") for e in r["evidence"]],
                "evidence_end": [e.get("end") for e in r["evidence"]],
                "evidence_text": [e.get("text") or "" for e in r["evidence"]],
                "merge_joined": r["merge_joined"], "merge_score": r["merge_score"],
                "merged_with_report": r["merged_with_report"],
                "merge": json.dumps(r["merge"], ensure_ascii=False, default=str),
            })
    return rows
