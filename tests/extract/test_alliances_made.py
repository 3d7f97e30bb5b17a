"""An alliance the gazetteer knows as a body ("Global Partnership on Artificial Intelligence", "International Solar
Alliance") told as made by countries is the instrument they made, with the members the story lists; told acting on its
own, it stays an organisation.

Every text here is written for these tests.
"""

from datetime import date

P = date(2026, 5, 6)


def test_an_alliance_countries_launch_is_their_partnership(extractor):
    text = ("Canada and a dozen other countries have launched the Global Partnership on Artificial Intelligence (GPAI), "
            "the prime minister said on Monday. Besides Canada, the partnership includes Australia, France, Germany, "
            "Japan and the United States.")
    got = extractor(text, P)
    assert [(a.kind, tuple(a.countries)) for a in got.agreements] == [
        ("partnership", ("AUS", "CAN", "DEU", "FRA", "JPN", "USA"))]
    assert "Global Partnership on Artificial Intelligence" not in {o.name for o in got.organizations}


def test_an_alliance_founded_in_a_year_is_in_place(extractor):
    got = extractor("India and France founded the International Solar Alliance in 2015.", P)
    assert [(a.kind, tuple(a.countries), a.status) for a in got.agreements] == [
        ("partnership", ("FRA", "IND"), "existing")]


def test_an_alliance_acting_is_an_organisation(extractor):
    got = extractor("The Global Partnership on Artificial Intelligence said on Monday it would publish a report.", P)
    assert got.agreements == [] and "Global Partnership on Artificial Intelligence" in {o.name for o in got.organizations}
