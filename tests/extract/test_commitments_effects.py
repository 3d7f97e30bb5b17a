"""What an instrument is expected to bring ("The agreement is expected to increase trade to $100 billion within five
years") is a forecast of its effect, no one's promise; what the parties will do with a time ("Both sides will aim to
conclude negotiations by December") is a commitment, however the intent is worded.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 5, 6)


def promises(extractor, text):
    return [(tuple(c.countries), c.due) for c in extractor(text, P).commitments]


@pytest.mark.parametrize("text", [
    "India and the UAE launched talks on a trade pact on Wednesday. A new agreement is expected to increase bilateral "
    "trade to $100 billion within five years.",
    "Chile and Korea signed a trade deal on Monday. The deal will boost exports of copper by a third by 2030.",
    "Peru and Japan signed an economic partnership agreement on Monday. The pact is set to double two-way investment "
    "by 2031.",
])
def test_what_an_instrument_will_bring_is_no_promise(extractor, text):
    assert promises(extractor, text) == []


@pytest.mark.parametrize("text, expected", [
    ("India and the UAE launched talks on a trade pact on Wednesday. Both sides will aim to conclude negotiations by "
     "December 2026 and sign a formal agreement in March 2027.", [(("ARE", "IND"), "2026-12"),
                                                                 (("ARE", "IND"), "2027-03")]),
    ("Chile and Korea began talks on a hydrogen accord on Monday. The two sides will seek to finalise the text by "
     "September.", [(("CHL", "KOR"), "2026-09")]),
])
def test_an_aim_told_after_will_is_a_commitment(extractor, text, expected):
    assert promises(extractor, text) == expected


def test_a_formal_agreement_to_be_signed_is_the_one_under_talks(extractor):
    text = ("India and the UAE launched talks on a trade pact on Wednesday. Both sides will aim to conclude "
            "negotiations by December 2026 and sign a formal agreement in March 2027.")
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == [("trade_agreement", "proposed")]
