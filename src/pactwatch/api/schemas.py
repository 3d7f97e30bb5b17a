"""Request bodies and response models of the API (pydantic)."""

from __future__ import annotations

from datetime import date

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


class AgreementPage(BaseModel):
    items: list[AgreementOut]
    total: int
    page: int
    per_page: int


class ErrorBody(BaseModel):
    status: int
    message: str


class ErrorOut(BaseModel):
    error: ErrorBody
