"""Talks on an instrument told as under way are news of a proposed instrument, whatever may come of them: "are in
talks on a minerals agreement that could be signed this year" (the possibility is the signing's, after the word),
"Talks ... on a free trade agreement are expected to conclude by year-end" (the talks end; the instrument is
still under negotiation, not planned). A possibility told before the talks still tells nothing.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 20)


UNDER_WAY = [
    ("Chile and Korea are in talks on a critical minerals agreement that could be signed this year.", ("CHL", "KOR")),
    ("Kenya and Japan are negotiating a digital trade pact which may be finalised in June.", ("JPN", "KEN")),
    ("Brazil and India began negotiations on a space cooperation agreement that might cover launch services.",
     ("BRA", "IND")),
    ("Egypt and Greece are currently in advanced talks on a data centre accord that could be inked soon.",
     ("EGY", "GRC")),
]


@pytest.mark.parametrize("text,pair", UNDER_WAY)
def test_talks_under_way_tell_a_proposed_one(extractor, text, pair):
    got = [(tuple(a.countries), a.status) for a in extractor(text, P).agreements]
    assert got == [(pair, "proposed")]


ENDING = [
    ("Talks between Canada and Indonesia on a free trade agreement are expected to conclude by year-end.",
     ("CAN", "IDN")),
    ("Negotiations on a Ghana-Norway shipping pact, launched in 2024, are set to wrap up in May.", ("GHA", "NOR")),
    ("Talks between Peru and Thailand on a trade deal are due to finish next month, officials said.", ("PER", "THA")),
]


@pytest.mark.parametrize("text,pair", ENDING)
def test_talks_due_to_end_leave_it_proposed(extractor, text, pair):
    got = [(tuple(a.countries), a.status) for a in extractor(text, P).agreements]
    assert got == [(pair, "proposed")]


@pytest.mark.parametrize("text", [
    "Chile and Korea could start talks on a critical minerals agreement next year.",
    "Analysts say Kenya and Japan may soon be negotiating a digital trade pact.",
])
def test_a_possibility_before_the_talks_tells_nothing(extractor, text):
    assert extractor(text, P).agreements == []


@pytest.mark.parametrize("text", [
    # an instrument told in the passive progressive of its making ("is being negotiated", "is also being drafted",
    # "are being discussed"): still in the works, proposed
    "Italy and Tunisia signed a memorandum on research. A protocol on researcher mobility between the two countries "
    "is also being negotiated.",
    "Italy and Tunisia signed a memorandum on research. Furthermore, an accord is being prepared on joint doctoral "
    "supervision by universities of both countries.",
    "Italy and Tunisia signed a memorandum on research. In addition, an agreement is being promoted for joint "
    "supervision of doctoral theses by Tunisian and Italian universities.",
])
def test_an_instrument_in_the_works_is_proposed(extractor, text):
    got = sorted((a.kind, a.status) for a in extractor(text, P).agreements)
    assert got == [("agreement", "proposed"), ("mou", "concluded")], got
