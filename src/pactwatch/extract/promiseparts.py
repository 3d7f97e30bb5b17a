"""Parts of a promise that commitments.py reads from a sentence: where its clause starts, the act after "will see",
and a headline's infinitive ("India to sign chip pact with Japan next month", "Kenya, UAE To Launch AI Fund By 2027"),
the news style for what a party is to do."""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .lexicon import Lexicons

_ASIDE = re.compile(r"\s[—–-]\s[^—–]{1,120}?\s[—–-]\s|\s?\([^()]{1,80}\)")
_WORD = re.compile(r"[A-Za-z][a-z-]*")


def seen_act(lex: Lexicons, text: str, start: int, end: int) -> tuple[int, str, int, int] | None:
    """After "will see": who acts and the act, its verb in the plain form ("the deal will see the EU — its 27
    members — invest $5 billion"); asides between dashes or in brackets are skipped."""
    span = text[start:min(end, start + 240)]
    plain = _ASIDE.sub(lambda m: " " * len(m.group(0)), span)
    for number, word in enumerate(_WORD.finditer(plain)):
        if number > 12:
            return None
        term = lex.verbs.get(word.group(0))
        if number and term is not None and term.value == "action" and term.surface == word.group(0):
            return start, term.surface, start + word.start(), start + word.end()
    return None


def clause_start(text: str, offset: int, floor: int) -> int:
    """Where the clause holding ``offset`` starts: after the last ';', ':', ' but ', ' while ', or a dash."""
    cut = floor
    for match in re.finditer(r";|:\s|\s(?:but|while|whereas|although)\s|\s[—–]\s", text[floor:offset]):
        cut = floor + match.end()
    return cut



# "India To Sign ...", "Kenya, UAE to launch ...", "Chile and Korea to open ...": names, then "to" and a verb, at the
# start of a sentence with no finite verb before
_HEADLINE = fastre.compile(r"\W{0,3}(?:[A-Z][\w.’'&-]*(?:(?:\s+|,\s*|\s+and\s+|\s+&\s+)[A-Z][\w.’'&-]*){0,5}?)\s+"
                           r"(?P<to>[Tt]o)\s+(?P<verb>[A-Za-z][a-z-]+)\b")


def headline_act(doc: Document, lex: Lexicons, index: int) -> tuple[int, str, int] | None:
    """A headline's infinitive at the start of sentence ``index``, its subject naming a country or an organisation:
    where "to" stands, the act's lemma and where its verb ends; else None."""
    sentence = doc.sentences[index]
    found = _HEADLINE.match(doc.text, sentence.start, sentence.end)
    if found is None:
        return None
    term = lex.verbs.get(found.group("verb").lower())
    if term is None or term.value != "action":
        return None
    named = [m for field in ("countries", "organizations") for m in doc.within(field, index)
             if m.start < found.start("to")]
    return (found.start("to"), term.surface, found.end()) if named else None
