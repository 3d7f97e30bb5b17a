"""Gates of the organisation stage: each cheap test stands before a costly pattern and must never turn away a text the
pattern matches. Each gated function is compared with the bare pattern on wordings of every alternative, on near
misses, and on random strings made of the characters the gates look at."""

from __future__ import annotations

import random

import pytest

from pactwatch.extract import orgcountry, orgnames
from pactwatch.extract.doc import Document

_GOVERNMENT_TEXTS = [
    "The Government has signed an MoU with the Government of Denmark.",
    "Officials said. The Federal Government will fund it.",
    "Talks went on.\nthe Union  Government approved the plan",
    "It ended! The National\tGovernment agreed.",
    "The Central Government's plan",
    "The Governments of both sides met.",  # "Governments": the word goes on, still a match
    "the Government of India and the Government of Japan",  # "of" after each: none
    "He said the Government would act.",  # no sentence start before "the": none
    "the Government",
    "The  Federal  Government of Nigeria",
    "A Government spokesman",
    "? the Central Government",
]


def _doc(text: str) -> Document:
    return Document(id="", text=text)


@pytest.mark.parametrize("text", _GOVERNMENT_TEXTS)
def test_unnamed_government_gate_finds_what_the_pattern_finds(text: str) -> None:
    assert orgcountry._unnamed_government(_doc(text)) == bool(orgcountry._UNNAMED_GOVERNMENT.search(text))


def test_unnamed_government_gate_on_random_text() -> None:
    pieces = ["The ", "the ", "Federal ", "Union ", "National ", "Central ", "Government", " of ", "of", ". ", "! ",
              "\n", " ", "s", "x", "\t", "Governments"]
    rng = random.Random(7)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        assert orgcountry._unnamed_government(_doc(text)) == bool(orgcountry._UNNAMED_GOVERNMENT.search(text)), text


_HERE_TEXTS = [
    "The minister said here on Monday.", "officials told reporters here that", "in a statement here,",
    "here today the talks", "Here today", "where today", "there said here", "says  here", "announced\nhere",
    "_here today", "nowhere today", "He was here.", "here", "statement here", "told  reporters\there today",
    "Reporters said here", "It was announced  here.", "we are here today", "said here_", "said\u00a0here",
]


@pytest.mark.parametrize("text", _HERE_TEXTS)
def test_said_here_gate_finds_what_the_pattern_finds(text: str) -> None:
    assert orgcountry._said_here(text, text[::-1]) == bool(orgcountry._HERE.search(text))


def test_said_here_gate_on_random_text() -> None:
    pieces = ["here", "said", "says", "announced", "statement", "told reporters", "today", " ", "\n", "w", "t", "_",
              "é", "1", ".", "told", "reporters", "\u00a0"]
    rng = random.Random(11)
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert orgcountry._said_here(text, text[::-1]) == bool(orgcountry._HERE.search(text)), text


def test_story_home_counts_as_counter_did() -> None:
    """The most named country, ties broken by which was named first (as Counter.most_common sorts)."""
    from collections import Counter

    from pactwatch.extract.doc import CountryMention
    rng = random.Random(3)
    for _ in range(300):
        codes = [rng.choice(["KOR", "USA", "JPN", "DEU"]) for _ in range(rng.randint(0, 7))]
        doc = _doc("x")
        doc.countries = [CountryMention(i, i + 1, "x", code, "name") for i, code in enumerate(codes)]
        ranked = Counter(codes).most_common()
        expected = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
        assert orgcountry._story_home(doc) == expected


def test_second_owner_gate() -> None:
    for text in ["Korea's Ministry and Vietnam's Ministry of Science", "Chile's CORFO & Vietnam's Agency",
                 "the Ministry of Science and Technology", "Vietnam's Ministry of Science",
                 "X and the EU's Y Agency", "A\tand  B's C"]:
        slow = None
        for slow in orgnames._SECOND_OWNER.finditer(text, 0, len(text)):
            pass
        assert orgnames.past_other_owner(text, 0, len(text)) == (slow.end() if slow else 0)


@pytest.mark.parametrize("word", ["Today's", "TODAY'S", "Yesterday’s", "Monday's", "tonightſ", "Year'ſ", "Week's",
                                  "Todays", "Today", "Today'", "Council", "Today’S"])
def test_a_days_own_gate(word: str) -> None:
    """A day's possessive is passed over however its "s" is written (case ignored: "S", and "ſ" too)."""
    import re
    tokens = list(re.finditer(r"\S+", f"{word} Council of Ministers"))
    expected = tokens[1:] if orgnames._WHEN_OWNED.fullmatch(word) else tokens
    assert orgnames.past_a_days_own(tokens) == expected


def _capitals_walked(text: str, places: list[int], words: int, marks: str) -> list[int]:
    """capitals_before as it was first written: a walk back character by character from each place."""
    out: set[int] = set()
    for place in places:
        at, count, inside = place, 0, False
        while at > 0:
            char = text[at - 1]
            if char.isspace():
                inside = False
            elif char.isalnum() or char in marks:
                if not inside:
                    count, inside = count + 1, True
                    if count > words:
                        break
            else:
                break
            at -= 1
        out.update(i for i in range(at, place) if "A" <= text[i] <= "Z")
    return sorted(out)


def test_capitals_before_reads_back_as_the_walk_did() -> None:
    rng = random.Random(5)
    alphabet = "aZ B_&-.,\n\t\u00a0é1'’\u2028Q"
    for _ in range(6000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        places = [rng.randint(0, len(text)) for _ in range(3)]
        for words, marks in ((10, "_&-"), (4, "_&.-"), (2, "-"), (1, ""), (3, ".")):
            assert orgnames.capitals_before(text, places, words, marks) == _capitals_walked(text, places, words, marks)
    text = "Tsingshan Holding Group already operates a nickel smelter; the Nikkei Stock Average rose"
    places = orgnames.places_of(text, ("smelter", "verage"))
    assert orgnames.capitals_before(text, places, 10, "_&-") == _capitals_walked(text, places, 10, "_&-") != []


def test_a_name_opening_another_is_found_by_bisection() -> None:
    from pactwatch.extract import orgspans
    rng = random.Random(9)
    words = ["Samsung", "Samsung Electronics", "Hyundai", "Hyundai Motor", "Hyundai Rotem", "Sam", "SK", "SK Hynix", ""]
    for _ in range(2000):
        names = sorted(rng.sample(words, rng.randint(0, len(words))))
        prefix = rng.choice(words) + " "
        assert orgspans._opens_one(names, prefix) == any(n.startswith(prefix) for n in names)


def test_folding_is_lower_case_but_for_three_letters() -> None:
    """orgcues reads the story folded (made once for all) as its lower case, unless it holds one of _FOLDED_APART."""
    from pactwatch.extract import fastre, orgcues
    apart = {chr(i) for i in range(0x110000) if fastre.fold(chr(i)) != chr(i).lower()}
    assert apart == set(orgcues._FOLDED_APART)
    text = "Shares of KELVIN\u212a Corp rose 5% — analysts at Ünal said"
    assert fastre.fold(text) == text.lower()


def test_whole_words_reads_as_the_gazetteer_does() -> None:
    """A story's own acronyms are found by str.find, as a gazetteer of them would find them."""
    from pactwatch.extract.lexicon import Gazetteer
    rng = random.Random(13)
    keys = ["ESA", "SA", "NASA", "KARI", "A", "ES", "ESA B", "_S", "Ü"]
    for _ in range(3000):
        entries = {k: i for i, k in enumerate(rng.sample(keys, rng.randint(0, 4)))}
        text = "".join(rng.choice(["ESA", "NASA", " ", "SA", "KARI", "x", "_", "B", ".", "Ü", "ESAS", "\n", "1"])
                       for _ in range(rng.randint(0, 12)))
        gazetteer: Gazetteer[int] = Gazetteer()
        for key, value in entries.items():
            gazetteer.add(key, value)
        want = [(m.start, m.end, m.text, m.payload) for m in gazetteer.find(text)]
        assert [(m.start, m.end, m.text, m.payload) for m in orgnames.whole_words(text, entries)] == want, (text, entries)


_ALLIANCE_TEXTS = [
    "The Bharat 6G Alliance signed an MoU with the Next G Alliance.",
    "the 5G Alliance for Connected Industries and Automation (5G-ACIA) and the Alliance for Telecommunications "
    "Industry Solutions signed",
    "A B C D E F Alliance", "One Two Three Four Five Six Seven Alliance", "x-Ray Tech Alliance", "R&D Alliance",
    "The Global Battery Alliances", "an alliance", "(Energy Alliance)", "Alliance for and", "The\nGreen  Alliance",
    "Über Tech Alliance", "__init__ Alliance", "Tech’s Alliance", "Alliance",
]


def test_alliances_are_tried_where_they_can_start() -> None:
    from pactwatch.extract import orgtold
    from pactwatch.extract.orgnames import matches_at

    def both(text: str):
        fast = [m.span() for m in matches_at(orgtold._ALLIANCE_NAME, text, orgtold._alliance_starts(text))]
        return fast, [m.span() for m in orgtold._ALLIANCE_NAME.finditer(text)]

    for text in _ALLIANCE_TEXTS:
        fast, slow = both(text)
        assert fast == slow, text
    rng = random.Random(17)
    pieces = ["The ", "Alliance", " for ", "Tech", "6G", " ", "\n", "and ", "& ", "x", "-", "_", "’", ".", "Ü", "9"]
    for _ in range(5000):
        fast, slow = both("".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))))
        assert fast == slow
