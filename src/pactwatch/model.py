"""Plain records shared by every stage.

Offsets are Python string indices into the document text, so that
``text[start:end]`` is the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(slots=True, unsafe_hash=True)  # not frozen: instances are made by the thousand, and frozen ones are slow to make
class Money:
    """A sum of money found in text: ``US$300 million`` is 300_000_000 USD."""

    amount: float
    currency: str  # ISO 4217 code
    start: int
    end: int
    text: str
    qualifier: str | None = None  # "over", "up to", "around", ... as written


@dataclass(slots=True, unsafe_hash=True)  # not frozen: instances are made by the thousand, and frozen ones are slow to make
class TimeExpr:
    """A date, deadline, range or duration found in text, resolved when possible.

    ``value`` is ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` at the precision the
    text supports, or ``None`` when it cannot be resolved (no reference date).
    """

    start: int
    end: int
    text: str
    kind: str  # "date" | "deadline" | "range" | "duration"
    value: str | None
    end_value: str | None = None  # last point of a range
    rule: str = ""


@dataclass(slots=True)
class Evidence:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Amount:
    amount: float
    currency: str
    usd: float | None = None
    qualifier: str | None = None

    def to_dict(self) -> dict:
        out = {"amount": _number(self.amount), "currency": self.currency, "usd": _number(self.usd)}
        if self.qualifier:
            out["qualifier"] = self.qualifier
        return out


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 2)


@dataclass(slots=True)
class Agreement:
    kind: str
    name: str | None
    countries: list[str]
    organizations: list[str]
    sectors: list[str]
    status: str  # concluded | planned | proposed | existing
    date: str | None
    quantity: int | None
    amounts: list[Amount]
    evidence: list[Evidence]
    rule: str = ""

    def to_dict(self) -> dict:
        return {
            "kind": self.kind, "name": self.name, "countries": self.countries,
            "organizations": self.organizations, "sectors": self.sectors, "status": self.status,
            "date": self.date, "quantity": self.quantity,
            "amounts": [a.to_dict() for a in self.amounts],
            "evidence": [e.to_dict() for e in self.evidence], "rule": self.rule,
        }


@dataclass(slots=True)
class Commitment:
    countries: list[str]
    action: str
    due: str | None
    evidence: list[Evidence]
    rule: str = ""

    def to_dict(self) -> dict:
        return {"countries": self.countries, "action": self.action, "due": self.due,
                "evidence": [e.to_dict() for e in self.evidence], "rule": self.rule}


@dataclass(slots=True)
class Person:
    name: str
    role: str | None
    country: str | None
    mentions: list[Evidence]
    rule: str = ""
    country_rule: str = ""  # "text" (the article says it), "lexicon" (people.tsv), or from extract/nationality.py:
    # "portfolio", "name", "story", "dateline" or "pairing" (the official beside, extract/personcountry.py)

    def to_dict(self) -> dict:
        return {"name": self.name, "role": self.role, "country": self.country, "rule": self.rule,
                "country_rule": self.country_rule, "mentions": [e.to_dict() for e in self.mentions]}


@dataclass(slots=True)
class Organization:
    name: str
    acronym: str | None
    aliases: list[str]
    country: str | None
    type: str | None
    mentions: list[Evidence]
    rule: str = ""

    def to_dict(self) -> dict:
        return {"name": self.name, "acronym": self.acronym, "aliases": self.aliases,
                "country": self.country, "type": self.type, "rule": self.rule,
                "mentions": [e.to_dict() for e in self.mentions]}


@dataclass(slots=True)
class Extraction:
    """What the extractor found in one document."""

    id: str
    published: str | None
    agreements: list[Agreement]
    commitments: list[Commitment]
    amounts: list[dict]
    people: list[Person]
    organizations: list[Organization]
    countries: list[str]
    title: str | None = None
    url: str | None = None
    rejected: list[dict] | None = None  # with ExtractOptions(explain=True): instrument words left out, and why

    def to_dict(self) -> dict:
        out = {
            "id": self.id, "title": self.title, "url": self.url, "published": self.published,
            "countries": self.countries,
            "agreements": [a.to_dict() for a in self.agreements],
            "commitments": [c.to_dict() for c in self.commitments],
            "amounts": self.amounts,
            "people": [p.to_dict() for p in self.people],
            "organizations": [o.to_dict() for o in self.organizations],
        }
        if self.rejected is not None:
            out["rejected"] = self.rejected
        return out


@dataclass
class InputDocument:
    id: str
    text: str
    published: date | None = None
    published_from: str | None = None  # where ``published`` came from: input | page | feed | url (ingest/published.py)
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    source: str = ""  # where it came from: "file.jsonl:12", "samples/a.txt", "<stdin>"
    warnings: list[str] = field(default_factory=list)
