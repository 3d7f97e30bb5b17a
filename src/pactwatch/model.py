"""Plain records shared by every stage.

Offsets are Python string indices into the document text, so that
``text[start:end]`` is the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Money:
    """A sum of money found in text: ``US$300 million`` is 300_000_000 USD."""

    amount: float
    currency: str  # ISO 4217 code
    start: int
    end: int
    text: str
    qualifier: str | None = None  # "over", "up to", "around", ... as written


@dataclass(frozen=True, slots=True)
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
