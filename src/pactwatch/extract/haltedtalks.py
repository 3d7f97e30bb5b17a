"""Talks on an instrument that are halted, or taken up again.

News tells the end of talks with the talks as the object of a verb of stopping ("halted negotiations with X on
the accord", "have paused their talks on a trade pact", "put the negotiations on the deal on hold"): the
instrument's news is then its end (GUIDELINES.md: ``ended``), though the nearest cue before the instrument word,
"negotiations", reads as ``proposed``. Talks taken up again ("resumed talks on a pact that had been frozen in
2022", "Talks on the accord, paused since 2023, resumed on Monday") are talks again: ``proposed``, whatever
stopped them before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import fastre
from .doc import Document

if TYPE_CHECKING:
    from .instruments import Mention as _Mention

_TALKS = r"(?:negotiations|talks|negotiating\s+process)"
_OWNER = r"(?:the|their|its|his|her|our|all|ongoing|formal|trade|bilateral)\s+"
# the talks as the object of a verb of stopping, and nothing but the instrument's own phrase after them
_HALTED = fastre.compile(r"\b(?:halt(?:ed|s|ing)?|paus(?:e|ed|es|ing)|froze|frozen|freez(?:e|es|ing)|"
                         r"suspend(?:ed|s|ing)?|shelv(?:e|ed|es|ing)|(?:broke|break(?:s|ing)?|broken|call(?:ed|s|ing)?)"
                         r"\s+off|abandon(?:ed|s|ing)?)\s+(?:" + _OWNER + r"){0,2}" + _TALKS + r"\b[^.;:]{0,100}$",
                         re.IGNORECASE)
# "put the talks on the accord on hold": the hold comes after the instrument
_PUT = fastre.compile(r"\bput(?:s|ting)?\s+(?:" + _OWNER + r"){0,2}" + _TALKS + r"\b[^.;:]{0,100}$", re.IGNORECASE)
_ON_HOLD = fastre.compile(r"^[^.;:]{0,60}?\bon\s+(?:ice|hold)\b", re.IGNORECASE)
_RESUMED = fastre.compile(r"\b(?:resum(?:e|ed|es|ing)|restart(?:ed|s|ing)?|reopen(?:ed|s|ing)?|re-open(?:ed|s|ing)?|"
                          r"reviv(?:e|ed|es|ing)|relaunch(?:ed|es|ing)?|unfr(?:eeze|oze|ozen)|revisit(?:ed|s|ing)?)\s+"
                          r"(?:" + _OWNER + r"){0,2}" + _TALKS + r"\b[^.;:]{0,100}$", re.IGNORECASE)
# "Talks between A and B on a lithium accord, paused since 2023, resumed on Monday": the talks are the subject
_TALKS_OPEN = fastre.compile(r"\b" + _TALKS + r"\b[^.;:]{0,100}$", re.IGNORECASE)
_RESUMED_AFTER = fastre.compile(r"^[^.;:]{0,80}?\b(?:resumed|restarted|reopened|re-opened|were\s+revived|"
                                r"(?:have|has)\s+(?:now\s+)?(?:resumed|restarted))\b", re.IGNORECASE)


def talks_turn(doc: Document, mention: "_Mention", status: str | None) -> str | None:
    """The status once talks on the instrument are told halted or resumed; else ``status`` unchanged."""
    if status not in (None, "proposed", "ended", "existing"):
        return status
    sentence = doc.sentences[mention.sentence]
    low = doc.text[max(sentence.start, mention.start - 160):mention.start]
    if "talks" not in low.lower() and "negotiat" not in low.lower():
        return status
    after = doc.text[mention.end:sentence.end]
    if _RESUMED.search(low) or _TALKS_OPEN.search(low) and _RESUMED_AFTER.match(after):
        return "proposed"
    if status in (None, "proposed") and (_HALTED.search(low) or _PUT.search(low) and _ON_HOLD.match(after)):
        return "ended"
    return status


# talks named by the instrument they are on: "US-China trade deal negotiations hit a snag", "EU-India FTA talks resume"
_TALKS_NAMED = fastre.compile(r"\s+(?:talks|negotiations?|discussions|consultations|parleys)\b", re.IGNORECASE)


def talks_follow(doc: Document, mention: "_Mention") -> bool:
    """Whether talks are named by the instrument right before them ("trade deal negotiations", "FTA talks")."""
    return bool(_TALKS_NAMED.match(doc.text, mention.end, doc.sentences[mention.sentence].end))


def talks_named(doc: Document, mention: "_Mention", status: str | None) -> str | None:
    """``proposed`` for an instrument named as what talks are on ("the trade deal negotiations stalled"): under
    negotiation, whatever the talks do that day, unless they end it; else ``status``."""
    return status if status == "ended" or not talks_follow(doc, mention) else "proposed"


# talks told as a fact under way before the instrument: "are in talks on", "are negotiating", "began negotiations on"
_UNDER_WAY = fastre.compile(r"\b(?:(?:are|is|were|was|remain|remains|have\s+been|has\s+been)\s+(?:now\s+|currently\s+|"
                            r"still\s+|already\s+)?(?:in\s+(?:advanced\s+|final\s+|early\s+|the\s+final\s+stages?\s+of\s+)?"
                            r"(?:talks|negotiations|discussions)|negotiating|discussing|holding\s+talks)|(?:began|begun|"
                            r"started|opened|launched|held|continued|continue|continuing)\s+(?:formal\s+|bilateral\s+)?"
                            r"(?:talks|negotiations|discussions))\b[^.;:]{0,100}$", re.IGNORECASE)
# talks as the subject, then when they end: "Talks ... on a trade pact are expected to conclude by year-end"
_TALKS_END_AFTER = fastre.compile(r"[^.;:]{0,60}?\b(?:are|is)\s+(?:expected|set|due|scheduled|slated|likely)\s+to\s+"
                                  r"(?:conclude|end|finish|wrap\s+up|close)\b", re.IGNORECASE)


def talks_under_way(doc: Document, lex, mention: "_Mention", before: str) -> bool:
    """Whether the sentence tells talks on the instrument as under way before it ("Chile and Korea are in talks on a
    minerals agreement that could be signed this year"), with no word of mere possibility before it: the talks are
    news (``proposed``), whatever may come of them."""
    return bool(_UNDER_WAY.search(before)) and not lex.cues["speculative"].search(before)


def talks_ending(doc: Document, mention: "_Mention", status: str | None) -> str | None:
    """``proposed`` for an instrument whose talks are the subject told as due to end ("Talks on a free trade
    agreement are expected to conclude by year-end"): still under negotiation, not planned; else ``status``."""
    if status not in (None, "planned"):
        return status
    sentence = doc.sentences[mention.sentence]
    low = doc.text[max(sentence.start, mention.start - 160):mention.start]
    if _TALKS_OPEN.search(low) and _TALKS_END_AFTER.match(doc.text, mention.end, sentence.end):
        return "proposed"
    return status


# the participles of an instrument still in the works, in the passive progressive ("a protocol ... is being negotiated",
# "an accord is being prepared"): proposed
IN_THE_WORKS = frozenset({"negotiated", "prepared", "drafted", "discussed", "promoted", "encouraged", "considered",
                          "studied", "explored", "worked", "hammered", "finalised", "finalized", "examined"})
