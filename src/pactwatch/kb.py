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
from .ingest.batch import BatchSummary, failed, run_batch, triage
from .ingest.published import date_from_url, head_of
from .model import Extraction, InputDocument
from .parallel import Prepared, WorkOptions, prepare, prepared_in_order, process_pool
from .resolve.agreements import MergeOptions, ProfileCache, merge_new_report
from .resolve.commitments import check_fulfilment, commitment_for, names_kind
from .resolve.entities import EntityResolver
from .store import dedup, writes
from .store.db import Database
from .store.models import Mention, Report

CONFLICT_RETRIES = 8
BATCH = 64  # documents stored together, in transactions of at most TRANSACTION_SECONDS (a savepoint each)
TRANSACTION_SECONDS = 0.5


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


def text_source(text: str, published: date, url: str | None = None) -> str:
    """Where the day the extractor read came from: ``dateline`` when it stands at the text's head, ``url`` when
    the text alone does not give it (a month the URL spells with no day: :mod:`pactwatch.extract.published`),
    else ``text``."""
    from .extract.published import infer_published

    head = head_of(text)
    if head and infer_published(head) == published:
        return "dateline"
    return "url" if url and infer_published(text) != published else "text"


def extract_documents(items: Iterable[InputDocument | InputError], extractor: Extractor,
                      emit: Callable[[Extraction], None], on_problem: Callable[[str], None] = lambda message: None,
                      on_progress: Callable[[BatchSummary], None] = lambda summary: None,
                      workers: int = 1, pool: Callable | None = None) -> BatchSummary:
    """Run ``extractor`` on every readable item and pass each result to ``emit``, in input order.

    With ``workers`` above 1 (or a ``pool``, such as a Dask client's executor) extraction runs in worker
    processes, each with an extractor of the same options, and the results still come in input order."""
    summary = BatchSummary()
    if workers <= 1 and pool is None:
        def step(item: InputDocument) -> None:
            result = extractor(item.text, item.published, item.id, title=item.title, url=item.url)
            summary.documents += 1
            summary.agreements += len(result.agreements)
            emit(result)

        return run_batch(items, step, summary, "extraction failed", on_problem, on_progress)
    work = WorkOptions(gate=False, convert_usd=extractor.options.convert_usd, signatures=False,
                       explain=extractor.options.explain)
    for item, prepared in prepared_in_order(items, work, pool or process_pool(workers),
                                            local=lambda doc: prepare(doc, work, tools=(extractor, None))):
        doc = triage(item, summary, on_problem)
        if doc is not None and prepared.error is not None:
            failed(summary, doc, "extraction failed", prepared.error, on_problem)
        elif doc is not None:
            summary.documents += 1
            summary.agreements += len(prepared.result.agreements)
            emit(prepared.result)
        on_progress(summary)
    return summary


class Ingestor:
    """Extracts documents and stores them in a :class:`~pactwatch.store.db.Database`; reuse one for a whole run."""

    def __init__(self, database: Database, extractor: Extractor | None = None,
                 options: IngestOptions | None = None):
        self.db = database
        self.extractor = extractor or Extractor()
        self.options = options or IngestOptions()
        self.gate = RelevanceGate() if self.options.gate else None
        self.merge_cpu = 0.0  # CPU seconds spent merging reports into canonical agreements, and how many
        self.merged = 0
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

    def store_irrelevant(self, session: Session, doc: InputDocument, outlet: str | None, digest: str,
                         result: Extraction | None = None, signature=None) -> IngestOutcome:
        """An article the gate turned away: its fingerprint, or with ``keep_irrelevant`` its whole text
        (unextracted, unless a ``result`` is given). A text stored whole already only gains a source."""
        if self.options.keep_irrelevant:
            signature = dedup.signature(doc.text) if signature is None else signature
            known = self._known(session, doc, outlet, digest, signature)
            if known is not None:
                return known
            article_id = self._store(session, doc, outlet, result or self._nothing(doc), digest, signature)
            return IngestOutcome(doc.id, "irrelevant", article_id)
        found = writes.find_known(session, digest, None, self.options.near_duplicate)
        if found is not None:  # stored whole before (by an earlier run that kept it): a copy
            added = writes.add_source(session, found[0], doc, outlet, "exact", 1.0)
            return IngestOutcome(doc.id, "source_added" if added else "unchanged", found[0])
        new = writes.remember_fingerprint(session, digest, doc, outlet)
        return IngestOutcome(doc.id, "irrelevant" if new else "irrelevant_seen", None)

    @staticmethod
    def _nothing(doc: InputDocument) -> Extraction:
        published = doc.published.isoformat() if doc.published else None
        return Extraction(doc.id, published, [], [], [], [], [], [], title=doc.title, url=doc.url)

    def extract(self, doc: InputDocument) -> Extraction:
        _dated(doc)  # documents made by callers, not by the readers
        return self.extractor(doc.text, doc.published, doc.id, title=doc.title, url=doc.url)

    def store(self, session: Session, doc: InputDocument, outlet: str | None, result: Extraction, digest: str,
              signature, features: list | None = None) -> IngestOutcome:
        """Store an extracted document in ``session`` unless its text (or a near-copy) is stored already.
        ``features``: the text features of each of its agreements, when a worker computed them."""
        known = self._known(session, doc, outlet, digest, signature)  # another writer may have stored it
        if known is not None:
            return known
        article_id = self._store(session, doc, outlet, result, digest, signature, features)
        return IngestOutcome(doc.id, "new", article_id, agreements=len(result.agreements))

    def _known(self, session: Session, doc: InputDocument, outlet: str | None, digest: str,
               signature) -> IngestOutcome | None:
        """The outcome for a document whose text (or a near-copy of it) is stored already, its source added."""
        found = writes.find_known(session, digest, signature, self.options.near_duplicate)
        if found is None:
            return None
        article_id, relation, similarity = found
        added = writes.add_source(session, article_id, doc, outlet, relation, similarity)
        if relation == "exact":
            return IngestOutcome(doc.id, "source_added" if added else "unchanged", article_id)
        return IngestOutcome(doc.id, "near_duplicate" if added else "unchanged", article_id,
                             similarity=round(similarity, 3))

    def ingest_all(self, items: Iterable[InputDocument | InputError],
                   on_problem: Callable[[str], None] = lambda message: None,
                   on_progress: Callable[[IngestSummary], None] = lambda summary: None,
                   workers: int = 1, pool: Callable | None = None, batch: int = BATCH) -> IngestSummary:
        """Ingest every item, in input order; a bad item is reported by name and skipped, the rest go on.

        The gate and the extractor run here (``workers`` 1) or in worker processes (``workers`` above 1, or
        a ``pool`` such as a Dask client's executor); this process alone writes. Documents are stored
        ``batch`` to a transaction, each in a savepoint of its own: one that fails is rolled back alone and
        reported, the others are kept. A run killed at any point loses at most the batch being written, whole,
        and a rerun finishes the job."""
        summary = IngestSummary()
        work = WorkOptions(gate=self.gate is not None, convert_usd=self.extractor.options.convert_usd)
        pool = pool or (process_pool(workers) if workers > 1 else None)
        stream = prepared_in_order(map(_dated, items), work, pool, local=self._prepare)
        waiting: list[tuple[InputDocument, Prepared]] = []
        for item, prepared in stream:
            doc = triage(item, summary, on_problem)
            if doc is not None and prepared.error is not None:
                failed(summary, doc, "extraction failed", prepared.error, on_problem)
            elif doc is not None:
                waiting.append((doc, prepared))
            if len(waiting) >= batch:
                self._write(waiting, summary, on_problem)
                waiting = []
            on_progress(summary)
        if waiting:
            self._write(waiting, summary, on_problem)
            on_progress(summary)
        return summary

    def _prepare(self, doc: InputDocument) -> Prepared:
        return prepare(doc, WorkOptions(gate=self.gate is not None), tools=(self.extractor, self.gate))

    def _write(self, batch: list[tuple[InputDocument, Prepared]], summary: IngestSummary,
               on_problem: Callable[[str], None]) -> None:
        for (doc, _), outcome in zip(batch, self.store_batch(batch)):
            if isinstance(outcome, Exception):
                failed(summary, doc, "not stored", f"{type(outcome).__name__}: {outcome}", on_problem)
            else:
                summary.count(outcome)

    def store_batch(self, batch: list[tuple[InputDocument, Prepared]]) -> list[IngestOutcome | Exception]:
        """Store prepared documents, many to a transaction and each in a savepoint of its own: the outcome of
        each, or the exception that kept it out (its savepoint rolled back, the others kept).

        A transaction is committed when it has lasted ``TRANSACTION_SECONDS`` and the next one takes the
        rest, so other writers and readers are not kept waiting and a kill loses little. When a transaction
        itself fails (a collision with another writer), its documents are stored again, each in a
        transaction of its own."""
        outcomes: list[IngestOutcome | Exception | None] = [None] * len(batch)
        start = 0
        while start < len(batch):
            start = self._store_some(batch, outcomes, start)
        return outcomes

    def _store_some(self, batch: list[tuple[InputDocument, Prepared]], outcomes: list, start: int) -> int:
        """Store ``batch[start:]`` in one transaction, until it has lasted long enough; return where it stopped."""
        began, number = time.monotonic(), start
        fingerprinted = [outcome is not None for outcome in outcomes]  # kept as fingerprints, committed already
        try:
            with self.db.session(write=True) as session:
                if start == 0:
                    self._fingerprint_all(session, batch, outcomes)
                while number < len(batch):
                    doc, prepared = batch[number]
                    if outcomes[number] is None:
                        try:
                            with session.begin_nested():
                                outcomes[number] = self._store_prepared(session, doc, prepared)
                        except Exception as error:  # noqa: BLE001 - this document only; the batch goes on
                            self._forget()
                            if writes.is_conflict(error):
                                raise
                            outcomes[number] = error
                    number += 1
                    if time.monotonic() - began > TRANSACTION_SECONDS:
                        break
            return number
        except Exception:  # noqa: BLE001 - the whole transaction failed: one document at a time instead
            self._forget()
            for number in range(start, len(batch)):
                if start == 0 or not fingerprinted[number]:
                    outcomes[number] = self._store_alone(*batch[number])
            return len(batch)

    def _fingerprint_all(self, session: Session, batch: list[tuple[InputDocument, Prepared]],
                         outcomes: list) -> None:
        """The batch's irrelevant documents kept as fingerprints, all at once (the bulk of a news stream);
        each outcome set here, but for those whose text is stored whole already (left to the caller)."""
        if self.options.keep_irrelevant:
            return
        plain = [(number, doc, prepared.digest) for number, (doc, prepared) in enumerate(batch)
                 if not prepared.relevant and prepared.error is None]
        if not plain:
            return
        answers = writes.remember_fingerprints(session, [(digest, doc) for _, doc, digest in plain])
        for (number, doc, _), new in zip(plain, answers):
            if new is not None:
                outcomes[number] = IngestOutcome(doc.id, "irrelevant" if new else "irrelevant_seen", None)

    def _store_alone(self, doc: InputDocument, prepared: Prepared) -> IngestOutcome | Exception:
        def once() -> IngestOutcome:
            with self.db.session(write=True) as session:
                return self._store_prepared(session, doc, prepared)

        try:
            return self._retrying(once)
        except Exception as error:  # noqa: BLE001 - reported by name by the caller
            return error

    def _store_prepared(self, session: Session, doc: InputDocument, prepared: Prepared) -> IngestOutcome:
        if not prepared.relevant:
            return self.store_irrelevant(session, doc, doc.outlet, prepared.digest, prepared.result,
                                         prepared.signature)
        return self.store(session, doc, doc.outlet, prepared.result, prepared.digest, prepared.signature,
                          prepared.features)

    # ------------------------------------------------------------------ steps

    def _store(self, session: Session, doc: InputDocument, outlet: str | None, result: Extraction,
               digest: str, signature, features: list | None = None) -> int:
        published = datetime.strptime(result.published, "%Y-%m-%d").date() if result.published else None
        if doc.published is not None:
            source = doc.published_from or "input"
        else:
            source = text_source(doc.text, published, doc.url) if published else "none"
        article_id = writes.insert_article(session, doc, outlet, digest, signature, published, source, __version__)
        people = self._store_mentions(session, article_id, result)
        reports = []
        for position, found in enumerate(result.agreements):
            report = writes.new_report(article_id, position, found)
            started = time.process_time()
            merge_new_report(session, report, (published, people), self.options.merge, self.profiles,
                             features[position] if features else None)
            self.merge_cpu += time.process_time() - started
            self.merged += 1
            reports.append(report)
        for position, found in enumerate(result.commitments):
            holder = _holder(found, reports)
            statement = writes.new_commitment(article_id, position, found, holder)
            commitment_for(session, statement, holder.agreement_id if holder else None, published, store=True)
        for report in reports:
            check_fulfilment(session, report, published)
        return article_id

    def _store_mentions(self, session: Session, article_id: int, result: Extraction) -> list[tuple]:
        """Store the article's mentions of entities; return its people (start, end, name, role), in mention order."""
        if not self._countries_known:
            writes.ensure_countries(session, self.extractor.lexicons.country_names)
            self._countries_known = True
        rows = []
        for org in result.organizations:
            entity_id = self.entities.organization(session, org)
            rows += [{"article_id": article_id, "entity_type": "organization", "entity_id": str(entity_id),
                      "start": m.start, "end": m.end, "text": m.text[:500]} for m in org.mentions]
        named = []
        for person in result.people:
            entity = self.entities.person(session, person)
            rows += [{"article_id": article_id, "entity_type": "person", "entity_id": str(entity.id),
                      "start": m.start, "end": m.end, "text": m.text[:300]} for m in person.mentions]
            named += [(m, entity) for m in person.mentions]
        if rows:
            writes.execute_core(session, insert(Mention.__table__), rows)
        return [(m.start, m.end, entity.name, entity.role) for m, entity in named]  # roles as they end up


def _dated(item):
    """A document made by a caller rather than the readers gets the date its URL spells out, as readers do."""
    if isinstance(item, InputDocument) and item.published is None and item.url:
        item.published = date_from_url(item.url)
        item.published_from = "url" if item.published else None
    return item


def _holder(commitment, reports: list[Report]) -> Report | None:
    """The instrument a commitment belongs to: a report stated in the same sentence, preferring the one
    whose kind the promise names ("will set up a fund" belongs to the fund, not the alliance beside it)."""
    spans = {(e.start, e.end) for e in commitment.evidence}
    beside = [r for r in reports if spans & {(e["start"], e["end"]) for e in r.evidence}]
    action = commitment.action.lower()
    named = [r for r in beside if names_kind(action, r.kind)]
    return (named or beside or [None])[0]
