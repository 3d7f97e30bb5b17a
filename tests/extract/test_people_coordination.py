"""People named in coordinated and long titled phrases: two names under one plural title, each set off by his
country or portfolio; a title with a surname alone; a long title with commas before the name; the second of two
signatories; a title whose last capitalised word is no name; and the countries such phrases tell.

Every text here is written for these tests.
"""

import pytest


def people(extractor, text):
    return {p.name: (p.role, p.country) for p in extractor(text).people}


@pytest.mark.parametrize("text, name, role", [
    # a title, then a surname alone: still a person, named as the article names him
    ("The agreement was signed by Federal Councillor Parmelin in Bern on Monday.", "Parmelin", "Federal Councillor"),
    ("Federal Councillor Cassis and Minister Jane Doe met in Geneva to sign the accord with the UK.", "Cassis",
     "Federal Councillor"),
])
def test_a_title_before_a_surname_alone(extractor, text, name, role):
    assert people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize("text, full, short", [
    ("Swiss Federal Councillor Guy Parmelin met his British counterpart. Later, Federal Councillor Parmelin signed "
     "the memorandum.", "Guy Parmelin", "Parmelin"),
    ("Federal Councillor Cassis opened the talks with Britain. Swiss foreign minister Ignazio Cassis said the pact would last.",
     "Ignazio Cassis", "Cassis"),
])
def test_a_titled_surname_is_the_same_person_as_the_full_name(extractor, text, full, short):
    names = people(extractor, text)
    assert full in names and short not in names


@pytest.mark.parametrize("text, name, role", [
    # a title whose portfolio ends in a capitalised common noun: the noun is the title's, not the name's
    ("Japanese trade minister Ken Saito and European Commissioner for Internal Market Thierry Breton signed the "
     "memorandum.", "Thierry Breton", "European Commissioner for Internal Market"),
    ("EU Commissioner for Internal Market Lena Holm met Korean officials on chips.", "Lena Holm",
     "Commissioner for Internal Market"),
    ("Minister for the Single Market Paul Brun opened the session.", "Paul Brun", "Minister for the Single Market"),
    ("The plan was launched by European Commissioner for Digital Agenda Anna Kroll in Brussels.", "Anna Kroll",
     "European Commissioner for Digital Agenda"),
    ("Minister for Public Service Joe Bloggs signed the plan.", "Joe Bloggs", "Minister for Public Service"),
    ("Minister for Climate Change Chris Bowman welcomed the pact with Indonesia.", "Chris Bowman",
     "Minister for Climate Change"),
    ("Minister of Trade and Export Growth Piet Muller met his Korean counterpart.", "Piet Muller",
     "Minister of Trade and Export Growth"),
])
def test_a_capitalised_title_tail_is_no_part_of_the_name(extractor, text, name, role):
    found = people(extractor, text)
    assert found.get(name, (None,))[0] == role
    assert not any(n.split()[0] in ("Market", "Agenda", "Service", "Change", "Growth") for n in found)


@pytest.mark.parametrize("text, name, role, country", [
    # a long title with commas in its portfolio and the country after "of", then the name between commas
    ("Speaking first, the Undersecretary of Strategy and Planning in Space, Research and Innovation of the Republic "
     "of Argentina, Tomas Ferro, praised the plan.", "Tomas Ferro",
     "Undersecretary of Strategy and Planning in Space, Research and Innovation", "ARG"),
    ("The Director of Programmes in Research, Space and Innovation of the Republic of Chile, Rosa Pardo, spoke "
     "on Friday.", "Rosa Pardo", "Director of Programmes in Research, Space and Innovation", "CHL"),
])
def test_a_long_title_with_commas_then_the_name_set_off(extractor, text, name, role, country):
    got = people(extractor, text).get(name)
    assert got and role in got[0] and got[1] == country


@pytest.mark.parametrize("text, wanted", [
    # a plural title, each name then set off by ", of <country>,"
    ("The pact was signed by Foreign Ministers Ana Lopez, of Chile, and Jorge Ruiz, of Peru.",
     {"Ana Lopez": ("Foreign Minister", "CHL"), "Jorge Ruiz": ("Foreign Minister", "PER")}),
    ("The accord, inked by Trade Ministers Kwame Mensah, of Ghana, and Mary Otieno, of Kenya, takes effect in May.",
     {"Kwame Mensah": ("Trade Minister", "GHA"), "Mary Otieno": ("Trade Minister", "KEN")}),
    ("Energy Ministers Ahmed Hassan, of Egypt, and Karim Benali, of Algeria, attended the signing on Sunday.",
     {"Ahmed Hassan": ("Energy Minister", "EGY"), "Karim Benali": ("Energy Minister", "DZA")}),
    # ... or by his portfolio: the title and the portfolio are each one's role
    ("The deal was signed by Brazilian ministers Paulo Souza, Foreign Affairs, and Maria Costa, Mines and Energy, "
     "at the embassy.",
     {"Paulo Souza": ("minister of Foreign Affairs", "BRA"), "Maria Costa": ("minister of Mines and Energy", "BRA")}),
    ("The memorandum was signed by Chilean ministers Ana Soto, Economy, and Luis Vega, Science and Technology.",
     {"Ana Soto": ("minister of Economy", "CHL"), "Luis Vega": ("minister of Science and Technology", "CHL")}),
])
def test_two_names_under_a_plural_title_each_set_off(extractor, text, wanted):
    found = people(extractor, text)
    assert {name: found.get(name) for name in wanted} == wanted


@pytest.mark.parametrize("text, first, second", [
    # "between A, <portfolio listed with commas> and the <country word> <title> B": both signatories, each his role
    ("An accord was inked between Rahul Mehta, Minister for Electronics, Communications and IT and the Japanese "
     "Minister for Communications and Internal Affairs Sato Kenji over a video call.",
     ("Rahul Mehta", "Minister for Electronics, Communications and IT", "IND"),
     ("Sato Kenji", "Minister for Communications and Internal Affairs", "JPN")),
    ("The accord was signed between Sipho Ndlovu, Minister of Science and Innovation and the German Minister for "
     "Education and Research Anja Weber on Tuesday.",
     ("Sipho Ndlovu", "Minister of Science and Innovation", "ZAF"),
     ("Anja Weber", "Minister for Education and Research", "DEU")),
])
def test_the_second_signatory_of_a_pair(extractor, text, first, second):
    found = people(extractor, text)
    for name, role, _ in (first, second):
        assert found.get(name, (None,))[0] == role
    assert found[second[0]][1] == second[2]


@pytest.mark.parametrize("text, name, country", [
    # "<body of a country> (ACRONYM), through its <title> B": he serves the body's country
    ("Russia's new satellite accord was signed by the Mexican Space Agency (AEM), through its director general Pedro "
     "Ruiz Soto.",
     "Pedro Ruiz Soto", "MEX"),
    ("Chile's mining agency, through its executive director Ana Vidal Rojas, will carry out the work with Australia.",
     "Ana Vidal Rojas", "CHL"),
    # a country word before the first of two titled names covers the second
    ("Rwandan Minister of ICT Paula Mutesi and Principal Secretary Yves Habimana were at the meeting with Kenya's "
     "delegation.", "Yves Habimana", "RWA"),
    ("Kenyan Cabinet Secretary John Otieno and Permanent Secretary Jane Wairimu met the visiting Rwandan team.",
     "Jane Wairimu", "KEN"),
    # ... never the other country of the story ("covers the second one too": she is no Israeli)
    ("US President John Smith and Trade Representative Mary Jones met Israel's leaders to sign a technology "
     "agreement between Israel and the United States.", "Mary Jones", "USA"),
    # a councillor's title tells his country in a story about two
    ("Britain and Switzerland signed a research accord. Federal Councillor Parmelin signed for Bern.", "Parmelin",
     "CHE"),
])
def test_countries_told_around_coordinated_names(extractor, text, name, country):
    assert people(extractor, text).get(name, (None, None))[1] == country


@pytest.mark.parametrize("text, wanted", [
    # "A, <role>, signed for X": he serves X
    ("Dr. Ana Ruiz, the Senior Official for Trade and Security, signed for the United States, and Hon. Kofi Mensah, "
     "Deputy Minister for Foreign Affairs, signed for Ghana.", {"Ana Ruiz": "USA", "Kofi Mensah": "GHA"}),
    ("Jean Dupont, the agency's director, signed on behalf of France, while Aminu Bello, its chairman, signed on "
     "behalf of Nigeria.", {"Jean Dupont": "FRA", "Aminu Bello": "NGA"}),
    # "on behalf of X, ... was signed by A": the same, told before the name
    ("On behalf of Russia, the accord was signed by Ivan Petrov, deputy head of the state nuclear agency, and on "
     "behalf of Uganda by Minister of State Grace Namata.", {"Ivan Petrov": "RUS", "Grace Namata": "UGA"}),
])
def test_a_signatory_for_a_country_serves_it(extractor, text, wanted):
    found = people(extractor, text)
    assert {name: found.get(name, (None, None))[1] for name in wanted} == wanted


@pytest.mark.parametrize("text, name, country", [
    # an envoy posted to one of the two countries serves the other
    ("Kenya and Germany launched the hydrogen plan. The talks opened with remarks from Ambassador to Kenya Hans "
     "Vogel, who praised the plan.", "Hans Vogel", "DEU"),
    ("The memorandum between Morocco and Germany was sealed in the presence of the Ambassador of the Kingdom in "
     "Germany, Leila Bennani.", "Leila Bennani", "MAR"),
    ("Chile and India signed a lithium pact. Raj Malhotra, ambassador to Chile, said more would follow.",
     "Raj Malhotra", "IND"),
])
def test_an_envoy_serves_the_country_that_sends_him(extractor, text, name, country):
    assert people(extractor, text).get(name, (None, None))[1] == country


@pytest.mark.parametrize("text, name, country", [
    # the one a known official signs with serves the other of the story's two countries
    ("Mexico and Russia agreed to work in space. The Mexican Space Agency, through its director general Pedro Ruiz "
     "Soto, was in charge of signing the accord with the deputy director of the State Space Corporation Ivan "
     "Petrov.", "Ivan Petrov", "RUS"),
    ("Peru and Russia signed a nuclear pact. Peruvian Minister Ana Soto signed the memorandum with Energy Minister "
     "Ivan Petrov in Lima.", "Ivan Petrov", "RUS"),
    ("Japan and Brazil held talks on satellites. Japanese minister Kenji Sato held talks with Science Minister Ana "
     "Costa on Friday.", "Ana Costa", "BRA"),
])
def test_the_one_a_known_official_signs_with_serves_the_other_country(extractor, text, name, country):
    assert people(extractor, text).get(name, (None, None))[1] == country


@pytest.mark.parametrize("text, name, country", [
    # a story about two countries whose foreign officials carry a country word: the one named plainly is the home side
    ("Britain struck a research deal with Saudi Arabia this week. Science minister Tom Baker said the kingdom was a "
     "great opportunity. The Saudi minister of communications, Fahad Alotaibi, welcomed it.", "Tom Baker", "GBR"),
    ("Australia and South Korea will work together on critical minerals. Korean trade minister Park Ji-hoon signed "
     "the plan in Seoul. Resources Minister Claire Bell said the deal would bring investment.", "Claire Bell", "AUS"),
])
def test_the_official_named_plainly_is_the_home_side(extractor, text, name, country):
    assert people(extractor, text).get(name, (None, None))[1] == country


@pytest.mark.parametrize("text, name", [
    # ... not when his sentence ties him to the told side, nor in a story filed from the told side's capital
    ("Egypt and China signed eleven accords. Egyptian Prime Minister Omar Fahmy attended the forum in Beijing on "
     "behalf of President Karim Adel, a statement said.", "Karim Adel"),
    ("CAIRO (AFP) — Egypt and China signed eleven accords. Egyptian Prime Minister Omar Fahmy attended the forum. "
     "Planning Minister Hala Samir said more would follow.", "Hala Samir"),
])
def test_no_home_side_when_the_told_side_may_be_home(extractor, text, name):
    assert people(extractor, text).get(name, (None, None))[1] != "CHN"


@pytest.mark.parametrize("text, name, country", [
    # a reigning monarch named with his regnal number serves his kingdom, wherever the story is about
    ("King Charles III hosted the visiting emir of Qatar at Windsor for talks on climate technology.", "Charles III",
     "GBR"),
    ("King Felipe VI of Spain opened the Madrid summit where Chile and India signed a lithium pact.", "Felipe VI",
     "ESP"),
])
def test_a_reigning_monarch_serves_his_kingdom(extractor, text, name, country):
    assert people(extractor, text).get(name, (None, None))[1] == country


@pytest.mark.parametrize("text, wanted", [
    # a list of signatories, each title before its name: a long title listed with commas and "and", then the name
    ("Morocco and Germany agreed on hydrogen. Signing the text were the Minister of Foreign Affairs, Regional "
     "Cooperation, and Citizens Living Abroad, Karim Alami, the German Federal Minister for Development and Economic "
     "Cooperation (BMZ), Karla Weiss, and a state secretary.",
     {"Karim Alami": ("Minister of Foreign Affairs, Regional Cooperation, and Citizens Living Abroad", "MAR"),
      "Karla Weiss": ("Federal Minister for Development and Economic Cooperation", "DEU")}),
    # ... the one before a title with a country word serves the other of the story's two countries
    ("Morocco and Germany signed it. The pact was signed by the Minister of Foreign Affairs and Cooperation, Youssef "
     "Amrani, the German Federal Minister for Development, Karla Weiss, and others.",
     {"Youssef Amrani": ("Minister of Foreign Affairs and Cooperation", "MAR"),
      "Karla Weiss": ("Federal Minister for Development", "DEU")}),
])
def test_a_list_of_signatories_each_title_before_its_name(extractor, text, wanted):
    found = people(extractor, text)
    assert {name: found.get(name) for name in wanted} == wanted


def test_a_titled_signatory_never_takes_the_next_ones_title_or_country_word(extractor):
    text = ("Spain, Peru and Chile agreed. It was signed by the Minister of Trade, Ana Soto, the Peruvian Minister "
            "for Energy, Luis Vega, and others.")
    found = people(extractor, text)
    assert found["Ana Soto"][0] == "Minister of Trade" and found["Ana Soto"][1] != "PER"


@pytest.mark.parametrize("text, wanted", [
    # "A and his X and Y counterparts, B and C": each of his own country word, in order, with A's office
    ("South Korean National Security Advisor Chang Min-ho and his U.S. and Japanese counterparts, John Miller and "
     "Kenji Sato, respectively, issued the statement.",
     {"John Miller": ("National Security Advisor", "USA"), "Kenji Sato": ("National Security Advisor", "JPN")}),
    ("Indian foreign secretary Ravi Rao and his French and German counterparts, Marie Dubois and Hans Becker, met in "
     "Paris.", {"Marie Dubois": ("foreign secretary", "FRA"), "Hans Becker": ("foreign secretary", "DEU")}),
])
def test_two_counterparts_named_after_two_country_words(extractor, text, wanted):
    found = people(extractor, text)
    assert {name: found.get(name) for name in wanted} == wanted


@pytest.mark.parametrize("text, name, country", [
    # "A said ... as he signed the memorandum with <country word> minister B": A serves the other country
    ("Britain has struck a science deal with Saudi Arabia. Science minister Tom Baker, a former banker, said the "
     "kingdom offered openings for British firms as he signed a memorandum with Saudi minister Fahad Alotaibi on "
     "Monday.", "Tom Baker", "GBR"),
    ("Chile and Japan agreed to cooperate. Energy Minister Ana Soto told reporters the plan was ready, shortly before "
     "she signed the accord with Japanese minister Kenji Sato.", "Ana Soto", "CHL"),
])
def test_the_one_who_signed_with_a_told_official_serves_the_other_country(extractor, text, name, country):
    assert people(extractor, text).get(name, (None, None))[1] == country


@pytest.mark.parametrize("text, name", [
    # an international body's officer serves no country, not even the story's one
    ("Kenya will build hydrogen plants. Anders Berg, vice president of the EIB, said the bank would lend to the "
     "project.", "Anders Berg"),
    ("Chile opened a lithium lab. Maria Holt, director of the IAEA, said the agency would help.", "Maria Holt"),
    # ... nor does a bloc's capital in the dateline give one
    ("BRUSSELS (Reuters) - Australia and the EU signed a minerals pact. Commission Vice President Karl Berg said it "
     "was a milestone.", "Karl Berg"),
    ("BRUSSELS (Reuters) - Australia and the EU signed a minerals pact. Executive Vice President Karl Berg said it "
     "was a milestone.", "Karl Berg"),
])
def test_no_country_for_an_international_officer_or_from_a_blocs_capital(extractor, text, name):
    assert people(extractor, text).get(name, (None, "missing"))[1] is None


@pytest.mark.parametrize("text, wanted", [
    # a list that names each person first, his title after him: the title is never the next one's
    ("Morocco and Germany signed it. The pact was signed by Youssef Amrani, the Moroccan foreign minister, Karla "
     "Weiss, the German development minister, and others.",
     {"Youssef Amrani": ("Moroccan foreign minister", "MAR"), "Karla Weiss": ("German development minister", "DEU")}),
    ("Signatories were Ana Soto, the Chilean mining minister, Kenji Sato, a Japanese vice minister, and two envoys.",
     {"Ana Soto": ("Chilean mining minister", "CHL"), "Kenji Sato": ("Japanese vice minister", "JPN")}),
])
def test_a_list_of_signatories_each_named_before_its_title(extractor, text, wanted):
    found = people(extractor, text)
    assert {name: found.get(name) for name in wanted} == wanted


@pytest.mark.parametrize("text, wanted", [
    # three or more names under one plural title, each with the country told after it, in a list with commas
    ("Defence ministers Ruth Adams of Australia, Kenji Mori of Japan, and Mark Doyle of the US signed the arrangement.",
     {"Ruth Adams": "AUS", "Kenji Mori": "JPN", "Mark Doyle": "USA"}),
    ("Science ministers Ana Lopes of Portugal, Karel Novak of Czechia and Maria Berg of Sweden launched the fund.",
     {"Ana Lopes": "PRT", "Karel Novak": "CZE", "Maria Berg": "SWE"}),
    ("The pact was signed by Foreign Ministers Omar Haddad of Lebanon, Leila Nasser of Egypt, Yusuf Kaya of Türkiye "
     "and Sami Rahal of Tunisia on Sunday.",
     {"Omar Haddad": "LBN", "Leila Nasser": "EGY", "Yusuf Kaya": "TUR", "Sami Rahal": "TUN"}),
    # a plural "chiefs" is a title as "ministers" is
    ("Defense chiefs Ruth Adams of Australia and Kenji Mori of Japan agreed to test drones together.",
     {"Ruth Adams": "AUS", "Kenji Mori": "JPN"}),
])
def test_a_list_of_names_under_one_plural_title(extractor, text, wanted):
    found = people(extractor, text)
    assert {name: found.get(name, (None, None))[1] for name in wanted} == wanted


def test_a_list_after_a_plural_title_stops_at_a_name_that_is_no_person(extractor):
    found = people(extractor, "Energy ministers Ana Lopes of Portugal, Karel Novak of Czechia, Siemens Energy and "
                              "the grid operators met in Lisbon.")
    assert "Siemens Energy" not in found
