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
A sentence may also call its list the areas of the work, whatever its subject and verb ("Priority areas are to be
explored, including ...", "the fields of cooperation agreed on under this MoU relate to ..."); then every country
it names must be a party, and the areas must not be someone's own, gone beyond, or those of a plan it brings in.
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
          r"arrangement|framework|statement|declaration|plan|roadmap|programme|program|initiative|document|treaty|"
          r"areas?|fields?|focus")
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
          r"provides?\s+for|envisages?|foresees?|"
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
# one of the words of _VERBS is in every match (tests/extract/test_word_gates.py)
SCOPE_WORDS = ("extend", "cover", "encompass", "span", "include", "focus", "target", "provide", "envisage", "foresee",
               "concentrate", "prioriti", "cent",
               "work", "collaborate", "cooperate", "co-operate", "partner", "join", "strengthen", "bolster", "deepen",
               "expand", "boost", "enhance", "promote", "step", "broaden", "advance", "explore", "pursue", "conduct",
               "carry", "undertake", "set", "outline", "identif", "list", "lay", "specif", "stipulate")
# the same past a sentence's first character, where "^" cannot match: its first character told ("," or a speaker's
# verb), so the engine passes over most positions with one test (_SCOPE.search is _SCOPE.match, else this from 1)
_SCOPE_LATER = fastre.compile(_OPENS.replace(r"^\W*|", "", 1) + _SUBJECT + r"\s+" + _MODALS + _VERBS)
# or a list the sentence itself calls the areas of the work, whatever its verb: "Priority areas are to be explored,
# including ...", "new products in focus areas of mutual interest such as ...", "The fields of cooperation agreed on
# under this MoU relate to ...", "Key sectors identified for joint work were ..." (an adjective that tells them
# chosen, or what they are areas of; not bare "fields such as", which may be anyone's strengths)
_CHOSEN = (r"(?:focus|priority|key|main|core|leading|specific|selected|target|agreed|identified|chosen|thematic)\s+"
           r"(?:[\w&-]+\s+)?(?:areas|fields|domains)")  # (not "key sectors including healthcare": the economy's)
_OF_THE_WORK = (r"(?:areas?|fields?|sectors?|domains?)\s+(?:of|for)\s+(?:mutual\s+interest|common\s+interest|"
                r"(?:bilateral\s+|joint\s+|future\s+)?(?:cooperation|collaboration|co-operation))")
_AREAS = fastre.compile(r"\b(?i:" + _CHOSEN + "|" + _OF_THE_WORK + r")\b")
AREAS_WORDS = ("area", "field", "domain", "sector")  # one of them is in every match (tests/extract/test_word_gates.py)
_BEYOND = fastre.compile(r"\b(?:beyond|outside(?:\s+of)?|other\s+than)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# (not the areas it goes "beyond": those of the cooperation so far), nor those of a plan the sentence brings in: "A
# national programme launched last year targets priority areas such as ...", "an initiative ... in key areas like ..."
_ANOTHER = fastre.compile(r"\b(?:an?|another|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:programme|program|initiative|plan|"
                          r"strategy|scheme|policy|project|mission|roadmap|agenda|law|bill)\b", re.IGNORECASE)
# ... unless they are someone's own: "areas of their own cooperation", "its priority areas"
_OWN_AREAS = fastre.compile(r"\b(?:their|its|his|her|our)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:areas|fields|sectors|domains|"
                            r"cooperation|collaboration)\b", re.IGNORECASE)
OWN_OWNERS = ("their", "its", "his", "her", "our")  # every match holds one of these, and one of the next
OWN_NOUNS = ("area", "field", "sector", "domain", "cooperation", "collaboration")


# a fund or a centre is a thing the cooperation makes, not the cooperation a later sentence goes on about (unless it
# is the only instrument the article tells: "India and Russia set up a fund ... Areas to be explored include ...")
_THINGS = ("fund", "centre")


def _scope_of(doc: Document, index: int) -> re.Match[str] | None:
    """The clause of sentence ``index`` that says what a cooperation covers, if it has one."""
    sentence = doc.sentences[index]
    start, end = sentence.start, sentence.end
    text = doc.text[start:end]
    scope = (_SCOPE.match(text) or _SCOPE_LATER.search(text, 1)  # (= _SCOPE.search(text))
             ) if doc.holds(SCOPE_WORDS, start, end) else None
    if scope or doc.holds(OWN_OWNERS, start, end) and doc.holds(OWN_NOUNS, start, end) and _OWN_AREAS.search(text):
        return scope
    areas = _AREAS.search(text) if doc.holds(AREAS_WORDS, start, end) else None  # (no such word: no match)
    if areas and (_ANOTHER.search(text, 0, areas.start()) or _BEYOND.search(text, max(0, areas.start() - 40),
                                                                            areas.start())):
        return None
    return areas


def _named(doc: Document, index: int, match: re.Match[str]) -> set[str] | None:
    """The countries a named-pair subject stands for ("Peru and Japan will ..."), or None when it is no such pair."""
    start = doc.sentences[index].start
    if "pair" not in match.re.groupindex:  # areas named as the work's: every country the sentence names is a party
        return {c.code for c in doc.within("countries", index)}
    if not match.group("pair"):
        return set()
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
        if not holders and "pair" not in scope.re.groupindex and doc.within("instruments", index):
            continue  # areas told with an instrument of their own ("an initiative ... in key areas such as ...")
        if holders:
            target = holders if len(holders) == 1 else []
        else:
            target = [r for r in records if r.status not in ("existing", "ended") and codes <= set(r.countries)
                      and min(r.sentences) < index and (r.kind not in _THINGS or len(records) == 1)]
            target = _lead(target, first, index)
        for record in target:  # (even one of its first three now: a record merged into it later may push it out)
            if index not in record.covered:
                record.covered.append(index)


def _lead(target: list[Record], first: int, index: int) -> list[Record]:
    """Of several instruments a later sentence may be about, the one the article leads with (in its headline and
    first sentence, where a headline's "deal" and the lead's "memorandum" may still be told apart), told in two
    sentences before any other is: its news. Nothing when there is no such one."""
    if len(target) < 2 or len({(r.kind, tuple(sorted(r.countries))) for r in target}) == 1:
        return target  # (one, or several tellings of one instrument, of one kind and parties, not merged yet)
    lead = [r for r in target if min(r.sentences) <= first + 1]
    others = min((min(r.sentences) for r in target if r not in lead), default=index)
    told = {i for r in lead for i in r.sentences if i < others}
    if lead and len(lead) < len(target) and all(r.quantity == 1 for r in lead) and len(told) >= 2 and \
            len({tuple(sorted(r.countries)) for r in lead}) == 1:
        return lead
    return []
