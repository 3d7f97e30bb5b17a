"""Government bodies that news names by a portfolio or a head word alone.

"France's economy ministry" is a ministry with its country; "the Cabinet approved" and "Parliament passed" are a
country's cabinet or parliament; "Economy Ministry", "Japan's Ministry of Economy" and "Ministry of Economy, Trade and
Industry" of one country are one organisation (``merge_ministries``, on the extraction's output).
"""

from __future__ import annotations

import re

import ahocorasick_rs

from . import fastre
from .doc import Document, OrgMention
from .lexicon import Lexicons, OrgEntry
from .orgcountry import story_home
from .orgnames import matches_at


# "France's economy ministry", "the German foreign ministry": a ministry named in lower case, with its country
_MINISTRY_PHRASE = fastre.compile(r"\b(?P<owner>[A-Z][\w-]*(?:\.[A-Z]\.?)?(?:\s+[A-Z][\w-]*){0,2})(?:['’]s)?\s+"
                              r"(?P<words>(?:(?!the\b|a\b|its\b|their\b)[a-z]+(?:\s+and\s+)?\s+){1,3})ministry\b")


_MINISTRY_WORD = fastre.scanner(r"\bministry\b")


def ministry_phrases(doc: Document, lex: Lexicons) -> list[OrgMention]:
    out = []
    starts = [m.start() for m in _MINISTRY_WORD.finditer(doc.text)]  # lower case only: cheap first look
    matches = {m.start(): m for start in starts
               for m in _MINISTRY_PHRASE.finditer(doc.text, max(0, start - 90), start + 9)}
    for match in matches.values():
        code = next((c.code for c in doc.between("countries", match.start("owner"), match.end("owner"))
                     if c.end == match.end("owner")), None)
        if code is None or doc.sentence_index(match.start()) is None:
            continue
        words = " ".join(match.group("words").split())
        name = " ".join(w if w == "and" else w.capitalize() for w in words.split()) + " Ministry"
        entry = OrgEntry(name, (), code, "ministry", source="ministry_phrase")
        out.append(OrgMention(match.start("words"), match.end(), match.group(0)[match.start("words") - match.start():],
                              entry, "ministry_phrase"))
    return out


# "the ministry of mines", "our ministry of electronics and information technology": a ministry named head first in
# lower case, its portfolio of known portfolio words
_HEAD_OF = re.compile(r"(?:ministry|department)\s+of\s")
_LOWER_MINISTRY = fastre.scanner(r"\b(?:the|our|its|their|[A-Z][\w.-]*['’]s)\s+(?P<head>ministry|department)\s+of\s+"
                                 r"(?P<words>[a-z]+(?:(?:,\s+|\s+and\s+|,\s+and\s+|\s+)[a-z]+){0,5})")


def lower_ministries(doc: Document, lex: Lexicons, portfolio: frozenset[str], country_of) -> list[OrgMention]:
    """Each "ministry of <portfolio>" in lower case, as the known ministry of that name or a ministry of the owner
    (``country_of(start, end)``), else of no country said (the story's own is given later)."""
    out = []
    if not ("ministry" in doc.text or "department" in doc.text) or not _HEAD_OF.search(doc.text):
        return _lower_plural(doc, lex, portfolio, country_of)  # (every match holds its head word and "of": most
        # stories write none in lower case)
    for m in _LOWER_MINISTRY.finditer(doc.text):
        if doc.sentence_index(m.start()) is None:
            continue
        words = list(fastre.finditer(r"[a-z]+", m.group("words")))
        kept = 0
        for i, w in enumerate(words):  # the portfolio goes on while its words are portfolio words
            if w.group(0).capitalize() in portfolio:
                kept = i + 1
            elif w.group(0) != "and":
                break
        if kept == 0:
            continue
        end = m.start("words") + words[kept - 1].end()
        start = m.start("head")
        raw = doc.text[start:end]
        name = " ".join(w if w in ("of", "and") else w.capitalize() for w in fastre.sub(r",", "", raw).split())
        name = name.replace(" And ", " and ")
        entry = lex.organizations.get(name) or OrgEntry(name, (), country_of(m.start(), end), "ministry",
                                                        source="lower_ministry")
        out.append(OrgMention(start, end, raw, entry, "lower_ministry"))  # (a name of its own, to keep)
    return out + _lower_plural(doc, lex, portfolio, country_of)


# "the ministries of justice and of social solidarity", "Kenya's ministries of health and education": a plural head
# in lower case, each portfolio of its list one ministry of the owner (or of the story)
_LOWER_PLURAL = fastre.scanner(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Bb]oth|[A-Z][\w.-]*['’]s)\s+(?:[A-Z][a-z]+\s+)?"
                               r"(?P<head>ministries|departments)\s+of\s+(?P<list>[a-z]+(?:(?:\s+|,\s+(?:and\s+)?"
                               r"(?:of\s+)?|\s+and\s+(?:of\s+)?)[a-z]+){1,11})")
_LIST_JOINT = re.compile(r",\s+(?:and\s+)?(?:of\s+)?|\s+and\s+(?:of\s+)?")
_NOT_PORTFOLIO = frozenset("will would shall can could may must to the a an is are was were has have had be been its "
                           "their his her on in for with by said says at as from that which who this these both "
                           "each".split())
_HEAD_OF_PLURAL = {"ministries": "Ministry", "departments": "Department"}


def _lower_plural(doc: Document, lex: Lexicons, portfolio: frozenset[str], country_of) -> list[OrgMention]:
    out = []
    if "ministries of" not in doc.text and "departments of" not in doc.text:
        return out
    for m in _LOWER_PLURAL.finditer(doc.text):
        if doc.sentence_index(m.start()) is None:
            continue
        pieces, at = [], m.start("list")
        for piece in _LIST_JOINT.split(m.group("list")):
            at = doc.text.index(piece, at)
            words = piece.split()
            kept = next((i for i, w in enumerate(words) if w in _NOT_PORTFOLIO), len(words))
            if kept == 0 or kept > 3 or words[0].capitalize() not in portfolio:
                break  # (each opens with a portfolio word: "of health and education will": two, then a verb)
            pieces.append((at, " ".join(words[:kept])))
            if kept < len(words):
                break
            at += len(piece)
        if len(pieces) < 2:
            continue  # a plural head names two bodies at least
        country = country_of(m.start(), m.end("head"))
        for start, piece in pieces:
            name = f"{_HEAD_OF_PLURAL[m.group('head')]} of {piece.title().replace(' And ', ' and ')}"
            out.append(OrgMention(start, start + len(piece), piece, OrgEntry(  # (of the owner or of the story,
                name, (), country, "ministry", source="lower_ministry"), "lower_ministry"))  # not the gazetteer's)
    return out


# "the Cabinet approved", "Parliament passed": a country's cabinet or parliament, named by its head word alone
_STATE_BODY = fastre.scanner(r"(?:\b[Tt]he\s+|^|\.\s+|['’]s\s+)(?P<name>(?:Union\s+|Federal\s+)?(?:Cabinet|Parliament|"
                             r"Senate|Congress|National Assembly|Bundestag|Knesset|Duma|Diet|Dewan Negara|Dewan Rakyat|"
                             r"Lok Sabha|Rajya Sabha|Majlis|Politburo|House\s+of\s+(?:Representatives|Commons|Lords|"
                             r"Councillors)|Riksdag|Storting|Sejm|Bundesrat|Folketing|Eduskunta|Verkhovna\s+Rada|"
                             r"Federation\s+Council))\b"
                             r"(?!\s+(?:of|Secretary|Office|Committee|Building|Hall|House|member))")


_STATE_WORDS = ("Cabinet", "Parliament", "Senate", "Congress", "National Assembly", "Bundestag", "Knesset", "Duma",
                "Diet", "Dewan", "Sabha", "Majlis", "Politburo", "House of", "Riksdag", "Storting", "Sejm", "Bundesrat",
                "Folketing", "Eduskunta", "Rada", "Federation Council")
_STATE_WORD_PASS = ahocorasick_rs.AhoCorasick(list(_STATE_WORDS))  # (one pass for all the words, not a find each)
# the first word of every body the pattern names: its matches are tried only before them
_STATE_HEADS = ahocorasick_rs.AhoCorasick([
    "Cabinet", "Parliament", "Senate", "Congress", "National", "Bundestag", "Knesset", "Duma", "Diet", "Dewan", "Lok",
    "Rajya", "Majlis", "Politburo", "House", "Riksdag", "Storting", "Sejm", "Bundesrat", "Folketing", "Eduskunta",
    "Verkhovna", "Federation"])


def state_body_starts(text: str) -> list[int]:
    """Every place a ``_STATE_BODY`` match can start (sorted): the name opens with one of its first words, or with
    "Union" or "Federal" and blanks before one, and the article, full stop or possessive before the name ends just
    before its blanks (or the name opens the text)."""
    out: set[int] = set()
    for _word, head, _end in _STATE_HEADS.find_matches_as_indexes(text, overlapping=True):
        names = [head]
        at = head
        while at > 0 and text[at - 1].isspace():
            at -= 1
        if at < head:
            names += [at - len(word) for word in ("Union", "Federal") if text.endswith(word, 0, at)]
        for name in names:
            if name == 0:
                out.add(0)
            at = name
            while at > 0 and text[at - 1].isspace():
                at -= 1
            if at < name:
                out.update(p for p in (at - 3, at - 2, at - 1) if p >= 0)
    return sorted(out)


# "president of the Czech senate", "the Indian parliament": a nationality's chamber in lower case
_LOWER_CHAMBER = fastre.scanner(r"\b(?P<body>senate|parliament)\b(?!\s+(?:house|building|member|speaker))")


def _lower_chambers(doc: Document) -> list[OrgMention]:
    out = []
    for match in _LOWER_CHAMBER.finditer(doc.text):
        start = match.start("body")
        nation = next((c for c in doc.between("countries", start - 30, start)
                       if c.type == "demonym" and doc.text[c.end:start] == " "), None)
        if nation is None or doc.sentence_index(start) is None:
            continue
        name = f"{nation.text} {match.group('body').capitalize()}"
        out.append(OrgMention(nation.start, match.end("body"), doc.text[nation.start:match.end("body")],
                              OrgEntry(name, (), nation.code, "legislature", source="state_body"), "state_body"))
    return out


def bodies_of_state(doc: Document, lex: Lexicons) -> list[OrgMention]:
    if not doc.countries:
        return []
    lower = _lower_chambers(doc) if "senate" in doc.text or "parliament" in doc.text else []
    if not _STATE_WORD_PASS.find_matches_as_indexes(doc.text):  # (no word of them, no body, no pattern)
        return lower
    out = []
    home = story_home(doc)
    for match in matches_at(_STATE_BODY, doc.text, state_body_starts(doc.text)):
        start = match.start("name")
        if doc.sentence_index(start) is None:
            continue
        owner = [c for c in doc.countries if c.end <= start and start - c.end <= 12 and (
            c.possessive or c.type == "demonym" or start - c.end <= 1)]  # "Japan's Cabinet", "the Indian Cabinet"
        before = [c for c in doc.countries if c.end <= start and start - c.end <= 40]
        code = owner[-1].code if owner else home or (before[-1].code if before else doc.countries[0].code)
        # (else the story's own country: "the protocol between Russia and Bangladesh. The Cabinet approved it",
        # in a story about Bangladesh, is Bangladesh's cabinet)
        name = match.group("name")
        entry = lex.organizations.get(name) or OrgEntry(name, (), code, "legislature", source="state_body")
        out.append(OrgMention(start, match.end("name"), name, entry, "state_body"))
    return out + lower


_NOT_KEY = frozenset({"ministry", "ministries", "of", "the", "and", "for", "&", "federal", "national", "state"})


# a portfolio's short form: "Ministry of IT" is the "Ministry of Information Technology and Telecommunication"
_SPELT_OUT = {"it": ("information", "technology"), "ict": ("information", "communications", "technology"),
              "ict's": ("information", "communications", "technology"), "communication": ("communications",)}


def _ministry_key(name: str, lex: Lexicons) -> frozenset[str]:
    words = fastre.findall(r"[\w’'-]+", name.replace("’s", "").replace("'s", ""))
    return frozenset(k for w in words if w.lower() not in _NOT_KEY and w not in lex.countries
                     for k in _SPELT_OUT.get(w.lower(), (w.lower(),)))


def _one_per_case(orgs: list) -> list:
    """"Europol" and later "EUROPOL", "Kwara State Govt" and "Kwara State Government": one body, whose name is
    written in capitals or abridged too (under the name written in full, not all in capitals)."""
    by_fold: dict[str, object] = {}
    merged = set()
    for o in sorted(orgs, key=lambda o: (o.name.isupper(), _ABRIDGED.search(o.name) is not None)):
        first = by_fold.setdefault(_ABRIDGED.sub("Government", o.name).casefold(), o)
        if first is not o and (o.country is None or first.country in (None, o.country)):
            first.mentions = sorted(first.mentions + o.mentions, key=lambda e: e.start)
            first.aliases += [a for a in (o.name, *o.aliases) if a not in first.aliases and a != first.name]
            first.country = first.country or o.country
            merged.add(id(o))
    return [o for o in orgs if id(o) not in merged]


_ABRIDGED = fastre.compile(r"\bGovt\b\.?")


def merge_ministries(orgs: list, lex: Lexicons) -> list:
    """One ministry however it is named: "Economy Ministry", "Japan's Ministry of Economy" and "Ministry of
    Economy, Trade and Industry" of one country are one organization, under its fullest name (and one body whatever
    the case of its name)."""
    orgs = _one_per_case(orgs)
    ministries = [o for o in orgs if "ministry" in o.name.lower()]
    merged = set()
    for short in sorted(ministries, key=lambda o: len(o.name)):
        key = _ministry_key(short.name, lex)
        if not key:
            continue
        for full in sorted(ministries, key=lambda o: -len(o.name)):
            if full is short or id(full) in merged or len(full.name) <= len(short.name):
                continue
            if key <= _ministry_key(full.name, lex) and (short.country in (None, full.country) or full.country is None):
                full.mentions = sorted(full.mentions + short.mentions, key=lambda e: e.start)
                full.aliases += [a for a in (short.name, *short.aliases) if a not in full.aliases and a != full.name]
                full.country = full.country or short.country
                merged.add(id(short))
                break
    return [o for o in orgs if id(o) not in merged]
