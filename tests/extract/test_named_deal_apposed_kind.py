"""A named deal said again in apposition by a precise kind word: "a Green Steel Compact, a wide-ranging
memorandum of understanding (MOU) on ..." is one instrument, an MoU, whatever acronym follows the kind word.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2026, 5, 6)


@pytest.mark.parametrize("text, name, kind", [
    ("Brazil and Norway have signed a Green Steel Compact, a wide-ranging memorandum of understanding (MOU) aimed "
     "at deepening research on low-carbon metals.", "Green Steel Compact", "mou"),
    ("Peru and Korea concluded the Andean Chip Deal, a broad memorandum of understanding (MoU) on packaging, on "
     "Monday.", "Andean Chip Deal", "mou"),
    ("Oman and Japan signed the Desert Hydrogen Accord, a non-binding joint statement (JS) on green fuels.",
     "Desert Hydrogen Accord", "joint_statement"),
    ("Chile and Spain unveiled the Pacific Cable Pact last week, a short memorandum of understanding that covers "
     "undersea links.", "Pacific Cable Pact", "mou"),
])
def test_a_named_deal_said_to_be_an_mou_is_one_mou(extractor, text, name, kind):
    found = extractor(text, P).agreements
    assert [(a.name, a.kind) for a in found] == [(name, kind)]


def test_a_named_framework_keeps_its_kind(extractor):
    text = "Japan and India launched the Chip Supply Framework, a memorandum on shared stockpiles, on Friday."
    assert [a.kind for a in extractor(text, P).agreements] == ["framework"]
