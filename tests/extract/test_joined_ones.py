"""One side's initiative or partnership that another country joins ("Vietnam signed on to the EU's space initiative",
"Kenya joined Japan's clean energy partnership") is an instrument of the two, made when it is joined; a country's
partnership told without a joining ("the UK's partnership with India") stays its relationship.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2024, 5, 10)  # a Friday


@pytest.mark.parametrize("text, expected", [
    ("Vietnam signed on to the European Union's space initiative this week.",
     [("partnership", ("EU", "VNM"), "concluded")]),
    ("Kenya joined Japan's clean energy partnership on Monday.", [("partnership", ("JPN", "KEN"), "concluded")]),
    ("Kenya will join Japan's clean energy partnership next year.", [("partnership", ("JPN", "KEN"), "planned")]),
    ("The UK's partnership with India has deepened, officials said.", []),
])
def test_one_sides_initiative_joined_by_another(extractor, text, expected):
    assert [(a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements] == expected
