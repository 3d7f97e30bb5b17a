"""A text named in a clause of time or condition that tells its making in the present ("once the agreement is
signed", "after the accord is finalised", "when the pact is ratified") is still to be made: planned, never concluded
(English uses the present there for what is to come).

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 6, 3)


def statuses(extractor, text):
    return [(a.kind, a.status) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text, expected", [
    ("Cuba and Iran expect trade to grow once the agreement is signed.", [("agreement", "planned")]),
    ("Exports of lithium will rise when the Chile-Peru lithium agreement is ratified, officials said.",
     [("agreement", "planned")]),
    ("Ghana and Japan plan joint research after the space memorandum is formally finalised.",
     [("mou", "planned")]),
    ("Officials said work would begin as soon as the accord between Peru and Korea is concluded.",
     [("agreement", "planned")]),
])
def test_a_text_made_in_a_clause_of_time_is_still_to_come(extractor, text, expected):
    assert statuses(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # made before a past event: done
    ("Trade between Chile and Peru doubled after the lithium agreement was signed in 2019.",
     [("agreement", "existing")]),
    ("Chile and Peru signed the lithium agreement on Monday, after the accord was approved by both cabinets.",
     [("agreement", "concluded")]),
])
def test_a_text_told_made_in_the_past_stays_made(extractor, text, expected):
    assert statuses(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "will (also) agree to a X": still to be agreed; "agreed to a X": made
    ("Korea and Chile met on Monday. The two governments will also agree to a hydrogen cooperation initiative.",
     [("partnership", "planned")]),
    ("Korea and Chile met on Monday. The two governments would agree to a cooperation framework on lithium.",
     [("framework", "planned")]),
    ("Korea and Chile met on Monday. The two governments agreed to a hydrogen cooperation initiative.",
     [("partnership", "concluded")]),
])
def test_agreeing_to_a_text_to_come(extractor, text, expected):
    assert statuses(extractor, text) == expected
