"""Commitments told in the sentence after the instrument, as wire copy words them: a thing of the deal named with an
indefinite article or after an official's "says".

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 3, 10)


def dues(extractor, text, published=P):
    return sorted(c.due for c in extractor(text, published).commitments)


@pytest.mark.parametrize("text, expected", [
    # the thing the instrument is about, told with "a"/"an" in the next sentence
    ("China and Pakistan signed an agreement on Friday to support satellite projects. A communications satellite "
     "will be launched in August 2027.", ["2027-08"]),
    ("Japan and Kenya agreed on Tuesday to set up a geothermal research centre in Nairobi. A first research centre "
     "is to open by mid-2028.", ["2028-06"]),
    ("Brazil and India have signed a memorandum on vaccine plants. A new plant is expected to be completed in 2029.",
     ["2029"]),
    # ... or after an official who tells it ("X says", "according to")
    ("Egypt and Russia signed a deal this week to build four nuclear reactors. Egypt's energy minister Ahmed Sami "
     "says the first reactor is due to begin operating in 2028.", ["2028"]),
    ("Hungary and Korea signed an accord on battery plants on Monday. Hungary's economy minister said the first plant "
     "is set to open in 2027.", ["2027"]),
])
def test_the_deals_thing_in_the_next_sentence(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # an indefinite subject that the instrument does not tell of stays nobody's promise
    "China and Pakistan signed an agreement on Friday to support satellite projects. A new airport will be opened "
    "in August 2027.",
    "Japan and Kenya agreed on Tuesday to set up a geothermal research centre. A report on the sector will be "
    "released by June.",
])
def test_an_unrelated_indefinite_subject_is_no_promise(extractor, text):
    assert dues(extractor, text) == []
