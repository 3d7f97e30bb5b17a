"""An informal grouping told by its membership is a standing arrangement in place (GUIDELINES.md: "earlier instruments
that the article names as already in place"; the Quad, AUKUS, I2U2 stand for their members).

"both nations are members of the I2U2 format, which brings together A and B as well", "both belong to I2U2, a forum
of four with ...", "officials met as the forum called the Quadrilateral Security Dialogue":
one ``existing`` record for its members (a dialogue when its name says so, else a partnership). A grouping that only
acts ("the Quad leaders put out a declaration") is the party of what it makes and no record of its own.
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .instruments import Record
from .lexicon import Lexicons

# membership told before the grouping's name: "are part of the", "are members of", "known as the", "the forum called"
_MEMBERS_BEFORE = fastre.compile(r"\b(?:(?:is|are|was|were|as|being|both|all|also)\s+(?:(?:also|both|all|founding)\s+)*"
                                 r"(?:part|members?|a\s+member|partners?)\s+of|known\s+as|called|dubbed)\s+(?:the\s+)?$",
                                 re.IGNORECASE)  # (but "members of the Visegrad Group and Japan signed": they act)
# membership told after it: "format, which brings together ...", ", a forum of ...", "(comprising ...)"
_MEMBERS_AFTER = fastre.compile(r"(?:\s*\([A-Za-z0-9]{2,8}\))?\s*(?:(?:grouping|group|alliance|forum|format|partnership|"
                                r"bloc|framework)\s*)?,?\s*(?:(?:that|which)\s+(?:includes?|included|comprises?|brings\s+"
                                r"together|groups|also\s+includes?)|(?:comprising|including|consisting\s+of|made\s+up\s+of)|"
                                r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:grouping|group|alliance|forum|format|partnership|bloc)\s+"
                                r"(?:of|between|that|which|with))\b", re.IGNORECASE)
_DIALOGUE = fastre.compile(r"\bDialogue\b")


def grouping_told(doc: Document, lex: Lexicons, index: int, records: list[Record]) -> None:
    """A record of each grouping sentence ``index`` tells by its membership, once per story."""
    text = doc.text
    for country in doc.within("countries", index):
        if country.code not in lex.groupings or country.in_org or any(
                0 <= t.start - country.end <= 2 for t in doc.within("instruments", index)):
            continue  # ("the Chip 4 Alliance, whose members are ...": the named instrument tells it)
        if not (_MEMBERS_BEFORE.search(text, max(0, country.start - 30), country.start)
                or _MEMBERS_AFTER.match(text, country.end)):
            continue
        members = sorted(lex.member_set([country.code], doc.published))
        if any(r.rule == "grouping" and r.countries == members for r in records):
            continue  # (one record per grouping however often its members are told)
        kind = "dialogue" if _DIALOGUE.search(country.text) else "partnership"
        records.append(Record(kind, "existing", [index], members, name=country.text, rule="grouping", told=True,
                              own_fields=True))  # (the grouping covers no field the sentence names for its news)
