"""What the sentence tells of a body that its name does not: an industry alliance that signs is an organisation, a
party (not the partnership that the word "Alliance" otherwise names); a body working under a parent is the parent's
country's.

Alliances: an association named "... Alliance" ("Next G Alliance", "Alliance for Telecommunications Industry
Solutions") that signs, or between which or with which an instrument is signed, is an organisation, the party of that
instrument, with the country of an owner word or of "of <country>" after it. An alliance launched, joined or formed
(the instrument itself) is left to the agreements.

Parents: "the Bureau of X (BX) under the Ministry of Industry of Chile", "the Y Centre, which operates under the
Department of Space of India", "the Z Institute, affiliated to the Chinese Academy of Sciences": a body of no country
told is the country of the known body named as its parent.
"""


from __future__ import annotations

import re

from . import fastre
from .doc import Document, OrgMention
from .lexicon import Lexicons, OrgEntry
from .orgcountry import org_country
from .orgnames import capitals_before, matches_at, places_of

# "Bharat 6G Alliance", "The Global Battery Alliance", "Alliance for Telecommunications Industry Solutions"
_ALLIANCE_NAME = fastre.compile(r"(?<![\w’'-])(?:(?:The\s+)?(?:[A-Z0-9][\w&-]*\s+){1,5}Alliance|"
                                r"Alliance\s+for(?:\s+(?:[A-Z][\w&-]*|and|&)){1,6}(?<![a-z]\s[a-z]{2})(?<!\sand))\b")
# what it does after its name: "(NGA) signed", "of the United States has inked"
_SIGNS_AFTER = fastre.compile(r"(?:\s*\([A-Z][\w&-]{1,9}\))?(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
                              r"\s+(?:(?:has|have|had|also|jointly|formally|will|on\s+[A-Z]\w+)\s+)*"
                              r"(?:signed|signs|inked|inks|concluded|concludes|exchanged|agreed)\b(?!\s+(?:in\s+(?:\d{4}|"
                              r"January|February|March|April|May|June|July|August|September|October|November|December)|"
                              r"last\s+(?:year|month)|back\s+in|earlier\s+this)\b)")  # (not "the X Alliance signed in 2021":
# the instrument, signed then)
# an instrument signed between or with it: "a memorandum between the", "signed a pact with India's"
_SIGNED_WITH_BEFORE = fastre.compile(r"\b(?:memorand\w*|MoUs?|MOUs?|agreements?|pacts?|accords?|deals?|signed|signing|"
                                     r"inked)\b[^.;\n]{0,60}\b(?:between|with)\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?$")
_AND_BEFORE = fastre.compile(r"\s+(?:and|&)\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?$")


_WORD_FIRST = re.compile(r"[A-Z0-9]")


def _alliance_starts(text: str) -> list[int]:
    """Every place an _ALLIANCE_NAME match can start (sorted): an "Alliance" ("Alliance for ..."), or a capital or a
    digit of the six words before one ("The" and five words of letters, digits, "_", "&" and "-" between blanks)."""
    places = places_of(text, ("Alliance",))
    return sorted({*places, *capitals_before(text, places, 6, "_&-", _WORD_FIRST)})


def acting_alliances(doc: Document, lex: Lexicons) -> list[OrgMention]:
    """The alliances of the article that sign or are signed with, as organisations (rule ``acting_alliance``)."""
    text = doc.text
    if "Alliance" not in text:
        return []
    out: list[OrgMention] = []
    last_end = -1  # the end of the last alliance read as a party ("between the A Alliance and the B Alliance")
    for m in matches_at(_ALLIANCE_NAME, text, _alliance_starts(text)):
        start, name = m.start(), m.group(0)
        if name.startswith("The "):
            start, name = start + 4, name[4:].lstrip()
        if lex.organizations.get(name) is not None:
            continue  # the gazetteer's
        before = text[max(0, m.start() - 90):m.start()]
        acting = _SIGNS_AFTER.match(text, m.end()) or _SIGNED_WITH_BEFORE.search(before) or (
            last_end >= 0 and _AND_BEFORE.fullmatch(text, last_end, m.start()))
        if not acting:
            continue
        last_end = m.end()
        end = start + len(name)
        out.append(OrgMention(start, end, name, OrgEntry(name, (), org_country(doc, lex, start, end) or _of_country(
            doc, end), "organization", source="acting_alliance"), "acting_alliance"))
    return doc.in_body(out)


_OF_AFTER = fastre.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _of_country(doc: Document, end: int) -> str | None:
    """The country told by "of <country>" right after the name ("the Next G Alliance of the United States")."""
    of = _OF_AFTER.match(doc.text, end)
    if of is None:
        return None
    told = [c for c in doc.between("countries", of.end() - 1, of.end() + 40) if c.start == of.end() - 1]
    return told[0].code if told and len(told[0].code) == 3 else None


# after the body's name (and its acronym), the words that name its parent: "(DX) under the", ", affiliated to the"
_UNDER = fastre.compile(r"(?:\s*\([A-Z][\w&-]{1,9}\))?,?\s+(?:(?:which|that)\s+(?:operates|works|falls|comes|sits)\s+|"
                        r"(?:operating|working|functioning)\s+)?(?:under|affiliated\s+(?:to|with)|attached\s+to)\s+"
                        r"(?:the\s+)?")


def parent_country(text: str, mention: OrgMention, found: list[OrgMention]) -> str | None:
    """The country of the body named right after ``mention`` as its parent ("under the Ministry of ... of India")."""
    under = _UNDER.match(text, mention.end)
    if under is None:
        return None
    return next((o.entry.country for o in found if o.start == under.end() and o.entry.country and
                 len(o.entry.country) == 3), None)
