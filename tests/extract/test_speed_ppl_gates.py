"""Gates of the people, countries and sector-word stages: a cheap test in front of a pattern must be true wherever
the pattern matches, or a rule turns off unseen. Each gate is checked against its pattern on the sentences of the
extraction tests, on wordings made for it, and on random text; and a few wordings must still come out through it."""

from __future__ import annotations

import random
import re

import pytest

from pactwatch.extract import Extractor, entities, namechains, people, sectorwords
from pactwatch.extract.doc import Document
from pactwatch.extract.lexicon import Lexicons

from .test_word_gates import TEXTS



@pytest.fixture(scope="module")
def lex() -> Lexicons:
    return Lexicons.load()


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _random_texts(seed: int, count: int = 300) -> list[str]:
    rng = random.Random(seed)
    pieces = ["said", "Ana", "Ruiz", "de", "la", "Jr.", "Sr.", ",", ", Jr.", "(", ")", "2024", ";", ":", "Mr", "Dr.",
              "J.D.", "O'Neil", "Al-Jaber", "bin", "Vance", "“Bongbong”", "\n", "MP", "OBE", "counterpart", "the",
              "Minister", "of", "Trade", "’s", "'s", "$", "-", "dollars", "yen", "&", "/", "?", "é", "Đông", "Trần"]
    return [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 25))) for _ in range(count)]


def test_a_name_search_from_its_later_start_finds_what_it_found(lex):
    """people._name_ending_at searches for the name that ends at an offset from after the last character no name
    holds (and after a comma not of "..., Jr."): at every offset of many texts, the same match as from 70 back."""
    pattern = people._patterns(lex).name_at_end
    texts = TEXTS[::4] + _random_texts(7) + [  # (a quarter of the sentences: every offset of each is tried)
        "the talks, said Ana Ruiz, Jr.", "(2024) Kim Chang-wook", "Minister: Lee Jae-myung", "A B, Sr.\n",
        "On Monday, Ferdinand “Bongbong” Marcos Jr.", "a 3-day trip by J.D. Vance", "Trần Văn Lâm; Nguyen Thi An",
        "Sheikh Mohammed bin Rashid Al Maktoum", "talks with US Vice President JD Vance, said",
    ]
    checked = 0
    for text in texts:
        for end in range(len(text) + 1):
            start = max(0, end - 70)
            plain = pattern.search(text, start, end)
            gated = pattern.search(text, namechains.name_may_start(text, start, end), end)
            assert (plain and plain.span(1)) == (gated and gated.span(1)), (text, end)
            checked += plain is not None
    assert checked > 100  # (names were found: the comparison is not between two Nones)


def test_the_cheap_tests_hold_wherever_their_patterns_match():
    """Each test in front of a pattern is true of every text the pattern matches."""
    texts = TEXTS + _random_texts(11) + ["A B MP", "Jane Roe, OBE", "Sam Lee FREng", "Ana Ruiz PhD", "his counterpart",
                                         "their Indian counterparts", "MK Dana Levi", " dollars", "-yuan deal", "’s"]
    words = [w for text in texts for w in text.split()]
    pieces = texts + words + [" ".join(words[i:i + 3]) for i in range(len(words))]
    for piece in pieces:
        name = piece.strip()
        if people._POST_NOMINALS.search(name):
            assert name[-1:] in people._POST_NOMINAL_ENDS, piece
        if people._RELATION_ONLY.fullmatch(piece):
            assert "counterpart" in piece.lower(), piece
        if people._KNESSET.match(name):
            assert name.startswith("MK"), piece
        if entities._CURRENCY_AFTER.match(piece):
            assert piece.startswith((" ", "-")), piece
        if entities._POSSESSIVE_AFTER.match(piece):
            assert piece.startswith(("'", "’")), piece


def _last_word_in_two_reads(backwards: str, pos: int) -> str:
    """The word before ``pos`` read as it was before the two reads became one match: a match per word."""
    read = re.compile(r"[ \t]*(\S*)")
    at = len(backwards) - pos
    for _ in range(2):
        found = read.match(backwards, at)
        word = found.group(1)[::-1].lower()
        if word != "the":
            return word
        at = found.end()
    return ""


def test_the_last_word_is_read_as_before():
    """entities._last_word reads the word before an offset (and the one before "the") in one match, as two did."""
    for text in [*TEXTS[:200], *_random_texts(3, 100), "held in the   United States; with\tthe THE Japan, near Kenya"]:
        back = text[::-1]
        for at in range(len(text) + 1):
            assert entities._last_word(back, at) == _last_word_in_two_reads(back, at), (text, at)


def test_sentences_holding_agrees_with_holds_sentence_by_sentence(extractor):
    """sectorwords.sentences_holding tells at once what doc.holds tells of each sentence."""
    ex = extractor
    text = ("Tokyo and Delhi signed a chip pact on Monday. The deal comes amid a race for batteries. Minerals are "
            "essential for the energy transition, the minister of science said. It does not cover AI; it excludes "
            "quantum. At a science meeting in Oslo, the two agreed.")
    doc = Document(id="t", text=text, published=None, title=None, url=None)
    for component in ex.components:
        component.func(ex, doc)
    for words in (sectorwords.NOT_COVERED_WORDS, sectorwords.TITLE_LOWER_WORDS, sectorwords.OCCASION_WORDS,
                  sectorwords._BACKGROUND_WORDS, sectorwords._PURPOSE_WORDS):
        held = sectorwords.sentences_holding(doc, words)
        assert held == {i for i, s in enumerate(doc.sentences) if doc.holds(words, s.start, s.end)}, words
        assert held  # (each is in a sentence here)


@pytest.mark.parametrize("text, name, role", [
    ("The deal was signed by John Smith MP, the trade envoy, on Monday.", "John Smith", "trade envoy"),
    ("Trade Minister John Smith OBE said the deal was done.", "John Smith", "Trade Minister"),
    ("His counterpart, Anthony Albanese, said the deal was done.", "Anthony Albanese", "Prime Minister"),
    ("The talks went well, said Kim Chang-wook, Jr., adding that more would follow.", "Kim Chang-wook, Jr.", None),
    ("(2024) Lee Jae-myung, President of South Korea, said the deal was done.", "Lee Jae-myung", "President of South Korea"),
])
def test_names_still_come_through_the_gates(extractor, text, name, role):
    """Wordings each gate lets through: letters after a name, a counterpart named, a suffix's comma, a year's
    parenthesis before the name (what the extractor gave before the gates)."""
    found = {p.name: p.role for p in extractor(text).people}
    assert found == {name: role}
