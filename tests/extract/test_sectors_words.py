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
    ("India and Russia signed a memorandum on joint work under the human spaceflight programme.", ["space"]),
    ("The UAE and Japan agreed to train astronauts together under a new memorandum.", ["space"]),
])
def test_field_words_of_news(extractor, text, expected):
    assert sectors_of(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what the parties are after, in a clause of its own after the instrument's own field
    ("The EU and Japan launched a digital partnership on Monday, as both look to secure chip supplies.", ["digital"]),
    ("Korea and Hungary signed a battery accord, as Budapest seeks to draw more EV makers.", ["batteries"]),
    ("India and Japan inked an MoU on AI research, as the two race to catch up in semiconductors.", ["ai"]),
    # ... but with no field of its own, the clause tells what it is about
    ("Korea and the UAE signed an MoU on Tuesday, as the two seek to deepen cooperation in AI and chips.",
     ["ai", "semiconductors"]),
])
def test_what_the_parties_are_after(extractor, text, expected):
    assert sectors_of(extractor, text) == expected
