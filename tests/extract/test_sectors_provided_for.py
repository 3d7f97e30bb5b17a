"""Fields of an instrument as news words them: a later sentence with "the document" or "the treaty" as its subject that
"provides for", "envisages" or "foresees" work in some fields tells the instrument's fields.

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 5, 5)


def fields(extractor, text):
    found = extractor(text, P).agreements
    assert found, "no instrument"
    return sorted(found[0].sectors)


@pytest.mark.parametrize("text, expected", [
    ("Serbia and Kazakhstan signed an agreement on cooperation on Monday. The document provides for joint work in "
     "biotechnology, robotics and artificial intelligence.", ["ai", "biotech", "robotics"]),
    ("Egypt and Belarus signed a cooperation treaty in Minsk on Friday. The treaty envisages joint projects in "
     "satellite technology and remote sensing.", ["space"]),
    ("Uzbekistan and Korea signed an intergovernmental agreement on Tuesday. The document also foresees cooperation "
     "in semiconductors and batteries.", ["batteries", "semiconductors"]),
])
def test_what_the_document_provides_for(extractor, text, expected):
    assert fields(extractor, text) == expected
