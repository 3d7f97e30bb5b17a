"""Times told by a part of the day or a season, resolved against the publication date P (dates.py runs these
rules with its own).

* Hours to come: ``within the next 24 hours``, ``within hours``, ``in the coming hours`` = the day they end on.
* The rest of the day: ``later today``, ``later in the day``, ``this afternoon``, ``this evening``, ``tonight``
  = P (a signing set for the day).
* Seasons are vague times, recorded as their year: ``in the coming spring``, ``next summer`` (the next one to
  come: the year after when told during that season), ``this autumn``, ``later this summer``, ``in the fall``,
  ``last winter`` (the last one gone by), ``in spring 2028``, ``in the winter of 2027``. A bare ``in the spring``
  is the one to come with future wording in the sentence, else the last one begun. A season word needs a
  preposition, a determiner or a year before it counts ("prices fall", "a summer school" are no times).
* A school or academic year is the year it opens: ``in the 2026/2027 academic year`` = 2026, ``this academic
  year`` = P's year from July on (else the year before), ``by the next school year`` one more.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from . import yearturns

_Y = r"(?:19|20)[0-9]{2}(?![0-9])"
_FIRST_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_NOT_AFTER = r"(?!['’]s\b|\s+(?i:school|camp|session|term|semester|olympics|games|meetings?|festival|break|" \
             r"holidays?|intern\w*|institute|academy|edition|collection|season|solstice|equinox|of\s+(?!" + _Y + r")))"
DAY_PART = (r"\b(?:(?i:later)\s+(?:(?i:on\s+)?(?i:today|tonight)|(?i:in|during)\s+(?i:the)\s+(?i:day|afternoon|evening)|"
            r"(?i:this)\s+(?i:afternoon|evening))|(?i:this)\s+(?i:afternoon|evening|morning)|(?i:tonight))\b(?!['’]s)")
SEASON = (r"(?:\b(?P<pre>(?i:in|during|by|until|till|before|after|from|over|through|around|for|ahead\s+of))\s+)?"
          r"(?:\b(?P<later>(?i:later|earlier))\s+)?"
          r"(?:\b(?P<rel>(?i:the\s+coming|this\s+coming|the\s+upcoming|this\s+past|the\s+next|next|this|last|coming|"
          r"upcoming|the))\s+)?"
          r"(?:\b(?P<part>(?i:early|mid|late))[-\s]+)?"
          r"\b(?P<s>(?i:spring|summer|autumn|fall|winter))\b"
          r"(?:,?\s+(?:(?i:of)\s+)?(?P<y>" + _Y + "))?")

DAY_PART_WORDS = ("day", "tonight", "afternoon", "evening", "morning")  # (every match holds one: the gate of the
SEASON_WORDS = ("spring", "summer", "autumn", "fall", "winter")           # rule, checked in test_word_gates.py)

_Out = tuple[str, str | None, str | None] | None
HOURS = (r"\b(?i:within|in)\s+(?:(?i:the\s+)?(?i:next|coming)\s+)?(?:(?P<n>[0-9]{1,3})\s+|(?i:a\s+few|several)\s+)?"
         r"(?i:hours)\b(?!\s+(?i:of|ago)\b)")
HOURS_WORDS = ("hours",)


def day_part(m: re.Match, c) -> _Out:
    """The rest of the publication day."""
    return "date", None if c.pub is None else c.pub.isoformat(), None


def hours(m: re.Match, c) -> _Out:
    """"within the next 24 hours", "within hours": the day they end on."""
    if c.pub is None:
        return "deadline", None, None
    return "deadline", (c.pub + timedelta(days=int(m["n"] or 0) // 24)).isoformat(), None


def _year_to_come(first: int, pub: date, strictly_next: bool) -> int:
    """The year of the next season starting in month ``first``: this year's unless it has ended (or, for "next",
    has begun)."""
    last = first + 2  # (winter runs into the next year: it never ends within the year)
    if pub.month > last or strictly_next and first <= pub.month:
        return pub.year + 1
    return pub.year


def season(m: re.Match, c) -> _Out:
    pre, rel, word = (m["pre"] or "").lower(), " ".join((m["rel"] or "").lower().split()), m["s"].lower()
    if not (pre or rel or m["y"] or m["later"]):
        return None  # a season word alone: no time ("prices fall", "a summer school")
    if rel == "the" and not pre or word == "fall" and not (rel or m["y"]) or m["later"] and rel != "this":
        return None  # "in fall" is rare ("fall in line"); "later summer"
    if re.match(_NOT_AFTER, c.text[m.end():m.end() + 30]) is None and not m["y"]:
        return None
    kind = "deadline" if pre in ("by", "until", "till", "before", "ahead of") else "date"
    if m["y"]:
        return kind, m["y"], None
    if c.pub is None:
        return kind, None, None
    first, pub = _FIRST_MONTH[word], c.pub
    if rel in ("last", "this past"):
        return kind, str(pub.year if pub.month > first + 2 else pub.year - 1), None
    if rel == "this" or m["later"]:
        return kind, str(pub.year), None
    if rel in ("next", "the next"):
        return kind, str(_year_to_come(first, pub, True)), None
    if rel in ("the coming", "this coming", "the upcoming", "coming", "upcoming") or kind == "deadline" or \
            c.future(m.start()):
        return kind, str(_year_to_come(first, pub, False)), None
    return kind, str(pub.year if pub.month >= first else pub.year - 1), None  # "opened in the spring": the last one


# a school or academic year, the year it opens: "in the 2026/2027 academic year", "this academic year", "by the next
# school year" (one opened in the autumn: told before July, "this" one opened last calendar year)
_SCHOOL_YEAR = r"(?i:academic|school|university|study|teaching)\s+(?i:year)\b"
SCHOOL_YEAR_SPAN = (r"(?:\b(?i:in|from|during|by)\s+)?(?:\b(?i:the)\s+)?\b(?P<y1>" + _Y +
                    r")\s*[-–—/]\s*(?:19|20)?[0-9]{2}\s+" + _SCHOOL_YEAR)
SCHOOL_YEAR = (r"\b(?:(?P<pre>(?i:from|starting|beginning|by|in))\s+)?(?:(?i:the)\s+)?"
               r"(?P<rel>(?i:next|this|current|coming|last|previous))\s+" + _SCHOOL_YEAR)
SCHOOL_WORDS = ("academic", "school", "university", "study", "teaching")  # (every match holds one)


def school_year_span(m: re.Match, c) -> _Out:
    return "date", m["y1"], None


def school_year(m: re.Match, c) -> _Out:
    kind = "deadline" if (m["pre"] or "").lower() in ("from", "starting", "beginning", "by") else "date"
    off = {"next": 1, "coming": 1, "last": -1, "previous": -1}.get(m["rel"].lower(), 0)
    return kind, None if c.pub is None else str(c.pub.year - (c.pub.month < 7) + off), None


RULES: tuple[tuple[str, str, Callable], ...] = (
    ("relative_day", DAY_PART, day_part),
    ("relative", SEASON, season),
    ("relative_day", HOURS, hours),
    *yearturns.RULES,  # the year running out, the new year, half-years, the decade's end (yearturns.py)
    ("school_year", SCHOOL_YEAR_SPAN, school_year_span),
    ("school_year", SCHOOL_YEAR, school_year),
)
