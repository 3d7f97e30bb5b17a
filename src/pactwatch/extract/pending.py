"""A text named in a clause of time or condition that tells its making in the present ("trade will grow once the
agreement is signed", "as soon as the accord between Peru and Korea is concluded"): English uses the present there
for what is to come, so the text is still to be made, never made already.
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document

# the clause's opening words before the instrument, and its verb of making in the present after it
_PENDING = fastre.compile(r"\b(?:once|after|when|until|till|as\s+soon\s+as|before|if|unless)\s+(?:the|a|an|this|that|"
                          r"such\s+an?|their|its)\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
_IS_MADE = fastre.compile(r"(?:\s+(?:between|with|among|on)\s+[^,;.]{1,40}?)?\s+(?:is|are|gets|get)\s+"
                          r"(?:formally\s+|finally\s+|fully\s+|officially\s+)?(?:signed|finali[sz]ed|concluded|"
                          r"ratified|approved|adopted|inked|sealed|in\s+place|implemented|completed|agreed)\b",
                          re.IGNORECASE)


def made_in_a_clause_to_come(doc: Document, mention) -> bool:
    """Whether ``mention`` is the subject of a making told in the present inside a clause of time or condition."""
    return bool(_IS_MADE.match(doc.text, mention.end)) and _PENDING.search(
        doc.text, max(doc.sentences[mention.sentence].start, mention.start - 60), mention.start) is not None
