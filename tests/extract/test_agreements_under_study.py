"""An instrument that is the object of a study ("launched a joint feasibility study on a free trade agreement") is
only put forward: proposed, whatever verb tells the study (launched, completed, agreed to conduct). A study of one
in place ("a study on the Korea-Chile free trade agreement found ...") does not make it proposed.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 20)


STUDIED = [
    ("Indonesia and Canada launched a joint feasibility study on a free trade agreement on Monday.", ("CAN", "IDN")),
    ("Kenya and Korea agreed to conduct a feasibility study on an economic partnership agreement.", ("KEN", "KOR")),
    ("The two sides completed a joint study on a possible digital economy agreement between Chile and Singapore.",
     ("CHL", "SGP")),
    ("Brazil and Portugal agreed on Monday to carry out a joint scoping study towards a science and technology "
     "agreement.", ("BRA", "PRT")),
]


@pytest.mark.parametrize("text,pair", STUDIED)
def test_an_instrument_under_study_is_proposed(extractor, text, pair):
    got = [(tuple(a.countries), a.status) for a in extractor(text, P).agreements]
    assert got == [(pair, "proposed")]


def test_a_study_of_one_in_place_leaves_it_in_place(extractor):
    got = extractor("A study on the Korea-Chile free trade agreement found exports doubled since it took effect "
                    "in 2004.", P).agreements
    assert [a.status for a in got] == ["existing"]
