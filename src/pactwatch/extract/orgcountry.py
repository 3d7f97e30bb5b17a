"""The country an organisation the gazetteer does not know belongs to, as the text tells it: a country in its name,
a possessive before it ("Japan's X"), "of the State of Israel" after it, "On the Peruvian side," opening its
sentence, or "in Finland" after a university's name."""

from __future__ import annotations

from operator import itemgetter

from . import fastre
from .doc import Document
from .lexicon import Lexicons, read_table
from .nationality import dealt_with
from .text import dateline


def org_country(doc: Document, lex: Lexicons, start: int, end: int, second_body: bool = True) -> str | None:
    """The country an unknown organisation belongs to: a country in its name, or a possessive before it (also before
    a first body joined to it by "and", unless ``second_body`` is false: a known firm there keeps its own home)."""
    near = doc.between("countries", start - 60, end + 70)  # (every country asked about below but three, read once:
    # each stretch its part, in the same order)
    inside = [c for c in near if start <= c.start < end and c.end <= end]
    if inside:  # ("African Union Development Agency", "United Nations Economic and Social Council": a bloc's body
        return None if _bloc(inside[0]) else inside[0].code  # is international: no country)
    formal = _STATE_ADJECTIVE.search(doc.text, start, end)
    if formal is not None:  # "the Cherifian Phosphate Office": Morocco's
        return _STATE_ADJECTIVES[formal.group(0)]
    before = doc.text[max(0, start - 30):start]
    for c in (c for c in near if c.start < start):
        if _bloc(c):
            continue
        if c.end <= start and c.possessive and (_OWNER_GAP.fullmatch(doc.text, c.end, start)
                                                or second_body and _OWNER_AND_GAP.fullmatch(doc.text, c.end, start)):
            return c.code  # "Japan's X", "Argentina's state-owned X", "the UAE's X University and Y"
        if c.end <= start and start - c.end <= 2 and c.type in ("demonym", "alias") and before.endswith(c.text + " "):
            return c.code
        if c.end <= start and c.type in ("name", "alias", "capital") and _PLACED_GAP.fullmatch(doc.text, c.end, start):
            return c.code  # "Seoul-based X", "the Nairobi-headquartered X": where it sits
        if c.end <= start and _OFFICIALS_FROM.fullmatch(doc.text, c.end, start):
            return c.code  # "Indonesian government officials from the Ministry of Investment"
        if c.end <= start and c.type in ("name", "alias") and _REPRESENTED_BY.fullmatch(doc.text, c.end, start):
            return c.code  # "Qatar, represented by the Ministry of ...": that country's ministry
    owner = next((c for c in near if end <= c.start and c.type in ("name", "alias") and not _bloc(c)
                  and _OF_STATE_GAP.fullmatch(doc.text, end, c.start)), None)
    if owner is not None:  # "Ministry of ... of the State of Israel", "Agency ... under the President of Tajikistan",
        # "Department of ... (DCDT) of South Africa"
        return owner.code
    beside = next((c for c in near if end <= c.start < end + 40 and c.type in ("name", "alias") and not _bloc(c)
                   and _APPOSED_GAP.fullmatch(doc.text, end, c.start)), None)
    then = _APPOSED_END.match(doc.text, beside.end) if beside is not None else None
    if then is not None and not doc.between("countries", then.end(), then.end() + 1):  # "the Technology Development
        return beside.code  # Board (TDB), India, and Bpifrance, France": a release's country set beside each party
    index = doc.sentence_index(start)
    side = _SIDE.match(doc.text, doc.sentences[index].start) if index is not None else None
    if side is not None:  # "On the Peruvian side, the Energy Ministry and ...": that side's bodies
        told = next((c for c in doc.between("countries", side.start(1), side.end(1)) if c.end <= side.end(1)), None)
        if told is not None:
            return told.code
    if _SEATED.match(doc.text, start, end) and not _FOREIGN_POST.search(doc.text, start, end):
        seat = _ACRONYM_GAP.match(doc.text, end)  # "the Department of Trade (DTI) in Manila", "in India": a body at
        city = next((c for c in doc.between("countries", seat.end(), seat.end() + 30)  # its capital, or in its country
                     if c.start == seat.end() and c.type in ("capital", "name")), None) if seat else None
        if city is not None:
            return city.code
    if not _ACADEMIC.search(doc.text, start, end):
        return None
    after = next((c for c in near if end <= c.start < end + 30 and _IN_GAP.fullmatch(doc.text, end, c.start)), None)
    return after.code if after is not None and after.type in ("name", "alias", "capital") else None  # "University of
    # Oulu in Finland", "... University of Artificial Intelligence in Abu Dhabi"


_PLACED_GAP = fastre.compile(r"-(?:based|headquartered|listed|registered)\s+")


def _bloc(c) -> bool:
    """A bloc or a union of states (AU, EU, UN, ASEAN, GCC), whose bodies belong to no one country."""
    return c.type == "bloc" or not (len(c.code) == 3 and c.code.isalpha() and c.code.isupper())


_OFFICIALS_FROM = fastre.compile(r"\s+(?:government\s+|state\s+)?(?:officials|representatives|delegates|delegation|"
                                 r"staff|experts)\s+(?:from|of|at)\s+(?:the\s+)?")
_STATE_ADJECTIVES = {row[0]: row[1] for row in read_table("state_adjectives.tsv")}
_STATE_ADJECTIVE = fastre.compile(r"\b(?:" + "|".join(_STATE_ADJECTIVES) + r")\b")
_REPRESENTED_BY = fastre.compile(r",?\s+(?:was\s+|is\s+)?represented\s+by\s+(?:the\s+|its\s+)?")
_SEATED = fastre.compile(r"(?:[A-Z][\w-]*\s+){0,3}(?:Ministry|Department|Agency|Bureau|Directorate|Authority|Commission)\b")
_FOREIGN_POST = fastre.compile(r"\b(?:Embassy|Consulate|High\s+Commission|Office|Mission|Delegation)\b")
_ACRONYM_GAP = fastre.compile(r"(?:\s*\([A-Z][A-Za-z&]{1,9}\))?\s+in\s+")
_SIDE = fastre.compile(r"\W*(?:On|From|For)\s+(?:the\s+)?([\w’' -]{2,30}?)\s+side\s*,")
_IN_GAP = fastre.compile(r",?\s+in\s+(?:the\s+)?")
_OF_STATE_GAP = fastre.compile(r"(?:\s*\([A-Z][A-Za-z&]{1,9}\))?\s+(?:of|under\s+the\s+(?:President|Government|Cabinet|Prime\s+Minister)\s+of)\s+"
                               r"(?:the\s+)?(?:(?:State|Republic|Kingdom|Government|Federation|People['’]s\s+Republic)\s+of\s+"
                               r"(?:the\s+)?)?")
_APPOSED_GAP = fastre.compile(r"(?:\s*\([A-Z][A-Za-z&]{1,9}\))?,\s+")
# (the country ends the party: the next party follows, or the sentence ends; "X, Germany and Japan" is a list)
_APPOSED_END = fastre.compile(r",?\s+and\s+(?:the\s+)?(?=[A-Z])|\s*[.;](?:\s|$)")
_ACADEMIC = fastre.compile(r"\b(?:University|Institute|College|Academy|Laboratory|School|Polytechnic)\b")


# "Japan's state-owned X": up to three describing words; not "Nigeria's membership of the X" (a preposition: the
# country takes part in a body it does not own)
_OWNER_GAP = fastre.compile(r"['’]s?\s+(?:(?!(?:in|of|with|to|for|at|on|by|from|into|within|and|or|the|an?)\b)"
                            r"[a-z][\w-]*\s+){0,3}")


# "the UAE's Khalifa University and X": the owner's second body, named after its first
_OWNER_AND_GAP = fastre.compile(r"['’]s?\s+(?:[A-Z][\w&’'.-]*(?<!['’]s)\s+|(?:of|for|the)\s+){1,6}(?:and|&)\s+")


# "The Federal Government has signed an MoU with the Government of Denmark": a government the story names by no
# country deals with a foreign one; the story is that government's, however often the other country is named
_UNNAMED_GOVERNMENT = fastre.scanner(r"(?:^|[.!?]\s+|\n)(?:The|the)\s+(?:Federal\s+|Union\s+|National\s+|Central\s+)?"
                                     r"Government(?!\s+of\b)")
# (read backwards from a "Government": what every match of _UNNAMED_GOVERNMENT has before and after it there; the
# pattern, tried at every "t" of the story, is looked for only where both are)
_GOVERNMENT_LEAD_BACK = fastre.compile(r"(?:\s+(?:laredeF|noinU|lanoitaN|lartneC))?\s+(?:ehT|eht)")
_OF_NEXT = fastre.compile(r"\s+of\b")


def _unnamed_government(doc: Document) -> bool:
    """``bool(_UNNAMED_GOVERNMENT.search(doc.text))``: searched only if some "Government" has "the" (and a word of
    the pattern's) before it and no "of" after it, as every match's has."""
    text, backwards, size = doc.text, doc.backwards(), len(doc.text)
    at = text.find("Government")
    while at >= 0:
        if _GOVERNMENT_LEAD_BACK.match(backwards, size - at) and not _OF_NEXT.match(text, at + 10):
            return bool(_UNNAMED_GOVERNMENT.search(text))
        at = text.find("Government", at + 10)
    return False


_COUNTERPART = fastre.compile(r"\bwith\s+the\s+[Gg]overnments?\s+of\s+(?:the\s+)?$")


def story_home(doc: Document) -> str | None:
    """The country whose story it is: the one named most (strictly), leaving out a foreign government that a
    government named by no country deals with ("The Federal Government ... with the Government of Denmark").
    (Asked twice while organisations are read: kept for the document's list of countries.)"""
    return doc.memo("story_home", id(doc.countries), lambda: _story_home(doc))


_TIMES = itemgetter(1)


def _story_home(doc: Document) -> str | None:
    counts: dict[str, int] = {}  # (Counter(...).most_common(), without its checks: the codes in the order first
    for c in doc.countries:  # named, sorted stably by how often)
        counts[c.code] = counts.get(c.code, 0) + 1
    ranked = sorted(counts.items(), key=_TIMES, reverse=True)
    if len(ranked) > 1 and "Government" in doc.text and _unnamed_government(doc):
        foreign = {c.code for c in doc.countries if _COUNTERPART.search(doc.text, max(0, c.start - 40), c.start)}
        ranked = [r for r in ranked if r[0] not in foreign] or ranked
    if len(ranked) > 1 and "counterpart" in doc.text:  # "the minister and her Chinese counterparts": China is the
        foreign = {c.code for c in doc.countries if c.type == "demonym" and _THEIR_COUNTERPART.match(doc.text, c.end)
                   and _OWNER_BEFORE.search(doc.text, max(0, c.start - 8), c.start)}  # other side, however often named
        ranked = [r for r in ranked if r[0] not in foreign] if len(foreign) == 1 else ranked
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


_THEIR_COUNTERPART = fastre.compile(r"\s+counterparts?\b")
_OWNER_BEFORE = fastre.compile(r"\b(?:his|her|their|its)\s+$")


_DOMAINS = {row[0]: row[1] for row in read_table("outlet_domains.tsv")}
_HOST = fastre.compile(r"[a-z]+://(?:[\w-]+\.)+(?P<end>[a-z]{2,})(?::\d+)?(?P<path>/[^?#]*)?")
_HERE = fastre.compile(r"\b(?:said|says|told\s+reporters|announced)\s+here\b|\bstatement\s+here\b|\bhere\s+today\b")


# "here" opening a word, the literal first (the engine looks for it fast, then tests what is before it); every match of
# _HERE holds one, with "today" after it or, read back in the text reversed, "said", "says", "announced", "statement"
# or "told reporters" before it; most stories hold none (the "here" of "where" and "there" is no word's start)
_HERE_WORD = fastre.compile(r"here(?<=\bhere)")
_TODAY_NEXT = fastre.compile(r"here\s+today")
_SAID_BACK = fastre.compile(r"\s+(?:dias|syas|decnuonna|tnemetats|sretroper\s+dlot)")


def _said_here(text: str, backwards: str) -> bool:
    """``bool(_HERE.search(text))`` (``backwards``: ``text[::-1]``), searched only where some "here" has what a match
    of it has around its "here" (the pattern, tried at every "a", "h", "s" and "t" of the story, is slow)."""
    for word in _HERE_WORD.finditer(text):
        if _TODAY_NEXT.match(text, word.start()) or _SAID_BACK.match(backwards, len(text) - word.start()):
            return _HERE.search(text) is not None
    return False


def outlet_home(doc: Document, lex: Lexicons) -> str | None:
    """The country, if the story names it, of the outlet that tells the story: its site's country domain (".lk"), a country named as a
    section of its address ("/news/malaysia/"), or the capital of a dateline the story calls "here" ("PUTRAJAYA,
    Nov 28 — ... said in a statement here")."""
    return doc.memo("outlet_home", id(doc.countries), lambda: _outlet_home(doc, lex))


def _outlet_home(doc: Document, lex: Lexicons) -> str | None:
    named = {c.code for c in doc.countries}
    site = _HOST.match(doc.url or "")
    if site is not None and site.group("end") in _DOMAINS:
        return _DOMAINS[site.group("end")] if _DOMAINS[site.group("end")] in named else None
    for part in (site.group("path") or "").split("/")[:3] if site is not None else ():
        country = next((c for c in doc.countries if c.type == "name" and c.text.lower() == part.replace("-", " ")),
                       None)
        if country is not None:
            return country.code
    if not _said_here(doc.text, doc.backwards()):  # (looked for first: cheaper than the dateline)
        return None
    span = dateline(doc.text)
    if span is None:
        return None
    place = fastre.match(r"\s*([A-Za-z][A-Za-z .'-]*?)\s*(?:[,:(—–-]|$)", doc.text[span[0]:span[1]])
    entry = lex.countries.get(place.group(1).title()) if place else None
    return entry.code if entry is not None and entry.type == "capital" and entry.code in named else None


_FEDERATIONS = frozenset(row[0] for row in read_table("federations.tsv"))
_FEDERAL = fastre.compile(r"(?:The\s+)?Federal\s")


def federation_named(doc: Document, name: str) -> str | None:
    """"The Federal Education Ministry" in a story that names Germany and Namibia: Germany's, the one federation the
    story names (none when it names two, or none)."""
    if not _FEDERAL.match(name):
        return None
    federal = {c.code for c in doc.countries if c.code in _FEDERATIONS}
    return federal.pop() if len(federal) == 1 else None


_INTERNATIONAL = fastre.compile(r"\b(?:International|Global|World|United\s+Nations|UN|Regional|African|Asian|European|"
                                r"Arab|Latin|Pacific|Intergovernmental|Multilateral)\b")


_PUBLIC_BODY = fastre.compile(r"\b(?:" + "|".join(row[0] for row in read_table("public_body_words.tsv")) + r")\b")


_PARTNER_BEFORE = fastre.compile(r"\b(?:with|alongside|follows?|followed|following|like|by|from|to|according\s+to|"
                                 r"cited)\s+(?:the\s+)?$")


def sole_country_body(doc: Document, mention, home: str | None) -> bool:
    """Whether a public body of no country told ("the ICT Authority") is the story's one country's: the story names
    that country and no other (a bloc neither), and the name is not an international one ("Global ... Council").
    Firms are not read so: a story about one country names foreign ones ("Carlsberg", "Deutsche Bank"); nor is a
    body told as a partner, a model or a source ("work with the Max Planck Institute", "follow the Food and Drug
    Administration")."""
    name, start = mention.entry.name, mention.start
    return home is not None and bool(_PUBLIC_BODY.search(name)) and not _INTERNATIONAL.search(name) and not \
        _PARTNER_BEFORE.search(doc.text, max(0, start - 30), start) and doc.memo(
        "sole_country", id(doc.countries), lambda: len({c.code for c in doc.countries}) == 1 and not dealt_with(
            doc, home))  # (not "The Commerce Department set up an office to work with Korea": Korea is dealt with)
