"""Instruments told for several couples of parties at once, one record each.

"MoUs were signed between Vietnam and Japan, as well as Vietnam and Korea" and "... between the trade ministries of
India and Chile and between the space agencies of India and Peru" are one instrument for each couple; "two deals
between Australia and the governments of Iran and Syria" are one side with as many others as there are deals; "Brazil
and Peru each signed an agreement with Japan" are each of the two with the third. One instrument of three ("an
agreement between Brazil, Peru and Japan") stays one.
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .counts import quantity_of
from .instruments import Mention, is_plural

_BETWEEN = fastre.compile(r"\bbetween\s+")
# what parts one couple from the next: "..., as well as ...", "... and between ...", "...; and ..."
_NEXT_COUPLE = re.compile(r",?\s+as\s+well\s+as\s+(?:between\s+)?|,?\s+and\s+between\s+|;\s+(?:and\s+)?(?:between\s+)?")
_EACH = fastre.compile(r"\beach\s+(?:also\s+)?(?:signed|inked|sealed|struck|concluded|agreed|reached|adopted)\s+"
                       r"(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
_WITH = fastre.compile(r"^(?:\s+(?:on|for|in)\s+(?:[\w’'-]+\s+){1,4}?)?\s*with\s+")
_GOVERNMENTS = fastre.compile(r"\s+and\s+(?:the\s+)?(?:governments|countries|states|ministries|agencies)\s+of\s+(?:the\s+)?$")


def _codes(doc: Document, index: int, start: int, end: int) -> list[str]:
    """The parties named between two offsets of a sentence, in order: countries, and organisations by their country."""
    found = [(c.start, c.code) for c in doc.within("countries", index) if start <= c.start < end
             and not c.in_org and not c.locative and not c.nonparty]
    found += [(o.start, o.entry.country) for o in doc.within("organizations", index)
              if start <= o.start < end and o.entry.country and o.entry.type not in ("media", "research_firm")]
    codes: list[str] = []
    for _, code in sorted(found):
        if code not in codes:
            codes.append(code)
    return codes


def couples(doc: Document, mention: Mention, before: str, after: str) -> list[list[str]]:
    """The couples of parties a mention stands for, one instrument each; [] when it is one instrument."""
    index = mention.sentence
    end = doc.sentences[index].end
    each = _EACH.search(before[-60:]) if "each" in before[-60:] else None
    if each is not None:  # "Brazil and Peru each signed an agreement with Japan"
        told = _WITH.match(after)
        sides = _codes(doc, index, doc.sentences[index].start, mention.start - len(before[-60:]) + each.start())
        others = _codes(doc, index, mention.end + told.end(), end) if told else []
        if len(sides) >= 2 and len(others) == 1 and others[0] not in sides:
            return [sorted({side, others[0]}) for side in sides]
        return []
    between = _BETWEEN.search(doc.text, mention.end, min(end, mention.end + 60))
    if between is None or not is_plural(mention.head):
        return []
    start = between.end()
    parts = [start] + [m.end() for m in _NEXT_COUPLE.finditer(doc.text, start, end)] + [end]
    if len(parts) > 2:  # couple after couple
        pairs = [_codes(doc, index, a, b) for a, b in zip(parts, parts[1:])]
        return [sorted(p) for p in pairs] if all(len(p) == 2 for p in pairs) else []
    codes = _codes(doc, index, start, end)
    if len(codes) < 3:
        return []
    second = next((c for c in doc.within("countries", index) if c.start >= start and c.code == codes[1]), None)
    grouped = second is not None and _GOVERNMENTS.search(doc.text, start, second.start)  # "between A and the
    # governments of B and C"
    if grouped or quantity_of(doc, mention, before, True) == len(codes) - 1:
        return [sorted({codes[0], other}) for other in codes[1:]]
    return []
