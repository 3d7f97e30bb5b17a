"""People as news of many countries names them: honorifics, name chains, capitals, initials, appositions.

Every text here is written for these tests.
"""

import pytest


def people(extractor, text):
    return {p.name: (p.role, p.country) for p in extractor(text).people}


NAMES = [
    # honorifics of several cultures are not part of the name
    ("Qatar's Emir His Highness Sheikh Tamim bin Hamad Al Thani received the delegation in Doha.",
     "Tamim bin Hamad Al Thani"),
    ("The memorandum was signed by H.E. Dr. Abdullah bin Sharaf Al Ghamdi for the Saudi side.",
     "Abdullah bin Sharaf Al Ghamdi"),
    ("Malaysia's trade minister Dato' Sri Tengku Zafrul Aziz welcomed the investment.", "Tengku Zafrul Aziz"),
    # ... also before an apposition that tells the role after the name
    ("The memorandum was signed by Dato' Sri Tengku Zafrul Aziz, Malaysia's trade minister.", "Tengku Zafrul Aziz"),
    ("The accord was inked by Dato’ Seri Anwar Ibrahim, Malaysia's prime minister, on Monday.", "Anwar Ibrahim"),
    # ... but "Sri" that opens a given name stays
    ("Indonesia's finance minister Sri Mulyani Indrawati met the delegation.", "Sri Mulyani Indrawati"),
    ("The Honourable Mélanie Joly, Minister of Industry, announced the partnership in Ottawa.", "Mélanie Joly"),
    ("Her Excellency Sheikha Lubna Al Qasimi opened the forum.", "Lubna Al Qasimi"),
    ("Minister of State Dr Thani bin Ahmed Al Zeyoudi signed for the UAE.", "Thani bin Ahmed Al Zeyoudi"),
    ("Abu Dhabi's ruler Sheikh Khaled bin Mohamed al-Nahyan met the visitors.", "Khaled bin Mohamed al-Nahyan"),
    # surname-first names in capitals, as some government releases write them
    ("Prime Minister KISHIDA Fumio welcomed President YOON Suk Yeol to Tokyo.", "KISHIDA Fumio"),
    ("RISHI Sunak will sign a chip deal with Japan today.", "RISHI Sunak"),
    # long Portuguese and Spanish names
    ("Brazilian President Luiz Inácio Lula da Silva signed the agreement in Brasília.", "Luiz Inácio Lula da Silva"),
    ("Spain's minister Carlos Cuerpo Caballero met his counterpart.", "Carlos Cuerpo Caballero"),
    ("Chile's energy minister Diego Pardow Lorenzo de la Fuente spoke at the event.",
     "Diego Pardow Lorenzo de la Fuente"),
    # initials
    ("India's External Affairs Minister Dr S Jaishankar met Foreign Secretary David Lammy.", "S Jaishankar"),
    ("Vice President J.D. Vance addressed the summit in Paris.", "J.D. Vance"),
    # apposition without a title before the name
    ("Mark Carney, Canada's prime minister, said the deal was a milestone.", "Mark Carney"),
    ("The pact was welcomed by Věra Jourová, vice-president of the European Commission.", "Věra Jourová"),
    ("Taiwan will open the centre soon, said Eric Huang (黃鈞耀), head of European affairs at the ministry.",
     "Eric Huang"),
    # executives by company role
    ("Nvidia chief executive Jensen Huang said the new lab would open in Seoul.", "Jensen Huang"),
    # lower-case roles
    ("Australian foreign minister Penny Wong said the Quad would act together.", "Penny Wong"),
    # names with inner capitals and apostrophes
    ("The deal was signed by Engineer Khalid AbdelRahman Al Mansoori, director-general of the authority.",
     "Khalid AbdelRahman Al Mansoori"),
    ("Australian High Commissioner Barry O'Connell said the two countries were natural partners.", "Barry O'Connell"),
    # a comma, or an acronym in brackets, between the role and the name
    ("Germany's Federal Minister of Education and Research, Anja Weber, signed the declaration.", "Anja Weber"),
    ("Indonesia's Minister of Energy and Mineral Resources (ESDM), Arifin Halim, met his Japanese counterpart.",
     "Arifin Halim"),
    ("A Japanese minister and the Commissioner for the Internal Market, Anne Dubois, co-chaired the council.",
     "Anne Dubois"),
    # two ministers in one breath
    ("Singapore Minister for Trade and Industry Tan Wei Ming and China Minister of Commerce Zhou Liang signed "
     "two agreements.", "Tan Wei Ming"),
    ("Coal Minister Ravi Kumar and Minister for Resources and Northern Australia Emma Hart held talks.", "Emma Hart"),
    # plural titles
    ("Presidents Luiz Inácio Lula da Silva and Gustavo Petro signed the accord.", "Luiz Inácio Lula da Silva"),
    # honorifics inside a Malay name
    ("Trade Minister Tengku Datuk Seri Zafrul Abdul Aziz welcomed the investment.", "Tengku Zafrul Abdul Aziz"),
    # a title word inside an Arabic name
    ("H.E. Omar bin Sultan Al Olama, Minister of State for AI, opened the session.", "Omar bin Sultan Al Olama"),
    # a name starting with a particle
    ("In New York, Mayor de Blasio announced a new automation task force.", "de Blasio"),
    # an elided French particle inside the name
    ("Space Agency President Jean-Luc d'Arbois signed the agreement with Kenya on Monday.", "Jean-Luc d'Arbois"),
    ("The accord was initialled by Marie-Claire l'Hermite, head of the French research agency.",
     "Marie-Claire l'Hermite"),
    # a surname that is also a company's name
    ("Kenya's trade minister and his Japanese counterpart, Kenji Takeda, on Friday signed a memorandum.",
     "Kenji Takeda"),
    # C-level titles, and a title told after the name with no comma
    ("The statement was signed by US Chief Science Officer Laura Brennan and Kenyan minister Paul Otieno.",
     "Laura Brennan"),
    ("Col. James Mutua Chief Executive Officer of the Kenya Space Agency signed for Kenya.", "James Mutua"),
    # a C-level title, then the next person's title after the comma
    ("The declaration was signed by US Chief Technology Officer Michael Adams, UK Secretary of State for business, "
     "Energy and Industrial Strategy Alan Smith and others.", "Michael Adams"),
    # a surname that reads as a nationality, closing the name
    ("The delegation included the agency's vice-president, Dr Mohamed Khalil Masri; and Egypt's envoy.",
     "Mohamed Khalil Masri"),
    ("The delegation included the agency's vice-president, Dr Ahmed Samir Iraqi; and Egypt's envoy.",
     "Ahmed Samir Iraqi"),
    # a Vietnamese name right after a long portfolio
    ("Minister of Planning and Investment Trần Văn Lâm told reporters the chip plan would go ahead.", "Trần Văn Lâm"),
    # an acting office holder in apposition
    ("Mark Duvall, acting secretary at the Department of Energy, joined the call with Korean officials.",
     "Mark Duvall"),
    # the speaker of a quote, right after it, whatever the given name
    ("\u201cThe centre will train a thousand engineers,\u201d Ousmane Diallo said.", "Ousmane Diallo"),
    ("\"We are ready to start,\" Tevita Fifita told reporters in Nuku'alofa.", "Tevita Fifita"),
]


@pytest.mark.parametrize("text, name", NAMES)
def test_names(extractor, text, name):
    found = people(extractor, text)
    assert name in found
    assert not [other for other in found if other != name and (name in other or other in name)]  # nor a part of it


def test_roles_and_countries(extractor):
    found = people(extractor, "Mark Carney, Canada's prime minister, said the deal was a milestone. "
                              "Brazilian President Luiz Inácio Lula da Silva agreed.")
    assert found["Mark Carney"] == ("Canada's prime minister", "CAN")
    assert found["Luiz Inácio Lula da Silva"] == ("President", "BRA")


def test_a_later_surname_is_the_same_person(extractor):
    text = ("Australian foreign minister Penny Wong met her Indian counterpart in Delhi. "
            "Wong said the two countries would work on critical minerals. Later, Ms Wong flew to Tokyo.")
    result = extractor(text)
    assert [p.name for p in result.people] == ["Penny Wong"]
    assert len(result.people[0].mentions) == 3


def test_an_office_holder_named_by_surname_only_keeps_the_article_spelling(extractor):
    assert list(people(extractor, "Trump said he would raise tariffs on chips.")) == ["Trump"]


NOT_PEOPLE = [
    "The ceremony was held at Qasr Al Watan, attended by President Mohamed bin Zayed.",
    "Saudi Arabia's data authority signed a memorandum with King Abdullah University of Science and Technology.",
    "Earlier in the day, General Electric and Hindustan Aeronautics announced an engine deal.",
    "The plan was drafted in New York, where Mayor de Blasio announced a task force.",
    "The ministers' Steering Committee met in New Delhi this week.",
    "The Trump administration's tariffs hit Australian steel.",
    "He met his counterpart External Affairs Minister Dr S Jaishankar in Delhi.",
    "The UAE AI Campus opened on Thursday.",
    "The deal was signed by Ana Pop, General Manager of the utility and Dan Ilie, General Manager and CEO of the firm.",
    "The Ministers Responsible for Trade of Chile and Peru met in Lima on Monday.",
    "Chief Designer of the Yuzhnoye Design Bureau presented the rocket to Kenyan officials.",
    "The accord enters into force once printed in the EU's Official Journal next month.",
    "Two Premier League clubs signed the sponsorship with a Saudi fund.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_not_people(extractor, text):
    names = people(extractor, text)
    assert not {"Qasr Al Watan", "Trump", "External", "UAE AI Campus", "UAE", "Abdullah", "Electric", "New York",
                "Steering Committee", "General Manager", "Manager", "Responsible", "Designer"} & set(names)


# ---------------------------------------------------------------- the country served, when not said beside the name

def countries_of(extractor, text):
    return {p.name: (p.country, p.country_rule) for p in extractor(text).people}


def test_the_ministry_that_holds_the_portfolio_tells_the_country(extractor):
    text = ("Vietnam's Ministry of Planning and Investment signed a chip design memorandum with Cadence of the US. "
            "Minister of Planning and Investment Nguyen Chi Dung praised the deal.")
    assert countries_of(extractor, text)["Nguyen Chi Dung"] == ("VNM", "portfolio")


def test_a_family_name_common_in_one_party_tells_the_country(extractor):
    text = ("Vietnam and the United States signed three semiconductor deals in Washington on Tuesday. "
            "Deputy Prime Minister Pham Van Hung welcomed the agreements.")
    assert countries_of(extractor, text)["Pham Van Hung"] == ("VNM", "name")


def test_a_family_name_common_in_both_parties_tells_nothing(extractor):
    text = ("South Korea and Singapore signed a digital partnership agreement in Seoul on Monday. "
            "Minister Lee Kwang-ho welcomed the agreement.")
    assert countries_of(extractor, text)["Lee Kwang-ho"] == (None, "")


def test_a_country_said_beside_the_name_stays(extractor):
    text = "Japan and Vietnam signed a memorandum. Japan's Trade Minister Ken Saito welcomed it."
    assert countries_of(extractor, text)["Ken Saito"] == ("JPN", "text")


def test_a_family_name_says_nothing_about_a_consultant(extractor):
    text = ("South Korea and Egypt signed an AI memorandum on Monday. Kim Chang-wook, a managing director at a "
            "consulting firm, said the deal was overdue.")
    assert countries_of(extractor, text)["Kim Chang-wook"] == (None, "")


@pytest.mark.parametrize("text, name, role", [
    ("Maj. Gen. Jane Roe of the US Space Command signed the accord.", "Jane Roe", "Maj. Gen."),
    ("Minister of Digital Transformation Olena Marchenko signed the memorandum with Poland.", "Olena Marchenko",
     "Minister of Digital Transformation"),
    ("Ambassador Extraordinary and Plenipotentiary of Peru to China Luis Quispe attended the signing.",
     "Luis Quispe", "Ambassador Extraordinary and Plenipotentiary of Peru to China"),
    ("Kenya's Cabinet Secretary for ICT, Amos Kiprono, signed the deal.", "Amos Kiprono", "Cabinet Secretary for ICT"),
    # a minister delegate, as France and Belgium title junior ministers
    ("The deal was witnessed by Minister Delegate for Digital Affairs Claire Morel.", "Claire Morel",
     "Minister Delegate for Digital Affairs"),
    ("Delegate Minister for Foreign Trade Paul Girard signed for France.", "Paul Girard",
     "Delegate Minister for Foreign Trade"),
])
def test_long_titles_ranks_and_portfolios(extractor, text, name, role):
    people = {p.name: p.role for p in extractor(text).people}
    assert people.get(name) == role, people


@pytest.mark.parametrize("text, expected", [
    # a plural title, then each name with its own country
    ("The call was attended by Foreign Ministers Alberto van Klaveren of Chile and Santiago Cafiero of Argentina.",
     {"Alberto van Klaveren": ("Foreign Minister", "CHL"), "Santiago Cafiero": ("Foreign Minister", "ARG")}),
    # a particle inside the second name
    ("The deal was signed by Presidents Gabriel Boric and Luiz Lula da Silva on Monday.",
     {"Gabriel Boric": ("President", "CHL"), "Luiz Lula da Silva": ("President", "BRA")}),
])
def test_a_plural_title_before_two_names(extractor, text, expected):
    assert {p.name: (p.role, p.country) for p in extractor(text).people} == expected


def test_two_titled_leaders_joined_by_and(extractor):
    text = ("A joint statement on critical minerals was signed by President of South Korea Yoon Suk Yeol and "
            "President of Uzbekistan Shavkat Mirziyoyev.")
    people = {p.name: (p.role, p.country) for p in extractor(text).people}
    assert people == {"Shavkat Mirziyoyev": ("President of Uzbekistan", "UZB"),
                      "Yoon Suk Yeol": ("President of South Korea", "KOR")}


@pytest.mark.parametrize("text, not_a_person", [
    ("Panama is quitting China's Belt and Road Initiative, its leader, President Jose Raul Mulino, said on Thursday.",
     "Road Initiative"),
    ("Kenya joined the Digital Health Programme, Minister Jane Kamau said.", "Digital Health Programme"),
])
def test_instrument_names_are_not_people(extractor, text, not_a_person):
    assert not_a_person not in [p.name for p in extractor(text).people]


@pytest.mark.parametrize("text, name, role", [
    # an honorific inside a long title opens the name
    ("Signing for Qatar: Minister of Communications and Information Technology HE Khalid bin Ali Al Kuwari, with a "
     "Saudi counterpart.", "Khalid bin Ali Al Kuwari", "Minister of Communications and Information Technology"),
    # a given name before "bin" belongs to the name, not to the title
    ("The Minister of State for Cabinet Affairs Ibrahim bin Saleh al-Kuwari issued a statement.",
     "Ibrahim bin Saleh al-Kuwari", "Minister of State for Cabinet Affairs"),
    # an acronym and an honorific between the title and the name
    ("The Chairman of the Indian Space Research Organisation (ISRO), Dr. R. Menon signed the agreement.", "R. Menon",
     "Chairman of the Indian Space Research Organisation"),
    # "on" in a title; an acronym as the portfolio
    ("Kenya's Special Envoy on Technology, Amos Kiprono, and Canada's Minister of AI Jane Roe signed it.",
     "Jane Roe", "Minister of AI"),
    # an abbreviation's stops inside a role after the name
    ("John Smith, Deputy Chief of Mission at the U.S. Embassy in Hanoi, attended the signing.", "John Smith",
     "Deputy Chief of Mission at the U.S. Embassy in Hanoi"),
    # "his counterpart" says who he is to another, not his office
    ("Chile's president met his counterpart, Ana Duarte, in Lima on Monday.", "Ana Duarte", None),
])
def test_names_after_long_titles(extractor, text, name, role):
    people = {p.name: p.role for p in extractor(text).people}
    assert people.get(name) == role, people


# ------------------------------------------------- the country of a title with no nationality word in it

@pytest.mark.parametrize("text, name, country", [
    # the nationality before a title of two words, or a short demonym
    ("German State Secretary for Energy Anna Weber signed the memorandum with Namibia.", "Anna Weber", "DEU"),
    ("Lao Prime Minister Sonexay Siphandone met his Vietnamese counterpart in Hanoi.", "Sonexay Siphandone", "LAO"),
    # heads listed as "<name>, <title>, <body>;": the body's country
    ("The charter was signed on Friday by Priya Raman, Chairman, Indian Space Research Organisation; Wang Lei, "
     "Administrator, China National Space Administration (CNSA); and Lin Hao, Director General, Roscosmos.",
     "Wang Lei", "CHN"),
    ("The charter was signed on Friday by Priya Raman, Chairman, Indian Space Research Organisation; and Lin Hao, "
     "Director General, Roscosmos.", "Priya Raman", "IND"),
    # a firm's name before the title: the firm's country
    ("Samsung Board of Directors Chairman Lee Jae-yong met the minister in Hanoi on Tuesday.", "Lee Jae-yong", "KOR"),
    ("Microsoft Asia Head of Public Sector Daniel Brandt said the partnership would train 5,000 engineers.",
     "Daniel Brandt", "USA"),
    ("Korea and Peru opened a training centre. At the ceremony in Lima, KOICA country director Lee Sun-hee and "
     "Peruvian officials planted a tree.",
     "Lee Sun-hee", "KOR"),
    # titles used by one country only, in a story about it
    ("Kenya and the UN signed a data pact in Nairobi. Cabinet Secretary for Roads Amos Kiprono said it would help.",
     "Amos Kiprono", "KEN"),
    ("The UN agency and Kenya agreed on a cloud plan. Principal Secretary Jane Wambui welcomed it.", "Jane Wambui",
     "KEN"),
    ("Indonesia and the United States signed a chip deal. Coordinating Minister for Economic Affairs Budi Santoso "
     "welcomed it.", "Budi Santoso", "IDN"),
    # a country after the portfolio, before the name
    ("In Seoul, the Minister of Science, Technology and Innovation of Peru, Luis Alberto Paredes Vega, met officials.",
     "Luis Alberto Paredes Vega", "PER"),
    # a well-known office holder
    ("During talks between President Dilma Rousseff and the Chinese premier, the two sides agreed to more satellites.",
     "Dilma Rousseff", "BRA"),
])
def test_country_without_a_nationality_word(extractor, text, name, country):
    assert people(extractor, text).get(name, (None, "missing"))[1] == country


def test_a_blocs_officer_serves_no_country(extractor):
    text = "ASEAN Secretary-General Kao Kim Hourn welcomed the framework agreed by Indonesia and Malaysia."
    assert people(extractor, text)["Kao Kim Hourn"] == ("Secretary-General", None)


def test_a_title_before_the_next_name_is_not_an_apposition(extractor):
    text = ("At the ceremony in Lima, Korean Ambassador to Peru Park Min-ho, KOICA country director Lee Sun-hee, "
            "Peruvian Minister of Trade, Industry and Tourism Rosa Elena Quispe and others attended.")
    found = people(extractor, text)
    assert found["Lee Sun-hee"] == ("director", "KOR")
    assert found["Rosa Elena Quispe"] == ("Minister of Trade, Industry and Tourism", "PER")


def test_two_ministers_in_one_apposition_chain(extractor):
    text = ("The statement was inked by Wang Fang, Chinese Minister of Science and Technology and Rui Costa Pinto, "
            "the Portuguese Minister of Science and Technology.")
    found = people(extractor, text)
    assert found["Wang Fang"] == ("Chinese Minister of Science and Technology", "CHN")
    assert found["Rui Costa Pinto"][1] == "PRT"


# ------------------------------------------------------------- names after long titles, and their boundaries

@pytest.mark.parametrize("text, name, role", [
    ("Deputy Minister of Education and Training Lê Quân met the chip firm's delegation.", "Lê Quân",
     "Deputy Minister of Education and Training"),
    ("Deputy Minister Trần Văn Lâm welcomed the Korean delegation to Hai Phong.", "Trần Văn Lâm", "Deputy Minister"),
    ("Colombia's Minister of Production Ana Maria Ruiz de Soto spoke after the signing.", "Ana Maria Ruiz de Soto",
     "Minister of Production"),
    ("Permanent Secretary of the Ministry of Defence Jaan Tamm, on a visit to Japan, met officials.", "Jaan Tamm",
     "Permanent Secretary of the Ministry of Defence"),
    ("Within the agenda, the Minister of Science and ICT of the host country, Cho Min-jae, met the delegation.",
     "Cho Min-jae", "Minister of Science and ICT"),
    ("In Seoul the envoy met the Minister of Trade of the Republic of Ghana, H.E. Kofi Mensah Adu, on Monday.",
     "Kofi Mensah Adu", "Minister of Trade"),
    ("Ambassador Grace Wanjiru M'bala attended the signing in Luanda for Kenya.", "Grace Wanjiru M'bala",
     "Ambassador"),
    ("Microsoft Asia Head of Public Sector Daniel Brandt said the partnership would train engineers.",
     "Daniel Brandt", "Head of Public Sector"),
    ("Poland and Korea signed a nuclear deal. State Assets Minister, Deputy Prime Minister Jan Kowalski, welcomed it.",
     "Jan Kowalski", "Deputy Prime Minister"),
    ("Secretary of the Yunnan Regional Party Committee Wang Ming met the Vietnamese delegation.", "Wang Ming",
     "Secretary of the Yunnan Regional Party Committee"),
])
def test_title_name_boundaries(extractor, text, name, role):
    found = people(extractor, text)
    assert found.get(name, ("missing",))[0] == role, found


@pytest.mark.parametrize("text, not_a_person", [
    ("State Assets Minister, Deputy Prime Minister Jan Kowalski, welcomed it.", "Deputy"),
    ("Secretary of the Yunnan Regional Party Committee Wang Ming met the delegation.", "Party"),
    ("Microsoft Asia Head of Public Sector Daniel Brandt spoke.", "Sector Daniel Brandt"),
    ("The signing in Hải Phòng, Deputy Minister of Industry Trần Văn Lâm said, was a milestone.", "Hải Phòng"),
    ("Pune CEO Meera Kapoor, a senior officer of the state cadre, joined the delegation.", "Pune CEO Meera Kapoor"),
])
def test_places_and_title_words_are_not_names(extractor, text, not_a_person):
    assert not_a_person not in people(extractor, text)


def test_a_repeat_that_ends_the_name_or_is_spelt_a_letter_apart_is_the_same_person(extractor):
    text = ("In the presence of minister Rajendra Prasad Yadav, the MoU was signed. The team is led by Bihar Minister "
            "for Water Resources Rajendara Prasad Yadav. Egypt's Minister for Higher Education Khaled Abdel Ghaffar "
            "said so. Minister Abdel Ghaffar added that the two sides agreed.")
    assert sorted(people(extractor, text)) == ["Khaled Abdel Ghaffar", "Rajendra Prasad Yadav"]


@pytest.mark.parametrize("text, name, role", [
    ("In a meeting with Qatar’s Charge d’Affaires Khalid Al-Mansour in Nairobi, both sides agreed on a data plan.",
     "Khalid Al-Mansour", "Charge d’Affaires"),
    ("Morocco's chief diplomat Karim Idrissi met the EU commissioner in Rabat.", "Karim Idrissi", "chief diplomat"),
    ("Kenya will launch a satellite built with Japan, the CEO of the country's Satellite Agency (KSA), Omar Nabil, "
     "told reporters.", "Omar Nabil", "CEO of the country's Satellite Agency"),
    ("The memorandum was signed by the Cabinet Secretary, Ministry of Roads, Transport, and the Blue Economy Amos "
     "Kiprono, and a minister of the Emirates in Dubai.", "Amos Kiprono",
     "Cabinet Secretary, Ministry of Roads, Transport, and the Blue Economy"),
    ("The envoy met Under Secretary for Trade, Energy, and Environment Maria Lopez in Bogota on Monday.",
     "Maria Lopez", "Under Secretary for Trade, Energy, and Environment"),
])
def test_more_titles_before_names(extractor, text, name, role):
    found = people(extractor, text)
    assert found.get(name, ("missing",))[0] == role, found


def test_a_one_word_post_in_brackets_is_not_a_person(extractor):
    text = "A post from the Lucknow Development Authority (CEO Lucknow) said the memorandum with Singapore was signed."
    assert "Lucknow" not in people(extractor, text)


def test_a_member_of_the_diet_serves_japan(extractor):
    text = ("Estonia and Japan held cyber talks in Tokyo. The visit included a meeting with Ken Sato, former chairman "
            "of a security panel of the Diet, on Friday.")
    assert people(extractor, text)["Ken Sato"][1] == "JPN"


@pytest.mark.parametrize("text, name, role", [
    # a lower-case word after the name that is also a title ("head") is no next title
    ("The delegation met Vice President Park Soo-min at the head office of the agency.", "Park Soo-min",
     "Vice President"),
    # a one-word title inside a name ("King") does not end the role before it
    ("Minister for Resources and Northern Australia Rachel King on Friday met her Indian counterpart.",
     "Rachel King", "Minister for Resources and Northern Australia"),
    ("The memorandum was signed by Korea's Minister of Interior and Safety Chin Young-ho in Tashkent.",
     "Chin Young-ho", "Minister of Interior and Safety"),
    ("Guests included the Assistant Secretary of State for Western Hemisphere Affairs, Laura Dean.", "Laura Dean",
     "Assistant Secretary of State for Western Hemisphere Affairs"),
    ("Kenya’s Principal Secretary for ICT and the Digital Economy, Peter Mwangi, praised the satellite plan.",
     "Peter Mwangi", "Principal Secretary for ICT and the Digital Economy"),
    ("Jan Nowak, Poland’s Ambassador to Korea added that reactors come first.", "Jan Nowak",
     "Poland’s Ambassador to Korea"),
    ("The guests were welcomed by the President and First Lady Anna Novak at the palace.", "Anna Novak", "First Lady"),
])
def test_title_boundaries_in_wider_news(extractor, text, name, role):
    found = people(extractor, text)
    assert found.get(name, ("missing",))[0] == role, found


def test_repeats_with_a_middle_initial_or_in_capitals_are_the_same_person(extractor):
    text = ("Ana Silva, Assistant Secretary of State, signed it. “This matters,” said Ana P. Silva. Mr. Luc MARTIN, "
            "European Commissioner for Trade, spoke, and Commissioner Martin agreed.")
    assert sorted(people(extractor, text)) == ["Ana P. Silva", "Luc MARTIN"]


def test_the_head_of_a_national_body_known_by_its_acronym_serves_the_storys_country(extractor):
    text = ("Nigeria and Japan signed a skills pact. The National Information Technology Bureau Agency (NITBA) will "
            "run it, and NITBA Director-General Musa Bello said Nigeria is ready.")
    assert people(extractor, text)["Musa Bello"] == ("Director-General", "NGA")


def test_a_list_of_signatories_each_with_a_title(extractor):
    text = ("The UK and Korea signed three deals, signed by Secretary of State Jane Roe, Minister of Trade, Industry "
            "and Energy Bang Min-su, and Minister of Science and ICT Lee Jin-ho.")
    found = people(extractor, text)
    assert found["Bang Min-su"] == ("Minister of Trade, Industry and Energy", "KOR")
    assert found["Lee Jin-ho"][0] == "Minister of Science and ICT"


def test_a_plural_title_names_two_people(extractor):
    text = "Colombia's leading presidential candidates Juan Pérez and Ana Gómez both back the accord with the US."
    assert people(extractor, text) == {"Juan Pérez": ("presidential candidate", "COL"),
                                       "Ana Gómez": ("presidential candidate", "COL")}


def test_a_possessive_country_before_a_lower_case_title(extractor):
    text = "Britain's trade minister Sarah Quinn met Indonesian officials in Jakarta."
    assert people(extractor, text)["Sarah Quinn"][1] == "GBR"


@pytest.mark.parametrize("text, name, role", [
    # attendance lists: each title names the person after it, and the next title starts the next person
    ("In Bogota, Korean Ambassador to Colombia Park Min-ho, Colombian Minister of Commerce, Industry and Tourism "
     "Ana Maria Ruiz, Colombian Minister of Production Luis Vega, and officials attended.", "Ana Maria Ruiz",
     "Minister of Commerce, Industry and Tourism"),
    ("Witnessing the lithium deal were Union Minister for Steel and Mines G Ravi Kumar, Governor of Salta, "
     "Argentina, Pedro Alvarez, and others.", "G Ravi Kumar", "Union Minister for Steel and Mines"),
    ("Ethiopia’s State Minister of Innovation and Technology Hana Bekele and Ali Khan, Chief Advisor at the "
     "Pakistani Ministry of Science, signed it.", "Hana Bekele",
     "State Minister of Innovation and Technology"),
    # a two-letter given name, and a title "in <city>"
    ("Also attending were Chinese Ambassador to Laos Ha Vi; Lao Consul General in Kunming Bounmy Phommachanh and "
     "officials from several firms.", "Ha Vi", "Ambassador to Laos"),
    ("Also attending were Chinese Ambassador to Laos Ha Vi; Lao Consul General in Kunming Bounmy Phommachanh and "
     "officials from several firms.", "Bounmy Phommachanh", "Consul General in Kunming"),
])
def test_attendance_lists(extractor, text, name, role):
    found = people(extractor, text)
    assert found.get(name, ("missing",))[0] == role, found


def test_a_senator_in_a_story_with_one_country_that_has_a_senate(extractor):
    text = "The United States and Japan agreed on chip export rules. Senator John Miller welcomed the agreement."
    assert people(extractor, text)["John Miller"] == ("Senator", "USA")


def test_a_senator_between_two_countries_with_senates_gets_none(extractor):
    text = "The United States and Malaysia agreed on chip export rules. Senator John Miller welcomed the agreement."
    assert people(extractor, text)["John Miller"] == ("Senator", None)


def test_a_title_of_a_lower_case_department_before_a_comma_and_the_name(extractor):
    text = ("The state signed the MoU on Tuesday, Additional Director of the state’s IT department, Ravi Das told "
            "reporters. Later, in-charge director of the IT department, AK Sen signed the MoU for the state.")
    found = people(extractor, text)
    assert found["Ravi Das"][0] == "Additional Director of the state’s IT department"
    assert found["AK Sen"][0] == "director of the IT department"


def test_an_official_in_a_story_about_one_country_serves_it(extractor):
    text = ("Australia will fund three hydrogen hubs, the government said on Monday. Energy and Emissions Minister "
            "Tom Reid said the hubs would open in 2027.")
    assert people(extractor, text)["Tom Reid"][1] == "AUS"


@pytest.mark.parametrize("text, name, country", [
    # filed from one country about its dealings with another: an official with no country word serves the first
    ("NAIROBI, March 12 — Cabinet Secretary Jane Wanjiru met the visiting Chinese delegation and signed an MoU on "
     "ICT with China.", "Jane Wanjiru", "KEN"),
    ("ISLAMABAD: Caretaker Prime Minister Anwar Kakar signed 20 agreements with China on Friday.", "Anwar Kakar",
     "PAK"),
    # ... not a wire's dateline abroad
    ("TOKYO, March 12 (Reuters) - Trade Minister Dan Farrell said Australia would expand its lithium exports.",
     "Dan Farrell", "AUS"),
    # ... and the other country's official named as such keeps it
    ("NAIROBI, March 12 — Chinese Vice Minister Li Wei and Cabinet Secretary Jane Wanjiru signed an MoU on ICT.",
     "Li Wei", "CHN"),
])
def test_an_official_in_a_story_filed_from_home_about_one_partner(extractor, text, name, country):
    assert people(extractor, text)[name][1] == country


def test_an_envoy_in_a_story_about_one_country_keeps_no_country(extractor):
    text = "Kenya will host the data centre, Ambassador Mary Jones said in Nairobi on Monday."
    assert people(extractor, text)["Mary Jones"][1] is None


@pytest.mark.parametrize("text, name", [
    # a nickname between the names and a generational suffix are part of the name as written
    ("Present at the ceremony was President Ferdinand \"Bongbong\" Marcos Jr., who called it historic.",
     "Ferdinand \"Bongbong\" Marcos Jr"),
    ("Speaking in Manila, President Marcos Jr. welcomed the accord.", "Marcos Jr"),
])
def test_nicknames_and_suffixes(extractor, text, name):
    assert name in {p.name for p in extractor(text).people}


@pytest.mark.parametrize("text, name", [
    # a military rank written short marks the person and is no part of the name
    ("Kenya's defence attaché Brig Hillary Mwangi attended the signing in Riyadh.", "Hillary Mwangi"),
    ("Maj. Gen. Omar Faisal, the Saudi commander, met his Japanese counterpart.", "Omar Faisal"),
])
def test_short_military_ranks(extractor, text, name):
    assert name in {p.name for p in extractor(text).people}


@pytest.mark.parametrize("text", [
    # a place or body named after a king is no person
    "The delegation landed at King Fahd International Airport on Monday.",
    "The memorandum was signed at King Fahd University in Dhahran.",
])
def test_places_named_after_a_king_are_no_people(extractor, text):
    assert extractor(text).people == []


@pytest.mark.parametrize("text, name", [
    # South Asian particles inside a name
    ("Pakistan's envoy to Beijing Naseer ud Din said the lab would open in May.", "Naseer ud Din"),
    ("The memorandum was signed by Dr. Ejaz ul Hassan, head of the science board.", "Ejaz ul Hassan"),
    ("Professor Habib ur Rehman of the university signed for Pakistan.", "Habib ur Rehman"),
    # a given name that is also a capital's
    ("Foreign minister Santiago Peralta of Argentina signed the accord.", "Santiago Peralta"),
])
def test_particles_and_given_names_that_are_places(extractor, text, name):
    assert name in {p.name for p in extractor(text).people}


@pytest.mark.parametrize("text, first, second", [
    ("Ghana's Minister of Digital Affairs, Ama Boateng and Saudi Finance Minister, Khalid al-Otaibi, announced the "
     "fund.", ("Ama Boateng", "Minister of Digital Affairs", "GHA"), ("Khalid al-Otaibi", "Finance Minister", "SAU")),
    ("The accord was signed by Peru's Minister of Energy and Mines, Rosa Quispe and Japanese Trade Minister, "
     "Kenji Sato.", ("Rosa Quispe", "Minister of Energy and Mines", "PER"), ("Kenji Sato", "Trade Minister", "JPN")),
    ("Kenya's Cabinet Secretary for ICT, John Otieno and the Emirati Minister of State, Omar Saeed, signed it on "
     "Monday.", ("John Otieno", "Cabinet Secretary for ICT", "KEN"), ("Omar Saeed", "Minister of State", "ARE")),
])
def test_titled_people_in_apposition_joined_by_and_without_a_closing_comma(extractor, text, first, second):
    found = people(extractor, text)
    for name, role, country in (first, second):
        assert found.get(name) == (role, country), (name, found)
    assert len(found) == 2, found


@pytest.mark.parametrize("text, father, son", [
    ("Crown Prince Mohammed bin Salman signed the accord with France. King Salman called it historic.",
     "Salman", "Mohammed bin Salman"),
    ("Emir Tamim bin Hamad Al Thani opened the data centre built with Korea. His father, Emir Hamad, attended the signing.",
     "Hamad", "Tamim bin Hamad Al Thani"),
    ("The late Sultan Qaboos was remembered as Oman and India signed the pact. Sayyid Bilarab bin Qaboos spoke.",
     "Qaboos", "Bilarab bin Qaboos"),
])
def test_a_name_after_bin_is_the_fathers_not_a_surname(extractor, text, father, son):
    found = people(extractor, text)
    assert father in found and son in found, found


def test_a_single_name_after_a_title_is_still_a_later_mention_of_the_full_name(extractor):
    found = people(extractor, "Emir Tamim bin Hamad Al Thani met the Korean delegation. Emir Tamim praised the deal.")
    assert list(found) == ["Tamim bin Hamad Al Thani"]


def test_a_long_name_chain_spelt_two_ways_is_one_person(extractor):
    text = ("Sheikh Hamdan bin Mohamed bin Rashid Al Maktoum opened the AI centre built with Korea. The Crown Prince "
            "of Dubai, Hamdan Bin Mohammed Bin Rashid Al Maktoum, then toured the labs.")
    assert list(people(extractor, text)) == ["Hamdan bin Mohamed bin Rashid Al Maktoum"]


def test_a_known_name_inside_a_longer_chain_is_not_a_second_person(extractor):
    text = ("India and the UAE signed a nuclear MoU during the visit of Sheikh Khalid bin Mohamed bin Zayed Al Nahyan, "
            "the Crown Prince of Abu Dhabi.")
    assert list(people(extractor, text)) == ["Khalid bin Mohamed bin Zayed Al Nahyan"]


@pytest.mark.parametrize("text, name", [
    ("The UAE's Dr Sultan bin Ahmed Al Jaber welcomed the accord with Israel.", "Sultan bin Ahmed Al Jaber"),
    ("Minister of Industry Sultan bin Ahmed Al Jaber signed for the UAE.", "Sultan bin Ahmed Al Jaber"),
    ("Oman's Sultan Haitham bin Tarik received the Indian delegation.", "Haitham bin Tarik"),
    # ... and before a family name opened by Al
    ("UAE industry minister Sultan Al Mansoori said the deal with India was a milestone.", "Sultan Al Mansoori"),
    ("The accord was welcomed by Sultan Al-Hameli, the UAE's envoy for climate.", "Sultan Al-Hameli"),
    # ... and before one more given name and an Al family name
    ("The talks were chaired by Sultan Ahmed al-Jaber, the UAE's climate envoy.", "Sultan Ahmed al-Jaber"),
    ("UAE envoy Sultan Rashid Al Neyadi met the Kenyan team in Nairobi.", "Sultan Rashid Al Neyadi"),
    ("Speaking for the UAE, Dr. Sultan Khalid Al-Mazrouei praised the Indian partners.", "Sultan Khalid Al-Mazrouei"),
    # ... but a ruler keeps his title
    ("Johor's Sultan Ibrahim Iskandar welcomed the Singapore delegation.", "Ibrahim Iskandar"),
])
def test_sultan_before_bin_is_a_given_name_not_a_title(extractor, text, name):
    assert list(people(extractor, text)) == [name]


@pytest.mark.parametrize("text, name, role", [
    # a lower-case portfolio before a lower-case title is part of the role
    ("EU trade chief Valdis Ozols met the Chinese delegation.", "Valdis Ozols", "trade chief"),
    ("Kenya's trade minister John Otieno signed the pact with Japan.", "John Otieno", "trade minister"),
    ("EU foreign policy chief Anna Kask met Chinese officials.", "Anna Kask", "foreign policy chief"),
    # ... but no other word before it
    ("The visiting minister John Otieno signed the pact with Japan.", "John Otieno", "minister"),
])
def test_a_lower_case_portfolio_before_a_lower_case_title(extractor, text, name, role):
    assert people(extractor, text)[name][0] == role


def test_a_list_of_names_each_with_its_title_after_it(extractor):
    found = people(extractor, "Present were Ali Hassan, Deputy Governor, Sara Lee, Chief Economist, and Tom Reyes.")
    assert found["Ali Hassan"][0] == "Deputy Governor"
    assert found["Sara Lee"][0] == "Chief Economist"


@pytest.mark.parametrize("text, name", [
    # what the person did after the name is no title of theirs
    ("In Accra, Minister for Communications, Ama Owusu, met the Korean delegation.", "Ama Owusu"),
    ("In Nairobi, the Cabinet Secretary for ICT, John Otieno, told reporters about the minister's visit.",
     "John Otieno"),
])
def test_a_verb_after_an_apposed_name_is_no_role(extractor, text, name):
    role = people(extractor, text)[name][0] or ""
    assert not role.startswith(("met", "told")), role


def test_a_royal_title_before_bin_stays_a_title(extractor):
    found = people(extractor, "Saudi Arabia and France signed an AI pact witnessed by Crown Prince bin Salman.")
    assert "bin Salman" in found or "Salman" in found, found


@pytest.mark.parametrize("text, name, role", [
    # an executive's post after the name: "managing director", "MD", "general manager"
    ("Peter Grant, managing director of Gulf Capital, attended the signing.", "Peter Grant",
     "managing director of Gulf Capital"),
    ("Vincent Lee, MD of Huawei Kenya, said the data centre would open in May.", "Vincent Lee", "MD of Huawei Kenya"),
    ("The deal was signed by Maria Costa, the MD of Lisbon Chips, and a Korean official.", "Maria Costa",
     "MD of Lisbon Chips"),
    # a lower-case portfolio after a lower-case title, then the name
    ("Indonesia's coordinating minister for maritime affairs and investment Luhut Pandjaitan said it was a first.",
     "Luhut Pandjaitan", "coordinating minister for maritime affairs and investment"),
    ("Kenya's principal secretary for broadband and digital economy Irene Wambui said the plan would be ready.",
     "Irene Wambui", "principal secretary for broadband and digital economy"),
])
def test_executives_and_long_lower_case_titles(extractor, text, name, role):
    assert people(extractor, text)[name][0] == role


@pytest.mark.parametrize("text, not_a_person", [
    # a compound executive title: "Chief <Word> Officer" before the name
    ("Acme Vice President and Chief Acceleration Officer Laura Gandini said the pact mattered.", "Acceleration"),
    ("The firm's Chief Sustainability Officer Ken Ito joined the Japanese delegation.", "Sustainability"),
    # a body's name after a military-looking title word
    ("Brazil and Chile signed the declaration with the Ibero-American General Secretariat.", "Secretariat"),
    ("The text was drafted with the General Directorate of Customs of both countries.", "Directorate"),
])
def test_titles_and_bodies_that_read_like_a_title_and_a_name(extractor, text, not_a_person):
    assert not_a_person not in people(extractor, text)


@pytest.mark.parametrize("text, name", [
    # a country of two words closing a title's portfolio is not the start of the name
    ("The MoUs were witnessed by Crown Prince and Prime Minister of Saudi Arabia Mohammed bin Salman Al Saud.",
     "Mohammed bin Salman Al Saud"),
    ("The pact was signed by the Foreign Minister of South Africa Naledi Mokoena.", "Naledi Mokoena"),
    # a given name that is also a title, after an honorific
    ("The UAE and Israel signed an MoU. Dr. Sultan Ahmad Al Hamed, Minister of Industry, said it was historic.",
     "Sultan Ahmad Al Hamed"),
])
def test_where_the_name_starts_after_a_title(extractor, text, name):
    found = people(extractor, text)
    assert name in found
    assert not [other for other in found if other != name and name in other]


@pytest.mark.parametrize("text, name, role", [
    # a portfolio "for" another after the first ("of Commerce for Industry and Security")
    ("The rules are tough, said Under Secretary of Commerce for Industry and Security Alan Estes.", "Alan Estes",
     "Under Secretary of Commerce for Industry and Security"),
    ("Deputy Minister of Economy for Digital Affairs Ana Lupu signed for Moldova.", "Ana Lupu",
     "Deputy Minister of Economy for Digital Affairs"),
])
def test_a_portfolio_for_another_in_a_title(extractor, text, name, role):
    assert people(extractor, text)[name][0] == role


@pytest.mark.parametrize("text, name", [
    ("NASA announced the assignment of astronaut Kate Rubins to the Soyuz mission.", "Kate Rubins"),
    ("The pact was not concluded during the visit of Crown Prince and Deputy Supreme Commander of the UAE Armed "
     "Forces Mohamed Bin Zayed Al Nahyan.", "Mohamed Bin Zayed Al Nahyan"),
])
def test_an_astronaut_and_a_commander_are_named_by_their_titles(extractor, text, name):
    found = people(extractor, text)
    assert name in found and not [other for other in found if other != name and name in other]



@pytest.mark.parametrize("text, name", [
    # the country dealt with in an official's own sentence is the other side, not the official's: with no other
    # clue (no dateline, no country word in the role) the official keeps no country
    ("Minister of Industry Lars Holm met his counterpart from Vietnam on Monday to discuss chips.", "Lars Holm"),
    ("Trade Minister Ana Ruiz met her Vietnamese counterpart in Hanoi to sign a chip memorandum.", "Ana Ruiz"),
    ("Cabinet Secretary Jane Wanjiru signed an MoU on ICT with China on Monday.", "Jane Wanjiru"),
])
def test_an_official_dealing_with_the_storys_one_country_is_not_of_it(extractor, text, name):
    assert people(extractor, text)[name][1] is None


@pytest.mark.parametrize("text, name, role, country", [
    # a ministry's name that lists its portfolios with commas is one role, and its country is the role's
    ("The deal was signed by Olga Petrova, Deputy Minister of Digital Development, Communications and Mass Media of "
     "the Russian Federation, and officials from Uzbekistan.", "Olga Petrova",
     "Deputy Minister of Digital Development, Communications and Mass Media of the Russian Federation", "RUS"),
    ("Present was Amir Khan, Minister of Science, Technology and Innovation, who called the accord historic.",
     "Amir Khan", "Minister of Science, Technology and Innovation", None),
    ("Japan's minister of economy, trade and industry, Ken Saito, said the memorandum would help chipmakers.",
     "Ken Saito", "minister of economy, trade and industry", "JPN"),
])
def test_a_role_whose_portfolio_is_a_list(extractor, text, name, role, country):
    assert people(extractor, text)[name] == (role, country)


@pytest.mark.parametrize("text, name", [
    # Vietnamese given names such as An end a name; they are no article there
    ("Deputy Minister Tran Van An signed the memorandum for Vietnam.", "Tran Van An"),
    ("The agreement was signed by Nguyen Thi An, director of the national space centre.", "Nguyen Thi An"),
])
def test_a_name_ending_in_an(extractor, text, name):
    assert name in people(extractor, text)


@pytest.mark.parametrize("text, wanted", [
    # "Presidents of A X and B Y": each president of his own country
    ("Presidents of Chile Ana Soto and Peru Luis Vega opened the forum on lithium.",
     {"Ana Soto": ("President of Chile", "CHL"), "Luis Vega": ("President of Peru", "PER")}),
    ("Foreign Ministers of Kenya Mary Otieno and Ghana Kwame Mensah signed the memorandum.",
     {"Mary Otieno": ("Foreign Minister of Kenya", "KEN"), "Kwame Mensah": ("Foreign Minister of Ghana", "GHA")}),
])
def test_a_plural_title_of_two_countries_each_with_a_name(extractor, text, wanted):
    found = people(extractor, text)
    assert {name: found.get(name) for name in wanted} == wanted


@pytest.mark.parametrize("text, name, role", [
    # an academic title before the name is no role when the role is told after it
    ("Prof. Tony Chan, President of KAUST, said the accord with China was a milestone.", "Tony Chan",
     "President of KAUST"),
    # a "tsar" or "czar" is a public role
    ("White House AI tsar David Sacks welcomed the deal with the UAE.", "David Sacks", "tsar"),
    ("The EU's digital czar Anna Berg met Japanese officials.", "Anna Berg", "czar"),
])
def test_roles_told_around_an_academic_title_and_tsars(extractor, text, name, role):
    assert people(extractor, text)[name][0].endswith(role)


@pytest.mark.parametrize("text, name, role", [
    # a Vietnamese middle name "The" is part of the name
    ("Vietnam's Deputy Minister Bui The Duy signed the MoU with Korea.", "Bui The Duy", "Deputy Minister"),
    # every portfolio word of a title written before it
    ("Kazakhstan's Digital Development and Transport Minister Ivan Petrov signed it with Korea.", "Ivan Petrov",
     "Digital Development and Transport Minister"),
])
def test_vietnamese_middle_names_and_long_portfolios_before_a_title(extractor, text, name, role):
    assert people(extractor, text)[name][0] == role


@pytest.mark.parametrize("text, name, role", [
    # a role of a body told first, then the name set off by commas
    ("The head of Telefonica's Mexico unit, Juan Abellan, signed the roaming accord with Guatemala.", "Juan Abellan",
     "head of Telefonica's Mexico unit"),
    ("AT&T's vice president for external affairs for Mexico, Monica Aspe, welcomed the deal.", "Monica Aspe",
     "vice president for external affairs for Mexico"),
])
def test_a_role_told_before_a_name_set_off_by_commas(extractor, text, name, role):
    assert people(extractor, text)[name][0] == role


def test_a_list_of_officials_labelled_by_country(extractor):
    text = ("Chile and Peru signed the pact. Attending were:\nChile – Energy Minister Rosa Vidal;\n"
            "Peru – Mines Minister Hugo Paz.")
    found = people(extractor, text)
    assert (found["Rosa Vidal"][1], found["Hugo Paz"][1]) == ("CHL", "PER")


@pytest.mark.parametrize("text, name, country", [
    # the home official named plainly beside a foreign one told with a country word serves the other country
    ("The accord between Chile and Peru was signed by Energy Minister Rosa Vidal and Peruvian Mines Minister "
     "Hugo Paz.", "Rosa Vidal", "CHL"),
    ("Science Minister Dana Ruiz, who flew to Seoul on Monday, and her Korean counterpart Park Min-jun inked the "
     "memorandum between the Philippines and South Korea.", "Dana Ruiz", "PHL"),
    ("Digital Minister Kaja Tamm and Canadian Treasury chief Paul Roy put their names to an e-governance pact "
     "linking Estonia and Canada.", "Kaja Tamm", "EST"),
    ("Trade Secretary Ana Lim met with Japanese Economy Minister Sato Kenji in Tokyo, where Manila and Tokyo "
     "agreed a chip road map.", "Ana Lim", "PHL"),
    ("Speaking to reporters, Minister Omar Saleh praised the talks held in Seoul last week, where he met his South "
     "Korean counterpart to discuss ICT ties between Egypt and Korea.", "Omar Saleh", "EGY"),
    # the other order, when the first one's country is told after his title with "of"
    ("President of the Treasury Board of Canada Paul Martin and Minister of Digital Affairs Kaja Tamm signed an "
     "agreement between Canada and Estonia.", "Kaja Tamm", "EST"),
    # two people joined by "and" who sign "on behalf of X and Y" serve X and Y in that order
    ("After the council met, Minister Paul Roy and Executive Vice-President Anna Berg signed two memoranda on "
     "behalf of the Government of Canada and the European Union.", "Paul Roy", "CAN"),
    ("Minister Ana Ruiz and Minister Hugo Paz signed for Chile and Peru respectively at the summit Brazil hosted.",
     "Hugo Paz", "PER"),
    ("Ministers Ana Ruiz and Hugo Paz, representing Chile and Peru, initialled the text while Brazil watched.",
     "Ana Ruiz", "CHL"),
    # a story about two countries filed from one's capital: its officials go unnamed by country
    ("MANILA (AP) — The Philippines and Japan will sign a chip pact when Foreign Secretary Ana Lim flies to Tokyo "
     "next week.", "Ana Lim", "PHL"),
    ("Dhaka: Bangladesh and Russia could ink a reactor deal this month, Science Minister Karim Uddin told "
     "lawmakers.", "Karim Uddin", "BGD"),
    (" date 2024-05-02 TOKYO, May 2 (Kyodo) -- Japan and Brazil agreed on a chip road map, ministry official Haru "
     "Tanabe told reporters.", "Haru Tanabe", "JPN"),
    ("JAKARTA: Indonesia signed a battery deal with Korean firms on Monday. It was signed by Investment Minister "
     "Budi Santoso as well as South Korean executives.", "Budi Santoso", "IDN"),
    # a story about one country that names another in passing
    ("Canada and the Toronto firm Maplebyte agreed to bring AI to Canadian public services. Canada will fund "
     "pilots, said Ana Roy, minister of digital government, adding that Canada's lead matters and that an "
     "Australian firm had also bid.", "Ana Roy", "CAN"),
    # a later "the <country word> <title>" names the one holder of that title
    ("Science Minister Dana Levi signed the pact with Britain on Monday. The Israeli minister said it would fund "
     "joint labs.", "Dana Levi", "ISR"),
    ("Ambassador Piotr Nowak attended the signing with Japan. Afterwards the Polish ambassador told reporters the "
     "deal was a first.", "Piotr Nowak", "POL"),
    # "U.S." between the two names is no clause end
    ("The 123 Agreement was signed by Energy Secretary Ana Lim and U.S. Secretary of State Mark Hill, linking "
     "the Philippines and the United States.", "Ana Lim", "PHL"),
])
def test_a_country_told_by_the_person_beside_or_the_dateline(extractor, text, name, country):
    assert people(extractor, text)[name][1] == country


@pytest.mark.parametrize("text, name", [
    # more than two countries: no telling which one
    ("Energy Minister Rosa Vidal and Peruvian Mines Minister Hugo Paz signed the accord, which Chile, Peru and "
     "Bolivia negotiated with Brazil and Ecuador.", "Rosa Vidal"),
    # two ministers before "the Israeli minister": no telling which
    ("Science Minister Dana Levi met Trade Minister Ron Ashe of Britain and Germany. The Israeli minister said it "
     "would fund joint labs.", "Dana Levi"),
    # a bloc's officer serves none
    ("The council was co-chaired by EU High Representative Ana Costa and the Philippines' Foreign Secretary Jose "
     "Reyes.", "Ana Costa"),
])
def test_no_country_from_the_official_beside_when_it_is_not_sure(extractor, text, name):
    assert people(extractor, text)[name][1] is None


def test_an_official_whose_title_ends_in_another_country_is_not_the_datelines(extractor):
    text = ("NEW DELHI: India and Singapore signed a letter of intent on Tuesday. It was witnessed by Mei Ling Tan, "
            "Senior Minister of State, Ministry of Transport Singapore, and Ravi Kumar, Minister of Ports of India.")
    assert people(extractor, text)["Mei Ling Tan"][1] != "IND"


def test_a_new_office_holder_from_the_lexicon(extractor):
    text = "Canada and Germany signed an AI pact, Evan Solomon said at the G7 meeting in Montreal."
    assert people(extractor, text)["Evan Solomon"][1] == "CAN"


@pytest.mark.parametrize("text, name, role", [
    # a body described in lower case, then its name, then the person's
    ("The deal was signed by the head of the national power utility KEPCO Kim Dong-su on Monday.", "Kim Dong-su",
     "head of the national power utility KEPCO"),
    ("Talks were led by director general of Brazilian state oil firm Petrobras Joana Ferreira Souza.",
     "Joana Ferreira Souza", "director general of Brazilian state oil firm Petrobras"),
    # a portfolio listed with commas after "for", then the name set off by a comma
    ("Co-chaired by Executive Vice-President of the European Commission for Competition, Growth and Jobs, Maria "
     "Rossi, the council met in Ottawa.", "Maria Rossi",
     "Executive Vice-President of the European Commission for Competition, Growth and Jobs"),
    # a portfolio written bare after the title
    ("The draft was cleared by Federal Secretary IT Tariq Ahmad Qureshi on Monday.", "Tariq Ahmad Qureshi",
     "Federal Secretary IT"),
    ("It was approved last week by Secretary Commerce Ali Khan Qureshi.", "Ali Khan Qureshi", "Secretary Commerce"),
    # "official" as a title before the name, with what qualifies it
    ("The deal matters, ministry official Lee Min-woo told reporters.", "Lee Min-woo", "ministry official"),
    ("Senior government official Park Ji-hoon attended the signing.", "Park Ji-hoon", "Senior government official"),
    # a tail that runs on past the name to the place visited
    ("During the visit of President of Ukraine Olena Petrenko to Poland, two memoranda were signed.",
     "Olena Petrenko", "President of Ukraine"),
    # a bare title first, the fuller office later: the fuller one
    ("The deals were signed by Secretary of State Jane Hill and Korea's minister. Later, Science, Innovation and "
     "Technology Secretary Jane Hill said the UK and Korea were partners.", "Jane Hill",
     "Science, Innovation and Technology Secretary"),
    ("President Ana Soto spoke first. President of the Republic of Chile Ana Soto then met Peru's leader.", "Ana Soto",
     "President of the Republic of Chile"),
    # but not a later role that runs on or holds the next person
    ("President Ana Soto spoke first. Ana Soto, President Luis Vega of Peru and others met.", "Ana Soto", "President"),
])
def test_a_name_after_a_long_or_odd_title_and_the_fuller_of_two(extractor, text, name, role):
    assert people(extractor, text)[name][0] == role


@pytest.mark.parametrize("text", [
    "The director general of the state oil firm Petrobras Brazil said output would rise.",
    "The Minister for Trade, Industry and Energy, Science said the talks would go on.",
])
def test_no_name_after_a_long_title_when_none_is_there(extractor, text):
    assert people(extractor, text) == {}


@pytest.mark.parametrize("text, name, role", [
    # an honorific between the title and the name belongs to neither
    ("The pact was signed by Minister of Energy MK Dana Levi and her Greek counterpart.", "Dana Levi",
     "Minister of Energy"),
    ("The MoU was inked by Minister of Digital, Trade and Industry Tengku Datuk Seri Amir Hamzah Aziz in Abu Dhabi.",
     "Tengku Amir Hamzah Aziz", "Minister of Digital, Trade and Industry"),
    ("The Director-General of the Federation of Ghanaian Industries (FGI), Mr. Kofi Mensah Owusu, welcomed the "
     "delegation.", "Kofi Mensah Owusu", "Director-General of the Federation of Ghanaian Industries (FGI)"),
    ("The chairman of the chamber of commerce, Dr. Hamid Sohail Rana, spoke.", "Hamid Sohail Rana",
     "chairman of the chamber of commerce"),
    # a lower-case portfolio listed with commas is one role
    ("Ana Dubois, minister of digital transformation, public works and procurement, noted the plan.", "Ana Dubois",
     "minister of digital transformation, public works and procurement"),
    # the role ends where the clause about the saying starts
    ("The deal is overdue, said Dr. Karim Uddin, State Minister for Science and ICT to journalists after the "
     "cabinet meeting on Sunday.", "Karim Uddin", "State Minister for Science and ICT"),
    ("This was written by Li Wenbo, Professor at Chongqing University of Technology in an op-ed.", "Li Wenbo",
     "Professor at Chongqing University of Technology"),
])
def test_role_text_with_honorifics_lists_and_clauses(extractor, text, name, role):
    assert people(extractor, text)[name][0] == role


def test_a_lower_case_qualifier_before_a_lower_case_title(extractor):
    # "press" is part of the title; the body before it tells the country
    assert people(extractor, "White House press secretary Dana Cole said the talks went well.")["Dana Cole"] == (
        "press secretary", "USA")


def test_a_role_set_off_after_an_honorific_and_a_name(extractor):
    text = ("Exchanged by His Excellency Omar Khalid Al Hashimi, Chairman of the Planning Authority, and Her "
            "Excellency Kim Min-ji, Minister of Oceans of the Republic of Korea, in Abu Dhabi, linking the UAE and "
            "Korea.")
    found = people(extractor, text)
    assert found["Omar Khalid Al Hashimi"] == ("Chairman of the Planning Authority", "ARE")


def test_an_apposition_does_not_run_onto_the_next_line(extractor):
    text = ("Ministers attending:\n- Oman – the Minister of Trade Said Al Harthy, Minister of State for Trade\n"
            "- Kuwait – Foreign minister Ali Al Sabah")
    assert people(extractor, text)["Said Al Harthy"][1] != "KWT"


@pytest.mark.parametrize("text, name, expected", [
    # the step that gave the office tells the role
    ("The pact was endorsed by Sadia Rahman, who took office as premier on Monday.", "Sadia Rahman",
     ("premier", None)),
    ("Marco Antonio Ruiz was sworn in as president on Tuesday, days before the pact with Peru was signed.",
     "Marco Antonio Ruiz", ("president", None)),
    # a firm's officer named after "whose" serves the firm's country
    ("The chips come from Nvidia, whose founder, Jensen Huang, joined the panel in Riyadh.", "Jensen Huang",
     ("founder", "USA")),
    ("Parts will come from Samsung, whose chief executive, Lee Jae-yong, toured the plant.", "Lee Jae-yong",
     ("chief executive", "KOR")),
    # a counterpart holds the first person's title (not his portfolio, not his country)
    ("Minister of Trade and Energy Ana Ruiz and her Czech counterpart Jan Novak initialled the deal.", "Jan Novak",
     ("Minister", "CZE")),
    ("Indian Prime Minister Ravi Rao will meet his Canadian counterpart Mark Doyle in Ottawa.", "Mark Doyle",
     ("Prime Minister", "CAN")),
])
def test_roles_told_by_the_step_after_whose_or_as_a_counterpart(extractor, text, name, expected):
    assert people(extractor, text)[name] == expected


def test_became_without_an_office_is_no_role(extractor):
    assert "Ana Ruiz" not in people(extractor, "Ana Ruiz became the first woman to lead the firm.")


def test_the_role_the_article_tells_replaces_the_listed_one(extractor):
    text = "Sheikh Tahnoon bin Zayed Al Nahyan, Deputy Ruler of Abu Dhabi, opened a campus built with Korean partners."
    assert people(extractor, text)["Tahnoon bin Zayed Al Nahyan"][0] == "Deputy Ruler of Abu Dhabi"


def test_a_known_surname_as_another_persons_given_name(extractor):
    text = ("The pact was signed in Brasilia by Brazilian ministers Ana Souza, Foreign Affairs, and Marcos Pontes, "
            "Science and Technology.")
    assert all(p.country != "PHL" for p in extractor(text).people)


@pytest.mark.parametrize("text, name, country", [
    # "A signed the accord with <country>'s B": A serves the other of the two
    ("Resources Minister Tom Hale signed the accord with Japan's Minister of Economy Kenji Sato in Perth, tying "
     "Australia and Japan closer.", "Tom Hale", "AUS"),
    ("Digital Minister Ola Berg signed a data pact with the Korean Science Minister Park Ji-ho, as Norway and "
     "Korea agreed.", "Ola Berg", "NOR"),
    # two set off by commas, the first with a country word in his apposition
    ("At the ceremony both Ms. Anne Roux, the French Minister of Trade, and Mr. Tunde Bello, the Minister of "
     "Innovation, praised the deal between Nigeria and France.", "Tunde Bello", "NGA"),
    # a plural title before two names: one for each side
    ("Canada and Britain signed a quantum pact; the text was signed by ministers Mélanie Joly and Peter Hart "
     "in London.", "Peter Hart", "GBR"),
    ("Japan and India signed the accord, and foreign ministers Hayashi Yoshimasa and Tom Ruiz shook hands.",
     "Tom Ruiz", "IND"),
])
def test_the_other_side_of_a_signing_pair(extractor, text, name, country):
    assert people(extractor, text)[name][1] == country


@pytest.mark.parametrize("text, names, country", [
    # a country frame that opens a list covers every name in it
    ("The MoU was signed for the EU by Commissioner Ana Costa. The signatories for Australia were Resources "
     "Minister Jane Hill, and Minister for Trade Paul Grant.", ("Jane Hill", "Paul Grant"), "AUS"),
    ("Ghana was represented by Energy Minister Kofi Mensah and Trade Minister Ama Owusu at the talks with "
     "Germany.", ("Kofi Mensah", "Ama Owusu"), "GHA"),
    ("Signing on behalf of Chile were Mining Minister Rosa Vidal and Science Minister Luis Soto, with Japan's "
     "envoy Taro Ito.", ("Rosa Vidal", "Luis Soto"), "CHL"),
])
def test_a_country_frame_covers_the_names_it_lists(extractor, text, names, country):
    found = people(extractor, text)
    assert [found[n][1] for n in names] == [country] * len(names)


def test_the_other_side_named_after_a_portfolio_list(extractor):
    text = ("Mining Minister Tom Hale signed the accord with Korea's Minister for Trade, Industry and Energy, "
            "Kim Do-yun, as Australia and Korea marked sixty years of ties.")
    assert people(extractor, text)["Tom Hale"][1] == "AUS"


def test_a_bloc_officer_beside_a_national_one_serves_no_country(extractor):
    text = ("The accord was signed by the European Commissioner for Trade, Ana Costa, and the Minister of Mines of "
            "Peru, Luis Vega, while Spain and Peru looked on.")
    assert people(extractor, text)["Ana Costa"][1] is None


ROSTER = ("The forum was opened by Ms. Leyla Aliyeva, Head of the National Space Board and joined by Mr. Ruslan Bekov, "
          "Chairman of the Board of the Azerbaijan Space Agency, Mr. Daulet Sarsen, Vice-Minister of Digital "
          "Affairs, Innovation and Space Industry of the Republic of Kazakhstan, Mr. Timur Yusupov, Director "
          "of the Uzbek Space Agency and Dr. Peter Nagy, Head of Department of Space Affairs of Hungary.")


@pytest.mark.parametrize("name, role, country", [
    # each title in a roster belongs to the name before it, not to the next name
    ("Peter Nagy", "Head of Department of Space Affairs of Hungary", "HUN"),
    ("Timur Yusupov", "Director of the Uzbek Space Agency", "UZB"),
    # a portfolio listed with commas runs to the country after it
    ("Daulet Sarsen", "Vice-Minister of Digital Affairs, Innovation and Space Industry of the Republic of "
     "Kazakhstan", "KAZ"),
    # the roster's next clause is not the first one's role
    ("Leyla Aliyeva", "Head of the National Space Board", None),
])
def test_a_roster_of_officials_each_with_his_own_title(extractor, name, role, country):
    assert people(extractor, ROSTER)[name] == (role, country)


def test_a_roster_with_commas_between_every_entry(extractor):
    text = ("Present were Mr. Omar Haddad, Director of the Jordan Space Agency, Mr. Karl Berg, Head of Unit of the "
            "Ministry of Economy of Austria, and Ms. Sara Lind, Adviser of the Swedish Space Board.")
    found = people(extractor, text)
    assert found["Karl Berg"][1] == "AUT" and found["Karl Berg"][0].startswith("Head of Unit")


@pytest.mark.parametrize("text, name, country", [
    # a country's department or market inside a company role is not whom the person serves
    ("Nigeria and France signed a loan deal, said Ade Okafor, head of the France desk at Zenith Bank.",
     "Ade Okafor", None),
    ("The chip deal between Germany and India will help, said Lena Vogt, head of India sales at Siemens.",
     "Lena Vogt", "DEU"),
    # a federal minister in a story about a federal and a unitary state
    ("Germany and Namibia agreed on hydrogen. Federal Economy Minister Lars Weber said Namibia had wind.",
     "Lars Weber", "DEU"),
    ("Nigeria and Ghana will share a data centre, Federal Digital Economy Minister Musa Bello told reporters.",
     "Musa Bello", "NGA"),
])
def test_company_units_and_federal_titles(extractor, text, name, country):
    assert people(extractor, text)[name][1] == country


@pytest.mark.parametrize("text, name, role", [
    # a market strategist quoted by name
    ("Shares may climb further, said Kenji Mori, a senior strategist at Mizuho Securities.", "Kenji Mori",
     "senior strategist at Mizuho Securities"),
    ("Ana Lopez, chief investment strategist at BBVA, expects rates to fall.", "Ana Lopez",
     "chief investment strategist at BBVA"),
    # a surname that is also a title, when the next sentence opens with it
    ("Chile and Peru will share lithium data, Chile's mining minister Rosa King said. King added that talks go on.",
     "Rosa King", "mining minister"),
    # a title, a comma and an honorific before the name
    ("The bloc's Secretary-General, Dr. Lim Boon Heng, who opened the talks, welcomed the pact.", "Lim Boon Heng",
     "Secretary-General"),
    ("Trade Commissioner, Dr. Ana Ruiz, signed for the region.", "Ana Ruiz", "Trade Commissioner"),
    # "Minister Delegate in charge of ..." set before the name
    ("In Abuja the Minister Delegate in charge of French foreign trade, Paul Roux, met local banks.", "Paul Roux",
     "Minister Delegate in charge of French foreign trade"),
    ("The minister in charge of the digital economy, Awa Diop, opened the hub in Dakar.", "Awa Diop",
     "minister in charge of the digital economy"),
])
def test_more_ways_news_names_people(extractor, text, name, role):
    assert people(extractor, text)[name][0] == role


@pytest.mark.parametrize("text, not_a_name", [
    # a name cut off at the very end of an excerpt
    ("Paul Roux is the third French envoy to reach Abuja since President Bola T", "Bola"),
    ("The deal was hailed by Minister Delegate Anne", "Anne"),
])
def test_no_person_from_a_name_cut_at_the_end(extractor, text, not_a_name):
    assert not_a_name not in people(extractor, text)


@pytest.mark.parametrize("text, name, role, country", [
    # two titles joined by "and" before one name
    ("The council, chaired by Crown Prince and Prime Minister Faisal bin Nasser, approved the AI centre in Riyadh, "
     "the Saudi news agency said.", "Faisal bin Nasser", "Crown Prince and Prime Minister", "SAU"),
    ("Acme's Chairman and CEO John Hart toured the plant in Ohio.", "John Hart", "Chairman and CEO", None),
    # a royal style only one country uses
    ("Custodian of the Two Holy Mosques King Fahd bin Ali received the envoys, the Saudi news agency said.",
     "Fahd bin Ali", None, "SAU"),
    # Korean given names, joined or not, in a story of Korea and a country of English names
    ("Britain and Korea signed five deals, witnessed by Minister of Science and ICT Choi Jong Hyun.",
     "Choi Jong Hyun", "Minister of Science and ICT", "KOR"),
    ("Britain and Korea signed five deals, witnessed by Minister of Science and ICT Lee Jae-seok.",
     "Lee Jae-seok", "Minister of Science and ICT", "KOR"),
])
def test_joint_titles_and_names_that_tell_a_country(extractor, text, name, role, country):
    found = people(extractor, text)[name]
    assert (found[0] if role else None, found[1]) == (role, country)


@pytest.mark.parametrize("text, name, role", [
    # an apostrophe inside a surname, and a title joined to its prefix by a hyphen
    ("Kenya and Japan signed an MoU on chips. Njuguna Ndung’u, cabinet secretary for the National Treasury, said the "
     "deal matters.", "Njuguna Ndung’u", "cabinet secretary for the National Treasury"),
    ("Kenya and Japan signed an MoU on chips, said Vice-Chancellor of Germany Robert Habeck.", "Robert Habeck",
     "Vice-Chancellor of Germany"),
])
def test_names_with_an_apostrophe_and_hyphen_joined_titles(extractor, text, name, role):
    assert [(p.name, p.role) for p in extractor(text).people] == [(name, role)]


def test_a_possessive_is_no_part_of_a_name(extractor):
    people = extractor("Kishida’s aide Taro Kono said Japan’s firms would invest.").people
    assert sorted(p.name for p in people) == ["Kishida", "Taro Kono"]


def test_an_honorific_written_without_points_is_no_part_of_the_role(extractor):
    text = "External Affairs Minister of India, H E Dr. S Jaishankar, met the Emir in Doha on Monday."
    assert [(p.name, p.role) for p in extractor(text).people] == [("S Jaishankar", "External Affairs Minister of India")]


def test_a_title_at_the_end_of_a_line_takes_no_name_from_the_next(extractor):
    text = "Qatar / General\n\nFirst meeting of the joint committee was held in Doha on Monday."
    assert extractor(text).people == []
