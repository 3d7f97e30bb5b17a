"""Agreeing on making an instrument is no instrument of its own: "reached an agreement on signing a memorandum",
"agreed on signing a memorandum next month" tell one memorandum, still to be signed.

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 5, 5)


@pytest.mark.parametrize("text, expected", [
    ("Peru and Korea reached an agreement on signing a memorandum of cooperation on lithium refining.",
     [("mou", "planned")]),
    ("Chile and Japan agreed on signing a hydrogen memorandum next month.", [("mou", "planned")]),
    ("The ministers of Egypt and Greece reached an agreement to establish a joint working group on cables.",
     [("dialogue", "planned")]),
    ("Vietnam and Korea reached an agreement on setting up a semiconductor training centre in Hanoi.",
     [("centre", "planned")]),
])
def test_an_agreement_on_making_one(extractor, text, expected):
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == expected


def test_an_agreement_reached_on_a_topic_is_still_an_agreement(extractor):
    text = "Peru and Korea reached an agreement on lithium refining on Monday, signing it in Lima."
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == [("agreement", "concluded")]
