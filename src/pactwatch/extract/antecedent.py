"""Whom "the two countries" stands for, when the clause before it says: the visitor's country and the place visited.

"As Japan's prime minister travelled to Hanoi to shore up ties following US tariffs, the two countries agreed ...":
Japan and Vietnam (the capital visited counts as its country), not the United States, named only in a clause of
circumstance ("following", "after", "amid", "despite" ...). "During Modi's trip to Canberra, after talks with
Chinese officials, the two countries agreed ...": India (the visitor, by a person the text ties to a country, or a
demonym) and Australia.
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document

# "the two countries" right before the clause's verb
_PAIR_SUBJECT = fastre.compile(r"\b(?:both\s+(?:countries|sides|nations)|the\s+two\s+(?:countries|sides|nations|"
                               r"governments|leaders))\s*$", re.IGNORECASE)
# a journey to a place: "travelled to Hanoi", "trip to Canberra", "visited Jakarta", "visit to Seoul", "arrived in"
_VISIT = fastre.compile(r"\b(?:travel(?:l?ed|s)?|trip|journey|visit(?:ed|s|ing)?|went|flew|arrived|arrival|tour(?:ed)?)"
                        r"\s+(?:to\s+|in\s+)?(?:the\s+)?$", re.IGNORECASE)
# a clause of circumstance: the countries it names are no side of the pair
_AROUND = fastre.compile(r"\b(?:following|after|amid|despite|over|against|with|from|to\s+counter|in\s+(?:response|"
                         r"reaction)\s+to)\b", re.IGNORECASE)


def pair_told_before(doc: Document, index: int, at: int) -> list[str] | None:
    """The two countries "the two countries" (ending at ``at`` in sentence ``index``) stands for: the one who
    travels and the place visited, named in the clause before it; None when the clause does not tell two."""
    sentence = doc.sentences[index]
    if _PAIR_SUBJECT.search(doc.text, max(sentence.start, at - 30), at) is None:
        return None
    def aside(start: int) -> bool:  # in a clause of circumstance (from the comma before it)
        return bool(_AROUND.search(doc.text, max(doc.text.rfind(",", sentence.start, start), sentence.start), start))

    visited, visitors = None, []
    for country in doc.within("countries", index):
        if country.start >= at or country.in_org or country.nonparty:
            continue
        if _VISIT.search(doc.text, max(sentence.start, country.start - 25), country.start):
            visited = visited or country.code
            continue
        if not aside(country.start):  # ("following US tariffs", "after talks with Chinese officials")
            visitors.append(country.code)
    for person in doc.within("people", index):  # "Modi's trip": the visitor by name
        if person.start < at and person.country and re.match(r"['’]s\s", doc.text[person.end:person.end + 3]) \
                and not aside(person.start):
            visitors.append(person.country)
    visitors = [c for c in dict.fromkeys(visitors) if c != visited]
    if visited and len(visitors) == 1:
        return sorted([visitors[0], visited])
    return None


# "the two nations", "both sides": a pair the story has named
PAIR_WORDS = fastre.compile(r"\b(?:both\s+(?:countries|sides|nations|governments)|the\s+two\s+(?:countries|sides|nations|"
                            r"governments))\b", re.IGNORECASE)
_AND_JOIN = fastre.compile(r"\s+(?:and|&)\s+(?:the\s+)?")


def pair_named_before(doc: Document, index: int, reach: int = 6) -> list[str] | None:
    """The two countries the story last named together ("Kenya and Rwanda will ..."), in sentence ``index`` or one of
    the ``reach`` before it: whom "the two nations" stands for when one of them is told far more than the other."""
    for i in range(index, max(-1, index - reach - 1), -1):
        countries = [c for c in doc.within("countries", i) if not (c.in_org or c.nonparty or c.locative)]
        for first, second in reversed(list(zip(countries, countries[1:]))):
            if first.code != second.code and _AND_JOIN.fullmatch(doc.text, first.end, second.start):
                return sorted([first.code, second.code])
    return None
