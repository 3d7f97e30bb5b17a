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


BARE_DEAL_WORD = [
    ("Oman and Japan held a third round of negotiations on a free trade agreement in Muscat this week. Both sides "
     "said they remain committed to concluding an ambitious, balanced and mutually beneficial agreement.",
     ("JPN", "OMN")),
    ("Brazil and Singapore are in talks on a free trade agreement, officials said on Monday. Ministers urged "
     "negotiators to work towards a comprehensive and high-quality deal within the year.", ("BRA", "SGP")),
]


@pytest.mark.parametrize("text,pair", BARE_DEAL_WORD)
def test_a_bare_deal_word_closing_the_talks_is_the_one_under_talks(extractor, text, pair):
    got = [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements]
    assert got == [("trade_agreement", pair)]


SUPPOSED = [
    ("Oman and Japan held a third round of negotiations on a free trade agreement in Muscat this week. An FTA "
     "would add billions of dollars to bilateral trade, the ministry said.", ("JPN", "OMN")),
    ("Peru and Indonesia are in talks on a comprehensive economic partnership agreement. A comprehensive deal could "
     "double two-way trade within five years, according to the chamber of commerce.", ("IDN", "PER")),
    ("The United Kingdom and Ecuador opened negotiations on a free trade agreement on Monday in Quito. A free trade "
     "agreement will be a major opportunity for exporters, the minister said.", ("ECU", "GBR")),
]


@pytest.mark.parametrize("text,pair", SUPPOSED)
def test_an_fta_supposed_as_subject_is_the_one_under_talks(extractor, text, pair):
    got = [(a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements]
    assert got == [("trade_agreement", pair, "proposed")]


def test_one_made_long_ago_does_not_take_the_one_supposed_with_another_party(extractor):
    text = ("Chile and Korea signed a free trade agreement in 2003, officials recalled. A free trade agreement "
            "with Brazil would open new markets, the minister said.")
    old = [a for a in extractor(text, P).agreements if a.countries == ["CHL", "KOR"]]
    assert len(old) == 1 and len(old[0].evidence) == 1
