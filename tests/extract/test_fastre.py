"""The lookahead fastre.compile adds never changes what a pattern matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from pactwatch import samples_folder
from pactwatch.extract import Extractor, fastre


@pytest.fixture(scope="module")
def made() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    Extractor()("Seoul and Riyadh signed an MoU on hydrogen on 3 March 2026.")  # builds the lexicon patterns too
    return [(re.compile(pattern, flags), compiled) for (pattern, flags), compiled in fastre.MADE.items()]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_most_patterns_get_a_lookahead(made):
    assert len(made) > 100
    assert sum(plain.pattern != fast.pattern for plain, fast in made) > len(made) // 2


def test_same_matches_on_news_text(made):
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples_folder().glob("*.txt"))]
    assert texts
    for plain, fast in made:
        for text in texts:
            assert _spans(plain, text) == _spans(fast, text), plain.pattern


_ALPHABET = st.sampled_from(list("aAbBeEfFiIkKmMnNoOsStTwWyY0123456789 ,.;:-–'’()$%\n\t") + ["ſ", "K", "é", "İ", "한", "₩"])
_WORDS = st.sampled_from(["MoU", "signed", "agreement", "March", "2026", "will", "by", "next year", "Minister", "the",
                          "South Korea", "Quad", "billion", "US$", "first", "within", "said", "President", "on", "FY"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_ALPHABET, _WORDS.map(lambda w: f" {w} ")), max_size=80).map("".join), st.data())
def test_same_matches_on_any_text(made, text, data):
    for plain, fast in made:
        assert _spans(plain, text) == _spans(fast, text), plain.pattern
        if text:
            pos = data.draw(st.integers(0, len(text)), label="pos")
            a, b = plain.match(text, pos), fast.match(text, pos)
            assert (a and a.span()) == (b and b.span()), plain.pattern


@pytest.mark.parametrize("pattern, expected", [
    (r"\b(?:first|second)\s", "(?=[fs])"),
    (r"(?i:next|last)\b", "(?=(?i:[ln]))"),
    (r"\d+%", r"(?=[\d])"),
    (r"(?:the\s+)?deal", "(?=[dt])"),
])
def test_lookahead_of(pattern, expected):
    assert fastre.lookahead(pattern) == expected


@pytest.mark.parametrize("pattern", [r"a*", r"[^a]b", r".x", r"\Wx", r"(?:x|)",
                                     r"[.!?]\s", r"(?P<w>[A-Z]\w+)$", r"ab|cd"])
def test_no_lookahead_when_open_or_already_scanned(pattern):
    """An open first character gives nothing to test; one the engine already scans for is left to it."""
    assert fastre.lookahead(pattern) is None
    assert fastre.compile(pattern).pattern == pattern


def test_odd_cases_are_all_there():
    """Every character outside ASCII that matches an ASCII letter when case is ignored is in ODD_CASES."""
    letter = re.compile(r"(?i:[a-z])")
    odd = {chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000 and letter.fullmatch(chr(c))}
    assert odd == set(fastre.ODD_CASES)


_SCANNED = [(r"\b(?:will|shall|would)\b|['’]ll\b", re.IGNORECASE), (r"\bministry\b", 0),
            (r"(?<![\w-])(?P<w>(?i:one|two|six))\s+(?P<s>million|billion)", 0), (r"\s+(?:said|told)\b", 0),
            (r"\b(?:Kelvin|sign|idea)\s+(\w+)", re.IGNORECASE), (r"\b(?:19|20)\d\d|\b[Nn]ext\b", 0),
            (r"\b(?:sign|idea)\s+(\w+)\s+\1", re.IGNORECASE)]  # (a group reference: no finder, the pattern itself)


def test_scanners_are_made():
    for pattern, flags in _SCANNED[:-1]:
        made = fastre.scanner(pattern, flags)
        assert isinstance(made, fastre.Scanner), pattern
        assert made.finder.pattern.startswith("[") and not made.finder.flags & re.IGNORECASE
    assert not isinstance(fastre.scanner(r"(?i)will"), fastre.Scanner)  # global inline flags: left as they are
    assert not isinstance(fastre.scanner(r"x*"), fastre.Scanner)
    assert not isinstance(fastre.scanner(*_SCANNED[-1]), fastre.Scanner)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_ALPHABET, _WORDS.map(lambda w: f" {w} "), st.sampled_from(
    ["will", "WİLL", "ſhall", "’ll", "ministry", "Ministry", "two million", "SIX billion", " said", "\ttold",
     "KELVIN x x", "\u212aelvin y", "sign it it", "2026", "Next", "1999"])), max_size=60).map("".join), st.data())
def test_scanners_find_what_the_pattern_finds(text, data):
    pos = data.draw(st.integers(0, len(text) + 1), label="pos")
    endpos = data.draw(st.integers(0, len(text) + 1), label="endpos")
    for pattern, flags in _SCANNED:
        plain, made = re.compile(pattern, flags), fastre.scanner(pattern, flags)
        assert [(m.span(), m.groups()) for m in plain.finditer(text)] == \
            [(m.span(), m.groups()) for m in made.finditer(text)], pattern
        assert [m.span() for m in plain.finditer(text, pos, endpos)] == \
            [m.span() for m in made.finditer(text, pos, endpos)], pattern
        a, b = plain.search(text, pos, endpos), made.search(text, pos, endpos)
        assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), pattern


@pytest.mark.parametrize("pattern, flags, expected", [
    (r"\b(?:firms|Companies)\s+(?:such\s+as|like)", 0, ["companies", "firms"]),
    (r"\b(?:plans?|vowed?|['’]ll)\b", re.IGNORECASE, ["'ll", "plan", "plans", "vowe", "vowed", "’ll"]),
    (r"(?:\b(?i:in|at)\s+)?(?:the\s+)?(?:19|20)\d\d", 0, ["19", "20", "at", "in", "the"]),  # a part left out
    (r"x?\s+said", 0, None),
    (r"(?<![\w-])(?:[Tt]oday|FY\s?)\d", 0, ["fy", "today"]),
    (r"\b(?:has been|is)\b", 0, ["has been", "is"]),
    (r"\b\w+", 0, None), (r"\b(?:a|an)\s", 0, None), (r"(?:x|)y", 0, None), (r"(?i:é)cole", 0, None),
])
def test_prefixes(pattern, flags, expected):
    assert fastre.prefixes(pattern, flags) == expected


def test_fold_keeps_what_ignoring_case_matches():
    """A character matching an ASCII letter when case is ignored folds to that letter; offsets stay."""
    letters = [(letter, re.compile(letter, re.IGNORECASE).fullmatch) for letter in "ikstz"]
    for code in range(0x110000):
        char = chr(code)
        for letter, same in letters:
            if same(char):
                assert fastre.fold(char) == letter, hex(code)
    text = "İstanbul ſigned KELVIN Σ ΟΔΟΣ ß"
    assert len(fastre.fold(text)) == len(text) and fastre.fold(text).startswith("istanbul signed kelvin")


_LONG_PARTS = st.sampled_from(["will", "WİLL", "ſhall", "’ll", "firms", "FIRMS such as", "Companies like", "plans",
                               "vowed", " ", ", ", ".\n", "x", "Kı", "is", "has been", "today", "FY 2026", "in 2026",
                               "At the 1999", "one million", "A\tmillion", "2020"])


@settings(max_examples=150, deadline=None)
@given(st.lists(_LONG_PARTS, min_size=100, max_size=300).map("".join), st.data())
def test_scanners_read_long_texts_as_the_pattern(text, data):
    """Over long texts (the automaton) and with the positions of the whole text (Document.finditer), a scanner
    finds what the pattern finds."""
    pos = data.draw(st.integers(0, len(text)), label="pos")
    endpos = data.draw(st.integers(pos, len(text)), label="endpos")
    for pattern, flags in [(r"\b(?:will|shall|plans?|vowed?)\b|['’]ll\b", re.IGNORECASE),
                           (r"\b(?:firms|Companies)\s+(?:such\s+as|like)", re.IGNORECASE),
                           (r"(?<![\w-])(?:[Tt]oday|FY\s?)\d*", 0), (r"\b(?:has been|is)\b", 0),
                           (r"(?:\b(?i:in|at)\s+)?(?:the\s+)?(?:19|20)\d\d", 0),
                           (r"(?<![\w-])(?i:a|one)[ \t]+(?i:million)", 0)]:
        plain, made = re.compile(pattern, flags), fastre.scanner(pattern, flags)
        assert made.words, pattern
        starts = made.starts(text, 0, len(text))
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in made.finditer(text)], pattern
        assert [m.span() for m in plain.finditer(text, pos, endpos)] == \
            [m.span() for m in made.finditer(text, pos, endpos, starts)], pattern


def test_prefixes_as_written_where_case_counts():
    assert fastre.prefixes(r"\b(?:AG|Bank|[Tt]oday)\b", exact=True) == ["AG", "Bank", "Today", "today"]
    assert fastre.prefixes(r"\b(?:AG|(?i:bank))\b", exact=True) is None  # part ignores case: the folded words
    assert fastre.prefixes(r"\bAG\b", re.IGNORECASE, exact=True) is None
    made = fastre.scanner(r"\b(?:AG|Bank)\b(?!-)")
    assert made.words == ["AG", "Bank"] and not made.folds
    text = ("Deutsche Bank AG and the agency bank BANK ag " * 40)
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in re.finditer(made.pattern, text)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", "aa", "b", "ab", " ", "é", "İ", "chief", "chair", "head"]), max_size=60).map(
    "".join), st.lists(st.sampled_from(["a", "aa", "ab", "aab", "b", "chief", "chi", "ead", "é", "İ"]), min_size=1,
                       max_size=5, unique=True))
def test_occurrences_are_what_find_finds(text, words):
    from pactwatch.extract.lexicon import occurrences
    for text, words, shared in ((text, words, False), ("x " * 300 + text, ["chief", "chi", "ead", "aab", "İ"], True)):
        expected = []  # (a long text read in the shared pass, for one list of words)
        for word in words:
            at = text.find(word)
            while at >= 0:
                expected.append(at)
                at = text.find(word, at + 1)
        assert occurrences(text, tuple(words), shared) == sorted(expected)


_GAZETTEER_PARTS = st.sampled_from(["AI", "ai", "AI chip", "AI chips", "chips", "Korea", "South Korea", "KOREA", "-", " ",
                                    ", ", "x", "İ", "é", "_", "U.S.", "U.S", "the U.S. side", "\n"])


@settings(max_examples=100, deadline=None)
@given(st.lists(_GAZETTEER_PARTS, max_size=300).map("".join))
def test_gazetteers_read_long_texts_in_the_shared_pass_as_alone(tail):
    """A gazetteer that reads long texts in the shared pass (with the others that read them) finds what it finds
    with its own automaton: whole words, leftmost-longest."""
    from pactwatch.extract.lexicon import Gazetteer
    text = "Korea x " * 70 + tail  # long enough for the shared pass
    entries = {"AI": 1, "AI chip": 2, "chips": 3, "Korea": 4, "South Korea": 5, "U.S.": 6, "U.S": 7, "the U.S. side": 8}
    for fold in (False, True):
        alone, shared = Gazetteer(entries, fold=fold), Gazetteer(entries, fold=fold)
        shared.share()
        assert [(m.start, m.end, m.payload) for m in shared.find(text)] == \
            [(m.start, m.end, m.payload) for m in alone.find(text)]


_TRIE_WORDS = st.lists(st.sampled_from(["a", "ab", "abc", "AB", "b", "ba", "a b", "a bc", "é", "É", "k", "K", "s",
                                        "us dollar", "US dollars", "u.s. dollar"]), min_size=1, max_size=8, unique=True)


@settings(max_examples=300, deadline=None)
@given(_TRIE_WORDS, st.sampled_from(["", "(?![a-z])", "b", r"\b", " ?A", "s"]), st.booleans(),
       st.lists(st.sampled_from(["a", "A", "b", "B", "c", " ", "\t", "  ", "é", "É", "k", "\u212a", "ſ", "s", ".",
                                 "us", "U.S.", "dollar", "dollars"]), max_size=20).map("".join))
def test_a_trie_matches_what_the_list_longest_first_matches(words, tail, fold, text):
    """fastre.trie, as written and inside "(?i:...)" (with fold), against the alternation of the words longest
    first, spaces standing for runs of blanks in both."""
    space = r"[ \t]+"
    listed = "|".join(re.escape(w).replace(r"\ ", space) for w in sorted(words, key=len, reverse=True))
    group = "(?i:" if fold else "(?:"
    plain = re.compile(group + listed + ")" + tail)
    made = re.compile(group + fastre.trie(words, space, fold) + ")" + tail)
    assert _spans(made, text) == _spans(plain, text)


def test_written_patterns_are_re_s_own():
    """fastre.search(r"...", s) and the others are re's functions, the pattern compiled once."""
    text = "Minister of Trade, A. B. Cruz, and the Board of Directors met on 3 May 2026 in Lima."
    for pattern in (r"\S+", r"\s+and\s+", r"(?:[A-Z]\.)+", r"\b(?:of|in)\b", r"(\d+)\s+(\w+)", r"^\w+", r"z+"):
        for string in (text, text[20:], "", "zz z"):
            assert [m.span() for m in fastre.finditer(pattern, string)] == [m.span() for m in re.finditer(pattern, string)]
            for name in ("search", "match", "fullmatch"):
                ours, theirs = getattr(fastre, name)(pattern, string), getattr(re, name)(pattern, string)
                assert (ours and (ours.span(), ours.groups())) == (theirs and (theirs.span(), theirs.groups()))
            assert fastre.findall(pattern, string) == re.findall(pattern, string)
            assert fastre.split(pattern, string) == re.split(pattern, string)
            assert fastre.sub(pattern, "_", string) == re.sub(pattern, "_", string)


def test_a_documents_word_gate_reads_the_shared_pass():
    """Document.holds tells what a word gate's finds in the folded stretch tell, at every stretch of a text."""
    import random

    from pactwatch.extract.doc import Document
    from pactwatch.extract.fastre import fold
    words = ("sign", "signed", "to be", "pact", "ed", "İstanbul")
    texts = ["The ministers signed a pact; talks to be held in Istanbul and İSTANBUL next week. " * 8,
             "Officials said they expect to be signing soon.", ""]
    rng = random.Random(7)
    for text in texts:
        doc = Document(id="", text=text)
        low = fold(text)
        for _ in range(400):
            start = rng.randrange(len(text) + 1)
            end = rng.randrange(start, len(text) + 1)
            assert doc.holds(words, start, end) == any(map(low[start:end].__contains__, words)), (start, end)
