"""A country named as the other side of a war, conflict or dispute ("recovery from the war with Russia", "as their
trade dispute with the United States deepened", "amid a standoff with China") is no party to the instrument told in
the same sentence, though it comes after "with" like a partner does.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2026, 5, 6)


@pytest.mark.parametrize("text, countries", [
    ("The US has signed a deal with Ukraine on minerals, including a fund to drive Ukraine's recovery from the war "
     "with Russia.", ["UKR", "USA"]),
    ("Canada and Mexico agreed a minerals deal on Friday as their trade dispute with the United States deepened.",
     ["CAN", "MEX"]),
    ("Amid a border standoff with China, India signed a memorandum on drones with Israel on Monday.",
     ["IND", "ISR"]),
    ("Armenia and France signed a defence technology agreement after the conflict with Azerbaijan flared again.",
     ["ARM", "FRA"]),
])
def test_the_other_side_of_a_conflict_is_no_party(extractor, text, countries):
    assert [a.countries for a in extractor(text, P).agreements][:1] == [countries]


def test_a_partner_after_with_stays_a_party(extractor):
    found = extractor("Kenya signed a space agreement with Italy on Monday, ending a long dispute over fees.", P)
    assert [a.countries for a in found.agreements] == [["ITA", "KEN"]]
