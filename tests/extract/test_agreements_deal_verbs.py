"""Verbs English news uses for making a deal besides "signed" and "struck": "made a deal", "cut a deal", "secured a
deal". Each tells an instrument made (and a time before the story's tells when).

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 22)


MADE = [
    ("Kenya's cabinet last week made a deal with a Chinese company for a battery plant.", ("CHN", "KEN")),
    ("Chile secured a deal with Japan's Mitsui to process lithium in Antofagasta, the ministry said.", ("CHL", "JPN")),
    ("Ghana made an accord with Norway on offshore wind on Friday.", ("GHA", "NOR")),
    ("Peru cut a deal with a Korean steelmaker last year to develop its first hydrogen plant.", ("KOR", "PER")),
    ("Vietnam has cut a deal with Finland on 6G research, the ministry said.", ("FIN", "VNM")),
    # "entered" with no "into"
    ("The space agencies of India and Russia entered an agreement on satellite navigation on Friday.",
     ("IND", "RUS")),
    ("Chile entered a memorandum of understanding with Japan on lithium research this week.", ("CHL", "JPN")),
]


@pytest.mark.parametrize("text", [
    "India and Russia entered a new phase of their strategic partnership on Monday.",
    "Chile and Japan have entered a new era of cooperation, the ministers said.",
])
def test_entering_a_phase_of_ties_makes_nothing(extractor, text):
    assert extractor(text, P).agreements == []


@pytest.mark.parametrize("text,pair", MADE)
def test_a_verb_of_making_a_deal_tells_one_made(extractor, text, pair):
    got = [(tuple(a.countries), a.status) for a in extractor(text, P).agreements]
    assert len(got) == 1 and got[0][0] == pair and got[0][1] in ("concluded", "existing"), got


def test_made_last_year_is_in_place(extractor):
    got = extractor("Peru cut a deal with a Korean steelmaker last year to develop its first hydrogen plant.",
                    P).agreements
    assert [(a.status, a.date) for a in got] == [("existing", "2025")]
