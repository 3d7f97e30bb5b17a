"""What news tells of instruments nobody made: prospects and options looked into ("explored avenues for investment,
supply agreements and joint ventures", "looked at options for new trade agreements"), what a visit or a deal might
lead to ("would pave the way for a dialogue"), and an instrument in place that expires later, which has not ended.

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 5, 5)


def records(extractor, text):
    return sorted((a.kind, a.status) for a in extractor(text, P).agreements)


@pytest.mark.parametrize("text, expected", [
    ("Zambia and Korea signed a copper memorandum on Monday. Both sides explored avenues for investment, long-term "
     "supply agreements and joint ventures that would secure Korea's access to copper.", [("mou", "concluded")]),
    ("Peru and Chile looked at options for new trade agreements and research partnerships during the visit.", []),
    ("Ministers of Ghana and Japan discussed possibilities for joint ventures, technology partnerships or supply "
     "deals in the mining sector.", []),
    ("The two leaders identified scope for closer research partnerships, student exchanges and joint funds between "
     "Kenya and Finland.", []),
])
def test_prospects_and_options_looked_into_are_no_instrument(extractor, text, expected):
    assert records(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "He said he hoped the visit would pave the way for a comprehensive dialogue and a strong partnership between "
    "Ghana and Canada.",
    "Officials said the talks could lay the groundwork for a free trade agreement between Egypt and Brazil.",
    "The minister said the meeting between Chile and India might open the door to a strategic partnership on "
    "lithium.",
])
def test_what_a_visit_might_lead_to_is_no_instrument(extractor, text):
    assert records(extractor, text) == []


@pytest.mark.parametrize("text, status", [
    ("Colombia and Spain agreed on Tuesday to negotiate a new digital memorandum once the current memorandum "
     "expires in November.", "proposed"),
    ("The science agreement between Kenya and Japan expires in March 2027, and both sides want to renew it.",
     "existing"),
    ("Chile and Korea will start talks on a wider accord after their current memorandum lapses at the end of the "
     "year.", "existing"),
])
def test_an_instrument_that_expires_later_has_not_ended(extractor, text, status):
    found = records(extractor, text)
    assert ("mou", "ended") not in found and ("agreement", "ended") not in found
    assert status in {s for _, s in found}


@pytest.mark.parametrize("text, expected", [
    ("Kenya and Germany signed an energy agreement on Tuesday. This deal will open the door to a stable long-term "
     "framework for cooperation in hydrogen, the ministry said.", [("agreement", "concluded")]),
    ("Peru and Korea signed a memorandum on batteries on Monday, which paves the way for a free trade agreement "
     "between the two countries.", [("mou", "concluded")]),
    ("Chile and Japan inked a minerals accord on Friday; officials said it will pave the way to a joint investment "
     "framework next year.", [("agreement", "concluded")]),
])
def test_what_a_signed_deal_will_lead_to_is_no_instrument(extractor, text, expected):
    assert records(extractor, text) == expected
