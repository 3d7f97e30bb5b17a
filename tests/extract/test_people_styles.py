"""How news styles officials: the engineer's honorific before a name, a country word or adjective that opens a
title, a delegation of one country led by a titled person, and where a long capitalised title ends and a given
name starts when the surname is written with accents.

Every text here is written for these tests.
"""

import pytest


def people(extractor, text):
    return {p.name: (p.role, p.country) for p in extractor(text).people}


@pytest.mark.parametrize("text, name, role, country", [
    # "Eng." after a title: it opens the name and is no part of the role
    ("The accord was signed by the Minister of Communications and Digital Economy Eng. Faisal Al-Harbi and "
     "Pakistan's Minister of IT Amina Shah.", "Faisal Al-Harbi", "Minister of Communications and Digital Economy",
     None),
    ("Kuwait's Minister of Electricity Eng. Nasser Al-Mutairi met Egypt's Minister of Petroleum Tarek Saleh in Cairo.",
     "Nasser Al-Mutairi", "Minister of Electricity", "KWT"),
    ("Jordan's Minister of Digital Economy Eng. Sami Khoury said the link with Egypt would create jobs.", "Sami Khoury",
     "Minister of Digital Economy", "JOR"),
    # two honorifics after the title, the first written with initials
    ("The Qatari Minister of Communications and Information Technology H.E. Eng. Ali bin Saleh Al-Kuwari attended.",
     "Ali bin Saleh Al-Kuwari", "Minister of Communications and Information Technology", "QAT"),
    ("Oman's Minister of Economy H.E. Dr. Said bin Mohammed Al-Saqri met the Indian envoy.",
     "Said bin Mohammed Al-Saqri", "Minister of Economy", "OMN"),
    # the honorific at the end of a line, the name on the next
    ("The deal was signed by the Minister of Energy (MoE) Eng.\nSaad bin Omar Al-Qahtani and a Jordanian official.",
     "Saad bin Omar Al-Qahtani", "Minister of Energy", None),
    ("Present were the Minister of Water and Irrigation (MWI) Eng.\n\nRami Saleh Al-Nouri and two Iraqi officials.",
     "Rami Saleh Al-Nouri", "Minister of Water and Irrigation", None),
    # without its stop, set off by commas after the title
    ("The Omani Minister of Transport, Communications and IT, Eng Hamad Said Al Rawahi, attended the signing with "
     "Kenya.", "Hamad Said Al Rawahi", "Minister of Transport, Communications and IT", "OMN"),
    ("Speaking for Bahrain, the Minister of Works, Eng Ali Hasan Mubarak, welcomed the Saudi team.",
     "Ali Hasan Mubarak", "Minister of Works", None),
    ("Jordan's Minister of Energy Eng Saleh Khasawneh signed the deal with Iraq.", "Saleh Khasawneh",
     "Minister of Energy", "JOR"),
    ("The grid link was opened by Eng Yousef Al-Mutawa, Kuwait's Minister of Electricity.", "Yousef Al-Mutawa",
     "Kuwait's Minister of Electricity", "KWT"),
    # before the name, the title after it; with a doctor's title before it; the "Engr." spelling
    ("Eng. Khalid Al-Rashid, Minister of Investment, opened the forum in Riyadh.", "Khalid Al-Rashid",
     "Minister of Investment", None),
    ("The memorandum was signed by Dr. Eng. Layla Haddad, President of the Jordanian Space Agency.", "Layla Haddad",
     "President of the Jordanian Space Agency", None),
    ("Engr. Musa Bello, Director General of the agency, signed for Nigeria.", "Musa Bello",
     "Director General of the agency", None),
])
def test_the_engineer_honorific(extractor, text, name, role, country):
    found = people(extractor, text)
    assert not any(n == "Eng" or n.startswith(("Eng ", "Eng.")) for n in found)
    assert name in found
    assert found[name][0] == role
    if country:
        assert found[name][1] == country


@pytest.mark.parametrize("text, name", [
    # a name of which "Eng" is a part, not an honorific
    ("Singapore's Minister for Trade Tan Eng Hock met the Malaysian delegation.", "Tan Eng Hock"),
    ("The panel was chaired by Professor Lim Eng Kiat of the national university.", "Lim Eng Kiat"),
])
def test_eng_inside_a_name_stays(extractor, text, name):
    assert name in people(extractor, text)


@pytest.mark.parametrize("text, name, country", [
    # a country word written with stops opens the title, and another country is named in the same sentence
    ("U.S. Deputy Secretary of Energy Mark Delaney and Japan's industry minister Ken Sato welcomed the statement.",
     "Mark Delaney", "USA"),
    ("The memorandum was signed by U.S. Under Secretary of Commerce Laura Finch and a Kenyan official on Friday.",
     "Laura Finch", "USA"),
    ("U.K. Science Minister Peter Hale and his Indian counterpart agreed to fund joint chip research.", "Peter Hale",
     "GBR"),
    ("The pact was praised by U.S. Commerce Under Secretary Dana Ruiz, who met Japanese officials in Tokyo.",
     "Dana Ruiz", "USA"),
])
def test_a_country_word_with_stops_that_opens_the_title(extractor, text, name, country):
    assert people(extractor, text).get(name, (None, None))[1] == country


@pytest.mark.parametrize("text, name, country", [
    # a delegation, team or mission of one country, led or headed by the titled person
    ("A Kenyan team led by ICT chief Ann Mwangi visited Abu Dhabi to sign the memorandum with the UAE.", "Ann Mwangi",
     "KEN"),
    ("An Argentine mission headed by the national energy chief Flavia Romero toured a Brazilian plant.",
     "Flavia Romero", "ARG"),
    ("Brazil hosted a delegation from Chile led by Mining Minister Rosa Vidal on Tuesday.", "Rosa Vidal", "CHL"),
    ("The Ghanaian mission, led by Deputy Minister Kwame Asante, held talks with Indian firms.", "Kwame Asante", "GHA"),
    ("India received a Saudi delegation, headed by Deputy Minister Faisal Al-Otaibi, to discuss data centres.",
     "Faisal Al-Otaibi", "SAU"),
    # a side of a joint committee chaired by the titled person
    ("The Omani side was chaired by Minister of Economy Said Al-Hinai, who signed the plan with Jordan.",
     "Said Al-Hinai", "OMN"),
    ("At the joint committee the Kuwaiti side was chaired by H.E. Minister of Commerce Nasser Al-Sabah and the "
     "Qatari side by its trade minister.", "Nasser Al-Sabah", "KWT"),
])
def test_a_delegation_led_by_a_titled_person(extractor, text, name, country):
    assert people(extractor, text).get(name, (None, None))[1] == country


@pytest.mark.parametrize("text, name, role_end", [
    # a long capitalised portfolio, then a given name and a surname written with accents
    ("European Union Commissioner for Climate Policy and Energy Miguel Núñez joined the ministers from Japan.",
     "Miguel Núñez", "Commissioner for Climate Policy and Energy"),
    ("Minister of Science, Technology and Innovation José Ramón Pérez visited Seoul last week.", "José Ramón Pérez",
     "Minister of Science, Technology and Innovation"),
    ("The deal was signed by Secretary of Energy and Mining Carlos Núñez and a Bolivian envoy.", "Carlos Núñez",
     "Secretary of Energy and Mining"),
    ("Minister of Economy and Finance Luis Gómez Ortega spoke after the signing in Madrid.", "Luis Gómez Ortega",
     "Minister of Economy and Finance"),
    # given names the lexicon does not know, right after the portfolio's last word
    ("Minister of Mines and Energy Thiago Araújo Mendes visited Buenos Aires on Monday.", "Thiago Araújo Mendes",
     "Minister of Mines and Energy"),
    ("Under Secretary for Industry Joaquim Gonçalves signed for Portugal.", "Joaquim Gonçalves",
     "Under Secretary for Industry"),
    ("Minister of Foreign Affairs Bui Thanh Sơn received the envoy in Hanoi.", "Bui Thanh Sơn",
     "Minister of Foreign Affairs"),
    ("Commissioner for Cohesion and Reforms Elisa Ferreirão spoke with the Japanese envoy.", "Elisa Ferreirão",
     "Commissioner for Cohesion and Reforms"),
    # a body's acronym ends the title
    ("Vice Minister Zhang Wei and President of CONCYTEC Rosa María Quispe Huamán signed the memorandum.",
     "Rosa María Quispe Huamán", "President of CONCYTEC"),
])
def test_a_long_title_then_a_name_with_accents(extractor, text, name, role_end):
    found = people(extractor, text)
    assert name in found
    assert found[name][0].endswith(role_end)


@pytest.mark.parametrize("text, name, country", [
    # a country's ministry named in lower case earlier, then its minister by the same portfolio with no country word
    ("Brazil's mines and energy ministry hosted the talks in Brasilia. Mines and energy minister Paulo Teixeira said "
     "Brazil and Argentina would work together on lithium.", "Paulo Teixeira", "BRA"),
    ("Kenya's ICT ministry confirmed the visit to India. ICT minister Paul Otieno will sign the data pact there.",
     "Paul Otieno", "KEN"),
    ("The talks with Japan were hosted by Indonesia's energy and mineral resources ministry. Energy and Mineral "
     "Resources Minister Budi Hartono opened them.", "Budi Hartono", "IDN"),
])
def test_the_minister_of_a_ministry_named_in_lower_case(extractor, text, name, country):
    assert people(extractor, text).get(name, (None, None))[1] == country


@pytest.mark.parametrize("text, name, country", [
    # a titled person with no country word, then "and" another whose country word comes before an honorific and
    # the name: the first serves the other country of the two
    ("Pakistan and Saudi Arabia agreed on a memorandum on digital services on Tuesday.\n\nThe deal, signed by "
     "Minister of Communications Eng. Faisal Al-Harbi and Pakistan's Federal Minister of IT Dr. Amina Shah, covers "
     "cloud services.", "Faisal Al-Harbi", "SAU"),
    ("Egypt and Kenya agreed on Monday to link their data centres. It was signed by Trade Minister Ahmed Samir and "
     "Kenya's Cabinet Secretary for ICT Eng. John Kamau.", "Ahmed Samir", "EGY"),
    ("Chile and Peru will share seismic data under the accord. Mining Minister Paula Soto and Peru's Energy Minister "
     "Mr. Luis Vega signed it for the two sides.", "Paula Soto", "CHL"),
    # the other's title a long list of portfolios
    ("Brazil and India will build a joint satellite lab. It was agreed by Science Minister Ana Costa and India's "
     "Minister of Electronics, Information Technology, Railways and Communications Dr. Ravi Kumar.", "Ana Costa", "BRA"),
])
def test_the_other_side_named_with_an_honorific(extractor, text, name, country):
    assert people(extractor, text).get(name, (None, None))[1] == country


@pytest.mark.parametrize("text, name, role", [
    # two offices joined by "and" before one name: the role holds both, from the first title
    ("Minister of Water and Agriculture and Acting Minister of Culture Fahad Al-Rashid said the Cabinet "
     "approved the pact with Japan.", "Fahad Al-Rashid",
     "Minister of Water and Agriculture and Acting Minister of Culture"),
    ("The Minister of Trade and Acting Minister of Finance Joseph Mensah signed for Ghana.", "Joseph Mensah",
     "Minister of Trade and Acting Minister of Finance"),
    # a company's lower-case qualifier before a lower-case title
    ("Telekom Malaysia group chief executive officer Ahmad Faizal said the cable with Singapore would be ready in "
     "2026.", "Ahmad Faizal", "group chief executive officer"),
    ("Airbus global head of space Laura Dubois said the satellite deal with India was signed on Monday.",
     "Laura Dubois", "global head of space"),
])
def test_the_whole_role_before_the_name(extractor, text, name, role):
    assert people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize("text, name, country", [
    # an executive whose role ends at a firm the text names elsewhere with its country (a region inside the role
    # is not his country; the suffix may be left out the second time)
    ("The French group Compagnie Solaire SA signed a deal with Nigeria. The market is growing, said Paul Martin, "
     "technical director for Africa at Compagnie Solaire.", "Paul Martin", "FRA"),
    ("Japan's Hoshino Robotics Co. agreed to build a plant in India. The market is big, said Kenji Mori, head of "
     "overseas sales at Hoshino Robotics.", "Kenji Mori", "JPN"),
    ("French firms including Danone, Compagnie Solaire and Thales signed deals with Nigeria. The market is growing "
     "fast, said Anne Leroy, sales director for West Africa at Compagnie Solaire.", "Anne Leroy", "FRA"),
])
def test_an_executive_serves_the_firm_named_elsewhere(extractor, text, name, country):
    assert people(extractor, text).get(name, (None, None))[1] == country


@pytest.mark.parametrize("text, name", [
    # letters after a name (a member of parliament, an order, a degree) are not part of it
    ("The accord was initialled by UK Minister of State for Research and Skills, John Porter MP, alongside a "
     "Norwegian official.", "John Porter"),
    ("John Porter MP, the UK science minister, signed the accord with Norway.", "John Porter"),
    ("The grant was announced by Minister for Trade Ana Moreno MEP in Oslo.", "Ana Moreno"),
    ("Professor Alan Reed OBE, chair of the space council, welcomed the accord with Japan.", "Alan Reed"),
])
def test_letters_after_a_name(extractor, text, name):
    found = people(extractor, text)
    assert name in found
    assert not any(n.endswith((" MP", " MEP", " OBE")) for n in found)


@pytest.mark.parametrize("text, name, role", [
    # a title in apposition, then the ministry or state department it is held at, set off by another comma
    ("Remarks came from Mr. James Otieno, Principal Secretary, State Department for ICT; and a German envoy.",
     "James Otieno", "Principal Secretary, State Department for ICT"),
    ("It was addressed by Ms. Grace Njeri, Permanent Secretary, Ministry of Mining and Blue Economy, and others.",
     "Grace Njeri", "Permanent Secretary, Ministry of Mining and Blue Economy"),
    ("Dr. Samuel Boateng, Director, Department of Climate Change, said the plan with Korea was on track.",
     "Samuel Boateng", "Director, Department of Climate Change"),
    ("The signing was witnessed by Ms. Tan Mei Ling, Minister of State, Ministry of Health and the Environment, and "
     "an Indian minister.", "Tan Mei Ling", "Minister of State, Ministry of Health and the Environment"),
])
def test_the_body_after_a_title_in_apposition(extractor, text, name, role):
    assert people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize("text, name", [
    # an ambassador's courtesy title before the name, as Kenyan and Nigerian releases write it
    ("The memorandum was signed by the Minister of Foreign Affairs Amb. Musa Danladi and the British envoy.",
     "Musa Danladi"),
    ("The Kenyan team included Foreign Affairs Cabinet Secretary Amb Grace Wambui and two governors.", "Grace Wambui"),
    ("Amb. Peter Njoroge, Principal Secretary for Foreign Affairs, received the Korean delegation.", "Peter Njoroge"),
])
def test_the_ambassadors_courtesy_title(extractor, text, name):
    found = people(extractor, text)
    assert name in found
    assert not any(n.startswith("Amb") for n in found)


@pytest.mark.parametrize("text, name", [
    # the one country of the story told only as the other side's envoy: the official is not of that country
    ("The memorandum was signed by the Minister of Foreign Affairs Amb. Musa Danladi and the British envoy.",
     "Musa Danladi"),
    ("Trade Minister Halima Yusuf met the Japanese ambassador to discuss the chip plant.", "Halima Yusuf"),
])
def test_not_of_the_country_whose_envoy_he_meets(extractor, text, name):
    assert people(extractor, text).get(name, (None, "?"))[1] is None


@pytest.mark.parametrize("text, name, country", [
    # the speaker's own words call one of the story's two countries "our ... partners": he serves the other
    ("PERTH (Reuters) - Western Australia signed a deal with a South Korean research body on Wednesday.\n\n\"This will "
     "let us share data with our Korean trading partners,\" Mines Minister Tom Hardy said.", "Tom Hardy", "AUS"),
    ("Ghana and India agreed to build a data hub. \"We are proud to work with our Indian friends on this,\" "
     "Communications Minister Ama Owusu told reporters.", "Ama Owusu", "GHA"),
    ("Chile and Japan will study hydrogen together. Energy Minister Diego Pardo said the plan would help \"our "
     "Japanese partners\" and Chile alike.", "Diego Pardo", "CHL"),
])
def test_the_speaker_calls_the_other_side_our_partners(extractor, text, name, country):
    assert people(extractor, text).get(name, (None, None))[1] == country


@pytest.mark.parametrize("text, name, country", [
    # a firm's possessive before a lower-case role set off by commas, then the name: the firm's country
    ("Thales's chief executive of alliances and partnerships, Laura Dubois, said the deal with India was big.",
     "Laura Dubois", "FRA"),
    ("Siemens' head of global partnerships, Hans Becker, said the deal with Kenya was signed.", "Hans Becker", "DEU"),
])
def test_a_firms_possessive_before_the_role(extractor, text, name, country):
    assert people(extractor, text).get(name, (None, None))[1] == country


@pytest.mark.parametrize("text, name", [
    # the story's one country is the guest the official met, received or hosted: he is not of it
    ("Minister of Foreign Affairs Bui Thanh Sơn met the Korean delegation.", "Bui Thanh Sơn"),
    ("Trade Minister Halima Yusuf received a Japanese trade mission on Monday.", "Halima Yusuf"),
    ("Science Minister Ama Owusu hosted Indian officials to discuss satellites.", "Ama Owusu"),
])
def test_not_of_the_guests_country(extractor, text, name):
    assert people(extractor, text).get(name, (None, "?"))[1] is None


@pytest.mark.parametrize("text, name, role", [
    # a portfolio listed with commas after a name, then the body's acronym in brackets
    ("The talks brought together Amina Bello, Commissioner for Education, Science and Technology (ESTI) at the "
     "African Union Commission, and a French minister.", "Amina Bello",
     "Commissioner for Education, Science and Technology"),
    ("Present was Omar Haddad, Minister of Energy, Mines and Water (MEMW), who signed for Jordan.", "Omar Haddad",
     "Minister of Energy, Mines and Water"),
])
def test_a_listed_portfolio_before_an_acronym_in_brackets(extractor, text, name, role):
    assert people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize("text, name", [
    # a long Spanish or Portuguese name with its particles, set off before the title
    ("Ana María Gutiérrez Ruiz de Castilla, Peru's Vice Minister of Energy, welcomed the Bolivian delegation.",
     "Ana María Gutiérrez Ruiz de Castilla"),
    ("The deal was signed by José Luis Pardo Ortiz de Zárate, Chile's Undersecretary of Mining.",
     "José Luis Pardo Ortiz de Zárate"),
    ("Maria Helena Souza Ramos da Costa, Brazil's Secretary of Digital Policy, met the Indian envoy.",
     "Maria Helena Souza Ramos da Costa"),
])
def test_a_long_name_with_particles_before_the_title(extractor, text, name):
    assert name in people(extractor, text)


@pytest.mark.parametrize("text, name, role", [
    # "H E" written without stops before another honorific and the name: no initial of the name
    ("Signing for Muscat was H E Dr Salim bin Nasser al Harthy, Undersecretary of the Ministry of Economy, on "
     "Monday.", "Salim bin Nasser al Harthy", "Undersecretary of the Ministry of Economy"),
    ("The accord was signed by H E Eng. Faisal Al-Harbi, Undersecretary for Digital Economy, and a Kenyan official.",
     "Faisal Al-Harbi", "Undersecretary for Digital Economy"),
])
def test_his_excellency_without_stops_and_an_undersecretary(extractor, text, name, role):
    found = people(extractor, text)
    assert found.get(name, (None,))[0] == role
    assert not any(n.startswith("E ") for n in found)


@pytest.mark.parametrize("text, name", [
    # a known leader's name inside the name of a programme or initiative is no mention of him
    ("Nigeria's youth ministry signed a pact with a UAE school that the Mohammed bin Rashid Al Maktoum Initiatives "
     "fund.", "Mohammed bin Rashid Al Maktoum"),
    ("The Mohamed bin Zayed Scholarship Programme will fund 100 Kenyan students.", "Mohamed bin Zayed"),
])
def test_a_leaders_name_inside_a_programmes_name(extractor, text, name):
    assert not any(n.startswith(name) for n in people(extractor, text))


@pytest.mark.parametrize("text, name, country", [
    # in a story about two countries, named beside the other side's officials told only by their country
    ("Nigeria and the UAE signed the pact in Dubai. It followed talks between the Minister of Youth, Ada Okafor, and "
     "key UAE government officials.", "Ada Okafor", "NGA"),
    ("Kenya and India agreed to build a data centre. Trade Secretary Paul Otieno and the Indian delegation met on "
     "Monday.", "Paul Otieno", "KEN"),
])
def test_beside_the_other_sides_officials(extractor, text, name, country):
    assert people(extractor, text).get(name, (None, None))[1] == country


@pytest.mark.parametrize("text, name, role", [
    # professional honorifics of Nigerian and Latin American releases before the name
    ("The memorandum was signed by the Minister of Communications, Engr Musa Bello, and the Indian envoy.",
     "Musa Bello", "Minister of Communications"),
    ("The Minister of Housing, Arc. Ahmed Musa Danjuma, signed the pact with China.", "Ahmed Musa Danjuma",
     "Minister of Housing"),
    ("The Minister of Justice, Barr. Lateef Adebayo, witnessed the signing with the UK.", "Lateef Adebayo",
     "Minister of Justice"),
    ("Mexico's Secretary of Economy, Lic. Raquel Ortega, met the Korean delegation.", "Raquel Ortega",
     "Secretary of Economy"),
])
def test_professional_honorifics_before_the_name(extractor, text, name, role):
    found = people(extractor, text)
    assert found.get(name, (None,))[0] == role


@pytest.mark.parametrize("text, name, role", [
    # an honorific written before the title is no part of the role
    ("At the talks, HE Minister of State for Trade Sheikh Faisal bin Thani Al Thani chaired the Qatari side.",
     "Faisal bin Thani Al Thani", "Minister of State for Trade"),
    ("The pact was signed by the Honourable Minister of Foreign Affairs Amb. Musa Danladi in Abuja.", "Musa Danladi",
     "Minister of Foreign Affairs"),
])
def test_an_honorific_before_the_title(extractor, text, name, role):
    assert people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize("text, name, role", [
    # several titles listed with commas and "and" before the name: all of them are his role
    ("The signing was attended by Bahrain's Crown Prince, Deputy Supreme Commander and First Deputy Prime Minister, "
     "Salman bin Hamad Al-Khalifa.", "Salman bin Hamad Al-Khalifa",
     "Crown Prince, Deputy Supreme Commander and First Deputy Prime Minister"),
    ("Present was Oman's Deputy Prime Minister, Defence Minister and Foreign Minister Salim Al-Busaidi.",
     "Salim Al-Busaidi", "Deputy Prime Minister, Defence Minister and Foreign Minister"),
])
def test_titles_listed_before_the_name(extractor, text, name, role):
    assert role in people(extractor, text).get(name, ("",))[0]


@pytest.mark.parametrize("text, name, role", [
    # two bare initials before the surname, as the Indian press writes many names
    ("Signing for New Delhi was the Minister of State for Commerce M J Akbar, on a visit to Luanda.", "M J Akbar",
     "Minister of State for Commerce"),
    ("Chief Minister M K Stalin received the Japanese delegation on Tuesday.", "M K Stalin", "Chief Minister"),
    ("Union Minister of State Rajeev Chandrasekhar and former envoy T S Tirumurti spoke at the summit in Delhi.",
     "T S Tirumurti", "envoy"),
    ("India's envoy to Tokyo, Ambassador R K Menon, welcomed the chip pact.", "R K Menon", "Ambassador"),
])
def test_a_chain_of_bare_initials(extractor, text, name, role):
    found = people(extractor, text)
    assert name in found
    assert role.lower() in (found[name][0] or "").lower()


@pytest.mark.parametrize("text, name", [
    # "H E" is His Excellency, no initials of the name
    ("The accord was signed by H E Sheikh Nasser Al Sabah for Kuwait.", "Nasser Al Sabah"),
    ("The ministry said H E Ahmed Al Khalifa would visit Seoul next week.", "Ahmed Al Khalifa"),
])
def test_his_excellency_in_bare_letters_is_no_initials(extractor, text, name):
    found = people(extractor, text)
    assert name in found
    assert not any(n.startswith("H E") for n in found)


@pytest.mark.parametrize("text, name, country", [
    # the delegation's country word before two or more describing words joined by "and"
    ("An Iranian trade and economic delegation, chaired by President Hamid Rezaei, arrived in Algiers on Monday.",
     "Hamid Rezaei", "IRN"),
    ("A Turkish scientific and industrial delegation led by Minister Ayse Demir toured the Korean fab.", "Ayse Demir",
     "TUR"),
    ("The Indonesian parliamentary and commercial mission, headed by Speaker Budi Santoso, arrived in Tokyo.",
     "Budi Santoso", "IDN"),
    ("A Vietnamese academic, technical and investment team led by Deputy Minister Tran Van Long met Japanese firms.",
     "Tran Van Long", "VNM"),
])
def test_a_delegation_described_by_words_joined_by_and(extractor, text, name, country):
    found = people(extractor, text)
    assert name in found
    assert found[name][1] == country


@pytest.mark.parametrize("text, name, role, country", [
    # a role abbreviated as the Indian press writes it, set off after the name, then the body
    ("N Kalaiselvi, DG, CSIR, signed the agreement with Israel's defence research directorate.", "N Kalaiselvi", "DG",
     None),
    ("The pact was signed by Rajesh Kumar, CMD, Bharat Electronics, and a Japanese executive.", "Rajesh Kumar", "CMD",
     "IND"),
    ("Meera Iyer, DG of the Indian Space Research Organisation, met the French delegation in Paris.", "Meera Iyer",
     "DG of the Indian Space Research Organisation", "IND"),
])
def test_an_abbreviated_role_after_the_name(extractor, text, name, role, country):
    found = people(extractor, text)
    assert name in found
    assert found[name][0].startswith(role)
    if country:
        assert found[name][1] == country


@pytest.mark.parametrize("text, name", [
    # the one country of the story is that of the guests the titled person receives, not his own
    ("Chief Minister Ravi Shankar met the delegation from Japan in Chennai on Monday.", "Ravi Shankar"),
    ("Governor Maria Santos received a trade mission from Korea at the state palace.", "Maria Santos"),
    ("Mayor John Okafor welcomed a group of investors from China to Lagos on Friday.", "John Okafor"),
])
def test_a_host_is_not_of_the_country_his_guests_come_from(extractor, text, name):
    found = people(extractor, text)
    assert name in found
    assert found[name][1] not in ("JPN", "KOR", "CHN")


def test_the_head_of_a_delegation_from_a_country_is_of_it(extractor):
    found = people(extractor, "Minister Kenji Sato, who led the delegation from Japan, met Indian chip makers.")
    assert found["Kenji Sato"][1] == "JPN"


@pytest.mark.parametrize("text, name", [
    # a speaker's name followed by the same name in its own script, then "said"
    ('"Orders are strong," Lin Chia-hao (林家豪) said on Monday.', "Lin Chia-hao"),
    ('"We will follow the rules as well," spokesman David Chen (陳大衛) said.', "David Chen"),
    ('"The plant opens next year," Park Seo-yeon (박서연) said after the meeting.', "Park Seo-yeon"),
])
def test_a_speaker_named_again_in_his_own_script(extractor, text, name):
    assert name in people(extractor, text)


@pytest.mark.parametrize("text, name, role", [
    # a name whose surname opens on a lowercase particle ("el-", "al-") keeps the given name the portfolio came before
    ("The signing was attended by Minister of Petroleum Tarek el-Molla, officials said.", "Tarek el-Molla",
     "Minister of Petroleum"),
    ("The deal was signed by Minister of Energy Omar al-Sayed and a Korean envoy on Monday.", "Omar al-Sayed",
     "Minister of Energy"),
    ("Also present was Minister of Industry Hassan el-Amin.", "Hassan el-Amin", "Minister of Industry"),
])
def test_a_lowercase_particle_surname_keeps_its_given_name(extractor, text, name, role):
    people = {p.name: p.role for p in extractor(text).people}
    assert people.get(name) == role, people
