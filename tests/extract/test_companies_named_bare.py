"""Companies the news names bare, with no word of their country ("Renault", "Liontown Resources", "Vale"): the
gazetteer (data/organizations.tsv) knows where they belong, so a deal between two of them is a deal between their
countries, and what it schedules is their commitment.

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 5, 5)


@pytest.mark.parametrize("text, countries", [
    ("Liontown Resources has signed a supply deal with Renault for spodumene concentrate.", ["AUS", "FRA"]),
    ("Vale and Tenaris signed a memorandum on low-carbon steel tubes on Monday.", ["BRA", "LUX"]),
    ("Tianqi Lithium and Linde agreed on a partnership for hydrogen supply at the refinery.", ["CHN", "DEU"]),
    ("Sigma Lithium signed an offtake agreement with Mitsui for lithium concentrate.", ["CAN", "JPN"]),
])
def test_a_deal_between_firms_named_bare(extractor, text, countries):
    assert [a.countries for a in extractor(text, P).agreements] == [countries]


def test_what_their_deal_schedules_is_their_commitment(extractor):
    text = ("Pilbara Minerals has signed a second supply deal with Renault. Under the agreement, deliveries of "
            "spodumene are set to start in 2028.")
    assert [(c.countries, c.due) for c in extractor(text, P).commitments] == [(["AUS", "FRA"], "2028")]


@pytest.mark.parametrize("name, country", [("Renault", "FRA"), ("Liontown", "AUS"), ("ArcelorMittal", "LUX"),
                                           ("Newmont", "USA"), ("Novatek", "RUS")])
def test_the_firm_and_its_country(extractor, name, country):
    text = f"{name} said on Monday it had signed an agreement with the government of Chile on copper supplies."
    orgs = {o.name: o.country for o in extractor(text, P).organizations}
    assert any(n.startswith(name) and c == country for n, c in orgs.items()), orgs
