"""The document that flows through the extraction pipeline, and its annotations.

Each pipeline component reads some of these fields and fills others; the
component declares which (see :mod:`pactwatch.extract.pipeline`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from ..model import Money, TimeExpr
from . import fastre
from .lexicon import OrgEntry, Term
from .text import Sentence


@dataclass(slots=True)
class CountryMention:
    start: int
    end: int
    text: str
    code: str
    type: str  # name | alias | demonym | capital | prefix | bloc
    locative: bool = False  # "held in Washington": a place, not a party
    possessive: bool = False  # "Italy's ANIE"
    in_org: bool = False  # inside an organisation's name
    nonparty: bool = False  # "to counter China", "retaliation from China": named, but not as a partner


@dataclass(slots=True)
class OrgMention:
    start: int
    end: int
    text: str
    entry: OrgEntry
    rule: str


@dataclass(slots=True)
class TermMention:
    start: int
    end: int
    text: str
    term: Term


@dataclass(slots=True)
class PersonMention:
    start: int
    end: int
    text: str
    name: str  # the full name this mention refers to
    role: str | None
    country: str | None
    rule: str


def reject(doc: "Document", mention, why: str) -> None:
    """Note that ``mention`` (an instrument word) makes no agreement, and why (``pactwatch extract --explain``)."""
    doc.rejected.append({"text": doc.text[mention.start:mention.end], "start": mention.start, "end": mention.end,
                         "kind": getattr(mention, "kind", None), "why": why})


_after = bisect.bisect_right
_WITHIN = {name: "within:" + name for name in ("countries", "organizations", "people", "money", "times", "sectors",
                                               "instruments")}  # (the keys made once)


EVENT_DAYS = 7  # how long before a story the day of the event it reports can be


@dataclass
class Document:
    id: str
    text: str
    published: date | None = None
    published_source: str = "input"  # input | text | none
    title: str | None = None
    url: str | None = None
    body: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    countries: list[CountryMention] = field(default_factory=list)
    organizations: list[OrgMention] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    people_records: list = field(default_factory=list)
    money: list[Money] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    sectors: list[TermMention] = field(default_factory=list)
    instruments: list[TermMention] = field(default_factory=list)
    focus: list[str] = field(default_factory=list)  # the document's main parties, most salient first
    agreements: list = field(default_factory=list)
    commitments: list = field(default_factory=list)
    cache: dict = field(default_factory=dict, repr=False)  # per-document memo for components (cleared with it)
    rejected: list[dict] = field(default_factory=list)  # instrument words not made into agreements, each with why
    _starts: list[int] = field(default_factory=list, repr=False)
    _ends: list[int] = field(default_factory=list, repr=False)

    def shortly_before(self, day: str | None, days: int = EVENT_DAYS, today: bool = False) -> bool:
        """Whether ``day`` (ISO) is a full day at most ``days`` before publication (the publication day itself only
        with ``today``): the day of the event a story reports."""
        if self.published is None or not day or len(day) != 10:
            return False
        gone = (self.published - date.fromisoformat(day)).days
        return (0 <= gone if today else 0 < gone) and gone <= days

    def index_sentences(self) -> None:
        self._starts = [s.start for s in self.sentences]
        self._ends = [s.end for s in self.sentences]

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence holding ``offset``, or None when it is outside the body."""
        i = _after(self._starts, offset) - 1
        if i >= 0 and offset < self._ends[i]:
            return i
        return None

    def in_body(self, matches: list) -> list:
        """The matches (anything with .start) that start in a sentence: in the article's body, not its chrome
        (:meth:`sentence_index` of each, its lookups made local: asked of every gazetteer match)."""
        starts, ends = self._starts, self._ends
        return [m for m in matches if (i := _after(starts, m.start) - 1) >= 0 and m.start < ends[i]]

    def within(self, name: str, index: int) -> list:
        """The annotations of field ``name`` ("countries", "times", ...) that start in sentence ``index``
        (grouped once per field: components ask for them sentence by sentence)."""
        grouped = self.cache.get(_WITHIN.get(name) or "within:" + name)
        if grouped is None:
            grouped = self.cache["within:" + name] = {}
            for item in getattr(self, name):
                i = self.sentence_index(item.start)
                if i is not None:
                    grouped.setdefault(i, []).append(item)
        return grouped.get(index, [])

    def between(self, name: str, start: int, end: int) -> list:
        """The annotations of field ``name`` that start at ``start`` or later and before ``end`` (a bisection
        over the field sorted once: no scan of the whole document per question)."""
        key = "between:" + name
        ordered = self.cache.get(key)
        if ordered is None:
            items = sorted(getattr(self, name), key=lambda item: item.start)
            ordered = self.cache[key] = ([item.start for item in items], items)
        starts, items = ordered
        return items[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]

    def backwards(self) -> str:
        """The text reversed (made once): the word before an offset is read forwards in it, one match, no walk back
        character by character."""
        found = self.cache.get("backwards")
        return found if found is not None else self.cache.setdefault("backwards", self.text[::-1])

    def memo(self, name: str, key, make):
        """``make()``, kept under ``key`` in the document's table ``name`` (asked again: the kept value)."""
        table = self.cache.setdefault(name, {})
        if key not in table:
            table[key] = make()
        return table[key]

    def finditer(self, pattern, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(self.text, start, end)``; a :func:`~pactwatch.extract.fastre.scanner` with words
        reads the whole text once (the sentences asked about share the positions found)."""
        return fastre.finditer(pattern, self.text, start, len(self.text) if end is None else end, self.cache)

    def search(self, pattern, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """``pattern.search(self.text, start, end)``, as :meth:`finditer` reads it."""
        if getattr(pattern, "words", None) is None:  # (no shared positions: the pattern's own search, no generator)
            return pattern.search(self.text, start, len(self.text) if end is None else end)
        return fastre.first(pattern, self.text, start, len(self.text) if end is None else end, self.cache)

    def holds(self, words: tuple[str, ...], start: int, end: int) -> bool:
        """``any(map(fastre.fold(self.text)[start:end].__contains__, words))``, the word gate of a costly pattern,
        read from one pass over the document for every list of words asked about (the spans of the words of each
        list sorted once per document): no slice, no find per word and stretch."""
        spans = self._spans(words)
        i = bisect.bisect_left(spans, (start,))
        while i < len(spans) and spans[i][0] < end:
            if spans[i][1] <= end:
                return True
            i += 1
        return False

    def _spans(self, words: tuple[str, ...]) -> list[tuple[int, int]]:
        """The sorted spans of ``words`` in the folded text (made once per document and list of words)."""
        spans = self.cache.get(words)
        if spans is None:
            if "folded" not in self.cache:
                self.cache["folded"] = fastre.fold(self.text)
            spans = self.cache[words] = fastre.spans_of(words, self.cache["folded"])
        return spans

    def sentences_holding(self, words: tuple[str, ...] | None) -> set[int] | None:
        """The indexes of the sentences :meth:`holds` is true of (one of ``words`` whole inside), told at once for
        the whole document and kept: a set looked up per sentence, not a bisection per sentence and list. None when
        it cannot be told so (no words; sentences not indexed or overlapping, where a span may lie in two)."""
        if not words:
            return None
        key = ("sentences holding", words)
        found = self.cache.get(key)
        if found is None:
            starts, ends = self._starts, self._ends
            apart = self.cache.get("sentences apart")  # (told once per document)
            if apart is None:
                apart = self.cache["sentences apart"] = len(starts) == len(self.sentences) and all(
                    map(int.__le__, ends[:-1], starts[1:]))
            if not apart:
                return None
            found = set()
            for start, end in self._spans(words):
                index = self.sentence_index(start)
                if index is not None and end <= ends[index]:
                    found.add(index)
            self.cache[key] = found
        return found

    def in_sentence(self, items: list, index: int) -> list:
        """Annotations (anything with .start/.end) that lie in sentence ``index``."""
        sentence = self.sentences[index]
        return [m for m in items if sentence.start <= m.start and m.end <= sentence.end]
