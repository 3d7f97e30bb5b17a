"""Periods that start now or from another day: when "over five years" or "within six months of signing" ends
(commitments read these; dates.py finds the times)."""

from __future__ import annotations

import functools
from datetime import date

from . import fastre
from ..model import TimeExpr
from .dates import _NUM, _UNIT, _Ctx, _h_within, _num, _span_after


_OVER = fastre.compile(rf"(?i:over)\s+(?:(?i:a\s+period\s+of|the(?:\s+next)?|next)\s+)?(?P<num>{_NUM})\s+(?P<unit>{_UNIT}|(?i:decades?))$")
_FOR = fastre.compile(rf"(?i:for)\s+(?:(?i:a\s+period\s+of|the\s+next|next)\s+)?(?P<num>{_NUM})\s+(?P<unit>{_UNIT}|(?i:decades?))$")


def period_end(t: TimeExpr, published: date | None, paid: bool = False) -> str | None:
    """When a period that starts now ends: "over five years" told of a promise is due in five years; so is
    "for five years" told of a sum (``paid``: "will contribute $2 million a year for five years")."""
    m = (_OVER.match(t.text) or (_FOR.match(t.text) if paid else None)) if t.kind == "duration" and published else None
    if m is None or _num(m["num"]) * (10 if m["unit"][0] in "dD" else 1) > 30:
        return None  # "a tradition of over 60 years": more than, not a time to come
    return _h_within(m, _Ctx(t.text, published))[1]


_WITHIN = fastre.compile(rf"(?i:within)\s+(?:(?i:the\s+)?(?i:next|coming)\s+)?(?P<num>{_NUM})\s+(?P<unit>{_UNIT}|(?i:decades?))$")


def counted_from(t: TimeExpr, start: date) -> str | None:
    """A span told from another day than the article's: "within six months of signing" is six months after the
    signing; "over 15 years" from it, fifteen years after. None for any other time."""
    m = _WITHIN.match(t.text) or _OVER.match(t.text)
    if m is None:
        return None
    return _span_after(start, _num(m["num"]), m["unit"])


BACKGROUND_DAYS = 90  # an instrument dated this long before the article is background to its news


@functools.lru_cache(maxsize=4096)  # (asked again and again of a document's few dates)
def last_day(value: str):
    """The last day (the 28th at most) of a date told at its own precision: "2009" -> 2009-12-28."""
    year, month, day = (list(map(int, value.split("-"))) + [12, 28])[:3]
    return date(year, month, min(day, 28))


@functools.lru_cache(maxsize=4096)
def older(value: str, published) -> bool:
    """Whether a date at its own precision lies more than BACKGROUND_DAYS before ``published``, or is a year
    before the article's ("set up last year": told as past, not as the news)."""
    try:
        if len(value) == 4 and int(value) < published.year:
            return True
        return (published - last_day(value)).days > BACKGROUND_DAYS
    except ValueError:
        return False
