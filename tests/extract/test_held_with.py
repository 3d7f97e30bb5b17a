"""An instrument one side is told to have with another ("Korea only has such an accord with Canada", "Chile
already has a trade deal with Korea") is an earlier instrument named as in place: its own record, status
``existing`` (GUIDELINES.md), not dropped for want of a verb of making.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 12)  # a Thursday


def found(extractor, text):
    return sorted((a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements)


@pytest.mark.parametrize("text, held", [
    ("Norway and Korea signed a quantum research pact on Monday. Korea only has such an accord with Canada, which "
     "the two concluded in 2004.", ("agreement", ("CAN", "KOR"), "existing")),
    ("Chile and India signed a lithium memorandum on Monday. Chile already has a free trade agreement with Korea.",
     ("trade_agreement", ("CHL", "KOR"), "existing")),
    ("Vietnam and Australia launched a minerals partnership on Tuesday. Vietnam also has a similar memorandum with "
     "Japan.", ("mou", ("JPN", "VNM"), "existing")),
    ("Peru and Korea sealed a battery pact on Friday. Peru has had a science agreement with Germany for years.",
     ("agreement", ("DEU", "PER"), "existing")),
])
def test_an_instrument_held_with_another_side_is_in_place(extractor, text, held):
    assert held in found(extractor, text)


@pytest.mark.parametrize("text", [
    # a relationship, not a text
    "Kenya had a good meeting with Japan. Kenya has a strong partnership with Japan in chips.",
    # the news itself, told by its making
    "Kenya has signed an AI agreement with Japan.",
])
def test_no_held_instrument_without_one(extractor, text):
    assert all(a.status != "existing" for a in extractor(text, P).agreements)


def test_a_new_one_to_have_is_not_in_place(extractor):
    records = found(extractor, "Kenya will have a new AI partnership with Japan next year.")
    assert all(status != "existing" for _, _, status in records)
