"""The knowledge base schema (SQLAlchemy 2, migrated with Alembic).

Facts and derived records are kept apart, so that merging is reversible:

- *facts*: ``articles`` (one row per distinct text) with their ``sources``
  (every URL and input id it came from), the ``reports`` the extractor made of
  each article (one per agreement it found, with evidence), ``mentions`` of
  entities and ``commitment_reports``;
- *derived*: canonical ``agreements`` (reports of one instrument merged, each
  report saying why it joined), ``agreement_parties``, canonical
  ``commitments``, and resolved ``organizations`` and ``people``.

Re-running the merge with other thresholds rebuilds the derived part from the facts.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (JSON, BigInteger, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, String, Text,
                        UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    text_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the normalised text
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    # where the date came from: input | page | feed | url | dateline | text | none
    published_source: Mapped[str] = mapped_column(String(8), default="input")
    text: Mapped[str] = mapped_column(Text)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    extractor_version: Mapped[str] = mapped_column(String(32))
    ingested_at: Mapped[datetime] = mapped_column(DateTime)

    sources: Mapped[list[Source]] = relationship(back_populates="article", cascade="all, delete-orphan")
    reports: Mapped[list[Report]] = relationship(back_populates="article", cascade="all, delete-orphan")


class Source(Base):
    """Where an article came from: an input id and URL. Duplicates add sources, not articles."""

    __tablename__ = "sources"
    __table_args__ = (UniqueConstraint("article_id", "doc_id", "url", name="uq_source"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    doc_id: Mapped[str] = mapped_column(String(300))
    url: Mapped[str] = mapped_column(String(2000), default="")
    outlet: Mapped[str | None] = mapped_column(String(300))
    relation: Mapped[str] = mapped_column(String(16), default="original")  # original | exact | near
    similarity: Mapped[float | None] = mapped_column(Float)
    seen_at: Mapped[datetime] = mapped_column(DateTime)

    article: Mapped[Article] = relationship(back_populates="sources")


class MinhashBand(Base):
    """Locality-sensitive hashing bands of an article's MinHash, to find near-copies with an index lookup.

    ``value`` is "<band>:<hash>", so all of a text's bands are looked up in one indexed query."""

    __tablename__ = "minhash_bands"
    __table_args__ = (Index("ix_band_lookup", "band", "value"), Index("ix_band_value", "value"))

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    band: Mapped[int] = mapped_column(Integer)
    value: Mapped[str] = mapped_column(String(32))


class Country(Base):
    __tablename__ = "countries"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class Organization(Base):
    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    acronym: Mapped[str | None] = mapped_column(String(50))
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    type: Mapped[str | None] = mapped_column(String(40))

    aliases: Mapped[list[OrganizationAlias]] = relationship(cascade="all, delete-orphan")


class OrganizationAlias(Base):
    __tablename__ = "organization_aliases"
    __table_args__ = (UniqueConstraint("organization_id", "alias", name="uq_org_alias"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(500))
    key: Mapped[str] = mapped_column(String(300), index=True)


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    role: Mapped[str | None] = mapped_column(String(500))
    country: Mapped[str | None] = mapped_column(String(8), index=True)

    aliases: Mapped[list[PersonAlias]] = relationship(cascade="all, delete-orphan")


class PersonAlias(Base):
    __tablename__ = "person_aliases"
    __table_args__ = (UniqueConstraint("person_id", "alias", name="uq_person_alias"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))


class Mention(Base):
    """An entity named in an article, at these offsets."""

    __tablename__ = "mentions"
    __table_args__ = (Index("ix_mention_entity", "entity_type", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    entity_type: Mapped[str] = mapped_column(String(16))  # country | organization | person
    entity_id: Mapped[str] = mapped_column(String(32))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(500))


class Report(Base):
    """One article's account of one agreement, as the extractor wrote it down."""

    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # order within the article's extraction
    kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str | None] = mapped_column(Text)
    countries: Mapped[list] = mapped_column(JSON)
    organizations: Mapped[list] = mapped_column(JSON)
    sectors: Mapped[list] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16))
    date: Mapped[str | None] = mapped_column(String(10))
    quantity: Mapped[int | None] = mapped_column(Integer)
    amounts: Mapped[list] = mapped_column(JSON)
    evidence: Mapped[list] = mapped_column(JSON)
    rule: Mapped[str] = mapped_column(String(40), default="")
    # on PostgreSQL also indexed with the id (migration 0011: an agreement's latest reports read from the key's end)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id", ondelete="SET NULL"), index=True)
    merge_score: Mapped[float | None] = mapped_column(Float)
    merge_reason: Mapped[dict | None] = mapped_column(JSON)
    # what the merge compares, made once from the fields above (pactwatch.resolve.identity.Profile)
    profile: Mapped[dict | None] = mapped_column(JSON)

    article: Mapped[Article] = relationship(back_populates="reports")
    agreement: Mapped[Agreement | None] = relationship(back_populates="reports")


class Agreement(Base):
    """A canonical agreement: every report of one instrument, merged."""

    __tablename__ = "agreements"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    name: Mapped[str | None] = mapped_column(Text)
    countries: Mapped[list] = mapped_column(JSON)
    sectors: Mapped[list] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), index=True)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    quantity: Mapped[int | None] = mapped_column(Integer)
    amounts: Mapped[list] = mapped_column(JSON)  # distinct sums with the reports that give them
    usd: Mapped[float | None] = mapped_column(Float)  # money committed, in USD (largest reported figure)
    report_count: Mapped[int] = mapped_column(Integer, default=0)
    first_reported: Mapped[date | None] = mapped_column(Date)
    last_reported: Mapped[date | None] = mapped_column(Date)
    # summaries of the reports, so a merge can score a candidate without loading its reports
    organizations: Mapped[list] = mapped_column(JSON, default=list)
    statuses: Mapped[list] = mapped_column(JSON, default=list)  # [status, date] of each report
    # counts of the values its reports give (kinds, names, party sets, dates, quantities), so that a new report
    # updates the summary without reloading the others; None until the merge first writes it
    tally: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    # the days its reports tell of (each report's own date, else its article's), so that a merge weighs only the
    # agreements near a report's time (None until the merge first writes them: such an agreement is always weighed)
    span_start: Mapped[date | None] = mapped_column(Date, index=True)
    span_end: Mapped[date | None] = mapped_column(Date, index=True)
    pledged: Mapped[date | None] = mapped_column(Date, index=True)  # the first day a report of it tells of a pledge

    reports: Mapped[list[Report]] = relationship(back_populates="agreement")


class AgreementParty(Base):
    __tablename__ = "agreement_parties"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True)
    country: Mapped[str] = mapped_column(String(8), primary_key=True, index=True)


class AgreementPair(Base):
    """Each two parties of an agreement, ``a`` before ``b``: the agreements of two countries are one range of this
    key (a merge's candidates, however many agreements either country has), and those of a report's three or more
    parties the union of its pairs' ranges."""

    __tablename__ = "agreement_pairs"
    __table_args__ = (Index("ix_agreement_pairs_agreement_id", "agreement_id"),)

    a: Mapped[str] = mapped_column(String(8), primary_key=True)
    b: Mapped[str] = mapped_column(String(8), primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True)


class AgreementToken(Base):
    """A distinctive word of a name one of the agreement's reports gives (a merge weighs the agreements
    named alike whatever their dates)."""

    __tablename__ = "agreement_tokens"
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True)
    token: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)


class AgreementSector(Base):
    __tablename__ = "agreement_sectors"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True)
    sector: Mapped[str] = mapped_column(String(32), primary_key=True, index=True)


class CommitmentReport(Base):
    """One article's statement of a commitment (fact)."""

    __tablename__ = "commitment_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    countries: Mapped[list] = mapped_column(JSON)
    action: Mapped[str] = mapped_column(Text)
    due: Mapped[str | None] = mapped_column(String(10))
    evidence: Mapped[list] = mapped_column(JSON)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id", ondelete="SET NULL"))  # the instrument
    commitment_id: Mapped[int | None] = mapped_column(ForeignKey("commitments.id", ondelete="SET NULL"), index=True)


class Commitment(Base):
    """A canonical commitment: who promised what by when, and whether a later report says it was done."""

    __tablename__ = "commitments"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreements.id", ondelete="SET NULL"), index=True)
    countries: Mapped[list] = mapped_column(JSON)
    action: Mapped[str] = mapped_column(Text)
    due: Mapped[str | None] = mapped_column(String(10), index=True)
    due_end: Mapped[date | None] = mapped_column(Date, index=True)  # last day the deadline allows
    first_reported: Mapped[date | None] = mapped_column(Date)
    fulfilled_by: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    fulfilled_on: Mapped[date | None] = mapped_column(Date)
    fulfilled_evidence: Mapped[dict | None] = mapped_column(JSON)


class CommitmentParty(Base):
    __tablename__ = "commitment_parties"

    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"), primary_key=True)
    country: Mapped[str] = mapped_column(String(8), primary_key=True, index=True)


class Fingerprint(Base):
    """A document judged irrelevant by the relevance gate, kept only as the hash of its normalised text (and
    where it was seen first), so that it is recognised when seen again without storing its text."""

    __tablename__ = "fingerprints"

    id: Mapped[int] = mapped_column(primary_key=True)
    text_hash: Mapped[str] = mapped_column(String(64), unique=True)
    doc_id: Mapped[str] = mapped_column(String(300))
    url: Mapped[str] = mapped_column(String(2000), default="")
    outlet: Mapped[str | None] = mapped_column(String(300))
    seen_at: Mapped[datetime] = mapped_column(DateTime)


class KbState(Base):
    """One row: the knowledge base's version, raised by every writing transaction (``Database.session``)."""

    __tablename__ = "kb_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)


class WatchState(Base):
    """What ``pactwatch watch`` has alerted from this database: one row per alert key, and ``@seen``."""

    __tablename__ = "watch_state"

    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
