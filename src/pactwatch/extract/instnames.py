"""Names of instruments compared: the words that tell one apart ("U.S.-India Defense Framework" = "India-US
Defence Framework Agreement"), a key that ignores an ordinal, and a name told short ("the Lima Statement")."""

from __future__ import annotations

import re

from . import fastre
from .lexicon import Lexicons


_ORDINAL_PREFIX = fastre.compile(r"^(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|inaugural|new)\s+", re.IGNORECASE)


_SPELLING = {"defense": "defence", "center": "centre", "program": "programme", "organization": "organisation",
             "cooperation": "co-operation", "dialog": "dialogue", "labor": "labour", "tech": "technology"}
_NAME_FILLER = frozenset({"the", "of", "for", "on", "and", "a", "an", "new", "bilateral", "joint", "year", "agreement",
                          "arrangement", "between", "in", "to", "&"})


_NAME_SPLIT = re.compile(r"[\s\-–/]+")
_NUMBERED = re.compile(r"\d+[-\w]*")
_NOT_KEY = re.compile(r"[^a-z0-9]")


def name_words(name: str, lex: Lexicons) -> frozenset[str]:
    """The distinctive words of a name, spelling and parties aside: "U.S.-India Defense Framework" and
    "India-US Defence Framework Agreement" both give {"defence", "framework"}."""
    words = set()
    for raw in _NAME_SPLIT.split(name):
        word = raw.strip("‘’'\"“”(),.")
        if not word or word in lex.countries or word.rstrip(".") in lex.countries or _NUMBERED.fullmatch(word):
            continue
        low = word.lower()
        low = _SPELLING.get(low, low)
        if low not in _NAME_FILLER:
            words.add(low)
    return frozenset(words)


def same_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two names of one instrument: the words of one are all in the other, and there are at least two."""
    small, large = sorted((a, b), key=len)
    return len(small) >= 2 and small <= large


def shortened(name: str, longer: str) -> bool:
    """``name`` is ``longer`` told short: its words, in order, begin as it begins and leave some out ("the Lima
    Statement" for "the Lima Statement on Space", "the Andes Agreement" for "the Andes Space Cooperation
    Agreement")."""
    short, full = name.lower().split(), longer.lower().split()
    if short[:1] == ["the"] and full[:1] != ["the"]:
        short = short[1:]
    if len(short) < 2 or len(short) >= len(full) or short[0] != full[0]:
        return False
    rest = iter(full[1:])
    return all(word in rest for word in short[1:])


def name_key(name: str) -> str:
    """A name's key: "1st Korea-U.S.-Japan Business Dialogue" and "Korea-U.S.-Japan Business Dialogue" agree."""
    return _NOT_KEY.sub("", _ORDINAL_PREFIX.sub("", name).lower())


# a headline in title case ("Peru, Chile Sign Declaration On Setting Up Lithium Alliance"): its verbs and
# little words, capitalised there, are no part of a name
TITLE_CASE_STOPS = frozenset("""On To With In At By From As Into Over After Amid Sign Signs Signed Ink Inks Inked Agree
Agrees Agreed Launch Launches Launched Establish Establishes Establishing Seal Seals Sealed Unveil Unveils Set Sets Ties
To Boost Deepen Strengthen Forge Forges Eye Eyes Mull Mulls Discuss Discusses Plan Plans""".split())
# praise right after a headline's verb names nothing: "Sign Historic Deal" (but "the Major Defence Partnership Framework")
PRAISE = frozenset("""Historic Landmark Milestone Major Key Groundbreaking Ground-Breaking Trailblazing Breakthrough
Significant Important Ambitious Sweeping Massive Big Huge First-Ever""".split())
# words that open a phrase and are no part of a name ("Another MoU", "Each memorandum")
DETERMINERS = frozenset({"The", "A", "An", "This", "These", "New", "Another", "Each", "Every", "Both", "Such", "That",
                         "Those", "Its", "Their", "Our", "Several", "Other", "Todays"})  # ("Todays Council": today's)
# the kind's own words: no name of one instrument ("Memorandum of Cooperation" alone)
GENERIC_NAMES = frozenset({"joint statement", "joint declaration", "memorandum of understanding", "memorandum of cooperation",
                           "framework agreement", "cooperation agreement", "letter of intent", "action plan",
                           "joint communique", "joint communiqué", "strategic partnership",
                           "comprehensive strategic partnership"})

# "a branch of the University of Pisa", "of a Turkish university": a campus abroad, whose owner follows
BRANCH_OF = fastre.compile(r"\s+of\s+(?:(?:the|a|an|its)\s+)?(?:[A-Z][\w.’'-]*\s+){0,5}?(?:[\w-]+\s+){0,2}?"
                           r"(?:[Uu]niversity|[Ii]nstitute|[Cc]ollege|[Aa]cademy|[Ss]chool|[Cc]onservatory)\b")
# "the Regional Comprehensive Economic Partnership (RCEP) agreement": a name, its acronym, a head noun
ACRONYM_THEN = fastre.compile(r"\s*\([A-Z][A-Za-z0-9&-]{1,12}\)\s+")
# partnerships that are trade pacts by name (GUIDELINES: an economic partnership agreement is a trade agreement)
TRADE_NAME = fastre.compile(r"\b(?:Economic|Trade(?:\s+and\s+Investment)?)\s+Partnership$")
# a name in quotes right before a kind word ("a 'Hydrogen Alliance' deal", "a "Lithium Partnership" agreement"): the
# words in quotes name the instrument the kind word tells
_QUOTED_NAME_BEFORE = fastre.compile(r"[‘“\"']([A-Z][^‘’“”\"'.;]{1,60}?)[’”\"']\s+$")


def quoted_name_before(text: str, floor: int, start: int, word: str, previous_start: int) -> str | None:
    """The name in quotes that ends right before a lower-case kind word at ``start`` and holds the instrument word
    told before it at ``previous_start`` ("a 'Hydrogen Alliance' deal": "Hydrogen Alliance"), or None."""
    if not word[:1].islower() or text[start - 2:start - 1] not in "’”\"'":
        return None
    quoted = _QUOTED_NAME_BEFORE.search(text, max(floor, start - 70), start)
    return quoted.group(1) if quoted and quoted.start(1) <= previous_start else None

# between a generic instrument word and a name: the name it goes by ("a space deal called the Orbital Research
# Partnership", "an accord, to be known as the ...", "a pact dubbed 'the ...'")
CALLED_NAME = fastre.compile(r"(?:\s*\([^()]{1,15}\))?,?\s+(?:(?:which|that)\s+(?:is|was|will\s+be|would\s+be)\s+)?"
                             r"(?:(?:to\s+be|being)\s+)?(?:(?:also|more\s+commonly|commonly|popularly|widely|formally|officially)\s+)?"
                             r"(?:called|dubbed|named|known\s+as|titled|entitled|branded|"
                             r"christened)\s+[‘“\"']?(?:the\s+)?[‘“\"']?(?:(?:new|first)\s+)?", re.IGNORECASE)
