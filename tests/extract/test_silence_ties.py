"""Talk of the ties is no instrument (GUIDELINES.md: "general talk of closer ties" is not an agreement): a
relationship told as growing ("their partnership had grown stronger", "our partnership has never been closer"), a
partnership wished for by its quality ("hoped to build a robust partnership"), however it is worded. A named or a
signed partnership stays one.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2024, 3, 5)


def told(extractor, text):
    return [(a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text", [
    "Canada, Mexico and the US sent their heads of government to Ottawa, and all three said their partnership in the "
    "region had grown stronger.",
    "The presidents of Peru and Chile held a summit in Lima where they said the bilateral partnership had grown "
    "closer than ever.",
    "Speaking after talks with Brazil's president, the Portuguese prime minister said the partnership between "
    "Portugal and Brazil has never been closer.",
    "Officials in Nairobi and Tokyo said the bilateral partnership between Kenya and Japan continues to deepen.",
    "Premier Li told Prime Minister Modi that China hoped to build a robust partnership with India.",
    "Chile's foreign minister said Chile wants a strong and lasting partnership with Germany.",
    "The Vietnamese leader called for a closer partnership between Vietnam and Australia in the years ahead.",
])
def test_talk_of_ties_is_no_instrument(extractor, text):
    assert told(extractor, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Ghana and Japan signed a strong new partnership on green hydrogen on Monday.",
     [("partnership", ("GHA", "JPN"), "concluded")]),
    ("Chile and Germany launched the Robust Minerals Partnership on Monday.",
     [("partnership", ("CHL", "DEU"), "concluded")]),
])
def test_a_made_or_named_partnership_stays_one(extractor, text, expected):
    assert told(extractor, text) == expected


def test_a_declared_partnership_told_as_growing_is_in_place(extractor):
    assert told(extractor, "Ministers said a strategic partnership between the EU and Japan has grown stronger since "
                           "2019, as the two partners widen their cooperation on chips.") \
        == [("partnership", ("EU", "JPN"), "existing")]
