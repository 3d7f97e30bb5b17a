"""The relevance gate: can this article hold a technology-cooperation fact at all?

A cheap first pass, run before any costly rule. One Aho-Corasick scan of the lower-cased text over the
lexicons the extractor already ships (``data/instruments.tsv``, ``data/countries.tsv``,
``data/organizations.tsv``, ``data/groupings.tsv``) and a few verbs that tell an instrument without naming
it ("agreed to", "are partnering", "pledged"). An article passes when it names

- at least one party: a country, capital, demonym, bloc or grouping, or an organization of the gazetteer;
- and at least one way of telling an instrument: an instrument word, or one of the verbs.

Every fact the extractor records needs both (an agreement has parties and is told by a noun or a verb),
so the gate errs only towards letting through. It is built for recall: every development article
holding a gold agreement passes (``tests/extract/test_gate.py``). Matching is case-insensitive and whole
word, so "Chad" and "chad" both count: a few irrelevant articles pass for it, none relevant is lost.
"""

from __future__ import annotations

from dataclasses import dataclass

import ahocorasick_rs

from .lexicon import _folded, _plural, read_table, verb_forms

# what a word is: a party; a bloc or grouping (two parties or more); a word that tells an instrument; a verb of a
# commitment; a word of the future
PARTY, GROUP, TELLS, ACTION, FUTURE, TIME = 1, 2, 4, 8, 16, 32
# verbs that tell an instrument without naming it ("agreed to", "are partnering": verbs.py), accession, and
# the events that a cooperation is made at or makes
_TELLING = ("join", "joins", "joined", "joining", "accede", "accedes", "acceded", "accession", "agree", "agreed",
            "agrees", "pledge", "pledged", "pledges", "vowed", "decided", "partner", "partners", "partnered",
            "partnering", "summit", "talks", "dialogue", "forum", "conference", "ceremony", "signing", "negotiation",
            "negotiations", "consultation", "consultations", "roadmap", "road map", "fund", "teamed", "teaming",
            "team up", "teams up", "programme", "program", "programmes", "programs")  # (a programme with a sum: a fund)
# a commitment: one of its verbs (data/commitment_verbs.tsv, class action) in a sentence about the future
_EVENTS = ("meeting", "session", "visit", "round", "council", "committee", "exercise", "mission", "plan", "strategy",
           "study", "centre", "center",
           *(row[0] for row in read_table("act_nouns.tsv") if "common" not in row[2:]))  # and acts named by their noun: "slated for completion"
# a time frame, which every commitment has (commitments.py): a year, a month, a season, a span
_TIME = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
         "year", "years", "month", "months", "week", "weeks", "day", "days", "quarter", "decade", "spring",
         "summer", "autumn", "fall", "winter", "end", "deadline", "soon", "later", "next", "upcoming", "following",
         "coming", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow",
         "today", "tonight", "annual", "annually", "yearly", *(str(year) for year in range(1990, 2100)))
# offices that speak for a party abroad (the roles of data/roles.tsv that domestic news does not use daily)
_DIPLOMATS = ("Commissioner", "High Commissioner", "Ambassador", "Envoy", "Counterpart", "counterpart",
              "Foreign Secretary", "Secretary of State", "Secretary-General", "Secretary General", "Foreign Ministers")
_FUTURE = ("will", "would", "shall", "plan", "plans", "planned", "planning", "scheduled", "slated", "due", "expected",
           "aim", "aims", "intend", "intends", "forward", "decided", "committed", "commitment", "pledged", "vowed",
           "agreed")  # "looks forward to launching", "agreed to hold talks"


@dataclass(frozen=True)
class Verdict:
    relevant: bool
    parties: int  # parties counted (the scan stops as soon as it knows)
    why: str | None  # "instrument": a word tells one; "commitment": a verb of a promise about the future


CLAUSE = 64  # a verb of a promise right after a word of the future
_PROMISE = CLAUSE | TIME
_REACH = 40  # characters from the word of the future to the verb: "will", "would soon", "is expected to fully"


class RelevanceGate:
    """Decides in one scan whether a text can hold a technology-cooperation fact; build once, call often."""

    def __init__(self, min_parties: int = 2) -> None:
        self.min_parties = min_parties
        kinds: dict[str, int] = {}
        exact: dict[str, set[str]] = {}  # acronyms ("US", "UN", "AU") count only as written, not as "us", "un"

        loose: set[str] = set()  # keys that some surface lets match in any case

        def add(surface: str, kind: int) -> None:
            key = surface.lower()
            if not key:
                return
            kinds[key] = kinds.get(key, 0) | kind
            if kind & PARTY and surface.isupper() and len(surface) <= 5:
                exact.setdefault(key, set()).add(surface)
            else:
                loose.add(key)

        for row in read_table("countries.tsv"):
            if len(row) > 2 and row[2]:
                bloc = row[1] == "bloc" or not (len(row[0]) == 3 and row[0].isalpha() and row[0].isupper())
                add(row[2], PARTY | GROUP if bloc else PARTY)
        for row in read_table("organizations.tsv"):
            for surface in (row[0], *(row[1].split("|") if len(row) > 1 else ()),
                            *(row[4].split("|") if len(row) > 4 else ())):
                if len(surface) > 1:
                    add(surface, PARTY)
        for row in read_table("groupings.tsv"):
            add(row[0], PARTY | GROUP)
        for row in read_table("regions.tsv"):  # "will lend $5 billion to Latin America": the other side of a pledge
            add(row[0], PARTY)
        for role in _DIPLOMATS:  # "Commissioner Breton": a person in such an office speaks for a party
            add(role, PARTY)
        for row in read_table("instruments.tsv"):
            if "common" in row[3:]:  # ("a contract": sport and business news sign them daily): only its signing
                for verb in ("sign", "signs", "signed", "signing", "ink", "inks", "inked", "seal", "sealed"):
                    add(f"{verb} a {row[1]}", TELLS)
                continue  # (and its signing told after it: below)
            add(row[1], TELLS)
            add(_plural(row[1]) or "", TELLS)  # "eight pacts", "two joint statements"
        for row in read_table("people.tsv"):
            for surface in (row[0], *(row[3].split("|") if len(row) > 3 and row[3] else ())):
                add(surface, PARTY)
        for row in read_table("commitment_verbs.tsv"):
            if row[0] != "action":
                continue
            irregular = row[2].split(",") if len(row) > 2 else []
            for form in (*verb_forms(row[1]), *(f.strip() for f in irregular)):
                add(form, ACTION)
        for word in _EVENTS:
            add(word, ACTION)
        for word in _FUTURE:
            add(word, FUTURE)
        for word in _TIME:
            add(word, TIME)
        for word in _TELLING:
            add(word, TELLS)
        for aux in ("has been", "have been", "was", "were"):  # "the contract on ... has been signed" (leftout._SIGNED_AFTER)
            for verb in ("signed", "awarded", "inked", "concluded", "sealed"):
                add(f"{aux} {verb}", TELLS)
        self._keys = list(kinds)
        self._kinds = [kinds[key] for key in self._keys]
        self._exact = [frozenset(exact[key]) if key in exact and key not in loose else frozenset()
                       for key in self._keys]
        self._automaton = ahocorasick_rs.AhoCorasick(self._keys)

    def __call__(self, text: str, title: str | None = None) -> Verdict:
        text = f"{title}\n{text}" if title else text
        haystack = _folded(text)  # lower case, offsets kept
        size, kinds, exact = len(haystack), self._kinds, self._exact
        party_keys: set[int] = set()
        parties = seen = 0
        future_end = -_REACH - 1
        for index, start, end in self._automaton.find_matches_as_indexes(haystack, overlapping=True):
            if start > 0:
                before = haystack[start - 1]
                if before.isalnum() or before == "_":
                    continue
            if end < size:
                after = haystack[end]
                if after.isalnum() or after == "_":
                    continue
            if exact[index] and text[start:end] not in exact[index]:
                continue
            kind = kinds[index]
            if kind & PARTY and index not in party_keys:
                party_keys.add(index)
                parties += 2 if kind & GROUP else 1
            if kind & FUTURE:
                future_end = end
            if kind & ACTION and 0 <= start - future_end <= _REACH:  # "will set up", "plan to hold", "is due to open"
                seen |= CLAUSE
            seen |= kind
            if parties >= self.min_parties and (seen & TELLS or seen & _PROMISE == _PROMISE):
                return Verdict(True, parties, "instrument" if seen & TELLS else "commitment")
        return Verdict(False, parties, None)
