"""What tells no instrument beside one that is made: instruments held with partners no one names ("has signed MoUs
with counterpart agencies of various countries"), a body's own office ("the university's international affairs
centre will implement the MoU"), and a sum an instrument may add to an economy ("expected to add 4.8 billion pounds a
year to the UK economy"), which is no money of the instrument.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2024, 3, 5)


def told(extractor, text):
    return [(a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text", [
    "India and Angola signed an MoU on electronics on Tuesday. The ministry has signed MoUs/agreements with "
    "counterpart agencies of various countries over the past decade.",
    "India and Angola signed an MoU on electronics on Tuesday. The ministry already holds agreements with several "
    "countries in this field.",
    "India and Angola signed an MoU on electronics on Tuesday. Over the years the ministry has concluded "
    "MoUs/agreements with partner bodies/ institutions in various countries.",
    "Iran and China signed an MoU on joint research funding. The university's international affairs centre will "
    "implement the MoU.",
])
def test_only_the_made_instrument_is_told(extractor, text):
    assert told(extractor, text) == [("mou", ("AGO", "IND") if "Angola" in text else ("CHN", "IRN"), "concluded")]


def test_a_sum_added_to_an_economy_is_no_money_of_the_deal(extractor):
    found = extractor("The UK and India signed a free trade agreement on Thursday. The deal is expected to add 4.8 "
                      "billion pounds a year to the UK economy in the long term.", P)
    assert [a.amounts for a in found.agreements] == [[]]
    assert [(m["amount"], m["currency"]) for m in found.amounts] == [(4_800_000_000, "GBP")]
