"""A news agency telling what it heard ("..., Kazinform News Agency learnt from the presidential press service",
"Xinhua has learned") is the messenger, never an organization of the story (issue: agencies in datelines and
credits are never organizations). An outlet the story cites ("as Reuters reported") stays one, as GUIDELINES'
annotators keep it, and so does a body of the story.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2025, 9, 18)


@pytest.mark.parametrize("text, agency", [
    ("Kazakhstan's president received the head of the ITU in Astana on Monday, Kazinform News Agency learnt from "
     "the presidential press service.", "Kazinform News Agency"),
    ("Turkey and Azerbaijan signed a digital roadmap on Friday, Anadolu Agency has learnt.", "Anadolu Agency"),
    ("China and Laos agreed to build a satellite ground station, Xinhua has learned.", "Xinhua News Agency"),
])
def test_an_agency_telling_what_it_heard_is_no_organization(extractor, text, agency):
    names = {o.name for o in extractor(text, P).organizations}
    assert agency not in names


def test_a_body_that_reports_stays(extractor):
    text = "The Ministry of Energy reported on Monday that Kenya and Japan signed a geothermal memorandum."
    assert any("Ministry of Energy" in o.name for o in extractor(text, P).organizations)


def test_an_outlet_the_story_cites_stays(extractor):
    text = "Leaders called for shared trade benefits, as Reuters reported, and Japan and Korea signed a chip pact."
    assert "Reuters" in {o.name for o in extractor(text, P).organizations}
