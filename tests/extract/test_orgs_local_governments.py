"""A local government named by its place and its level ("the Kumamoto Prefectural Government", "the Ontario Provincial
Government", "the Tokyo Metropolitan Government") is an organisation, as a state government is.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2024, 3, 5)


@pytest.mark.parametrize("text, name", [
    ("TSMC will build a plant in Kumamoto, the Kumamoto Prefectural Government said on Monday.",
     "Kumamoto Prefectural Government"),
    ("The Ontario Provincial Government signed an MoU on hydrogen with a Japanese trading house.",
     "Ontario Provincial Government"),
    ("The Tokyo Metropolitan Government will fund a quantum lab with a Finnish university.",
     "Tokyo Metropolitan Government"),
])
def test_a_local_government_is_an_organization(extractor, text, name):
    assert name in [o.name for o in extractor(text, P).organizations]
