"""Ingest: extract articles and store them, each whole or not at all.

Every document is written in one transaction: the article, its source, its
near-duplicate bands, the mentions of entities, the reports of agreements and
their merges into canonical agreements, and the commitments. A run killed at
any point leaves every document either fully stored or absent, and running it
again finishes the job: a document already stored (same normalised text)
changes nothing, or only adds the new source it came from.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from .. import __version__
from ..errors import InputError
from ..extract import Extractor
from ..ingest.batch import BatchSummary, run_batch
from ..ingest.published import date_from_url, text_source
from ..ingest.readers import InputDocument
from ..model import Extraction
from ..resolve.agreements import MergeOptions, ProfileCache, merge_report
from ..resolve.commitments import attach, check_fulfilment, names_kind
from ..resolve.entities import EntityResolver
from . import dedup
from .db import Database
from .models import Article, CommitmentReport, Country, MinhashBand, Mention, Report, Source


CONFLICT_RETRIES = 8


def _conflict(error: Exception) -> bool:
    """Whether ``error`` is a collision with a concurrent writer, which a retry resolves."""
    if isinstance(error, IntegrityError):
        return True
    if isinstance(error, OperationalError):
        code = getattr(error.orig, "sqlstate", None)  # psycopg: serialization failure, deadlock
        return code in ("40001", "40P01") or "locked" in str(error.orig) or "busy" in str(error.orig)
    return False


@dataclass(frozen=True)
class IngestOptions:
    merge: MergeOptions = MergeOptions()
    near_duplicate: float = dedup.NEAR_DUPLICATE  # MinHash similarity above which a text is a near-copy


@dataclass
class IngestOutcome:
    """What happened to one document."""

    doc_id: str
    status: str  # new | source_added | unchanged | near_duplicate
    article_id: int
    agreements: int = 0
    similarity: float | None = None


@dataclass
class IngestSummary(BatchSummary):
    new: int = 0
    duplicates: int = 0


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _outlet(url: str | None, given: str | None) -> str | None:
    if given:
        return given
    if url and "://" in url:
        return url.split("://", 1)[1].split("/", 1)[0].removeprefix("www.")
    return None


class Ingestor:
    """Stores documents in a :class:`~pactwatch.store.db.Database`; reuse one for a whole run."""

    def __init__(self, database: Database, extractor: Extractor | None = None,
                 options: IngestOptions | None = None):
        self.db = database
        self.extractor = extractor or Extractor()
        self.options = options or IngestOptions()
        self.entities = EntityResolver()
        self.profiles = ProfileCache()
        self._countries_known = False

    def ingest(self, doc: InputDocument, outlet: str | None = None) -> IngestOutcome:
        """Store one document (one transaction). Raises on database errors; nothing partial is left.

        A transaction that collides with another writer's (the same article, organization or country
        stored at the same moment; a deadlock or serialization failure) is rolled back and tried again,
        so concurrent ingests give the result of one and report no false errors."""
        for attempt in range(CONFLICT_RETRIES + 1):
            try:
                return self._ingest(doc, outlet)
            except Exception as error:
                self.entities = EntityResolver()  # its memory may name rows the rollback removed
                self.profiles = ProfileCache()
                self._countries_known = False
                if attempt == CONFLICT_RETRIES or not _conflict(error):
                    raise
                time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
        raise AssertionError("unreachable")

    def _ingest(self, doc: InputDocument, outlet: str | None) -> IngestOutcome:
        digest = dedup.text_hash(doc.text)
        signature = dedup.signature(doc.text)
        with self.db.session(write=True) as session:  # known already? then nothing to extract
            known = self._known(session, doc, outlet, digest, signature)
        if known is not None:
            return known
        if doc.published is None and doc.url:  # documents made by callers, not by the readers
            doc.published = date_from_url(doc.url)
            doc.published_from = "url" if doc.published else None
        result = self.extractor(doc.text, doc.published, doc.id, title=doc.title, url=doc.url)
        with self.db.session(write=True) as session:  # writers take turns here: each sees all stored before it
            known = self._known(session, doc, outlet, digest, signature)  # another writer may have stored it
            if known is not None:
                return known
            article = self._store(session, doc, outlet, result, digest, signature)
        return IngestOutcome(doc.id, "new", article.id, agreements=len(result.agreements))

    def _known(self, session: Session, doc: InputDocument, outlet: str | None, digest: str,
               signature) -> IngestOutcome | None:
        """The outcome for a document whose text (or a near-copy of it) is stored already, its source added."""
        existing = session.execute(select(Article).where(Article.text_hash == digest)).scalar_one_or_none()
        if existing is not None:
            added = self._add_source(session, existing, doc, outlet, "exact", 1.0)
            return IngestOutcome(doc.id, "source_added" if added else "unchanged", existing.id)
        near = self._near_duplicate(session, signature)
        if near is not None:
            article, similarity = near
            added = self._add_source(session, article, doc, outlet, "near", similarity)
            return IngestOutcome(doc.id, "near_duplicate" if added else "unchanged", article.id,
                                 similarity=round(similarity, 3))
        return None

    def ingest_all(self, items: Iterable[InputDocument | InputError],
                   on_problem: Callable[[str], None] = lambda message: None,
                   on_progress: Callable[[IngestSummary], None] = lambda summary: None) -> IngestSummary:
        """Ingest every item; a bad item is reported and skipped (its transaction rolled back), the rest go on."""
        summary = IngestSummary()

        def step(item: InputDocument) -> None:
            outcome = self.ingest(item, outlet=item.outlet)
            summary.documents += 1
            summary.new += outcome.status == "new"
            summary.duplicates += outcome.status != "new"
            summary.agreements += outcome.agreements

        return run_batch(items, step, summary, "not stored", on_problem, on_progress)

    # ------------------------------------------------------------------ steps

    def _add_source(self, session: Session, article: Article, doc: InputDocument, outlet: str | None,
                    relation: str, similarity: float) -> bool:
        url = doc.url or ""
        known = session.execute(select(Source.id).where(Source.article_id == article.id, Source.doc_id == doc.id,
                                                        Source.url == url)).first()
        if known:
            return False
        session.add(Source(article_id=article.id, doc_id=doc.id, url=url, outlet=_outlet(doc.url, outlet),
                           relation=relation, similarity=round(similarity, 3), seen_at=_now()))
        return True

    def _near_duplicate(self, session: Session, signature) -> tuple[Article, float] | None:
        values = [value for _, value in dedup.bands(signature)]
        candidates = session.execute(select(MinhashBand.article_id).where(MinhashBand.value.in_(values))
                                     .distinct().order_by(MinhashBand.article_id)).scalars().all()
        best = None
        if candidates:
            for article_id, minhash in session.execute(select(Article.id, Article.minhash)
                                                       .where(Article.id.in_(candidates)).order_by(Article.id)).all():
                if minhash is None:
                    continue
                value = dedup.similarity(signature, dedup.from_bytes(minhash))
                if value >= self.options.near_duplicate and (best is None or value > best[1]):
                    best = (article_id, value)
        return (session.get(Article, best[0]), best[1]) if best else None

    def _store(self, session: Session, doc: InputDocument, outlet: str | None, result: Extraction,
               digest: str, signature) -> Article:
        published = datetime.strptime(result.published, "%Y-%m-%d").date() if result.published else None
        if doc.published is not None:
            source = doc.published_from or "input"
        else:
            source = text_source(doc.text, published) if published else "none"
        article = Article(text_hash=digest, title=doc.title or _first_line(doc.text), published=published,
                          published_source=source,
                          text=doc.text, minhash=dedup.to_bytes(signature), extractor_version=__version__,
                          ingested_at=_now())
        session.add(article)
        session.flush()
        session.add(Source(article_id=article.id, doc_id=doc.id, url=doc.url or "", outlet=_outlet(doc.url, outlet),
                           relation="original", seen_at=_now()))
        session.execute(insert(MinhashBand), [{"article_id": article.id, "band": b, "value": v}
                                              for b, v in dedup.bands(signature)])
        self._store_mentions(session, article, result)
        reports = []
        for position, found in enumerate(result.agreements):
            report = Report(article_id=article.id, position=position, kind=found.kind, name=found.name,
                            countries=found.countries, organizations=found.organizations, sectors=found.sectors,
                            status=found.status, date=found.date, quantity=found.quantity,
                            amounts=[a.to_dict() for a in found.amounts],
                            evidence=[e.to_dict() for e in found.evidence], rule=found.rule)
            session.add(report)
            session.flush()
            merge_report(session, report, self.options.merge, self.profiles)
            reports.append(report)
        for position, found in enumerate(result.commitments):
            holder = _holder(found, reports)
            statement = CommitmentReport(article_id=article.id, position=position, countries=found.countries,
                                         action=found.action, due=found.due,
                                         evidence=[e.to_dict() for e in found.evidence],
                                         report_id=holder.id if holder else None)
            session.add(statement)
            session.flush()
            attach(session, statement, holder.agreement_id if holder else None, published)
        for report in reports:
            check_fulfilment(session, report, published)
        return article

    def _store_mentions(self, session: Session, article: Article, result: Extraction) -> None:
        if not self._countries_known:
            names = self.extractor.lexicons.country_names
            known = set(session.execute(select(Country.code)).scalars())
            session.add_all([Country(code=code, name=name) for code, name in names.items() if code not in known])
            session.flush()
            self._countries_known = True
        rows = []
        for org in result.organizations:
            entity_id = self.entities.organization(session, org)
            rows += [{"article_id": article.id, "entity_type": "organization", "entity_id": str(entity_id),
                      "start": m.start, "end": m.end, "text": m.text[:500]} for m in org.mentions]
        for person in result.people:
            entity = self.entities.person(session, person)
            rows += [{"article_id": article.id, "entity_type": "person", "entity_id": str(entity.id),
                      "start": m.start, "end": m.end, "text": m.text[:300]} for m in person.mentions]
        if rows:
            session.execute(insert(Mention), rows)


def _holder(commitment, reports: list[Report]) -> Report | None:
    """The instrument a commitment belongs to: a report stated in the same sentence, preferring the one
    whose kind the promise names ("will set up a fund" belongs to the fund, not the alliance beside it)."""
    spans = {(e.start, e.end) for e in commitment.evidence}
    beside = [r for r in reports if spans & {(e["start"], e["end"]) for e in r.evidence}]
    action = commitment.action.lower()
    named = [r for r in beside if names_kind(action, r.kind)]
    return (named or beside or [None])[0]


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return None
