"""Word gates: a costly pattern runs only where one of a few words it needs is in the text (a cheap test first).

A gate is right only while every match of its pattern holds one of its words: a word added to the pattern and
not to the list would silently turn a rule off. Each pattern here runs over every text the extraction tests
use (and over short phrases built for each alternative), and every match must hold one of its gate's words.
"""

from __future__ import annotations

import ast
import random
import re
from pathlib import Path

import pytest

from pactwatch.extract import (agreements, commitments, counts, couples, dates, described, fastre, finish, instruments,
                               lists, ordinals, orgnames, parties, pipeline, references, relations, rolebefore, schedules, seasons,
                               sectorscope, sectorwords, signing, status, totalparts, unmade, verbs, yearturns)

HERE = Path(__file__).parent


def _texts() -> list[str]:
    """Every string of the extraction tests that reads like a sentence (all written for the tests)."""
    out = []
    for path in sorted(HERE.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value.split()) >= 4:
                out.append(node.value)
    return out


TEXTS = _texts()

# (name, pattern, the gate's words); the gates test folded text (lower case), so the words are matched folded too
GATES = [
    ("unmade.DECLINED", unmade.DECLINED, unmade.DECLINED_WORDS),
    ("unmade.HOPED_FOR", unmade.HOPED_FOR, unmade.HOPED_WORDS),
    ("unmade.HOPED_FOR (its openers)", unmade.HOPED_FOR, unmade.HOPED_OPENERS),
    ("unmade.LIKENED", unmade.LIKENED, unmade.LIKENED_WORDS),
    ("unmade.PROSPECTS", unmade.PROSPECTS, unmade.PROSPECTS_WORDS),
    ("status._WRITING", status._WRITING, status._WRITING_WORDS),
    ("status._EXTENDED", status._EXTENDED, status._EXTENDED_WORDS),
    ("status._WISHED", status._WISHED, status._WISHED_WORDS),
    ("unmade.EXPLORED_MEANS", unmade.EXPLORED_MEANS, unmade.EXPLORED_WORDS),
    ("commitments._PAYING", commitments._PAYING, commitments._PAYING_WORDS),
    ("schedules._SCHEDULED", schedules._SCHEDULED, schedules._SCHEDULED_WORDS),
    ("schedules._PRESENT", schedules._PRESENT, schedules._PRESENT_WORDS),
    ("schedules._WITH_SCHEDULED", schedules._WITH_SCHEDULED, schedules._WITH_SCHEDULED_WORDS),
    ("schedules._SET_AFTER", schedules._SET_AFTER, schedules._SCHEDULED_WORDS),
    ("instruments._COMPARED", instruments._COMPARED, instruments._COMPARED_WORDS),
    ("agreements._IN_THE_WAKE", agreements._IN_THE_WAKE, agreements.IN_THE_WAKE_WORDS),
    ("finish.AND_ANOTHER", finish.AND_ANOTHER, finish.AND_ANOTHER_WORDS),
    ("status._WRITING (its openers)", status._WRITING, status._WRITING_OPENERS),
    ("instruments._RELATION_GROWS", instruments._RELATION_GROWS, instruments.RELATION_GROWS_WORDS),
    ("instruments._PROVIDES", instruments._PROVIDES, instruments.PROVIDES_WORDS),
    ("instruments._A_GOAL", instruments._A_GOAL, instruments.A_GOAL_WORDS),
    ("lists._MEMBERS_TOLD", lists._MEMBERS_TOLD, lists.MEMBERS_TOLD_WORDS),
    ("lists._MEMBERS_TOLD (verbs)", lists._MEMBERS_TOLD, lists.MEMBERS_TOLD_VERBS),
    ("schedules._SCHEDULED_ACT", schedules._SCHEDULED_ACT, schedules.SCHEDULED_ACT_WORDS),
    ("unmade.MAY_BE_MADE", unmade.MAY_BE_MADE, unmade.MAY_BE_MADE_WORDS),
    ("counts._SEVERAL", counts._SEVERAL, counts.SEVERAL_WORDS),
    ("lists._ONE_OF_APPOSED", lists._ONE_OF_APPOSED, lists.ONE_OF_WORDS),
    ("totalparts._REFERRED_ONE", totalparts._REFERRED_ONE, totalparts.REFERRED_WORDS),
    ("totalparts._OTHERS", totalparts._OTHERS, totalparts.OTHERS_WORDS),
    ("totalparts._RUNNING", totalparts._RUNNING, totalparts.RUNNING_WORDS),
    ("totalparts._BESIDE", totalparts._BESIDE, totalparts.BESIDE_WORDS),
    ("lists._ONE_OF_APPOSED (of)", lists._ONE_OF_APPOSED, ("of",)),
    ("relations._THEMED", relations._THEMED, relations.THEMED_WORDS),
    ("references._OLDER", references._OLDER, references.OLDER_WORDS),
    ("finish._ONE_MORE", finish._ONE_MORE, finish.ONE_MORE_WORDS),
    ("instruments._SOURCE_BEFORE", instruments._SOURCE_BEFORE, instruments.SOURCE_WORDS),
    ("instruments._EXPLORED", instruments._EXPLORED, ("explor",)),
    ("orgnames.COUNTERPART_BODY", orgnames.COUNTERPART_BODY, orgnames.COUNTERPART_WORDS),
    ("verbs.MAYBE_AGREED", verbs.MAYBE_AGREED, verbs.MAYBE_AGREED_WORDS),
    ("status._CLAUSE_BREAK", status._CLAUSE_BREAK, (";",) + status._BREAK_WORDS),
    ("ordinals._ORDINAL_MEETING", ordinals._ORDINAL_MEETING, ordinals.ORDINAL_WORDS + tuple("0123456789")),
    ("sectorwords._TITLE_LOWER", sectorwords._TITLE_LOWER, sectorwords.TITLE_LOWER_WORDS),
    ("commitments._CALLED_OFF", commitments._CALLED_OFF, commitments.CALLED_OFF_WORDS),
    ("sectorwords._OCCASION", sectorwords._OCCASION, sectorwords.OCCASION_WORDS),
    ("sectorwords._NOT_COVERED", sectorwords._NOT_COVERED, sectorwords.NOT_COVERED_WORDS),
    ("sectorscope._SCOPE", sectorscope._SCOPE, sectorscope.SCOPE_WORDS),
    ("sectorscope._AREAS", sectorscope._AREAS, sectorscope.AREAS_WORDS),
    ("sectorscope._OWN_AREAS (owners)", sectorscope._OWN_AREAS, sectorscope.OWN_OWNERS),
    ("sectorscope._OWN_AREAS (nouns)", sectorscope._OWN_AREAS, sectorscope.OWN_NOUNS),
    ("dates duration (a three-year)", next(p for r, p, _h in dates._RULES if r == "duration" and "[-–]" in p.pattern),
     dates.HYPHENED_UNITS),
    ("dates: the rest of the day", re.compile(seasons.DAY_PART), seasons.DAY_PART_WORDS),
    ("dates: seasons", re.compile(seasons.SEASON), seasons.SEASON_WORDS),
    ("dates: hours to come", re.compile(seasons.HOURS), seasons.HOURS_WORDS),
    ("dates: the year running out", re.compile(yearturns.YEAR_OUT), yearturns.YEAR_OUT_WORDS),
    ("dates: a span as a range", re.compile(yearturns.RANGE_SPAN), yearturns.RANGE_SPAN_WORDS),
    ("dates: weeks and months ahead", re.compile(yearturns.AHEAD), yearturns.AHEAD_WORDS),
    ("dates: the new year", re.compile(yearturns.NEW_YEAR), yearturns.NEW_YEAR_WORDS),
    ("dates: half-years", re.compile(yearturns.HALF), yearturns.HALF_WORDS),
    ("dates: the decade's end", re.compile(yearturns.DECADE_END), yearturns.DECADE_WORDS),
    ("dates: a school year's span", re.compile(seasons.SCHOOL_YEAR_SPAN), seasons.SCHOOL_WORDS),
    ("dates: this school year", re.compile(seasons.SCHOOL_YEAR), seasons.SCHOOL_WORDS),
    ("pipeline._EXAMPLES", pipeline._EXAMPLES, pipeline.EXAMPLES_WORDS),
    ("rolebefore._LED_BY", rolebefore._LED_BY, rolebefore.LED_BY_WORDS),
    ("rolebefore._TITLE_LIST", rolebefore._TITLE_LIST, ("and",)),
    ("signing._SIGNED_WHEN", signing._SIGNED_WHEN, signing._SIGNED_WHEN_WORDS),
    ("signing._MADE_THEN", signing._MADE_THEN, signing._MADE_THEN_WORDS),
    ("signing._AND_WAS_SIGNED", signing._AND_WAS_SIGNED, ("was",)),  # (as written too: the pattern has no flag)
    ("instruments._FOUNDING_OF", instruments._FOUNDING_OF, instruments.FOUNDING_WORDS),
    ("instruments._PROVIDES_FOUNDING", instruments._PROVIDES_FOUNDING, instruments.FOUNDING_WORDS),
    ("couples._DID_SO", couples._DID_SO, couples._DID_SO_WORDS),  # (as written too: the pattern has no flag)
    ("parties._BETWEEN_AFTER", parties._BETWEEN_AFTER, ("between", "among", "with")),  # (as written too)
    ("orgnames._INDEX_NAMED", orgnames._INDEX_NAMED, orgnames.INDEX_WORDS),  # (its gate reads the text as written:
    # every match holds one of the words as written too, each spelt in the pattern in lower case)
]


def _matches(pattern: re.Pattern[str], text: str):
    """Every match of ``pattern`` in ``text``; a pattern anchored at its end ("...$") is tried at the end of every
    prefix of the text that ends a word, as the rules try it on the text before an instrument word."""
    if pattern.pattern.startswith("^"):  # anchored at its start: tried on the text after every space, as the rules
        # try it on the text after an instrument word
        for start in (m.start() for m in re.finditer(r"\s", text)):
            found = pattern.match(text[start:])
            if found is not None and found.end() > found.start():
                yield found
    elif pattern.pattern.rstrip(")").endswith("$"):
        for end in (m.end() for m in re.finditer(r"\S+\s", text)):
            found = pattern.search(text, 0, end)
            if found is not None and found.end() > found.start():
                yield found
    else:
        yield from (m for m in pattern.finditer(text) if m.end() > m.start())


@pytest.mark.parametrize("name, pattern, words", GATES, ids=[g[0] for g in GATES])
def test_every_match_holds_a_word_of_its_gate(name, pattern, words):
    folded_words = [fastre.fold(w) for w in words]
    seen = 0
    for text in TEXTS:
        for match in _matches(pattern, text):
            seen += 1
            found = fastre.fold(match.group(0))
            assert any(w in found for w in folded_words), f"{name} matched {match.group(0)!r} with no gate word"
    assert seen, f"{name} matched none of the test texts: the check would prove nothing"


def test_every_modal_after_holds_its_gate():
    """status._MODAL_AFTER runs only where status._MODAL_WORD finds a modal word: every match must hold one."""
    seen = 0
    for text in TEXTS:
        for match in _matches(status._MODAL_AFTER, text):
            seen += 1
            assert status._MODAL_WORD.search(match.group(0)), match.group(0)
    assert seen


def _owned_pair_texts() -> list[str]:
    """Runs of capitalised words, possessives ("'s", "’s", a bare apostrophe after s) and "and", put together at
    random, with odd word characters in the words ("U.S.", "K-P", "A_b", "Éa")."""
    rng = random.Random(7)
    words = ["Ab", "Cde", "U.S.", "K-P", "xy", "Éa", "Ss", "A_b", "9", "Qs", "Bos"]
    spaces = [" ", " ", " ", "  ", "\n"]
    out = []
    for _ in range(20000):
        parts = []
        for _ in range(rng.randint(1, 4)):
            owner = rng.choice(spaces).join(rng.choice(words) for _ in range(rng.randint(1, 3)))
            name = rng.choice(spaces).join(rng.choice(words) for _ in range(rng.randint(1, 4)))
            parts.append(owner + rng.choice(["'s", "’s", "'", "’", ""]) + rng.choice(spaces) + name
                         + rng.choice([" and ", ", ", " "]))
        out.append("".join(parts))
    return out


def test_owned_pairs_are_the_patterns_matches():
    """The possessive pairs are looked for only before apostrophes: they must be what the pattern finds anywhere."""
    seen = 0
    for text in TEXTS + _owned_pair_texts():
        expected = [m.span() for m in described._OWNED_PAIR.finditer(text)]
        assert [m.span() for m in described.owned_pairs(text)] == expected, text
        seen += len(expected)
    assert seen > 100


def _owner_starts_walked(text: str) -> list[int]:
    """The capitals of the two runs before each apostrophe, walked back character by character."""
    out: set[int] = set()
    for at in [i for i, c in enumerate(text) if c in "'’"]:
        start = at
        for run in (0, 1):
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.-"):
                start -= 1
            if run == 0:
                while start > 0 and text[start - 1].isspace():
                    start -= 1
        out.update(i for i in range(start, at) if "A" <= text[i] <= "Z")
    return sorted(out)


def test_owner_starts_are_the_walked_ones():
    """Where a possessive pair can start is read from the text reversed: no more places (each costs a try of the
    pattern), no fewer."""
    for text in TEXTS + _owned_pair_texts()[:5000]:
        assert described.owner_starts(text) == _owner_starts_walked(text), text


def _cue_texts() -> list[str]:
    """Names, possessives, blanks and the words of the cues put together at random."""
    rng = random.Random(11)
    tokens = ["Acme", "Big Co", "’s", "'s", "s", "  ", "\n", " ", "shares", "stock", "restock", "rose", "had", "fell",
              "Shares", " and ", "x", ".", "’", "Ab Cd Ef Gh", "according to", "analysts at", "chief executive"]
    return ["".join(rng.choice(tokens) + rng.choice(["", " "]) for _ in range(rng.randint(1, 14)))
            for _ in range(20000)]


def test_cue_names_are_those_of_the_whole_pattern():
    """Each cue's names, read from the words after the name and then the name before them, are those of the cue's
    whole pattern tried at every place (the name ending where the pattern's words begin)."""
    from pactwatch.extract import orgcues
    texts = TEXTS + _cue_texts()
    seen = 0
    for (rule, _words, pattern), (_rule, _keys, scan, before, back) in zip(orgcues._CUES, orgcues._COMPILED):
        whole = re.compile(pattern)
        for text in texts:
            expected = [(m.start("name"), m.end("suffix") if "suffix" in whole.groupindex else m.end("name"))
                        for m in whole.finditer(text)]
            found = [(start, end) for start, end, _m in orgcues._name_spans(text, scan, before, back)]
            assert found == expected, (rule, text)
            seen += len(expected)
    assert seen > 100


def test_cue_words_read_in_one_pass_are_those_in_the_text():
    """The words of the cues found in one pass over a story are those a search for each word finds."""
    from pactwatch.extract import orgcues
    for text in TEXTS + _cue_texts()[:3000]:
        lower = text.lower()
        present = {hit[0] for hit in orgcues._KEYWORD_PASS.find_matches_as_indexes(lower, overlapping=True)}
        assert present == {i for i, word in enumerate(orgcues._KEYWORDS) if word in lower}, text


def _anchored_texts(words: list[str]) -> list[str]:
    """Capitalised names, lower-case words, marks and ``words`` put together at random."""
    rng = random.Random(5)
    tokens = words + ["Acme", "Big-Co", "U.S.", "A_b", "Éa", "9", "x", "the", "a", "and", ",", ".", "(", "\n", " ", "  "]
    return [" ".join(rng.choice(tokens) for _ in range(rng.randint(1, 16))) for _ in range(20000)]


def test_operators_are_the_patterns_matches():
    """The runners of a plant are looked for only before a site word: they must be what the pattern finds anywhere."""
    rng = random.Random(9)
    built = [" ".join(rng.choice(part) for part in (
        ["", "and", ",", ".", "while", "(", "\n"], ["Acme", "Big-Co", "x", "U.S."], ["", "Steel", "y"],
        ["", "also", "already"], ["has", "is building", "built", "owns", "runs"], ["a", "its", "two", "the"],
        ["", "new", "Big", "new large"], ["plant", "plants", "factory", "mines", "fabs", "refinery", "smelter", "fabric"],
        ["", ".", "Acme has a plant"])) for _ in range(5000)]
    texts = TEXTS + built + _anchored_texts(["has", "also", "already", "is building", "built", "owns", "an", "its",
                                             "new", "plant", "plants", "factory", "mines", "fabs", "refinery"])
    seen = 0
    for text in texts:
        expected = [m.span() for m in described._OPERATOR.finditer(text)]
        starts = orgnames.capitals_before(text, orgnames.places_of(text, described._SITE_WORDS), 10, "_&-")
        assert [m.span() for m in orgnames.matches_at(described._OPERATOR, text, starts)] == expected, text
        seen += len(expected)
    assert seen > 100


def test_index_names_are_the_patterns_names():
    texts = TEXTS + _anchored_texts(["share", "average", "Stock", "Average", "stock", "index", "Index", "benchmark",
                                     "225", "Composite", "composite", "Nikkei", "Hang Seng"])
    seen = 0
    for text in texts:
        expected = frozenset(m.group(1) for m in orgnames._INDEX_NAMED.finditer(text))
        assert orgnames.index_names(text) == expected, text
        seen += len(expected)
    assert seen > 100


def test_state_bodies_are_the_patterns_matches():
    """A cabinet or parliament is looked for only before the first words of the bodies: the matches are those of
    the pattern tried everywhere; the words of the gate are found in one pass as a search for each finds them."""
    from pactwatch.extract import bodies
    rng = random.Random(2)
    tokens = ["the", "The", "Union", "Federal", "Cabinet", "Parliament", "House", "of", "Commons", ".", "'s", "’s",
              "Verkhovna", "Rada", "National", "Assembly", "Lok", "Sabha", "x", "Acme", "\n", "  ", "theCabinet",
              "Secretary", "member", "Federation", "Council", "Dewan", "Rakyat"]
    built = []
    for _ in range(20000):
        text = rng.choice(["", " ", "  "]).join(rng.choice(tokens) for _ in range(rng.randint(1, 10)))
        built.append(text.replace(" ", "", rng.randint(0, 2)) if rng.random() < 0.5 else text)
    seen = 0
    for text in TEXTS + built:
        expected = [m.span() for m in bodies._STATE_BODY.finditer(text)]
        found = orgnames.matches_at(bodies._STATE_BODY, text, bodies.state_body_starts(text))
        assert [m.span() for m in found] == expected, text
        assert bool(bodies._STATE_WORD_PASS.find_matches_as_indexes(text)) == any(
            map(text.__contains__, bodies._STATE_WORDS)), text
        seen += len(expected)
    assert seen > 100


def test_names_in_capitals_are_those_of_the_whole_scan(extractor):
    """The firms and agencies written in capitals, looked for where the gazetteer's names in capitals are, are those
    a try at every capital letter finds."""
    lex = extractor.lexicons

    def scanned(text: str) -> list[tuple[int, int, str]]:
        out = []
        for m in orgnames._CAPITALS.finditer(text):
            word = m.group(0)
            entry = lex.organizations.get(word.capitalize()) if lex.organizations.get(word) is None else None
            if entry is not None and entry.type in ("company", "agency") and entry.name.upper() == word:
                out.append((m.start(), m.end(), entry.name))
        return out

    capitals = sorted({e.name.upper() for _key, e in lex.organizations.items() if e.type in ("company", "agency")
                       and orgnames._WORD_IN_CAPITALS.fullmatch(e.name.upper())})
    rng = random.Random(1)
    tokens = capitals[:40] + ["(", "-", "x", "ROSATOMX", "A", " ", "\n", "Rosatom", "(HUAWEI)", "X-", "_", "É"]
    built = ["".join(rng.choice(tokens) + rng.choice(["", " "]) for _ in range(rng.randint(1, 10)))
             for _ in range(10000)]
    seen = 0
    for text in TEXTS + built:
        expected = scanned(text)
        assert [(m.start, m.end, m.entry.name) for m in orgnames.in_capitals(text, lex)] == expected, text
        seen += len(expected)
    assert seen > 100


# lines (written for the test) that some gated chrome pattern matches whole, or nearly: each gate must keep them
_CHROME_LINES = [
    "Staff photographers file photo",
    "Harbour Desk file picture.",
    "The Daily Ledger website carries only a portion of the stories it prints.",
    "Our site website shows only some of the news",
    "Example Newswire is solely responsible for this content.",
    "Example Newswire is solely responsible for the content",
    "The ministers said the website was down for part of the day.",
    "The agency is solely responsible for the launch schedule of the rocket.",
    "A PROFILE of the engineers behind the FILE photo archive",
]


def test_chrome_lines_gated_are_those_of_the_whole_union():
    """chrome: line patterns that begin with a repeat of nearly any character run only on lines that hold a word
    they need; the lines left out must be those the union of every line pattern leaves out."""
    from pactwatch.extract.chrome import ChromeRules, _needed_word
    rules = ChromeRules.load()
    assert len(rules.gated) >= 2, "no pattern is gated: the check would prove nothing"
    every = re.compile("|".join(f"(?:{p.pattern})" for p in [rules.line, *(p for _w, p in rules.gated)]), re.IGNORECASE)
    whole = ChromeRules(line=every, cut=rules.cut)
    for word, pattern in rules.gated:
        assert _needed_word(pattern.pattern) == word
    texts = ["\n".join(_CHROME_LINES[i:] + _CHROME_LINES[:i]) for i in range(len(_CHROME_LINES))] + TEXTS
    dropped = 0
    for text in texts:
        kept = rules.body_ranges(text)
        assert kept == whole.body_ranges(text), text
        dropped += len([line for line in text.splitlines() if line.strip()]) - len(kept)
    assert dropped, "no line was chrome: the check would prove nothing"
