"""Talks named by the instrument they are on ("US-China trade deal negotiations", "EU-India FTA talks resume",
"the investment treaty discussions stalled") tell it under negotiation: `proposed`, in a headline or a sentence,
whatever the talks do that day (even "could resume": the talks are news); talks that collapse or are suspended end it. An instrument signed after talks is
still concluded.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2025, 3, 12)


def statuses(extractor, text):
    return [(a.countries, a.status) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text, countries", [
    ("US-China trade deal negotiations hit another snag", ["CHN", "USA"]),
    ("EU-India free trade agreement talks resume in Brussels", ["EU", "IND"]),
    ("The UK-Canada trade deal negotiations stalled on Monday over cheese quotas.", ["CAN", "GBR"]),
    ("Officials said trade pact talks between Japan and Brazil would resume next month.", ["BRA", "JPN"]),
    ("Australia and Indonesia held a fourth round of investment treaty discussions in Jakarta on Tuesday.",
     ["AUS", "IDN"]),
    ("US-China trade deal talks could resume next month, officials said.", ["CHN", "USA"]),
    ("Officials said trade pact talks between Japan and Brazil may resume in June.", ["BRA", "JPN"]),
])
def test_talks_named_by_the_instrument_are_proposed(extractor, text, countries):
    assert (countries, "proposed") in statuses(extractor, text)


@pytest.mark.parametrize("text, countries, status", [
    ("Canada and Mexico suspended trade pact talks on Monday.", ["CAN", "MEX"], "ended"),
    ("After three years of talks, Chile and Korea signed a free trade agreement on Monday.", ["CHL", "KOR"],
     "concluded"),
])
def test_other_outcomes_stay(extractor, text, countries, status):
    assert (countries, status) in statuses(extractor, text)
