"""Two people named under one plural title (people.py asks for every name found after a title).

- "Presidents of Chile Ana Soto and Peru Luis Vega": each president of his own country;
- "Presidents A and B", "Foreign Ministers A of Chile and B of Argentina": each holds the title, each of the
  country told after his name;
- "Foreign Ministers A, of Mexico, and B, of Argentina": each set off by his country between commas;
- "Brazilian ministers A, Foreign Affairs, and B, Science and Technology": each set off by his portfolio, which
  completes the title ("minister of Foreign Affairs");
- "A and his U.S. and Japanese counterparts, B and C, respectively": each of his country word, in order.

Each reading gives (name, start, role, country) for both people, or None.
"""

from __future__ import annotations

from typing import Callable

from . import fastre
from .doc import Document
from .nationality import country_in
from .roletails import NOT_NAME, PORTFOLIO

_CAP = r"[A-Z\u00C0-\u00DE][\w’'-]+"  # ("Álvaro", "Ébo": Latin-1 capitals too)
_AND_NAME = fastre.compile(rf"(?P<of>\s+of\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})?)?\s+and\s+"
                           rf"(?P<name>{_CAP}(?:\s+(?:{_CAP}|van|von|der|de|da|dos|del|bin|al))*\s+{_CAP})(?=\W|$)")
_OF_PLACE = fastre.compile(rf"\s+of\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})?")  # "... B of Argentina"
_OF_THE = fastre.compile(r"\s+of\s+(?:the\s+)?")
_AND_THE = fastre.compile(r"\s+and\s+(?:of\s+)?(?:the\s+)?")
# what sets off each name: ", of Mexico," or a portfolio between commas (", Science and Technology,")
_OF_COUNTRY = rf"of\s+(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,2}}"
_PORTFOLIO = rf"{_CAP}(?:\s+(?:and|&|of|for|the)\s+{_CAP}|\s+{_CAP}){{0,4}}"
_SET_OFF_FIRST = fastre.compile(rf",\s+(?P<what>{_OF_COUNTRY}|{_PORTFOLIO}),\s+and\s+")
_SET_OFF_SECOND = fastre.compile(rf",\s+(?P<what>{_OF_COUNTRY}|{_PORTFOLIO})(?=\s*[,;.]|\s+(?:at|in|on|was|were|"
                                 rf"said|who)\b|$)")

Trim = Callable[[str], str]


def each_of_two(doc: Document, lex, name_after, trim: Trim, m) -> list[tuple[str, int, str, str]] | None:
    """"Presidents of Chile Ana Soto and Peru Luis Vega": the (name, start, role, country) of each of the two."""
    singular = m.text[:-1]
    if not m.text.endswith("s") or not (singular in lex.roles or singular.split()[-1] in lex.roles):
        return None
    at, out = m.end, []
    for joint in (_OF_THE, _AND_THE):
        gap = joint.match(doc.text, at)
        country = next((c for c in doc.between("countries", gap.end(), gap.end() + 1) if c.start == gap.end()),
                       None) if gap else None
        found = name_after.match(doc.text, country.end) if country else None
        name = trim(found.group(1)) if found else ""
        if " " not in name:
            return None
        out.append((name, found.start(1), f"{singular} of {country.text}", country.code))
        at = found.start(1) + len(name)
    return out


def _set_off(doc: Document, lex, what: str, start: int, role: str, country: str | None):
    """The role and country a name's set-off words give: "of Mexico" (the country), "Science and Technology" (a
    portfolio that completes the title), or None when they are neither."""
    if what.startswith("of "):
        told = country_in(doc, start, start + len(what))
        return (role, told) if told else None
    words = [w for w in what.split() if w[:1].isupper()]
    if not all(w in PORTFOLIO for w in words) or any(w in lex.countries for w in words):
        return None
    return f"{role} of {what}", country


def set_off_pair(doc: Document, lex, name_after, trim: Trim, name: str, start: int, role: str,
                 country: str | None) -> list[tuple[str, int, str, str | None]] | None:
    """"Foreign Ministers A, of Mexico, and B, of Argentina", "ministers A, Foreign Affairs, and B, Science and
    Technology": both people, each with the role and country his set-off words give."""
    text = doc.text
    first = _SET_OFF_FIRST.match(text, start + len(name))
    found = name_after.match(text, first.end()) if first else None
    second_name = trim(found.group(1)) if found else ""
    if len(second_name.split()) < 2 or any(w in NOT_NAME or w in lex.roles for w in second_name.split()):
        return None
    second = _SET_OFF_SECOND.match(text, found.start(1) + len(second_name))
    own = _set_off(doc, lex, first.group("what"), first.start("what"), role, country)
    theirs = _set_off(doc, lex, second.group("what"), second.start("what"), role, country) if second else None
    if own is None or theirs is None:
        return None
    return [(name, start, *own), (second_name, found.start(1), *theirs)]


def and_name(doc: Document, lex, trim: Trim, plain, name: str, start: int, role: str,
             country: str | None) -> list[tuple[str, int, str, str | None]]:
    """"Presidents A and B", "Foreign Ministers A of Chile and B of Argentina": A (with the country told after his
    name), then B when a name follows "and" (with his own country, or A's when neither has one); "Ministers A of
    Chile, B of Peru and C of Bolivia": each named with his country, the list read as far as its names go."""
    text = doc.text
    listed = _listed_with_countries(doc, lex, trim, plain, name, start, role)
    if listed:
        return listed
    second = _AND_NAME.match(text, start + len(name))
    if second and second.group("of"):  # "Foreign Ministers A of Chile and B of Argentina": A's own country
        country = country_in(doc, second.start("of"), second.end("of")) or country
    out = [(name, start, role, country)]
    if second and (plain(trim(second.group("name"))) or _joined_name(second.group("name"), lex)):
        # "Presidents A and B": B holds it too ("... and Santiago Cafiero of Argentina": a given name that is a city)
        after = _OF_PLACE.match(text, second.end("name"))
        out.append((trim(second.group("name")), second.start("name"), role,
                    country_in(doc, after.start(), after.end()) if after else None if second.group("of") else country))
    return out


# after a name and its country, the next name of a list: ", B of Peru", ", and C of Bolivia", " and C of Bolivia"
_NEXT_LISTED = fastre.compile(rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<name>{_CAP}(?:\s+(?:{_CAP}|van|von|der|de|da|dos|del|bin|"
                              rf"al))*\s+{_CAP})(?P<of>\s+of\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})?)")


def _listed_with_countries(doc: Document, lex, trim: Trim, plain, name: str, start: int,
                           role: str) -> list[tuple[str, int, str, str | None]]:
    """Three or more names under a plural title, each followed by "of <country>" and set off by commas (the last
    by "and"), as (name, start, role, country) each, as far as the names with countries go (two at least)."""
    text = doc.text
    first_of = _OF_PLACE.match(text, start + len(name))
    if first_of is None or not text.startswith(",", first_of.end()):
        return []
    out = [(name, start, role, country_in(doc, first_of.start(), first_of.end()))]
    pos = first_of.end()
    while (nxt := _NEXT_LISTED.match(text, pos)) and (plain(trim(nxt.group("name"))) or _joined_name(nxt.group("name"), lex)):
        told = country_in(doc, nxt.start("of"), nxt.end("of"))
        if told is None:
            break
        out.append((trim(nxt.group("name")), nxt.start("name"), role, told))
        pos = nxt.end()
        if "and" in text[nxt.start():nxt.start("name")]:
            break  # the list's last name
    return out if len(out) >= 2 and out[0][3] else []


def _joined_name(name: str, lex) -> bool:
    """A second name after a plural title and "and": capitalised words, the last no country, body, role or common
    word (the first may be a place: "Santiago Cafiero")."""
    tokens = name.split()
    last = tokens[-1]
    return len(tokens) >= 2 and not any(t in NOT_NAME or t in lex.roles for t in tokens) and not (
        last in lex.countries or last in lex.organizations or last.lower() in lex.sectors)


# "his U.S. and Japanese counterparts, B and C": two country words, then two names in the same order
_TWO_COUNTERPARTS = fastre.compile(rf"\b(?:his|her|their)\s+(?P<c1>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+and\s+"
                                   rf"(?P<c2>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)\s+counterparts,?\s+")


def counterparts_named(doc: Document, name_after, trim: Trim):
    """(name, start, country) of two counterparts named after two country words ("his U.S. and Japanese
    counterparts, John Miller and Kenji Sato, respectively"): each of his own country word, in order."""
    text = doc.text
    for m in _TWO_COUNTERPARTS.finditer(text) if "counterparts" in text else ():
        codes = [{c.code for c in doc.between("countries", m.start(g), m.end(g)) if c.end <= m.end(g)} for g in
                 ("c1", "c2")]
        first = name_after.match(text, m.end())
        one = trim(first.group(1)) if first else ""
        joint = fastre.match(r"\s+and\s+", text[first.start(1) + len(one):]) if " " in one else None
        second = name_after.match(text, first.start(1) + len(one) + joint.end()) if joint else None
        two = trim(second.group(1)) if second else ""
        if " " not in two or any(len(c) != 1 for c in codes) or codes[0] == codes[1]:
            continue
        yield one, first.start(1), codes[0].pop()
        yield two, second.start(1), codes[1].pop()

