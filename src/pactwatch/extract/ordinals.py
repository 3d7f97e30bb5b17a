"""A standing format counted by its meetings: "the second meeting of the Council", "the 4th Joint Committee", "the
sixth commercial dialogue" met before, in place; "the first/inaugural meeting of" founds it now. A later meeting of a
named format that is still to be held ("the second ministerial meeting of the X framework will be held next month")
tells what befalls the meeting: the format itself is in place.
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .lexicon import DOCUMENT_KINDS

ORDINAL_WORDS = ("first", "inaugural", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                 "tenth")  # (or a digit: "1st", "4th")
_DIGIT = re.compile(r"\d")
_NAME_RUN = re.compile(r"(?:(?:[A-Z][\w’'&.-]*|&|and|of|for)\s+)*")  # (case kept: a name's words)
_ORDINAL_MEETING = fastre.compile(r"\b(first|1st|inaugural|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                                  r"\d+(?:nd|rd|th))\s+((?:[\w’'&-]+\s+){0,5}?(?:meeting|session|round|edition|"
                                  r"gathering)\s+of\s+(?:the\s+)?)?(?:(?:[A-Z][\w’'&.-]*|&|and|of|for)\s+){0,10}$",
                                  re.IGNORECASE)
_COUNTED_BODY = fastre.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                               r"\d+(?:nd|rd|th))\s+(?:[\w’'&-]+\s+){0,3}$", re.IGNORECASE)


def ordinal_status(doc: Document, mention, before: str, floor: int, best: tuple[int, str] | None) -> str | None:
    """The status an ordinal before the word tells, given the best cue found so far (distance back from the word,
    status), or None."""
    kind = getattr(mention, "kind", None)
    tail = before[-90:]
    ordinal = _ORDINAL_MEETING.search(tail) if (
        doc.holds(ORDINAL_WORDS, max(floor, mention.start - 90), mention.start)
        or _DIGIT.search(before, len(before) - 90)) else None
    if ordinal and kind in DOCUMENT_KINDS and not ordinal.group(2):
        ordinal = None  # "inked a second declaration", "a third memorandum": one more text, made now
    later = ordinal and ordinal.group(1).lower() not in ("first", "1st", "inaugural")
    if ordinal and (best is None or best[1] in ("existing", "concluded") or later and ordinal.group(2) and
                    _NAME_RUN.fullmatch(tail, ordinal.end(2))):
        return "existing" if later else "concluded"  # "the second meeting of the Council"; "the second ministerial
        # meeting of the X framework will be held": what befalls the meeting, the framework met before
    counted = _COUNTED_BODY.search(before[-40:]) if kind == "dialogue" else None
    if counted and (best is None or mention.start - best[0] < counted.start() + mention.start - len(before[-40:])):
        return "existing"  # "the sixth commercial dialogue", "the 9th CEO Forum": a standing body met before
    return None


_MEETING_WORDS = ("meeting", "session", "round", "edition", "gathering", "Meeting", "Session", "Round", "Edition")


def counted_meeting(before: str) -> bool:
    """Whether the words just before a name count a meeting of it ("after the second meeting of the Supreme
    Council"): a standing format of its own, never a reference back to an instrument just told."""
    tail = before[-90:]
    if not any(word in tail for word in _MEETING_WORDS):
        return False
    ordinal = _ORDINAL_MEETING.search(tail)
    return bool(ordinal and ordinal.group(2) and ordinal.group(1).lower() not in ("first", "1st", "inaugural"))
