"""An instrument named and then described in apposition ("the Asia-Pacific Chip Framework, a Japan-led initiative
launched in 2024"): one instrument, its name and kind from the name, its making from the apposition; a named
partnership described as a free trade agreement is a trade agreement.

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 5, 5)


def records(extractor, text):
    return [(a.kind, a.name, a.status, a.date) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text, expected", [
    ("Ministers confirmed the role of the Asia-Pacific Chip Framework, a Japan-led initiative launched in 2024 with "
     "Korea and Australia.", [("framework", "Asia-Pacific Chip Framework", "existing", "2024")]),
    ("Officials reviewed the Andes Lithium Partnership, a Chile-backed scheme set up in 2023 with Peru and Bolivia.",
     [("partnership", "Andes Lithium Partnership", "existing", "2023")]),
    ("The leaders praised the Gulf Data Compact, an initiative established in 2022 by Qatar and Oman.",
     [("agreement", "Gulf Data Compact", "existing", "2022")]),
])
def test_a_named_instrument_and_its_apposition_are_one(extractor, text, expected):
    assert records(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Negotiators from ASEAN, Japan and India met on the Regional Digital Economic Partnership, a free trade agreement "
    "on digital commerce, in Jakarta on Monday.",
    "Canada and Ecuador signed the Pacific Shores Economic Partnership, a free trade agreement covering digital "
    "services, on Friday.",
])
def test_a_partnership_described_as_a_free_trade_agreement(extractor, text):
    assert [k for k, *_ in records(extractor, text)] == ["trade_agreement"]
