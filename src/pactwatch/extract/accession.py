"""Joining a trade pact: "the UK's bid to join the CPTPP", "Britain formally joined the Trans-Pacific
Partnership", "UK membership of the TPP". GUIDELINES.md counts an accession to a trade pact as a
``trade_agreement`` between the joiner and the pact; the pacts are the blocs flagged ``trade_pact`` in
data/countries.tsv. "Korea's accession to the CPTPP" is read where the instrument word "accession" is.
"""

from __future__ import annotations

import re

from . import fastre
from .status import date_of
from .doc import Document
from .instruments import Mention, Record, topics_of
from .layout import is_heading
from .lexicon import Lexicons

# the words between the joiner's verb and the pact: "join the 11-member", "membership of the"
_JOIN = fastre.compile(r"\b(?P<verb>join|joins|joined|joining|acceded to|accedes to|accede to|acceding to|"
                       r"membership of|membership in)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?|(?P<part>(?:pillar|"
                       r"strand|part)\s+(?:[\w-]+\s+)?|(?:[\w-]+\s+)?(?:pillar|strand)\s+)of\s+(?:the\s+)?)$",
                       re.IGNORECASE)  # ("joining pillar two of the AUKUS pact": a grouping's strand)
_DONE = fastre.compile(r"\b(?:has|have|had|formally|officially)\s+(?:formally\s+|officially\s+)?(?:joined|acceded)\b|"
                       r"^(?:joined|acceded)", re.IGNORECASE)
_SOON = fastre.compile(r"\b(?:will|shall|is set to|are set to|is due to|is expected to|are expected to)\s+"
                       r"(?:formally\s+|officially\s+)?$", re.IGNORECASE)
_NOT = fastre.compile(r"\b(?:not|never|declined to|refused to|no longer)\s+(?:\w+\s+)?$", re.IGNORECASE)


def join_pacts(doc: Document, lex: Lexicons, index: int, records: list[Record]) -> None:
    """An accession record for each trade pact the sentence has a country join."""
    if not lex.trade_pacts:
        return
    sentence = doc.sentences[index]
    countries = doc.within("countries", index)
    for pact in countries:
        grouping = pact.code in lex.groupings  # "to join pillar two of AUKUS": a partnership with its members
        if pact.code not in lex.trade_pacts and not grouping or is_heading(doc, index):
            continue  # (a headline joins nothing: asked only of a sentence that names a pact)
        before = doc.text[max(sentence.start, pact.start - 60):pact.start]
        join = _JOIN.search(before)
        if join is None or grouping and join.group("part") is None and not join.group("verb").lower().startswith("join"):
            continue
        verb_at = pact.start - len(before) + join.start()
        lead = doc.text[max(sentence.start, verb_at - 60):verb_at]
        if _NOT.search(lead):
            continue
        members = {member for member, _ in lex.groupings.get(pact.code, ())}  # (a member joins nothing)
        joiners = [c for c in countries if c.end <= verb_at and c.code not in lex.trade_pacts and not c.in_org
                   and c.code not in members
                   and (not c.locative or verb_at - c.end <= 2)]  # "the way to UK membership of": the UK's
        if not joiners:
            continue
        near = [c for c in joiners if c.possessive or verb_at - c.end <= 12]
        joiner = (near or joiners)[-1].code
        verb = join.group("verb").lower()
        if _DONE.search(doc.text, max(sentence.start, verb_at - 25), verb_at + len(verb)):
            status = "concluded"
        elif _SOON.search(lead):
            status = "planned"
        else:
            status = "proposed"  # a bid, an application, an interest, support for joining, talks on membership
        parties = sorted({joiner, pact.code})
        same = next((r for r in records if r.rule == "accession" and r.countries == parties), None)
        if same is not None:
            if index not in same.sentences:
                same.sentences.append(index)
            continue
        # named as analysts name it, the same in every story: "United Kingdom accession to the CPTPP"
        name = f"{lex.country_names.get(joiner, joiner)} accession to the {pact.code}"
        record = Record("partnership" if grouping else "trade_agreement", status, [index], parties, name=name,
                        rule="accession", topics=topics_of(doc, index), told=True)
        record.names.add("accession")
        mention = Mention(index, verb_at, pact.end, "trade_agreement", True, None, "accession")
        record.date = date_of(doc, mention, status)
        records.append(record)


def joined(doc: Document, lex: Lexicons, mention: Mention, records: list[Record]) -> Record | None:
    """The accession record an instrument word right after the pact belongs to ("join the CPTPP trade pact")."""
    for record in records:
        if record.rule != "accession" or mention.sentence not in record.sentences:
            continue
        pacts = [c for c in doc.within("countries", mention.sentence) if (c.code in lex.trade_pacts or c.code in lex.groupings)
                 and c.code in record.countries and 0 <= mention.start - c.end <= 25]
        if any(re.fullmatch(r"[\s\w)-]*", doc.text[c.end:mention.start]) for c in pacts):
            return record
    return None


# a join of one side's instrument: "signed on to the European Union's space initiative", "joined Japan's partnership"
_JOINS_ONES = fastre.compile(r"\b(?:signed|signs|signing)\s+(?:on|up)\s+to\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
                             r"['’]s\s+(?:[a-z-]+\s+){0,2}$|\b(?:joined|joins|joining|join|acceded\s+to|accede\s+to)\s+"
                             r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}['’]s\s+(?:[a-z-]+\s+){0,2}$")


def joins_ones(before: str) -> bool:
    """Whether the words before a partnership join one side's own ("signed on to the EU's space initiative")."""
    return bool(_JOINS_ONES.search(before[-90:]))
