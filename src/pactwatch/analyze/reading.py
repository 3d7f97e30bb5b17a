"""An article to read: its text, its sources and every record extracted from it, marked where its evidence is.

Each mark is a span of the text (``start``, ``end``, ``text``) with the record it is evidence of: an agreement
report (tag ``A1``, ``A2``...) or a commitment (``C1``...), a ``label`` saying what that record is and the
ids to follow it (``agreement``, ``commitment``).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.models import Article, CommitmentReport, Report, Source
from .cells import cell


def find_article(session: Session, ref: str) -> int | None:
    """The id of the article ``ref`` names: its id, or the id or URL of one of its sources."""
    ref = ref.strip()
    if not ref:
        return None  # (an empty reference would match every source stored without a URL)
    if ref.isascii() and ref.isdigit():
        return int(ref) if int(ref) <= 2**63 - 1 and session.get(Article, int(ref)) is not None else None
    return session.execute(select(Source.article_id).where((Source.doc_id == ref) | (Source.url == ref))
                           .order_by(Source.id).limit(1)).scalar()


def _report_label(report: Report) -> str:
    what = [cell(report.kind).replace("_", " "), cell(report.countries), report.status, report.date,
            cell(report.amounts, human=True)]
    named = f"“{report.name}” " if report.name else ""
    where = f"agreement {report.agreement_id}" if report.agreement_id else "no agreement"
    return f"report {report.id} → {where}: {named}{', '.join(w for w in what if w)}"


def article_records(session: Session, article_id: int) -> dict | None:
    """The article with its sources and ``marks``: the evidence spans of its reports and commitments, in
    text order."""
    article = session.get(Article, article_id)
    if article is None:
        return None
    sources = session.execute(select(Source).where(Source.article_id == article_id).order_by(Source.id)).scalars()
    marks = []
    reports = session.execute(select(Report).where(Report.article_id == article_id)
                              .order_by(Report.position)).scalars().all()
    for number, report in enumerate(reports, 1):
        for span in report.evidence or []:
            marks.append({"record": "agreement", "tag": f"A{number}", "report": report.id,
                          "agreement": report.agreement_id, "label": _report_label(report), **_span(span)})
    promised = session.execute(select(CommitmentReport).where(CommitmentReport.article_id == article_id)
                               .order_by(CommitmentReport.position)).scalars().all()
    for number, commitment in enumerate(promised, 1):
        label = (f"commitment {commitment.commitment_id or '(unlinked)'}: {cell(commitment.countries)} "
                 f"{commitment.action}" + (f" (due {commitment.due})" if commitment.due else ""))
        for span in commitment.evidence or []:
            marks.append({"record": "commitment", "tag": f"C{number}", "commitment": commitment.commitment_id,
                          "label": label, **_span(span)})
    marks.sort(key=lambda m: (m["start"], -m["end"], m["tag"]))
    return {"id": article.id, "title": article.title,
            "published": article.published.isoformat() if article.published else None,
            "text": article.text,
            "sources": [{"url": s.url or None, "outlet": s.outlet, "doc_id": s.doc_id, "relation": s.relation}
                        for s in sources],
            "marks": marks}


def _span(span: dict) -> dict:
    return {"start": span["start"], "end": span["end"], "text": span["text"]}


def commitment_evidence(session: Session, commitment_id: int) -> dict:
    """What a commitment rests on: the sentences of its statements (``evidence``) and where they were read
    (``sources``: each statement's articles' URLs, or document ids), first seen first."""
    evidence: list[str] = []
    articles: list[int] = []
    for statement in session.execute(select(CommitmentReport).where(CommitmentReport.commitment_id == commitment_id)
                                     .order_by(CommitmentReport.article_id, CommitmentReport.position)).scalars():
        evidence += [span["text"] for span in statement.evidence or [] if span["text"] not in evidence]
        if statement.article_id not in articles:
            articles.append(statement.article_id)
    sources: list[str] = []
    for source in session.execute(select(Source).where(Source.article_id.in_(articles)).order_by(Source.id)).scalars():
        where = source.url or source.doc_id
        if where not in sources:
            sources.append(where)
    return {"evidence": evidence, "sources": sources}
