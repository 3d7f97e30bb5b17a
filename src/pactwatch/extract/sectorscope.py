"""The fields of an instrument told in a later sentence about the cooperation it sets up.

News names an instrument and then, often paragraphs later, says what the work under it covers, with the
cooperation, its scope, the two sides or the instrument itself as the subject:
- "The scope of the partnership extends to satellites, cloud services and AI."
- "Besides training, the collaboration may also include projects in artificial intelligence."
- "The two sides will also work together on chips and 6G." / "The ministry said Peru and Japan will further
  strengthen cooperation in nuclear power."
- "The memorandum will focus on areas including batteries and hydrogen" as its seventh sentence; "The fields covered
  by the memorandum include ...", "Cooperation under the MoU will span ...", "The accord sets out priority areas".
Such a sentence is the instrument's evidence and tells its fields, however far down it stands, when one instrument
of the article can be meant: the one that holds the sentence already, or else the only one told as news (not one
in place before, nor a fund or centre it makes) whose parties include the countries the sentence names, or of
several such the one the article leads with, told in two sentences before any other is. What the talks touched on ("the two
sides also discussed cooperation in ...") is not what the cooperation covers: the verb must follow its subject.
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .instruments import Record, topics_of

# where a clause opens: the sentence's start, after a comma, or after a speaker's verb ("the ministry said that")
_OPENS = r"(?:^\W*|,\s+|\b(?:said|says|added|noted|stated|explained|announced|stressed)\s+(?:that\s+)?)"
# its subject: the cooperation or its scope, the instrument, the two sides, or two parties by name; the cooperation
# may go on with whom or what it is under ("the scope of cooperation between the two countries", "cooperation under
# the MoU") and the fields with what covers them ("the six fields covered by the memorandum")
_HEADS = (r"scope|cooperation|collaboration|co-operation|partnership|agreement|memorandum|MoU|MOU|deal|pact|accord|"
          r"arrangement|framework|statement|declaration|plan|roadmap|programme|program|initiative|areas?|fields?|focus")
_WORD = r"[\w’'-]+\s+"
_SUBJECT = (r"(?:(?:(?i:the|this|that|their|its|such)\s+(?:" + _WORD + r"){0,4}?(?i:" + _HEADS + r")|"
            r"(?:Cooperation|Collaboration|Co-operation)|"
            r"(?:(?i:key|main|major|priority|specific|other)\s+)?(?i:areas?|fields?|sectors?)\s+(?i:of|for)\s+"
            r"(?i:cooperation|collaboration|co-operation))"
            r"(?:\s+(?:between|among|for)\s+(?:the\s+two\s+\w+|both\s+\w+|them))?"
            r"(?:\s+(?:under|within|covered\s+by|set\s+out\s+in|listed\s+in|identified\s+in|agreed\s+(?:up)?on\s+in)\s+"
            r"(?:the|this|its)\s+(?:" + _WORD + r"){0,2}?(?i:" + _HEADS + r"))?|"
            r"(?i:the\s+two|both)(?:\s+(?:sides|countries|nations|governments|parties|ministries|agencies|partners|"
            r"leaders))?|"
            r"(?P<pair>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+and\s+(?:the\s+)?[A-Z][\w.'’-]*"
            r"(?:\s+[A-Z][\w.'’-]*){0,3}))")
# what it does, right after its subject and a modal or adverb or two: "will also cooperate on", "extends to", "sets
# out priority areas such as", "will promote joint research in", "would explore cooperation in"
_MODALS = (r"(?:(?:will|would|may|might|could|can|shall|also|further|jointly|additionally|now|closely|specifically|"
           r"particularly|mainly|primarily|chiefly|largely|initially|"
           r"(?:plan|aim|intend|seek|agreed|are\s+set|are\s+expected|are|is\s+set|is\s+expected|is)\s+to)\s+){0,4}")
_VERBS = (r"(?:extends?\s+to|extend\s+to|cover(?:s)?|encompass(?:es)?|spans?|includes?|focus(?:es)?\s+on|targets?|"
          r"concentrates?\s+on|prioriti[sz]es?|"
          r"cent(?:er|re)s?\s+on|(?:work|collaborate|cooperate|co-operate|partner|join\s+hands)\s+(?:together\s+)?(?:on|in)|"
          r"(?:strengthen|bolster|deepen|expand|boost|enhance|promote|step\s+up|broaden|advance)\s+(?:their\s+|bilateral\s+)?"
          r"(?:cooperation|collaboration|co-operation|partnership|ties)\s+(?:on|in)|"
          r"explore\s+(?:potential\s+|possible\s+|further\s+|closer\s+)?(?:cooperation|collaboration|co-operation)\s+(?:on|in)|"
          r"(?:promote|pursue|conduct|carry\s+out|undertake)\s+joint\s+(?:research|R&D|projects|work)(?:\s+and\s+development)?"
          r"\s+(?:on|in)|"
          r"(?:sets?\s+out|outlines?|identif(?:y|ies)|lists?|lays?\s+out|specif(?:y|ies)|stipulates?)\s+(?:the\s+)?(?:\w+\s+)?"
          r"(?:areas|fields|sectors))\b")
_SCOPE = fastre.compile(_OPENS + _SUBJECT + r"\s+" + _MODALS + _VERBS)


# a fund or a centre is a thing the cooperation makes, not the cooperation a later sentence goes on about
_THINGS = ("fund", "centre")


def _scope_of(doc: Document, index: int) -> re.Match[str] | None:
    """The clause of sentence ``index`` that says what a cooperation covers, if it has one."""
    sentence = doc.sentences[index]
    return _SCOPE.search(doc.text[sentence.start:sentence.end])


def _named(doc: Document, index: int, match: re.Match[str]) -> set[str] | None:
    """The countries a named-pair subject stands for ("Peru and Japan will ..."), or None when it is no such pair."""
    if not match.group("pair"):
        return set()
    start = doc.sentences[index].start
    codes = {c.code for c in doc.within("countries", index)
             if start + match.start("pair") <= c.start < start + match.end("pair")}
    return codes if len(codes) >= 2 else None


def fields_of_the_cooperation(doc: Document, records: list[Record]) -> None:
    """Give a later sentence that says what the cooperation covers to the one instrument it can be about."""
    if not records:
        return
    first = min(min(r.sentences) for r in records)
    for index in range(first + 1, len(doc.sentences)):
        if not topics_of(doc, index):
            continue
        scope = _scope_of(doc, index)
        if not scope:
            continue
        codes = _named(doc, index, scope)
        if codes is None:
            continue
        holders = [r for r in records if index in r.sentences]
        if holders:
            target = holders if len(holders) == 1 else []
        else:
            target = [r for r in records if r.status not in ("existing", "ended") and codes <= set(r.countries)
                      and min(r.sentences) < index and r.kind not in _THINGS]
            target = _lead(target, first, index)
        for record in target:
            if index not in record.sentences[:3] + record.covered:
                record.covered.append(index)


def _lead(target: list[Record], first: int, index: int) -> list[Record]:
    """Of several instruments a later sentence may be about, the one the article leads with (in its headline and
    first sentence, where a headline's "deal" and the lead's "memorandum" may still be told apart), told in two
    sentences before any other is: its news. Nothing when there is no such one."""
    if len(target) < 2:
        return target
    lead = [r for r in target if min(r.sentences) <= first + 1]
    others = min((min(r.sentences) for r in target if r not in lead), default=index)
    told = {i for r in lead for i in r.sentences if i < others}
    if lead and len(lead) < len(target) and all(r.quantity == 1 for r in lead) and len(told) >= 2 and \
            len({tuple(sorted(r.countries)) for r in lead}) == 1:
        return lead
    return []
