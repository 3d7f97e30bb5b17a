"""A headline that gives a possible instrument a date expected ("EU, Australia could announce minerals pact as
soon as May", "Japan, India may sign chip deal as early as next month") reports it planned, as the same words in a
sentence do; a headline of mere possibility ("Japan could sign chip deal with India") stays none.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2026, 3, 12)


@pytest.mark.parametrize("text, countries", [
    ("EU, Australia could announce critical minerals pact as soon as May\n\nOfficials met in Brussels on Tuesday.",
     ["AUS", "EU"]),
    ("Japan, India may sign chip deal as early as next month\n\nTalks went well, diplomats said.", ["IND", "JPN"]),
])
def test_a_headline_with_a_date_expected(extractor, text, countries):
    assert (countries, "planned") in [(a.countries, a.status) for a in extractor(text, P).agreements]


def test_a_headline_of_mere_possibility(extractor):
    text = "Japan could sign chip deal with India\n\nAnalysts see little progress in the talks."
    assert extractor(text, P).agreements == []


def test_a_headline_of_a_new_pact_is_not_the_ended_one(extractor):
    text = ("EU, Australia could announce critical minerals pact as soon as May\n\nOfficials met in Brussels on "
            "Tuesday. Talks on a free trade agreement between the EU and Australia collapsed last year.")
    found = [(a.kind, a.status) for a in extractor(text, P).agreements]
    assert ("agreement", "planned") in found and ("trade_agreement", "ended") in found
