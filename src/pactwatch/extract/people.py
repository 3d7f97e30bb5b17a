"""People with their role and country.

News names a person in a handful of ways, each a rule here:

- ``title``: a role or honorific before the name ("U.S. Commerce Secretary
  Gina Raimondo", "Minister of Science and ICT Lee Jong Ho", "Dr Anya Sharma");
- ``apposition``: the role after the name, between commas ("Ryu Jin,
  chairman of FKI, said");
- ``attribution``: a name that speaks ("said Kim Chang-wook");
- ``known``: an office holder from ``data/people.tsv`` ("Xi Jinping", "Trump").

Later surname-only mentions ("Mr Lee", "Meloni said", "Director Cho") are
linked back to the full name they shorten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Evidence, Person
from .doc import Document, PersonMention
from .lexicon import Lexicons

_TOKEN = r"(?:[A-Z][a-z]+(?:[-’'][A-Za-z][a-z]+)?|[A-Z][a-z]*-[A-Z][a-z]+|[A-Z]\.)"
_PARTICLE = r"(?:von der|von|van der|van|de|da|bin|al|le)"
_NAME = re.compile(rf"{_TOKEN}(?:\s+(?:{_PARTICLE}\s+)?{_TOKEN}){{0,3}}")
_ROLE_TAIL = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*|ICT)(?:(?:,\s+|\s+and\s+|\s+&\s+|\s+)"
                        r"(?:[A-Z][\w’'&-]*|ICT))*")
_APPOSITION = re.compile(
    r",\s+((?:(?:a|an|the)\s+)?(?:[\w’'.&-]+\s+){0,4}?"
    r"(?:[Pp]resident|[Mm]inister|[Ss]ecretary|[Aa]dvis[eo]r|[Dd]irector|[Cc]hair(?:man|woman|person)?|[Hh]ead|"
    r"[Ff]ellow|[Aa]nalyst|[Pp]rofessor|CEO|[Cc]hief|[Ff]ounder|[Pp]artner|[Ss]pokes(?:man|woman|person)|"
    r"[Aa]mbassador|[Ee]conomist|[Rr]esearcher|[Cc]ommissioner|[Gg]overnor|[Ee]nvoy|[Oo]fficial|[Ll]eader|"
    r"[Ee]xecutive|[Mm]anager|[Ss]cientist|[Dd]ean|[Ee]xpert)\b[^,.;:\"“”]{0,120}?)(?=,|\.|;|\s+said\b|$)"
)
_SAID = re.compile(rf"\b(?:said|says|added|noted|according to)\s+({_NAME.pattern})")
_SAID_AFTER = re.compile(r"\s+(?:said|says|added|noted|told)\b")
_NAME_AT_END = re.compile(rf"(?<![\w’'.-])({_NAME.pattern})$")
_NOT_NAME = frozenset(
    """The A An This That These Those It Its In On At By For From With And But Or As Also If When While
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Korea Korean Summit Forum Dialogue Ministry Office Agency
    President Minister Secretary Chairman Chair Director Vice Prime Advisor Adviser Science Technology
    Innovation AI Trade Industry Energy Industries Association Institute University National Security Foreign
    Affairs Commerce Global Council State Federation Group Deal MOU Framework Accord Partnership Alliance
    Seoul Washington Tokyo Beijing London Rome Singapore Brussels Yonhap News Government Republic United
    Kingdom States Under Earlier Later Meanwhile However Moreover Furthermore Visiting Speaking Today
    Royal Duchess Duke Prince Princess Camp Blue House Bank Chamber Commission Department Asia Europe Pacific
    Meeting Conference Center Centre Semiconductor Digital Quantum Space Economic Research Development
    Industrial Cooperation Joint Both Two Three Several Many Tech Bilateral Key Next Strategic Senior Executive""".split()
)


@dataclass
class _Draft:
    name: str
    role: str | None
    country: str | None
    rule: str
    mentions: list[Evidence] = field(default_factory=list)


def find_people(doc: Document, lex: Lexicons) -> list[Person]:
    text = doc.text
    drafts: dict[str, _Draft] = {}
    singles: list[tuple[str, int, int, str | None, str | None, str]] = []

    def add(name: str, start: int, role: str | None, country: str | None, rule: str) -> None:
        name = name.strip()
        tokens = name.split()
        if not tokens or any(t in _NOT_NAME for t in tokens) or name in lex.countries or name in lex.organizations:
            return
        if doc.sentence_index(start) is None:
            return
        if len(tokens) == 1:
            singles.append((name, start, start + len(name), role, country, rule))
            return
        key = _key(name)
        draft = drafts.get(key)
        if draft is None:
            known = lex.people.get(name)
            if known is not None:
                role = role or known.surface
                country = country or (None if known.extra in ("", "-") else known.extra)
            drafts[key] = draft = _Draft(name, role, country, rule)
        else:
            draft.role = draft.role or role
            draft.country = draft.country or country
        draft.mentions.append(Evidence(start, start + len(name), name))

    for m in lex.roles.find(text):
        after = _ROLE_TAIL.match(text, m.end) if m.payload.value == "title" else None
        role_end = after.end() if after else m.end
        name_match = re.compile(r"\s+(" + _NAME.pattern + ")").match(text, role_end)
        if after and not name_match:  # "Minister of Trade, Industry and Energy Bang Moon-kyu": tail took the name
            role_end, name_match = _split_tail_name(text, m.end, after.end(), lex)
        if not name_match:
            continue
        name = _trim_name(name_match.group(1), lex)
        if not name:
            continue
        if m.payload.value == "honorific":
            add(name, name_match.start(1), None, None, "honorific")
            continue
        role, country = _role_before(doc, lex, m.start, role_end)
        add(name, name_match.start(1), role, country, "title")

    for comma in re.finditer(",", text):
        tail = _APPOSITION.match(text, comma.start())
        found = _name_ending_at(text, comma.start(), lex) if tail else None
        if found is None:
            continue
        start, name = found
        if _looks_like_person(name, lex, drafts):
            role = tail.group(1).strip()
            role = re.sub(r"^(?:a|an|the)\s+", "", role)
            add(name, start, role, _country_in(doc, tail.start(1), tail.end(1)), "apposition")
    for match in _SAID.finditer(text):
        name = _trim_name(match.group(1), lex)
        if name and " " in name and _looks_like_person(name, lex, drafts):
            add(name, match.start(1) + match.group(1).index(name), None, None, "attribution")
    for match in _SAID_AFTER.finditer(text):
        found = _name_ending_at(text, match.start(), lex)
        if found is not None and _looks_like_person(found[1], lex, drafts):
            add(found[1], found[0], None, None, "attribution")
    for m in lex.people.find(text):
        if len(m.text.split()) > 1:
            add(m.text, m.start, m.payload.surface, None if m.payload.extra in ("", "-") else m.payload.extra, "known")
        else:
            singles.append((m.text, m.start, m.end, m.payload.surface,
                            None if m.payload.extra in ("", "-") else m.payload.extra, "known"))

    for name, start, end, role, country, rule in singles:
        target = _expand(name, drafts)
        if target is not None:
            target.mentions.append(Evidence(start, end, name))
            target.role = target.role or role
            target.country = target.country or country
        elif rule in ("title", "known"):
            drafts.setdefault(_key(name), _Draft(name, role, country, rule)).mentions.append(Evidence(start, end, name))

    people = []
    for draft in drafts.values():
        draft.mentions.sort(key=lambda e: e.start)
        people.append(Person(draft.name, draft.role, draft.country, draft.mentions, draft.rule))
        doc.people += [PersonMention(e.start, e.end, e.text, draft.name, draft.role, draft.country, draft.rule)
                       for e in draft.mentions]
    people.sort(key=lambda p: p.mentions[0].start)
    return people


def _name_ending_at(text: str, end: int, lex: Lexicons) -> tuple[int, str] | None:
    """The multi-word name that ends right at ``end`` ("... said Kim Chang-wook, ..."), with its start."""
    window_start = max(0, end - 70)
    match = _NAME_AT_END.search(text, window_start, end)
    if match is None:
        return None
    tokens = list(re.finditer(r"\S+", match.group(1)))
    for token in tokens[:-1]:  # drop leading words that are not names ("Visiting", "Director")
        start = match.start(1) + token.start()
        candidate = text[start:match.end(1)]
        if _trim_name(candidate, lex) == candidate:
            return start, candidate
    return None


def _key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def _trim_name(raw: str, lex: Lexicons) -> str:
    """The longest prefix of ``raw`` made of name tokens (stops at a country, an organisation, a common word)."""
    end = 0
    tokens = list(re.finditer(r"\S+", raw))
    kept = []
    for token in tokens:
        word = token.group(0)
        if word in _NOT_NAME or word in lex.countries or word in lex.organizations:
            break
        kept.append(token)
    while kept and len(kept[-1].group(0)) <= 2 and kept[-1].group(0).endswith("."):  # a trailing initial
        kept.pop()
    if kept:
        end = kept[-1].end()
    name = raw[:end]
    return name if "\n" not in name else ""


def _split_tail_name(text: str, head_end: int, tail_end: int, lex: Lexicons):
    """The role tail swallowed the name: give its last capitalised words back to the name."""
    words = list(re.finditer(r"\S+", text[head_end:tail_end]))
    for i, word in enumerate(words):
        token = word.group(0).strip(",")
        prev = words[i - 1].group(0) if i else ""
        if i >= 2 and (token in lex.surnames or token in lex.given_names) and prev not in ("and", "&", "of", "for", "the"):
            cut = head_end + word.start()
            return cut, re.compile(r"\s*(" + _NAME.pattern + ")").match(text, cut)
    return tail_end, None


def _role_before(doc: Document, lex: Lexicons, head_start: int, role_end: int) -> tuple[str, str | None]:
    """The full role: capitalised qualifiers before the head ("Foreign Affairs Minister"), and its country."""
    text = doc.text
    start = head_start
    country = None
    while True:
        word = re.search(r"([A-Z][\w’'&-]*,?|and|&)\s+$", text[max(0, start - 40):start])
        if not word:
            break
        candidate_start = start - len(word.group(0))
        token = word.group(1).rstrip(",")
        code = _country_at(doc, candidate_start)
        org = next((o for o in doc.organizations if o.start <= candidate_start < o.end), None)
        if code or org or token in _NOT_NAME and token not in ("Science", "Technology", "Innovation", "Trade",
                                                               "Industry", "Energy", "Foreign", "Affairs",
                                                               "Commerce", "National", "Security", "Vice",
                                                               "Executive", "Senior"):
            if code:
                country = code
            elif org:
                country = org.entry.country
            break
        start = candidate_start
    role = text[start:role_end].strip(" ,")
    if country is None:
        country = _country_in(doc, role_end, min(len(text), role_end + 60), after_name=True)
    return role, country


def _country_at(doc: Document, offset: int) -> str | None:
    for c in doc.countries:
        if c.start <= offset < c.end:
            return c.code
    return None


def _country_in(doc: Document, start: int, end: int, after_name: bool = False) -> str | None:
    if after_name:  # "President Donald Trump of the United States"
        segment = doc.text[start:end]
        of = re.search(r"^\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+of\s+(?:the\s+)?", segment)
        if not of:
            return None
        start, end = start + of.end(), start + of.end() + 20
    for c in doc.countries:
        if start <= c.start < end and not c.locative:
            return c.code
    for o in doc.organizations:
        if start <= o.start < end and o.entry.country:
            return o.entry.country
    return None


def _looks_like_person(name: str, lex: Lexicons, drafts: dict) -> bool:
    tokens = name.split()
    if len(tokens) > 4 or _key(name) in drafts:
        return _key(name) in drafts
    if tokens[0] in lex.given_names or name in lex.people:
        return True
    if tokens[0] in lex.surnames and len(tokens) <= 3:  # "Kim Chang-wook", "Lee Jong Ho"
        return True
    return False


def _expand(single: str, drafts: dict[str, _Draft]) -> _Draft | None:
    """The full name a surname-only mention shortens ("Lee" -> "Lee Jae-myung")."""
    best = None
    for draft in drafts.values():
        tokens = [t for part in draft.name.split() for t in part.split("-")]
        if single in draft.name.split() or single in tokens:
            if best is None:
                best = draft
    return best
