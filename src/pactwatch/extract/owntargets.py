"""One side's own target or plan, told beside an instrument, is no joint commitment (GUIDELINES: a country's domestic
plan with no foreign party is none).

Two ways news tells them:

- the time belongs to a target one side owns, which the deal or a party only works towards: "will back the EU's
  ambition of 20 Mt of hydrogen in 2030", "to meet its 52% target by 2030", "India's goal of 500 GW by 2030", "10 GW
  by 2030, as set out in its energy plan", "will help it become a battery hub by 2030";
- one country acts alone, on something marked its own or national, with no other country in the sentence: "Japan will
  open its own research centre in April", "The US is to set up its National Chip Research Center in 2027", "Korea's
  science ministry plans a national AI computing centre by 2028".

A target both parties share ("to meet the target of raising trade to $150 billion by 2030", "their goal") and what
one side gives the other ("will fund two refineries in Chile") stay commitments.
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document

# "the EU's ambition of", "Brussels' goal", "its 52% target", "its own national goal", "the national target of"
_OWNED_TARGET = fastre.compile(r"(?:\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?:['’]s|s['’])|\bits(?:\s+own)?|"
                               r"\b(?:[Nn]ational|[Dd]omestic))\s+(?:[\w%$€£.,-]+\s+){0,3}?(?:ambitions?|goals?|"
                               r"targets?|objectives?|aspirations?)\b")
# "..., as set out in REPowerEU", "as outlined in its plan": the time is the plan's
_AS_SET_OUT = fastre.compile(r"\s*,?\s*as\s+(?:set\s+out|outlined|laid\s+(?:down|out)|stated|envisaged|foreseen|"
                             r"spelt\s+out|spelled\s+out|defined)\s+(?:in|by|under)\b", re.IGNORECASE)
# a thing marked as one side's own: "its own centre", "a national computing centre", "the National Chip Center"
_OWN_THING = fastre.compile(r"\b(?:its\s+own|their\s+own|[Nn]ational|[Dd]omestic|at\s+home|home-grown|homegrown|"
                            r"nationwide)\b")
# "will help it become a battery hub by 2030", "help Egypt achieve 42% clean power by 2030": a goal of the one helped
_HELPED_GOAL = fastre.compile(r"\b(?:help|helps|helped|helping|enabl\w+|support\w*|assist\w*)\s+(?:[\w’'-]+\s+){0,4}?"
                              r"(?:to\s+)?(?:become|reach|achieve|meet|hit|attain|reali[sz]e|fulfil+)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;,]\s+(?:and|but|while|whereas)\s|;")


def owned_time(text: str, floor: int, frame_start: int, time_start: int, time_end: int) -> bool:
    """Whether the time from ``time_start`` is a target owned by one side, told after the frame ("will back the
    EU's ambition of ... in 2030") or as the frame ("India's goal of installing 500 GW by 2030"), or set out in one
    side's plan."""
    if not _CLAUSE_END.search(text, frame_start, time_start) and (any(
            m.end() > frame_start for m in _OWNED_TARGET.finditer(text, max(floor, frame_start - 50), time_start))
            or _HELPED_GOAL.search(text, frame_start, time_start)):
        return True
    return bool(_AS_SET_OUT.match(text, time_end))


def own_plan(doc: Document, index: int, verb_end: int, countries: list[str], explicit: bool) -> bool:
    """Whether one named country acts alone on a thing marked its own or national, no other country told in the
    sentence ("Japan will open its own research centre in April")."""
    if not explicit or len(countries) != 1:
        return False
    sentence = doc.sentences[index]
    cut = _CLAUSE_END.search(doc.text, verb_end, sentence.end)
    end = cut.start() if cut else sentence.end
    if any(c.code not in countries and c.start < end for c in doc.within("countries", index) if not c.nonparty):
        return False  # ("Japan will fund a national lab in Kenya": the other country is served; one told in a clause
        # after, "..., while the US presses on with its own rules", acts apart)
    return bool(_OWN_THING.search(doc.text, verb_end, end))


def blocs_own(lex, codes: list[str], on) -> bool:
    """Whether the parties told are a bloc or grouping and only its own members ("Japan will host the G7 summit",
    "Brazil will host the BRICS summit"): the bloc's own affair."""
    if len(codes) < 2:
        return False
    if lex.own_bloc(codes, on) != list(codes):
        return True
    for code in codes:
        members = set(lex.members(code, on)) - {code}
        if members and all(c == code or c in members for c in codes):
            return True
    return False
