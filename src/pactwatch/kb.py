"""The pipeline service: read, extract, resolve and store. The CLI, the API, ``watch`` and the workers call it.

The stages stay apart: ``ingest/`` reads inputs into documents, ``extract/`` finds the facts of one text,
``resolve/`` merges reports and entities, ``store/`` writes rows. Only this module knows all four.

Every document is written in one transaction (or one savepoint of a batch's transaction, see
:meth:`Ingestor.store_batch`): the article, its source, its near-duplicate bands, the mentions of
entities, the reports of agreements and their merges into canonical agreements, and the commitments. A run
killed at any point leaves every document either fully stored or absent, and running it again finishes the
job: a document already stored (same normalised text) changes nothing, or only adds the new source it came
from.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import insert
from sqlalchemy.orm import Session

from . import __version__
from .errors import InputError
from .extract import Extractor
from .extract.gate import RelevanceGate
from .ingest.batch import BatchSummary, run_batch
from .ingest.published import date_from_url, head_of
from .model import Extraction, InputDocument
from .resolve.agreements import MergeOptions, ProfileCache, merge_report
from .resolve.commitments import attach, check_fulfilment, names_kind
from .resolve.entities import EntityResolver
from .store import dedup, writes
from .store.db import Database
from .store.models import Mention, Report

CONFLICT_RETRIES = 8


@dataclass(frozen=True)
class IngestOptions:
    merge: MergeOptions = MergeOptions()
    near_duplicate: float = dedup.NEAR_DUPLICATE  # MinHash similarity above which a text is a near-copy
    gate: bool = True  # run the relevance gate (extract/gate.py) before extraction
    keep_irrelevant: bool = False  # store irrelevant articles whole (unextracted), not only their fingerprint


@dataclass
class IngestOutcome:
    """What happened to one document."""

    doc_id: str
    status: str  # new | source_added | unchanged | near_duplicate | irrelevant | irrelevant_seen
    article_id: int | None  # None for a document kept only as a fingerprint
    agreements: int = 0
    similarity: float | None = None


@dataclass
class IngestSummary(BatchSummary):
    new: int = 0
    duplicates: int = 0
    irrelevant: int = 0  # judged irrelevant by the gate (stored as a fingerprint, or whole with --keep-irrelevant)

    def count(self, outcome: IngestOutcome) -> None:
        self.documents += 1
        if outcome.status.startswith("irrelevant"):
            self.irrelevant += 1
        else:
            self.new += outcome.status == "new"
            self.duplicates += outcome.status != "new"
        self.agreements += outcome.agreements


def text_source(text: str, published: date) -> str:
    """``dateline`` when the day read from the text stands at its head, else ``text``."""
    from .extract.dates import infer_published

    head = head_of(text)
    return "dateline" if head and infer_published(head) == published else "text"


def extract_documents(items: Iterable[InputDocument | InputError], extractor: Extractor,
                      emit: Callable[[Extraction], None], on_problem: Callable[[str], None] = lambda message: None,
                      on_progress: Callable[[BatchSummary], None] = lambda summary: None) -> BatchSummary:
    """Run ``extractor`` on every readable item and pass each result to ``emit``, in input order."""
    summary = BatchSummary()

    def step(item: InputDocument) -> None:
        result = extractor(item.text, item.published, item.id, title=item.title, url=item.url)
        summary.documents += 1
        summary.agreements += len(result.agreements)
        emit(result)

    return run_batch(items, step, summary, "extraction failed", on_problem, on_progress)


class Ingestor:
    """Extracts documents and stores them in a :class:`~pactwatch.store.db.Database`; reuse one for a whole run."""

    def __init__(self, database: Database, extractor: Extractor | None = None,
                 options: IngestOptions | None = None):
        self.db = database
        self.extractor = extractor or Extractor()
        self.options = options or IngestOptions()
        self.gate = RelevanceGate() if self.options.gate else None
        self._forget()

    def _forget(self) -> None:
        """Drop what this ingestor remembers of the database (after a rollback it may name rows now gone)."""
        self.entities = EntityResolver()
        self.profiles = ProfileCache()
        self._countries_known = False

    def ingest(self, doc: InputDocument, outlet: str | None = None) -> IngestOutcome:
        """Store one document (one transaction). Raises on database errors; nothing partial is left.

        A transaction that collides with another writer's (the same article, organization or country
        stored at the same moment; a deadlock or serialization failure) is rolled back and tried again,
        so concurrent ingests give the result of one and report no false errors."""
        return self._retrying(lambda: self._ingest(doc, outlet))

    def _retrying(self, attempt_once: Callable[[], IngestOutcome]) -> IngestOutcome:
        for attempt in range(CONFLICT_RETRIES + 1):
            try:
                return attempt_once()
            except Exception as error:
                self._forget()
                if attempt == CONFLICT_RETRIES or not writes.is_conflict(error):
                    raise
                time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
        raise AssertionError("unreachable")

    def _ingest(self, doc: InputDocument, outlet: str | None) -> IngestOutcome:
        digest = dedup.text_hash(doc.text)
        if not self.relevant(doc):
            with self.db.session(write=True) as session:
                return self.store_irrelevant(session, doc, outlet, digest)
        signature = dedup.signature(doc.text)
        with self.db.session(write=True) as session:  # known already? then nothing to extract
            known = self._known(session, doc, outlet, digest, signature)
        if known is not None:
            return known
        result = self.extract(doc)
        with self.db.session(write=True) as session:  # writers take turns here: each sees all stored before it
            return self.store(session, doc, outlet, result, digest, signature)

    def relevant(self, doc: InputDocument) -> bool:
        """Whether the relevance gate lets ``doc`` through to extraction (always, with the gate off)."""
        return self.gate is None or self.gate(doc.text, doc.title).relevant

    def store_irrelevant(self, session: Session, doc: InputDocument, outlet: str | None, digest: str) -> IngestOutcome:
        """An article the gate turned away: its fingerprint (or, with ``keep_irrelevant``, its whole text,
        unextracted). A text stored whole already only gains a source."""
        if self.options.keep_irrelevant:
            signature = dedup.signature(doc.text)
            known = self._known(session, doc, outlet, digest, signature)
            if known is not None:
                return known
            article = self._store(session, doc, outlet, self._nothing(doc), digest, signature)
            return IngestOutcome(doc.id, "irrelevant", article.id)
        found = writes.find_known(session, digest, None, self.options.near_duplicate)
        if found is not None:  # stored whole before (by an earlier run that kept it): a copy
            added = writes.add_source(session, found[0], doc, outlet, "exact", 1.0)
            return IngestOutcome(doc.id, "source_added" if added else "unchanged", found[0].id)
        new = writes.remember_fingerprint(session, digest, doc, outlet)
        return IngestOutcome(doc.id, "irrelevant" if new else "irrelevant_seen", None)

    @staticmethod
    def _nothing(doc: InputDocument) -> Extraction:
        published = doc.published.isoformat() if doc.published else None
        return Extraction(doc.id, published, [], [], [], [], [], [], title=doc.title, url=doc.url)

    def extract(self, doc: InputDocument) -> Extraction:
        if doc.published is None and doc.url:  # documents made by callers, not by the readers
            doc.published = date_from_url(doc.url)
            doc.published_from = "url" if doc.published else None
        return self.extractor(doc.text, doc.published, doc.id, title=doc.title, url=doc.url)

    def store(self, session: Session, doc: InputDocument, outlet: str | None, result: Extraction, digest: str,
              signature) -> IngestOutcome:
        """Store an extracted document in ``session`` unless its text (or a near-copy) is stored already."""
        known = self._known(session, doc, outlet, digest, signature)  # another writer may have stored it
        if known is not None:
            return known
        article = self._store(session, doc, outlet, result, digest, signature)
        return IngestOutcome(doc.id, "new", article.id, agreements=len(result.agreements))

    def _known(self, session: Session, doc: InputDocument, outlet: str | None, digest: str,
               signature) -> IngestOutcome | None:
        """The outcome for a document whose text (or a near-copy of it) is stored already, its source added."""
        found = writes.find_known(session, digest, signature, self.options.near_duplicate)
        if found is None:
            return None
        article, relation, similarity = found
        added = writes.add_source(session, article, doc, outlet, relation, similarity)
        if relation == "exact":
            return IngestOutcome(doc.id, "source_added" if added else "unchanged", article.id)
        return IngestOutcome(doc.id, "near_duplicate" if added else "unchanged", article.id,
                             similarity=round(similarity, 3))

    def ingest_all(self, items: Iterable[InputDocument | InputError],
                   on_problem: Callable[[str], None] = lambda message: None,
                   on_progress: Callable[[IngestSummary], None] = lambda summary: None) -> IngestSummary:
        """Ingest every item; a bad item is reported and skipped (its transaction rolled back), the rest go on."""
        summary = IngestSummary()
        return run_batch(items, lambda item: summary.count(self.ingest(item, outlet=item.outlet)), summary,
                         "not stored", on_problem, on_progress)

    # ------------------------------------------------------------------ steps

    def _store(self, session: Session, doc: InputDocument, outlet: str | None, result: Extraction,
               digest: str, signature):
        published = datetime.strptime(result.published, "%Y-%m-%d").date() if result.published else None
        if doc.published is not None:
            source = doc.published_from or "input"
        else:
            source = text_source(doc.text, published) if published else "none"
        article = writes.insert_article(session, doc, outlet, digest, signature, published, source, __version__)
        self._store_mentions(session, article, result)
        reports = []
        for position, found in enumerate(result.agreements):
            report = writes.insert_report(session, article, position, found)
            merge_report(session, report, self.options.merge, self.profiles)
            reports.append(report)
        for position, found in enumerate(result.commitments):
            holder = _holder(found, reports)
            statement = writes.insert_commitment(session, article, position, found, holder)
            attach(session, statement, holder.agreement_id if holder else None, published)
        for report in reports:
            check_fulfilment(session, report, published)
        return article

    def _store_mentions(self, session: Session, article, result: Extraction) -> None:
        if not self._countries_known:
            writes.ensure_countries(session, self.extractor.lexicons.country_names)
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
