"""Commitments around endings and hedges: leaving a joint programme "after 2028" is due when it starts (2029), and
the leaving itself is the commitment even though it ends the instrument; a signing that "may" or "could" come "as
early as July" is an expected date, not a mere possibility.

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 5, 5)


def dues(extractor, text):
    return sorted(c.due for c in extractor(text, P).commitments)


@pytest.mark.parametrize("text, due", [
    ("The head of India's space agency said the country will withdraw from the lunar station programme it runs "
     "with Italy after 2028.", "2029"),
    ("Brazil will stop its participation in the joint satellite programme with Germany after 2027, the ministry "
     "said.", "2028"),
    ("Russia has decided to quit the station it built with the United States and Japan after 2030.", "2031"),
])
def test_leaving_after_a_year_is_due_the_year_after(extractor, text, due):
    assert dues(extractor, text) == [due]


@pytest.mark.parametrize("text, due", [
    ("Canada and Japan may sign a hydrogen supply pact as early as July, officials said.", "2026-07"),
    ("The EU and Australia could announce a critical minerals partnership as soon as next month.", "2026-06"),
])
def test_a_signing_that_may_come_as_early_as_a_date(extractor, text, due):
    result = extractor(text, P)
    assert [a.status for a in result.agreements] == ["planned"]
    assert [c.due for c in result.commitments] == [due]


def test_what_one_side_may_announce_as_soon_as_a_day_is_no_instrument_date(extractor):
    text = ("Kenya and the US held talks on visas on Monday. The State Department could announce as soon as Friday that "
            "Kenyan students will get longer visas.")
    assert dues(extractor, text) == []


def test_a_signing_that_could_come_if_talks_go_well_is_a_possibility(extractor):
    result = extractor("Canada and Japan could sign a hydrogen supply pact if the talks go well.", P)
    assert result.agreements == [] and result.commitments == []
