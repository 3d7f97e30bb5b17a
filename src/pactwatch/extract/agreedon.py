"""Two wordings of a promise's frame that commitments.py reads apart: an event agreed on with its time ("the two space
agencies agreed on a joint lunar mission in 2029", "agreed on a second round of talks in May"), which is the parties'
promise to hold it; and an aim "to make it possible for" others to act ("The charter aims to make it possible for
small firms to sell abroad by 2030"), which is no one's act.
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .promiseparts import clause_start

# the event, and the act of holding or launching it
_EVENT_ACTS = {"mission": "launch", "launch": "launch", "signing": "sign", "meeting": "meet", "round": "hold",
               "talks": "hold", "summit": "hold", "session": "hold", "conference": "hold", "exercise": "hold",
               "visit": "hold", "dialogue": "hold", "forum": "hold"}
_AGREED_ON = fastre.compile(r"\b(?:agreed|agree|agrees|agreeing|decided|settled)\s+(?:on\s+[A-Z]\w+day\s+)?(?:on|upon)\s+"
                            r"(?:(?:a|an|the|their|its|two|three)\s+)?(?:(?!need\b|importance\b|necessity\b|for\b|of\b|"
                            r"to\b|with\b)[\w-]+\s+){0,4}?(?P<event>" + "|".join(sorted(_EVENT_ACTS, key=len, reverse=True))
                            + r")s?\b", re.IGNORECASE)
_AGREED_WORDS = ("agree", "decided", "settled")  # (folded: one is in every match)


def agreed_events(doc: Document, index: int, verbs) -> list[tuple[int, str, int, int]]:
    """The events the sentence ``index`` says were agreed on, each as (where the frame starts, the act's verb as
    the lexicon writes it, where the event's noun ends, where its clause starts)."""
    sentence = doc.sentences[index]
    low = doc.text[sentence.start:sentence.end].lower()
    if not any(w in low for w in _AGREED_WORDS):
        return []
    out = []
    for match in _AGREED_ON.finditer(doc.text, sentence.start, sentence.end):
        term = verbs.get(_EVENT_ACTS[match.group("event").lower()])
        if term is not None:
            out.append((match.start(), term.surface, match.end(), clause_start(doc.text, match.start(), sentence.start)))
    return out


_ENABLING = fastre.compile(r"\s+it\s+(?:possible|easier|simpler|harder|feasible|cheaper|faster|quicker|safer)\s+for\b")


def enabling(text: str, verb: str, verb_end: int) -> bool:
    """Whether "make" opens "make it possible for X to ...": others' act, made easier."""
    return verb == "make" and bool(_ENABLING.match(text, verb_end))
