"""Lexicons shipped as package data and the Aho-Corasick matcher over them.

Every lexicon is a tab-separated file in ``pactwatch/extract/data``. A
:class:`Gazetteer` maps surface strings to payloads and finds them in a text
in one pass (ahocorasick-rs, Rust's aho-corasick crate), keeping whole-word, leftmost-longest matches.
:class:`Lexicons` loads all of them; every :class:`~pactwatch.extract.Extractor` of a process reads
the one instance :meth:`Lexicons.shared` loads, and what components build from it is kept in its
``derived`` (built once a process, whatever the extractors' options).
"""

from __future__ import annotations

import functools
import re

from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources
from datetime import date
from typing import Any, Generic, TypeVar

import ahocorasick_rs

from . import fastre
from .orgstyles import capital_tail


P = TypeVar("P")


def read_table(name: str) -> Iterator[list[str]]:
    """Rows of a tab-separated data file, comments and blank lines skipped."""
    source = resources.files("pactwatch.extract") / "data" / name
    for raw in source.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        yield [cell.strip() for cell in raw.split("\t")]


@dataclass(slots=True, unsafe_hash=True)  # not frozen: instances are made by the thousand, and frozen ones are slow to make
class Match(Generic[P]):
    start: int
    end: int
    text: str
    payload: P


NO_SECTOR = "-"  # sectors.tsv: a field's word inside the name of an area outside the list ("nuclear-powered")

class Gazetteer(Generic[P]):
    """Whole-word dictionary matcher.

    ``fold=True`` matches case-insensitively (the text is lower-cased, which
    keeps offsets for the scripts news is written in).
    """

    def __init__(self, entries: dict[str, P] | None = None, *, fold: bool = False):
        self.fold = fold
        self._entries: dict[str, P] = {}
        for surface, payload in (entries or {}).items():
            self.add(surface, payload)
        self._automaton: Any = None
        self._keys: list[str] = []
        self._slot: int | None = None  # in the shared pass over whole documents (see :meth:`share`)

    def add(self, surface: str, payload: P) -> None:
        key = surface.lower() if self.fold else surface
        if key and key not in self._entries:
            self._entries[key] = payload
            self._automaton = None
            self._slot = None  # (a gazetteer that grows reads texts alone again)

    def __contains__(self, surface: str) -> bool:
        return (surface.lower() if self.fold else surface) in self._entries

    def get(self, surface: str) -> P | None:
        return self._entries.get(surface.lower() if self.fold else surface)

    def __len__(self) -> int:
        return len(self._entries)

    def items(self) -> list[tuple[str, P]]:
        """Every (surface, payload) pair (surfaces lower-cased when the gazetteer folds case)."""
        return list(self._entries.items())

    def _build(self) -> Any:
        self._keys = list(self._entries)
        self._automaton = ahocorasick_rs.AhoCorasick(  # every match, overlapping: filtered below (a compact automaton:
            # the organisations' as a DFA takes 19 MB, and a lookup in a short text that misses the caches is slow)
            self._keys, implementation=ahocorasick_rs.Implementation.ContiguousNFA)
        return self._automaton

    def share(self) -> None:
        """Read long texts in the shared pass (:class:`fastre.SharedPass`) with the others that read them."""
        if self._automaton is None:
            self._build()  # (its keys listed in the order of its automaton)
        self._slot = fastre.SHARED[self.fold].join(self._keys)

    def find(self, text: str, haystack: str | None = None) -> list[Match[P]]:
        """Leftmost-longest whole-word matches, not overlapping.

        ``haystack`` is ``text`` already lower-cased, for callers that match
        several folded gazetteers against one text.
        """
        if not self._entries:
            return []
        automaton = self._automaton or self._build()
        if self.fold:
            haystack = haystack if haystack is not None and len(haystack) == len(text) else _folded(text)
        else:
            haystack = text
        found = []
        size = len(text)
        keys = self._keys
        if self._slot is not None and size >= _SHARED_FROM:
            hits, keys = fastre.SHARED[self.fold].matches(self._slot, haystack)  # (indexes into the pass's words)
        else:
            hits = automaton.find_matches_as_indexes(haystack, overlapping=True)
            if not hits:
                return []  # (most short texts asked about hold none)
        for index, start, end in hits:
            if start > 0:  # hot loop: the word-boundary test inlined
                before = text[start - 1]
                if before.isalnum() or before == "_":
                    continue
            if end < size:
                after = text[end]
                if after.isalnum() or after == "_":
                    continue
            found.append((start, -end, keys[index]))
        return _leftmost_longest(text, found, self._entries)


_SHARED_FROM = 500  # texts this long are read once for all the gazetteers of a shared pass


_OCCURRENCES: dict[tuple[str, ...], Any] = {}  # automata of the word lists asked about (a few, made once)


def occurrences(text: str, words: tuple[str, ...], shared: bool = False) -> list[int]:
    """Sorted offsets of every occurrence of every one of ``words`` in ``text``, overlapping ones too (what
    ``str.find`` from each offset + 1 finds, word by word), in one Aho-Corasick pass; ``shared``: a long text is
    a document lower-cased, read in the shared pass over it (for a few word lists, asked about every document)."""
    automaton = _OCCURRENCES.get(words)
    if automaton is None:
        if len(set(words)) < len(words) or "" in words:
            raise ValueError("occurrences: words must be distinct and not empty")
        automaton = _OCCURRENCES[words] = ahocorasick_rs.AhoCorasick(
            list(words), implementation=ahocorasick_rs.Implementation.DFA)
    if shared and len(text) >= _SHARED_FROM:
        hits = fastre.SHARED[True].matches(fastre.folded_slot(words), text)[0]
    else:
        hits = automaton.find_matches_as_indexes(text, overlapping=True)
    return sorted(start for _index, start, _end in hits)


def _leftmost_longest(text: str, found: list[tuple[int, int, str]], entries: dict[str, P]) -> list[Match[P]]:
    """Matches from (start, -end, key) triples: the leftmost, then longest, none overlapping."""
    found.sort()
    out: list[Match[P]] = []
    last_end = -1
    for start, neg_end, key in found:
        if start >= last_end:
            out.append(Match(start, -neg_end, text[start:-neg_end], entries[key]))
            last_end = -neg_end
    return out


def _folded(text: str) -> str:
    """``text`` lower-cased character by character, so that offsets stay."""
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(frozen=True, slots=True)
class CountryEntry:
    code: str
    type: str  # name | alias | demonym | capital | prefix | bloc
    flags: frozenset[str] = frozenset()

    @property
    def is_bloc(self) -> bool:
        return not (len(self.code) == 3 and self.code.isalpha() and self.code.isupper()) or self.type == "bloc"


@dataclass(frozen=True, slots=True)
class OrgEntry:
    name: str
    acronyms: tuple[str, ...]
    country: str | None
    type: str
    aliases: tuple[str, ...] = ()
    source: str = "gazetteer"


@dataclass(frozen=True, slots=True)
class Term:
    """A vocabulary entry: a sector, an instrument kind, a role..."""

    value: str
    surface: str
    extra: str = ""


# instrument kinds that are texts (signed, exchanged), not relationships or bodies (data/instruments.tsv)
DOCUMENT_KINDS = frozenset({"agreement", "mou", "trade_agreement", "joint_statement", "action_plan", "framework"})

# the blocs GUIDELINES names, and the groupings of data/groupings.tsv (which stand for their members)
BLOCS = frozenset({"EU", "ASEAN", "APEC", "OECD", "UN", "G7", "G20", "NATO", "CPTPP", "GCC", "AU"}) | frozenset(
    row[0] for row in read_table("groupings.tsv"))


@dataclass
class Lexicons:
    countries: Gazetteer[CountryEntry] = field(default_factory=Gazetteer)
    organizations: Gazetteer[OrgEntry] = field(default_factory=Gazetteer)
    sectors: Gazetteer[Term] = field(default_factory=lambda: Gazetteer(fold=True))
    instruments: Gazetteer[Term] = field(default_factory=lambda: Gazetteer(fold=True))
    roles: Gazetteer[Term] = field(default_factory=Gazetteer)
    people: Gazetteer[Term] = field(default_factory=Gazetteer)
    given_names: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()  # "bin", "Al", "da", "von der": words inside a person's name
    country_names: dict[str, str] = field(default_factory=dict)  # code -> preferred name
    cues: dict[str, re.Pattern[str]] = field(default_factory=dict)  # cue name -> pattern (data/cues.tsv)
    status_cues: Gazetteer[Term] = field(default_factory=lambda: Gazetteer(fold=True))  # data/status_cues.tsv
    object_cues: set[str] = field(default_factory=set)  # status cues that tell only of their object (status_cues.tsv)
    verbs: dict[str, Term] = field(default_factory=dict)  # any form -> (class, lemma): data/commitment_verbs.tsv
    derived: dict[str, Any] = field(default_factory=dict)  # patterns components build from these lexicons, once
    groupings: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # code -> (member, since)
    trade_pacts: set[str] = field(default_factory=set)  # blocs countries join as a trade pact (flag trade_pact)
    bloc_members: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # data/bloc_members.tsv

    def members(self, code: str, on: "date | None" = None) -> list[str]:
        """The members a grouping stands for on a day (data/groupings.tsv); a plain party stands for itself."""
        if code not in self.groupings:
            return [code]
        day = on.isoformat() if on else "9999"
        return [member for member, since in self.groupings[code] if since <= day]

    def bloc_members_on(self, bloc: str, on: "date | None" = None) -> set[str]:
        """The members a bloc had on a day (data/bloc_members.tsv); none for anything else."""
        day = on.isoformat() if on else "9999"
        return {m for m, since in self.bloc_members.get(bloc, ()) if since <= day}

    def own_bloc(self, codes, on: "date | None" = None) -> list[str]:
        """Parties that are a bloc and only its own members are the bloc's own (``["ASEAN", "IDN"]`` is ASEAN)."""
        for bloc in codes:
            members = self.bloc_members_on(bloc, on)
            if members and len(codes) > 1 and all(c == bloc or c in members for c in codes):
                return [bloc]
        return list(codes)

    def whole_bloc(self, codes, on: "date | None", named: set[str]) -> list[str]:
        """Parties that are every member of a bloc the story names, and only those, are that bloc ("the seven members
        - the United States, Canada, ... - said in a joint statement", in a story of the G7)."""
        for bloc in sorted(named & set(self.bloc_members)):
            members = self.bloc_members_on(bloc, on)
            if len(members) >= 3 and set(codes) == members:
                return [bloc]
        return list(codes)

    def without_members(self, codes: set[str], on: "date | None" = None) -> set[str]:
        """Parties less the members of a bloc among them ("the 10 members of ASEAN (Brunei, ...), and China": ASEAN
        and China; the bloc stands for its members)."""
        return codes - {m for bloc in codes for m in self.bloc_members_on(bloc, on)}

    def member_set(self, codes, on: "date | None" = None) -> set[str]:
        """The countries some parties stand for on a day: each grouping by its members (the Quad: its four)."""
        return {member for code in codes for member in self.members(code, on)}

    @classmethod
    @functools.cache
    def shared(cls) -> "Lexicons":
        """The lexicons of this process, loaded once: every extractor reads the same (they change only in ``derived``,
        which caches what components build from them), so a second extractor, with other options, builds nothing."""
        return cls.load()

    @classmethod
    def load(cls) -> "Lexicons":
        lex = cls()
        for row in read_table("countries.tsv"):
            code, kind, surface = row[0], row[1], row[2]
            flags = frozenset(f for f in (row[3].split(",") if len(row) > 3 else []) if f)
            lex.countries.add(surface, CountryEntry(code, kind, flags))
            if "trade_pact" in flags:
                lex.trade_pacts.add(code)
            if kind in ("name", "bloc") and len(surface) < len(lex.country_names.get(code, surface + "_")):
                lex.country_names[code] = surface  # the shortest name reads best: "Germany", "South Korea"
        styled: list[tuple[str, OrgEntry]] = []
        for row in read_table("organizations.tsv"):
            row += [""] * (5 - len(row))
            name, acronyms, country, kind, aliases = row[:5]
            entry = OrgEntry(
                name=name,
                acronyms=tuple(a for a in acronyms.split("|") if a),
                country=None if country in ("", "-") else country,
                type=kind,
                aliases=tuple(a for a in aliases.split("|") if a),
            )
            for surface in (name, *entry.acronyms, *entry.aliases):
                lex.organizations.add(surface, entry)
            styled += [(v, entry) for v in map(capital_tail, (name, *entry.aliases)) if v and kind == "company"]
        for surface, entry in styled:  # "Hyundai MOBIS": a firm's own styling of its name (orgstyles.py)
            if lex.organizations.get(surface) is None:
                lex.organizations.add(surface, entry)
        for table, into in (("groupings.tsv", lex.groupings), ("bloc_members.tsv", lex.bloc_members)):
            for row in read_table(table):
                into[row[0]] = tuple((m.split("@")[0], m.split("@")[1] if "@" in m else "") for m in row[1].split(","))
        for row in read_table("news_agencies.tsv"):
            row += [""] * (3 - len(row))
            entry = OrgEntry(name=row[0], acronyms=tuple(a for a in row[1].split("|") if a),
                             country=row[2] or None, type="media")
            for surface in (entry.name, *entry.acronyms):
                if lex.organizations.get(surface) is None:
                    lex.organizations.add(surface, entry)
        for row in read_table("sectors.tsv"):
            lex.sectors.add(row[1], Term(row[0], row[1]))
        for row in read_table("instruments.tsv"):
            term = Term(row[0], row[1], row[2] if len(row) > 2 else "")
            lex.instruments.add(row[1], term)
            plural = _plural(row[1])  # "pact" -> "pacts", "treaty" -> "treaties", "joint statement" -> "... statements"
            if plural and lex.instruments.get(plural) is None and (term.extra == "strong" or row[1] in _PLURAL_TOO):
                lex.instruments.add(plural, Term(term.value, plural, term.extra))
        for row in read_table("roles.tsv"):
            term = Term(row[1] if len(row) > 1 and row[1] else row[0], row[0])
            lex.roles.add(row[0], term)
            if term.value == "title" and row[0][:1].isupper() and not row[0].isupper():
                lex.roles.add(row[0].lower(), Term(term.value, row[0].lower()))  # "foreign minister Penny Wong"
        parts: dict[str, set[str]] = {"given": set(), "surname": set(), "particle": set()}
        for row in read_table("names.tsv"):
            parts[row[0]].add(row[1])
        lex.given_names, lex.surnames = frozenset(parts["given"]), frozenset(parts["surname"])
        lex.name_particles = frozenset(parts["particle"])
        for row in read_table("people.tsv"):
            name, role, country = row[0], row[1], row[2]
            aliases = row[3].split("|") if len(row) > 3 and row[3] else []
            for surface in (name, *aliases):
                lex.people.add(surface, Term(name, role, country))
        cues: dict[str, list[str]] = {}
        for row in read_table("cues.tsv"):
            cues.setdefault(row[0], []).append(row[1])
        lex.cues = {name: fastre.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)
                    for name, parts in cues.items()}
        for row in read_table("status_cues.tsv"):
            lex.status_cues.add(row[1], Term(row[0], row[1], row[2] if len(row) > 2 else ""))
            if len(row) > 2 and row[2] == "object":
                lex.object_cues.add(row[1].lower())
        for row in read_table("commitment_verbs.tsv"):
            term = Term(row[0], row[1])
            irregular = [f.strip() for f in row[2].split(",")] if len(row) > 2 and row[2] else []
            for form in (*verb_forms(row[1]), *irregular):
                lex.verbs.setdefault(form, term)
        for gazetteer in (lex.countries, lex.organizations, lex.roles, lex.people, lex.sectors, lex.instruments,
                          lex.status_cues):  # the gazetteers that read a document whole
            gazetteer.share()
        return lex


# weak words whose plural still names instruments ("eight pacts"); the plural of most weak words is generic
# ("regulatory frameworks", "AI initiatives", "offtake arrangements")
_PLURAL_TOO = frozenset({"pact", "treaty", "protocol", "roadmap", "road map", "declaration", "communique",
                         "communiqué", "task force", "expert group"})


def _plural(term: str) -> str | None:
    """The plural of an instrument word's last noun, or None when it has none of its own."""
    if term.endswith(("s", "a")) or " of " in term or term.endswith(("'", "’")):
        return None  # "memoranda", "awards", "memorandum of understanding" (its plural is listed)
    if term.endswith("y") and term[-2:-1] not in tuple("aeiou"):
        return term[:-1] + "ies"
    return term + ("es" if term.endswith(("ch", "sh", "x")) else "s")


_VOWELS = "aeiou"
_STRESSED_LAST = ("mit", "fer", "pel", "trol", "quip", "gin")  # commit, transfer, compel, control, equip, begin


def verb_forms(lemma: str) -> list[str]:
    """The regular forms of an English verb: base, -s, -ed, -ing ("plan": plans, planned, planning)."""
    forms = [lemma]
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        stem_ing, stem_ed = lemma[:-1] + "ing", lemma + "d"
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in _VOWELS:
        stem_ing, stem_ed = lemma + "ing", lemma[:-1] + "ied"
    elif (len(lemma) >= 3 and lemma[-1] not in _VOWELS + "wxy" and lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS
          and (len(fastre.findall(r"[aeiou]+", lemma)) == 1 or lemma.endswith(_STRESSED_LAST))):  # plan, ship, commit
        stem_ing, stem_ed = lemma + lemma[-1] + "ing", lemma + lemma[-1] + "ed"
    else:
        stem_ing, stem_ed = lemma + "ing", lemma + "ed"
    third = lemma[:-1] + "ies" if lemma.endswith("y") and lemma[-2:-1] not in tuple(_VOWELS) else (
        lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else lemma + "s")
    return [*forms, third, stem_ed, stem_ing]
