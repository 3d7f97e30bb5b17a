"""Bodies named in lower case before their acronym: a place or name, then the kind of body in lower case, then the
acronym whose letters are every word's initial ("Busan entrepreneur council (BEC)", "the Danang information technology
park (DITP)", "the Vietnam chamber of commerce and industry (VCCI)"). Translated news often writes a local body so;
read by capitals alone, only the place before it ("Busan") was left, taken for a body, and the body itself was lost.
"""

from __future__ import annotations

from . import fastre
from .doc import Document, OrgMention
from .lexicon import Lexicons, OrgEntry, read_table
from .orgspans import PORTFOLIO_WORDS

_HEADS = frozenset(row[0] for row in read_table("lower_body_heads.tsv"))
_ACRONYM = fastre.compile(r"\s\(([A-Z][A-Za-z&]{1,8})\)")
_WORD = fastre.compile(r"[\w’'&-]+")
_JOINERS = frozenset({"and", "of", "for", "&", "on"})
_STOP = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "by", "with", "from", "to", "at", "in",
                   "as", "said", "that", "which", "while"})


def lower_bodies(doc: Document, lex: Lexicons, country_of) -> list[OrgMention]:
    """Each body written "<Name> <kind in lower case> (<ACRONYM>)", its acronym taking every content word's initial."""
    text = doc.text
    if "(" not in text:
        return []
    out = []
    for m in _ACRONYM.finditer(text):
        acronym = m.group(1)
        letters = [c for c in acronym.upper() if c.isalpha()]
        if len(letters) < 2 or acronym in lex.countries:
            continue
        words = list(_WORD.finditer(text, max(0, m.start() - 120), m.start()))
        if not words or words[-1].end() != m.start() or not words[-1].group(0).islower():
            continue  # (the last word in lower case)
        start = _start(text, words, letters)
        if start is None:
            continue
        name = text[start:m.start()]
        if not any(w in _HEADS for w in name.split()[1:]):
            continue  # (a kind of body among its words: "council", "park", "chamber")
        first = name.split()[0]
        index = doc.sentence_index(start)
        opening = index is not None and not text[doc.sentences[index].start:start].strip(" \"“‘'")
        if first in PORTFOLIO_WORDS or opening and first not in lex.countries:
            continue  # "Research and development centre (RDC)": a field, capitalised as a sentence opens, no name
        if doc.sentence_index(start) is None or lex.organizations.get(name) is not None:
            continue
        out.append(OrgMention(start, m.start(), name, OrgEntry(name, (acronym,), country_of(start, m.start()),
                                                                 "organization", source="lower_body"), "lower_body"))
    return out


def _start(text: str, words: list, letters: list[str]) -> int | None:
    """Where the name starts: the run of words back from the acronym whose content words' initials spell its letters,
    the first of them capitalised (a place or a name), the others in lower case."""
    need = len(letters)
    taken = 0
    for word in reversed(words):
        w = word.group(0)
        between = text[word.end():word.end() + 2]
        if between[:1] not in (" ", "(") or w.lower() in _STOP or w.endswith(("'s", "’s")):
            return None
        if w in _JOINERS:
            continue
        taken += 1
        if w[0].upper() != letters[need - taken]:
            return None
        if taken == need:
            return word.start() if w[0].isupper() else None
        if not w.islower():
            return None  # (only the first word is capitalised)
    return None
