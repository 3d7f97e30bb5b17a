"""Organisations that only look on at a signing ("Executives of A and B watched as X and Y signed ...", "signed in
the presence of officials from A", "witnessed by the heads of A and B") sign for no one: their countries are no
parties. Organisations that sign, or with which an instrument is signed, still make their countries parties.

Every text here is written for these tests.
"""

import pytest


def parties(extractor, text):
    return [sorted(a.countries) for a in extractor(text).agreements]


@pytest.mark.parametrize("text, wanted", [
    ("Executives of Nvidia and Foxconn watched as India and Taiwan signed a chip pact on Monday.", ["IND", "TWN"]),
    ("Officials from Samsung and Intel were present when Korea and Poland signed a memorandum on batteries.",
     ["KOR", "POL"]),
    ("Bosses from Siemens looked on as Egypt and Kenya signed an agreement on grid technology.", ["EGY", "KEN"]),
    ("The agreement between India and Japan was signed in the presence of executives from Sony, Toyota and Google.",
     ["IND", "JPN"]),
    ("Brazil and Chile signed a space memorandum, witnessed by the heads of Airbus and Embraer.", ["BRA", "CHL"]),
    ("Ghana and Norway signed a clean energy accord in Accra, in a ceremony attended by officials of Microsoft.",
     ["GHA", "NOR"]),
])
def test_firms_that_look_on_are_no_parties(extractor, text, wanted):
    assert parties(extractor, text) == [wanted]


@pytest.mark.parametrize("text, wanted", [
    ("Korea's Samsung and Poland's PGE signed a battery memorandum on Monday.", ["KOR", "POL"]),
    ("Egypt signed an agreement with Siemens on grid technology, officials said.", ["DEU", "EGY"]),
    ("Intel and Kenya's Safaricom signed a memorandum on chip training, as officials watched.", ["KEN", "USA"]),
])
def test_firms_that_sign_are_parties(extractor, text, wanted):
    assert parties(extractor, text) == [wanted]


def test_firms_that_look_on_are_none_of_its_organisations(extractor):
    text = "The agreement between India and Japan was signed in the presence of executives from Sony and Toyota."
    assert [a.organizations for a in extractor(text).agreements] == [[]]
