"""Page furniture that names an outlet is no organisation of the story: a picture's credit written as names
joined by slashes ("<photographer> / <agency> / <picture library>"), on its own line or before the caption.
An outlet cited in the body ("told AFP") stays as it is (GUIDELINES keep it).

Every text here is written for these tests.
"""

import pytest


def names(extractor, text):
    return {o.name for o in extractor(text).organizations}


@pytest.mark.parametrize("text, outlet", [
    ("Ghana and Japan signed a solar memorandum on Tuesday.\nAmina Osei / AFP / Getty Images\n"
     "The deal covers two plants.", "Agence France-Presse"),
    ("<p> Lee Min-ho / Reuters / File Photo</p> The minister speaks at the signing in Seoul.\n"
     "Korea and Chile agreed to share lithium research.", "Reuters"),
    ("Korea and Chile agreed to share lithium research.\nThe two ministers in Santiago. Pablo Ruiz/AFP\n"
     "The talks end today.", "Agence France-Presse"),
])
def test_a_slashed_picture_credit_is_no_organization(extractor, text, outlet):
    assert outlet not in names(extractor, text)


@pytest.mark.parametrize("text, org", [
    # a slash inside a sentence of the story joins two bodies of it
    ("The joint NASA/JAXA satellite will measure rainfall, the United States and Japan said.",
     "National Aeronautics and Space Administration"),
    ("The company told AFP that Kenya and Japan would sign the accord on Monday.", "Agence France-Presse"),
])
def test_bodies_beside_a_slash_in_the_story_stay(extractor, text, org):
    assert org in names(extractor, text)


@pytest.mark.parametrize("text, name", [
    # a name with no organisation word, defined by an acronym that then acts as a body
    ("The Ghanaian Communications Satellite (GHACOMSAT) and Kenya's space agency agreed to share capacity. "
     "GHACOMSAT's managing director said the deal helps rural schools.", "Ghanaian Communications Satellite"),
    ("In 2020 Armenia's Software Products and Technology Park (SPTP) opened in Yerevan. SPTP is a company "
     "incubator for young firms, and it signed a memorandum with India.", "Software Products and Technology Park"),
    ("The Rwandan Drone Corridor (RDC) will sign the accord with Israel. RDC said the flights would start in May.",
     "Rwandan Drone Corridor"),
])
def test_a_name_its_acronym_shows_acting_as_a_body(extractor, text, name):
    assert name in names(extractor, text)


@pytest.mark.parametrize("text, thing", [
    # a technology or a field defined by its letters stays a thing
    ("Japan and India will cooperate on High Performance Computing (HPC). HPC is a field of growing demand.",
     "High Performance Computing"),
    ("Korea and Chile will study Small Modular Reactors (SMR). SMR's costs are falling, experts said.",
     "Small Modular Reactors"),
])
def test_a_thing_defined_by_its_letters_stays_a_thing(extractor, text, thing):
    assert thing not in names(extractor, text)


def countries(extractor, text):
    return {o.name: o.country for o in extractor(text).organizations}


@pytest.mark.parametrize("text, name, country", [
    # a story that names one country only: its bodies of no country told are that country's
    ("Kenya will register local web domains faster. The ICT Authority and the Domain Registry Council said the "
     "rules start in March.", "ICT Authority", "KEN"),
    ("Brazil opened a chip design school in Campinas. The Renato Archer Research Institute will train 200 engineers.",
     "Renato Archer Research Institute", "BRA"),
])
def test_a_body_of_a_story_about_one_country_is_that_countrys(extractor, text, name, country):
    assert countries(extractor, text).get(name) == country


@pytest.mark.parametrize("text, name", [
    # an international body keeps no country; a story about two countries gives none
    ("Kenya hosted the Global Digital Skills Council, which said the rules start in March.",
     "Global Digital Skills Council"),
    ("Kenya and Ghana met in Accra. The Digital Skills Authority said the rules start in March.",
     "Digital Skills Authority"),
    # a foreign body told as a model or a partner of the one country's own
    ("Kenya's drug regulator will follow the Food and Drug Administration on chip-based medical devices.",
     "Food and Drug Administration"),
    ("Kenyan scientists will work with the Max Planck Institute on a new telescope, Kenya said.",
     "Max Planck Institute"),
])
def test_no_country_for_international_bodies_or_two_country_stories(extractor, text, name):
    assert countries(extractor, text).get(name, "absent") is None


@pytest.mark.parametrize("text, name, country", [
    # "<country>, represented by <body>": the body is that country's, whatever the gazetteer's body of that name
    ("Bahrain, represented by the Ministry of Communications and Information Technology, signed a data accord "
     "with Oman, represented by its Telecom Regulatory Office, in Muscat.",
     "Ministry of Communications and Information Technology", "BHR"),
    ("Ghana, represented by its Ministry of Energy, signed a nuclear memorandum with the United States.",
     "Ministry of Energy", "GHA"),
])
def test_a_body_that_represents_a_country_is_its(extractor, text, name, country):
    assert countries(extractor, text).get(name) == country


@pytest.mark.parametrize("text, name, country", [
    # the adjective of a state's formal name inside a body's name
    ("France and Morocco signed energy deals; Engie and the Cherifian Phosphate Office agreed on solar power.",
     "Cherifian Phosphate Office", "MAR"),
    ("Cyprus and Israel agreed to share satellite data with the Hellenic Space Agency.", "Hellenic Space Agency",
     "GRC"),
])
def test_a_states_formal_adjective_in_a_name(extractor, text, name, country):
    assert countries(extractor, text).get(name) == country


@pytest.mark.parametrize("text, club", [
    # a club named with "FC" before its town: the whole name, never a lone "FC"
    ("Mumbai City lost 2-0 to FC Goa on Sunday, and the coach said FC Goa deserved the win.", "FC Goa"),
    ("After the defeat against FC Porto, the manager praised the home side.", "FC Porto"),
    ("\"When FC Basel scored, we woke up,\" the coach said of the match against FC Basel.", "FC Basel"),
])
def test_a_club_named_with_fc_first(extractor, text, club):
    found = names(extractor, text)
    assert club in found and "FC" not in found


@pytest.mark.parametrize("text, body", [
    # a geological survey is a public body, also as the first of two bodies joined by "and"
    ("Zambia's National Geological Survey and Ministry of Mines signed a copper mapping memorandum with Japan.",
     "National Geological Survey"),
    ("The Kenya Geological Survey will share drilling data with Finland under the accord.", "Kenya Geological Survey"),
])
def test_a_geological_survey_is_a_body(extractor, text, body):
    assert body in names(extractor, text)


@pytest.mark.parametrize("text, name, country", [
    # the country told as someone's counterparts is the foreign side, though named more often: the ministry named
    # by no country is the other's
    ("Brazil and China signed five memoranda on science. The Chinese delegation toured Campinas, and China's vice "
     "minister praised the labs. The Ministry of Science, Technology and Innovation said its minister and her "
     "Chinese counterparts agreed to meet in Brazil next year.", "Ministry of Science, Technology and Innovation",
     "BRA"),
])
def test_the_counterparts_country_is_not_the_storys_home(extractor, text, name, country):
    assert countries(extractor, text).get(name) == country


def test_a_ministry_in_a_country_is_its(extractor):
    text = ("The UAE and India signed three MoUs. The governor met his Indian counterpart in Abu Dhabi. Another MoU "
            "links the Department of Education in Abu Dhabi and the Ministry of Education in India.")
    assert countries(extractor, text).get("Ministry of Education") == "IND"


@pytest.mark.parametrize("text, outlet", [
    # a wire's name and the day it filed the story, on a line of their own at the top: the messenger
    ("Xinhua, March 3, 2024\n\nChina and Brazil signed a satellite agreement in Beijing on Monday.", "Xinhua News Agency"),
    ("AFP, 12 June 2023\nFrance and India agreed to build small reactors together.", "Agence France-Presse"),
    ("Singapore and Vietnam open a data corridor\nBernama, Jan. 5, 2024 — The two countries signed a memorandum.",
     "Bernama"),
])
def test_a_wire_with_the_day_it_filed_is_a_messenger(extractor, text, outlet):
    assert outlet not in names(extractor, text)


def test_a_wire_quoted_in_the_body_with_a_date_after_stays(extractor):
    text = ("Chile and Korea signed a lithium memorandum on Tuesday. The deal was first reported by Yonhap, "
            "which said on March 3, 2024 that talks had ended.")
    assert "Yonhap News Agency" in names(extractor, text)


@pytest.mark.parametrize("headline", [
    # a headline in title case: its capitalised linking words join a clause, no body's name
    "India, Japan Sign Pact To Boost Chip Research Institute Ties",
    "Korea Teams Up With Poland On New Nuclear Research Council",
    "Chile Signs Lithium Deal Amid Push For Battery Institute",
    "Vietnam Joins Hands With Korean Chip Training Centre",
])
def test_a_title_case_headline_makes_no_organization(extractor, headline):
    text = f"{headline}\n\nThe two countries agreed on Monday to work together on research."
    assert not any(f" {w} " in f" {n} " for n in names(extractor, text) for w in ("To", "With", "On", "Amid", "Sign"))


def test_a_known_body_in_a_title_case_headline_stays(extractor):
    text = "Vietnam Joins Hands With Samsung Electronics On Chip Training\n\nVietnam and Korea agreed to train engineers."
    assert "Samsung Electronics" in names(extractor, text)
