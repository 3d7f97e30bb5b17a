"""The full role before a name: the capitalised (or lower-case portfolio) words before the title's head
("Foreign Affairs Minister", "EU trade chief", "White House press secretary"), and the country they or the words
around them tell. people.py reads it for every name found after a title."""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .lexicon import Lexicons, read_table
from .nationality import country_at, country_in, org_before
from .roletails import NOT_NAME as _NOT_NAME, PORTFOLIO

LOCATIVE_BEFORE = fastre.compile(r"\b(?:in|at|near)\s+$")
_LABEL_DASH = fastre.compile(r"\s*[–—:-]\s*")
# a title joined by "and" to the one before a name
# (not "the President and First Lady A": two people)
_TWO_TITLES = fastre.compile(r"(?:(?<![\w’'-])Crown\s+Prince|(?<![Tt]he\s)(?<![\w’'-])(?:Chairman|Chairwoman|Chairperson|"
                             r"President|Founder))\s+$")
_TITLE_BEFORE = fastre.compile(r"((?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)\s+$")  # "... Minister" before " of"
_HONORIFIC_LEAD = fastre.compile(r"^(?:(?:H\.\s?E\.|HE|H\.H\.|His\s+(?:Excellency|Highness)|Her\s+(?:Excellency|Highness)|Hon\.?|"
                                 r"(?:The\s+)?Honou?rable|Rt\.?\s+Hon\.?)\s+)+(?=[A-Z])")
# titles listed with commas and "and" before the last one: "Crown Prince, Deputy Supreme Commander and "
_TITLE_LIST = fastre.compile(r"(?:(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*,\s+)+(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*\s+and\s+$")
_JOINED_PREFIX = fastre.compile(r"\b(?:Vice|Co|Deputy|Acting|Under|Sub|Pro|Assistant)-$", re.IGNORECASE)
_QUALIFIERS = frozenset(row[0] for row in read_table("title_qualifiers.tsv"))
_RANKS = frozenset({"Ambassador", "Amb.", "Professor", "Prof.", "Prof"})  # a rank held with an office named before it


def role_before(doc: Document, lex: Lexicons, head_start: int, role_end: int,
                 names: list[tuple[int, int]] = ()) -> tuple[str, str | None]:
    """The full role: capitalised qualifiers before the head ("Foreign Affairs Minister"), and its country; it
    stops at the name of the person before ("... Jane Roe, Minister of Trade Kim Min-su")."""
    text = doc.text
    rank = text[head_start:role_end].strip() in _RANKS
    if rank:  # "Deputy Foreign Minister Ambassador A": the office, not the rank
        before = _TITLE_BEFORE.search(text, max(0, head_start - 40), head_start)
        titles = [r for r in lex.roles.find(before.group(1)) if r.payload.value == "title"] if before else []
        if titles and titles[-1].end == len(before.group(1)):
            first = len(titles) - 1  # (titles written one after another are one office: "Assistant Secretary General")
            while first and fastre.fullmatch(r"[\s-]", before.group(1)[titles[first - 1].end:titles[first].start]):
                first -= 1
            return role_before(doc, lex, before.start(1) + titles[first].start, before.end(1), names)
    prefix = _JOINED_PREFIX.search(text, max(0, head_start - 10), head_start)
    start = prefix.start() if prefix else head_start  # "Vice-Chancellor", "Co-Chair": one title
    country, two_offices = None, False  # (two_offices: an "and" after a portfolio word was passed)
    lower_head = text[head_start:head_start + 1].islower()  # "EU trade chief", "its foreign minister"
    while True:
        word = fastre.search(r"([A-Z][\w’'&-]*,?|and|&|[a-z][\w-]*)\s+$", text[max(0, start - 40):start])
        if not word:
            country = _stopped_country(doc, start)  # "U.S. Deputy Secretary of Energy": its stops end no word
            break
        candidate_start = start - len(word.group(0))
        if any(s <= candidate_start < e for s, e in names[-3:]):
            break
        token = word.group(1).rstrip(",").strip("’'")
        if word.group(1).endswith(",") and token not in PORTFOLIO:
            break  # "Ali Hassan, Deputy Governor, Sara Lee": the title after a comma is the name before's
        if token in ("of", "for") and two_offices:  # "Minister of Energy and Acting Minister of Media A": two
            first = _TITLE_BEFORE.search(text, max(0, candidate_start - 30), candidate_start)  # offices
            head = next((r for r in lex.roles.find(first.group(1)) if r.payload.value == "title" and
                         r.end == len(first.group(1))), None) if first else None
            if head:
                start, two_offices = first.start(1) + head.start, False
                continue
        if token[:1].islower() and token not in ("and", "&"):
            if lower_head and (token.capitalize() in PORTFOLIO or token in _QUALIFIERS):  # ("press secretary")
                start = candidate_start  # a lower-case portfolio before a lower-case title: "trade chief"
                continue
            break
        if token in ("and", "&") and rank:
            break  # "..., and Prof. A, President of B": a rank joins no portfolio before it
        if token in ("and", "&"):  # "Trade and Industry Minister", not "Shavkat Mirziyoyev and President"
            joined = fastre.search(r"([\w’'-]+),?\s+$", text[max(0, candidate_start - 40):candidate_start])
            two = _TWO_TITLES.search(text, max(0, candidate_start - 40), candidate_start)
            if two:  # "Crown Prince and Prime Minister A", "Chairman and CEO A": two titles he holds
                start = two.start()
                break
            if not joined or joined.group(1) not in PORTFOLIO:
                break
            two_offices = True  # (a portfolio before: its title may come before "of")
        code = country_at(doc, candidate_start)
        org = next((o for o in doc.between("organizations", candidate_start - 120, candidate_start + 1)
                    if candidate_start < o.end), None)
        if code or org or token in _NOT_NAME and token not in PORTFOLIO and token not in (
                "Science", "Technology", "Innovation", "Trade", "Industry", "Energy", "Foreign", "Affairs", "Commerce",
                "National", "Security", "Vice", "Executive", "Senior", "Deputy"):
            if code:
                country = code
            elif org:
                country = org.entry.country
            break
        start = candidate_start
    listed = _TITLE_LIST.search(text, max(0, start - 150), start) if text[max(0, start - 150):start].rstrip().endswith(
        "and") else None  # (its match ends in "and" and blanks: the pattern runs only where the text does)
    if listed and all(_ends_in_title(piece, lex) for piece in fastre.split(r",\s+|\s+and\s+", listed.group(0))
                      if piece):  # "Crown Prince, Deputy Supreme Commander and First Deputy Prime Minister A": all his
        start = listed.start()
        country = country or next((c.code for c in doc.between("countries", start - 40, start) if c.end <= start and
                                   fastre.fullmatch(r"(?:['’]s?)?\s+", text[c.end:start])), None)
    role = _HONORIFIC_LEAD.sub("", text[start:role_end].strip(" ,"))  # ("HE Minister of State": the role is the office)
    place = fastre.match(r"[^,]+,\s+", role)
    if place and LOCATIVE_BEFORE.search(text, max(0, start - 12), start):
        role = role[place.end():]  # "the signing in Hai Phong, Deputy Minister ...": a place, not the role
    if country is None:  # "President of Uzbekistan Shavkat Mirziyoyev": the country in the role's own tail
        country = country_in(doc, head_start, role_end)
    if country is None:  # "a Kenyan team led by ICT chief A", "a delegation from Chile headed by Minister B"
        country = _delegation_of(doc, start)
    if country is None:
        country = country_in(doc, role_end, min(len(text), role_end + 60), after_name=True)
    if country is None:  # "Huawei Board of Directors Chairman", "Microsoft Asia Head of Public Sector": the firm's
        country = org_before(doc, start)
    if country is None:  # "The Mexican Space Agency (AEM), through its director general A": the body's country
        country = _through_its(doc, start)
    if country is None:  # "Colombia's leading presidential candidate"
        owner = next((c for c in doc.between("countries", start - 60, start) if c.possessive and c.end < start and
                      fastre.fullmatch(r"['’]s?(?:\s+[a-z][\w-]*){0,2}\s+", text[c.end:start])), None)
        country = owner.code if owner else None
    if country is None:  # "Chile – Energy Minister Rosa Vidal;": a list of officials labelled by country
        label = next((c for c in doc.between("countries", start - 45, start) if _LABEL_DASH.fullmatch(text, c.end, start)),
                     None)
        country = label.code if label else None
    return role, country


# "... delegation led by ", "... team from Chile, headed by ": a party's group and the titled person at its head
_LED_BY = fastre.compile(r"\b(?:[Dd]elegation|[Tt]eam|[Mm]ission|[Cc]ontingent|[Ss]ide)s?(?P<from>\s+(?:from|of)\s+(?:the\s+)?"
                         r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})?,?\s+(?:(?:which|that|who)\s+)?(?:(?:was|were|is|are)\s+)?"
                         r"(?:led|headed|chaired)\s+by\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:H\.?E\.?\s+)?$")
LED_BY_WORDS = ("led", "headed", "chaired")  # in every match of _LED_BY: its gate
_BEFORE_GROUP = fastre.compile(r"(?:['’]s?)?(?:,?\s+(?:high-level|high-powered|senior|official|government|ministerial|"
                               r"business|trade|technical|joint|large|visiting|\d+-member|[a-z]+-strong|and|&|"
                               r"[a-z]{3,}(?:al|ic|ary|ive|ment)))*\s+")  # ("political and economic", "academic, technical")


def _delegation_of(doc: Document, start: int) -> str | None:
    """The country of the delegation, team or mission a titled person leads: its country word before the group's noun
    ("the visiting Saudi delegation, headed by"), or after "from"/"of" ("a team from Ghana led by")."""
    led = _LED_BY.search(doc.text, max(0, start - 110), start) if doc.holds(LED_BY_WORDS, max(0, start - 110), start) \
        else None
    if led is None:
        return None
    if led.group("from"):
        told = [c for c in doc.between("countries", led.start("from"), led.end("from")) if not c.locative]
        return told[0].code if len(told) == 1 else None
    return next((c.code for c in doc.between("countries", led.start() - 60, led.start()) if c.end <= led.start() and
                 _BEFORE_GROUP.fullmatch(doc.text, c.end, led.start())), None)


# "<body>, through its director general ": a body acting through its officer, named right before his title
_THROUGH_ITS = fastre.compile(r",?\s+(?:acting\s+)?through\s+(?:its|their)\s+$")


def _through_its(doc: Document, start: int) -> str | None:
    """The country of the body a title's holder acts for, told in the clause before "through its" (a known body or a
    country word: "Chile's mining agency, through its executive director A")."""
    text = doc.text
    through = _THROUGH_ITS.search(text, max(0, start - 30), start)
    if through is None:
        return None
    clause = max(text.rfind(stop, max(0, through.start() - 120), through.start()) for stop in (". ", ";", ",", "\n")) + 1
    org = next((o for o in reversed(doc.between("organizations", clause, through.start())) if o.entry.country and
                clause <= o.start), None)
    return org.entry.country if org else country_in(doc, clause, through.start())


def _stopped_country(doc: Document, start: int) -> str | None:
    """A country written with stops ("U.S.", "U.K.") right before the role's first word: the country it serves."""
    return next((c.code for c in doc.between("countries", start - 12, start) if c.end < start and not c.locative and
                 doc.text[c.end - 1] == "." and not doc.text[c.end:start].strip()), None)


def _ends_in_title(piece: str, lex: Lexicons) -> bool:
    """Whether a capitalised piece of a list is a title ("Crown Prince", "Deputy Supreme Commander")."""
    return any(r.payload.value == "title" and r.end == len(piece) for r in lex.roles.find(piece))

