"""Where an organisation's name begins and ends when news joins, glosses or qualifies it.

- two bodies joined by "and" or "&" ("Ministry of ICT & Huawei Technologies", "Kenya Airways and Emirates
  Group") are two, while a portfolio goes on inside one name ("Ministry of Science and ICT");
- a known body followed by its portfolio ("European Commission for Competition") is the known body;
- a head noun shared by portfolios ("the Culture and Education Ministries") belongs to each;
- a gloss after a name ("Invest Ghana, Ghana's National Investment Promotion Agency,") describes it;
- a full stop ends a name ("... giant Equinix. The Thailand Board of Investment");
- a group the instrument will form ("a Future Technology Group will be formed") is part of that instrument.

And what a name tells of whose and which body it is: a legal form only one country gives ("Sdn Bhd"), a bare
name several governments share ("Department of Energy"), a body written across a slash with another ("DOS/ISRO"),
an acronym spelt out in the story rather than the gazetteer's reading of it ("Egyptian Space Agency (ESA)").
"""

from __future__ import annotations

import bisect

import re

from . import fastre
from .doc import Document, OrgMention
from .lexicon import Lexicons, OrgEntry, read_table
from .orgnames import name_stems

PORTFOLIO_WORDS = frozenset(row[0] for row in read_table("portfolio_words.tsv"))
_MODIFIERS = frozenset(row[0] for row in read_table("portfolio_modifiers.tsv"))
# what closes a body's own name: a head word or a firm's legal suffix
_CLOSED = fastre.compile(r"\b(?:Agency|Agencies|Authority|Administration|Association|Bank|Board|Bureau|Commission|"
                         r"Company|Corporation|Council|Department|Directorate|Foundation|Group|Holdings|Institute|"
                         r"Ministry|Office|Organi[sz]ation|Secretariat|Society|University|Academy|Federation|(?<=Geological )Survey|"
                         r"Ltd\.?|Limited|Inc\.?|Corp\.?|Co\.|AG|SE|GmbH|plc|PLC|LLC|Bhd|Berhad|JSC|PJSC)$")

# the last word of a firm's name ("Kenya Airways", "Nokia Bell Labs", "Acme Technologies")
_FIRM_END = fastre.compile(r"\b(?:Airways|Airlines|Labs|Technologies|Telecom|Motors|Electronics|Systems|Networks|"
                           r"Solutions|Semiconductors?|Robotics|Aerospace|Cloud|Pharmaceuticals|Industries|Partners|"
                           r"Capital)$")

# a body named by its head word first: "Ministry of ICT", "Uganda's Department for Trade"
_LEADING = fastre.compile(r"(?:[A-Z][\w’'-]*\s+){0,2}(?:Ministry|Department|Office|Agency|Bureau|Directorate|"
                          r"Institute|"
                          r"Council|Commission|Academy|Authority|Administration|Corporation|Foundation)\s+(?:of|for)\s")


def two_bodies(left: str, right: str, lex: Lexicons) -> bool:
    """Whether "<left> and|& <right>" names two organisations, not one name with "and" inside it.

    "Ministry of ICT & Huawei Technologies", "Korea Institute of Energy Research and Hanwha Solutions", "Radio Kenya
    and Xinhua News Agency", "Kenya Airways and Emirates Group": the left side is a whole name (known, closed by a
    head word or a firm's last word, or a ministry's head and portfolio), the right side a body of its own (known,
    or closed likewise) that does not open with a portfolio word; not "Ministry of Science and ICT", "Korea Trade and
    Investment Promotion Agency" or "Science and Technology Agency" (one word before "and": a portfolio)."""
    words, after = left.split(), right.split()
    if len(words) < 2 and not (left.isupper() and len(left) >= 2) or not after:
        return False
    if after[0] in PORTFOLIO_WORDS or not after[0][:1].isupper() or left in lex.countries:
        return False
    if len(words) == 2 and getattr(lex.countries.get(words[0]), "type", "") == "demonym":
        return False  # "Indian Electronics and Semiconductor Association": a nationality and a field, no firm's own
        # name (a firm's starts with its own: "Samsung Electronics"), so one body whose name goes on past "and"
    if len(after) == 2 and after[0] in _MODIFIERS and _LEADING.match(left):
        return False  # "Ministry of Industry and New Technologies": its second portfolio, no firm called so
    if not (_starts_known(left, lex) or _CLOSED.search(left) or _LEADING.match(left) or _FIRM_END.search(left)
            or _country_noun(words[-1], lex) or left.isupper()):
        return False  # "Market Intelligence & Consulting Institute": one institute's name
    return _starts_known(right, lex) or bool(_CLOSED.search(right) or _FIRM_END.search(right)) or bool(
        _CLOSED.search(left) and _LEADING.match(right) and not _LEADING.match(left))  # "X Agency and Ministry of Y"


def _country_noun(word: str, lex: Lexicons) -> bool:
    """A country's name closing a name ("Radio Kenya"); a nationality is an adjective that needs a noun after it
    ("Latin American and Caribbean Space Agency": one agency)."""
    entry = lex.countries.get(word)
    return entry is not None and entry.type != "demonym"


def _starts_known(name: str, lex: Lexicons) -> bool:
    known = lex.organizations.find(name)
    return bool(known) and known[0].start == 0


# abbreviations that a name may hold before more of it: "Acme Co. Ltd", "St. Petersburg State University"
_ABBREVIATIONS = frozenset("Co Inc Corp Ltd Bhd Pvt Pte Dept St Mt Jr Sr No Intl Int'l Univ Govt Nat Assn Bros".split())
_INITIALS = fastre.compile(r"(?:[A-Z]\.)+|[A-Za-z]+\.[A-Za-z.]+")


def sentence_end(word: str) -> bool:
    """Whether a word's full stop ends a sentence ("Equinix."), not an abbreviation ("Co.", "U.S.", "St.")."""
    return word.endswith(".") and word[:-1] not in _ABBREVIATIONS and not _INITIALS.fullmatch(word) and len(word) > 2


def known_before_portfolio(name: str, lex: Lexicons) -> str:
    """"European Commission for Competition and Markets" (a commissioner's portfolio after the body, read from
    "Vice-President of the European Commission for ..."): the known body alone, when the gazetteer knows the
    words before "for" and not the whole."""
    if lex.organizations.get(name) is not None or "for" not in name:
        return name  # (no "for": the gazetteer is not read)
    known = lex.organizations.find(name)
    if known and known[0].start == 0 and fastre.match(r"\s+for\s+[A-Z]", name[known[0].end:]) and \
            known[0].text == known[0].payload.name:
        return known[0].text
    return name


# "the Culture and Education Ministries", "Finance, Trade & Energy Departments": portfolios sharing a plural head
_SHARED_HEAD = fastre.scanner(r"\b(?P<list>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
                              r"(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|,\s+and\s+)"
                              r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})+)\s+(?P<head>Ministries|Departments)\b")
_PORTFOLIO_JOINT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_NOT_PORTFOLIO = frozenset("The Both Two All Its Their Our Other Federal State National Union Several".split())
_PORTFOLIO_HEAD = fastre.compile(r"\b(?:Ministry|Department)\b")
_SIBLINGS = fastre.compile(r"(?:\s*\([A-Z][A-Za-z&]{1,9}\))?(?:\s*,)?\s+(?:and|&)\s+(?:the\s+)?|\s*,\s+(?:the\s+)?")
_SINGULAR = {"Ministries": "Ministry", "Departments": "Department"}


def shared_head_bodies(doc: Document, lex: Lexicons, country_of, found: list[OrgMention]) -> list[OrgMention]:
    """Each body of "the Health and Environmental Protection Ministries": "Health Ministry" and "Environmental
    Protection Ministry" (never "Health" alone); ``country_of(start, end)`` tells the owner of the whole phrase,
    else a ministry of ``found`` joined to it ("Israel's Science Ministry and the Health and ... Ministries")."""
    text = doc.text
    if "Ministries" not in text and "Departments" not in text:
        return []  # every match of both patterns holds a plural head: a cheap test before two scans of the text
    out = _heads_first(doc, lex, country_of)
    for m in _SHARED_HEAD.finditer(text):
        if doc.sentence_index(m.start()) is None:
            continue
        parts, at = [], m.start("list")
        for piece in _PORTFOLIO_JOINT.split(m.group("list")):
            at = text.index(piece, at)
            parts.append((at, piece))
            at += len(piece)
        if parts and parts[0][1].split()[0] in _NOT_PORTFOLIO:  # "The Health and ...": the article opens it
            first = parts[0][1].split(maxsplit=1)
            if len(first) < 2:
                continue
            parts[0] = (parts[0][0] + len(parts[0][1]) - len(first[1]), first[1])
        if len(parts) < 2 or any(p.split()[0] in _NOT_PORTFOLIO or p in lex.countries or lex.countries.find(p)
                                 for _, p in parts):
            continue
        country = country_of(m.start(), m.end()) or next(
            (o.entry.country for o in found if o.entry.country and _PORTFOLIO_HEAD.search(o.entry.name)
             and _SIBLINGS.fullmatch(text, o.end, parts[0][0])), None)
        for start, piece in parts:
            name = f"{piece} {_SINGULAR[m.group('head')]}"
            entry = OrgEntry(name, (), country, "ministry", source="shared_head")
            out.append(OrgMention(start, start + len(piece), piece, entry, "shared_head"))
    return out


# "Invest Ghana, Ghana's National Investment Promotion Agency, signed": a gloss that says what the body before it
# is, closed by a clause going on ("," and a lower-case word, "which", a full stop), not one of a list of bodies
_GLOSS_BEFORE = fastre.compile(r",\s+(?:the\s+(?:country|nation|state|government)['’]s\s+|its\s+|"
                               r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)$")
_GLOSS_AFTER = fastre.compile(r"\s*(?:,\s+(?!and\b|or\b|as\s+well\b|the\b|an?\b|its\b)[a-z]|;|\.(?:\s+[A-Z]|\s*$)"
                              r"|\s+(?:which|that|who)\b)")


_THE_BEFORE = fastre.compile(r",\s+the\s+$")


def glosses(text: str, found: list[OrgMention], lex: Lexicons) -> set[int]:
    """Indexes of the mentions in ``found`` that only describe the organisation named just before them (also
    "Business Finland, the Finnish Innovation Funding Agency, which ...": a nationality opening the gloss)."""
    ends = {m.end for m in found}
    out = set()
    for i, m in enumerate(found):
        before = _GLOSS_BEFORE.search(text, max(0, m.start - 40), m.start) or (
            _THE_BEFORE.search(text, max(0, m.start - 8), m.start) if m.text.split()[0] in lex.countries else None)
        if before and text[:before.start()].rstrip() and before.start() in ends and _GLOSS_AFTER.match(text, m.end) \
                and not any(o.start == m.start and o.end > m.end for o in found):
            out.add(i)
    return out


_JOINED = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?(?=[A-Z])")


def last_body(name: str, lex: Lexicons) -> str:
    """The body an acronym in brackets defines when other bodies come before it: "Ministry of Planning and Housing &
    Acme Investment Company Limited (AICL)" defines the company."""
    offset = 0
    for joint in _JOINED.finditer(name):
        if two_bodies(name[offset:joint.start()], _JOINED.split(name[joint.end():])[0], lex):
            offset = joint.end()
    return name[offset:]


OWNER = fastre.compile(r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s\s+")


def without_owner(name: str, lex: Lexicons) -> str:
    """"Argentina's National Atomic Energy Commission" is the Commission; its country comes from the owner."""
    owner = OWNER.match(name)
    if owner and (owner.group(1) in lex.countries or owner.group(1) in lex.organizations):
        return name[owner.end():]
    return name


def same_body(name: str, known: OrgEntry) -> bool:
    """Whether a name written out before an acronym is the gazetteer's body for it, spelt another way: its content
    words hold the other's, or the other way round ("US Department of Energy (DOE)", "Chinese National Space
    Administration (CNSA)"); "Egyptian Space Agency (ESA)" is not the European Space Agency."""
    mine = name_stems(name)
    return any(mine <= name_stems(other) or name_stems(other) <= mine for other in (known.name, *known.aliases))


_SLASH = fastre.compile(r"(?:\s*\([A-Z][A-Za-z&]{1,9}\))?\s*/\s*")


def slash_partner(text: str, mention: OrgMention, found: list[OrgMention]) -> str | None:
    """The country of a body written with another one across a slash, as one side's pair: "the Department of
    Space (DOS)/ISRO" is India's, as ISRO is."""
    after = _SLASH.match(text, mention.end)
    if after is None:
        return None
    return next((o.entry.country for o in found if o.start == after.end() and o.entry.country), None)


_SUFFIX_COUNTRY = {row[0]: row[1] for row in read_table("org_suffix_countries.tsv")}
_SUFFIX = fastre.compile(r"(?<![\w.])(" + "|".join(re.escape(s) for s in sorted(_SUFFIX_COUNTRY, key=len, reverse=True))
                         + r")\.?$")


def suffix_country(name: str) -> str | None:
    """The country a firm's legal form tells: "MA Analytics Sdn Bhd" is Malaysian, "Acme Pte Ltd" Singaporean."""
    found = _SUFFIX.search(name)
    return _SUFFIX_COUNTRY[found.group(1)] if found else None


_SHARED_NAMES = {row[0]: frozenset(row[1].split()) for row in read_table("shared_body_names.tsv")}


def shared_name_home(doc: Document, mention: OrgMention, home: str | None) -> str | None:
    """The story's country for a body whose bare name it shares with the gazetteer's country ("the Department of
    Energy" in a Philippine story with the US in it), when nothing just before the name says whose it is."""
    users = _SHARED_NAMES.get(mention.text)
    if not users or home is None or home == mention.entry.country or home not in users:
        return None
    return None if doc.between("countries", mention.start - 15, mention.start) else home


def _without_country(name: str, lex: Lexicons) -> str:
    """"National Research Council of Canada", "National Research Council Canada": the name without its country."""
    words = fastre.match(r"(.+?)(?:\s+of)?(?:\s+the)?\s+(\S+)$", name)
    return words.group(1) if words and words.group(2) in lex.countries else name


def _initials(name: str) -> str:
    return "".join(w[0] for w in fastre.split(r"[\s-]+", name) if w[:1].isupper())


def relink_acronyms(text: str, found: list[OrgMention], lex: Lexicons) -> list[OrgMention]:
    """A bare acronym the gazetteer gives a body the story never names is the story's body with those initials:
    "The Egyptian Space Agency, or ESA, ..." and then "ESA" are the Egyptian agency, not the European one; "National
    Research Council of Canada ... the NRC": the Canadian council (its country's name is no letter of the acronym)."""
    out = []
    told: dict[tuple[str, int], OrgEntry | None] = {}  # (an acronym of one entry, told again: read once)
    initials: list[tuple[OrgMention, str, str]] | None = None  # (each name's initials, made once when asked)
    for m in found:
        entry = m.entry
        if m.rule == "gazetteer" and m.text in entry.acronyms and m.text.isupper():
            key = (m.text, id(entry))
            if key not in told:
                told[key] = None
                if f"({m.text})" not in text and not any(n in text for n in (entry.name, *entry.aliases)):
                    # (a bracketed one: see definitions)
                    if initials is None:
                        initials = [(o, _initials(o.entry.name), _initials(_without_country(o.entry.name, lex)))
                                    for o in found if o.rule != "acronym"]
                    others = {o.entry.name: o.entry for o, plain, bare in initials if o.entry.name != entry.name
                              and m.text in (plain, bare)}
                    told[key] = next(iter(others.values())) if len(others) == 1 else None
            if told[key] is not None:
                m = OrgMention(m.start, m.end, m.text, told[key], "acronym")
        out.append(m)
    return out


# "the U.S. Departments of Energy, Health, and ...": the plural head first, a list of portfolios (with a comma:
# "the Ministries of Science and Technology of both countries" is one portfolio, twice)
_HEADS_FIRST = fastre.scanner(r"\b(?P<head>Ministries|Departments)\s+of\s+(?:the\s+)?"
                              r"(?P<list>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:\s*,\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)+"
                              r"(?:,?\s+and\s+(?!the\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?)")


def _heads_first(doc: Document, lex: Lexicons, country_of) -> list[OrgMention]:
    out = []
    for m in _HEADS_FIRST.finditer(doc.text):
        if doc.sentence_index(m.start()) is None:
            continue
        country = country_of(m.start(), m.end("head"))
        at = m.start("list")
        for piece in _PORTFOLIO_JOINT.split(m.group("list")):
            at = doc.text.index(piece, at)
            name = f"{_SINGULAR[m.group('head')]} of {piece}"
            entry = lex.organizations.get(name) or _known_longer(name, country, lex) or OrgEntry(
                name, (), country, "ministry", source="shared_head")
            out.append(OrgMention(at, at + len(piece), piece, entry, "shared_head"))
            at += len(piece)
    return out


def _known_longer(name: str, country: str | None, lex: Lexicons) -> OrgEntry | None:
    """"Department of Health" of the US: the gazetteer's one "Department of Health and Human Services"."""
    if country is None:
        return None
    by_country = lex.derived.get("organizations by country")
    if by_country is None:  # (the gazetteer's bodies grouped once by country, in its order)
        by_country = {}
        for _key, entry in lex.organizations.items():
            by_country.setdefault(entry.country, []).append(entry)
        lex.derived["organizations by country"] = by_country
    found = {e.name: e for e in by_country.get(country, ()) if e.name.startswith(name + " and ")}
    return next(iter(found.values())) if len(found) == 1 else None


# "a Future Strategy Group will be formed to ...", "agreed to set up a Joint Steering Committee": a group the
# instrument creates is part of that instrument (a dialogue), no organisation of its own
_GROUP_HEAD = fastre.compile(r"\b(?:Group|Committee|Council|Task\s+Force|Commission|Forum|Mechanism|Board)$")
_TO_BE_FORMED = fastre.compile(r"\s+(?:will|would|shall|is\s+to|are\s+to)\s+be\s+(?:jointly\s+)?(?:formed|set\s+up|"
                               r"established|created|constituted|launched|convened)\b")
_FORMING = fastre.compile(r"\b(?:to|will|would|shall)\s+(?:jointly\s+)?(?:form|set\s+up|establish|create|constitute|"
                          r"launch)\s+(?:a|an)\s+(?:new\s+)?$")  # (not "The city set up a ... Task Force": it exists)


def bodies_to_be_formed(text: str, found: list[OrgMention]) -> set[int]:
    """Indexes of the groups, committees and councils that the story says will be formed (not existing bodies)."""
    return {i for i, m in enumerate(found) if m.rule != "gazetteer" and _GROUP_HEAD.search(m.text) and (
        _TO_BE_FORMED.match(text, m.end) or _FORMING.search(text, max(0, m.start - 30), m.start))}


def country_prefixed(found: list[OrgMention], lex: Lexicons) -> list[OrgMention]:
    """"the United States National Aeronautics and Space Administration" and "the National Aeronautics and Space
    Administration", "the Ghana National Digital Skills Agency" and later "the National Digital Skills Agency": a
    name with its country before it is the body the story (or the gazetteer) names without it, of that country."""
    merged: dict[str, OrgEntry] = {}
    for m in found:
        if m.rule == "gazetteer" or m.entry.name in merged:
            continue
        country = lex.countries.find(m.entry.name)
        rest = m.entry.name[country[0].end:].lstrip() if country and country[0].start == 0 else ""
        if len(rest.split()) < 2 or not rest[:1].isupper() or rest.startswith(("and ", "& ")):
            continue
        code = country[0].payload.code
        other = next((o.entry for o in found if o.entry.name == rest and (o.end <= m.start or o.start >= m.end)),
                     None) or lex.organizations.get(rest)  # (told apart from it: not the same words read twice)
        known = other is not None and other.source == "gazetteer"  # (the story's own guess of its country yields;
        if other is None or len(code) != 3 or known and other.country != code:  # a ministry of any country keeps
            continue  # the name as printed, "UAE Ministry of Foreign Affairs")
        one = other if known else OrgEntry(other.name, other.acronyms, code, other.type, other.aliases, other.source)
        merged[m.entry.name] = merged[rest] = one
    return [OrgMention(m.start, m.end, m.text, merged[m.entry.name], m.rule) if m.entry.name in merged else m
            for m in found]


_JOINS = fastre.compile(r"\s(?:and|&)\s|,")  # (two bodies joined before it: "X and Y Office" is no Y Office's)


def shortened_later(found: list[OrgMention]) -> list[OrgMention]:
    """"the CHIPS R&D Office ... The R&D Office will oversee": a later name that is the end of one earlier name of
    the story (a programme or a parent before it) is that body."""
    out = []
    for m in found:  # ("The Union Cabinet ... the Cabinet approval": a country's cabinet, told again by its head word)
        if m.rule != "gazetteer" and (" " in m.entry.name or m.entry.type == "legislature"):
            longer = {o.entry.name: o.entry for o in found if o.end <= m.start and o.entry.name.endswith(
                " " + m.entry.name) and not _JOINS.search(o.entry.name[:-len(m.entry.name)])}
            if len(longer) == 1:
                m = OrgMention(m.start, m.end, m.text, next(iter(longer.values())), m.rule)
        out.append(m)
    return out


_COORDINATED = fastre.compile(r"\s(?:and|&)\s")


def abridged(found: list[OrgMention]) -> list[OrgMention]:
    """"Latin American Space Agency" (in a headline) beside "Latin American and Caribbean Space Agency": a name told
    without one of its joined parts, same first and last word, is the one body of the story with the longer name."""
    out = []
    coordinated = [o for o in found if _COORDINATED.search(o.entry.name)]  # (looked for once, not per pair)
    for m in found:
        words = m.entry.name.split()
        if m.rule != "gazetteer" and len(words) >= 2 and coordinated and not _COORDINATED.search(m.entry.name):
            stems = name_stems(m.entry.name)
            longer = {o.entry.name: o.entry for o in coordinated if
                      o.entry.name.split()[0] == words[0] and o.entry.name.split()[-1] == words[-1] and
                      stems < name_stems(o.entry.name)}
            if len(longer) == 1:
                m = OrgMention(m.start, m.end, m.text, next(iter(longer.values())), m.rule)
        out.append(m)
    return out


def renamed_kin(found: list[OrgMention]) -> list[OrgMention]:
    """"the Agency for Innovation and Technology under the President of Tajikistan" and later "the Agency for
    Innovation and Digital Technologies": one body's names old and new (the same first word, the content words of
    one held by the other, three at least); the one of no country told takes the other's country."""
    out = []
    told = None  # (each body of a country told: its country, first word and stems, made once when asked)
    for m in found:
        e, words = m.entry, m.entry.name.split()
        if e.country is None and m.rule != "gazetteer" and words[0] not in _NOT_KIN:
            stems = name_stems(e.name)
            if told is None:
                told = [(o.entry.country, o.entry.name.split()[0], name_stems(o.entry.name)) for o in found
                        if o.entry.country]
            kin = {country for country, first, other in told if first == words[0] and len(stems & other) >= 3 and (
                stems <= other or other <= stems)}
            if len(kin) == 1:
                m = OrgMention(m.start, m.end, m.text, OrgEntry(e.name, e.acronyms, kin.pop(), e.type, e.aliases,
                                                                e.source), m.rule)
        out.append(m)
    return out


_NOT_KIN = frozenset({"Ministry", "Department", "Office", "National", "State", "Federal", "The"})


def programme_siblings(found: list[OrgMention]) -> list[OrgMention]:
    """"the CHIPS R&D Office and the CHIPS Program Office (CPO)": offices named after one programme's acronym are of
    one government; one of no country told takes its sibling's country (when the siblings tell one only)."""
    first = {}
    for m in found:
        word = m.entry.name.split()[0]
        if m.entry.country and word.isupper() and len(word) >= 2 and " " in m.entry.name:
            first.setdefault(word, set()).add(m.entry.country)
    out = []
    for m in found:
        word = m.entry.name.split()[0]
        if m.entry.country is None and m.rule != "gazetteer" and len(first.get(word, ())) == 1:
            e = m.entry
            m = OrgMention(m.start, m.end, m.text, OrgEntry(e.name, e.acronyms, next(iter(first[word])), e.type,
                                                            e.aliases, e.source), m.rule)
        out.append(m)
    return out


def one_unit_named(found: list[OrgMention]) -> list[OrgMention]:
    """"Samsung Electronics said ... Samsung has struggled": a group's bare name after its flagship firm, where the
    story names that one firm of the group only, is that firm (not beside "Hyundai Motor" and "Hyundai Rotem"; nor
    "Alibaba" beside "Alibaba Cloud", a unit of its own)."""
    out = []
    firms = sorted(o.entry.name for o in found if o.entry.type == "company")  # (a unit's name opens with its group's)
    for m in found:
        if m.entry.type == "company" and m.text == m.entry.name and _opens_one(firms, m.entry.name + " "):
            units = {o.entry.name: o.entry for o in found if o.entry.type == "company" and o.start < m.start
                     and o.entry.name.startswith(m.entry.name + " ")}
            units.update({o.entry.name: o.entry for o in found if o.entry.type == "company" and o.start > m.start
                          and o.entry.name.startswith(m.entry.name + " ") and o.entry.name not in units})
            if len(units) == 1 and _FLAGSHIP.fullmatch(next(iter(units))[len(m.entry.name) + 1:]) and any(
                    o.start < m.start and o.entry.name in units for o in found):
                m = OrgMention(m.start, m.end, m.text, next(iter(units.values())), m.rule)
        out.append(m)
    return out


def _opens_one(names: list[str], prefix: str) -> bool:
    """Whether one of ``names`` (sorted) starts with ``prefix``."""
    at = bisect.bisect_left(names, prefix)
    return at < len(names) and names[at].startswith(prefix)


_FLAGSHIP = fastre.compile(r"(?:Electronics|Motors?|Group|Holdings|Corporation|Corp\.?|Company|Co\.?|Inc\.?|Ltd\.?|"
                           r"Limited)")


def one_body_per_acronym(found: list[OrgMention]) -> list[OrgMention]:
    """"... Office of Australia (CMFO)" and later "... Office (CMFO)": one body, named without its country."""
    defined: dict[str, list[OrgEntry]] = {}
    for m in found:
        if m.rule == "definition" and m.entry.acronyms:
            defined.setdefault(m.entry.acronyms[0], []).append(m.entry)
    merged: dict[str, OrgEntry] = {}
    for entries in defined.values():
        shortest = min(entries, key=lambda e: len(e.name))
        if all(name_stems(shortest.name) <= name_stems(e.name) for e in entries):
            country = shortest.country or next((e.country for e in entries if e.country), None)
            one = OrgEntry(shortest.name, shortest.acronyms, country, shortest.type, shortest.aliases, shortest.source)
            merged.update({e.name: one for e in entries})
    return [OrgMention(m.start, m.end, m.text, merged[m.entry.name], m.rule) if m.entry.name in merged else m
            for m in found]


def same_words_as_known(found: list[OrgMention]) -> list[OrgMention]:
    """"French Agency for Development" beside the known "French Development Agency (AFD)": the same words in
    another order name the known body (of the same country, or of none told)."""
    if not any(m.entry.source != "gazetteer" and len(name_stems(m.entry.name)) >= 3 for m in found):
        return list(found)  # (no name found by the rules that could be a known one's: the known ones are not read)
    known = {name_stems(n): m.entry for m in found if m.entry.source == "gazetteer"
             for n in (m.entry.name, *m.entry.aliases) if len(name_stems(n)) >= 2}
    out = []
    for m in found:
        stems = name_stems(m.entry.name)  # (three content words at least: two say too little of which body)
        other = known.get(stems) if m.entry.source != "gazetteer" and len(stems) >= 3 else None
        if other is not None and m.entry.country in (None, other.country):
            m = OrgMention(m.start, m.end, m.text, other, m.rule)
        out.append(m)
    return out
