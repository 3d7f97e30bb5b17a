"""Relationships told beside instruments, which are no instruments of their own.

A partnership an instrument marks is that instrument ("signed an MoU, marking a strategic partnership"); one the
parties mean to foster or deepen is their ties growing ("agreed to foster a comprehensive strategic partnership"), and
so is a figure of speech for them ("opening a new chapter of partnership");
a theme or slogan in quotes names none ("a forum themed 'Building Partnerships for Growth'").
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .instruments import Mention, Record
from .lexicon import Lexicons
from .status import _status_cues

_THEMED = fastre.compile(r"\b(?:themed|theme|slogan|motto|banner|titled|entitled)\s*(?:of\s+|was\s+|is\s+)?[,:]?\s*[‘'“\"][^’'”\"]*$",
                         re.IGNORECASE)
# (what is to be grown: "agreed to foster ...", "will deepen ..."; "The deal strengthens the partnership between the
# two institutes" tells a partnership in place)
_GROWING = fastre.compile(r"\b(?:to|will|would|shall)\s+(?:further\s+|jointly\s+|continue\s+to\s+)?(?:foster|deepen|"
                          r"strengthen|enhance|advance|promote|bolster|boost|consolidate|nurture|broaden|reinforce)\s+"
                          r"(?:the|their|a|an|its|our|this|that)?\s*(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_MARKING = fastre.compile(r",?\s*\b(?:marking|marks|marked|signall?ing|signals|signall?ed|cementing|cements|cemented|"
                          r"heralding|heralds|heralded|reflecting|reflects|underscoring|underscores|outlin(?:es|ed|ing)|"
                          r"set(?:s|ting)?\s+out|lay(?:s|ing)?\s+out|laid\s+out|provid(?:es|ing)\s+for|"
                          r"sets|lay(?:s|ing)?\s+down|laid\s+down|provides|offers)\s+(?:a|an|the|their)\s+"
                          r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


THEMED_WORDS = ("theme", "slogan", "motto", "banner", "titled")  # (one is in every match of it: tested first)


def slogan(before: str) -> bool:
    """The mention lies in a quoted theme, slogan or title ("themed 'Forging Digital Partnerships'")."""
    return any(map(fastre.fold(before[-70:]).__contains__, THEMED_WORDS)) and bool(_THEMED.search(before[-70:]))


def ties_growing(mention: Mention, before: str, after: str = "") -> bool:
    """An unnamed partnership the parties are to foster, deepen or strengthen, work done "in partnership with"
    another, or a figure of speech for the ties ("a new chapter of partnership", "a new era in their partnership"):
    their relationship; so is a plain one told by its quality ("a robust partnership") or as growing ("their
    partnership has grown stronger"), though not a declared one ("their strategic partnership ... continues to grow")."""
    return mention.kind == "partnership" and bool(_GROWING.search(before[-60:]) or _GROUNDWORK.search(before[-90:])
                                                  or mention.head.lower().endswith("ships") and _BETWEEN_OTHERS.match(after)
                                                  or not mention.strong and (_QUALITY.search(before[-45:]) and not
                                                                             _MADE.search(before[-60:])
                                                                             or bool(_GROWN_AFTER.match(after)))
                                                  or _IN_PARTNERSHIP.search(before[-25:])
                                                  and after.startswith(" with ") or "new" in before[-60:].lower() and
                                                  _NEW_CHAPTER.search(before[-60:]) and not _RAISED.search(before[-100:]))


# a partnership told by its quality, no instrument's word ("hoped to build a robust partnership", "wants a strong and
# lasting partnership"): the ties wished for (unless told as made: "signed a strong partnership")
_QUALITY = fastre.compile(r"\b(?:robust|strong|stronger|close|closer|deeper|solid|lasting|enduring|healthy|stable|sound|"
                          r"mutually\s+beneficial|win-win|good|better|genuine|true)\s+(?:and\s+[\w-]+\s+)?$", re.IGNORECASE)
# a partnership told as growing after it: "their partnership had grown stronger", "... has never been closer",
# "continues to deepen", "has deepened": the ties
_GROWN_AFTER = fastre.compile(r"^\s+(?:between\s+[^,;.]{1,60}?\s+)?(?:(?:has|have|had|is|are|was|were)\s+(?:now\s+|also\s+|"
                              r"further\s+|steadily\s+)?)?(?:(?:grown|grew|growing|deepened|deepening|strengthened|"
                              r"strengthening|matured|flourished|flourishing|thrived|thriving)\b|(?:continues?|continued)\s+to\s+"
                              r"(?:grow|deepen|strengthen|flourish|thrive|expand)\b|(?:never\s+been|been|become|became|"
                              r"getting|remains?|remained|stayed|stays)\s+(?:\w+\s+)?(?:stronger|closer|deeper|strong|close|"
                              r"robust|solid|better)\b)", re.IGNORECASE)
_MADE = fastre.compile(r"\b(?:sign|signs|signed|signing|ink|inked|launch|launched|launches|establish|established|"
                       r"sealed|struck|formed|created|set\s+up|unveiled|announced|adopted)\b", re.IGNORECASE)
# "laying the groundwork for a long-term, multi-billion-dollar partnership", "paves the way for a partnership": the
# ties a text may bring, no instrument told
_GROUNDWORK = fastre.compile(r"\b(?:(?:lay|lays|laying|laid)\s+the\s+(?:groundwork|foundations?|basis)|(?:pave|paves|paved|"
                             r"paving)\s+the\s+way)\s+(?:for|to)\s+(?:a|an|the|their|future)\s+(?:[\w-]+,?\s+){0,4}$",
                             re.IGNORECASE)
_RAISED = fastre.compile(r"\b(?:elevat|upgrad|rais|lift)\w*", re.IGNORECASE)  # ("elevated ties to a new stage of
# comprehensive strategic partnership": an upgrade, made now)
# "opening a new chapter of partnership", "ushering in a new era in their partnership", "a new field of partnership":
# a figure of speech for the ties, no instrument (every match holds "new": tested first)
_NEW_CHAPTER = fastre.compile(r"\bnew\s+(?:chapter|era|page|phase|stage|field)\s+(?:of|in|for)\s+(?:(?:the|their|our|"
                              r"its|this|bilateral|mutual|strategic|comprehensive|close|closer|economic|\w+-\w+)\s+){0,3}$",
                              re.IGNORECASE)


# "the creation of partnerships between firms of both countries": ties among others than the parties
_BETWEEN_OTHERS = fastre.compile(r"\s+(?:between|among|amongst)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:firms|companies|"
                                 r"businesses|enterprises|universities|institutes|institutions|industries|start-?ups|"
                                 r"researchers|scientists|SMEs|entrepreneurs|private\s+sectors|academia)\b", re.IGNORECASE)
_IN_PARTNERSHIP = fastre.compile(r"\bin\s+(?:close\s+|strategic\s+|full\s+)?$", re.IGNORECASE)


def marked_by(mention: Mention, before: str, records: list[Record]) -> Record | None:
    """The instrument just told that an unnamed partnership or framework is said to mark, signal, cement or outline
    ("an MoU outlining a comprehensive framework for cooperation"), or None."""
    if mention.kind not in ("partnership", "framework") or not records or not _MARKING.search(before[-60:]):
        return None
    return records[-1] if mention.sentence - records[-1].sentences[-1] <= 1 else None


# what a text is told to found: "a memorandum establishing a strategic partnership", "a declaration of intent to
# create an alliance", "a joint declaration on establishing an alliance", "The MoU will create a platform", "a
# memorandum that will see the two sides form a partnership" (every match holds one of FOUNDING_VERBS: tested first)
FOUNDING_VERBS = ("establish", "creat", "form", "set", "launch", "build")
_FOUNDS_IT = fastre.compile(
    r"\b(?:(?:establish(?:es|ing)|creat(?:es|ing)|form(?:s|ing)|set(?:s|ting)\s+up|launch(?:es|ing))|(?:to|will|would|"
    r"shall)\s+(?:also\s+)?(?:jointly\s+)?(?:establish|create|form|set\s+up|launch|build)|(?:will|would)\s+see\s+(?:the\s+)?"
    r"(?:two\s+)?(?:parties|sides|countries|nations)\s+form|on\s+(?:the\s+)?(?:establishing|creating|forming|(?:establishment|"
    r"creation|formation)\s+of))\s+(?:(?:a|an|the)\s+)?(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
# the text before the verb: a memorandum, agreement or declaration told in the sentence, or one told just before as
# the sentence's subject ("The MoU will ...", "It will ...")
_TEXT_WORD = fastre.compile(r"\b(?:memorand\w*|MoUs?|MOUs?|MoCs?|agreements?|accords?|deals?|declarations?|pacts?|"
                            r"letters?\s+of\s+intent)\b", re.IGNORECASE)
_TEXT_SUBJECT = fastre.compile(r"^\W*(?:It|(?:The|This|That)\s+(?:new\s+)?(?:memorand\w*|MoU|MOU|MoC|agreement|accord|"
                               r"deal|declaration|pact))\s+(?:also\s+)?$")
FOUNDING_KINDS = ("mou", "agreement", "framework")


def partnership_founder(mention: Mention, before: str, records: list[Record]) -> Record | None:
    """The memorandum or agreement just told that a partnership, alliance or platform is told to be founded by
    ("signed a memorandum establishing a strategic partnership"; "The MoU will create a platform"): the partnership
    is that text, told by what it does; or None. (A body or centre a text founds is an instrument of its own:
    ``forums.founding_text``.)"""
    if mention.kind != "partnership" or not records:
        return None
    tail = before[-90:]
    if not any(map(fastre.fold(tail).__contains__, FOUNDING_VERBS)):
        return None
    found = _FOUNDS_IT.search(tail)
    if found is None:
        return None
    verb = len(before) - len(tail) + found.start()  # (where the founding verb begins in ``before``)
    here = next((r for r in reversed(records) if mention.sentence in r.sentences and r.kind in FOUNDING_KINDS), None)
    if here is not None and _TEXT_WORD.search(before, 0, verb):
        return here  # (a headline's too: "A, B Sign Joint Declaration of Intent On Establishing X Alliance")
    last = records[-1]
    if last.kind in FOUNDING_KINDS and 0 < mention.sentence - last.sentences[-1] <= 1 and \
            _TEXT_SUBJECT.match(before[:verb]):
        return last
    return None


def venture_of(mention: Mention, records: list[Record]) -> Record | None:
    """The instrument just told that sets up a joint venture ("signed a memorandum to form a joint venture", "The
    joint venture is expected ..." after it): the venture is a company the instrument founds, no instrument itself."""
    if not records or not mention.head.lower().startswith("joint venture"):
        return None
    return records[-1] if mention.sentence - records[-1].sentences[-1] <= 1 else None


_OWN = fastre.compile(r"\s+(?:its|their|our|his|her)\s+(?:[\w-]+\s+){0,2}")


def own_one_ended(doc: Document, lex: Lexicons, mention: Mention) -> bool:
    """"suspended its partnership with ...", "pulled out of their alliance": an own partnership whose end is the news
    (right after an ending word of data/status_cues.tsv) is an arrangement that ended, not the parties' ties."""
    return any(status == "ended" and _OWN.fullmatch(doc.text, end, mention.start)
               for _start, end, status in _status_cues(doc, lex, mention.sentence))
