"""The country a person serves, when the text does not say it beside the name.

People found with no country (``Person.country`` None) get one from two readings, tried in order; each
says how in ``Person.country_rule``:

``portfolio``
    The role names a portfolio ("Minister of Planning and Investment", "Investment, Trade and Industry
    Minister") and the article names the ministry that holds it ("Ministry of Planning and Investment"),
    whose country is known.
``pairing``
    Named beside a foreign official in a story about two countries, he serves the other one (personcountry.py).
``name``
    For someone in a public office: a family name, name particle or title common in one of the countries
    the article names as actors
    (``data/name_origins.tsv``): "Pham" in a story about Vietnam and the United States, "External Affairs
    Minister" in one about India. Used only when exactly one of those countries fits, so "Lee" in a story
    about Korea and Singapore gives none.
``story`` / ``dateline``
    In a story about one country, an official with no country word serves it, unless the story is filed from
    another country's capital ("NAIROBI — Cabinet Secretary ... signed an MoU with China"): then that one's. In a
    story about several, filed from one's capital ("DHAKA: ... Foreign Minister A will go to Moscow"), that one's.

It also reads the countries a role names beside the name while people are found (``of Peru`` after the role, the
body a role is held at, a country word inside the role), for people.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from . import fastre
from .doc import Document
from .lexicon import BLOCS, read_table
from .personcountry import (by_behalf, by_frame, by_later_mention, by_other_side, by_own_words, by_pairing, by_posting,
                            by_shared_word, home_side, signed_for)
from .text import dateline

if TYPE_CHECKING:
    from .lexicon import Lexicons
    from .pipeline import Extractor

# words of a role or a ministry's name that are not its portfolio
_NOT_PORTFOLIO = frozenset({"minister", "ministers", "ministry", "ministries", "department", "secretary", "deputy",
                            "vice", "state", "federal", "union", "senior", "junior", "parliamentary", "acting",
                            "first", "of", "for", "and", "the", "&", "cabinet", "prime", "chief", "assistant",
                            "under", "permanent", "general", "director", "director-general", "head"})
_GOVERNMENT = fastre.compile(r"\b(?:Ministry|Department|Ministère|Ministerium)\b")
_WORD = fastre.compile(r"[\w’'-]+")
_ABROAD = re.compile(r"(?i)\b(?:ambassador|envoy|consul|secretary-general|secretary general|commissioner|"
                     r"united nations|UN|EU|European|world|international)\b")
_PUNCT = re.compile(r"[^\w\s’'-]")
# roles of people who serve a country (a consultant or an executive named "Kim" serves none; someone named
# with no role is taken as the public figure GUIDELINES asks about)
_OFFICE = fastre.compile(r"\b(?:[Mm]inist\w*|[Pp]resident(?:ial)?|[Pp]remier|[Ss]ecretary|[Aa]mbassador|[Ee]nvoy|"
                         r"[Cc]hancellor|[Ss]enator|[Gg]overnor|[Mm]ayor|[Cc]rown [Pp]rince|[Kk]ing|[Ss]heikh|[Ss]pokes\w*|"
                         r"[Oo]fficials?|[Dd]iplomats?|[Cc]ounterpart|[Dd]eputy|[Cc]ommissioner|[Aa]dvis[eo]r|"
                         r"[Cc]onsul(?:-[Gg]eneral)?|[Cc]ouncill?or)\b")


def _portfolio(words: str) -> frozenset[str]:
    return frozenset(w for w in (x.lower().strip("’'") for x in _WORD.findall(words)) if w not in _NOT_PORTFOLIO)


def load_origins() -> dict[str, frozenset[str]]:
    """data/name_origins.tsv: a name word -> the countries where it is common."""
    return {row[0].lower(): frozenset(row[1].split("|")) for row in read_table("name_origins.tsv")}


def _by_portfolio(doc: Document, role: str) -> str | None:
    wanted = _portfolio(role)
    if not wanted or not fastre.search(r"(?i)\bminist|secretary\b", role):
        return None
    found = {o.entry.country for o in doc.organizations
             if o.entry.country and _GOVERNMENT.search(o.text) and _portfolio(o.text) == wanted}
    for c in doc.countries:  # "Brazil's mines and energy ministry": a country's ministry named in lower case
        lower = None if c.locative else _LOWER_MINISTRY.match(doc.text, c.end)
        if lower and _portfolio(lower.group(1)) == wanted:
            found.add(c.code)
    return found.pop() if len(found) == 1 else None


# "<country>'s mines and energy ministry", "<country adjective> science department"
_LOWER_MINISTRY = fastre.compile(r"(?:['’]s?)?\s+((?:[a-z]+|[A-Z]{2,5})(?:(?:,?\s+and\s+|,\s+|\s+)(?:[a-z]+|[A-Z]{2,5})){0,4}?)\s+(?:ministry|department)\b")


# "... at Acme", "... of the Acme Group": the body a role is held at, as the role's last words
_AT_BODY = fastre.compile(r"\s(?:at|of|with)\s+(?:the\s+)?([A-Z][^,;()]{1,60})$")


def _by_employer(doc: Document, role: str) -> str | None:
    """The country of the known body a role ends at ("technical director for Africa at Acme Foods"), when the text
    names it elsewhere as an organisation (a firm's executive serves the firm's country)."""
    at = _AT_BODY.search(role)
    if at is None:
        return None
    body = _bare_firm(at.group(1))
    found = {o.entry.country for o in doc.organizations if o.entry.country and o.entry.country not in BLOCS and
             body in (_bare_firm(o.text), _bare_firm(o.entry.name))}
    return found.pop() if len(found) == 1 else None


def _twin_title(doc: Document, person, country: str) -> bool:
    """Whether someone else of the same title has ``country`` told beside his name: the ministry of that portfolio
    the text names is then his, and two countries each have a minister of that title."""
    role = person.role.lower()
    return any(other.name != person.name and other.country == country and other.country_rule != "portfolio" and
               (other.role or "").lower() == role for other in doc.people_records)


_EXECUTIVE = re.compile(r"(?i)^(?:(?:new|former|interim|acting|group|global)\s+)*(?:" + "|".join(
    re.escape(row[0]) for row in read_table("executive_titles.tsv")) + r")$")


def _by_firm_beside(doc: Document, person) -> str | None:
    """The country of the one firm an executive's sentence names ("CFO A said the aid helps Intel"), or with none
    there, the sentence before ("Intel ... Under its CEO A, the chipmaker ..."): GUIDELINES, an executive serves
    his company's country. Two firms of two countries: none."""
    if not person.mentions or not _EXECUTIVE.match(person.role.strip()) or _OF_A_BODY.match(doc.text,
                                                                                            person.mentions[0].end):
        return None  # ("Managing director A of the space agency": not a firm's)
    index = doc.sentence_index(person.mentions[0].start)
    if index is not None and _OWN_FIRM.search(doc.text, doc.sentences[index].start, doc.sentences[index].end):
        return None  # "CEO A said her startup would buy chips from Nvidia": a firm of hers, not the one named
    for at in (index, index - 1) if index is not None else ():
        if at < 0:
            break
        firms = {o.entry.country for o in doc.within("organizations", at) if o.entry.type == "company" and not
                 _OBJECT_BEFORE.search(doc.text, max(0, o.start - 10), o.start)}  # (not "chips from Nvidia")
        if firms:
            return firms.pop() if len(firms) == 1 and None not in firms and not firms & BLOCS else None
    return None


_OF_A_BODY = fastre.compile(r",?\s+of\s+(?:the|a|an)\s+[a-z]")
_OWN_FIRM = fastre.compile(r"\b(?:her|his|their)\s+(?:own\s+)?(?:startup|start-up|company|firm|business|workshop)\b")
_OBJECT_BEFORE = fastre.compile(r"\b(?:from|with|to|for|by|than|like|against|at)\s+$")
_FIRM_SUFFIX = fastre.compile(r",?\s+(?:S\.?A\.?|Co\.?|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|AG|SE|plc|PLC|LLC|Bhd|"
                              r"GmbH|N\.V\.|Group|Holdings?)$")


def _bare_firm(name: str) -> str:
    """A firm's name without its company suffix ("Hoshino Robotics Co." -> "Hoshino Robotics")."""
    return _FIRM_SUFFIX.sub("", name.strip())


def _name_from_elsewhere(name: str, origins: dict[str, frozenset[str]], country: str) -> bool:
    """Whether the name's words are known from some countries only, none of them ``country``."""
    known: set[str] = set()
    for word in name.lower().split():
        known |= origins.get(word, frozenset()) | origins.get(word[3:] if word.startswith("al-") else "", frozenset())
    return bool(known) and country not in known


def _by_name(name: str, role: str | None, origins: dict[str, frozenset[str]], parties: set[str]) -> str | None:
    fits: set[str] = set()
    for word in name.lower().split():
        fits |= origins.get(word, frozenset()) & parties
        if "-" in word and not word.startswith("al-"):  # "Lee Jong-ho": each part of a joined given name
            for part in word.split("-"):
                fits |= origins.get(part, frozenset()) & parties
        if word.startswith("al-"):
            fits |= origins.get(word[3:], frozenset()) & parties
    if role:  # (no role: no title word in it)
        low = " " + _PUNCT.sub(" ", role.lower()) + " "  # "Cabinet Secretary, Ministry of ..."
        for word, countries in _title_words(origins):
            if word in low:
                fits |= countries & parties
    return fits.pop() if len(fits) == 1 else None


_TITLE_WORDS: dict[int, tuple[dict, list[tuple[str, frozenset[str]]], int]] = {}  # by table: its "title:" rows, listed once


def _title_words(origins: dict[str, frozenset[str]]) -> list[tuple[str, frozenset[str]]]:
    """The " word " of each "title:word" row of ``origins`` with its countries (not the whole table read per person)."""
    made = _TITLE_WORDS.get(id(origins))
    if made is None or made[0] is not origins or len(made[0]) != made[2]:
        made = _TITLE_WORDS[id(origins)] = (origins, [(f" {key[6:]} ", countries) for key, countries in origins.items()
                                                      if key.startswith("title:")], len(origins))
    return made[1]


def _filed_from(doc: Document, lex: "Lexicons", parties: set[str], home: bool = False) -> str | None:
    """The country of the dateline's capital ("NAIROBI, March 12 —"), when it is not the story's one party (or,
    with ``home``, when it is one of them)."""
    entry = doc.memo("dateline_place", None, lambda: _dateline_place(doc, lex))  # (asked for each person)
    if entry is None or entry.type != "capital" or (entry.code in parties) != home:
        return None
    return entry.code


def _dateline_place(doc: Document, lex: "Lexicons"):
    """The gazetteer's entry of the place the dateline names, or None."""
    span = doc.memo("dateline", None, lambda: dateline(doc.text)) or _CITY_COLON.search(doc.text, 0, 400)
    span = span.span(1) if isinstance(span, re.Match) else span
    place = fastre.match(r"\s*(?:date\s+[\d-]+\s+)?([A-Za-z][A-Za-z .'-]*?)\s*(?:[,:(—–-]|$)", doc.text[span[0]:span[1]]) \
        if span else None  # (after a "date 2025-10-29" line head, as some feeds give it)
    return lex.countries.get(place.group(1).title()) if place else None  # ("ISLAMABAD:" as news wires write it)


# "Dhaka: Bangladesh and Russia ...": a city set before a colon to open a paragraph (a dateline in any case)
_CITY_COLON = fastre.compile(r"(?m)^[ \t]*(?:date\s+[\d-]+\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?):[ \t]+(?=[A-Z])")


def _dealing_with(doc: Document, person, code: str) -> bool:
    """Whether the person's sentence tells the other country as the one dealt with ("with China", "the visiting
    Chinese delegation"), so a wire's dateline abroad ("TOKYO (Reuters) - Trade Minister ... Australia") is not read
    as the official's home."""
    index = doc.sentence_index(person.mentions[0].start) if person.mentions else None
    return index is not None and any(c.code == code and (
        _WITH_BEFORE.search(doc.text, max(0, c.start - 30), c.start) or _COUNTERPART_AFTER.match(doc.text, c.end) or
        _GUESTS_FROM.search(doc.text, max(0, c.start - 80), c.start))
        for c in doc.within("countries", index))


_CLAUSE_ON = fastre.compile(r"\b(?:as\s+well\s+as|with|said|says|told|signed|met|who|which)\b")


def _other_after(doc: Document, person, code: str) -> bool:
    """Whether another country is told after the name before the next person's ("A, Senior Minister of State,
    Ministry of Transport Singapore, and B"): his title's own tail may name his country."""
    first = person.mentions[0]
    index = doc.sentence_index(first.start)
    end = doc.sentences[index].end if index is not None else first.end + 150
    end = min([end] + [m.start for m in doc.people if m.start > first.end and m.name != person.name])
    stop = _CLAUSE_ON.search(doc.text, first.end, end)  # ("A as well as South Korean firms": not his title)
    end = stop.start() if stop else end
    return any(c.code != code and not c.locative for c in doc.between("countries", first.end, end))


def dealt_with(doc: Document, code: str) -> bool:
    """Whether the story names its one country only as the one dealt with ("with its Chinese counterpart", "with
    China"): the home country goes unnamed, so its officials are not that one's."""
    mentions = [c for c in doc.countries if c.code == code and not c.locative]
    return bool(mentions) and all(_WITH_BEFORE.search(doc.text, max(0, c.start - 30), c.start) or
                                  _COUNTERPART_AFTER.match(doc.text, c.end) for c in mentions)


# "with China", "the visiting Chinese", "his counterpart from Vietnam", "her Vietnamese counterpart"
_WITH_BEFORE = fastre.compile(r"\b(?:with|visiting|met|meets|received|receives|hosted|hosts|counterparts?\s+(?:from|of|in))"
                              r"\s+(?:the\s+|a\s+)?$", re.IGNORECASE)  # ("met the Korean delegation")
# "met the delegation from ", "welcomed a group of investors from ": the guests a host receives come from there
_GUESTS_FROM = fastre.compile(r"\b(?:met|meets|meeting|received|receives|receiving|welcomed|welcomes|welcoming|hosted|hosts|"
                              r"hosting)\s+(?:with\s+)?(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,4}?(?:delegations?|missions?|teams?|"
                              r"investors|visitors|officials|executives|companies|firms|guests|businesspeople)\s+from\s+"
                              r"(?:the\s+)?$")
_COUNTERPART_AFTER = fastre.compile(r"\s+(?:counterparts?|envoys?|ambassadors?)\b")  # ("and the British envoy")


def assign_countries(ex: "Extractor", doc: Document) -> None:
    """Fill in ``country`` (and ``country_rule``) of the people the text leaves without one."""
    origins = ex.lexicons.derived.get("name_origins")
    if origins is None:
        origins = ex.lexicons.derived["name_origins"] = load_origins()
    if all(person.country is not None for person in doc.people_records):
        return  # (everyone's country told: nothing to fill in)
    parties = set(doc.focus) | {c.code for c in doc.countries if not (c.locative or c.nonparty)}
    filed = _filed_from(doc, ex.lexicons, parties)
    home = _filed_from(doc, ex.lexicons, parties, home=True) if len(parties) > 1 else None
    story = _story_country(doc, parties)
    for pairing_only in (False, True):  # then again by the person beside, now that more of them have a country
        told: dict[str, tuple[str, str]] = {}
        for i, person in enumerate(doc.people_records):
            if person.country is not None:
                continue
            country, rule = (None if pairing_only or not person.role else _by_portfolio(doc, person.role)), "portfolio"
            if country is not None and _twin_title(doc, person, country):  # ("Minister of ICT A and Minister of
                country = None  # ICT of Jordan B": the ministry of that title is B's, not A's)
            if country is None and not pairing_only and person.role:  # "sales director for Africa at Acme": the firm's
                country, rule = _by_employer(doc, person.role), "text"
            if country is None and not pairing_only and person.role:  # "CFO A said ... Intel": the firm's
                country, rule = _by_firm_beside(doc, person), "text"
            if country is None and not pairing_only:  # "A, Deputy Minister, signed for Ghana"
                country, rule = signed_for(doc, person.name), "text"
            if country is None:
                country, rule = _pairing(doc, person.name)
            if country is None and not pairing_only:
                country, rule = _later(doc, person)
            if not pairing_only and country is None:
                country, rule = _by_reading(doc, person, origins, parties, filed, home, story)
            if country is not None and country not in BLOCS:  # (a bloc's capital in the dateline: no country)
                doc.people_records[i] = replace(person, country=country, country_rule=rule)
                told[person.name] = (country, rule)
        if told:
            doc.people = [replace(m, country=told[m.name][0]) if m.country is None and m.name in told else m
                          for m in doc.people]


def _story_country(doc: Document, parties: set[str]) -> str | None:
    """The one country the story is about: its only one, or its focus when that is one and the others are named in
    passing (at least four in five mentions are of it: "Canada ... Canadian ... Canada ... a Canberra firm")."""
    if len(parties) == 1:
        return next(iter(parties))
    if len(parties - BLOCS) == 1:  # one country and a bloc (its officers' roles, "Commissioner", "European ...", are
        return next(iter(parties - BLOCS))  # kept out by _ABROAD)
    if len(doc.focus) != 1:
        return None
    codes = [c.code for c in doc.countries if not (c.locative or c.nonparty) and c.code not in BLOCS]
    share = codes.count(doc.focus[0])
    return doc.focus[0] if share >= 4 and share >= 0.8 * len(codes) else None


_BLOC_OFFICER = fastre.compile(r"\b(?:[Vv]ice[- ][Pp]resident|High\s+Representative|President\s+of\s+the\s+"
                               r"(?:European\s+)?(?:Commission|Council|Parliament))")


# a bloc's own institution beside the name ("European Council President A", "A, whose country holds the rotating EU
# presidency"): the person may be the bloc's or a member state's, not the partner's
_BLOC_BODY_NEAR = fastre.compile(r"\b(?:European\s+(?:Council|Commission|Parliament)|rotating\s+(?:EU\s+)?presidency|"
                                 r"[Cc]ouncil\s+[Pp]resident)\b")


def _pairing(doc: Document, name: str) -> tuple[str | None, str]:
    """"Minister Ana Soto and Peruvian Minister Hugo Paz signed": the other of the two (personcountry.py)."""
    return by_frame(doc, name) or by_behalf(doc, name) or by_shared_word(doc, name) or by_pairing(doc, name) or \
        by_own_words(doc, name) or by_other_side(doc, name), "pairing"


def _later(doc: Document, person) -> tuple[str | None, str]:
    """"... The Israeli minister said": the country word of a later mention by title; "Ambassador to Kenya A": the
    other of two countries (personcountry.py)."""
    told = by_later_mention(doc, person.name, person.role)
    return (told, "text") if told else (by_posting(doc, person.name, person.role), "pairing")


def _by_reading(doc: Document, person, origins: dict[str, frozenset[str]], parties: set[str], filed: str | None,
                home: str | None, story: str | None) -> tuple[str | None, str]:
    """The country the name, the story or its dateline tells, with the rule that read it."""
    office = bool(person.role and _OFFICE.search(person.role) and not _ABROAD.search(person.role)) and not any(
        o.entry.type == "international" and o.text in person.role for o in doc.organizations)  # ("vice president of
    # the EIB": an international body's officer serves no country)
    if parties and (person.role is None or _OFFICE.search(person.role)):
        country = _by_name(person.name, person.role, origins, parties)
        if country is not None:
            return country, "name"
    if story and _name_from_elsewhere(person.name, origins, story):
        story = None  # "Sheikh Tahnoun bin Zayed Al Nahyan" in a story whose one country is Japan: not Japan's
    if story and office and not (parties & BLOCS and (_BLOC_OFFICER.search(person.role) or any(
            _BLOC_BODY_NEAR.search(doc.text, max(0, m.start - 40), m.end + 50) for m in person.mentions))):  # one
        # country (and a bloc, whose vice-presidents serve none): its officials serve it (but one filed
        other = story  # from home about its dealings with it: "NAIROBI — Cabinet Secretary Jane
        if _dealing_with(doc, person, other) or dealt_with(doc, other):  # Wanjiru signed an MoU with China";
            return filed, "dateline"  # "the ministry works with its Chinese counterpart"); with no dateline, none
        return other, "story"
    if home and office and not _dealing_with(doc, person, home) and not _other_after(doc, person, home):
        return home, "dateline"  # "DHAKA: ... when Foreign Minister A goes to Moscow": the capital's own
        # officials go unnamed by country (not "TOKYO - Trade Minister A signed with Japan")
    if office and (other := home_side(doc, person, home)):  # "Science minister A said ... Saudi minister B": A is the
        return other, "pairing"  # home side, named plainly where the other side's officials have a country word
    return None, ""


# the countries a role names beside the name (people.py reads them while it finds people)
_OF_COUNTRY = fastre.compile(r"\s+of\s+(?:the\s+)?(?:host\s+(?:country|nation)(?=,))?")


def org_before(doc: Document, start: int) -> str | None:
    """The country of a known body that the role's capitalised words follow directly."""
    for o in reversed(doc.between("organizations", start - 50, start + 1)):
        if o.end <= start and o.entry.country and fastre.fullmatch(r"(?:['’]s?)?(?:\s+(?:[A-Z][\w&’'-]*|of|the|country|regional|general|managing|executive|"
                                                                r"deputy|chief|senior|vice|project|programme|program))*\s*",
                                                                doc.text[o.end:start]):
            return o.entry.country
    return None


def country_at(doc: Document, offset: int) -> str | None:
    for c in doc.between("countries", offset - 60, offset + 1):
        if c.start <= offset < c.end:
            return c.code
    return None


# a country naming a firm's unit or market inside a role ("head of the France desk at Zenith Bank", "Telefonica's
# Mexico unit"): the person serves the firm's country, not that one
_UNIT_AFTER = fastre.compile(r"\s+(?:desk|department|division|units?|sales|business|operations|office|arm|subsidiary|"
                             r"team|branch|market|practice|country\s+office)\b")


# an envoy's posting: the country he is sent to is not the one he serves ("Ambassador to Kenya", "High Commissioner
# in India")
_POSTED_TO = fastre.compile(r"\b(?:[Aa]mbassador|[Ee]nvoy|[Hh]igh\s+[Cc]ommissioner|[Cc]onsul(?:[\s-][Gg]eneral)?|"
                            r"[Cc]hargé\s+d['’]\s?[Aa]ffaires)(?:\s+[\w’'-]+){0,4}?\s+(?:to|in)\s+(?:the\s+)?$")


def country_in(doc: Document, start: int, end: int, after_name: bool = False) -> str | None:
    if after_name:  # "President Donald Trump of the United States"
        segment = doc.text[start:end]
        of = fastre.search(r"^\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+of\s+(?:the\s+)?", segment)
        if not of:
            return None
        start, end = start + of.end(), start + of.end() + 20
    for c in doc.between("countries", start, end):
        if not c.locative and not _UNIT_AFTER.match(doc.text, c.end) and not _POSTED_TO.search(
                doc.text, max(start - 12, c.start - 60), c.start) and not _a_body_there(doc, c):
            return c.code  # ("Ambassador to Kenya": not Kenya's; "head of the KSA" after "Kenya Space Agency (KSA)")
    for o in doc.between("organizations", start, end):
        if o.entry.country:
            return o.entry.country
    return None


def _a_body_there(doc: Document, country) -> bool:
    """Whether the letters of a country's abbreviation ("KSA", "DRC") stand for a body the article has defined by
    them ("the Kenya Space Agency (KSA)"): the body, not the country."""
    return country.text.isupper() and any(o.start == country.start and o.end == country.end and
                                          o.entry.country != country.code for o in
                                          doc.between("organizations", country.start, country.end))


def of_country(doc: Document, end: int) -> tuple[int, int] | None:
    """"... of Peru", "... of the host country" after a role: the span, before the name comes."""
    of = _OF_COUNTRY.match(doc.text, end)
    if of is None:
        return None
    if of.group(0).rstrip().endswith(("country", "nation")):
        return end, of.end()
    country = next((c for c in doc.between("countries", of.end(), of.end() + 1) if c.start == of.end()), None)
    return (end, country.end) if country else None


def org_after(doc: Document, end: int) -> str | None:
    """"<name>, Chairman, Indian Space Research Organisation;": the body a role in apposition is held at."""
    gap = fastre.match(r",\s+(?:(?:of|at)\s+)?(?:the\s+)?", doc.text[end:end + 12])
    if not gap:
        return None
    at = end + gap.end()
    return next((o.entry.country for o in doc.between("organizations", at, at + 1) if o.start == at), None)
