"""What the items of a list are: a list under "... outlines several areas of cooperation:" or "The partnership
will:" tells what an instrument covers or will do, not instruments; an item that founds a body ("- Setting up a
joint centre", "- Establish a working group"), opens with an instrument word or makes a text ("- Develop a statement
of principles") is an instrument whatever the list; an item that opens with an activity ("- exchange of experience",
"- Developing a pilot") is what one covers."""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .lexicon import Lexicons
from .status import MODAL_BEFORE, WEAK_CUES, _status_cues

# a list of what an instrument covers or brought about, not of instruments: "outlines several areas of cooperation:",
# "has resulted in several projects:", "brings expertise in areas such as:"
CONTENTS_INTRO = fastre.compile(r"\b(?:areas?|fields?|sectors?|domains?|expertise|priorities|topics|themes|pillars|"
                                r"components|objectives|goals|projects|activities|measures|steps|elements|issues)"
                                r"(?:\s+of\s+(?:cooperation|co-operation|"
                                r"collaboration|work|focus))?(?:\s+(?:in|under|within)\s+(?:the|this|that|their|its)\s+[^:;.]{1,60}?)?"
                                r"(?:\s+(?:such\s+as|including|like|as\s+follows))?\s*:\s*$",  # ("... pillars of
                                # cooperation in the declaration of intent:")
                                re.IGNORECASE)

# what one instrument will do or covers, told before a colon: "The partnership will:", "The MoU aims to:", "Under the
# memorandum, the two sides will:", "both partners commit to:", "The agreement includes:" (its items are its work)
WORK_INTRO = fastre.compile(r"\b(?:will|shall|would|to|includes?|covers?|envisages?|(?:provides?|calls?)\s+for|"
                            r"focus(?:es)?\s+on|sets?\s+out)\s*:\s*$", re.IGNORECASE)


_FOUNDING = frozenset({"creating", "establishing", "setting", "launching", "forming", "opening", "founding",
                       "create", "establish", "set", "launch"})  # (and an item of what one will do: "- Establish a ...")


def founding_item(doc: Document, index: int) -> bool:
    """A list item that opens with a gerund of founding ("- Setting up a joint cybersecurity centre") or, under what
    an instrument will do, its verb ("- Establish a working group"): still to do."""
    word = re.match(r"[A-Za-z]+", doc.text[doc.sentences[index].start:doc.sentences[index].start + 20])
    return bool(word) and word.group(0).lower() in _FOUNDING


_MAKING_ITEM = frozenset({"develop", "draft", "adopt", "sign", "conclude", "negotiate", "developing", "drafting",
                          "adopting", "concluding", "negotiating"})  # "- Develop a statement of principles on ..."


def instrument_item(doc: Document, index: int) -> bool:
    """A list item that is an instrument whatever the list: it founds one, opens with an instrument word
    ("- Memorandum of Cooperation on semiconductors") or with a verb of making one just before its word ("- Develop
    a statement of principles")."""
    start = doc.sentences[index].start
    if founding_item(doc, index) or any(t.start - start <= 4 for t in doc.within("instruments", index)):
        return True
    word = re.match(r"[A-Za-z]+", doc.text[start:start + 20])
    return bool(word) and word.group(0).lower() in _MAKING_ITEM and any(
        len(doc.text[start:t.start].split()) <= 4 for t in doc.within("instruments", index))


def objective(doc: Document, index: int) -> bool:
    """A list item that says what an instrument covers ("- exchange of experience in e-government;"), not an
    instrument of its own: it opens with a gerund, or with a lower-case word that is no article ("an MOU on
    hydrogen" is an instrument) and names no instrument in its first words."""
    sentence = doc.sentences[index]
    words = re.findall(r"[A-Za-z][\w’'-]*", doc.text[sentence.start:min(sentence.end, sentence.start + 60)])
    if words and len(words[0]) > 5 and words[0].endswith("ing") and words[0].lower() not in ("signing", "meeting"):
        # "- Developing at least one joint pilot by 2026": an activity (but "- Creating a joint AI accelerator"
        # founds an instrument of the list's parties)
        return not (words[0].lower() in _FOUNDING and next(iter(doc.within("instruments", index)), None) is not None)
    if not words or not words[0][0].islower() or words[0] in ("a", "an", "the", "one", "another"):
        return False
    first = next(iter(doc.within("instruments", index)), None)
    return first is None or len(re.findall(r"\S+", doc.text[sentence.start:first.start])) > 2


def intro_day(doc: Document, index: int) -> str | None:
    """The day a list's intro tells its items were made ("signed the following agreements on Monday:"), if shortly
    before the article: an item that tells no time of its own takes it."""
    return next((t.value for t in doc.within("times", index) if t.kind == "date"
                 and doc.shortly_before(t.value, today=True)), None)


# a sentence that names the items of the one before: "These include ...", "They included ...", "Among them are ..."
_THESE_INCLUDE = fastre.compile(r"\W*(?:(?:These|They|Those|The\s+(?:[\w-]+\s+){0,2}?(?:initiatives|deals|agreements|"
                                r"accords|pacts|projects|outcomes|documents|deliverables|announcements))\s+(?:include|"
                                r"included|includes|comprise|comprised|are|were)|Among\s+(?:them|these|those)\s+(?:are|were|"
                                r"is|was))\b")


def items_told_before(doc: Document, lex: Lexicons, index: int) -> str | None:
    """The status of the sentence before, for a sentence that names its items ("The leaders announced several
    initiatives. These include X, a partnership between A and B": announced, so made; "will launch ...": planned),
    else None."""
    sentence = doc.sentences[index]
    if index == 0 or not _THESE_INCLUDE.match(doc.text, sentence.start, sentence.end):
        return None
    told = [cue for cue in _status_cues(doc, lex, index - 1) if doc.text[cue[0]:cue[1]].lower() not in WEAK_CUES]
    if not told:
        return None  # (a weak one, "new", tells nothing of its own)
    start, _, status = told[-1]
    if status == "concluded" and MODAL_BEFORE.search(doc.text, max(0, start - 25), start):
        return "planned"  # "will launch new programmes. They include ...": still to come
    return None if status == "existing" else status  # ("Following the meeting, they toured the agency's centres.
    # These included ...": what they saw, nothing made)
