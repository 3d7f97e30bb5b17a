"""One more instrument of the signing just told, opening its sentence: "Another major agreement focuses on ...",
"A second accord covers ...". It is made as the one before it was (its status and day), with the same parties,
even though its own sentence tells no signing.

Every text here is written for these tests (P is the publication date, a Wednesday).
"""

from datetime import date

import pytest

P = date(2026, 5, 6)


@pytest.mark.parametrize("text", [
    "Japan and Kenya signed a memorandum on artificial intelligence in Nairobi on Monday. Another major agreement "
    "focuses on digital identity and trust services.",
    "Japan and Kenya signed a memorandum on artificial intelligence in Nairobi on Monday. A second agreement covers "
    "digital identity and trust services.",
    "On Monday Japan and Kenya inked an accord on artificial intelligence. The other accord deals with digital "
    "identity and trust services.",
])
def test_one_more_instrument_of_the_signing_is_made_as_it_was(extractor, text):
    found = extractor(text, P).agreements
    assert len(found) == 2
    assert [(a.status, a.date, a.countries) for a in found][1] == ("concluded", "2026-05-04", ["JPN", "KEN"])


def test_one_more_without_a_signing_told_before_is_still_no_instrument(extractor):
    text = "Japan and Kenya discussed artificial intelligence in Nairobi on Monday. Another agreement could follow."
    assert extractor(text, P).agreements == []
