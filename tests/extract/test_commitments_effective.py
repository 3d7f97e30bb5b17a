"""An instrument "effective" from a day to come ("signed an offtake agreement with X, effective 1 July 2026", "a
supply deal effective from January") takes effect then: a commitment of its parties, due that day, as "will take
effect on" is. An instrument effective from a day already past is in force, no commitment.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2026, 3, 12)


@pytest.mark.parametrize("text, due", [
    ("Australia's Lithium Co has signed an offtake agreement with South Korea's SungEel, effective 1 July 2026.",
     "2026-07-01"),
    ("Chile's Codelco signed a supply deal with China's BYD on Monday, effective from January 2027.", "2027-01"),
    ("Peru and Japan signed a memorandum on mining research, effective as of April 1, 2026, the ministry said.",
     "2026-04-01"),
])
def test_effective_from_a_day_to_come(extractor, text, due):
    found = extractor(text, P).commitments
    assert due in [c.due for c in found]
    assert all(len(c.countries) == 2 for c in found)


def test_effective_from_a_day_past_is_no_commitment(extractor):
    text = "Australia's Lithium Co has an offtake agreement with South Korea's SungEel, effective 1 July 2024."
    assert extractor(text, P).commitments == []
