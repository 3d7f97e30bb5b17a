"""An instrument told first with no day (a standfirst or summary line: "Renewed X-Y space pact adds rules on ...")
and then with the day it was made ("renewed a space agreement for five years on Friday"): the two mentions make one
record, and it carries the day told, not the story's own date. One told as made years before stays apart.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 22)  # a Sunday


DAY_TOLD_SECOND = [
    ("Renewed Japan-Chile space pact adds rules on data sharing.\nTokyo and Santiago renewed a space cooperation "
     "agreement for five years on Friday after long talks.", ("CHL", "JPN"), "2026-03-20"),
    ("New Kenya-India chip accord covers design and testing.\nNairobi and New Delhi signed the agreement on "
     "Thursday in Mombasa.", ("IND", "KEN"), "2026-03-19"),
    ("Fresh Oman-Brazil solar deal brings joint research.\nMuscat and Brasilia sealed a solar research agreement on "
     "Wednesday, officials said.", ("BRA", "OMN"), "2026-03-18"),
]


@pytest.mark.parametrize("text,pair,day", DAY_TOLD_SECOND)
def test_the_day_told_in_the_body_dates_the_one_record(extractor, text, pair, day):
    got = [(tuple(a.countries), a.status, a.date) for a in extractor(text, P).agreements]
    assert got == [(pair, "concluded", day)]


def test_one_made_years_before_stays_apart(extractor):
    got = extractor("An upgraded Korea-Peru trade deal takes effect.\nSeoul and Lima signed a trade agreement in "
                    "2019, officials recalled.", P).agreements
    assert len(got) == 2
