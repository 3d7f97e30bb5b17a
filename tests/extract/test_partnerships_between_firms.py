"""Two readings of a text's purpose: partnerships "between firms" (universities, businesses) that an instrument is to
encourage are ties among others, no instrument of the countries; a "cooperation mechanism" the parties set up is a
body that meets (a dialogue), as a coordination or consultation mechanism is.

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 5, 5)


def told(extractor, text):
    return [(a.kind, a.status) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text", [
    "Peru and Korea signed a lithium MoU on Monday. The two ministries will also work to speed up the creation of "
    "partnerships between firms of both countries.",
    "Chile and Japan signed an MoU on hydrogen on Monday. It will encourage partnerships among universities and "
    "research institutes of the two countries.",
    "India and Sweden signed an MoU on Monday to foster new partnerships between companies in clean technology.",
])
def test_partnerships_between_firms_are_no_instrument(extractor, text):
    assert told(extractor, text) == [("mou", "concluded")]


@pytest.mark.parametrize("text, expected", [
    ("Peru and Korea signed a lithium MoU on Monday. Under the MoU, the two sides will establish a critical minerals "
     "cooperation mechanism that meets every year.", [("mou", "concluded"), ("dialogue", "planned")]),
    ("China and Egypt agreed on Monday to set up a cooperation mechanism on space technology.",
     [("dialogue", "planned")]),
])
def test_a_cooperation_mechanism_set_up_is_a_dialogue(extractor, text, expected):
    assert told(extractor, text) == expected


def test_one_partnership_between_the_two_companies_is_theirs(extractor):
    text = "Korea's Posco and Chile's Codelco signed a partnership between the two companies on lithium on Monday."
    assert told(extractor, text) == [("partnership", "concluded")]
