"""One instrument told again in other words: "The three-page agreement is a 'memorandum of understanding'",
"signed a 'Copper Alliance' deal" (a name in quotes before the kind word names the deal, it is no second
instrument). Each article gives one record, so the outlets that call it a deal and those that call it a memorandum
or an alliance can be merged.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2026, 5, 6)


@pytest.mark.parametrize("text, kind", [
    ('Peru and Japan signed a copper deal on Monday. The three-page agreement is a "memorandum of understanding" '
     'on refining.', "mou"),
    ("Peru and Japan signed a copper deal on Monday. The short, non-binding deal is a memorandum of understanding "
     "on refining.", "mou"),
    ("Ghana and Spain signed a solar accord on Friday. The new accord is a 'declaration of intent' on research.",
     "mou"),
])
def test_a_text_said_to_be_another_kind_is_one_record(extractor, text, kind):
    assert [a.kind for a in extractor(text, P).agreements] == [kind]


@pytest.mark.parametrize("text, name", [
    ("Peru and Japan have signed a 'Copper Alliance' deal to expand refining.", "Copper Alliance"),
    ('Chile and Korea signed a "Lithium Partnership" agreement on Tuesday.', "Lithium Partnership"),
    ("Norway and Kenya inked a “Blue Economy Initiative” accord in Nairobi on Monday.", "Blue Economy Initiative"),
])
def test_a_quoted_name_before_the_kind_word_names_one_instrument(extractor, text, name):
    found = extractor(text, P).agreements
    assert len(found) == 1
    assert found[0].name == name


@pytest.mark.parametrize("text, kind", [
    ("Chile and Korea have signed a 'Lithium Alliance' deal to speed up lithium exports. President Boric and "
     "President Lee signed what they called a \"joint declaration of intent\" that calls for joint refining.", "mou"),
    ("Norway and Ghana sealed a cocoa deal on Monday. The two ministers signed what officials described as a "
     "memorandum of understanding on traceability.", "mou"),
    ("Japan and Kenya agreed a geothermal pact on Friday. Both leaders put their names to what Tokyo termed a "
     "joint statement on clean power.", "joint_statement"),
])
def test_what_they_called_a_kind_word_is_the_deal_told(extractor, text, kind):
    assert [a.kind for a in extractor(text, P).agreements] == [kind]
