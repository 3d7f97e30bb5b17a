"""Gates of the people, countries and sector-word stages: a cheap test in front of a pattern must be true wherever
the pattern matches, or a rule turns off unseen. Each gate is checked against its pattern on the sentences of the
extraction tests, on wordings made for it, and on random text; and a few wordings must still come out through it."""

from __future__ import annotations

import random
import re

import pytest

from pactwatch.extract import Extractor, entities, namechains, people, roletails, sectorwords
from pactwatch.extract.doc import Document
from pactwatch.extract.lexicon import Lexicons, occurrences

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
    """Document.sentences_holding tells at once what doc.holds tells of each sentence."""
    ex = extractor
    text = ("Tokyo and Delhi signed a chip pact on Monday. The deal comes amid a race for batteries. Minerals are "
            "essential for the energy transition, the minister of science said. It does not cover AI; it excludes "
            "quantum. At a science meeting in Oslo, the two agreed.")
    doc = Document(id="t", text=text, published=None, title=None, url=None)
    for component in ex.components:
        component.func(ex, doc)
    for words in (sectorwords.NOT_COVERED_WORDS, sectorwords.TITLE_LOWER_WORDS, sectorwords.OCCASION_WORDS,
                  sectorwords._BACKGROUND_WORDS, sectorwords._PURPOSE_WORDS):
        held = doc.sentences_holding(words)
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


def _trim_name_by_matches(raw: str, lex: Lexicons) -> str:
    """people._trim_name as it read its tokens before: a match object per "\\S+" run, offsets read from them."""
    end = 0
    tokens = list(re.finditer(r"\S+", raw))
    words = [t.group(0) for t in tokens]
    kept = []
    for token in tokens:
        word = token.group(0)
        surname = kept and word.rstrip(",")[1:].islower() and word.rstrip(",") in lex.organizations
        surname = surname or not kept and word in lex.surnames and len(words) > 1 and words[1].rstrip(",") in \
            lex.given_names
        entry = lex.countries.get(word)
        if len(kept) >= 2 and token is tokens[-1] and entry is not None and entry.type == "demonym":
            kept.append(token)
            break
        if not kept and word in lex.given_names and word in lex.countries and len(tokens) > 1 and \
                tokens[1].group(0)[:1].isupper() and tokens[1].group(0).rstrip(",") not in lex.countries:
            kept.append(token)
            continue
        if people.vietnamese_word(words, len(kept)):
            kept.append(token)
            continue
        if word in people._NOT_NAME or word in lex.countries or word in lex.organizations and not surname:
            break
        if kept and word in lex.roles and any(r.start == 0 and " " in r.text and r.payload.value == "title"
                                            for r in lex.roles.find(raw[token.start():])):
            break
        kept.append(token)
    while kept and len(kept[-1].group(0)) <= 2 and kept[-1].group(0).endswith("."):
        kept.pop()
    if kept:
        end = kept[-1].end()
    name = raw[:end]
    return name if "\n" not in name else ""


def test_a_name_is_trimmed_as_before(lex):
    """people._trim_name reads its tokens with str.split and finds the offsets it needs: the same names as when
    every token was a match object, on runs of words from the test sentences (blanks of every kind kept)."""
    raws = ["Bui The Duy", "Tran Van An said", "Dr Mohamed Khalil Iraqi", "James Mutua Chief Executive Officer of X",
            "Takeda Ryota of Japan", "Santiago Cafiero and", " Ana  Ruiz\tde Soto", "A B.", "J. D.", "Ana Ruiz\nSaid",
            "Kenji Takeda Toyota", "Omar bin Sultan Al Olama, Minister"]
    for text in TEXTS[::3] + _random_texts(5, 200):
        for at in range(len(text)):
            if text[at].isupper() and (at == 0 or text[at - 1].isspace()):
                raws.append(text[at:at + 60])
    for raw in raws:
        assert people._trim_name(raw, lex) == _trim_name_by_matches(raw, lex), raw


def test_an_apposition_is_tried_wherever_it_can_match():
    """roletails.role_in_reach lets APPOSITION run at every comma where it matches: the role word it reads (a head
    people.py finds) comes before any other comma, or an "MD" does."""
    texts = TEXTS + _random_texts(13) + ["Ana Ruiz, the U.S. Commerce Secretary, said", "A B, MD  of Acme, said",
                                         "A B, MD\tof Acme, said", "A B, Deputy DDG, said", "A B, Crown  Prince, said"]
    matched = 0
    for text in texts:
        heads = occurrences(text.lower(), people._ROLE_WORDS) if len(text.lower()) == len(text) else None
        if heads is None:
            continue
        for comma in range(len(text)):
            if text[comma] == "," and roletails.APPOSITION.match(text, comma):
                matched += 1
                assert roletails.role_in_reach(text, heads, comma), (text, comma)
    assert matched > 100


def test_name_patterns_built_as_tries_match_as_the_lists_did(lex):
    """people._patterns writes the name particles and the honorifics as tries (fastre.trie): at every offset of the
    test sentences a name and a run of honorifics match as they did written as lists, longest first."""
    particles = "|".join(re.escape(p) for p in sorted(lex.name_particles, key=len, reverse=True))
    titles = [s for s, term in lex.roles.items() if term.value == "honorific"] + list(namechains.SEAT_ABBREVIATIONS)
    honorific = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    name = (rf"{people._TOKEN}(?:\s+(?:(?:{particles})\s+){{0,2}}(?:{people._NICK}\s+)?{people._TOKEN}){{0,5}}"
            rf"{people._SUFFIX}")
    listed = {"name": re.compile(name), "honorifics": re.compile(rf"(?:\s+(?:{honorific})(?![\w’']))+")}
    made = people._patterns(lex)
    texts = TEXTS[::2] + ["H.E. Sheikh Mohammed bin Rashid Al Maktoum", "Dato' Sri Ana binti Ahmad", "Ana van der Berg",
                          "Prof. Dr. Omar bin Sultan Al Olama", "His Royal Highness Prince A B", "Ms. Jo de la Cruz"]
    found = 0
    for text in texts:
        for at in range(len(text)):
            for key, pattern in listed.items():
                old, new = pattern.match(text, at), getattr(made, key).match(text, at)
                assert (old and old.span()) == (new and new.span()), (key, text, at)
                found += old is not None
    assert found > 1000
