"""Two things a named fund word can be besides the news' instrument: an older instrument of the same parties, told
as made in an earlier year beside one still to be made ("will set up a robotics fund" ... "established the Vision
Fund in 2016"), and an investment body that makes the instrument ("The Russian Direct Investment Fund and ... will
set up a fund"): a party, not a fund of its own.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 22)


OLDER_BESIDE_PLANNED = [
    ("Chile and Peru will create a lithium fund next year. The two countries set up the Andes Mining Fund in 2019, "
     "which has backed 40 firms.", "Andes Mining Fund", "2019"),
    ("Kenya and Japan plan to open a joint AI centre in Nairobi. Japan and Kenya launched the Kenya-Japan Robotics "
     "Centre in 2021.", "Kenya-Japan Robotics Centre", "2021"),
    ("Norway and Ghana are to establish a green shipping fund, the ministers said. Oslo and Accra founded the "
     "Ghana-Norway Ocean Fund back in 2018.", "Ghana-Norway Ocean Fund", "2018"),
]


@pytest.mark.parametrize("text,name,year", OLDER_BESIDE_PLANNED)
def test_a_named_one_made_years_before_is_an_older_one(extractor, text, name, year):
    got = {(a.name, a.status, a.date) for a in extractor(text, P).agreements}
    assert (name, "existing", year) in got, got
    assert any(status == "planned" and nm != name for nm, status, _ in got), got


def test_a_name_agreed_this_year_is_the_planned_one(extractor):
    got = extractor("Chile and Peru will create a lithium fund next year, officials said. The Andes Lithium Fund, "
                    "agreed in January, will open in June.", P).agreements
    assert len([a for a in got if a.kind == "fund"]) == 1


MAKERS = [
    "The Russian Direct Investment Fund (RDIF) and China's CIC will set up a technology fund worth $1 billion.",
    "The Public Investment Fund and Japan's SoftBank have agreed to create a $2 billion robotics fund.",
    "Norway's Government Pension Fund and Singapore's GIC launched a $500 million clean energy fund on Monday.",
]


@pytest.mark.parametrize("text", MAKERS)
def test_a_fund_that_makes_a_fund_is_a_party(extractor, text):
    funds = [a for a in extractor(text, P).agreements if a.kind == "fund"]
    assert len(funds) == 1 and funds[0].name is None and len(funds[0].countries) == 2, funds


def test_a_fund_of_two_countries_that_acts_is_theirs(extractor):
    funds = [a for a in extractor("Kenya and Japan launched the Kenya-Japan Innovation Fund on Monday. The "
                                  "Kenya-Japan Innovation Fund will create a grant programme for start-ups.",
                                  P).agreements if a.kind == "fund"]
    assert [a.name for a in funds] == ["Kenya-Japan Innovation Fund"]
