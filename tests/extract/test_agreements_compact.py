"""A compact is told back like a pact or an accord: "the compact", "the entire compact" after "a free trade
agreement" or "a digital partnership agreement" is that one, not a second instrument.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 22)  # a Sunday


TOLD_BACK = [
    ("Vietnam and Norway signed a free trade agreement on Friday in Oslo. Officials said the compact covers duties "
     "on most goods.", ("NOR", "VNM")),
    ("Kenya and Canada have been negotiating a free trade agreement for three years. A dispute over dairy "
     "threatened to sink the entire compact, negotiators said.", ("CAN", "KEN")),
    ("Ghana and Spain signed an agreement on solar research on Tuesday. Under the compact, the two will share data "
     "on panel testing.", ("ESP", "GHA")),
]


@pytest.mark.parametrize("text,pair", TOLD_BACK)
def test_the_compact_is_the_instrument_told_before(extractor, text, pair):
    got = [tuple(a.countries) for a in extractor(text, P).agreements]
    assert got == [pair]
    assert len(extractor(text, P).agreements[0].evidence) == 2
