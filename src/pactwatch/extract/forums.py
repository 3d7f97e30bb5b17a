"""Dialogues told as the place of the news or as someone's institution, rather than made.

A named forum where something was signed is the place of the news: a standing forum of the two parties is in place
("signed at the India-Chile Ministerial Roundtable"), one host's yearly event is no instrument of theirs ("on the
margins of the 2024 Berlin Energy Transition Dialogue"), and an unnamed one is only where it happened. A body in
someone's role is an institution: one country's own committee ("as chair of the Ghana Nuclear Programme Inter-Agency
Committee") is none, a joint one someone heads is in place ("who heads the Ghana-Japan Joint Committee").
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .finish import AND_ANOTHER
from .instruments import Mention, Record, name_start
from .sameness import same_head
from .lexicon import DOCUMENT_KINDS
from .status import LAUNCHED, VENUE

# a body someone heads or sits on: "as chair of the", "who heads the", "a member of the"
_HEADS = fastre.compile(r"\b(?:(?:co-?)?chair(?:man|woman|person)?|head|chief|members?|secretary|convenor|director|"
                        r"presidency|president)\s+of\s+"
                        r"(?:the\s+)?$|\b(?:heads|chairs|co-chairs|leads|headed|chaired|led)\s+(?:the\s+)?$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def forum_told(doc: Document, mention: Mention, before: str, status: str | None) -> tuple[str | None, bool] | None:
    """For a dialogue mention: None when it is no instrument, else its status and whether it is the place of the
    news (``before``: the sentence's text before the mention)."""
    sentence = doc.sentences[mention.sentence]
    venue = False
    if VENUE.search(before[-60:]):
        if mention.name is None and not (_FIRST_ONE.search(before[-25:]) and _TITLED.fullmatch(
                doc.text, mention.start, mention.end) and not _EVENT_HEAD.search(mention.head)):
            return None  # "signed 46 agreements at the forum": where it happened, not what was made (but "during
            # the first Digital Partnership Council": the body of the two, started)
        named_from = name_start(doc, mention)
        inside = [c for c in doc.within("countries", mention.sentence) if named_from <= c.start < mention.end] \
            if named_from >= 0 else []
        if named_from >= 0 and len({c.code for c in inside}) <= 1 and (_YEAR.search(mention.name) or (
                inside and inside[0].type in ("bloc", "alias") and not LAUNCHED.search(before[-60:]))):
            return None  # "on the margins of the 2024 Berlin Energy Transition Dialogue": one host's yearly event;
            # "took part in the BRICS Forum on Energy": a grouping's event
        if named_from >= 0 and not inside and not LAUNCHED.search(before[-60:]) and _EVENT_HEAD.search(mention.head) \
                and not _OWN_BODY.search(mention.name):
            return None  # "a communique signed after the Ministerial Forum on Digital Infrastructure", "during the
            # Internet Governance Forum": a gathering named as the occasion, no body of the parties
        if not LAUNCHED.search(before[-60:]) and named_from >= 0 and any(  # "signed at the India-Chile Ministerial
                named_from <= c.start and c.end <= named_from + len(mention.name)  # Roundtable": a standing forum
                for c in doc.within("countries", mention.sentence)):  # of the two, the place of the news
            status, venue = "existing", True
    if mention.name is None:  # "the Spanish presidency of the Council"; "will attend a business forum": an event
        return None if _HEADS.search(before[-40:]) or _ATTENDS_ONE.search(before[-60:]) else (status, venue)
    named_from = name_start(doc, mention)
    if named_from >= 0 and (_ATTENDS.search(doc.text, max(sentence.start, named_from - 40), named_from)
                            or _GATHERING.match(doc.text, mention.end)) and len(
            {c.code for c in doc.within("countries", mention.sentence) if named_from <= c.start < mention.end}) <= 1:
        return None  # "he will also attend the Tokyo Dialogue, an annual gathering of trade ministers": an event
    if named_from >= 0 and _HEADS.search(doc.text, max(sentence.start, named_from - 40), named_from):
        inside = {c.code for c in doc.within("countries", mention.sentence)
                  if named_from <= c.start and c.end <= mention.end}
        if len(inside) == 1:
            return None  # "signed it as chair of the Ghana Nuclear Programme Inter-Agency Committee": one side's body
        status = "existing"  # "who heads the Ghana-Japan Joint Committee": a standing body, in place
    if named_from >= 0 and (_NTH_BEFORE.search(doc.text, max(sentence.start, named_from - 50), named_from)
                            or _NTH_NAME.match(mention.name)):
        status = "existing"  # "will attend the 45th Korea-Australia Economic Cooperation Committee meeting", "the
        # 12th session of the Vietnam-Chile Intergovernmental Committee": a body that has met before, in place
    return status, venue


# "the first", "the inaugural" right before a body's words written as a name ("Partnership Council")
_FIRST_ONE = fastre.compile(r"\b(?:the|its|their)\s+(?:first|inaugural|first-ever)\s+$", re.IGNORECASE)
_TITLED = fastre.compile(r"[A-Z][a-z]+(?:\s+(?:(?:and|of|for|on)\s+)?[A-Z][a-z]+)+")
# a gathering's word ("forum", "summit") and a body's own words ("joint", "bilateral"): a forum of the two
_EVENT_HEAD = fastre.compile(r"\b(?:forum|summit|conference|congress|expo|exhibition|convention|festival|fair|week)s?$",
                             re.IGNORECASE)
_OWN_BODY = fastre.compile(r"\b(?:joint|bilateral|strategic|business|partnership|cooperation|co-operation)\b", re.IGNORECASE)


# someone taking part in a gathering: "will attend the", "addressed the", "spoke at the", "to take part in the"
_ATTEND_VERBS = (r"\b(?:attend(?:s|ed|ing)?|address(?:es|ed|ing)?|(?:speak|spoke|speaking|speaks)\s+at|"
                 r"(?:take|took|taking|takes)\s+part\s+in|participat(?:e|es|ed|ing)\s+in)")
_ATTENDS = fastre.compile(_ATTEND_VERBS + r"\s+the\s+(?:\d{4}\s+)?$", re.IGNORECASE)
# an unnamed forum someone attends: "will attend a business forum", "spoke at an investment forum"
_ATTENDS_ONE = fastre.compile(_ATTEND_VERBS + r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# a gathering told as such right after its name: ", an annual gathering of", ", a yearly meeting of"
_GATHERING = fastre.compile(r",\s+(?:an?|the)\s+(?:(?:annual|yearly|biennial|regular|international|global|regional|"
                            r"high-level)\s+)*(?:gathering|meeting|conference|summit|forum|event|festival|"
                            r"get-together)\b", re.IGNORECASE)


# an ordinal beyond the first before a body's name: its meeting is one of many
_NTH = (r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d*(?:[2-9]1st|2nd|3rd)|"
        r"\d+th)\s+")
_NTH_NAME = fastre.compile(_NTH, re.IGNORECASE)
_NTH_BEFORE = fastre.compile(r"\b" + _NTH + r"(?:(?:annual|ministerial|plenary|joint|high-level|"
                             r"(?:meeting|session|round|edition)\s+of(?:\s+(?:the|their|its))?)\s+)*$", re.IGNORECASE)


_AT_EVENT = fastre.compile(r"\b(?:(?<!aimed )(?<!targeted )(?<!directed )(?<!looked )(?<!look )(?<!progress )(?<!efforts )at|"
                           r"during|on\s+the\s+(?:sidelines|margins)\s+of)\s+the\s+(?:\d{4}\s+)?$", re.IGNORECASE)


def event_named(doc: Document, mention: Mention) -> bool:
    """"announced at the Future Africa Investment Initiative in Riyadh": a named initiative where the news
    happened (no two countries in its name) is an event, not an instrument of the parties."""
    start = name_start(doc, mention) if mention.name else -1
    if start < 0 or not _AT_EVENT.search(doc.text, max(0, start - 40), start):
        return False
    return len({c.code for c in doc.within("countries", mention.sentence) if start <= c.start < mention.end}) <= 1


_BODIES = ("dialogue", "centre")
_SETS_UP = fastre.compile(r"\b(?:creates|sets up|establishes)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$")


def body_founded(mention: Mention, before: str, records: list[Record], restating: bool) -> str | None:
    """The status of a body a text told founds ("The memorandum sets up a working group": planned, still to be
    formed), or of the second of two bodies named together ("... as well as a business forum": as the first's)."""
    if mention.kind in (*_BODIES, "fund") and restating and _SETS_UP.search(before[-40:]):
        return "planned"
    if mention.kind in _BODIES and records and records[-1].kind in _BODIES and \
            records[-1].sentences[-1] == mention.sentence and AND_ANOTHER.search(before[-40:]):
        return records[-1].status
    return None


# what a text told just before will found: "It will lead to the setting up of a joint working group", "The accord
# provides for the creation of a joint council", "This memorandum will also help in setting up a working group"
_FOUNDED_BY_TEXT = fastre.compile(
    r"^\W*(?:It|This|That|The)(?:\s+(?P<kind>agreement|accord|deal|pact|treaty|protocol|memorandum|MoU|MOU|MoC))?\s+"
    r"(?:(?:will|would|shall|also|further)\s+)*(?:lead(?:s)?\s+to|help(?:s)?(?:\s+in)?|provide(?:s)?\s+for|"
    r"pave(?:s)?\s+the\s+way\s+for|envisage(?:s)?|enable(?:s)?|result(?:s)?\s+in|allow(?:s)?\s+for)\s+(?:the\s+)?"
    r"(?:(?:setting\s+up|creation|establishment|formation|constitution)\s+of\s+|(?:setting\s+up|creating|establishing|"
    r"forming)\s+)(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$")
_TEXT_KINDS = {"memorandum": "mou", "mou": "mou", "moc": "mou"}  # (the other words: an agreement of any kind)


def founding_text(mention: Mention, before: str, records: list[Record]) -> Record | None:
    """The text told just before that founds the body ``mention`` names ("It will lead to the setting up of a joint
    working group" after an MoU with Mongolia: that MoU's), or None."""
    found = _FOUNDED_BY_TEXT.search(before[-160:]) if mention.kind in _BODIES else None
    if found is None:
        return None
    word = (found.group("kind") or "").lower()
    kinds = {_TEXT_KINDS[word]} if word in _TEXT_KINDS else {"agreement", "trade_agreement"} if word else DOCUMENT_KINDS
    return next((r for r in reversed(records) if r.kind in kinds and 0 <= mention.sentence - max(r.sentences) <= 3
                 and len(r.countries) >= 2), None)


def other_body(doc: Document, mention: Mention, told: Record) -> bool:
    """A second body named beside one told in its sentence, under another word ("led by a steering committee and
    involve a business council"): two bodies, not one told twice."""
    return mention.kind in _BODIES and not same_head(mention.head, told.names) and doc.holds(
        ("and", "as well as", "plus"), doc.sentences[mention.sentence].start, mention.start)


# "their third Digital Partnership Council", "since the second Digital Partnership Council in 2024": a meeting of
# a standing body, by its number
_NUMBERED = fastre.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|"
                           r"th)|inaugural|previous|last|next)\s+(?:round\s+of\s+(?:the\s+|their\s+)?|meeting\s+of\s+"
                           r"(?:the\s+|their\s+)?)?(?P<name>(?:[A-Z][\w-]*\s+){0,4}(?:Council|Dialogue|Forum|Committee|"
                           r"Commission|Roundtable|Consultations))\b")
_NUMBER_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 "inaugural", "previous", "last", "next", "th ", "st ", "nd ", "rd ")


def _numbered_bodies(doc: Document, index: int) -> set[str]:
    sentence = doc.sentences[index]
    if not doc.holds(_NUMBER_WORDS, sentence.start, sentence.end):
        return set()
    return {m.group("name").lower() for m in _NUMBERED.finditer(doc.text, sentence.start, sentence.end)}


def meetings_of_one_body(doc: Document, records: list[Record]) -> list[Record]:
    """Two meetings of one standing body told by their numbers ("held their third X Council ... since the second X
    Council in 2024") are one dialogue: the later told is no record of its own, and the year of a past meeting is no
    date of the body."""
    out = list(records)
    dialogues = [r for r in records if r.kind == "dialogue"]
    for i, later in enumerate(dialogues):
        names = _numbered_bodies(doc, later.sentences[0]) if len(dialogues) > 1 else set()
        first = next((r for r in dialogues[:i] if r in out and r.countries == later.countries
                      and names & _numbered_bodies(doc, r.sentences[0])), None) if names else None
        if first is not None:
            first.sentences.extend(s for s in later.sentences if s not in first.sentences)
            out.remove(later)
    return out
