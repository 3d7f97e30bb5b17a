"""Countries, sectors and instrument words in a document (organisations: ``organizations.py``).

Countries come from the lexicons in ``data/``, with what the words around a mention tell of it: a place where
something happens, a party, a messenger, part of an organisation's name.
"""

from __future__ import annotations

import re

from . import fastre
from .doc import CountryMention, Document, TermMention
from .lexicon import BLOCS, NO_SECTOR, Lexicons
from .organizations import find_organizations  # noqa: F401 (re-exported: the pipeline takes every finder from here)
from .organizations import in_body
from .sectorwords import aside
from .text import dateline, number_value

_LOCATIVE_BEFORE = fastre.compile(
    r"(?:\b(?:in|at|to|into|near|outside|across|throughout|headquarters in|held in|based in|visit to|trip to)"
    r"|\bcity of|\bin [A-Z][\w-]+(?: [A-Z][\w-]+)?,|\bsidelines of)\s+(?:the\s+)?$",
)
_COUNTERPART_IN = fastre.compile(r"\bcounterparts?\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
_SUBJECT_GOES_ON = fastre.compile(r"\s+(?:and|&)\s+(?:the\s+)?[A-Z]|\s+(?:signed|agreed|inked|sealed|launched|have|has|"
                                  r"will|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b")
# "the APEC summit", "Asia-Pacific Economic Cooperation (APEC) gathering": a bloc as a venue, not a party
_ONE_MEMBER_AFTER = fastre.compile(r"\s+(?:member\s+)?(?:nation|country|state|economy|member|partner)\b(?!\s+(?:states|countries))",
                                   re.IGNORECASE)
_VENUE_AFTER = fastre.compile(r"^(?:\s*\([A-Z0-9]+\))?\s+(?:summit|gathering|meeting|forum|conference|leaders['’]?\s+"
                          r"(?:summit|meeting|gathering|session)|week|"
                          r"ministerial|sidelines|talks|session)\b", re.IGNORECASE)
_IN_CREDIT = fastre.compile(r"\((?:[^()]*/)?[^()/]*$")  # inside a dateline's parenthesis of outlets
_NAME_END = fastre.compile(r"\s*(?:[;,)]|\.\s|$)")
_GIVEN_NAMES = fastre.compile(r"(?<![\w.])(?:Dr\.?\s+|Mr\.?\s+|Ms\.?\s+|Prof\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+\s+$")
_CURRENCY_AFTER = fastre.compile(r"[ -](?:dollars?|yuan|yen|won|rupees?|pesos?|riyals?|dirhams?)\b(?![’'])")  # ("won't")
_POSSESSIVE_AFTER = fastre.compile(r"^['’]s?\b")
# a giver's verb: the country after "to" or "in" receives, it is not where something happens
_GIVING = fastre.compile(r"\b(?:invest\w*|provid\w*|grant\w*|giv\w+|gave|offer\w*|extend\w*|suppl\w+|export\w*|"
                     r"send\w*|sent|deliver\w*|transfer\w*|pledg\w*|donat\w+|lend\w*|lent|loan\w*|fund\w*|"
                     r"financ\w+|contribut\w+|available)\b[^.;]*$", re.IGNORECASE)







# "Minister for Railways, Communications, Electronics and Information Technology": a portfolio in a title
_TITLE_BEFORE = fastre.compile(r"\b(?:Minister|Ministry|Secretary|Department|Office|Commissioner)\s+(?:of|for|on)\s+"
                               r"(?:(?:and|&|of|for|the|[A-Z][\w-]*),?\s+)*$")
# a government body or public authority whose name lists its portfolio ("Saudi Data and AI Authority"): the fields it
# names are not what an instrument covers
_SCIENCE_PEOPLE = fastre.compile(r"\s+(?:officials?|ministers?|ministry|ministries|advis[eo]rs?|agenc(?:y|ies)|councils?|"
                                 r"attach[ée]s?|envoys?|chiefs?|heads?|leaders?|diplomats?)\b", re.IGNORECASE)
_PORTFOLIO = fastre.compile(r"\b(?:Ministry|Ministries|Department|Office|Secretariat|Directorate|Bureau|Authority)\b")






_LOCATIVE_LAST = frozenset("in at to into near outside across throughout of".split())
_NONPARTY_LAST = frozenset("counter countering against rival rivaling rivals about than of versus vs vs. excluding without "
                           "out on from with by after leave leaves leaving left quit quits quitting exit exits exited "
                           "exiting".split())


# read over the text reversed: the blanks before a word, then the word, twice (the second read where the first
# ends: what a second match of "[ \t]*(\S*)" from there reads; every part may be empty, so nothing backtracks)
_WORDS_BACK = re.compile(r"[ \t]*(\S*)[ \t]*(\S*)")


def _last_word(backwards: str, pos: int) -> str:
    """The lower-cased word before ``pos`` of a text whose reversal is ``backwards``, skipping one "the" ("in the
    United States" gives "in")."""
    found = _WORDS_BACK.match(backwards, len(backwards) - pos)
    word = found.group(1)[::-1].lower()
    if word != "the":
        return word
    word = found.group(2)[::-1].lower()
    return word if word != "the" else ""


_ACTS_AFTER = fastre.compile(r"\s+(?:(?:also|then|now|later|[a-z]{3,}ly)\s+)?(?:has|have|had|will|would|is|was|said|says|(?:re)?signs|agrees|[a-z]{3,}ed)\b")
# what a state does or is done with: "Jordan's digital ministry", "with Georgia next week"
_STATE_OWNS = fastre.compile(r"['’]s\s+(?:[a-z-]+\s+){0,3}(?:ministry|government|agency|authorities|cabinet|parliament|"
                             r"embassy|president|prime\s+minister|foreign\s+minister|minister|officials|delegation|"
                             r"ambassador|regulator|central\s+bank)\b")
_STATE_WITH = fastre.compile(r"\b(?:with|between|signed\s+by|visit\s+to|visited)\s+$")
_NOT_A_NAME_AFTER = fastre.compile(r"\s*(?:[.,;:)]|\s(?:[a-z]|\d))")


def _as_state(text: str, start: int, end: int) -> bool:
    """Whether a country name that is also a word or a given name ("Turkey", "Jordan", "Chad") is used as a state:
    it acts ("Turkey signed"), owns a state body ("Jordan's digital ministry") or is acted with ("with Georgia
    next week"), and no name stands before it ("Michael Jordan signed")."""
    if _NAME_BEFORE.search(text, max(0, start - 20), start):
        return False
    return bool(_ACTS_AFTER.match(text, end) or _STATE_OWNS.match(text, end) or (
        _STATE_WITH.search(text, max(0, start - 20), start) and _NOT_A_NAME_AFTER.match(text, end)))


# "Denzel Washington signed", "Dr. Washington said": a person (not "But Washington suspended")
_NAME_BEFORE = fastre.compile(r"(?:\b(?!(?:But|And|Yet|So|Then|Now|Meanwhile|However|Still|Instead|Also|In|On|At)\b)"
                              r"[A-Z][\w’'-]*|\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|St)\.)\s+$")
_CONTINENT_BEFORE = fastre.compile(r"\b(?:Latin|South|Central|North|Ibero|Pan|Afro)[\s-]$")
_REGION_BEFORE = fastre.compile(r"\b(?:East|West|North|Central|Southern|Eastern|Western|Northern|[Ss]ub-Saharan|Horn\s+of)"
                                r"[\s-]$")


# "Building on the G7 leaders' vision and the EU's strategy, A and B agreed ...": a sentence that opens with what
# it builds on names no party there
_GROUNDS_WORDS = ("Building on", "Building upon", "Drawing on", "Drawing upon", "Built on", "Based on", "Guided by",
                  "Inspired by")
_GROUNDS_OPENING = fastre.compile(r"(?:Build(?:ing)?|Built|Drawing|Based|Guided|Inspired)\s+(?:on|upon|by)\s+"
                                  r"[^,.;:!?]{1,160},")


def _grounds_opening(text: str, mentions: list[CountryMention]) -> None:
    for word in _GROUNDS_WORDS:
        at = text.find(word)
        while at >= 0:
            opening = _GROUNDS_OPENING.match(text, at) if at == 0 or text[at - 1] == "\n" or text[
                max(0, at - 2):at].rstrip().endswith((".", "!", "?", '"', "”")) else None
            for mention in mentions if opening else ():
                if at <= mention.start < opening.end():
                    mention.nonparty = True
            at = text.find(word, at + 1)


# a body's name and the acronym it is given: "the Kenya Space Agency (KSA)", "Korea Space Agency (KASA)"
_BODY_ACRONYM = fastre.compile(r"\b((?:[A-Z][\w&-]*\s+(?:(?:of|for|and|the)\s+)?){1,7}(?:Agency|Authority|Administration|"
                               r"Association|Institute|University|Council|Commission|Corporation|Company|Centre|Center|"
                               r"Organi[sz]ation|Office|Board|Bank|Fund|Group|Society|Academy|Ministry))\s*\(([A-Z]{2,6})\)")


def _acronyms_of_bodies(text: str) -> set[str]:
    """The acronyms a story gives bodies it names in full ("Kenya Space Agency (KSA)")."""
    return {found.group(2) for found in _BODY_ACRONYM.finditer(text)}


def find_countries(doc: Document, lex: Lexicons) -> None:
    text = doc.text
    mentions: list[CountryMention] = []
    filed = doc.memo("dateline", None, lambda: dateline(text))  # "BAKU, Azerbaijan —": where the story was filed, no party
    backwards = doc.backwards()  # (the word before each mention read forwards in it; made once per document)
    defined: set[str] | None = None  # acronyms the story gives bodies: read once, and only if a country's acronym
    for m in in_body(doc, lex.countries.find(text)):  # stands in brackets somewhere
        entry = m.payload
        if m.text.isupper() and f"({m.text})" in text:
            defined = _acronyms_of_bodies(text) if defined is None else defined
            if m.text in defined:
                continue  # "Kenya Space Agency (KSA)": the body's acronym, not the country it also stands for
        after = text[m.end:m.end + 12]
        if after.startswith("$") or after.startswith((" ", "-")) and _CURRENCY_AFTER.match(after):  # "US$300
            # million", "5.8-million-U.S. dollar" (every match of the pattern begins with a blank or a hyphen):
            continue  # a currency, not a party
        if entry.type == "demonym" and _NAME_END.match(after) and _GIVEN_NAMES.search(text, max(0, m.start - 30), m.start):
            continue  # "Dr Mohamed Khalil Iraqi;": a surname, not a nationality
        if m.text.startswith("America") and _CONTINENT_BEFORE.search(text, max(0, m.start - 10), m.start):
            continue  # "Latin American countries", "South America": a continent's part, not the United States
        if m.text.startswith("Africa") and _REGION_BEFORE.search(text, max(0, m.start - 14), m.start):
            continue  # "a tour of East Africa", "sub-Saharan Africa": a region, not the African Union
        if m.text == "Lao" and after.startswith(" Cai"):
            continue  # "Lao Cai province": a province of Vietnam
        if entry.type == "prefix":
            if not after.startswith("-") or "ambiguous" in entry.flags and after.startswith("-Pacific"):
                continue
        mention = CountryMention(m.start, m.end, m.text, entry.code, entry.type)
        bloc = entry.is_bloc  # (a property: worked out once here)
        before = text[max(0, m.start - 25):m.start]
        cue_word = _last_word(backwards, m.start)  # the context patterns below all end in one of a few words
        if cue_word in _LOCATIVE_LAST or cue_word.endswith(","):
            mention.locative = entry.type in ("capital", "name", "alias") and bool(_LOCATIVE_BEFORE.search(before))
            if mention.locative and cue_word in ("to", "in", "into") and _GIVING.search(text, max(0, m.start - 70),
                                                                                    m.start):
                mention.locative = False  # "grants worth EUR 2 billion to Morocco", "invest $1 billion in Kenya"
            if mention.locative and cue_word in ("in", "at") and _COUNTERPART_IN.search(text, max(0, m.start - 30),
                                                                                    m.start):
                mention.locative = False  # "Egypt's space agency and its counterpart in Nigeria": the other side
            if mention.locative and cue_word.endswith(",") and _SUBJECT_GOES_ON.match(text, m.end):
                mention.locative = False  # "At a meeting in Rio, Japan and Mexico signed": the clause's subject, not
                # the country of "in Tokyo, Japan"
        if bloc and (_VENUE_AFTER.match(text[m.end:m.end + 40]) or "sidelines of" in before):
            mention.locative = True
        if bloc and _ONE_MEMBER_AFTER.match(text, m.end):
            mention.nonparty = True  # "the first ASEAN nation to sign": one member, named apart, not the bloc
        if filed and filed[0] <= m.start < filed[1] and not bloc:
            mention.locative = True
        mention.possessive = after.startswith(("'", "’")) and bool(_POSSESSIVE_AFTER.match(after))  # (its
        # matches begin with an apostrophe)
        if cue_word in _NONPARTY_LAST:
            mention.nonparty = bool(lex.cues["nonparty"].search(text, max(0, m.start - 60), m.start))
        mention.in_org = "ambiguous" in entry.flags and not (  # settled below (but "Washington suspended the deal":
            m.text == "Washington" and _ACTS_AFTER.match(text, m.end)  # the capital news names for its state)
            and not _NAME_BEFORE.search(text, max(0, m.start - 20), m.start)) and not (
            entry.type == "name" and (_STATE_BODY_AFTER.match(text, m.end) or _STATE_BODY_BEFORE.search(
                text, max(0, m.start - 60), m.start))) and not (  # "Turkey's Ministry of Industry", "President of
            entry.type == "name" and _as_state(text, m.start, m.end))  # Georgia"; "Turkey signed", "with Jordan on"
        if m.start < 250 and _IN_CREDIT.search(text, max(0, m.start - 60), m.start):
            mention.nonparty = True  # "(UrduPoint / Pakistan Point News / WAM - 9 Dec)": a messenger's name
        mentions.append(mention)
    _grounds_opening(text, mentions)
    sure = {m.code for m in mentions if not m.in_org}
    for i, m in enumerate(mentions):  # "Turkey and Azerbaijan", "Jordan, Egypt": a name among countries is one
        if m.in_org and m.code not in sure and (_among_countries(text, mentions, i) or (
                is_bloc(m.code) and m.type != "demonym" and (_MEMBERS_AFTER.match(text, m.end)
                                                             or _MEMBERSHIP_AFTER.match(text, m.end)
                                                             or _THE_BLOC.fullmatch(text, max(0, m.start - 4), m.end)
                                                             and not _REGION_AFTER.match(text, m.end)))):
            sure.add(m.code)  # ... and "Quad foreign ministers", "GCC states", "the GCC, made up of ...": a
            # grouping by its members (but "African countries" are a continent's, no bloc)
    doc.countries = [m for m in mentions if not m.in_org or m.code in sure]
    for m in doc.countries:
        m.in_org = False
    _members_told(text, doc.countries)
    _counted_groups(doc, lex)


# what a bloc is, told by its members: "the GCC, which includes Saudi Arabia, ...", "ASEAN, a ten-nation bloc that
# includes Vietnam", "the EU, whose members include France", "the GCC, made up of Saudi Arabia and five others"
_MEMBERSHIP_AFTER = fastre.compile(
    r"\)?(?:\s*\([A-Z]{2,8}\))?\s*(?:,|\()\s*(?:(?:which|that)\s+(?:includes?|comprises?|groups|brings\s+together|is\s+made\s+up\s+of|"
    r"consists\s+of)|whose\s+(?:members|member\s+states|membership)\s+(?:are|include|includes|comprise)|made\s+up\s+of|"
    r"comprising|consisting\s+of|grouping|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:bloc|grouping|group|organi[sz]ation|"
    r"alliance|union|club)\s+(?:that|which)\s+(?:includes?|comprises?|groups))\s+(?:the\s+)?", re.IGNORECASE)
_LIST_GAP = fastre.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*,?\s+as\s+well\s+as\s+)(?:the\s+)?")


def _members_told(text: str, countries: list[CountryMention]) -> None:
    """Countries listed to say what a bloc is are no parties beside it."""
    for i, bloc in enumerate(countries):
        if not is_bloc(bloc.code):
            continue
        told = _MEMBERSHIP_AFTER.match(text, bloc.end)
        if told is None:
            continue
        end = told.end()
        for member in countries[i + 1:]:
            if member.code == bloc.code and member.end <= end:
                continue  # "the Gulf Cooperation Council (GCC), which includes ...": its acronym
            if member.start != end and not _LIST_GAP.fullmatch(text, end, member.start):
                break
            member.nonparty, end = True, member.end


_THE_N = fastre.compile(r"\b(?:the|all|with)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten)\s+(?:other\s+)?"
                        r"(?:countries|nations|states|republics|members|partners)\b", re.IGNORECASE)


def _counted_groups(doc: Document, lex: Lexicons) -> None:
    """"Japan and the five countries adopted ...": a grouping of that many members, named elsewhere in the
    article (the five Central Asian nations), is what the count stands for."""
    groups = {m.code for m in doc.countries if m.code in lex.groupings}
    if not groups:
        return
    added = []
    for m in _THE_N.finditer(doc.text):
        size = number_value(m.group("n"))
        fits = [g for g in groups if len(lex.members(g, doc.published)) == size]
        if len(fits) == 1 and not any(c.start <= m.start() < c.end or m.start() <= c.start < m.end()
                                      for c in doc.countries):
            added.append(CountryMention(m.start(), m.end(), m.group(0), fits[0], "alias"))
    if added:
        doc.countries = sorted([*doc.countries, *added], key=lambda c: c.start)


_THE_BLOC = re.compile(r"(?i:the)\s[A-Z]{2,6}")  # "an FTA with the GCC": the bloc, named by its acronym
_REGION_AFTER = re.compile(r"\s+(?:region|market|markets|area|economies|economy)\b")  # "the GCC region": a place
_MEMBERS_AFTER = fastre.compile(r"\s+(?:foreign\s+|trade\s+|defen[cs]e\s+|prime\s+)?(?:leaders|ministers|countries|nations|partners|"
                            r"heads\s+of\s+(?:state|government)|premiers|presidents|"
                            r"members|member states|states|governments|officials|summit|allies|group|grouping|"
                            r"partnership|initiative)\b|\s+(?i:prime\s+ministers|foreign\s+ministers|leaders|"
                            r"heads\s+of\s+(?:state|government)|premiers|presidents)\b")  # ("Nordic Prime Ministers")
_JOINER = fastre.compile(r"\s*(?:,|and|&|-|–|/|,\s*and)\s*(?:the\s+)?$")


def _among_countries(text: str, mentions: list[CountryMention], i: int) -> bool:
    """Whether mention ``i`` stands in a list or pair with another country mention ("Turkey-Azerbaijan")."""
    m = mentions[i]
    for other in (mentions[i - 1] if i else None, mentions[i + 1] if i + 1 < len(mentions) else None):
        if other is None or other.in_org or other.code == m.code:
            continue
        gap = text[other.end:m.start] if other.end <= m.start else text[m.end:other.start]
        if len(gap) <= 12 and _JOINER.fullmatch(gap):
            return True
    return False


def find_sector_and_instrument_words(doc: Document, lex: Lexicons) -> None:
    lowered = doc.cache["lowered"] = doc.text.lower()  # (kept: later steps read the document lower-cased too)
    portfolios = [(o.start, o.end) for o in doc.organizations if _PORTFOLIO.search(o.text)]
    bodies = [(o.start, o.end) for o in doc.organizations]
    doc.sectors = [TermMention(m.start, m.end, m.text, m.payload)
                   for m in in_body(doc, lex.sectors.find(doc.text, lowered))
                   if m.payload.value != NO_SECTOR and not any(s <= m.start and m.end <= e for s, e in portfolios)  # "Ministry of Science and ICT"
                   and not (m.payload.value == "science" and (  # "UK Research and Innovation", "science officials":
                       any(s <= m.start and m.end <= e for s, e in bodies)  # who acts, not the field covered
                       or _SCIENCE_PEOPLE.match(doc.text, m.end)))
                   and not (m.text[:1].isupper() and _TITLE_BEFORE.search(doc.text, max(0, m.start - 90), m.start))
                   and not (m.payload.value == "space" and _A_FIELDS_SPACE.search(doc.text, max(0, m.start - 30), m.start))]
    doc.instruments = [TermMention(m.start, m.end, m.text, m.payload)
                       for m in in_body(doc, lex.instruments.find(doc.text, lowered))]
    not_covered = aside(doc, doc.sectors)  # background, what a field serves, a signer's portfolio
    doc.sectors = [t for t in doc.sectors if t.start not in not_covered]


# a country's own body or office named with it: "Turkey's Ministry of ...", "the Ministry of Industry of Turkey"
_STATE_BODY_AFTER = fastre.compile(r"['’]s\s+(?:(?:Foreign|Trade|Energy|Industry|Finance|Economy|Defence|Defense|Interior|"
                                   r"Digital|Science)\s+)?(?:Ministry|Ministers?|Government|President|Prime\s+Minister|"
                                   r"Parliament|Cabinet|Embassy|Central\s+Bank|Agency|King|Emir)\b")
_STATE_BODY_BEFORE = fastre.compile(r"\b(?:Ministry|Minister|Government|President|Prime\s+Minister|Parliament|Embassy|"
                                    r"Republic|King|Kingdom|Ambassador)\b(?:\s+(?:of|for)\s+[A-Z][\w&,-]*(?:\s+(?:and\s+)?"
                                    r"[A-Z][\w&,-]*){0,4})?\s+of\s+(?:the\s+)?$")
# "start-ups in the AI space", "the quantum space": a field of business, not outer space
_A_FIELDS_SPACE = fastre.compile(r"\b(?:the|this|that|a)\s+(?:[\w-]+\s+)?(?:AI|quantum|fintech|tech|technology|digital|crypto|"
                                 r"EV|chip|semiconductor|climate|health|energy|data|cloud|cyber|biotech|robotics)\s+$",
                                 re.IGNORECASE)




































def country_codes(mentions: list[CountryMention]) -> list[str]:
    """Distinct codes in order of first mention."""
    seen: dict[str, None] = {}
    for m in mentions:
        seen.setdefault(m.code, None)
    return list(seen)


def is_bloc(code: str) -> bool:
    return code in BLOCS
