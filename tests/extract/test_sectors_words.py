"""Words of the sector list that news uses for an instrument's field: the singular "telecommunication", rockets and
their launches, biopharmaceuticals, zero-emission technology, next-generation cars.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 10)


def sectors_of(extractor, text):
    found = extractor(text, P).agreements
    assert len(found) == 1, found
    return sorted(found[0].sectors)


@pytest.mark.parametrize("text, expected", [
    ("Iran and Russia signed a memorandum of understanding for closer cooperation in the field of "
     "telecommunication.", ["telecom"]),
    ("Oman and India have inked an MoU on telecommunication and postal services.", ["telecom"]),
    ("Brazil and Ukraine signed an accord on joint carrier rocket launches from Alcantara.", ["space"]),
    ("Australia and Korea agreed a memorandum on space rocket development on Tuesday.", ["space"]),
    ("Cuba and Iran signed an agreement on biopharmaceutical production last week.", ["biotech"]),
    ("Japan and Australia signed a framework on zero-emission technologies.", ["clean_energy"]),
    ("Japan and Thailand signed a memorandum on zero emission power plants on Monday.", ["clean_energy"]),
    ("Japan and Indonesia signed an MoU on next-generation automobiles, including hybrids.", ["mobility"]),
    ("India and Germany signed a pact on electric mobility and electric buses.", ["mobility"]),
])
def test_field_words_of_news(extractor, text, expected):
    assert sectors_of(extractor, text) == expected
