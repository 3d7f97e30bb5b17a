"""An older instrument named beside the news by who made it with whom: "like the pact Tokyo signed with Canberra last
year, the new agreement ..." names a second, older instrument between the signer and its partner, a record of its
own with status ``existing`` (GUIDELINES.md: earlier instruments named as already in place), not a restatement of
the news.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 12)  # a Thursday


def found(extractor, text):
    return sorted((a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements)


@pytest.mark.parametrize("text, older", [
    # likened: like, unlike, as with
    ("Japan and India signed a chip memorandum on Monday. Like the pact Tokyo signed with Canberra last year, the "
     "new memorandum covers supply chains.", ("agreement", ("AUS", "JPN"), "existing")),
    ("Chile and Germany signed a hydrogen memorandum on Friday. Unlike the deal Berlin struck with Namibia two years "
     "ago, the memorandum carries no funding.", ("agreement", ("DEU", "NAM"), "existing")),
    ("Vietnam and France signed a space memorandum on Wednesday. As with the accord Paris concluded with Jakarta in "
     "2023, the memorandum covers satellite data.", ("agreement", ("FRA", "IDN"), "existing")),
    # set beside the news in the middle of a sentence
    ("Peru and Japan signed a lithium memorandum on Monday. The memorandum, like the agreement Japan concluded with "
     "Chile in 2021, includes a joint survey.", ("agreement", ("CHL", "JPN"), "existing")),
    # what the news follows
    ("Ghana and the UK signed a fintech agreement on Thursday. It follows the deal London signed with Nigeria in "
     "2023.", ("agreement", ("GBR", "NGA"), "existing")),
])
def test_an_older_instrument_made_with_another_partner_is_its_own_record(extractor, text, older):
    records = found(extractor, text)
    assert older in records
    assert len(records) == 2


def test_the_same_pair_told_again_stays_one_record(extractor):
    # the clause names the news' own pair, made now: the same instrument
    records = found(extractor, "Brazil and China signed a satellite agreement on Tuesday. The agreement Brazil signed "
                               "with China covers data sharing.")
    assert records == [("agreement", ("BRA", "CHN"), "concluded")]
