"""A research institute or campus one country's body opens in another is a centre of both (GUIDELINES: "A centre,
office or branch that one country opens in another makes both countries parties"). Wordings written for these
tests."""

import datetime

import pytest

P = datetime.date(2026, 3, 12)


@pytest.mark.parametrize("text, expected", [
    ("The National University of Singapore will open its first overseas research institute in Suzhou, China, next "
     "month.", ("centre", ("CHN", "SGP"), "planned")),
    ("Germany's Fraunhofer Society will set up a hydrogen research institute in Chile together with the University "
     "of Chile.", ("centre", ("CHL", "DEU"), "planned")),
    ("Australia's Monash University opened a branch campus in Jakarta on Monday.",
     ("centre", ("AUS", "IDN"), "concluded")),
    ("Kenya and Japan inaugurated a joint research institute for geothermal energy in Nakuru.",
     ("centre", ("JPN", "KEN"), "concluded")),
])
def test_a_research_institute_or_campus_opened_abroad_is_a_centre(extractor, text, expected):
    assert [(a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements] == [expected]


@pytest.mark.parametrize("text", [
    "Researchers at a Swiss research institute said the new chips were faster.",
    "The Korea Institute of Energy Research is a government research institute in Daejeon.",
    "Students can study at the university's branch campus in Malaysia, the report said.",
    # institutes named as the bodies a text brings together, none opened
    "The agreement aims to set up a task force linking the governments, industry and research institutes of India "
    "and Germany.",
    "The fund will back projects that pair a Korean company with a Singapore university or research institute.",
])
def test_an_institute_or_campus_that_is_only_named_is_no_centre(extractor, text):
    assert [a for a in extractor(text, P).agreements if a.kind == "centre"] == []


@pytest.mark.parametrize("text", [
    # what a country is to be made into or its role as a hub: a figure of speech, no centre set up
    "Japan will support Ghana in building skills in robotics, with the goal of making Ghana a major robotics hub in "
    "Africa.",
    "France will help Egypt train specialists in 6G, aiming to make Egypt a regional 6G hub.",
    "France and Egypt signed an agreement to open a joint robotics institute in Cairo. The institute will also "
    "strengthen Egypt's role as an attractive R&D hub in the region.",
])
def test_a_country_made_into_a_hub_is_no_centre(extractor, text):
    assert [a for a in extractor(text, P).agreements if a.kind == "centre" and "hub" in (a.name or "").lower()] == []


@pytest.mark.parametrize("text, countries", [
    # a research laboratory one country helps another set up: a centre of the two (the host too)
    ("Spain to help Morocco set up marine research laboratory", ["ESP", "MAR"]),
    ("Korea will support Vietnam in establishing a modern chip research lab in Hanoi, the ministry said.",
     ["KOR", "VNM"]),
    ("Germany agreed on Monday to help Kenya build an advanced battery research laboratory in Nairobi.",
     ["DEU", "KEN"]),
])
def test_a_research_laboratory_set_up_with_another_country_is_a_centre(extractor, text, countries):
    assert [(a.kind, a.countries) for a in extractor(text, P).agreements] == [("centre", countries)]
