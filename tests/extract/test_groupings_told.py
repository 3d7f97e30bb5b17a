"""An informal grouping told by its membership ("both nations sit in the I2U2 format, which also brings together Israel
and America", "a forum of four called the Quadrilateral Security Dialogue") is a standing arrangement in place: one
``existing`` record for its members, a dialogue when its name says so. A grouping that only acts ("the Quad leaders
put out a declaration") is the party of what it makes, no record of its own.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2024, 9, 10)


def told(extractor, text):
    return [(a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text, expected", [
    ("India and the UAE signed an MoU on solar power on Monday. Both nations are members of the I2U2 format, which "
     "brings together Israel and America as well.",
     [("mou", ("ARE", "IND"), "concluded"), ("partnership", ("ARE", "IND", "ISR", "USA"), "existing")]),
    ("India and the UAE signed an MoU on solar power on Monday. Both belong to I2U2, a forum of four with Israel and "
     "America.",
     [("mou", ("ARE", "IND"), "concluded"), ("partnership", ("ARE", "IND", "ISR", "USA"), "existing")]),
    ("Officials from Canberra, New Delhi, Tokyo and Washington met on Monday as the forum called the Quadrilateral "
     "Security Dialogue.", [("dialogue", ("AUS", "IND", "JPN", "USA"), "existing")]),
])
def test_a_grouping_told_by_its_members_is_in_place(extractor, text, expected):
    assert told(extractor, text) == expected


def test_a_grouping_that_acts_is_no_record_of_its_own(extractor):
    assert told(extractor, "On Saturday the Quad leaders put out a joint declaration on health security.") == [
        ("joint_statement", ("AUS", "IND", "JPN", "USA"), "concluded")]


def test_a_grouping_covers_no_field_of_the_news_beside_it(extractor):
    found = extractor("Officials from Canberra, New Delhi, Tokyo and Washington, meeting as the forum called the "
                      "Quadrilateral Security Dialogue, vowed to secure critical minerals supply chains.", P).agreements
    assert [(a.kind, a.sectors) for a in found if a.kind == "dialogue"] == [("dialogue", [])]
