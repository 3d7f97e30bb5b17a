"""The instrument itself as the target, as trade-deal news words it: "aim to reach a deal by", "vowed to strike a
deal by", "will reach an agreement in 2027", "are to agree an interim deal early next year", "agreed that a deal
would follow by mid-2027", "eye a deal by". Reaching a deal is an act; a figure reaching a level stays a forecast.

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 5, 5)


def dues(extractor, text):
    return sorted(c.due for c in extractor(text, P).commitments)


@pytest.mark.parametrize("text, due", [
    ("Canada and Vietnam aim to reach a first-stage tariff deal by the end of next year.", "2027-12"),
    ("The leaders of Kenya and the UK vowed to strike a trade deal by March 2027.", "2027-03"),
    ("Chile and India will reach a digital trade agreement in 2027, their ministers said.", "2027"),
    ("Early next year, Canada and Vietnam are to agree an interim tariff deal.", "2027"),
    ("Canada and Vietnam agreed that an interim tariff deal would follow by mid-2027.", "2027-06"),
    ("Peru and Korea hope to reach agreement on a minerals partnership before the end of the year.", "2026-12"),
])
def test_reaching_the_deal_by_a_time(extractor, text, due):
    assert dues(extractor, text) == [due]


@pytest.mark.parametrize("text", [
    "Trade between Canada and Vietnam will reach $20 billion by 2030 under the agreement they signed on Monday.",
    "Canada and Vietnam signed a trade deal on Monday; two-way investment is expected to reach $5 billion by 2028.",
])
def test_a_figure_reaching_a_level_is_a_forecast(extractor, text):
    assert dues(extractor, text) == []
