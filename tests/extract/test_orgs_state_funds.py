"""A state investment fund is the investor behind a deal, a body ("the Kazakh Direct Investment Fund will put in
$200 million", "the Sovereign Fund of Ghana joined"); a fund two sides set up, or one a sentence creates, stays an
instrument and no organisation ("launched a Peru-Japan Investment Fund", "agreed to set up a Sovereign Wealth Fund").

Every text here is written for these tests.
"""

import pytest


def orgs(extractor, text):
    return {o.name: o.country for o in extractor(text).organizations}


@pytest.mark.parametrize("text, name, country", [
    ("Kazakhstan and the UAE signed an accord on data centres. The Kazakh Direct Investment Fund will put in "
     "$200 million, the ministry said.", "Kazakh Direct Investment Fund", "KAZ"),
    ("Ghana and India agreed to cooperate on solar power; the Sovereign Fund of Ghana joined the talks as an "
     "investor.", "Sovereign Fund of Ghana", "GHA"),
    ("Vietnam and Norway will work together on offshore wind, and Norway's Government Pension Fund is weighing "
     "a stake in the first farm.", "Government Pension Fund", "NOR"),
    ("Officials said the Turkish Sovereign Wealth Fund would back the battery plant that Ankara and Seoul "
     "agreed on last week.", "Turkish Sovereign Wealth Fund", "TUR"),
])
def test_a_state_investment_fund_is_a_body(extractor, text, name, country):
    found = orgs(extractor, text)
    assert name in found
    assert found[name] == country


def test_a_known_state_fund_keeps_its_acronym(extractor):
    text = ("Moscow and New Delhi signed a space memorandum; the Russian Direct Investment Fund (RDIF) will co-finance "
            "the ground stations, RDIF said.")
    found = {o.name: o for o in extractor(text).organizations}
    assert found["Russian Direct Investment Fund"].country == "RUS"


@pytest.mark.parametrize("text, name", [
    ("Peru and Japan launched a Peru-Japan Investment Fund for green hydrogen on Monday.", "Peru-Japan Investment Fund"),
    ("The two governments agreed to set up a Sovereign Wealth Fund for the corridor by 2027.", "Sovereign Wealth Fund"),
    ("Chile and Korea agreed on a Joint Investment Fund of $300 million for battery research.",
     "Joint Investment Fund"),
    ("Under the accord, a Regional Direct Investment Fund will be set up to finance chip plants in both countries.",
     "Regional Direct Investment Fund"),
])
def test_a_fund_the_sides_make_is_no_body(extractor, text, name):
    assert name not in orgs(extractor, text)


def test_a_fund_without_an_investors_words_is_no_body(extractor):
    text = "India and France unveiled the Indo-French Green Hydrogen Fund to back start-ups in both countries."
    assert not any(n.endswith("Fund") for n in orgs(extractor, text))
