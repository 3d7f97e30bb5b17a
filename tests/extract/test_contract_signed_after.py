"""A contract told made by the verb after it ("The contract on building a small reactor in Uzbekistan has been
signed", "A contract for ... was signed by Siemens on Monday") is an instrument like one signed before it; a
contract no one makes stays a subject ("electronic contracts are recognised"). The country where a contract or
deal builds something is a party when the text names only one other ("Rosatom signed a contract to build a plant in
Uzbekistan"), never a third beside two ("a Korean and a Chinese firm agreed to build a plant in Hungary").

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2025, 3, 12)


@pytest.mark.parametrize("text, countries", [
    ("Russia's Rosatom said on Monday the contract on construction of a small nuclear plant in Uzbekistan has "
     "been signed.", ["RUS", "UZB"]),
    ("A contract for the supply of gas turbines to Egypt was signed by Germany's Siemens Energy on Monday.",
     ["DEU", "EGY"]),
    ("Contracts for two research satellites for Vietnam were signed with Japan's NEC in Hanoi on Friday.",
     ["JPN", "VNM"]),
])
def test_a_contract_made_after_it(extractor, text, countries):
    assert countries in [a.countries for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text", [
    "Electronic contracts between Vietnamese and Japanese firms are recognised by the new law.",
    "Lawyers in Hanoi said contracts for Japanese suppliers in Vietnam are often vague.",
])
def test_a_contract_no_one_makes(extractor, text):
    assert extractor(text, P).agreements == []


@pytest.mark.parametrize("text, countries", [
    ("Germany's Siemens signed a contract to build a power plant in Egypt.", ["DEU", "EGY"]),
    ("Rosatom signed a contract on construction of a small nuclear plant in Uzbekistan.", ["RUS", "UZB"]),
    ("France's EDF inked a deal for the construction of two reactors in India on Tuesday.", ["FRA", "IND"]),
])
def test_where_it_builds_is_a_party(extractor, text, countries):
    assert countries in [a.countries for a in extractor(text, P).agreements]


def test_no_third_party_where_two_build(extractor):
    found = extractor("Korea's SK On and China's CATL signed a deal to build a battery plant in Hungary.", P)
    assert [a.countries for a in found.agreements] == [["CHN", "KOR"]]
