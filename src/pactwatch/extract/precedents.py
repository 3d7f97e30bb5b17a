"""Instruments told as precedents of the one in the news: "the fifth such pact, after pacts with A, B and C" are
the earlier ones of the same signer, and the side told after "with" in the news is the other side, not that signer.

Every example here is written for this module.
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .instruments import Mention, Record

# "after / following / in addition to (similar) pacts with ...": instruments made before the one in the news
PRECEDENT = fastre.compile(r"\b(?:after|following|besides|in\s+addition\s+to|on\s+top\s+of)\s+(?:[\w'’-]+\s+){0,3}$",
                           re.IGNORECASE)
_WITH_BEFORE = fastre.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)


def counterparts(doc: Document, sentence: int, end: int) -> set[str]:
    """Countries told before ``end`` as the other side of an instrument ("signed a memorandum with Australia's
    agency", "the pact with the Italian Space Agency"): they partnered the signer, they did not sign for it."""
    start = doc.sentences[sentence].start
    spans = [(c.start, c.code) for c in doc.within("countries", sentence) if not c.locative] + [
        (o.start, o.entry.country) for o in doc.within("organizations", sentence) if o.entry.country]
    return {code for at, code in spans if at < end and _WITH_BEFORE.search(doc.text, max(start, at - 10), at)}


def latest_told(doc: Document, records: list[Record], mention: Mention) -> tuple[Record | None, set[str]]:
    """The instrument just told and its other side: "Kenya's agency signed a memorandum with the Italian agency. It is
    the agency's third, after memorandums with A and B" (Italy partnered Kenya; Kenya made the earlier ones)."""
    latest = next((r for r in reversed(records) if r.rule != "partner_list"
                   and 0 <= mention.sentence - r.sentences[-1] <= 2), None)
    if latest is None:
        return None, set()
    return latest, set().union(*(counterparts(doc, s, doc.sentences[s].end) for s in latest.sentences
                                 if s != mention.sentence))


_WITH_PARTNER = fastre.compile(r"(?:an?\s+(?:[\w-]+\s+){0,3})?with\s+(?:the\s+)?", re.IGNORECASE)


def made_with(doc: Document, end: int) -> int:
    """Where the making told after an instrument ends, its partner included: in "the pact Tokyo signed with Canberra
    last year" the clause "Tokyo signed" goes on to "with Canberra", the other side of that older instrument."""
    partner = _WITH_PARTNER.match(doc.text, end)
    if partner is None:
        return end
    found = next((c for c in doc.within("countries", doc.sentence_index(end)) if c.start == partner.end()), None)
    return found.end if found is not None else end
