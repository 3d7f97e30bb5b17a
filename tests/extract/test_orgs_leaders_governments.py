"""The government of the day named after its leader, or after a ticket of two ("the Biden-Harris Administration",
"the Trump-Vance Administration"), is a government, a party's side, and no organisation; an administration named
after its field ("Maritime Administration", "Cyberspace Administration of China") is a body.

Every text here is written for these tests.
"""

import pytest


def names(extractor, text):
    return {o.name for o in extractor(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Japan and the United States signed a chip memorandum, which the Biden-Harris Administration called a milestone.",
     "Biden-Harris Administration"),
    ("The Trump-Vance Administration said on Tuesday it would keep the nuclear pact with Kenya.",
     "Trump-Vance Administration"),
    ("Talks on the space accord began under the Obama-Biden Administration and ended in 2016.",
     "Obama-Biden Administration"),
    ("A fact sheet from the White House said the Biden-Harris Government had won pledges from Seoul and Tokyo.",
     "Biden-Harris Government"),
])
def test_a_leaders_ticket_is_a_government(extractor, text, name):
    assert name not in names(extractor, text)


@pytest.mark.parametrize("text, name", [
    ("Korea and the US agreed on port data; the Maritime Administration will lead the American side.",
     "Maritime Administration"),
    ("The Cyberspace Administration of China said the data accord with Singapore takes effect in June.",
     "Cyberspace Administration of China"),
    ("Under the pact, the National Nuclear Security Administration will train Kenyan inspectors.",
     "National Nuclear Security Administration"),
])
def test_an_administration_named_for_its_field_is_a_body(extractor, text, name):
    assert name in names(extractor, text)


def test_a_tickets_names_are_no_people_there(extractor):
    text = "Japan and the United States signed a chip memorandum, which the Biden-Harris Administration called a milestone."
    found = extractor(text)
    assert "Biden-Harris Administration" not in {o.name for o in found.organizations}
    assert not {p.name for p in found.people} & {"Biden", "Harris"}
