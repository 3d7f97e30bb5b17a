"""One trade agreement under negotiation, told again with "a" as the story tells its history: "talks on the FTA"
... "negotiations for a free trade deal began in 2022" ... "officials hope to seal a deal by June". Between the same
parties it is one record; talks with another party are about another deal.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 22)  # a Sunday


TOLD_AGAIN = [
    ("Chile and Thailand held a fifth round of talks on a free trade agreement in Bangkok this week. The two "
     "countries opened negotiations for a trade deal in 2024 after a joint study.", ("CHL", "THA")),
    ("Kenya and the United Kingdom are negotiating a free trade agreement covering digital services. Talks on a "
     "trade pact stalled last year over farm goods, officials said.", ("GBR", "KEN")),
    ("Canada and Ecuador said on Friday they were close to concluding a free trade agreement. Negotiators have "
     "been working towards a comprehensive trade deal since 2023.", ("CAN", "ECU")),
    ("Peru and Indonesia are in talks on a comprehensive economic partnership agreement. Jakarta hopes the two "
     "sides can seal a trade deal before the end of the year.", ("IDN", "PER")),
    ("Norway and Malaysia resumed negotiations on a free trade agreement on Tuesday. Negotiations on a free trade "
     "deal began in 2021 but were paused during the pandemic.", ("MYS", "NOR")),
]


@pytest.mark.parametrize("text,pair", TOLD_AGAIN)
def test_the_trade_deal_under_talks_told_again_is_one_record(extractor, text, pair):
    got = [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements]
    assert got == [("trade_agreement", pair)]


def test_the_record_holds_both_sentences(extractor):
    text = ("Chile and Thailand held a fifth round of talks on a free trade agreement in Bangkok this week. The two "
            "countries opened negotiations for a trade deal in 2024 after a joint study.")
    got = extractor(text, P).agreements
    assert len(got) == 1 and len(got[0].evidence) == 2


def test_talks_with_another_party_are_another_deal(extractor):
    text = ("Chile and Thailand held a fifth round of talks on a free trade agreement this week. Chile is also in "
            "talks with Vietnam on a free trade agreement, its minister said.")
    got = sorted(tuple(a.countries) for a in extractor(text, P).agreements)
    assert got == [("CHL", "THA"), ("CHL", "VNM")]
