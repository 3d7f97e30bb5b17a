"""State investment funds: the investor behind a deal, named as a fund ("the Russian Direct Investment Fund will
co-finance", "the Sovereign Fund of Egypt joined", "Norway's Government Pension Fund"). A name ending in "Fund" is
otherwise read as an instrument (a fund two countries set up), so these bodies went unrecorded; the words before
"Fund" tell the difference: an investor's words (direct investment, sovereign, wealth, pension) name a body that holds
and places money. A fund of two countries ("China-Brazil Investment Fund"), a joint one, or one the sentence sets up
("launched a Sovereign Fund", "a new Investment Fund") stays an instrument.
"""

from __future__ import annotations

from . import fastre
from .doc import Document, OrgMention
from .lexicon import Lexicons, OrgEntry
from .orgspans import without_owner

# the investor's words before "Fund", then an owner after it ("of Egypt")
_FUND = fastre.scanner(
    r"\b(?P<name>(?:[A-Z][\w’'.-]*\s+){0,4}?(?:Direct\s+Investment|Strategic\s+Investment|Sovereign\s+Wealth|"
    r"Sovereign\s+Investment|National\s+Wealth|Government\s+Pension|National\s+Investment|Public\s+Investment|"
    r"Sovereign|Wealth|Pension)\s+Fund)(?P<of>\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})?")
_GATE = fastre.compile(r"(?:Investment|Sovereign|Wealth|Pension) (?:Wealth )?Fund")
_LEAD = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "Both", "And", "In", "At", "On", "For", "From",
                   "By", "As", "With", "Under", "Meanwhile", "Also", "While"})
_JOINT = fastre.compile(r"\b(?:Joint|Bilateral|Common|Co-Investment)\b")
# the sentence makes the fund (an instrument): "launched a Sovereign Fund", "to set up the ...", "a new ... Fund"
_MADE_BEFORE = fastre.compile(r"(?:\b(?:launch|set\s+up|setting\s+up|establish|creat|form|unveil)\w*\s+"
                              r"(?:(?:a|an|the|new|joint|its|their|own)\s+)*|\b(?:an?|new|proposed)\s+)$")
_MADE_AFTER = fastre.compile(r"\s+(?:will\s+be|would\s+be|is\s+to\s+be|was|has\s+been|to\s+be)\s+"
                             r"(?:set\s+up|established|created|launched|formed)\b")


def state_funds(doc: Document, lex: Lexicons, found: list[OrgMention], country_of) -> list[OrgMention]:
    """Each named state investment fund not found already, as an organisation of its owner (``country_of``)."""
    text = doc.text
    if "Fund" not in text or not _GATE.search(text):
        return []
    taken = {(m.start, m.end) for m in found}
    out = []
    for m in _FUND.finditer(text):
        start = m.start("name")
        words = m.group("name").split()
        while words and words[0] in _LEAD:
            start = text.index(words[1], start) if len(words) > 1 else m.end("name")
            words.pop(0)
        end = m.end()
        name = without_owner(text[start:end], lex)
        start = end - len(name)
        if len(name.split()) < 3 or doc.sentence_index(start) is None or (start, end) in taken:
            continue
        if _JOINT.search(name) or len({c.payload.code for c in lex.countries.find(name)}) >= 2 or \
                fastre.search(r"[A-Z][\w]+-[A-Z][\w]+", name) and len(lex.countries.find(name)) >= 1:
            continue  # "China-Brazil Investment Fund", "Joint Investment Fund": a fund of two sides, an instrument
        if _MADE_BEFORE.search(text, max(0, start - 50), start) or _MADE_AFTER.match(text, end):
            continue  # "launched a Sovereign Wealth Fund", "the X Investment Fund will be set up": an instrument
        known = lex.organizations.get(name)
        entry = known or OrgEntry(name, (), country_of(start, end), "agency", source="state_fund")
        out.append(OrgMention(start, end, name, entry, "state_fund"))
    return out
