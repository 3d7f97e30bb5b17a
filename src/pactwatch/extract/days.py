"""Days as the text ties them to an instrument: the dateline's day (when it was reported), the day that owns an
instrument ("today's memorandum"), a side clause's time (not the making's) and the day of a meeting told just before.

Every example here is written for this module.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from . import fastre
from .doc import Document
from .text import dateline

if TYPE_CHECKING:
    from .instruments import Mention as _Mention


_DATELINE_END = fastre.compile(r"\)\s*(?:--|—|–|-|:)|\s(?:--|—|–)\s|/\w+/\.?\s")


def in_dateline(doc: Document, offset: int) -> bool:
    """Whether ``offset`` lies in the dateline ("Abu Dhabi [UAE], May 16 (ANI): ..."): when it was reported."""
    if offset > 200:
        return False
    span = doc.memo("dateline", None, lambda: dateline(doc.text))  # ("New Delhi, Mar 12 (IANS) The ...": no dash)
    if span is not None and span[0] <= offset < span[1]:
        return True
    end = doc.memo("dateline end", None, lambda: _DATELINE_END.search(doc.text, 0, 220))  # (asked per instrument)
    if end is None or offset >= end.start():
        return False
    line = doc.text.rfind("\n", 0, end.start()) + 1  # the dateline opens its line, a short head with no sentence
    head = doc.text[line:end.start()]           # end in it (not "... on Monday. The MoUs were:\n- A & B – AI")
    return offset >= line and len(head.split()) <= 12 and not re.search(r"[.!?]\s", head)


# an instrument owned by a day: "today's memorandum", "Yesterday's agreement", "Monday's accord"
_DAY_OWNS = fastre.compile(r"\b(today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\s+"
                           r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def owned_day(doc: Document, mention: _Mention) -> str | None:
    """The day an instrument is owned by ("today's memorandum", "Monday's accord"), resolved to the day on or
    before the story's ("" when the story has no date)."""
    start = doc.sentences[mention.sentence].start
    owner = _DAY_OWNS.search(doc.text, max(start, mention.start - 40), mention.start) if "s " in doc.text[
        max(start, mention.start - 40):mention.start] else None
    if owner is None:
        return None
    if doc.published is None:
        return ""
    word = owner.group(1).lower()
    back = {"today": 0, "yesterday": 1}.get(word)
    if back is None:
        back = (doc.published.weekday() - _DAYS.index(word)) % 7
    return (doc.published - timedelta(days=back)).isoformat()


# "..., who arrived in the republic on Tuesday": a side clause with a verb of its own, its time not the making's
_SIDE_CLAUSE = fastre.compile(r",\s*(?:who|whom|which|where|after|when|as|before)\s+(?:had\s+|has\s+|have\s+|was\s+|"
                              r"were\s+)?(?P<verb>(?-i:[a-z]+))\b[^,;]*$", re.IGNORECASE)
_MAKING = fastre.compile(r"(?:signed|inked|concluded|sealed|agreed|adopted|struck|reached|initial(?:l)?ed|exchanged|"
                         r"launched|established|formali[sz]ed|finali[sz]ed)$", re.IGNORECASE)


def side_clause(text: str, start: int, end: int) -> bool:
    clause = _SIDE_CLAUSE.search(text, start, end)
    return clause is not None and not _MAKING.match(clause.group("verb"))


# a sentence that tells a meeting or a visit (the time of the texts it gave)
MEETING = fastre.scanner(r"\b(?:met|meet(?:ing|ings)?|talks|visit|visited|summit|held|hosted|ended|concluded|"
                         r"ceremony|conference|forum|session)\b", re.IGNORECASE)
_MEETING_DAYS = 10  # how long before the article a meeting's day can be the day of what it gave


def meeting_day(doc: Document, index: int) -> str | None:
    """The day of the meeting told in the sentence before ``index`` (its only time, of a day shortly before
    the article), for an instrument its sentence gives no time of its own."""
    if index == 0 or not doc.search(MEETING, doc.sentences[index - 1].start, doc.sentences[index - 1].end):
        return None
    times = [t for t in doc.within("times", index - 1) if t.value]
    if len(times) != 1 or times[0].kind != "date" or len(times[0].value) != 10:
        return None
    return times[0].value if doc.shortly_before(times[0].value, _MEETING_DAYS, today=True) else None


_TITLED_BEFORE = fastre.compile(r"(?:[A-Z][\w’'-]*\s+){1,5}$")


def titled_from(text: str, start: int) -> int:
    """Where the capitalised words just before ``start`` begin ("in the eighth meeting of the Supreme Strategic
    Committee": at "Supreme"), so that what stands before a named body can be read."""
    run = _TITLED_BEFORE.search(text, max(0, start - 80), start)
    return run.start() if run else start
