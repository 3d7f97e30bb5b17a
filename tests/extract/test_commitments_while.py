"""Two clauses of one sentence, each with its own time ("the committee will meet by December, while further rounds
will follow in 2024"), are two commitments; a bloc's or a country's programme told with a worldwide aim ("aims to
raise EUR 250 billion worldwide by 2030") is its own plan, no commitment to the partner.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2023, 9, 4)


def promises(extractor, text):
    return [(tuple(c.countries), c.due) for c in extractor(text, P).commitments]


@pytest.mark.parametrize("text, expected", [
    ("ASEAN members launched talks on a digital economy framework. Their negotiators will hold a first round by "
     "December, while later rounds will be held in 2024 and 2025.",
     [(("ASEAN",), "2023-12"), (("ASEAN",), "2024")]),
    ("Chile and Peru opened talks on a lithium accord. The negotiators will meet by December, while the ministers "
     "will sign the text in 2025.", [(("CHL", "PER"), "2023-12"), (("CHL", "PER"), "2025")]),
    ("Kenya and Japan agreed a geothermal partnership on Monday. A survey will be finished by March, whereas the "
     "first plant is to open in 2027.", [(("JPN", "KEN"), "2024-03"), (("JPN", "KEN"), "2027")]),
])
def test_a_second_clause_with_its_own_time_is_a_second_commitment(extractor, text, expected):
    assert promises(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Namibia and the EU signed a roadmap on hydrogen on Monday. The EU's investment programme means to raise EUR 250 "
    "billion worldwide by 2030.",
    "Japan and Ghana signed a health data memorandum. Japan's aid agency plans to train 10,000 engineers around the "
    "world by 2030.",
    "India and the UAE signed a payments deal on Monday. The UAE fund intends to invest $50 billion globally over "
    "the next decade.",
])
def test_a_worldwide_aim_is_no_commitment_to_the_partner(extractor, text):
    assert promises(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Vietnam and the United States signed a chip memorandum. Both presidents promised closer work on chips, hoping "
    "to raise the standing of the partnership concluded under President Smith in 2013.",
    "Peru and Chile signed a lithium memorandum. The two sides pledged to expand the alliance founded by both "
    "governments in 2015.",
])
def test_the_time_an_older_instrument_was_made_is_no_deadline(extractor, text):
    assert [c.due for c in extractor(text, None).commitments] == []
