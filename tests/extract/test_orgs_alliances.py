"""Industry alliances that act as bodies: an association named "... Alliance" that signs, or between which an
instrument is signed, is an organisation (its country told by an owner word or "of <country>"), not a partnership.

Every text here is written for these tests.
"""

import pytest


def names(extractor, text):
    return {o.name: o.country for o in extractor(text).organizations}


@pytest.mark.parametrize("text, wanted", [
    ("India's Bharat 6G Alliance signed a memorandum with the Next G Alliance of the United States.",
     {"Bharat 6G Alliance": "IND", "Next G Alliance": "USA"}),
    ("The leaders welcomed a memorandum between the Korea Hydrogen Alliance and the Australian Hydrogen Alliance.",
     {"Korea Hydrogen Alliance": None, "Australian Hydrogen Alliance": "AUS"}),
    ("The Global Battery Alliance signed an agreement with Chile's lithium agency on Tuesday.",
     {"Global Battery Alliance": None}),
    ("Japan's Open RAN Alliance has inked a cooperation pact with its Indian counterpart.",
     {"Open RAN Alliance": "JPN"}),
])
def test_an_alliance_that_signs_is_an_organization(extractor, text, wanted):
    found = names(extractor, text)
    for name, country in wanted.items():
        assert name in found
        if country:
            assert found[name] == country


@pytest.mark.parametrize("text", [
    # an alliance launched or joined is the instrument itself, no body
    "Korea and Australia launched the Clean Hydrogen Alliance on Monday to share research.",
    "Vietnam joined the Global Chip Alliance, a partnership of twelve countries, in March.",
    # an alliance told as signed or agreed at a time gone by: the instrument, made then
    "The two sides pledged faster cuts in emissions, as outlined in the Canada-Japan Green Alliance signed in 2022.",
    "Under the EU-India Clean Energy Alliance agreed in 2020, both will fund hydrogen pilots.",
])
def test_an_alliance_launched_or_joined_stays_no_organization(extractor, text):
    assert not any(n.endswith("Alliance") for n in names(extractor, text))


@pytest.mark.parametrize("text, parties", [
    ("The two sides pledged faster cuts in emissions, as outlined in the Canada-Japan Green Alliance signed in 2022.",
     ("CAN", "JPN")),
    ("Under the EU-India Clean Energy Alliance agreed in 2020, both will fund hydrogen pilots.", ("EU", "IND")),
])
def test_an_alliance_signed_at_a_time_gone_by_is_a_partnership_in_place(extractor, text, parties):
    from datetime import date
    got = [(a.kind, tuple(a.countries), a.status) for a in extractor(text, date(2025, 3, 12)).agreements]
    assert ("partnership", parties, "existing") in got
