"""Organisations that only look on at a signing: "Executives of A and B watched as X and Y signed ...", "Officials
from A were present when ...", "... was signed in the presence of executives from A", "witnessed by the heads of
A". They sign for no one, so their countries are no parties of the instrument (parties.py asks here).
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document

# between the onlooker and the signers after it: "watched as", "looked on as", "were present when"
_LOOKS_ON = fastre.compile(r"\b(?:watched|watching|looked\s+on|looking\s+on|(?:were|was)\s+(?:also\s+)?(?:present|"
                           r"on\s+hand|in\s+attendance)|attended|witnessed)\s*,?\s*(?:as|when|while)\b", re.IGNORECASE)
# between the instrument and the onlooker after it: "in the presence of", "witnessed by", "attended by"
_BEFORE_AUDIENCE = fastre.compile(r"\b(?:in\s+the\s+presence\s+of|witnessed\s+by|attended\s+by|watched\s+by|"
                                  r"before\s+an\s+audience\s+of)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:]|\.\s")


def looks_on(doc: Document, org_start: int, org_end: int, mention_start: int, mention_end: int) -> bool:
    """Whether the organisation at ``org_start:org_end`` only looks on at the signing of the instrument at
    ``mention_start:mention_end`` of the same sentence."""
    text = doc.text
    if org_end <= mention_start:
        gap = text[org_end:mention_start]
        return not _CLAUSE_BREAK.search(gap) and _LOOKS_ON.search(gap) is not None
    if org_start >= mention_end:
        gap = text[mention_end:org_start]
        return not _CLAUSE_BREAK.search(gap) and _BEFORE_AUDIENCE.search(gap) is not None
    return False
