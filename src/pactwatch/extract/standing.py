"""A standing body or programme named as the one that acts: "The Canada-Japan Energy Dialogue will unveil a new
programme", "The EU-Japan Digital Partnership is to launch a working group on chips". What it will set up is the
news; the body that sets it up was in place already (``existing``), not planned because its verb is in the future.
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .instruments import Mention

_BODIES = ("dialogue", "partnership", "centre", "fund", "framework")
# the named one as subject, then a verb of setting something up in the future: "will roll out a new", "is to launch an"
_SETS_UP_AFTER = fastre.compile(r"(?:\s*\([A-Z][\w&.-]{1,9}\))?\s+(?:will|would|is\s+to|plans\s+to|is\s+set\s+to|"
                                r"is\s+expected\s+to|aims\s+to)\s+(?:also\s+|soon\s+|now\s+)?(?:roll\s+out|launch|set\s+up|"
                                r"create|establish|unveil|introduce|host|start|open)\s+(?:a|an|its|the)\s+"
                                r"(?:new|first|second|fresh|joint)\b", re.IGNORECASE)
_NEW_BEFORE = fastre.compile(r"\b(?:new|newly|proposed|planned|future|upcoming|first)\s+(?:[\w.-]+\s+){0,4}$",
                             re.IGNORECASE)


def standing_actor(doc: Document, mention: Mention, before: str) -> bool:
    """Whether a named body is told as the subject that will set up something new ("The U.S.-India Commercial
    Dialogue will roll out a new ..."), and not itself as new ("the new Quantum Mechanism will launch ...")."""
    if mention.kind not in _BODIES or not mention.name or _NEW_BEFORE.search(before[-60:]):
        return False
    return bool(_SETS_UP_AFTER.match(doc.text, mention.end, doc.sentences[mention.sentence].end))


# "Korea only has such an accord with Canada", "Chile already has a trade deal with Korea": one side holds it, with
# the other, as a thing in place
_HOLDS_BEFORE = fastre.compile(r"\b(?:already\s+|only\s+|also\s+)?(?:has|have|had)\s+(?:already\s+|only\s+|also\s+)?"
                               r"(?:such\s+)?(?:an?\s+|one\s+)(?:(?!new\b|proposed\b|planned\b)[\w-]+\s+){0,3}$",
                               re.IGNORECASE)
_WITH_AFTER = fastre.compile(r"(?:\s+(?:on|in|for)\s+(?:[\w-]+\s+){0,3}?)?\s+with\s+(?:the\s+)?", re.IGNORECASE)


def held_with(doc: Document, mention: Mention, before: str) -> bool:
    """Whether one side is told to have the instrument with another, in place ("Korea only has such an accord with
    Canada"), not signed or planned in the news: an earlier instrument named as in place."""
    if not ("has" in before[-60:] or "have" in before[-60:] or "had" in before[-60:]) or mention.name:
        return False
    if not _HOLDS_BEFORE.search(before[-60:]):
        return False
    partner = _WITH_AFTER.match(doc.text, mention.end, doc.sentences[mention.sentence].end)
    return partner is not None and any(c.start == partner.end() for c in doc.within("countries", mention.sentence))
