"""An instrument "with X" whose own sentence names no home party belongs to the country the story is talking about at
that point: the subject of the sentence before ("Britain has sought deals abroad. It has signed a deal with Japan"),
carried on by "It" and by sentences with no subject of their own, not simply the story's first country.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2024, 2, 13)


def pairs(extractor, text):
    return sorted(tuple(a.countries) for a in extractor(text, P).agreements)


@pytest.mark.parametrize("text, expected", [
    ("Kenya's president is in Rome to sign a digital trade partnership with Italy on Tuesday. The pact will be the "
     "first of its kind for Italy in Africa. This comes after Italy has been looking to sign new deals outside "
     "Europe. It signed a trade deal with Chile last year. A proposed trade deal with Peru has stalled, while a pact "
     "sealed with Canada was put on hold.",
     [("CAN", "ITA"), ("CHL", "ITA"), ("ITA", "KEN"), ("ITA", "PER")]),
    ("Ghana and Japan will sign a hydrogen partnership on Tuesday. Japan has been widening its energy ties across "
     "Africa. It also signed a hydrogen deal with Kenya in 2022.",
     [("GHA", "JPN"), ("JPN", "KEN")]),
])
def test_a_deal_with_a_partner_is_the_subjects(extractor, text, expected):
    assert pairs(extractor, text) == expected


def test_with_no_subject_told_the_story_country_stays(extractor):
    assert pairs(extractor, "Nigeria signed a trade partnership with Britain on Tuesday. A planned trade pact with India "
                            "is stuck.") == [("GBR", "NGA"), ("IND", "NGA")]
