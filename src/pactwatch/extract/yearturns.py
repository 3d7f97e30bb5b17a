"""Times told by the turn of a year, a half-year or a decade, resolved against the publication date P (dates.py
runs these rules with its own).

* The year running out: ``before the year is out``, ``before this year ends``, ``before the year is over``,
  ``within the year``, ``within this year`` = the end of P's year (a deadline).
* Weeks and months ahead: ``in the months ahead``, ``over the weeks ahead``, ``in the days ahead`` = a vague time,
  recorded as its year, as "in the coming months" (two months on, three weeks on, the day itself).
* The new year: ``in the new year``, ``early in the new year``, ``after the new year`` = the year to come when told
  in the second half of a year, else P's own (a vague time, recorded as its year). Not a holiday told by the words
  ("the Lunar New Year", "the New Year holiday").
* A span told as a range of numbers: ``within 12 to 18 months``, ``over the next three to five years``, ``in the
  coming two or three weeks`` = when its longer end runs out, as "within 18 months" / "over the next five years".
* Half-years written short: ``H1 2027``, ``2027 H2``, ``in 1H 2027`` = the half's last month.
* The decade's end: ``by the end of the decade``, ``by the turn of the decade``, ``before the decade is out``,
  ``by decade's end`` = the first year of the next decade (news writes "by the end of the decade" for "by 2030" in
  the 2020s).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

_Y = r"(?:19|20)[0-9]{2}(?![0-9])"
_Out = tuple[str, str | None, str | None] | None

YEAR_OUT = (r"\b(?:(?P<pre>(?i:before|by\s+the\s+time))\s+(?i:the|this)\s+(?i:year)\s+(?i:is\s+(?:out|over|done)|"
            r"ends|closes|draws\s+to\s+(?:a|its)\s+close|comes\s+to\s+(?:an|its)\s+end)|"
            r"(?i:within)\s+(?i:the|this)\s+(?:(?i:current|calendar)\s+)?(?i:year))\b(?!['’]s|\s+(?i:of)\b)")
YEAR_OUT_WORDS = ("year",)

AHEAD = r"\b(?i:in|over|during|within)\s+(?i:the)\s+(?P<units>(?i:days|weeks|months))\s+(?i:ahead)\b"
AHEAD_WORDS = ("ahead",)

_N = r"(?:[0-9]{1,3}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty))"
_N_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())} \
    | {"fifteen": 15, "eighteen": 18, "twenty": 20, "thirty": 30}
RANGE_SPAN = (r"\b(?P<pre>(?i:within|in|over|during|for))\s+(?:(?i:the)\s+)?(?P<next>(?i:next|coming)\s+)?(?P<a>" + _N +
              r")\s*(?:(?i:to|or)\s+|[-–]\s*)(?P<b>" + _N + r")\s+(?P<unit>(?i:years|months|weeks|days))\b"
              r"(?!\s+(?i:ago|old|of)\b)")
RANGE_SPAN_WORDS = ("year", "month", "week", "day")

NEW_YEAR = (r"\b(?:(?i:early|later|sometime|soon)\s+)?(?P<pre>(?i:in|into|after|"
            r"early\s+in|at\s+the\s+start\s+of|at\s+the\s+beginning\s+of))\s+(?i:the)\s+(?i:new)\s+(?i:year)\b"
            r"(?!['’]s|\s+(?i:holiday|holidays|celebrations?|festivities|festival|break|eve|day|address|message|"
            r"greetings?|period|reception|speech))")
NEW_YEAR_WORDS = ("new",)

HALF = (r"\b(?:(?P<pre>(?i:by|in|during|from|before|until|till|ahead\s+of))\s+)?(?:(?:H|(?P<n>[12])H)(?P<h>[12])?"
        r"(?:\s+|['’]|-)(?:(?i:of)\s+)?(?P<y>" + _Y + r")|(?P<y2>" + _Y + r")\s+H(?P<h2>[12]))\b")
HALF_WORDS = ("h1", "h2", "1h", "2h")

DECADE_END = (r"\b(?P<pre>(?i:by|before|until|till|towards?|around|at|in|ahead\s+of))\s+(?:(?i:the)\s+)?(?:"
              r"(?i:end|turn|close)\s+(?i:of)\s+(?i:the|this)\s+(?i:decade)|(?i:decade)(?:['’]s\s+|-)(?i:end))\b"
              r"|\b(?P<pre2>(?i:before))\s+(?i:the|this)\s+(?i:decade)\s+(?i:is\s+(?:out|over)|ends)\b")
DECADE_WORDS = ("decade",)

_DEADLINE_PRE = ("by", "before", "until", "till", "ahead of", "by the time")


def _pre(m: re.Match) -> str:
    return " ".join((m["pre"] or "").lower().split())


def year_out(m: re.Match, c) -> _Out:
    """"before the year is out": the end of the publication year."""
    return "deadline", None if c.pub is None else f"{c.pub.year:04d}-12", None


def ahead(m: re.Match, c) -> _Out:
    """"in the months ahead": a vague time, its year (as "in the coming months")."""
    if c.pub is None:
        return "date", None, None
    units = m["units"].lower()
    later = c.pub + timedelta(days={"months": 61, "weeks": 21}.get(units, 0))
    return "date", str(later.year), None


def range_span(m: re.Match, c) -> _Out:
    """"within 12 to 18 months", "over the next three to five years": the longer end, as one number would be.
    "over three to five years", "for the next two to three years" tell how long (a duration: periods.py reads when
    one told of a promise ends); a range after a bare "in" is no time frame here ("was built in two to three
    years")."""
    pre = m["pre"].lower()
    low, high = (int(x) if x.isdigit() else _N_WORDS[x.lower()] for x in (m["a"], m["b"]))
    if not 0 < low < high:
        return None
    if pre == "for" or pre == "over" and not m["next"]:
        return "duration", None, None
    if not (pre == "within" or m["next"]):
        return None
    if c.pub is None:
        return "deadline", None, None
    from .dates import _span_after  # (dates runs these rules: read at call time)
    if pre != "within" and m["unit"][0] in "yY":
        return "deadline", str(c.pub.year + high), None  # as "over the next five years"
    return "deadline", _span_after(c.pub, high, m["unit"]), None


def new_year(m: re.Match, c) -> _Out:
    """"in the new year": the year to come, told in a year's second half; else the publication year."""
    if c.pub is None:
        return "date", None, None
    return "date", str(c.pub.year + (c.pub.month >= 7)), None


def half(m: re.Match, c) -> _Out:
    """"H1 2027", "2027 H2", "1H 2027": the half-year's last month."""
    h = m["h"] or m["n"] or m["h2"]
    if h is None or m["h"] and m["n"]:
        return None  # a bare "H 2027", "1H2 2027": no half
    kind = "deadline" if _pre(m) in _DEADLINE_PRE else "date"
    return kind, f"{m['y'] or m['y2']}-{6 * int(h):02d}", None


def decade_end(m: re.Match, c) -> _Out:
    """"by the end of the decade": the year that closes the publication year's decade."""
    pre = _pre(m) or (m["pre2"] or "").lower()
    kind = "deadline" if pre in _DEADLINE_PRE or pre.startswith("toward") else "date"
    return kind, None if c.pub is None else str(c.pub.year // 10 * 10 + 10), None


RULES: tuple[tuple[str, str, Callable], ...] = (
    ("period", YEAR_OUT, year_out),
    ("within", RANGE_SPAN, range_span),
    ("relative", AHEAD, ahead),
    ("relative", NEW_YEAR, new_year),
    ("quarter", HALF, half),
    ("period", DECADE_END, decade_end),
)
