"""Regular expressions that reject most positions cheaply.

Python's regex engine tries a pattern such as ``\\b(?:first|second|...)`` at
every position of a text, entering the whole alternation each time. When every
match must begin with one of a known set of characters, a lookahead on that
set in front of the pattern (``(?=[fs...])``) turns most positions into one
character test. :func:`compile` works that set out from the parsed pattern and
adds the lookahead; the matches are the same (tests/extract/test_fastre.py
compares both on news text and on random text). Patterns that can match the
empty string, or whose first character cannot be told, are compiled unchanged.

:func:`scanner` goes further, for patterns run over whole texts: the engine
scans fast for a first character only when the pattern begins by consuming one
(case-sensitively), so its finder consumes that character and checks the whole
pattern in a lookbehind (``[ab](?<=(?=P)[ab])``); the pattern proper then
matches at each position found. When every match begins with one of a few
words ("\\b(?:firms|companies)\\s+..."), a long text is read once by an
Aho-Corasick automaton over those words instead, and the pattern tried where
one starts.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
import threading
from typing import Any

import ahocorasick_rs

try:  # the parser of the standard library's engine; absent in some other Python, then nothing is added
    from re import _constants as C, _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    C = P = None  # type: ignore[assignment]
try:
    from _sre import unicode_iscased as _iscased  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    _iscased = None

# every pattern made here, with what it was made from: the tests compare each with plain re.compile
MADE: dict[tuple[str, int], re.Pattern[str]] = {}

_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


class _Unknown(Exception):
    """The first character of a match cannot be told."""


def _char(code: int) -> str:
    ch = chr(code)
    return "\\" + ch if ch in "\\]^-[" else ch


def ranges(chars) -> str:
    """The body of a character class for ``chars``, each run of consecutive code points as one range
    (``"ÀÁÂ"`` -> ``"À-Â"``): the same set in a pattern the parser reads in a fraction of the time."""
    codes, out = sorted(set(map(ord, chars))), []
    for code in codes:
        if out and out[-1][1] == code - 1:
            out[-1][1] = code
        else:
            out.append([code, code])
    return "".join(_char(a) if a == b else _char(a) + _char(b) if b == a + 1 else f"{_char(a)}-{_char(b)}"
                   for a, b in out)


def _class_items(items: list, out: list[str]) -> None:
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.append(_char(av))
        elif name == "RANGE":
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif name == "CATEGORY":
            text = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}.get(str(av))
            if text is None:
                raise _Unknown
            out.append(text)
        else:  # NEGATE, big charsets: leave the pattern as it is
            raise _Unknown


def _first(items, ignore: bool, cased: list[str], exact: list[str]) -> bool:
    """Adds the characters a match of ``items`` can begin with; True if ``items`` can match nothing."""
    for op, av in items:
        name = str(op)
        if name in _ZERO_WIDTH:
            continue
        if name == "LITERAL":
            (cased if ignore else exact).append(_char(av))
            return False
        if name == "IN":
            _class_items(av, cased if ignore else exact)
            return False
        if name == "SUBPATTERN":
            _group, add, remove, sub = av
            flags = (ignore or bool(add & re.IGNORECASE)) and not (remove & re.IGNORECASE)
            if not _first(sub, flags, cased, exact):
                return False
            continue
        if name == "ATOMIC_GROUP":
            if not _first(av, ignore, cased, exact):
                return False
            continue
        if name == "BRANCH":
            empty = False
            for branch in av[1]:
                empty |= _first(branch, ignore, cased, exact)
            if not empty:
                return False
            continue
        if name in _REPEATS:
            low, _high, sub = av
            empty = _first(sub, ignore, cased, exact)
            if low > 0 and not empty:
                return False
            continue
        raise _Unknown  # ANY, NOT_LITERAL, group references, ...
    return True


def _scanned_already(items, ignore: bool) -> bool:
    """Whether the engine finds the start of ``items`` itself: a case-sensitive first character or class
    ("[.!?]..."), which it looks for with a fast scan that a lookahead in front would turn off."""
    while items:
        op, av = items[0]
        name = str(op)
        if name == "SUBPATTERN":
            _group, add, remove, items = av
            ignore = (ignore or bool(add & re.IGNORECASE)) and not (remove & re.IGNORECASE)
            continue
        if name == "BRANCH":
            return not ignore and all(branch and str(branch[0][0]) == "LITERAL" for branch in av[1])
        return name in ("LITERAL", "IN") and not ignore
    return False


@functools.lru_cache(maxsize=4)
def _parsed(pattern: str, flags: int):
    """The parse of ``pattern``, read (never changed) by the analyses here: :func:`scanner` asks for its first
    characters and its first words of one parse (parsing a long pattern costs more than the analyses)."""
    return P.parse(pattern, flags)


def lookahead(pattern: str, flags: int = 0) -> str | None:
    """The ``(?=[...])`` every match of ``pattern`` passes, or None if there is none to add."""
    if P is None:
        return None
    try:
        parsed = _parsed(pattern, flags)
        cased: list[str] = []
        exact: list[str] = []
        ignore = bool(parsed.state.flags & re.IGNORECASE)
        if _scanned_already(list(parsed), ignore) or _first(parsed, ignore, cased, exact):
            return None  # fast already, or can match the empty string
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None
    parts = []
    if exact:
        parts.append("[" + "".join(sorted(set(exact))) + "]")
    if cased:
        parts.append("(?i:[" + "".join(sorted(set(cased))) + "])")
    return "(?=" + "|".join(parts) + ")"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's drop-in
    """``re.compile(pattern, flags)`` with the lookahead of :func:`lookahead` in front, when there is one."""
    ahead = lookahead(pattern, flags)
    if ahead is None or pattern.startswith("^") or flags & re.VERBOSE:
        made = re.compile(pattern, flags)
    else:
        flags_at_start = re.match(r"\(\?[aiLmsux]+\)", pattern)  # global inline flags stay first: "(?i)..."
        head = flags_at_start.group(0) if flags_at_start else ""
        made = re.compile(head + ahead + pattern[len(head):], flags)
    MADE[pattern, flags] = made
    return made


def trie(words, space: str | None = None, fold: bool = False) -> str:
    """An alternation of literal ``words`` that matches what ``"|".join(longest first)`` matches, written as a trie
    ("(?:ab(?:c)?|b)"): the engine enters one branch per character instead of trying every word in turn (a list of
    hundreds of words, run case-insensitively, is slow otherwise). At each step a longer word is tried before a word
    that ends there, so the longest word that lets the rest of the pattern match is taken, as in the list.
    ``space``: the pattern a space of a word stands for (as "[ \t]+"); ``fold``: for use inside "(?i:...)", where
    words differing in the case of an ASCII letter are one word."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            key = char.lower() if fold and char.isascii() else char
            node = node.setdefault(key, {})
        node[""] = {}  # a word ends here

    def emit(node: dict) -> str:
        branches = [(space if char == " " and space is not None else re.escape(char)) + emit(sub)
                    for char, sub in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


# the characters outside ASCII that match an ASCII letter when case is ignored (tests/extract/test_fastre.py
# checks every code point)
ODD_CASES = "\u0130\u0131\u017f\u212a"  # İ ı ſ, Kelvin sign


def _first_class(pattern: str, flags: int) -> str:
    """A case-sensitive class of every character a match of ``pattern`` can begin with."""
    parsed = _parsed(pattern, flags)
    cased: list[str] = []
    exact: list[str] = []
    if parsed.state.flags & ~flags & ~re.UNICODE or _first(parsed, bool(flags & re.IGNORECASE), cased, exact):
        raise _Unknown  # global inline flags ("(?i)..."), or an empty match
    items = set(exact)
    for item in cased:
        raw = item.replace("\\", "")
        if item in (r"\d", r"\s", r"\w") or len(raw) == 1 and not _iscased(ord(raw)):
            items.add(item)  # no case: matches itself only
            continue
        if not raw.isascii():
            raise _Unknown
        low, high = (raw[0], raw[2]) if len(raw) == 3 else (raw, raw)
        probe = re.compile(f"(?i:[{item}])", flags & ~re.IGNORECASE)
        for code in range(ord(low), ord(high) + 1):
            char = chr(code)
            items.update(_char(ord(x)) for x in {char.lower(), char.upper(), *ODD_CASES} if probe.fullmatch(x))
    return "[" + "".join(sorted(items)) + "]"


_ODD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_LONG = 400  # texts (or stretches) at least this long are read with the automaton


def fold(text: str) -> str:
    """``text`` lower-cased character by character (offsets stay), the odd cases of ASCII letters made ASCII: a
    character that matches an ASCII letter or a caseless character when case is ignored folds as that does."""
    low = text.lower()
    if low.isascii():  # (told at once: no odd case in it)
        return low
    if len(low) != len(text):  # "İ" lowers to two characters
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.translate(_ODD_TO_ASCII) if any(map(low.__contains__, ODD_CASES)) else low  # (four finds: cheaper
    # than a pattern's search of a long text)


def _fold_char(code: int, exact: bool) -> str:
    char = chr(code)
    if exact:
        return char
    if char.isascii():
        return char.lower()
    if _iscased(code):
        raise _Unknown  # (cased letters outside ASCII: left to the finder)
    return char


def _small_class(items) -> list[int] | None:
    out: list[int] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.append(av)
        elif name == "RANGE" and av[1] - av[0] < 12:
            out.extend(range(av[0], av[1] + 1))
        else:
            return None
    return out if len(out) <= 12 else None


def _prefixes(items, ignore: bool, exact: bool) -> tuple[set[str], bool]:
    """Strings one of which begins every match of ``items`` (folded, or as written when ``exact``: then no part
    may ignore case), and whether they are all of it. Zero-width items are passed over (they consume nothing);
    reading stops at the first item that is no literal (or after a repeated one)."""
    out = {""}
    items = list(items)
    for i, (op, av) in enumerate(items):
        name = str(op)
        if name in _ZERO_WIDTH:
            continue
        if name in _REPEATS:  # "X?...": X's words, or (X left out) the words of what follows
            skipped = _prefixes(items[i + 1:], ignore, exact)[0] if av[0] == 0 else set()
            inner = _prefixes(av[2], ignore, exact)[0] | skipped
            return {p + q for p in out for q in inner}, False
        if name in ("LITERAL", "IN") and ignore and exact:
            raise _Unknown
        if name == "LITERAL":
            out = {p + _fold_char(av, exact) for p in out}
            continue
        if name == "IN" and (codes := _small_class(av)) is not None:
            out = {p + _fold_char(c, exact) for p in out for c in codes}
            continue
        if name == "SUBPATTERN":
            inner, whole = _prefixes(av[3], (ignore or bool(av[1] & re.IGNORECASE)) and not av[2] & re.IGNORECASE,
                                     exact)
        elif name == "BRANCH":
            inner, whole = set(), True
            for branch in av[1]:
                got, done = _prefixes(branch, ignore, exact)
                inner |= got
                whole &= done
        else:
            return out, False
        out = {p + q for p in out for q in inner}
        if len(out) > 2000:
            raise _Unknown
        if not whole:
            return out, False
    return out, True


def prefixes(pattern: str, flags: int = 0, exact: bool = False) -> list[str] | None:
    """The folded words every match of ``pattern`` begins with (none shorter than two characters), or None;
    ``exact``: the words as written, for a pattern that does not ignore case there."""
    try:
        parsed = _parsed(pattern, flags)
        found, _whole = _prefixes(parsed, bool(parsed.state.flags & re.IGNORECASE), exact)
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None
    return sorted(found) if found and min(map(len, found)) >= 2 else None


class Scanner:
    """A pattern's drop-in whose ``search`` and ``finditer`` find start positions with :func:`scanner`'s finder
    (or, over a long text, the automaton over :func:`prefixes`); everything else is the pattern's own."""

    def __init__(self, plain: re.Pattern[str], find: re.Pattern[str], words: list[str] | None = None,
                 folds: bool = True):
        self.plain = plain
        self.finder = find
        self._find = find.search
        self.match = plain.match
        self.pattern, self.flags = plain.pattern, plain.flags
        self.words = words
        self.folds = folds  # the words are folded: so must the text be
        self._automaton: Any = None
        self._slot: int | None = None  # in the shared pass over long texts

    def __getattr__(self, name: str):
        return getattr(self.plain, name)

    def starts(self, string: str, pos: int, endpos: int, folded: str | None = None) -> list[int]:
        """Where a word of :func:`prefixes` starts in ``string[pos:endpos]`` (every match starts at one of them);
        ``folded`` is ``fold(string)`` when the caller has it (and the words are folded). A long text is read once
        for every scanner that reads long texts: those found past ``endpos`` or running over it are kept too (no
        match starts there, as every match begins with a word inside it)."""
        if endpos - pos >= _LONG:
            if self._slot is None:
                self._slot = SHARED[self.folds].join(self.words)
            haystack = string if not self.folds else folded if folded is not None else fold(string)
            found = sorted({start for _index, start, _end in SHARED[self.folds].matches(self._slot, haystack)[0]})
            return found[bisect.bisect_left(found, pos):bisect.bisect_left(found, endpos)]
        if self._automaton is None:
            self._automaton = ahocorasick_rs.AhoCorasick(
                self.words, implementation=ahocorasick_rs.Implementation.ContiguousNFA)
        if not self.folds:
            haystack = string[pos:endpos]
        else:
            haystack = folded[pos:endpos] if folded is not None else fold(string[pos:endpos])
        return sorted({pos + start for _index, start, _end in
                       self._automaton.find_matches_as_indexes(haystack, overlapping=True)})

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.words is not None and min(endpos, len(string)) - max(0, pos) >= _LONG:
            return self.first(string, pos, endpos, self.starts(string, max(0, pos), min(endpos, len(string))))
        hit = self._find(string, pos, endpos)  # (a short stretch: no generator)
        return None if hit is None else self.match(string, hit.start(), endpos)

    def first(self, string: str, pos: int, endpos: int, starts: list[int]) -> re.Match[str] | None:
        """The first match :meth:`finditer` gives with these ``starts`` (no generator: asked per sentence)."""
        pos, endpos = max(0, pos), min(endpos, len(string))
        match = self.match
        for i in range(bisect.bisect_left(starts, pos), bisect.bisect_left(starts, endpos)):
            if (found := match(string, starts[i], endpos)) is not None:
                return found
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize, starts: list[int] | None = None):
        """``finditer``; ``starts`` are :meth:`starts` of the whole ``string`` when the caller keeps them."""
        match = self.match
        pos, endpos = max(0, pos), min(endpos, len(string))
        if starts is None and self.words is not None and endpos - pos >= _LONG:
            starts = self.starts(string, pos, endpos)
        if starts is not None:  # (only those in the stretch: no copy of the rest of a long document's)
            for start in starts[bisect.bisect_left(starts, pos):bisect.bisect_left(starts, endpos)]:
                if start >= pos and (found := match(string, start, endpos)) is not None:
                    yield found
                    pos = found.end()  # never empty: every match consumes its first character
            return
        find = self._find
        while (hit := find(string, pos, endpos)) is not None:
            found = match(string, hit.start(), endpos)
            yield found
            pos = found.end()


class SharedPass:
    """One Aho-Corasick pass over a text for all that read it whole: the gazetteers and the scanners that read a
    document (as written, or folded) each get the overlapping matches their own automaton would find there, a word
    told by its index in the pass's list of words (an automaton read once per document is slow, its memory out of
    the processor's caches by then; one pass for all costs little more than one). A reader is known by its list of
    words; readers of one list share a slot."""

    def __init__(self) -> None:
        self._slots: dict[tuple[str, ...], int] = {}
        self._lock = threading.Lock()  # (readers join while the first documents are read: maybe in several threads)
        # the automaton, its words, by word the slots of its readers (and the one reader of a word read by one or
        # -1), and how many slots
        self._built: tuple[Any, list[str], list[tuple[int, ...]], list[int], int] | None = None
        self._last: list[tuple[str, Any, list[list[tuple[int, int, int]]]]] = []  # the last two texts read

    def join(self, words: list[str]) -> int:
        """The slot of a reader of ``words`` (its matches tell the index of the word in the pass's own list of words,
        which :meth:`matches` gives with them)."""
        with self._lock:
            slot = self._slots.get(tuple(words))
            if slot is None:
                slot = self._slots[tuple(words)] = len(self._slots)
                self._built = None
            return slot

    def _build(self) -> tuple[Any, list[str], list[tuple[int, ...]], list[int], int]:
        with self._lock:
            owners: dict[str, list[int]] = {}  # by word: the slots of its readers
            for words, slot in self._slots.items():
                for word in words:
                    slots = owners.setdefault(word, [])
                    if slot not in slots:
                        slots.append(slot)
            words = list(owners)
            automaton = ahocorasick_rs.AhoCorasick(  # (compact: faster than a DFA when read once per document)
                words, implementation=ahocorasick_rs.Implementation.ContiguousNFA)
            readers = [tuple(slots) for slots in owners.values()]
            alone = [slots[0] if len(slots) == 1 else -1 for slots in readers]  # (most words have one reader)
            built = self._built = (automaton, words, readers, alone, len(self._slots))
            return built

    def matches(self, slot: int, haystack: str) -> tuple[list[tuple[int, int, int]], list[str]]:
        """The overlapping matches of the words of ``slot`` in ``haystack``, (index of the word, start, end), and
        the list of words those indexes are in (the automaton's: all readers' words, the matches as it gives them,
        handed on with no copy)."""
        built = self._built or self._build()
        for text, made, split in self._last:
            if made is built and (text is haystack or text == haystack):
                return split[slot], built[1]
        automaton, _words, readers, alone, count = built
        split = [[] for _ in range(count)]
        appends = [own.append for own in split]
        for hit in automaton.find_matches_as_indexes(haystack, overlapping=True):
            owner = alone[hit[0]]
            if owner >= 0:
                appends[owner](hit)
            else:
                for owner in readers[hit[0]]:
                    appends[owner](hit)
        self._last = [(haystack, built, split), *self._last[:1]]
        return split[slot], built[1]


SHARED = {False: SharedPass(), True: SharedPass()}  # for texts as written, and folded


def spans_of(words: tuple[str, ...], folded: str) -> list[tuple[int, int]]:
    """Sorted (start, end) of every occurrence of every one of ``words`` (folded, none empty) in ``folded`` (a text
    :func:`fold` made, as long as a document: read in the shared pass over it), overlapping ones too."""
    if len(folded) < _LONG:
        automaton = _SPANS.get(words)
        if automaton is None:
            automaton = _SPANS[words] = ahocorasick_rs.AhoCorasick(
                list(dict.fromkeys(words)), implementation=ahocorasick_rs.Implementation.ContiguousNFA)
        hits = automaton.find_matches_as_indexes(folded, overlapping=True)
    else:
        hits = SHARED[True].matches(_SLOT_OF.get(words) or folded_slot(words), folded)[0]
    return sorted({(start, end) for _index, start, end in hits})


_SPANS: dict[tuple[str, ...], Any] = {}  # automata of the lists asked about in short texts (a few, made once)
_SLOT_OF: dict[tuple[str, ...], int] = {}  # slots of word lists in the shared pass over folded documents


def folded_slot(words: tuple[str, ...]) -> int:
    """The slot of a list of folded ``words`` in the shared pass over folded documents (joined once, then kept: not
    joined again at every document)."""
    slot = _SLOT_OF.get(words)
    if slot is None:
        slot = _SLOT_OF[words] = SHARED[True].join(list(words))
    return slot


# re's functions for a pattern written where it is used ("fastre.search(r"\s+of\b", rest)"), each pattern compiled once
# and kept: re.search(pattern, ...) looks the pattern up in re's cache at every call, which costs twice the search of a
# short stretch (these run per candidate, thousands of times per document)
_WRITTEN: dict[str, re.Pattern[str]] = {}


def _written(pattern: str) -> re.Pattern[str]:
    made = _WRITTEN.get(pattern)
    if made is None:
        made = _WRITTEN[pattern] = re.compile(pattern)
    return made


def search(pattern: str, string: str) -> re.Match[str] | None:
    """``re.search(pattern, string)``."""
    return (_WRITTEN.get(pattern) or _written(pattern)).search(string)


def match(pattern: str, string: str) -> re.Match[str] | None:
    """``re.match(pattern, string)``."""
    return (_WRITTEN.get(pattern) or _written(pattern)).match(string)


def fullmatch(pattern: str, string: str) -> re.Match[str] | None:
    """``re.fullmatch(pattern, string)``."""
    return (_WRITTEN.get(pattern) or _written(pattern)).fullmatch(string)


def findall(pattern: str, string: str) -> list:
    """``re.findall(pattern, string)``."""
    return (_WRITTEN.get(pattern) or _written(pattern)).findall(string)


def split(pattern: str, string: str) -> list[str]:
    """``re.split(pattern, string)``."""
    return (_WRITTEN.get(pattern) or _written(pattern)).split(string)


def sub(pattern: str, repl, string: str) -> str:
    """``re.sub(pattern, repl, string)``."""
    return (_WRITTEN.get(pattern) or _written(pattern)).sub(repl, string)


def finditer(pattern, string: str, pos: int = 0, endpos: int = sys.maxsize, memo: dict | None = None):
    """``pattern.finditer(string, pos, endpos)``; a :class:`Scanner` with words reads ``string`` whole once, the
    positions found kept in ``memo`` (one dict per text: a document's cache) for the stretches asked about next.
    A pattern written as text: ``re.finditer(pattern, string)`` (compiled once, as :func:`search`)."""
    if isinstance(pattern, str):
        return (_WRITTEN.get(pattern) or _written(pattern)).finditer(string)
    if getattr(pattern, "words", None) is None:
        return pattern.finditer(string, pos, endpos)
    return pattern.finditer(string, pos, endpos, _starts_kept(pattern, string, memo))


def _starts_kept(pattern: Scanner, string: str, memo: dict) -> list[int]:
    """:meth:`Scanner.starts` of the whole ``string``, kept in ``memo`` (see :func:`finditer`)."""
    starts = memo.get(pattern)
    if starts is None:
        if pattern.folds and "folded" not in memo:
            memo["folded"] = fold(string)
        starts = memo[pattern] = pattern.starts(string, 0, len(string), memo.get("folded"))
    return starts


def first(pattern: Scanner, string: str, pos: int, endpos: int, memo: dict) -> re.Match[str] | None:
    """``next(finditer(pattern, string, pos, endpos, memo), None)`` for a :class:`Scanner` with words (no
    generator)."""
    return pattern.first(string, pos, endpos, _starts_kept(pattern, string, memo))


def scanner(pattern: str, flags: int = 0) -> "re.Pattern[str] | Scanner":
    """For patterns run over whole texts: a :class:`Scanner` when the first characters are known, else
    :func:`compile`'s pattern."""
    try:
        if P is None or _iscased is None or pattern.startswith("^") or flags & re.VERBOSE:
            raise _Unknown
        first = _first_class(pattern, flags)
        inner = f"(?i:{pattern})" if flags & re.IGNORECASE else f"(?:{pattern})"
        find = re.compile(f"{first}(?<=(?={inner}){first})", flags & ~re.IGNORECASE)
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return compile(pattern, flags)
    words = prefixes(pattern, flags, exact=True)
    folds = words is None
    words = prefixes(pattern, flags) if folds else words
    made = MADE[pattern, flags] = Scanner(re.compile(pattern, flags), find, words, folds)
    return made
