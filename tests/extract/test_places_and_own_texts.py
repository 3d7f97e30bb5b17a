"""Instrument words that name no instrument between parties: an unnamed forum someone attends (an event), a named
centre where something happens ("launched from the ... Space Centre": a place), a joint statement of one country's
ministries. A joint centre of two countries where something happens stays an instrument.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 5, 6)


def records(extractor, text):
    return [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text, expected", [
    ("Korea and Saudi Arabia signed two deals on Tuesday. After the talks, the president will attend a business "
     "forum and meet the chairman of Aramco.", [("agreement", ("KOR", "SAU"))]),
    ("Chile and Japan signed a lithium pact on Monday. The minister later spoke at an investment forum in Osaka.",
     [("agreement", ("CHL", "JPN"))]),
    ("India and Britain signed a space deal on Monday. The first launch is anticipated in 2027 from the Satish "
     "Dhawan Space Centre in Sriharikota.", [("agreement", ("GBR", "IND"))]),
    ("Morocco will produce green hydrogen for Europe, according to a joint statement from Germany's Development and "
     "Economy Ministries.", []),
])
def test_no_instrument_between_parties(extractor, text, expected):
    assert records(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The satellite was launched from the India-Japan Joint Space Centre on Monday.", [("centre", ("IND", "JPN"))]),
    ("The talks were held at the Korea-Chile Joint Innovation Centre in Seoul.", [("centre", ("CHL", "KOR"))]),
])
def test_a_joint_centre_of_two_where_something_happens_stays(extractor, text, expected):
    assert records(extractor, text) == expected
