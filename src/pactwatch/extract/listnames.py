"""A name closing a list of instruments is one more instrument.

"announced new measures, including the TRUST initiative, a roadmap on AI infrastructure and INDUS Innovation":
the last item is an initiative told by its name alone, with no kind word. It is one more record, with the parties,
status and date of the list's last instrument, of kind ``partnership`` (GUIDELINES counts initiatives and
programmes as partnerships). Only after two instruments or more listed with a comma between them, and only a
name of capitalised words that no country, organisation, person or time of the text covers ("... and Singapore
welcomed both", "... and Samsung Electronics said": no instrument).
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .instnames import name_key, name_words
from .instruments import Mention, Record, name_start, topics_of
from .lexicon import Lexicons

# after the last instrument (and what it is on): ", and" / "and" / "as well as", then a name of capitalised words
# that ends the list (a comma, the sentence's end, or a word that goes on with the clause: "to", "during", "on")
_CLOSING_NAME = fastre.compile(
    r"(?:\s+(?:on|for|in|of)\s+[^,;.()]{1,50}?)?(?:,\s+and|\s+and|,\s+as\s+well\s+as)\s+(?:the\s+)?"
    r"(?P<name>(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)"
    r"(?=\s*[,.;:)]|\s+(?:to|during|at|on|in|for|as|that|which|were|was|are|is)\b|\s*$)")
_NO_NAME = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december the a an and other others more""".split())


def closing_name(doc: Document, lex: Lexicons, index: int, mentions: list[Mention], records: list[Record]) -> None:
    """Add the record of a name closing the list that ``mentions`` (the sentence's instrument words) make."""
    if len(mentions) < 2 or not records or index not in records[-1].sentences:
        return
    last, before = mentions[-1], mentions[-2]
    if "," not in doc.text[before.end:last.start]:
        return  # "a memorandum and a deal": two instruments, no list
    sentence = doc.sentences[index]
    match = _CLOSING_NAME.match(doc.text, last.end, sentence.end)
    if match is None:
        return
    start, end = match.span("name")
    name = match.group("name")
    if last.name and start < name_start(doc, last) + len(last.name):
        return  # "the Centre of Excellence for Critical and Emerging Technology Policy": one name, no list
    if name.split()[0].lower() in _NO_NAME or any(
            item.start < end and start < item.end
            for field in ("organizations", "people", "times") for item in doc.within(field, index)):
        return  # a body, a person or a day closes the list
    places = doc.within("countries", index)
    if sum(not any(c.start <= start + w.start() and start + w.end() <= c.end for c in places)
           for w in re.finditer(r"\S+", name)) < 2:
        return  # a country ("and Singapore", "and India's"), not a name that only opens with a place
    told = records[-1]
    record = Record("partnership", told.status, [index], list(told.countries), name=name, rule="list_name",
                    topics=topics_of(doc, index))
    record.names.add(name_key(name))
    record.words.append(name_words(name, lex))
    record.date = told.date
    records.append(record)
