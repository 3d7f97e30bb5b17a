"""Talks on an instrument that were halted, paused or frozen: the news is their end (GUIDELINES.md: ``ended``);
talks taken up again after a pause are talks again (``proposed``).

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 10)


def statuses(extractor, text):
    return [(tuple(a.countries), a.status) for a in extractor(text, P).agreements]


HALTED = [
    ("Washington said it had halted negotiations with Hanoi on widening their Chip Tariff Agreement.", ("USA", "VNM")),
    ("Britain and Mexico have paused their negotiations on a digital trade agreement.", ("GBR", "MEX")),
    ("Ottawa has frozen its negotiations with Jakarta over a critical minerals accord.", ("CAN", "IDN")),
    ("The European Union put its talks with Japan on the data accord on hold this week.", ("EU", "JPN")),
    ("Australia is putting negotiations with Chile over a green hydrogen pact on hold, the minister said.",
     ("AUS", "CHL")),
    ("Seoul on Friday shelved the negotiations with Lima on a battery supply deal.", ("KOR", "PER")),
]


@pytest.mark.parametrize("text,pair", HALTED)
def test_halted_talks_end_the_instrument(extractor, text, pair):
    assert statuses(extractor, text) == [(pair, "ended")]


RESUMED = [
    ("Chile and Korea resumed talks on a digital trade agreement that had been halted in 2022.", ("CHL", "KOR")),
    ("Canada and India will restart negotiations on a trade pact that were frozen two years ago.", ("CAN", "IND")),
    ("Talks between Peru and Japan on a lithium accord, paused since 2023, resumed on Monday.", ("JPN", "PER")),
]


@pytest.mark.parametrize("text,pair", RESUMED)
def test_resumed_talks_are_talks_again(extractor, text, pair):
    assert statuses(extractor, text) == [(pair, "proposed")]


def test_talks_still_going_are_proposed(extractor):
    assert statuses(extractor, "Norway and Ghana opened negotiations on a carbon market accord in Accra.") == [
        (("GHA", "NOR"), "proposed")]


@pytest.mark.parametrize("text, expected", [
    # "its partnership" is a relationship, unless its end is the news: then it is an arrangement that ended
    ("Taiwan's UMC on Wednesday suspended its partnership with China's Fujian Jinhua.",
     [("partnership", "ended", ["CHN", "TWN"])]),
    ("Germany has pulled out of its partnership with Namibia, the ministry said.",
     [("partnership", "ended", ["DEU", "NAM"])]),
    ("Taiwan's Nanya said it had terminated its alliance with Japan's Kioxia.",
     [("partnership", "ended", ["JPN", "TWN"])]),
    # ... but ties to grow or talked of stay no instrument
    ("Germany wants to deepen its partnership with Namibia.", []),
    ("Germany said its partnership with Namibia remained strong despite the suspended talks.", []),
])
def test_an_own_partnership_whose_end_is_the_news(extractor, text, expected):
    assert [(a.kind, a.status, a.countries) for a in extractor(text, date(2026, 3, 12)).agreements] == expected


@pytest.mark.parametrize("text", [
    # talks brought to an end with the text agreed: the instrument is concluded (headline present tense too)
    "Chile, Korea finish talks on chip cooperation deal",
    "The Philippines and the United States completed negotiations on the \"historic\" nuclear cooperation "
    "agreement on Monday.",
    "Negotiators from Peru and Japan closed talks on the digital economy agreement on Monday.",
    "India and the EU have wrapped up negotiations on their free trade agreement, officials said.",
])
def test_talks_brought_to_an_end_conclude_the_instrument(extractor, text):
    assert [a.status for a in extractor(text, P).agreements] == ["concluded"]


@pytest.mark.parametrize("text", [
    # ... but talks still to be finished, or one round of them, leave it under negotiation
    "Canada and Ecuador aim to conclude talks on a free trade agreement by June.",
    "Canada and Ecuador will finish negotiations on a free trade agreement next year, officials said on Monday.",
    "Canada and Ecuador finished the third round of talks on a free trade agreement on Monday.",
])
def test_talks_still_to_be_finished_leave_it_proposed(extractor, text):
    assert [a.status for a in extractor(text, P).agreements] == ["proposed"]


@pytest.mark.parametrize("text", [
    # "came to an agreement" after talks: the talks ended in it, made
    "As a result of negotiations that lasted five months, Peru and Korea came to an agreement on lithium on Monday.",
    "After months of talks, Chile and Japan have come to an agreement on satellite data, officials said on Monday.",
])
def test_talks_that_came_to_an_agreement_made_it(extractor, text):
    assert [a.status for a in extractor(text, P).agreements] == ["concluded"]


def test_an_agreement_only_hoped_to_come_to_is_still_proposed(extractor):
    text = "Chile and Japan hope to come to an agreement on satellite data by June."
    assert [a.status for a in extractor(text, P).agreements] == ["proposed"]


# a deal one side is still trying or struggling to reach is in talks, not planned
STRIVEN_FOR = [
    ("Nairobi is still trying to reach a deal with the European Union on market access.", ("EU", "KEN")),
    ("Canada has struggled to strike a deal with Mexico on electric vehicle batteries for two years.", ("CAN", "MEX")),
    ("Vietnam is seeking to conclude an agreement with Australia on rare earth processing.", ("AUS", "VNM")),
    ("Britain is struggling to agree a data adequacy deal with Brazil, officials said.", ("BRA", "GBR")),
]


@pytest.mark.parametrize("text,pair", STRIVEN_FOR)
def test_a_deal_still_striven_for_is_in_talks(extractor, text, pair):
    assert statuses(extractor, text) == [(pair, "proposed")]
