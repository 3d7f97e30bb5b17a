"""Two readings that a centre's long name and its introduction invite, and neither is an instrument of its own:
"in a joint initiative with Kenya, Japan would unveil the Centre of ..." tells how the centre is made (the centre is
the joint work), and "Centre of Excellence for Critical and Emerging Technology Policy" is one name, not a list
closing with "Emerging Technology Policy".

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2026, 5, 6)


@pytest.mark.parametrize("text", [
    "The envoy also said that in a joint initiative with Kenya, Japan would unveil the Centre of Excellence for "
    "Critical and Emerging Technology Policy.",
    "In a joint initiative with Ghana, Norway will open a Centre for Ocean Data and Marine Policy in Accra.",
    "As part of a joint effort with Peru, Chile is to set up a Centre for Mining and Water Research in Lima.",
])
def test_a_joint_initiative_that_makes_a_centre_is_the_centre(extractor, text):
    assert [a.kind for a in extractor(text, P).agreements] == ["centre"]


def test_a_joint_initiative_on_its_own_is_still_told(extractor):
    text = "Japan and Kenya launched a joint initiative on critical minerals in Nairobi on Monday."
    assert [a.kind for a in extractor(text, P).agreements] == ["partnership"]


def test_a_list_closing_with_a_name_still_gives_the_name(extractor):
    text = "Japan and Kenya signed a roadmap on chips, a memorandum on AI, and the Quantum Bridge during the visit."
    names = [a.name for a in extractor(text, P).agreements]
    assert "Quantum Bridge" in names
