"""Time expressions in English news, resolved against the publication date P.

``find_dates`` runs every rule over the whole text; overlaps go to the longest
match (ties: earlier rule).  A preposition a rule uses ("on", "in", "by",
"from", ...) is part of the span.  Values are ISO at the precision the text
supports; relative ones are None when P is None.

* Absolute: ``2026-03-02``, ``19 January 2026``, ``January 18th, 2024``, ``Jan.
  18, 2024``; ``in August of 2023`` (YYYY-MM); ``in 2024``, ``from 1985``, bare
  19xx/20xx unless a unit or currency sign shows a quantity; ``fiscal 2025``.
  ``March 2`` / ``2 March`` take P's year, or the next/previous year when that
  is more than six months from P.  A weekday followed by a date ("on Monday (Mar
  2)", "Monday, March 2") takes the date.
* ``today``/``tomorrow``/``yesterday`` = P, P+1, P-1; ``this|next|last week`` =
  P, P+7, P-7 days; ``this|next|last month`` (YYYY-MM); ``this|next|last year``,
  ``later/earlier this year``, ``early next year`` (YYYY); ``two years ago``.
* ``on Monday``/bare ``Friday``: with future wording in the sentence (will, to
  be, is/are to, scheduled, expected to, plans to, set to, ...) the first such
  day on/after P, else the last on/before P; ``last``/``next Monday`` strictly.
* ``on the 9th``: day 9 of P's month if 9 <= P.day (or the sentence is future),
  else of the month before.
* ``in April`` (since/during/early/mid/late, or a bare capitalised month other
  than "May"): the latest April not after P's month -- a later month of P's year
  only with future wording.  ``last April`` is strictly before P's month, ``next
  April`` strictly after; ``April last|this|next year`` names the year.
* ``mid-2026``/``the middle of the year`` = YYYY-06, ``the end of 2026``/
  ``year-end`` = YYYY-12, ``the third quarter of 2026`` = YYYY-09.
* Quarters: ``by the third quarter`` = this year's (next year's once past), ``Q3 2027``, ``2027 Q2`` = YYYY-09/06.
* Deadlines: ``by|before|until|no later than|ahead of`` + a year, a month (next
  one on/after P), ``next year`` or one of the periods above; ``within 12
  months|two years|90 days`` = P + span (month precision for months/years, day
  precision for weeks/days); ``in|over the next five years`` = P.year+5; ``from
  the next financial year`` = P.year+1.
* Ranges: ``2026-2030``, ``2026–2030``, ``2025-26``, ``between 2025 and 2030``,
  ``from 2025 to 2030``, ``from January to March 2026`` (value, end_value).
* Durations (value None): ``for three years``, ``over five years``, ``a
  three-year``.  Numbers: digits, one..twenty, a/an.  ``the coming years`` and
  ``quarterly`` are not dates.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import re
from collections.abc import Callable
from datetime import date, timedelta

from pactwatch.model import TimeExpr

from . import fastre
from .dategates import HYPHENED_UNITS, MONTH_HINTS, YEAR_HINT, runnable  # noqa: F401 (HYPHENED_UNITS: the
# gate of a rule here, checked in tests/extract/test_word_gates.py)
from .seasons import RULES as _SEASON_RULES
from .text import windows_around

__all__ = ["add_months", "find_dates"]

_MONTH_NAMES = ("january february march april may june july august september "
                "october november december").split()
_MONTHS = {n: i + 1 for i, n in enumerate(_MONTH_NAMES)} | {n[:3]: i + 1 for i, n in enumerate(_MONTH_NAMES)}
_MONTHS["sept"] = 9
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUM_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
              "fifteen sixteen seventeen eighteen nineteen twenty").split()
_NUMBERS = {w: i + 1 for i, w in enumerate(_NUM_WORDS)} | {"a": 1, "an": 1}
_PART_MONTH = {"mid": 6, "middle": 6, "first half": 6, "end": 12, "second half": 12, "start": 1,
               "beginning": 1, "first quarter": 3, "second quarter": 6, "third quarter": 9,
               "fourth quarter": 12}
_DEADLINE_PRE = frozenset({"by", "before", "no later than", "not later than", "until", "till", "ahead of",
                           "through"})
_REL_OFFSET = {"this": 0, "the current": 0, "the": 0, "next": 1, "the coming": 1, "last": -1}

_Y = r"(?:19|20)[0-9]{2}(?![0-9])"
_MON_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
_MON_ANY = rf"(?:{_MON_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b))"
_NUM = r"(?i:[0-9]{1,3}|" + "|".join(sorted(_NUM_WORDS, key=len, reverse=True)) + r"|an?)"
_UNIT = r"(?i:years?|months?|weeks?|days?)"
_PREP = r"(?:\b(?i:on|in|since|from|during|as\s+of)\s+)?"
_LOCAL = r"(?:\s*\((?:(?i:local)|[A-Z][A-Za-z.]*)\s+(?i:time)\))?"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_TGT = (  # what follows "by" / "in" in period expressions; see _target_value
    r"(?:(?i:the\s+)?(?P<part>(?i:end|middle|mid|start|beginning|first\s+half|second\s+half|"
    r"(?:first|second|third|fourth)\s+quarter))\s+(?i:of)\s+)?"
    r"(?:(?P<part2>(?i:early|mid|late|end))(?:-|\s+))?"
    rf"(?:(?P<y>{_Y})(?![-–][0-9])"
    rf"|(?P<mon>{_MON_FULL})(?:,?\s+(?:of\s+)?(?P<my>{_Y}))?"
    r"|(?:(?P<rel>(?i:the\s+current|the\s+coming|the|this|next|last))\s+)?"
    r"(?P<unit>(?i:year|month))(?P<ye>(?i:[-\s]end|['’]s\s+end))?\b)"
)

_FUTURE = fastre.compile(r"\b(?i:will|shall|to\s+be|is\s+to|are\s+to|scheduled|slated|expected\s+to|"
                     r"plans?\s+to|planning\s+to|set\s+to|intends?\s+to|upcoming|going\s+to|poised\s+to|"
                     r"due\s+to\s+(?:sign|be|hold|meet|visit|launch|start|begin|open|ink|conclude|adopt|finali[sz]e)|"
                     r"(?:is|are)\s+due\s+(?:in|on|by|for)|(?:begins|starts|opens|commences|expires|lapses)\s+(?:in|on)|"
                     r"(?:enters|comes|goes)\s+into\s+(?:force|effect)|takes\s+effect)\b")
# where something was said: "in a joint declaration", "in their statement" (dates and commitments read it)
SAID_IN_TEXT = r"\s+in\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:statement|declaration|communiqu[eé]|release)"
_REPORTED = fastre.compile(r"(?<!\bbe )(?<!\bbeen )\b(?:said|announced|told(?:\s+\w+)?|stated|reported|added|noted|"
                       r"confirmed|revealed|disclosed)(?:" + SAID_IN_TEXT + r")?\s*,?\s*$")  # ("said in a joint
# declaration on Monday": the day it was said)
# a verb in the past right before the time: "signed an MOU on Monday", "met in Seoul on Friday"
_DONE_BEFORE = fastre.compile(r"(?<!\bbe )(?<!\bwill )(?<!\bto )\b(?:signed|inked|agreed|concluded|adopted|launched|unveiled|"
                          r"announced|met|held|opened|inaugurated|established|exchanged|sealed|struck|reached|"
                          r"approved|endorsed|released|issued|set up)\b(?![^.;]*\b(?:will|shall)\s+(?:sign|hold|meet)"
                          r"\b[^.;]*$)[^.;,:]{0,45}$", re.IGNORECASE)
_SENT_END = fastre.scanner(r"[.!?]+[\"'”’)\]]*\s+|\n")
_ABBREV_END = fastre.compile(r"(?:\b(?:[A-Za-z]\.)*[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Mar|Apr|Jun|"
                         r"Jul|Aug|Sept?|Oct|Nov|Dec|Gov|Sen|Rep|Prof|Gen|Jr|Sr|vs))$")
_NOT_YEAR_AFTER = fastre.compile(
    r"\s*(?:%|(?i:percent|per\s+cent|people|persons|students|workers|employees|jobs|units|won|yen|"
    r"yuan|dollars|euros|companies|firms|members|times|tons|tonnes|km|kg|MW|GW|hectares|cases|"
    r"participants|delegates|researchers|engineers|patents|pages|hours)\b)")
_NOT_YEAR_BEFORE = fastre.compile(r"(?:[$€£¥₩]|(?i:no\.|level|number|#|version|model|room))\s*$")
_YEAR_IN_NAME = fastre.compile(r"\b(?:Vision|Horizon|Agenda|Expo|EXPO|Mission|Viksit Bharat)\s+$")
# a capitalised word inside a sentence right before the month: "Long March", "Arab Spring" (a name goes on); not a
# sentence's first word ("Starting March, ...") nor a determiner or preposition
_NAME_BEFORE = fastre.compile(r"(?<=[\w,;] )(?!(?:The|This|That|Last|Next|Early|Late|Mid|Since|Until|From|During|In|"
                              r"On|By|Of|For|And|But|Its|Their|Our|Each|Every|Before|After)\b)[A-Z][a-z]+\s+$")
_CAP_NEXT = fastre.compile(r"\s+[A-Z]")
_CAP_BEFORE = fastre.compile(r"[A-Z]\w*\s+$")
_OPEN_GAP, _COMMA_GAP, _CLOSE = fastre.compile(r"[ \t]*\([ \t]*"), fastre.compile(r",?[ \t]+"), fastre.compile(r"[ \t]*\)")


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months, the day clamped to the month's length."""
    y, m0 = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, m0 + 1, min(d.day, calendar.monthrange(y, m0 + 1)[1]))


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str:
    if d is not None:
        return date(y, m, d).isoformat()
    if not 1 <= y <= 9999 or (m is not None and not 1 <= m <= 12):
        raise ValueError("out of range")
    return f"{y:04d}" if m is None else f"{y:04d}-{m:02d}"


def _month(name: str) -> int:
    return _MONTHS[name.rstrip(".").lower()]


def _num(s: str) -> int:
    s = s.lower()
    return int(s) if s.isdigit() else _NUMBERS[s]


def _norm(s: str | None) -> str:
    return " ".join((s or "").lower().split())


class _Ctx:
    """Text, reference date and a lazily built sentence index."""

    __slots__ = ("text", "pub", "_bounds")

    def __init__(self, text: str, pub: date | None) -> None:
        self.text, self.pub, self._bounds = text, pub, None

    def future(self, pos: int) -> bool:
        """Whether the sentence around ``pos`` has future wording ("said on Friday that
        ... will" does not count: the reporting verb dates the expression)."""
        if _REPORTED.search(self.text, max(0, pos - 40), pos) or _DONE_BEFORE.search(self.text, max(0, pos - 60), pos):
            return False  # "signed a memorandum on Monday under which ... will": the verb before dates it
        if self._bounds is None:
            t = self.text
            self._bounds = [m.end() for m in _SENT_END.finditer(t)
                            if t[m.start()] != "." or not _ABBREV_END.search(t, max(0, m.start() - 12), m.start())]
        i = bisect.bisect_right(self._bounds, pos)
        lo = self._bounds[i - 1] if i else 0
        hi = self._bounds[i] if i < len(self._bounds) else len(self.text)
        return bool(_FUTURE.search(self.text, lo, hi))


_Out = tuple[str, str | None, str | None] | None


def _span_after(pub: date, n: int, unit: str) -> str:
    unit = unit.lower().rstrip("s")
    if unit in ("year", "month", "decade"):
        d = add_months(pub, n * {"year": 12, "month": 1, "decade": 120}[unit])
        return _fmt(d.year, d.month)
    return (pub + timedelta(days=n * (7 if unit == "week" else 1))).isoformat()


_DONE_JUST_BEFORE = fastre.compile(r"(?<!\bbe )(?<!\bbeen )\b[a-z]+ed\s+(?:on\s+)?$")  # "first discussed on 7 December":
# the past (but "is due to be launched on 7 December")


_LATE_DAYS = 31  # a day gone by less than this, told of the future, may be a late report of a plan: its own year


def _past_month_year(c: _Ctx, mon: int, pos: int) -> int:
    return c.pub.year - (mon > c.pub.month and not c.future(pos))


def _h_day_month(m: re.Match, c: _Ctx) -> _Out:
    mon, d = _month(m["mon"]), int(m["d"])
    if m["y"]:
        return "date", _fmt(int(m["y"]), mon, d), None
    if not 1 <= d <= 31:
        return None
    if c.pub is None:
        return "date", None, None
    y = c.pub.year
    rely = m.groupdict().get("rely")
    if rely:
        return "date", _fmt(y + _REL_OFFSET[rely.lower()], mon, d), None
    gap = (date(y, mon, min(d, calendar.monthrange(y, mon)[1])) - c.pub).days
    ahead = c.future(m.start()) and not _DONE_JUST_BEFORE.search(c.text, max(0, m.start() - 20), m.start())
    y += -1 if gap > 183 and not ahead else 1 if gap < -183 or (gap < -_LATE_DAYS and ahead) else 0
    return "date", _fmt(y, mon, d), None  # "is due to launch on 7 December" in March: this year; "will sign on 3 Feb": next


_EARLIEST = frozenset({"as early as", "as soon as", "no earlier than", "no sooner than"})
# "in October at the earliest"
AT_THE_EARLIEST = fastre.compile(r",?\s+at\s+the\s+(?:very\s+)?earliest\b", re.IGNORECASE)
# "talks began as early as November": a time gone by
_BEGUN_BEFORE = fastre.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bto )\b(?:began|begun|started|commenced|"
                               r"dat(?:ing|es|ed)\s+back|surfaced|emerged|appeared|launched|signed|held|met|opened)\b"
                               r"[^.;,]*$", re.IGNORECASE)  # (but "would be signed as early as May" is still to come)


_EARLIEST_BEFORE = fastre.compile(r"\b(?:as\s+(?:early|soon)\s+as|no\s+(?:earlier|sooner)\s+than)\s+$", re.IGNORECASE)


def _earliest(m: re.Match, c: _Ctx, told: bool) -> bool:
    """Whether the time is an earliest bound of a step still to come ("as early as the end of October", "in late
    October at the earliest"), not a time gone by ("talks began as early as June")."""
    told = told or bool(_EARLIEST_BEFORE.search(c.text, max(0, m.start() - 20), m.start()) or
                        AT_THE_EARLIEST.match(c.text, m.end()))
    return told and not _BEGUN_BEFORE.search(c.text, max(0, m.start() - 40), m.start())


def _h_month(m: re.Match, c: _Ctx) -> _Out:
    pre, post, mon = _norm(m["pre"]), _norm(m["post"]), _month(m["mon"])
    if not (pre or post or m["part"]) and (mon == 5 or _CAP_NEXT.match(c.text, m.end())
                                           or _NAME_BEFORE.search(c.text, max(0, m.start() - 20), m.start())):
        return None  # a bare month name: not "May", not "April Kim", not a "Long March" rocket
    kind = "deadline" if pre in ("until", "till") else "date"
    if c.pub is None:
        return kind, None, None
    p = c.pub
    if post:
        y = p.year + _REL_OFFSET[post.split()[-2]]
    elif pre in ("last", "this past"):
        y = p.year - (mon >= p.month)
    elif pre in ("next", "this coming"):
        y = p.year + (mon <= p.month)
    elif pre == "this":
        y = p.year
    elif kind == "deadline" or _earliest(m, c, pre in _EARLIEST):
        y = p.year + (mon < p.month)  # ("as early as November", "no sooner than June": a step still to come)
    else:
        y = _past_month_year(c, mon, m.start())
    return kind, _fmt(y, mon), None


def _h_weekday(m: re.Match, c: _Ctx) -> _Out:
    pre = _norm(m["pre"])
    kind = "deadline" if pre in ("by", "until") else "date"
    if c.pub is None:
        return kind, None, None
    wd = _WEEKDAYS.index(m["wd"].lower())
    back, fwd = (c.pub.weekday() - wd) % 7, (wd - c.pub.weekday()) % 7
    if pre in ("last", "this past"):
        delta = -(back or 7)
    elif pre in ("next", "this coming"):
        delta = fwd or 7
    else:
        delta = fwd if kind == "deadline" or c.future(m.start()) else -back
    return kind, (c.pub + timedelta(days=delta)).isoformat(), None


def _h_day_of_month(m: re.Match, c: _Ctx) -> _Out:
    d = int(m["d"])
    if not 1 <= d <= 31:
        return None
    if c.pub is None:
        return "date", None, None
    first = c.pub.replace(day=1)
    if d <= c.pub.day or c.future(m.start()):
        return "date", _fmt(first.year, first.month, d), None
    for back in (1, 2):  # the 31st may need to skip a short month
        prev = add_months(first, -back)
        if d <= calendar.monthrange(prev.year, prev.month)[1]:
            return "date", _fmt(prev.year, prev.month, d), None
    return None


def _h_rel_day(m: re.Match, c: _Ctx) -> _Out:
    w = m["w"]
    if w == "Today" and _CAP_BEFORE.search(c.text, max(0, m.start() - 20), m.start()):
        return None  # "USA Today" and other mastheads
    shift = {"today": 0, "tomorrow": 1, "yesterday": -1}[w.lower()]
    return "date", None if c.pub is None else (c.pub + timedelta(days=shift)).isoformat(), None


def _h_rel(m: re.Match, c: _Ctx) -> _Out:
    off, unit, p = _REL_OFFSET[_norm(m["rel"])], m["unit"].lower(), c.pub
    if p is None or unit == "year":
        return "date", None if p is None else _fmt(p.year + off), None
    return "date", _span_after(p, off, unit), None


def _h_coming(m: re.Match, c: _Ctx) -> _Out:
    """"in the coming months", "within days": a vague time, recorded as its year (two months or three weeks on;
    days: the year of the day told)."""
    if c.pub is None:
        return "date", None, None
    units = m["units"].lower()
    later = add_months(c.pub, 2) if units == "months" else c.pub + timedelta(weeks=3 if units == "weeks" else 0)
    return "date", _fmt(later.year), None


def _h_ago(m: re.Match, c: _Ctx) -> _Out:
    n, unit, p = _num(m["num"]), m["unit"].lower().rstrip("s"), c.pub
    return "date", None if p is None else _fmt(p.year - n) if unit == "year" else _span_after(p, -n, unit), None


def _target_value(m: re.Match, c: _Ctx, forward: bool) -> str | None:
    part = _norm(m["part"] or m["part2"] or ("end" if m["ye"] else ""))
    if m["mon"]:
        mon = _month(m["mon"])
        if m["my"]:
            return _fmt(int(m["my"]), mon)
        if c.pub is None:
            return None
        y = c.pub.year + (mon < c.pub.month) if forward else _past_month_year(c, mon, m.start())
        return _fmt(y, mon)
    if m["y"]:
        y = int(m["y"])
    elif c.pub is None:
        return None
    elif m["unit"].lower() == "month":
        d = add_months(c.pub, _REL_OFFSET[_norm(m["rel"]) or "this"])
        return _fmt(d.year, d.month)
    else:
        y = c.pub.year + _REL_OFFSET[_norm(m["rel"]) or "this"]
    mo = _PART_MONTH.get(part)
    return _fmt(y, mo) if mo else _fmt(y)


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}


def _h_quarter(m: re.Match, c: _Ctx) -> _Out:
    """"by the third quarter" (this year's, or next year's once it has passed), "Q3 2027", "2027 Q2": its last month."""
    month = 3 * (int(m["qn"] or m["qn2"]) if m["qn"] or m["qn2"] else _QUARTERS[m["q"].lower()])
    kind = "deadline" if _norm(m["pre"] or m["pre2"]) in _DEADLINE_PRE else "date"
    if m["y"] or m["y2"]:
        return kind, _fmt(int(m["y"] or m["y2"]), month), None
    if c.pub is None:
        return kind, None, None
    ahead = month < c.pub.month and (kind == "deadline" or c.future(m.start()))
    return kind, _fmt(c.pub.year + ahead, month), None


def _h_period(m: re.Match, c: _Ctx) -> _Out:
    deadline, partless = _norm(m["pre"]) in _DEADLINE_PRE, not (m["part"] or m["part2"] or m["ye"])
    if partless and (not deadline or m["unit"] and _norm(m["rel"]) in ("", "the")):
        return None  # "by year" is no period; plain years and months belong to other rules
    return ("deadline" if deadline else "date"), _target_value(m, c, deadline or _earliest(m, c, False)), None


def _h_deadline_day(m: re.Match, c: _Ctx) -> _Out:
    """"no later than June 30, 2025", "by 15 March": a deadline on a day."""
    if m["a_d"]:
        m = _DAY_MONTH_RE.search(m[0])
    else:
        m = _MONTH_DAY_RE.search(m[0])
    found = _h_day_month(m, c) if m else None
    return ("deadline", found[1], None) if found else None


def _h_within(m: re.Match, c: _Ctx) -> _Out:
    """"within two years" = P + 24 months; "in the next five years" = P.year + 5."""
    n, unit, p = _num(m["num"]), m["unit"].lower(), c.pub
    if p is not None and unit[0] in "yd" and not m[0].lower().startswith("within"):
        return "deadline", _fmt(p.year + n * (10 if unit[0] == "d" else 1)), None
    return "deadline", None if p is None else _span_after(p, n, unit), None


def _h_next_decade(m: re.Match, c: _Ctx) -> _Out:
    """"over the next decade", "in the coming decade": ten years on, as "over the next ten years"."""
    return "deadline", None if c.pub is None else _fmt(c.pub.year + 10), None


def _h_in(m: re.Match, c: _Ctx) -> _Out:
    """"in six months' time"; "in three weeks" told of the future ("will take effect in three weeks"), not how long
    something took ("was negotiated in three weeks")."""
    meant = _MEANT_TO.search(c.text, max(0, m.start() - 90), m.start())  # ("agreed to open a lab in two years")
    return _h_within(m, c) if m["time"] or meant or c.future(m.start()) else None


def _h_granted(m: re.Match, c: _Ctx) -> _Out:
    """"gives the firm one year to finish a study", "has 18 months to build": the time an instrument grants, from
    the article's day."""
    if not _GRANTING.search(c.text, max(0, m.start() - 50), m.start()):
        return None
    return "deadline", None if c.pub is None else _span_after(c.pub, _num(m["num"]), m["unit"]), None


GRANTING_VERBS = r"(?:gives?|gave|given|giving|grants?|granted|granting|allows?|allowed|allowing|has|have|had)"
_GRANTING = fastre.compile(rf"\b{GRANTING_VERBS}\s+(?:[\w’'-]+\s+){{0,4}}$", re.IGNORECASE)
_MEANT_TO = fastre.compile(r"\b(?:agree[sd]?|pledge[sd]?|vow(?:s|ed)?|promise[sd]?|decide[sd]?|commit(?:s|ted)?)\s+to\s+"
                           r"[a-z]+\b[^.;]*$", re.IGNORECASE)


def _h_fiscal(m: re.Match, c: _Ctx) -> _Out:
    kind = "deadline" if _norm(m["pre"]) in ("from", "starting", "beginning", "by") else "date"
    off = {"next": 1, "coming": 1, "last": -1, "previous": -1}.get(m["rel"].lower(), 0)
    return kind, None if c.pub is None else _fmt(c.pub.year + off), None


def _h_year(m: re.Match, c: _Ctx) -> _Out:
    ys = m.start("y")
    if _NOT_YEAR_AFTER.match(c.text, m.end()) or _NOT_YEAR_BEFORE.search(c.text, max(0, ys - 10), ys) or \
            _YEAR_IN_NAME.search(c.text, max(0, ys - 12), ys):
        return None  # "Horizon 2047", "Vision 2030", "Agenda 2063": a name that holds a year
    if (m.groupdict().get("pre") or "").lower() in ("after", "beyond"):  # "will quit the station after 2028": from
        # 2029 on
        return "date", _fmt(int(m["y"]) + 1), None
    return "date", _fmt(int(m["y"])), None


def _h_range_dash(m: re.Match, c: _Ctx) -> _Out:
    y1, s = int(m["y1"]), m["y2"]
    y2 = int(s) if len(s) == 4 else y1 // 100 * 100 + int(s)
    return ("range", _fmt(y1), _fmt(y2)) if y1 < y2 <= y1 + 100 else None


def _h_range_words(m: re.Match, c: _Ctx) -> _Out:
    m1 = _month(m["m1"]) if m["m1"] else None
    m2 = _month(m["m2"]) if m["m2"] else None
    y1s, y2s = m["y1"] or m["y1b"], m["y2"] or m["y2b"]
    y2 = int(y2s) if y2s else int(y1s) if y1s else c.pub.year if c.pub else None
    y1 = int(y1s) if y1s else None if y2 is None else y2 - (m1 is not None and m2 is not None and m1 > m2)
    if y1 is None or y2 is None:
        return "range", None, None
    if (y1, m1 or 1) > (y2, m2 or 12):
        return None
    return "range", _fmt(y1, m1), _fmt(y2, m2)


def _endpoint(i: int) -> str:
    return rf"(?:(?P<m{i}>{_MON_FULL})(?:,?\s+(?P<y{i}>{_Y}))?|(?P<y{i}b>{_Y}))"


_DURATION = lambda m, c: ("duration", None, None)  # noqa: E731
_REL_YEAR = r"|,?\s+(?:(?i:of)\s+)?(?P<rely>(?i:last|next|this))\s+(?i:year)\b"  # "on May 13 last year"
_DAY_MONTH = rf"(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON_ANY})(?:,?\s+(?P<y>{_Y}){_REL_YEAR})?"
_MONTH_DAY = (rf"(?P<mon>{_MON_ANY})\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?\b(?![.:][0-9]|,[0-9]{{3}}|\s*%)"
              rf"(?:,?\s+(?P<y>{_Y}){_REL_YEAR})?")
_DAY_MONTH_RE, _MONTH_DAY_RE = fastre.compile(_DAY_MONTH), fastre.compile(_MONTH_DAY)
_RULES: tuple[tuple[str, re.Pattern[str], Callable[[re.Match, _Ctx], _Out]], ...] = tuple(
    (name, fastre.scanner(pattern), handler) for name, pattern, handler in (
        ("iso", _PREP + r"\b(?P<y>(?:19|20)[0-9]{2})(?P<s>[-/.])(?P<m>[0-9]{1,2})(?P=s)(?P<d>[0-9]{1,2})\b"
         r"(?![-/.][0-9])",
         lambda m, c: ("date", _fmt(int(m["y"]), int(m["m"]), int(m["d"])), None)),
        ("range_words", r"\b(?P<pre>(?i:between|from))\s+" + _endpoint(1)
         + r"\s*(?:(?i:and|to|until|till|through|thru)\s+|[-–]\s*)" + _endpoint(2), _h_range_words),
        ("range", _PREP + rf"\b(?P<y1>{_Y})\s*[-–—/]\s*(?P<y2>(?:19|20)?[0-9]{{2}})\b(?![-–/.][0-9])",
         _h_range_dash),
        ("day_month", _PREP + r"(?:\b(?i:the)\s+)?\b" + _DAY_MONTH, _h_day_month),
        ("month_day", _PREP + r"\b" + _MONTH_DAY, _h_day_month),
        ("month_year", _PREP + rf"(?:(?i:early|mid|late)[-\s]+)?\b(?P<mon>{_MON_ANY})(?:\s+of)?,?\s+(?P<y>{_Y})",
         lambda m, c: ("date", _fmt(int(m["y"]), _month(m["mon"])), None)),
        ("deadline", r"\b(?P<pre>(?i:by|before|no\s+later\s+than|not\s+later\s+than|until|till|ahead\s+of))\s+"
         + _TGT, _h_period),
        ("deadline_day", r"\b(?i:by|before|no\s+later\s+than|not\s+later\s+than|until|till|ahead\s+of)\s+(?:(?i:the)\s+)?"
         rf"(?:{_DAY_MONTH.replace('(?P<', '(?P<a_')}|{_MONTH_DAY})", _h_deadline_day),
        ("quarter", r"\b(?:(?P<pre>(?i:by|before|until|till|in|during|from|ahead\s+of))\s+(?i:the)\s+(?P<q>(?i:first|"
         r"second|third|fourth|final))\s+(?i:quarter)\b(?!\s+(?i:of)\b)|(?:(?P<pre2>(?i:by|before|until|till|in|during|"
         r"from|ahead\s+of))\s+)?(?:Q(?P<qn>[1-4])\s+(?:(?i:of)\s+)?(?P<y>" + _Y + r")|(?P<y2>" + _Y +
         r")\s+Q(?P<qn2>[1-4])\b))", _h_quarter),
        ("within", rf"\b(?i:within)\s+(?:(?i:the\s+)?(?i:next|coming)\s+)?(?P<num>{_NUM})\s+(?P<unit>{_UNIT}|(?i:decades?))\b",
         _h_within),
        ("within", rf"(?<!\bonce )(?<!\btwice )(?<!\btimes )\b(?i:in)\s+(?:(?i:about|approximately|around|roughly|some|"
         rf"another|just|only)\s+)?(?P<num>{_NUM})\s+(?P<unit>{_UNIT}|(?i:decades?))(?P<time>['’]?\s+(?i:time))?\b"
         r"(?!\s+(?i:of|ago)\b)", _h_in),
        ("granted", rf"\b(?:(?i:an?)\s+)?(?P<num>{_NUM})[\s-]+(?P<unit>{_UNIT})(?:['’]s?)?(?:\s+(?i:period|window))?(?=\s+to\s+[a-z])",
         _h_granted),
        ("next_n", rf"\b(?i:in|over(?:\s+the\s+course\s+of)?|during)\s+the\s+(?i:next|coming)\s+(?P<num>{_NUM})\s+(?P<unit>{_UNIT}|(?i:decades?))\b",
         _h_within),
        ("next_n", r"\b(?i:in|over|during|within)\s+the\s+(?i:next|coming)\s+(?P<unit>(?i:decade))\b", _h_next_decade),
        ("fiscal_year", r"\b(?:(?P<pre>(?i:from|starting|beginning|by|in))\s+)?(?:(?i:the)\s+)?"
         r"(?P<rel>(?i:next|this|current|coming|last|previous))\s+(?i:financial|fiscal)\s+(?i:year)\b", _h_fiscal),
        ("fiscal_year", rf"\b(?:(?i:fiscal)(?:\s+(?i:year))?\s+|FY\s?)(?P<y>{_Y})", _h_year),
        ("period", r"(?:\b(?P<pre>(?i:in|at|around|since|from|during|until|through|towards?))\s+)?\b" + _TGT,
         _h_period),
        ("relative", r"\b(?:(?i:later|earlier)\s+)?(?P<rel>(?i:this|next|last|the\s+current|the\s+coming))\s+"
         r"(?P<unit>(?i:week|month|year))\b", _h_rel),
        ("relative", r"\b(?:(?i:in|over|during|within)\s+)?(?i:the\s+)?(?i:coming|next|following|upcoming)\s+"
         r"(?:(?i:few|several|couple\s+of)\s+)?(?P<units>(?i:days|weeks|months))\b", _h_coming),  # "in the coming
        ("relative", r"\b(?i:within)\s+(?:(?i:a\s+few|several|a\s+couple\s+of)\s+)?(?P<units>(?i:days|weeks|months))\b",
         _h_coming),  # months", "within days": vague, its year
        ("relative_day", r"\b(?P<w>(?i:today|tomorrow|yesterday))\b(?!['’]s)", _h_rel_day),  # not "today's challenges"
        ("ago", rf"\b(?P<num>{_NUM})\s+(?P<unit>{_UNIT})\s+(?i:ago)\b", _h_ago),
        ("weekday", r"(?:\b(?P<pre>(?i:on|last|next|this\s+coming|this\s+past|this|from|until|by))\s+)?"
         rf"\b(?P<wd>{_WD}){_LOCAL}", _h_weekday),
        ("day_of_month", rf"\b(?i:on)\s+the\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)\b{_LOCAL}", _h_day_of_month),
        ("month", r"(?:\b(?P<pre>(?i:in|since|during|until|till|last|next|this\s+past|this\s+coming|this|from|"
         r"as\s+(?:early|soon)\s+as|no\s+(?:earlier|sooner)\s+than))\s+)?"
         rf"(?:(?P<part>(?i:early|mid|late))[-\s]+)?\b(?P<mon>{_MON_FULL})"
         r"(?P<post>,?\s+(?:of\s+)?(?i:last|next|this)\s+(?i:year))?", _h_month),
        ("duration", r"\b(?i:for|over|lasting|spanning)\s+(?:(?i:the\s+(?:past|last|next)|next|another|more\s+than|"
         rf"nearly|almost|about|around|some|at\s+least|a\s+period\s+of|the\s+course\s+of)\s+)?(?P<num>{_NUM})\s+(?P<unit>{_UNIT}|(?i:decades?))\b"
         r"(?!\s+(?i:ago|old))", _DURATION),
        ("duration", rf"\b(?:(?i:over\s+)?(?i:an?)\s+)?(?!(?i:an?)\b)(?P<num>{_NUM})[-–](?i:year|month|week|day)"
         r"(?:[-\s](?i:long))?\b", _DURATION),
        ("year", r"(?:\b(?P<pre>(?i:in|since|from|during|as\s+of|after|beyond))\s+)?(?<![\w$€£¥₩.,/-])"
         r"(?P<y>(?:19|20)[0-9]{2})\b(?![.,][0-9]|%|\s*[-–]\s*[0-9])", _h_year),
        *_SEASON_RULES,  # the rest of the day, seasons, school years (seasons.py)
    ))
_DAY_RULES = frozenset({"iso", "day_month", "month_day"})

# which rules can match in a window (cheap tests on its words: dategates.py)
assert len(runnable("", "", False, False)) == len(_RULES)
_RULE_INDEXES = range(len(_RULES))


# Every time expression holds one of these words; the rules run only in windows around them,
# which keeps the cost of twenty patterns proportional to the dates in a text, not its length.
_ANCHOR = fastre.scanner(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|[Tt]oday|[Tt]omorrow|"
    r"[Yy]esterday|[Ww]ithin|[Nn]ext|[Ll]ast|[Cc]oming|[Mm]id|[Ee]nd|[Mm]iddle|[Ff]iscal|[Ff]inancial|FY|ago|"
    r"[Yy]ears?|[Ww]eeks?|[Mm]onths?|[Dd]ays?|[Qq]uarter|[Dd]ecades?|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|"
    r"[Tt]onight|[Aa]fternoon|[Ee]vening|[Mm]orning|[Hh]ours)|\b(?:19|20)\d\d|\b\d{1,2}(?:st|nd|rd|th)\b"
)
_WINDOW_BEFORE, _WINDOW_AFTER = 45, 60
# _ANCHOR found where one of the words its matches begin with starts (its ordinals' digits as ASCII: a text with
# other decimal digits is read by the pattern itself)
_ANCHOR_WORDS = fastre.Scanner(_ANCHOR.plain, _ANCHOR.finder, fastre.prefixes(_ANCHOR.pattern.split(r"|\b\d{1,2}")[0],
                               exact=True) + [f"{n}{s}" for n in range(100) for s in ("st", "nd", "rd", "th")]
                               + [f"0{n}{s}" for n in range(10) for s in ("st", "nd", "rd", "th")], folds=False)
_OTHER_DIGIT = re.compile(r"[^\D0-9]")
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


def _only_ascii_digits(text: str) -> bool:
    """Whether the only digits of ``text`` are 0-9 (one of another script is no ASCII character: it is looked for
    among the others)."""
    return text.isascii() or not _OTHER_DIGIT.search(_ASCII_RUNS.sub("", text))


def _anchors_in(text: str, start: int, end: int, starts: list[int]) -> list[re.Match[str]]:
    """``_ANCHOR_WORDS.finditer(text, start, end, starts)`` as a list (no generator per sentence: asked of each)."""
    found = []
    match = _ANCHOR_WORDS.match
    pos = start
    for i in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)):
        if starts[i] >= pos and (m := match(text, starts[i], end)) is not None:
            found.append(m)
            pos = m.end()
    return found


def find_dates(text: str, published: date | None,
               within: list[tuple[int, int]] | None = None) -> list[TimeExpr]:
    """Every time expression in ``text``, in order, non-overlapping (see module doc).

    ``within`` limits the search to those spans of the text (offsets stay those of ``text``).
    """
    ctx = _Ctx(text, published)
    found: list[tuple[int, int, int, str, str, str | None, str | None]] = []
    if within is None:
        windows = windows_around(_ANCHOR, text, _WINDOW_BEFORE, _WINDOW_AFTER)
    else:  # anchors looked for only inside the spans asked about
        windows = []
        anchor, starts = _ANCHOR, None
        if within and _only_ascii_digits(text):  # the words it begins with, in one pass
            anchor = _ANCHOR_WORDS
            starts = anchor.starts(text, 0, len(text))
        for span_start, span_end in sorted(within):
            for m in (anchor.finditer(text, span_start, span_end) if starts is None else
                      _anchors_in(text, span_start, span_end, starts)):
                start, end = max(span_start, m.start() - _WINDOW_BEFORE), min(span_end, m.end() + _WINDOW_AFTER)
                if windows and start <= windows[-1][1]:
                    windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
                else:
                    windows.append((start, end))
    facts = []
    for start, end in windows:
        w = text[start:end]
        low = w.lower()
        facts.append((start, end, w, low, bool(YEAR_HINT.search(w)), any(map(w.__contains__, MONTH_HINTS))))
    for start, end, w, low, year, month in facts:  # (the order found in does not count: sorted below by all it
        for idx in itertools.compress(_RULE_INDEXES, runnable(w, low, year, month)):  # is sorted on; the rules
            rule, pattern, handler = _RULES[idx]  # that can match there, picked in C)
            for m in pattern.finditer(text, start, end):
                try:
                    res = handler(m, ctx)
                except (ValueError, OverflowError):  # impossible dates, years outside 1..9999
                    res = None
                if res is not None and m.end() > m.start():
                    found.append((m.start(), m.end(), idx, rule, *res))
    found.sort(key=lambda f: (f[0] - f[1], f[2], f[0]))
    taken: list[tuple[int, int, int, str, str, str | None, str | None]] = []  # sorted by start
    for f in found:
        i = bisect.bisect_left(taken, f)
        if (i == 0 or taken[i - 1][1] <= f[0]) and (i == len(taken) or f[1] <= taken[i][0]):
            taken.insert(i, f)
    out: list[TimeExpr] = []
    for s, e, _idx, rule, kind, value, end_value in taken:
        prev = out[-1] if out else None
        if prev is not None and prev.rule == "weekday" and rule in _DAY_RULES:
            close = _CLOSE.match(text, e) if _OPEN_GAP.fullmatch(text, prev.end, s) else None
            if close or _COMMA_GAP.fullmatch(text, prev.end, s):
                e = close.end() if close else e
                out[-1] = TimeExpr(prev.start, e, text[prev.start:e], prev.kind, value, None, "weekday_date")
                continue
        out.append(TimeExpr(s, e, text[s:e], kind, value, end_value, rule))
    return out
