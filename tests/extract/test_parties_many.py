"""Instruments of many parties: an alliance set up by a list of countries, and the countries it was launched or
formed by, listed after it (GUIDELINES.md: every country party).

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 12)


def parties(extractor, text):
    return [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text, expected", [
    ("Latvia, Estonia, Lithuania, Finland and Sweden on Monday set up an alliance to build drones together.",
     [("partnership", ("EST", "FIN", "LTU", "LVA", "SWE"))]),
    ("Canada, Denmark, Estonia, France and Germany launched the Baltic Cyber Alliance on Wednesday.",
     [("partnership", ("CAN", "DEU", "DNK", "EST", "FRA"))]),
    ("The Baltic Cyber Partnership was launched on Wednesday by Canada, Denmark, Estonia, France and Germany.",
     [("partnership", ("CAN", "DEU", "DNK", "EST", "FRA"))]),
    ("The Nordic Quantum Alliance was formed in Oslo on Tuesday by seven countries, including Denmark, Finland, "
     "Iceland, Norway and Sweden.", [("partnership", ("DNK", "FIN", "ISL", "NOR", "SWE"))]),
    ("A new alliance on subsea cables was set up on Monday by Japan, Australia, Fiji and New Zealand.",
     [("partnership", ("AUS", "FJI", "JPN", "NZL"))]),
    ("The Baltic Cyber Alliance was launched on Wednesday. Its members are Canada, Denmark, Estonia, France, "
     "Germany, Poland and Sweden.", [("partnership", ("CAN", "DEU", "DNK", "EST", "FRA", "POL", "SWE"))]),
])
def test_every_country_that_made_it_is_a_party(extractor, text, expected):
    assert parties(extractor, text) == expected

