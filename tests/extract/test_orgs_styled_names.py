"""Firms' own styling of their names: a word after the first written in capitals ("Hyundai MOBIS", "SK ON"), as news
copies it from the firms' releases. The styled name is the whole firm, not its first word; and a capitalised word
that is no part of the name (a role, a field) leaves the firm as it is.

Every text here is written for these tests.
"""

import pytest


def names(extractor, text):
    return {o.name.casefold(): o.country for o in extractor(text).organizations}


@pytest.mark.parametrize("text, firm, cut", [
    ("Indonesia's investment ministry signed a battery supply pact with Hyundai MOBIS and a state miner on Monday.",
     "hyundai mobis", "hyundai"),
    ("Under the memorandum, SK ON will build a cell plant in Hungary with a local partner by 2027.", "sk on", "sk"),
    ("Under the deal LG CHEM agreed to supply cathodes to a Polish energy storage project.", "lg chem", "lg"),
])
def test_a_firms_styled_name_is_the_whole_firm(extractor, text, firm, cut):
    found = names(extractor, text)
    assert firm in found and found[firm] == "KOR", found
    assert cut not in found, found


@pytest.mark.parametrize("text, firm", [
    ("Samsung AI researchers will work with a Canadian university on chip design under the agreement.", "samsung"),
    ("Hyundai CEO Jose Munoz said the battery deal with Georgia would create 8,000 jobs.", "hyundai"),
])
def test_a_capitalised_word_outside_the_name_leaves_the_firm(extractor, text, firm):
    found = names(extractor, text)
    assert firm in found, found
