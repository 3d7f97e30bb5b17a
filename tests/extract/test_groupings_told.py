"""An informal grouping told by its membership ("India and the UAE are part of the I2U2 grouping that includes Israel
and the United States", "the four-member alliance of the US, Australia, Japan and India, known as the Quad") is a
standing arrangement in place: one ``existing`` record for its members, a dialogue when its name says so. A grouping
that only acts ("Quad leaders adopted a declaration") is the party of what it makes, no record of its own.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2024, 9, 10)


def told(extractor, text):
    return [(a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text, expected", [
    ("India and the UAE signed an MoU on nuclear energy on Monday. The two countries are part of the I2U2 grouping "
     "that includes Israel and the United States.",
     [("mou", ("ARE", "IND"), "concluded"), ("partnership", ("ARE", "IND", "ISR", "USA"), "existing")]),
    ("India and the UAE signed an MoU on nuclear energy on Monday. Both are members of I2U2, a grouping of India, "
     "Israel, the UAE and the United States.",
     [("mou", ("ARE", "IND"), "concluded"), ("partnership", ("ARE", "IND", "ISR", "USA"), "existing")]),
    ("The four-member alliance of the US, Australia, Japan and India, known as the Quadrilateral Security Dialogue, "
     "met in Tokyo on Monday.", [("dialogue", ("AUS", "IND", "JPN", "USA"), "existing")]),
])
def test_a_grouping_told_by_its_members_is_in_place(extractor, text, expected):
    assert told(extractor, text) == expected


def test_a_grouping_that_acts_is_no_record_of_its_own(extractor):
    assert told(extractor, "Quad leaders adopted the Wilmington Declaration on Saturday.") == [
        ("joint_statement", ("AUS", "IND", "JPN", "USA"), "concluded")]


def test_a_grouping_covers_no_field_of_the_news_beside_it(extractor):
    found = extractor("The four-member alliance of the US, Australia, Japan and India, known as the Quadrilateral "
                      "Security Dialogue, pledged to secure critical minerals supply chains.", P).agreements
    assert [(a.kind, a.sectors) for a in found if a.kind == "dialogue"] == [("dialogue", [])]
