"""Deals a party already has with firms of other countries ("X already has lithium supply deals with Belgium's
Umicore and South Korea's LG Chem"): "deals with" after "has" is the noun, not the verb "to deal with", and the
partners listed, each a firm after its country's name, make one instrument each, in place. A company that deals
with a matter stays none.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2024, 6, 12)


@pytest.mark.parametrize("text, pairs", [
    ("Australia's Vulcan already has lithium supply deals with Belgium's Umicore and South Korea's LG Chem.",
     [["AUS", "BEL"], ["AUS", "KOR"]]),
    ("Canada's Nemaska has offtake deals with Germany's BASF and Japan's Panasonic, the company said.",
     [["CAN", "DEU"], ["CAN", "JPN"]]),
])
def test_deals_held_with_firms_of_two_countries(extractor, text, pairs):
    found = extractor(text, P).agreements
    assert sorted(a.countries for a in found) == pairs
    assert {a.status for a in found} == {"existing"}


def test_a_firm_that_deals_with_a_matter(extractor):
    text = "Japan's Panasonic deals with Chinese suppliers through its unit in Germany, analysts say."
    assert extractor(text, P).agreements == []
