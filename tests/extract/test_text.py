"""Sentence splitting on text as pages and feeds deliver it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from pactwatch.extract.text import split_sentences


def pieces(text: str) -> list[str]:
    return [s.text(text) for s in split_sentences(text)]


@pytest.mark.parametrize("text, expected", [
    ("Peru and Korea signed a memorandum. It covers lithium.", ["Peru and Korea signed a memorandum.",
                                                                "It covers lithium."]),
    # paragraphs glued together when a page was flattened: no space after the full stop
    ("The two ministries announced the deal in Berlin.The declaration covers rare earths.",
     ["The two ministries announced the deal in Berlin.", "The declaration covers rare earths."]),
    ("Officials said talks would resume soon!Both sides want a chip pact.",
     ["Officials said talks would resume soon!", "Both sides want a chip pact."]),
    ("The visit ended on Monday, the agency reports.A memorandum was signed too.",
     ["The visit ended on Monday, the agency reports.", "A memorandum was signed too."]),
    ("It was signed in Nairobi.”The accord runs to 2030.", ["It was signed in Nairobi.”", "The accord runs to 2030."]),
    # a figure with a letter ("6G", "5G") is no initial
    ("China and Korea race to lead 6G. The Korean plan runs to 2030.",
     ["China and Korea race to lead 6G.", "The Korean plan runs to 2030."]),
    # a company suffix that is the last word of a sentence ends it
    ("The memorandum was signed with Kestrel Holdings Co., Ltd. Japan's trade ministry welcomed it.",
     ["The memorandum was signed with Kestrel Holdings Co., Ltd.", "Japan's trade ministry welcomed it."]),
])
def test_sentences(text, expected):
    assert pieces(text) == expected


@pytest.mark.parametrize("text", [
    "The U.S.Treasury and the U.K. Treasury met.",  # initials, not a sentence end
    "Visit example.com or the Pactwatch site for details.",
    "Mr.Lee and Dr.Kim signed it.",
    "The firm uses ASP.NET and Node.Js in its platform.",
    "S. Korea and Chile to widen their trade deal to data flows",  # an initial: a headline, not two sentences
    "N. Korea rejected the offer, and Harry S. Truman was quoted by the envoy.",
    "The deal was signed by John F. Kennedy Jr. and the prime minister.",
    # one company's suffixes in a row: "Co. Ltd", "Co., Ltd.", "Pte. Ltd", "Corp. Inc"
    "Zhongxing Telecom Co. Ltd of China and the government of Chad struck a deal on Friday.",
    "A unit of Nusantara Data Pte. Ltd will build the two data centres.",
    "Orbis Cloud Corp. Inc. and Kenya signed the deal.",
    # "viz." and "cf." introduce what follows ("the five member states, viz. Kenya, ...")
    "The fund serves its five member states viz. Kenya, Uganda, Rwanda, Burundi and Tanzania.",
    "Training is open to the partners' engineers (cf. Annex II of the memorandum).",
    "The centre will train staff of the member countries, viz. Nepal, Bhutan and Sri Lanka.",
    # honorifics before a name: "H.E." (His or Her Excellency), "H.H." (His Highness)
    "The memorandum was signed with H.E. Maria Costa, President of the republic, in Lisbon.",
    "The minister met H.H. Sheikh Khalid bin Saud in Doha to sign the accord.",
])
def test_no_cut_inside_names_and_abbreviations(text):
    assert pieces(text) == [text]


def test_a_line_broken_inside_a_sentence_goes_on():
    text = "Brazil and China signed a protocol for the\njoint development of a new satellite.\nIt launches in 2028."
    assert [p.replace("\n", " ") for p in pieces(text)] == [
        "Brazil and China signed a protocol for the joint development of a new satellite.", "It launches in 2028."]


def test_a_headline_stays_a_line_of_its_own():
    text = "Korea and Peru sign lithium pact\nThe two countries signed a memorandum on Monday.\n- lithium\n- copper"
    assert pieces(text) == ["Korea and Peru sign lithium pact", "The two countries signed a memorandum on Monday.",
                            "lithium", "copper"]


WRAPPED = """Kenya has
strengthened its role in regional computing through a
partnership with a Danish foundation to
set up a data science hub in Nairobi. The $4 million project,
announced at a summit in Kigali, will train engineers
across the region.
The memorandum
of understanding signed by Kenya's ICT Cabinet Secretary and the
Foundation's president names the University of Nairobi as the
host. Work starts in 2027.
"""


def test_a_page_wrapped_at_a_fixed_width_is_read_as_prose():
    assert [p.replace("\n", " ") for p in pieces(WRAPPED)] == [
        "Kenya has strengthened its role in regional computing through a partnership with a Danish foundation to "
        "set up a data science hub in Nairobi.",
        "The $4 million project, announced at a summit in Kigali, will train engineers across the region.",
        "The memorandum of understanding signed by Kenya's ICT Cabinet Secretary and the Foundation's president "
        "names the University of Nairobi as the host.",
        "Work starts in 2027."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("aZq.. .\n-'é") + ["Dr.", "U.S.", "abcdefghij" * 5]), max_size=40).map("".join),
       st.data())
def test_word_before_reads_as_the_search_from_the_start(text, data):
    """The word before a sentence end, read near the end, is the one a search from the piece's start finds."""
    from pactwatch.extract.text import _WORD_BEFORE, _word_before
    start = data.draw(st.integers(0, len(text)), label="start")
    end = data.draw(st.integers(start, len(text)), label="end")
    a, b = _WORD_BEFORE.search(text, start, end), _word_before(text, start, end)
    assert (a and (a.span(), a.group(1))) == (b and (b.span(), b.group(1)))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["said", "says", "added", "noted", "told", "toldx", "un", " ", "  ", "\n", "\u00a0",
                                 ",", "Ann"]), max_size=30).map("".join))
def test_said_after_finds_what_the_pattern_finds(text):
    """The verbs of saying found from their words are the matches the pattern's own scan of the text finds."""
    from pactwatch.extract.roletails import SAID_AFTER, said_after
    assert [m.span() for m in said_after(text)] == [m.span() for m in SAID_AFTER.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Korea", "U.S.", "'s", "’s", " ", "\n", "Acme", "the", ",", "A-B", "Big", "(", "é"]),
                max_size=30).map("".join), st.data())
def test_possessives_at_owners_are_those_of_the_scan(text, data):
    """The possessives read at chosen owner ends are the whole-text scan's matches that end their owner there."""
    from pactwatch.extract.described import _POSSESSIVE, _possessives_at
    ends = sorted(data.draw(st.sets(st.sampled_from([i for i in range(len(text)) if text.startswith(("'s", "’s"), i)]
                                                    or [0])), label="ends"))
    ends = [e for e in ends if text.startswith(("'s", "’s"), e)]
    assert [m.span() for m in _possessives_at(text, ends)] == [
        m.span() for m in _POSSESSIVE.finditer(text) if m.end(1) in ends]


def _last_word_walked(text: str, pos: int) -> str:
    """The word before ``pos`` (one "the" skipped), walked back character by character: what entities reads."""
    end = pos
    for _ in range(2):
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        start = end
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        word = text[start:end].lower()
        if word != "the":
            return word
        end = start
    return ""


def test_the_word_before_a_place_read_backwards_is_the_walked_one():
    import random

    from pactwatch.extract.entities import _last_word

    rng = random.Random(11)
    pieces = ["in", "the", "The", "THE", "to", "İstanbul", "a,", "\t", " ", "  ", "\n", "\u00a0", "x\u2003y", "", "-"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "\t"]) for _ in range(rng.randint(0, 8)))
        for pos in range(len(text) + 1):
            assert _last_word(text[::-1], pos) == _last_word_walked(text, pos), (text, pos)


_DATELINE_TEXTS = [
    "QUITO, Ecuador — The two ministers met on Friday.",
    "Jul 4, Hanoi: Officials said a pact was close.\nMore text - with a dash.",
    "VALLETTA, May 2 (Xinhua) -- A roadmap was agreed.",
    "Headline with no mark\n\nOSLO (NTB) - The accord was signed.",
    "A line\twith tabs  \t—  then words\nanother: line\n  (x)  -  y",
    "no marks at all in this text",
    "Time 10:30 am\n-- lone dashes\n:\n)-",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["BERN ", "Swiss ", "x", " ", "\t", "\n", "-", "--", "—", "–", ":", ")", "(AP)",
                                 "May 3,", "word "]), max_size=40))
def test_datelines_are_the_patterns_matches(parts):
    """The dateline's pattern tried only on lines with a mark of its dash finds what its search finds."""
    from pactwatch.extract.text import _DATELINE, _datelines
    for text in [*_DATELINE_TEXTS, "".join(parts)]:
        for within in (600, 20, len(text)):
            assert [m.span() for m in _datelines(text, within)] == \
                [m.span() for m in _DATELINE.finditer(text, 0, within)]
