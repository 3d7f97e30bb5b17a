"""A kind of body told with capitals but no name of its own ("set up a Working Group", "the Steering Committee will
meet") is no named organisation; one with a field or a place in its name ("the Battery Working Group") is named
(as a body, or as the dialogue it is).

Every text here is written for these tests.
"""

import pytest


def names(extractor, text):
    return {o.name for o in extractor(text).organizations}


@pytest.mark.parametrize("text, kind", [
    ("Chile and Canada agreed on lithium research and will form a Working Group to pick the first projects.",
     "Working Group"),
    ("Under the space accord a Steering Committee of both agencies will meet twice a year.", "Steering Committee"),
    ("Brazil and India signed an AI memorandum; a Joint Technical Committee will draft the work plan by June.",
     "Joint Technical Committee"),
])
def test_a_kind_of_body_alone_is_no_organisation(extractor, text, kind):
    assert kind not in names(extractor, text)


def test_a_body_with_a_field_in_its_name_stays(extractor):
    text = "Chile and Canada agreed on lithium research; the Battery Materials Working Group will meet in Santiago."
    found = extractor(text)  # (as a body, or as the dialogue it is)
    told = names(extractor, text) | {a.name for a in found.agreements if a.name}
    assert any(n.endswith("Working Group") and "Battery" in n for n in told)
