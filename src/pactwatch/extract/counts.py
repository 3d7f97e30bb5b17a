"""How many instruments one mention stands for: "seven MOUs" is 7, "nine other agreements" 9, "an MOU" 1."""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .instruments import Mention
from .text import number_value

_WORD = re.compile(r"[\w’'&-]+")
_PAIR = re.compile(r"\b(?:pair|couple)\s+of\s+(?:[a-z][\w’'-]*\s+){0,2}$", re.IGNORECASE)
_OTHER = fastre.compile(r"\bother\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)

# what a number before an instrument word may count instead of the instruments: those who make them
_MAKERS = frozenset({"countries", "nations", "sides", "governments", "leaders", "ministers", "officials", "companies",
                     "firms", "states", "parties", "presidents", "agencies", "delegations", "premiers", "prime",
                     "heads", "ministries", "universities", "institutes", "banks", "groups", "partners", "economies"})
_SEVERAL = fastre.compile(r"\b(?:several|many|some|multiple|various|a series of|a raft of)\s+(?:[\w’'-]+\s+){0,3}$",
                          re.IGNORECASE)
SEVERAL_WORDS = ("several", "many", "some", "multiple", "various", "series", "raft")  # (one in every match)
# a count standing alone (not part of a sum, a figure or a code): "37", "seven", "a dozen"
_COUNT = r"(?<![\w.,$€£¥+/-])(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen)\s+"
_DESCRIBED_COUNT = fastre.compile(_COUNT + r"(?:new\s+)?(?:[a-z]+(?<!ed),?\s+){1,3}and\s+(?:[a-z]+\s+){0,2}$",
                                  re.IGNORECASE)
# four or five words of description, none a verb or a counted thing other than instruments ("12 Indian technology
# firms signed"): "11 new bilateral critical minerals memorandums"
_QUALIFIED_COUNT = fastre.compile(_COUNT + r"(?:(?!(?:of|in|on|for|with|and|or|to|the|by|at|from|years?|months?|days?|"
                                  r"weeks?|per|percent|million|billion|firms|companies|countries|nations|states|members|"
                                  r"executives|officials|ministers|people|delegates|leaders|partners)\b)(?![a-z]+ed\b)"
                                  r"[a-z][\w-]*\s+){4,5}$", re.IGNORECASE)


def quantity_of(doc: Document, mention: Mention, before: str, plural: bool) -> int | None:
    """How many instruments one mention stands for: "seven MOUs" is 7, "several MOUs" unknown, "an MOU" 1."""
    other = _OTHER.search(before[-30:])
    if other:
        # "other MOUs": more of unknown count; "the other memorandum" (of two told): the second one; "nine other
        # agreements": nine more
        counted = re.search(r"([\w-]+)\s+$", before[-30:][:other.start()])
        value = number_value(counted.group(1)) if counted and plural else None
        if value is not None and value > 1:
            return value
        return 1 if not plural and re.search(r"\bthe\s+other\s+(?:[\w’'-]+\s+){0,2}$", before[-30:], re.IGNORECASE) else None
    window = before[-40:]
    base = mention.start - len(window)
    for word in reversed(list(_WORD.finditer(window))[-3:]):  # ("9 joint R&D centres": R&D is one word)
        if window[word.end():word.end() + 1] == "." or window[word.start() - 1:word.start()] == ".":
            continue  # "Cooperation 2.0": a version, not a count
        value = number_value(word.group(0))
        if value is None or value <= 1:
            continue  # (no count: where it stands need not be read)
        counts = _WORD.match(window, word.end() + 1)
        if counts is not None and counts.group(0).lower() in _MAKERS:
            continue  # "the two governments inked agreements": a count of who made them
        in_money = any(m.start <= base + word.start() < m.end for m in doc.within("money", mention.sentence))
        in_time = any(t.start <= base + word.start() < t.end for t in doc.within("times", mention.sentence))
        if not in_money and not in_time and word.group(0).lower() != "both" \
                and (plural or value < 100):  # ("the 123 Agreement": a name)
            return value
    if plural and _PAIR.search(before[-40:]):
        return 2  # "the pair of battery agreements", "a couple of memoranda" (a number told wins)
    if plural:  # "37 new trade and business agreements", "11 new bilateral critical minerals frameworks"
        described = _DESCRIBED_COUNT.search(before[-80:]) or _QUALIFIED_COUNT.search(before[-80:])
        value = number_value(described.group(1)) if described else None
        return value if value is not None and 1 < value < 1000 else None
    several = any(map(fastre.fold(before[-50:]).__contains__, SEVERAL_WORDS)) and _SEVERAL.search(before[-50:])
    return None if several else 1  # ("several MOUs" tells no count)
