"""Where news sets a promise's time frame apart from "will <act> by <time>", and who acts when the subject names the
parties one by one (commitments.py asks these):

- a time between the modal and its verb in reported speech ("officials said the partners would in early 2027
  convene ..."): the promise's own time, not when it was said;
- a date opening the sentence ("In 2028, the two sides will ...", "In the first half of 2029 the partners will ...");
- a subject that names the parties one by one or as a set ("each side will", "each country will", "the countries
  will") right after an instrument;
- one side's own outcome foreseen ("Peru is expected to make its own cells within two years"): a forecast of one
  party, no commitment of the instrument (but a signing foreseen is the instrument's own step).
"""

from __future__ import annotations

import re

from . import fastre
from .dates import SAID_IN_TEXT
from .doc import Document
from .stages import built_subject, note

# "In 2028,", "In early 2027", "In the first half of 2029": a date told with "in" that opens the sentence
_OPENING_IN = fastre.compile(r"[Ii]n\s")
_AFTER_OPENING = fastre.compile(r"\s*,?\s*(?:[A-Z]|the\b|both\b|each\b)")


def inside_frame(item, t) -> bool:
    """Whether the time stands between the frame and its verb ("would in early 2027 convene"): the promise's time,
    whatever verb of saying comes before the frame."""
    return item.verb_end > item.start <= t.start < item.verb_end


def opening_date(text: str, sentence_start: int, t, item_start: int) -> bool:
    """Whether a date told with "in" opens the sentence and the clause of the promise follows it ("In 2028, the two
    sides will launch ..."): the promise's time. Only the sentence's first words: "In a statement, ..." is no date,
    and a past year is dropped later as gone by."""
    return t.kind == "date" and t.start - sentence_start < 4 and bool(_OPENING_IN.match(text, t.start)) and \
        t.end < item_start and bool(_AFTER_OPENING.match(text, t.end))


# "Within six months, each side will name ...", "each country will draft ...", "the countries would ...": the
# parties, one by one or as a set (after an instrument told just before)
_EACH_PARTY = fastre.compile(r"(?:^|\W)(?:(?:[Ee]ach|[Bb]oth|[Tt]he\s+(?:two\s+|three\s+)?)\s*(?:sides?|countries|country|"
                             r"nations?|parties|party|partners?|governments?|signator(?:y|ies)|states?)|[Ee]ach)\s+"
                             r"(?:[a-z]+ly\s+|also\s+|now\s+)?$")


def each_party(head: str) -> bool:
    """Whether the clause before the frame names the parties one by one or as a set."""
    return bool(_EACH_PARTY.search(head))


# "Chile is expected to become ...", "India is likely to reach ...": what is foreseen of one side
_FORESEEN = fastre.compile(r"(?:expected|projected|forecast|predicted|likely|tipped)\s+to\b", re.IGNORECASE)
_ONE_SIDE_IS = fastre.compile(r"(?:^|\W)[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}\s+(?:is|was)\s+(?:also\s+|now\s+)?$")
_STEPS_OF_INSTRUMENT = frozenset({"sign", "ratify", "conclude", "finalise", "finalize", "approve", "join", "host",
                                  "visit", "provide", "fund", "invest", "contribute", "supply", "deliver", "send"})


def foreseen_of_one_side(doc: Document, item, head: str, countries: list[str]) -> bool:
    """Whether the promise is one named country's own outcome foreseen ("Peru is expected to make its own cells
    within two years", "Chile is projected to become an exporter by 2030"): no commitment of the instrument. A step
    of the instrument ("is expected to sign the accord in May") or a gift to the other side stays a promise."""
    if len(countries) != 1 or item.verb in _STEPS_OF_INSTRUMENT or not _FORESEEN.match(doc.text, item.start):
        return False
    if not _ONE_SIDE_IS.search(head):
        return False
    return not doc.within("money", doc.sentence_index(item.start)) and \
        note(doc, item.start, item.verb_end, "one side's own outcome foreseen, not the instrument's promise")


# "The plant will employ 900 people and is due to open in 2028": a second predicate of the same subject, joined by
# "and"; its subject is the sentence's ("The plant"), not the whole first predicate
_FIRST_PREDICATE = fastre.compile(r"\s+(?:will|would|is|are|was|were|has|have|shall)\s")
_JOINED_END = fastre.compile(r"(?:,\s*|\s)and\s+(?:(?:is|are|will|would|has|have)\s+)?(?:also\s+)?$")


def own_subject(head: str) -> str:
    """The subject of a second predicate joined by "and" ("The plant will employ 900 people and is " -> "The plant
    "); the head unchanged when it is no such joined predicate."""
    if not _JOINED_END.search(head):
        return head
    first = _FIRST_PREDICATE.search(head)
    if first is None or first.start() > 60:
        return head
    return head[:first.start() + 1]


def built_thing_acts(head: str, clause: str) -> bool:
    """Whether a thing built is the subject: of the clause itself ("The facility, ") or of a second predicate
    joined by "and" ("The plant will employ 900 people and is ")."""
    return built_subject(head) or built_subject(own_subject(clause))


# "..., the two governments announced on Thursday": when it was said, not when it is due
_REPORTED_BEFORE = fastre.compile(r"\b(?:announced|said|says|saying|quoted|told|reported|stated|confirmed|noted|added|agreed|signed|"
                              r"unveiled|met|held|launched|inked|concluded|reached|wrote|tweeted|posted)\s*(?:\w+\s+){0,3}$|"
                              r"\b(?:statement|transcript|release|report|readout|communiqu[eé])\s+(?:released|published|"
                              r"issued|posted|dated)\s*(?:\w+\s+){0,3}$|"
                              r"\b(?:said|stated|announced)" + SAID_IN_TEXT + r",?\s+$", re.IGNORECASE)  # ("said in the
# statement, Tuesday", "wrote on X on Sunday")
# "..., the minister told reporters in Lima after the meeting on Friday", "said at a press conference with X on
# Thursday", ", according to a treaty printed in the gazette on 12 March": where and when it was told
_SPOKEN_AT = fastre.compile(r"(?:\b(?:said|says|told|stated|added|noted|remarked|wrote)\s+(?:(?:reporters|journalists|"
                            r"lawmakers|parliament)\s+)?(?:at|in|during|after|before|to|with)\s+|,\s*according\s+to\s+)"
                            r"(?:(?!(?:will|would|shall|to)\b)[\w’'.-]+\s+){0,8}$", re.IGNORECASE)


def told_then(doc: Document, floor: int, start: int) -> re.Match[str] | None:
    """The words before a time expression at ``start`` (not before ``floor``, its sentence's start) telling that it is
    when something was said or published, not when a promise is due; or None."""
    return _REPORTED_BEFORE.search(doc.text, max(floor, start - 30), start) or \
        _SPOKEN_AT.search(doc.text, max(floor, start - 100), start)
