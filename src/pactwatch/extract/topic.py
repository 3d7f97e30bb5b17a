"""Who a sentence is about when it does not say: the country the story is talking about at that point, and where a
mention's own clause begins.

"Britain has been looking for deals abroad. It has signed a deal with Japan. A deal with India has stalled": the
deals "with Japan" and "with India" are Britain's, the subject carried on by "It" and by a sentence with no subject
of its own, whichever country the story names first. And in "a deal with Peru has stalled, while a pact sealed with
Canada was put on hold", Peru is the first clause's partner, no party of the second clause's deal.
"""

from __future__ import annotations

from . import fastre
from .doc import Document

# a sentence that goes on about the subject before it: "It has ...", "It also signed ...", "The country ..."
_CARRIED = fastre.compile(r"\W*(?:It|They|The\s+(?:country|nation|kingdom|government|bloc|union|state))\s+"
                          r"(?:also\s+|has\s+|have\s+|had\s+|was\s+|is\s+|will\s+|would\s+|already\s+)*[a-z]")
# what may stand before a sentence's subject: "This comes after Britain has ...", "Since then, Japan has ..."
_LEAD_IN = fastre.compile(r"\W*(?:(?:This|That|It|The\s+(?:move|visit|deal|pact|trip))\s+(?:comes|came)\s+(?:after|as|amid)\s+|"
                          r"(?:After|Since|As|While|Meanwhile|But|And|Since\s+then|In\s+recent\s+years|So\s+far),?\s+)?"
                          r"(?:the\s+)?$")
# a subject's verb right after the country: "Britain has been looking", "Japan signed", "Italy will"
_SUBJECT_VERB = fastre.compile(r"\s+(?:has|have|had|is|was|are|were|will|would|also|already|signed|inked|agreed|"
                               r"joined|concluded|struck|sealed|launched|wants|seeks|sought|plans|planned)\b")
# the break that opens a second clause: "..., while a pact sealed with Canada was put on hold"
_CLAUSE_OPEN = fastre.compile(r"(?:;|,\s+(?:while|whereas|but))\s+")


def _subject(doc: Document, index: int) -> str | None:
    """The country that is the subject of sentence ``index``, written at its start, or None."""
    sentence = doc.sentences[index]
    for country in doc.within("countries", index):
        if country.in_org or country.locative or country.nonparty:
            continue
        if _LEAD_IN.fullmatch(doc.text, sentence.start, country.start) and _SUBJECT_VERB.match(doc.text, country.end):
            return country.code
        return None  # (the first country of the sentence is no subject: its subject is no country)
    return None


def topic_country(doc: Document, index: int, reach: int = 3) -> str | None:
    """The country sentence ``index`` goes on about when it names none as its subject: the subject of the nearest
    sentence before, through sentences led by "It" or naming no country, or None."""
    if _subject(doc, index) is not None:
        return None
    sentence = doc.sentences[index]
    carried = bool(_CARRIED.match(doc.text, sentence.start, sentence.end))
    if not carried and any(c.start < sentence.start + 3 for c in doc.within("countries", index)):
        return None
    for earlier in range(index - 1, max(-1, index - 1 - reach), -1):
        subject = _subject(doc, earlier)
        if subject is not None:
            return subject
        if not _CARRIED.match(doc.text, doc.sentences[earlier].start, doc.sentences[earlier].end) and \
                doc.within("countries", earlier):
            return None  # a sentence about others: the thread is lost
    return None


def clause_start(doc: Document, index: int, at: int) -> int:
    """Where the clause holding ``at`` begins in sentence ``index``: after the last "; " or ", while" before it."""
    start = doc.sentences[index].start
    for found in _CLAUSE_OPEN.finditer(doc.text, start, at):
        start = found.end()
    return start
