"""A council or committee with a name of its own that two countries set up is a dialogue they made, not an
organisation named in passing ("Greece and Egypt have set up a new Energy and Technology Council"); a named council
merely told of stays an organisation.

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 5, 5)


@pytest.mark.parametrize("text, name, countries", [
    ("Greece and Egypt have set up a new Energy and Technology Council, with a focus on grids and data.",
     "Energy and Technology Council", ["EGY", "GRC"]),
    ("India and France launched a Space Council on Monday to steer their satellite projects.", "Space Council",
     ["FRA", "IND"]),
    ("Chile and Korea established a joint Lithium Committee in Santiago on Friday.", "Lithium Committee",
     ["CHL", "KOR"]),
])
def test_a_named_council_set_up_by_two_countries(extractor, text, name, countries):
    found = extractor(text, P).agreements
    assert [(a.kind, a.countries) for a in found] == [("dialogue", countries)]
    assert name in (found[0].name or "")


def test_a_named_council_told_of_is_no_instrument(extractor):
    found = extractor("The Energy and Technology Council of Greece met in Athens on Monday.", P)
    assert found.agreements == []


@pytest.mark.parametrize("text", [
    "Japan and Kenya deepened their cooperation on data and connectivity during the first Digital Partnership "
    "Council held today in Nairobi.",
    "Brazil and Norway aligned their hydrogen plans at the inaugural Strategic Dialogue in Oslo on Monday.",
    "Chile and Spain agreed on new cable projects at the first Partnership Council, held in Madrid on Friday.",
])
def test_the_first_meeting_of_a_council_written_as_a_name_is_its_start(extractor, text):
    assert [a.kind for a in extractor(text, P).agreements] == ["dialogue"]


@pytest.mark.parametrize("text", [
    "Japan and Kenya signed two agreements during the first business forum in Nairobi on Monday.",
    "Japan and Kenya signed two agreements during the first Business Forum in Nairobi on Monday.",
])
def test_a_forum_where_deals_were_signed_is_only_the_place(extractor, text):
    assert "dialogue" not in [a.kind for a in extractor(text, P).agreements]
