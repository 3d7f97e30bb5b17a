"""A sum before an instrument whose description joins two words with "and": "the $50 billion Qatar-Italy
technology and investment alliance" is one alliance worth that much, not an alliance and a fund of its own. A sum
given to a second, separate instrument ("$2 billion and a new partnership") still stays apart.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2026, 5, 6)


@pytest.mark.parametrize("text, kind", [
    ("The launch came during the minister's trip to Doha, following the $50 billion Qatar-Italy technology and "
     "investment alliance unveiled in March.", "partnership"),
    ("Norway and Chile agreed a $3 billion green hydrogen and shipping partnership on Thursday.", "partnership"),
    ("Kenya and Japan signed a 400 million dollar research and innovation agreement in Nairobi on Monday.",
     "agreement"),
])
def test_a_sum_before_a_compound_description_is_the_instruments_worth(extractor, text, kind):
    found = extractor(text, P).agreements
    assert [a.kind for a in found] == [kind]
    assert len(found[0].amounts) == 1


def test_a_sum_pledged_beside_another_instrument_stays_a_fund(extractor):
    text = ("Germany and India will invest $2 billion in green hydrogen and a new research partnership, the two "
            "governments said on Monday.")
    kinds = sorted(a.kind for a in extractor(text, P).agreements)
    assert "fund" in kinds
