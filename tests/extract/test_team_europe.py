""""Team Europe" (the EU with its member states and banks acting together) is the EU as a party.

Every text here is written for these tests.
"""

from datetime import date

P = date(2023, 7, 20)


def test_team_europe_is_the_eu(extractor):
    found = extractor("Peru and the Commission set up the Team Europe Fund for green ammonia in Peru, worth some 90 "
                      "million euros, on Tuesday.", P).agreements
    assert [(a.kind, tuple(a.countries)) for a in found] == [("fund", ("EU", "PER"))]


def test_a_fund_named_in_quotes_before_initiative_is_a_fund(extractor):
    found = extractor('Peru and the EU said on Tuesday that a "Team Europe Fund for Green Ammonia in Peru" '
                      "initiative is to pay for new ammonia plants.", P).agreements
    assert [(a.kind, a.name) for a in found] == [("fund", "Team Europe Fund for Green Ammonia in Peru")]
