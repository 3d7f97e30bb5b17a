"""The country of a person read from the body he works at: an acronym the article defines for one of its bodies is
that body, not a country that the same letters abbreviate elsewhere.

Every text here is written for these tests.
"""

import pytest


def people(extractor, text):
    return {p.name: (p.role, p.country) for p in extractor(text).people}


@pytest.mark.parametrize("text, name, country", [
    # "KSA" is also Saudi Arabia's abbreviation; here the article has defined it as the Kenyan agency
    ("The Kenya Space Agency (KSA) and a Ghanaian operator agreed to share ground stations. Mercy Wanjiku, director "
     "general of the KSA, visited Accra last week.", "Mercy Wanjiku", "KEN"),
    # "DRC" is also Congo's; here an industry body of Kenya
    ("Kenya's Digital Retail Council (DRC) backed the plan. The chairman of the DRC, Peter Otieno, said traders "
     "would gain.", "Peter Otieno", "KEN"),
    # "PRC" defined as a Philippine commission
    ("The Philippine Professional Regulation Commission (PRC) signed the accord with Japan. Maria Santos, head of "
     "the PRC, said nurses would benefit.", "Maria Santos", "PHL"),
])
def test_an_acronym_the_article_defines_is_its_body_not_a_country(extractor, text, name, country):
    assert people(extractor, text)[name][1] == country


@pytest.mark.parametrize("text, name, country", [
    # an executive's title with no firm in it: the one firm his sentence names
    ("Chief Financial Officer Maria Lopez said the subsidy would help Intel expand its plants.", "Maria Lopez", "USA"),
    ("Shares rose after chief executive Tom Becker said Nvidia would raise its dividend.", "Tom Becker", "USA"),
    # or, with none there, the one firm the sentence before names ("the chipmaker")
    ("Intel reported higher sales in the quarter. Under its new CEO Paul Grant, the chipmaker has cut costs.",
     "Paul Grant", "USA"),
])
def test_an_executive_serves_the_firm_his_sentence_names(extractor, text, name, country):
    assert people(extractor, text)[name][1] == country


@pytest.mark.parametrize("text, name", [
    # two firms of two countries in the sentence: none is his for sure
    ("CEO Tom Becker said Intel and SoftBank would build the plant together.", "Tom Becker"),
    # a minister is no executive
    ("Minister Ana Ruiz said Intel would build a plant in the region.", "Ana Ruiz"),
])
def test_no_firm_country_when_unsure(extractor, text, name):
    assert people(extractor, text)[name][1] is None


@pytest.mark.parametrize("text, name, country", [
    # two ministers of one title, the second's country told after it: the first is not of that country
    ("Qatar, represented by the Ministry of Transport (MoT), signed a port data agreement with Oman on Monday. It "
     "was signed by Minister of Transport Ali Al Kuwari and Minister of Transport of the Sultanate of Oman Saeed Al "
     "Maawali in Muscat.", "Ali Al Kuwari", "QAT"),
    ("Egypt, represented by the Ministry of Communications and Information Technology, signed a cloud accord with "
     "Jordan. Minister of Communications and Information Technology Amr Talaat and Minister of Communications and "
     "Information Technology of Jordan Ahmad Hanandeh signed it in Amman.", "Amr Talaat", "EGY"),
    ("Kenya and Rwanda agreed to link their payment systems. The accord was signed by Cabinet Secretary for ICT "
     "Jane Wambui and Rwanda's Minister of ICT Paula Ingabire on Friday.", "Jane Wambui", "KEN"),
])
def test_an_identical_title_lends_no_country(extractor, text, name, country):
    assert people(extractor, text)[name][1] == country


@pytest.mark.parametrize("text, name, country", [
    # a story about one country and a bloc: the country's officials serve it, the bloc's serve no country
    ("The EU and Japan met for a third digital council in Brussels. Minister for Digital Transformation Ken Sato "
     "and Executive Vice-President Henna Virkkunen co-chaired the meeting.", "Ken Sato", "JPN"),
    ("Canada and the European Union launched a quantum call. Minister of Industry Paul Martin said researchers "
     "would gain, and Commissioner Ekaterina Zaharieva welcomed it.", "Paul Martin", "CAN"),
])
def test_a_story_about_one_country_and_a_bloc(extractor, text, name, country):
    assert people(extractor, text)[name][1] == country


@pytest.mark.parametrize("text, name", [
    ("Canada and the European Union launched a quantum call. Minister of Industry Paul Martin said researchers "
     "would gain, and Commissioner Ekaterina Zaharieva welcomed it.", "Ekaterina Zaharieva"),
    ("The EU and Japan met for a third digital council in Brussels. Minister for Digital Transformation Ken Sato "
     "and Executive Vice-President Henna Virkkunen co-chaired the meeting.", "Henna Virkkunen"),
    ("Kazakhstan and the EU signed a raw materials partnership. Executive Vice-President Valdis Dombrovskis signed "
     "it for the bloc.", "Valdis Dombrovskis"),
    # the Council's president, or a member state's minister told by the rotating presidency, is not the partner's
    ("The EU and Japan signed a chip pact on Monday. European Council President Marta Ruiz and Prime Minister "
     "Kenji Ono met in Tokyo.", "Marta Ruiz"),
    ("The EU and India signed a chip pact on Monday. President Marta Ruiz of the European Council met the Indian "
     "leader.", "Marta Ruiz"),
    ("The EU and Japan held their digital council in Tokyo on Monday. Minister Ana Lopez, whose country holds the "
     "rotating EU presidency, spoke for the member states.", "Ana Lopez"),
])
def test_the_blocs_officer_serves_no_country(extractor, text, name):
    assert people(extractor, text)[name][1] is None


@pytest.mark.parametrize("text, name", [
    # the firm named is not the executive's: a supplier, a partner, or the executive heads a public body
    ("Kenya and Japan signed a chip pact on Monday. CEO Amina Yusuf said her startup would buy chips from Nvidia.",
     "Amina Yusuf"),
    ("The deal lets Sony sell sensors in Nairobi. Managing director Amina Yusuf of the space agency welcomed it.",
     "Amina Yusuf"),
])
def test_an_executive_takes_no_country_from_a_firm_that_is_not_hers(extractor, text, name):
    assert people(extractor, text)[name][1] is None


@pytest.mark.parametrize("text, name, role, country", [
    # "A, who heads <body>,": the role is told by the verb of the clause, the country is the body's
    ("Dr. Hessa Al Mansoori, who heads the UAE Space Agency, signed the memorandum with India's space agency.",
     "Hessa Al Mansoori", "head of the UAE Space Agency", "ARE"),
    ("The memorandum was signed by Lars Nilsson, who chairs the Swedish Research Council, and a Kenyan official.",
     "Lars Nilsson", "chair of the Swedish Research Council", "SWE"),
    ("Maria Rossi, who leads the Italian Space Agency, said Rome would join the lunar programme with Japan.",
     "Maria Rossi", "head of the Italian Space Agency", "ITA"),
    ("Kenji Sato, who runs Rapidus, said the chips would ship to the United States under the new pact.",
     "Kenji Sato", "head of Rapidus", "JPN"),
])
def test_a_name_then_who_heads_a_body(extractor, text, name, role, country):
    found = {p.name: (p.role, p.country) for p in extractor(text).people}
    assert found.get(name) == (role, country)


def test_who_heads_a_delegation_is_no_body_role(extractor):
    found = {p.name: p.role for p in extractor("Maria Rossi, who leads the talks with Japan, said a deal was near.").people}
    assert not (found.get("Maria Rossi") or "").startswith("head of")


@pytest.mark.parametrize("text, name, role, country", [
    # an indefinite role at a body set off before the name ("An analyst at X, A B, said"): the person and the role
    ("A space engineer at the Ghana Space Science Institute, Kwame Mensah Boateng, told reporters the satellite "
     "was ready.", "Kwame Mensah Boateng", "engineer at the Ghana Space Science Institute", "GHA"),
    ("A spokesperson for the Peruvian trade ministry, Lucia Paredes, said the talks went well.", "Lucia Paredes",
     "spokesperson for the Peruvian trade ministry", "PER"),
    ("An economist at the Bank of Korea, Park Ji-hoon, said chip exports would rise.", "Park Ji-hoon",
     "economist at the Bank of Korea", "KOR"),
    ("A senior researcher with the Chilean Lithium Institute, Pablo Reyes, warned of delays.", "Pablo Reyes",
     "senior researcher with the Chilean Lithium Institute", "CHL"),
])
def test_a_role_at_a_body_set_off_before_the_name(extractor, text, name, role, country):
    assert people(extractor, text)[name] == (role, country)
