"""Two wordings of a promise's frame that commitments.py reads apart: an event agreed on with its time ("the two space
agencies agreed on a joint lunar mission in 2029", "agreed on a second round of talks in May"), which is the parties'
promise to hold it; and an aim "to make it possible for" others to act ("The charter aims to make it possible for
small firms to sell abroad by 2030"), which is no one's act; and acts set as a target or as the end of talks ("held
talks on Saturday to wrap up the pact this year", "agreed to target finishing the talks by 2027").
"""

from __future__ import annotations

import re

from . import fastre
from .acts import gerund_verb
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

# talks held, or a meeting, to finish an instrument ("held talks on Saturday to wrap up the pact this year", "met in
# Manila on Monday to finalise the accord by June"): the finishing is promised (not "met to discuss it")
_MET_TO = fastre.compile(r"\b(?:held|holding|holds?|met|meets?|meeting|convened|gathered)\s+(?:[\w,’'-]+\s+){0,6}?to\s+"
                         r"(?P<verb>conclude|finali[sz]e|wrap|complete|finish|seal|sign|clinch|end)\b", re.IGNORECASE)
_MET_WORDS = ("held", "hold", "met", "meet", "convened", "gathered")  # (folded; one is in every match of it)
# a target set on an act ("agreed to target finishing the talks by 2027", "will aim at concluding it by March"), not
# the purpose of a thing ("a deal aimed at boosting trade")
_AIM_AT = fastre.compile(r"\b(?:target(?:s|ing)?|aim(?:s|ing)?\s+at)\s+(?P<act>[a-z]{3,}ing)\b", re.IGNORECASE)


def aimed_acts(doc: Document, index: int, lex) -> list[tuple[int, str, int, int]]:
    """Acts set as a target or as the end of talks in the sentence ``index``, in the form of :func:`agreed_events`:
    "held talks on Saturday to wrap up the pact this year", "agreed to target finishing the talks by 2027"."""
    sentence = doc.sentences[index]
    text = doc.text
    low = fastre.fold(text[sentence.start:sentence.end])
    out = []
    for match in _MET_TO.finditer(text, sentence.start, sentence.end) if any(map(low.__contains__, _MET_WORDS)) else ():
        term = lex.verbs.get(match.group("verb").lower())
        if term is not None:
            out.append((match.start(), term.surface, match.end(), clause_start(text, match.start(), sentence.start)))
    for match in _AIM_AT.finditer(text, sentence.start, sentence.end) if "aim" in low or "target" in low else ():
        term = gerund_verb(lex, match.group("act"))
        if term is not None and term.value == "action":
            out.append((match.start(), term.surface, match.end(), clause_start(text, match.start(), sentence.start)))
    return out
