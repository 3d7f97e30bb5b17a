"""Names with an organisation's head word that, where they stand, name no organisation: an embassy where something
was held ("signed at the French Embassy in Tokyo": a venue), a congress held ("the International Astronautical
Congress in Milan": an event), the topic of a statement's title ("Cooperation in Advanced Materials Science and
Engineering"), the cabinet of ministers (the government itself), the clause of a headline in title case
("Japan Sign Pact To Boost Chip Research Institute"), and an alliance told as made ("launched the Global Partnership
on Artificial Intelligence": the instrument)."""

from __future__ import annotations

from . import fastre
from .doc import OrgMention
from .lexicon import read_table

_TOPIC_WORDS = frozenset(row[0] for row in read_table("topic_words.tsv"))
_LITTLE = frozenset({"and", "of", "for", "in", "&", "the", "on"})
_MISSION = fastre.compile(r"\b(?:Embassy|Consulate(?:[- ]General)?|High\s+Commission|Residence)$")
_VENUE_BEFORE = fastre.compile(r"\b(?:at|inside|outside|hosted\s+\w+\s+at|held\s+at)\s+(?:the\s+)?$")
_IN_A_CITY = fastre.compile(r"\s+in\s+[A-Z]")
_CONGRESS = fastre.compile(r"(?:(?:The\s+)?(?:\d+\w*|International|World|Global|Annual|First|Second|Third)\s+)"
                           r"(?:[\w&-]+\s+){0,4}Congress$")
_GOVERNMENT_ITSELF = fastre.compile(r"(?:The\s+)?Cabinet\s+of\s+Ministers")
# a title-case headline's linking words and verbs, which join a clause and no body's name ("Japan Sign Pact To Boost
# Chip Research Institute Ties", "Chile Signs Lithium Deal Amid Push For Battery Institute")
_HEADLINE_LINK = fastre.compile(r"\s(?:To|With|Amid|Against|Into|Via|Sign|Signs|Ink|Inks|Seal|Seals|Boost|Boosts|"
                                r"Launch|Launches|Join|Joins|Deepen|Deepens|Strengthen|Strengthens)\s")
# a credit: capitalised names joined by slashes and nothing else ("Ann Lee / AFP / Getty Images", "Lee/Reuters")
_CREDIT = fastre.compile(r"\s*(?:[A-Z][\w.'’&-]*\s*){1,4}(?:/\s*(?:[A-Z][\w.'’&-]*\s*){1,4})+")
_CREDIT_OPEN = fastre.compile(r"[\n>]|\.\s")


def _slashed_credit(text: str, mention: OrgMention) -> bool:
    """Whether the name touches a slash in a run of capitalised names joined by slashes that fills its stretch of
    the page (a line, an HTML element's text, or the words after a caption's last full stop)."""
    opening = max((m.end() for m in _CREDIT_OPEN.finditer(text, max(0, mention.start - 80), mention.start)), default=-1)
    if opening < 0 and mention.start > 80:
        return False
    closing = min(i for i in (text.find("\n", mention.end), text.find("<", mention.end), len(text)) if i >= 0)
    return closing - mention.end <= 80 and bool(_CREDIT.fullmatch(text, max(opening, 0), closing))


def not_a_body(text: str, mention: OrgMention) -> bool:
    """Whether a name names no organisation where it stands (a gazetteer's: only an alliance told as made)."""
    if text.find("/", max(0, mention.start - 3), mention.end + 3) >= 0 and _slashed_credit(text, mention):
        return True  # "<photographer> / AFP / Getty Images": a picture's credit
    if mention.rule == "gazetteer":
        return alliance_made(text, mention)  # "countries launched the Global Partnership on AI": the instrument
    name = mention.text
    if _MISSION.search(name) and _VENUE_BEFORE.search(text[max(0, mention.start - 30):mention.start]) and \
            _IN_A_CITY.match(text, mention.end):
        return True  # "at the UK Embassy in Berlin": where the signing was held
    if name.endswith("Congress") and (_CONGRESS.fullmatch(name) or _VENUE_BEFORE.search(
            text[max(0, mention.start - 30):mention.start]) and _IN_A_CITY.match(text, mention.end)):
        return True  # "the International Astronautical Congress", "at the Hydrogen Congress in Rotterdam": events
    if _HEADLINE_LINK.search(name):
        return True  # "Japan Sign Pact To Boost Chip Research Institute": a title-case headline's clause
    words = [w for w in mention.entry.name.split() if w not in _LITTLE]  # (and its acronym)
    if len(words) >= 3 and all(w in _TOPIC_WORDS for w in words):
        return True  # "Advanced Materials Science and Engineering": a field, the topic of a title
    if len(words) >= 2 and all(w in _GENERIC_BODY for w in words):
        return True  # "a Working Group", "the Steering Committee": a kind of body, no body's name
    if len(words) == 2 and (words[1] in _PLURAL_HEADS or words[0] in _KIND_WORDS and _A_BEFORE.search(
            text, max(0, mention.start - 4), mention.start)):
        return True  # "set up AI Institutes", "became a State Corporation": kinds of body, no body's name
    return bool(_GOVERNMENT_ITSELF.fullmatch(name))


# the words of a kind of body that alone name none ("a Working Group", "the Joint Technical Committee")
_GENERIC_BODY = frozenset("Working Group Groups Steering Committee Committees Task Force Forces Joint Technical Expert "
                          "Experts Coordination Coordinating Advisory Sub-Committee Subcommittee Panel Bilateral".split())


# a plural head after one word names bodies of a kind ("AI Institutes", "Research Agencies"), not one body; a kind word
# and a head after "a" or "an" ("a State Corporation", "a National Authority") is what a body is, not its name
_PLURAL_HEADS = frozenset("Institutes Associations Agencies Universities Councils Ministries Authorities Academies "
                          "Foundations Commissions Corporations Companies Banks".split())
_KIND_WORDS = frozenset("State National Federal Public Private Joint Special Regional Local Statutory Independent "
                        "Government Central".split())
_A_BEFORE = fastre.compile(r"\b(?:a|an)\s+$")


_ALLIANCE_END = fastre.compile(r"\b(?:Partnership|Alliance|Initiative)\b(?:\s+(?:on|for|of)\s+[A-Z][\w -]*)?$")
_LAUNCHED_BEFORE = fastre.compile(r"\b(?:launched|founded|established|created|formed|set\s+up|unveiled)\s+(?:the\s+)?$")


def alliance_made(text: str, org: OrgMention) -> bool:
    """An alliance the gazetteer knows as a body, told as made ("countries launched the Global Partnership on
    Artificial Intelligence", "founded the International Solar Alliance"): the instrument, not an organisation."""
    return bool(_ALLIANCE_END.search(org.text) and _LAUNCHED_BEFORE.search(text, max(0, org.start - 30), org.start))
