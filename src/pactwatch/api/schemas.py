"""Request bodies and response models of the API (pydantic)."""

from __future__ import annotations

from datetime import date
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..urls import safe_url


class ArticleIn(BaseModel):
    """An article to ingest: the same fields as a line of JSON Lines input."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, max_length=300, description="Your id for it (default: a hash of the text)")
    text: str = Field(min_length=1, max_length=2_000_000, description="The article text")
    published: date | None = Field(default=None, description="Publication date, ISO")
    url: str | None = Field(default=None, max_length=2000)
    title: str | None = Field(default=None, max_length=1000)
    outlet: str | None = Field(default=None, max_length=300)

    @field_validator("id", "text", "title", "outlet", "url")
    @classmethod
    def _no_nul(cls, value: str | None) -> str | None:
        if value is not None and "\x00" in value:
            raise ValueError("a NUL character is not allowed")
        return value

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is not None and safe_url(value) is None:
            raise ValueError("only an absolute http or https URL is accepted")
        return value


class IngestResult(BaseModel):
    id: str
    status: str = Field(description="new | source_added | unchanged | near_duplicate | irrelevant | irrelevant_seen "
                                    "(irrelevant: the relevance gate found no cooperation in it; only its fingerprint "
                                    "is kept)")
    article: int | None = Field(description="the stored article; null for an article kept only as a fingerprint")
    agreements: int
    similarity: float | None = None


class Amount(BaseModel):
    amount: int | float
    currency: str


class AgreementOut(BaseModel):
    id: int
    kind: str
    name: str | None
    countries: list[str]
    sectors: list[str]
    status: str
    date: str | None
    quantity: int | None
    usd: int | None = Field(description="money committed, in USD (the largest reported figure, rounded)")
    amounts: list[Amount]
    reports: int
    first_reported: str | None


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """The envelope of every list: one page of items, how many there are in all, and the next page's link."""

    items: list[T]
    total: int = Field(description="items matching the request, on every page")
    page: int = Field(description="this page's number, from 1")
    per_page: int
    next: str | None = Field(description="the URL of the next page; null on the last")


class Evidence(BaseModel):
    start: int = Field(description="offset of the sentence in the article text")
    end: int
    text: str


class SourceOut(BaseModel):
    doc_id: str
    url: str | None
    outlet: str | None
    relation: str = Field(description="original | exact | near")
    similarity: float | None = None


class ReportDetail(BaseModel):
    report: int
    article: int
    title: str | None
    published: str | None
    published_source: str
    sources: list[SourceOut]
    kind: str
    name: str | None
    status: str
    date: str | None
    countries: list[str]
    quantity: int | None
    amounts: list[Amount]
    evidence: list[Evidence]
    merge: dict | None = Field(description="why the merge joined this report to the agreement (or did not)")


class ConflictValue(BaseModel):
    value: str | int | float
    reports: list[int]


class CommitmentBrief(BaseModel):
    id: int
    action: str
    due: str | None
    fulfilled_on: str | None


class AgreementDetail(AgreementOut):
    reports_detail: list[ReportDetail]
    conflicts: dict[str, list[ConflictValue]] = Field(description="details the reports disagree on")
    commitments: list[CommitmentBrief]


class ArticleReport(BaseModel):
    id: int
    agreement: int | None
    kind: str
    evidence: list[Evidence]


class ArticleSource(BaseModel):
    url: str | None
    outlet: str | None
    doc_id: str
    relation: str


class ArticleCommitment(BaseModel):
    id: int
    commitment: int | None = Field(description="the canonical commitment this statement is part of")
    action: str
    due: str | None
    evidence: list[Evidence]


class ArticleOut(BaseModel):
    id: int
    title: str | None
    published: str | None
    published_source: str
    text: str
    sources: list[ArticleSource]
    reports: list[ArticleReport]
    commitments: list[ArticleCommitment]


class CountryOut(BaseModel):
    code: str
    name: str
    agreements: int


class PartnerOut(BaseModel):
    partner: str
    name: str
    agreements: int
    usd_concluded: int | None  # concluded agreements' money, each sum whole for every partner to it
    usd_planned: int | None  # planned or proposed agreements' money
    sectors: list[str]
    first: str | None
    latest: str | None


class OrganizationOut(BaseModel):
    id: int
    name: str
    acronym: str | None
    country: str | None
    type: str | None


class PersonOut(BaseModel):
    id: int
    name: str
    role: str | None
    country: str | None


class ArticleBrief(BaseModel):
    id: int
    title: str | None
    published: str | None


class EntityOut(BaseModel):
    id: int
    name: str
    country: str | None
    aliases: list[str]
    mentions: int
    articles: list[ArticleBrief]
    acronym: str | None = None
    type: str | None = None
    role: str | None = None
    agreements: list[AgreementOut] | None = Field(default=None, description="an organization's agreements")


class CommitmentOut(BaseModel):
    id: int
    countries: list[str]
    action: str
    due: str | None
    status: str = Field(description="pending | due | overdue | fulfilled, as of the date asked")
    agreement: int | None
    reports: int
    fulfilled_on: str | None
    fulfilled_by_article: int | None


class StatsOut(BaseModel):
    articles: int
    sources: int
    reports: int
    agreements: int
    commitments: int
    organizations: int
    people: int
    by_year: dict[str, int]
    by_kind: dict[str, int]
    by_sector: dict[str, int]
    by_country: dict[str, int]


class SearchHit(BaseModel):
    article: int
    title: str | None
    published: str | None
    snippet: str


class NetworkNode(BaseModel):
    id: str
    label: str
    agreements: int


class NetworkEdge(BaseModel):
    source: str
    target: str
    weight: int = Field(description="agreements between the two")
    usd: float
    sectors: str
    agreement_ids: list[int]


class NetworkOut(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class ErrorBody(BaseModel):
    status: int
    message: str


class ErrorOut(BaseModel):
    error: ErrorBody
