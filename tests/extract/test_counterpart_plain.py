"""A counterpart named with no country word of his own ("Korean Trade Minister A and her counterpart B signed a
joint statement") serves the other of the story's two countries, and so makes that country a party of what they
sign. A colleague of the same side ("and his deputy B") stays unread this way.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2025, 3, 12)


@pytest.mark.parametrize("text, person, country", [
    ("Korea and the Philippines ended talks in Busan on Monday. South Korean Trade Minister Kim Hyun-joo and her "
     "counterpart Ramon Villar signed a joint statement during the meeting.", "Ramon Villar", "PHL"),
    ("Chile and Japan held their first economic dialogue. Chilean Foreign Minister Alberto Vial and his "
     "counterpart, Kenji Mori, signed a memorandum on lithium.", "Kenji Mori", "JPN"),
    ("Brazil and India met in Delhi on Tuesday. Indian Science Minister Ravi Menon and his counterpart Lucas Prado "
     "inked a pact on satellites.", "Lucas Prado", "BRA"),
])
def test_a_plain_counterpart_serves_the_other_country(extractor, text, person, country):
    result = extractor(text, P)
    assert {p.name: p.country for p in result.people}.get(person) == country
    assert any(country in a.countries and len(a.countries) == 2 for a in result.agreements)


def test_a_deputy_is_no_counterpart(extractor):
    text = ("Korea and the Philippines ended talks in Busan on Monday. South Korean Trade Minister Kim Hyun-joo and "
            "her deputy Park Sung-ho attended the meeting.")
    assert {p.name: p.country for p in extractor(text, P).people}.get("Park Sung-ho") != "PHL"
