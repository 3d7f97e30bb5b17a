"""An instrument reported as having just entered into force is the news, like one approved or ratified after it was
signed: it stays ``concluded`` and is dated when it was signed, never on the day it took effect (GUIDELINES.md: status
and date); one that took effect years before the article is background (``existing``). An aside between the
instrument and its parties ("the accord, also known as ..., between A and B") does not hide the parties.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 4, 9)  # a Thursday


def told(extractor, text):
    return [(a.kind, tuple(a.countries), a.status, a.date) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text,expected", [
    ("The space cooperation treaty between Brazil and Japan has entered into force.",
     ("agreement", ("BRA", "JPN"), "concluded", None)),
    ("The lithium supply agreement between Chile and Korea came into force on Tuesday, the trade ministry said.",
     ("agreement", ("CHL", "KOR"), "concluded", None)),
    ("A nuclear cooperation pact between Ghana and Canada took effect this week.",
     ("agreement", ("CAN", "GHA"), "concluded", None)),
    ("The technology cooperation agreement between Peru and Singapore has now taken effect, officials said on Monday.",
     ("agreement", ("PER", "SGP"), "concluded", None)),
    ("The hydrogen accord between Morocco and Germany has entered into force. The accord was signed in November "
     "2025.", ("agreement", ("DEU", "MAR"), "concluded", "2025-11")),
])
def test_an_instrument_that_just_took_effect_is_concluded(extractor, text, expected):
    assert told(extractor, text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("The science agreement between Chile and Korea entered into force in 2012 and has been renewed since.",
     ("agreement", ("CHL", "KOR"), "existing", "2012")),
    ("The space treaty between Brazil and Japan, which entered into force in 2019, covers satellite data.",
     ("agreement", ("BRA", "JPN"), "existing", "2019")),
])
def test_one_in_force_for_years_is_background(extractor, text, expected):
    assert told(extractor, text) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("The space cooperation treaty, also known as the \"Artemis Accord,\" between Brazil and Japan was signed on "
     "Monday.", ("agreement", ("BRA", "JPN"), "concluded", "2026-04-06")),
    ("The civil nuclear agreement, known as a 123 agreement, between Ghana and the United States was signed on "
     "Tuesday.", ("agreement", ("GHA", "USA"), "concluded", "2026-04-07")),
])
def test_an_aside_does_not_hide_the_parties(extractor, text, expected):
    assert told(extractor, text) == [expected]
