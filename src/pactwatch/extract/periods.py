"""Periods that start now or from another day: when "over five years" or "within six months of signing" ends; a
month told with no year in a promise, and a year that closes a plan's name (commitments read these; dates.py finds
the times)."""

from __future__ import annotations

import functools
import re
from datetime import date

from . import fastre
from ..model import TimeExpr
from .doc import Document
from .dates import _NUM, _UNIT, _Ctx, _h_within, _num, _span_after


_LOW = rf"(?:{_NUM}\s*(?:(?i:to|or)\s+|[-–]\s*))?"  # the shorter end of a range ("over three to five years")
_OVER = fastre.compile(rf"(?i:over)\s+(?:(?i:a\s+period\s+of|the\s+course\s+of|the(?:\s+next)?|next|an?(?=\s+\S+[-–]))\s+)?{_LOW}"
                       rf"(?P<num>{_NUM})[\s–-]+(?P<unit>{_UNIT}|(?i:decades?))$")  # ("over a three-year period")
_FOR = fastre.compile(rf"(?i:for)\s+(?:(?i:a\s+period\s+of|the\s+next|next)\s+)?{_LOW}(?P<num>{_NUM})\s+(?P<unit>{_UNIT}|(?i:decades?))$")


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


_NAME_BEFORE = fastre.compile(r"\b(?!(?:By|In|From|Until|Before|Since|Through|After|Over|Within|During|Spring|Summer|"
                             r"Autumn|Fall|Winter|January|February|March|April|May|June|July|August|September|October|"
                             r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Early|Late|Mid|End)\b)"
                             r"[A-Z][a-zß-öø-ÿ]+[A-Za-zÀ-ÖØ-öø-ÿ-]*\s+$")  # ("Roadmap 2040", "Vision 2030"; not "By 2030", "Summer 2027")
_YEAR_OR_PAST = fastre.compile(r"\d{4}|\b(?:last|past|previous|earlier|this)\b", re.IGNORECASE)


def names_a_plan(text: str, floor: int, t: TimeExpr) -> bool:
    """A year that closes the name of a plan ("the Kenya Energy Sector Roadmap 2040", "Vision 2030"), no time of a
    promise (but "By 2030", "Summer 2027")."""
    return t.rule == "year" and t.text[:1].isdigit() and bool(_NAME_BEFORE.search(text, max(floor, t.start - 30), t.start))


def month_to_come(t: TimeExpr, value: str | None, today: str | None) -> str | None:
    """A month told with no year in a promise is the one to come: dates read a bare "June" as the last one."""
    if value is not None and today and t.rule in ("month", "period") and len(value) == 7 and value < today[:7] \
            and not _YEAR_OR_PAST.search(t.text):
        return f"{int(value[:4]) + 1}{value[4:]}"
    return value


# "a 10-year strategy through 2035", "the five-year roadmap (2026-2030)", "a two-year programme running to 2028"
_PLAN_SPAN = fastre.compile(rf"\b{_NUM}[-–\s](?i:year|month)s?(?:-long)?\s+(?:[\w-]+\s+){{0,3}}?(?i:plan|strategy|strategies|"
                            r"roadmap|road\s+map|programmes?|programs?|framework|agenda|initiative|vision|project|"
                            r"partnership|pact|agreement|deal|contract|mou|compact|blueprint)s?\s*[(,]?\s*(?:(?i:running|"
                            r"lasting|valid|extending|covering|spanning|that\s+runs|which\s+runs)\s+)?(?:(?i:through|thru|to|"
                            r"until|till|up\s+to|from)\s+)?$")
_SPAN_WORDS = fastre.compile(r"(?i:through|thru|to|until|till|up\s+to|from|between|\(?\d)")


def spans_a_plan(text: str, floor: int, t: TimeExpr) -> bool:
    """A time that tells how long a plan named by its length runs ("will draw up a 10-year strategy through 2035"):
    how long it runs, no time of the promise (but "a five-year roadmap by June" is one)."""
    return (t.kind == "range" or bool(_SPAN_WORDS.match(t.text)) or t.rule == "year") and \
        bool(_PLAN_SPAN.search(text, max(floor, t.start - 90), t.start))


# "..., including the upcoming UN summit in", "such as the next Africa energy forum in Nairobi in": an event listed in
# the object, told with its own date
_LISTED_EVENT = fastre.compile(r"\b(?i:including|such\s+as|like|notably)\s+(?:(?i:the|an?)\s+)?(?:(?i:upcoming|forthcoming|"
                               r"next|coming|planned)\s+)?(?:[\w’'-]+\s+){0,10}?(?i:summit|meeting|conference|forum|"
                               r"session|games|olympics|expo|exhibition|election|assembly|congress|fair|week|cop\d*)"
                               r"(?:\s+(?:of|on|in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?\s*,?\s*$")


# ", ahead of the president's planned visit to Paris next month", ", on the eve of the leaders' meeting in Muscat": an
# occasion set off by a comma after what was agreed tells when the news came, not when the act is due
_SET_OFF_OCCASION = fastre.compile(r",\s*(?i:ahead\s+of|in\s+the\s+run-up\s+to|on\s+the\s+eve\s+of|days\s+before|weeks\s+"
                                   r"before)\s+(?:[\w’'.-]+\s+){0,8}?(?i:visit|trip|tour|summit|meeting|talks|"
                                   r"conference|forum|session|election)(?:\s+(?:to|of|in|at)\s+(?:the\s+)?[A-Z][\w’'-]*"
                                   r"(?:\s+[A-Z][\w’'-]*){0,3})?\s*$")


def an_events_date(text: str, floor: int, t: TimeExpr) -> bool:
    """A date told of an event listed in the object ("will support Africa's voice, including the upcoming UN summit
    in September") or of an occasion set off after the act (", ahead of the leader's visit next month"): the event's
    day, not the act's."""
    return bool(_LISTED_EVENT.search(text, max(floor, t.start - 120), t.start)
                or "," in text[max(floor, t.start - 120):t.start] and _SET_OFF_OCCASION.search(
                    text, max(floor, t.start - 120), t.start))


def signing_day(doc: Document, index: int) -> date | None:
    """The day the instrument told in or before sentence ``index`` was signed, when the article gives it."""
    for back in range(4):
        sentence = doc.sentences[index - back] if index - back >= 0 else None
        if sentence is None:
            break
        for agreement in doc.agreements:
            if agreement.date and len(agreement.date) == 10 and agreement.status in ("concluded", "existing") and any(
                    sentence.start <= e.start < sentence.end for e in agreement.evidence):
                return date.fromisoformat(agreement.date)
    return None
