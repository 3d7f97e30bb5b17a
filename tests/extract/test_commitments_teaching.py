"""Teaching is the work a school, campus or branch abroad sets going: "with classes to begin in 2027", "The
educational activity of the branch begins in the 2027/2028 academic year", "Teaching is expected to start in
September" after the instrument that founds it are its parties' commitments, as "Construction will begin" is for a
plant. Classes of one country's own schools are no one's promise.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2026, 3, 12)


def dues(extractor, text):
    return [(c.countries, c.due) for c in extractor(text, P).commitments]


@pytest.mark.parametrize("text, countries, due", [
    ("Italy and Uzbekistan signed an agreement on a geology institute in Tashkent, with classes to begin in 2027.",
     ["ITA", "UZB"], "2027"),
    ("Turkey and Uzbekistan signed an agreement to open a branch of a Turkish university in Tashkent. The "
     "educational activity of the branch begins in the 2027/2028 academic year.", ["TUR", "UZB"], "2027"),
    ("Korea and Kenya signed a deal on a vocational school in Nairobi. Teaching is expected to start in September.",
     ["KEN", "KOR"], "2026-09"),
])
def test_teaching_set_going_by_the_instrument(extractor, text, countries, due):
    assert (countries, due) in dues(extractor, text)


def test_a_countrys_own_classes(extractor):
    text = "Kenya's education ministry said classes at its new national schools will begin in September."
    assert dues(extractor, text) == []
