"""Writing the facts of one document: its article, sources, near-duplicate bands, reports and commitments.

Persistence only: these functions add rows to a session and never decide anything about the text. Which
rows to write, in which transaction, and the merging of reports into agreements are the pipeline's
(:mod:`pactwatch.kb`).
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import bindparam, func, insert, literal, select, text, union_all, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from ..model import Agreement as FoundAgreement, Commitment as FoundCommitment, InputDocument
from . import dedup
from .models import (Agreement, AgreementPair, Article, Commitment, CommitmentReport, Country, Fingerprint, MinhashBand,
                     Report, Source)


def execute_core(session: Session, statement, params=None):
    """``session.execute`` for a statement that neither reads nor makes mapped objects (rows of columns, an
    insert of plain values), without the ORM's work per statement: the session's pending changes are flushed
    first, as before any query of the session, then the statement runs on the session's connection, in its
    transaction. About half the cost of ``session.execute`` for the small statements of an ingest."""
    session.flush()
    return session.connection().execute(statement, params)


def is_conflict(error: Exception) -> bool:
    """Whether ``error`` is a collision with a concurrent writer, which a retry resolves."""
    if isinstance(error, IntegrityError):
        return True
    if isinstance(error, OperationalError):
        code = getattr(error.orig, "sqlstate", None)  # psycopg: serialization failure, deadlock
        return code in ("40001", "40P01") or "locked" in str(error.orig) or "busy" in str(error.orig)
    return False


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def outlet_of(url: str | None, given: str | None) -> str | None:
    if given:
        return given
    if url and "://" in url:
        return url.split("://", 1)[1].split("/", 1)[0].removeprefix("www.")
    return None


_ARTICLE_BY_HASH = select(Article.id).where(Article.text_hash == bindparam("digest"))
# a near-copy shares many bands (at 0.8 similarity, 13 of 32 on average): the articles sharing the most are
# compared, however many articles on the same topic share a band or two
_shared = func.count().label("shared")
_SHARING_BANDS = select(MinhashBand.article_id).where(MinhashBand.value.in_(bindparam("values", expanding=True))) \
    .group_by(MinhashBand.article_id).having(_shared >= bindparam("least")) \
    .order_by(_shared.desc(), MinhashBand.article_id).limit(dedup.MAX_CANDIDATES)
# one round trip: the article with this text, flagged, and the signatures of those sharing the most bands
_KNOWN = union_all(
    select(Article.id, Article.minhash, literal(1).label("exact")).where(Article.text_hash == bindparam("digest")),
    select(Article.id, Article.minhash, literal(0).label("exact")).where(
        Article.id.in_(select(_SHARING_BANDS.subquery().c.article_id))))


def find_known(session: Session, digest: str, signature, near_duplicate: float) -> tuple[int, str, float] | None:
    """The id of the stored article with this text (``exact``) or a near-copy of it (``near``), with the similarity."""
    if signature is None:
        existing = execute_core(session, _ARTICLE_BY_HASH, {"digest": digest}).scalar_one_or_none()
        return (existing, "exact", 1.0) if existing is not None else None
    values = [value for _, value in dedup.bands(signature)]
    rows = execute_core(session, _KNOWN, {"digest": digest, "values": values,
                                          "least": dedup.min_shared_bands(near_duplicate)}).all()
    exact = [article_id for article_id, _, is_exact in rows if is_exact]
    if exact:
        return exact[0], "exact", 1.0
    best = None
    for article_id, minhash, _ in sorted(rows):
        if minhash is None:
            continue
        value = dedup.similarity(signature, dedup.from_bytes(minhash))
        if value >= near_duplicate and (best is None or value > best[1]):
            best = (article_id, value)
    return (best[0], "near", best[1]) if best else None


def add_source(session: Session, article_id: int, doc: InputDocument, outlet: str | None, relation: str,
               similarity: float) -> bool:
    """Record that ``doc`` is a copy of the article ``article_id``; False when this very source is recorded already."""
    url = doc.url or ""
    known = session.execute(select(Source.id).where(Source.article_id == article_id, Source.doc_id == doc.id,
                                                    Source.url == url)).first()
    if known:
        return False
    session.add(Source(article_id=article_id, doc_id=doc.id, url=url, outlet=outlet_of(doc.url, outlet),
                       relation=relation, similarity=round(similarity, 3), seen_at=now()))
    return True


_INSERT_ARTICLE, _INSERT_SOURCE = (insert(model.__table__) for model in (Article, Source))
# SQLite: rows of integers and strings only (nothing for SQLAlchemy to convert) go straight to the driver
_SQLITE_BAND = "INSERT INTO minhash_bands (article_id, band, value) VALUES (?, ?, ?)"
_SQLITE_PARTY = "INSERT INTO agreement_parties (agreement_id, country) VALUES (?, ?)"
_SQLITE_PAIR = "INSERT INTO agreement_pairs (a, b, agreement_id) VALUES (?, ?, ?)"
_SQLITE_SECTOR = "INSERT INTO agreement_sectors (agreement_id, sector) VALUES (?, ?)"
_SQLITE_TOKEN = "INSERT INTO agreement_tokens (agreement_id, token) VALUES (?, ?)"
_SQLITE_LINK = "UPDATE reports SET agreement_id = ? WHERE id = ?"
_SQLITE_COMMITMENT_PARTY = "INSERT INTO commitment_parties (commitment_id, country) VALUES (?, ?)"


def _plain_rows(session: Session, statement: str, rows: list[tuple]) -> None:
    """SQLite: write rows of integers and strings with the driver itself, in the session's transaction (the rows
    ``session.execute`` of the same insert would write, without its cost per statement and per row)."""
    session.connection().connection.driver_connection.executemany(statement, rows)
# PostgreSQL: the article, its source and its 32 bands (in band order, so ids as one row at a time would give
# them) in one statement, one round trip to the server instead of three (and of 32 statements for the bands)
_INSERT_ARTICLE_PG = text("""
WITH a AS (INSERT INTO articles (text_hash, title, published, published_source, text, minhash, extractor_version,
                                 ingested_at)
           VALUES (CAST(:text_hash AS VARCHAR), CAST(:title AS TEXT), CAST(:published AS DATE),
                   CAST(:published_source AS VARCHAR), CAST(:text AS TEXT), CAST(:minhash AS BYTEA),
                   CAST(:extractor_version AS VARCHAR), CAST(:ingested_at AS TIMESTAMP WITHOUT TIME ZONE))
           RETURNING id),
s AS (INSERT INTO sources (article_id, doc_id, url, outlet, relation, similarity, seen_at)
      SELECT a.id, CAST(:doc_id AS VARCHAR), CAST(:url AS VARCHAR), CAST(:outlet AS VARCHAR), 'original',
             CAST(NULL AS FLOAT), CAST(:seen_at AS TIMESTAMP WITHOUT TIME ZONE) FROM a),
b AS (INSERT INTO minhash_bands (article_id, band, value)
      SELECT a.id, u.band, u.value FROM a, unnest(CAST(:bands AS INTEGER[]), CAST(:values AS VARCHAR[]))
      WITH ORDINALITY AS u(band, value, n) ORDER BY u.n)
SELECT id FROM a""")


def insert_article(session: Session, doc: InputDocument, outlet: str | None, digest: str, signature,
                   published: date | None, published_source: str, version: str) -> int:
    """The article row with its original source and its near-duplicate bands; the article's id."""
    article = {"text_hash": digest, "title": doc.title or first_line(doc.text), "published": published,
               "published_source": published_source, "text": doc.text, "minhash": dedup.to_bytes(signature),
               "extractor_version": version, "ingested_at": now()}
    source = {"doc_id": doc.id, "url": doc.url or "", "outlet": outlet_of(doc.url, outlet), "seen_at": now()}
    bands = dedup.bands(signature)
    if session.get_bind().dialect.name == "postgresql":
        return execute_core(session, _INSERT_ARTICLE_PG, {**article, **source, "bands": [b for b, _ in bands],
                                                          "values": [v for _, v in bands]}).scalar_one()
    article_id = execute_core(session, _INSERT_ARTICLE, article).inserted_primary_key[0]
    execute_core(session, _INSERT_SOURCE, {"article_id": article_id, **source, "relation": "original",
                                           "similarity": None})
    _plain_rows(session, _SQLITE_BAND, [(article_id, b, v) for b, v in bands])
    return article_id


def row_type(model: type, doc: str) -> type:
    """A plain class with the columns of ``model`` as attributes (None until given), for rows written in one
    INSERT outside any session: many times cheaper to make and to change than a mapped object, which
    tracks every attribute for a session it never joins."""
    keys = tuple(column.key for column in model.__table__.columns)

    def __init__(self, **values) -> None:
        for key in keys:
            setattr(self, key, values.pop(key, None))
        if values:
            raise TypeError(f"{type(self).__name__} has no column {', '.join(sorted(values))}")

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{key}={getattr(self, key)!r}' for key in keys)})"

    return type(f"New{model.__name__}", (), {"__slots__": keys, "__init__": __init__, "__repr__": __repr__,
                                             "__doc__": doc, "__module__": __name__})


NewReport = row_type(Report, "A report to be written by :func:`insert_report`.")
NewStatement = row_type(CommitmentReport, "A commitment statement to be written by :func:`insert_commitment`.")
NewCommitment = row_type(Commitment, "A canonical commitment to be written by :func:`insert_commitment_row`, or one "
                                     "read back without the ORM.")
NewAgreement = row_type(Agreement, "A canonical agreement to be written by :func:`insert_agreement`.")


def new_report(article_id: int, position: int, found: FoundAgreement) -> NewReport:
    """The row of a report, not added to any session: see :func:`insert_report`."""
    return NewReport(article_id=article_id, position=position, kind=found.kind, name=found.name,
                     countries=found.countries, organizations=found.organizations, sectors=found.sectors,
                     status=found.status, date=found.date, quantity=found.quantity,
                     amounts=[a.to_dict() for a in found.amounts],
                     evidence=[e.to_dict() for e in found.evidence], rule=found.rule)


_REPORT_COLUMNS = tuple(column.key for column in Report.__table__.columns if column.key != "id")
_INSERT_REPORT = insert(Report.__table__)


def _insert_detached(session: Session, statement, columns: tuple[str, ...], row) -> int:
    """Write a row object that is in no session in one INSERT; its new id, set on it too."""
    result = execute_core(session, statement, {key: getattr(row, key) for key in columns})
    row.id = result.inserted_primary_key[0]
    return row.id


def insert_report(session: Session, report: Report) -> int:
    """Write a report made by :func:`new_report` (its merge decided) in one INSERT; its id, set on it too."""
    return _insert_detached(session, _INSERT_REPORT, _REPORT_COLUMNS, report)


_AGREEMENT_COLUMNS = tuple(column.key for column in Agreement.__table__.columns if column.key != "id")
_INSERT_AGREEMENT = insert(Agreement.__table__)
# PostgreSQL: the agreement, its parties, sectors and name words (in their order) and the link of its first report
# in one statement, one round trip instead of five
_INSERT_AGREEMENT_PG = text(f"""
WITH a AS (INSERT INTO agreements ({", ".join(_AGREEMENT_COLUMNS)})
           VALUES ({", ".join(f":{key}" for key in _AGREEMENT_COLUMNS)}) RETURNING id),
p AS (INSERT INTO agreement_parties (agreement_id, country)
      SELECT a.id, u.value FROM a, unnest(CAST(:parties AS VARCHAR[])) WITH ORDINALITY AS u(value, n) ORDER BY u.n),
q AS (INSERT INTO agreement_pairs (a, b, agreement_id)
      SELECT u.a, u.b, a.id FROM a, unnest(CAST(:pairs_a AS VARCHAR[]), CAST(:pairs_b AS VARCHAR[])) AS u(a, b)),
s AS (INSERT INTO agreement_sectors (agreement_id, sector)
      SELECT a.id, u.value FROM a, unnest(CAST(:sector_rows AS VARCHAR[])) WITH ORDINALITY AS u(value, n) ORDER BY u.n),
t AS (INSERT INTO agreement_tokens (agreement_id, token) SELECT a.id, u.value FROM a, unnest(CAST(:tokens AS VARCHAR[]))
      WITH ORDINALITY AS u(value, n) ORDER BY u.n),
r AS (UPDATE reports SET agreement_id = a.id FROM a WHERE reports.id = CAST(:report AS INTEGER))
SELECT id FROM a""").bindparams(*(bindparam(key, type_=Agreement.__table__.c[key].type) for key in _AGREEMENT_COLUMNS))


def pairs_of(countries) -> list[tuple[str, str]]:
    """Each two of ``countries`` (the rows of ``agreement_pairs``), the first before the second."""
    codes = sorted(set(countries))
    return [(a, b) for n, a in enumerate(codes) for b in codes[n + 1:]]


def insert_pairs(session: Session, agreement_id: int, countries) -> None:
    """The pair rows of an agreement with these parties (none for fewer than two)."""
    pairs = pairs_of(countries)
    if pairs:
        execute_core(session, insert(AgreementPair.__table__),
                     [{"a": a, "b": b, "agreement_id": agreement_id} for a, b in pairs])


def insert_agreement(session: Session, agreement: Agreement, report_id: int, tokens: list[str]) -> int:
    """Write a new canonical agreement made for the report ``report_id`` (an object in no session, summed up):
    its row, its parties (and each two of them) and sectors, the distinctive words of its name (``tokens``) and the report pointed at
    it. Its id, set on it too."""
    row = {key: getattr(agreement, key) for key in _AGREEMENT_COLUMNS}
    if session.get_bind().dialect.name == "postgresql":
        pairs = pairs_of(agreement.countries)
        values = {**row, "parties": agreement.countries, "sector_rows": agreement.sectors, "tokens": tokens,
                  "report": report_id, "pairs_a": [a for a, _ in pairs], "pairs_b": [b for _, b in pairs]}
        agreement.id = execute_core(session, _INSERT_AGREEMENT_PG, values).scalar_one()
        return agreement.id
    agreement.id = execute_core(session, _INSERT_AGREEMENT, row).inserted_primary_key[0]
    if agreement.countries:
        _plain_rows(session, _SQLITE_PARTY, [(agreement.id, c) for c in agreement.countries])
        pairs = pairs_of(agreement.countries)
        if pairs:
            _plain_rows(session, _SQLITE_PAIR, [(a, b, agreement.id) for a, b in pairs])
    if agreement.sectors:
        _plain_rows(session, _SQLITE_SECTOR, [(agreement.id, s) for s in agreement.sectors])
    _plain_rows(session, _SQLITE_LINK, [(agreement.id, report_id)])
    if tokens:
        _plain_rows(session, _SQLITE_TOKEN, [(agreement.id, t) for t in tokens])
    return agreement.id


def new_commitment(article_id: int, position: int, found: FoundCommitment, holder: NewReport | None) -> NewStatement:
    """The row of a commitment statement, not added to any session: see :func:`insert_commitment`."""
    return NewStatement(article_id=article_id, position=position, countries=found.countries, action=found.action,
                        due=found.due, evidence=[e.to_dict() for e in found.evidence],
                        report_id=holder.id if holder else None)


_STATEMENT_COLUMNS = tuple(column.key for column in CommitmentReport.__table__.columns if column.key != "id")
_INSERT_STATEMENT = insert(CommitmentReport.__table__)


def insert_commitment(session: Session, statement: CommitmentReport) -> int:
    """Write a statement made by :func:`new_commitment` (its commitment found) in one INSERT; its id, set on it."""
    return _insert_detached(session, _INSERT_STATEMENT, _STATEMENT_COLUMNS, statement)


_COMMITMENT_COLUMNS = tuple(column.key for column in Commitment.__table__.columns if column.key != "id")
_INSERT_COMMITMENT = insert(Commitment.__table__)
_FILED_COLUMNS = tuple(key for key in _STATEMENT_COLUMNS if key != "commitment_id")
# PostgreSQL: the commitment and its parties (in their order) in one statement, and with the statement filed under it
_COMMITMENT_PG = f"""
WITH c AS (INSERT INTO commitments ({", ".join(_COMMITMENT_COLUMNS)})
           VALUES ({", ".join(f":{key}" for key in _COMMITMENT_COLUMNS)}) RETURNING id),
p AS (INSERT INTO commitment_parties (commitment_id, country)
      SELECT c.id, u.value FROM c, unnest(CAST(:parties AS VARCHAR[])) WITH ORDINALITY AS u(value, n) ORDER BY u.n)"""
_COMMITMENT_TYPES = tuple(bindparam(key, type_=Commitment.__table__.c[key].type) for key in _COMMITMENT_COLUMNS)
_INSERT_COMMITMENT_PG = text(_COMMITMENT_PG + "\nSELECT c.id, NULL FROM c").bindparams(*_COMMITMENT_TYPES)
_INSERT_FILED_PG = text(_COMMITMENT_PG + f""",
s AS (INSERT INTO commitment_reports ({", ".join(_FILED_COLUMNS)}, commitment_id)
      SELECT {", ".join(f":s_{key}" for key in _FILED_COLUMNS)}, c.id FROM c RETURNING id)
SELECT c.id, (SELECT id FROM s) FROM c""").bindparams(
    *_COMMITMENT_TYPES, *(bindparam(f"s_{key}", type_=CommitmentReport.__table__.c[key].type) for key in _FILED_COLUMNS))


def insert_commitment_row(session: Session, commitment: Commitment, statement: CommitmentReport | None) -> int:
    """Write a new canonical commitment (an object in no session) with its parties, and the ``statement`` filed
    under it if one is given (made by :func:`new_commitment`, not written yet); the commitment's id, set on it
    (and the statement's)."""
    row = {key: getattr(commitment, key) for key in _COMMITMENT_COLUMNS}
    if session.get_bind().dialect.name == "postgresql":
        row["parties"] = commitment.countries
        if statement is None:
            commitment.id = execute_core(session, _INSERT_COMMITMENT_PG, row).one()[0]
            return commitment.id
        filed = {f"s_{key}": getattr(statement, key) for key in _FILED_COLUMNS}
        commitment.id, statement.id = execute_core(session, _INSERT_FILED_PG, {**row, **filed}).one()
        statement.commitment_id = commitment.id
        return commitment.id
    commitment.id = execute_core(session, _INSERT_COMMITMENT, row).inserted_primary_key[0]
    if commitment.countries:
        _plain_rows(session, _SQLITE_COMMITMENT_PARTY, [(commitment.id, c) for c in commitment.countries])
    if statement is not None:
        statement.commitment_id = commitment.id
        insert_commitment(session, statement)
    return commitment.id


def ensure_countries(session: Session, names: dict[str, str]) -> None:
    """A row for every country code in ``names`` that has none yet."""
    known = set(session.execute(select(Country.code)).scalars())
    session.add_all([Country(code=code, name=name) for code, name in names.items() if code not in known])
    session.flush()


def remember_fingerprint(session: Session, digest: str, doc: InputDocument, outlet: str | None) -> bool:
    """Record a document kept only as a fingerprint (its text was judged irrelevant); False if seen before."""
    if session.execute(select(Fingerprint.id).where(Fingerprint.text_hash == digest)).first():
        return False
    session.add(Fingerprint(text_hash=digest, doc_id=doc.id[:300], url=(doc.url or "")[:2000],
                            outlet=outlet_of(doc.url, outlet), seen_at=now()))
    session.flush()
    return True


def remember_fingerprints(session: Session, docs: list[tuple[str, InputDocument]]) -> list[bool | None]:
    """:func:`remember_fingerprint` for many documents in three statements: for each (digest, document),
    True when its fingerprint is new, False when seen before (earlier or in this list), None when its text is
    stored whole already (the caller adds the source: see :func:`add_source`)."""
    digests = sorted({digest for digest, _ in docs})
    whole = set(session.execute(select(Article.text_hash).where(Article.text_hash.in_(digests))).scalars())
    seen = set(session.execute(select(Fingerprint.text_hash).where(Fingerprint.text_hash.in_(digests))).scalars())
    rows, answers = [], []
    for digest, doc in docs:
        if digest in whole:
            answers.append(None)
        elif digest in seen:
            answers.append(False)
        else:
            seen.add(digest)
            rows.append({"text_hash": digest, "doc_id": doc.id[:300], "url": (doc.url or "")[:2000],
                         "outlet": outlet_of(doc.url, doc.outlet), "seen_at": now()})
            answers.append(True)
    if rows:
        session.execute(insert(Fingerprint), rows)
    return answers


def seen_fingerprint(session: Session, digest: str) -> bool:
    return session.execute(select(Fingerprint.id).where(Fingerprint.text_hash == digest)).first() is not None


def first_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:300]
    return None
