"""Parties: who an instrument is between, and who is only where it happened.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 12)  # a Thursday


@pytest.mark.parametrize("text", [
    # a place set off before the subject is no "City, Country" of the first party
    "At the G20 ministerial in Rio, Japan and Mexico signed an MoU on hydrogen.",
    "During a meeting in Geneva, Japan and Mexico signed an MoU on hydrogen.",
])
def test_a_place_before_the_subject_leaves_its_parties(extractor, text):
    assert [tuple(a.countries) for a in extractor(text, P).agreements] == [("JPN", "MEX")]


def test_a_city_and_its_country_is_a_place(extractor):
    text = "Officials met in Tokyo, Japan, where Mexico and Chile signed an MoU on hydrogen."
    assert [tuple(a.countries) for a in extractor(text, P).agreements] == [("CHL", "MEX")]


def test_a_grouping_by_its_leaders_in_a_headline_is_its_members(extractor):
    text = ("Joint Statement by the Nordic Prime Ministers on AI\n\nWe, the Prime Ministers of Denmark, Finland, "
            "Iceland, Norway and Sweden, will collaborate on artificial intelligence.")
    assert [tuple(a.countries) for a in extractor(text, P).agreements] == [("DNK", "FIN", "ISL", "NOR", "SWE")]


@pytest.mark.parametrize("text, expected", [
    # "a deal with Germany" told beside another instrument: another one, with the story's own country
    ("Canada is set to sign an AI pact with Britain on Tuesday. The pact follows a deal with Germany that was "
     "signed on Monday.", [("CAN", "DEU"), ("CAN", "GBR")]),
    ("Peru will sign a mining accord with Japan next week. The accord comes after an agreement with Korea that was "
     "inked on Monday.", [("JPN", "PER"), ("KOR", "PER")]),
])
def test_an_instrument_with_another_partner_told_beside(extractor, text, expected):
    assert sorted(tuple(a.countries) for a in extractor(text, P).agreements) == expected


@pytest.mark.parametrize("text, expected", [
    # countries of a continent are no bloc: the African Union is a party only when the text names the Union
    ("The EU will provide grants worth EUR 2 billion to African countries for fibre networks.", []),
    ("Japan signed deals on data centres with several African nations on Monday.", []),
    ("The African Union and the EU adopted a joint statement on digital skills.", [("AU", "EU")]),
    ("The AU and Japan launched a partnership on space science.", [("AU", "JPN")]),
    # a region of the continent is no bloc either
    ("During the French president's tour of East Africa, Ghana signed a space agreement with France.",
     [("FRA", "GHA")]),
    ("Japan and Kenya signed a memorandum on power grids for sub-Saharan Africa on Monday.", [("JPN", "KEN")]),
])
def test_a_continent_is_no_bloc(extractor, text, expected):
    assert sorted(tuple(a.countries) for a in extractor(text, P).agreements) == expected


def test_texts_a_summit_of_the_g7_produced_are_the_g7s(extractor):
    text = ("G7 leaders met in Canada on Monday as Russia pressed its war in Ukraine. The summit produced a series of "
            "joint statements on AI and quantum computing.")
    assert [tuple(a.countries) for a in extractor(text, P).agreements] == [("G7",)]


@pytest.mark.parametrize("text", [
    # a grouping's own instrument ("its"), whoever speaks of it
    "ASEAN concluded talks on its digital economy framework agreement, said Indonesia's economy minister.",
    "The G20 adopted its AI principles on Monday, Brazil's president said.",
    "ASEAN leaders signed the bloc's power grid agreement, Malaysia's prime minister announced.",
])
def test_a_groupings_own_instrument_is_its_alone(extractor, text):
    assert [len(a.countries) for a in extractor(text, P).agreements] == [1]


@pytest.mark.parametrize("text", [
    # a grouping's own centre, or one of a member's, is no cooperation between parties
    "The Cabinet established the International Centre for AI Ethics, to be based in Riyadh. It also praised the "
    "outcomes of the GCC summit, which strengthen joint Gulf action.",
    "ASEAN opened its regional cyber security centre in Singapore on Monday.",
])
def test_a_groupings_own_centre_is_no_instrument(extractor, text):
    assert extractor(text, P).agreements == []


@pytest.mark.parametrize("text, expected", [
    # a country whose name is also a word or a first name, acting or acted with as a state
    ("Turkey signed an MoU with Japan on AI on Monday.", [("JPN", "TUR")]),
    ("Japan signed an MoU with Jordan on AI on Monday.", [("JOR", "JPN")]),
    ("Jordan's digital ministry signed an MoU with Japan on AI.", [("JOR", "JPN")]),
    ("Japan will sign a memorandum on space with Georgia next week.", [("GEO", "JPN")]),
    # ... but not a person of that name
    ("Michael Jordan signed a deal with Japan's Sony on Monday.", []),
    ("Chad Miller, an analyst, said Japan and Korea signed an MoU on AI.", [("JPN", "KOR")]),
])
def test_a_country_whose_name_is_also_a_word(extractor, text, expected):
    assert sorted(tuple(a.countries) for a in extractor(text, P).agreements) == expected


@pytest.mark.parametrize("text, expected", [
    # partners named after what they are: one instrument each
    ("Riyadh's data and AI authority inked three strategic deals with tech giants Huawei, Alibaba Cloud and "
     "Oracle.", [("CHN", "SAU"), ("CHN", "SAU"), ("SAU", "USA")]),
    ("Egypt's ICT ministry signed three MoUs with global tech companies Microsoft, Baidu and Ericsson on Monday.",
     [("CHN", "EGY"), ("EGY", "SWE"), ("EGY", "USA")]),
    ("Egypt's ICT ministry on Monday inked three deals with tech majors — Microsoft, Baidu, and Ericsson — at a "
     "forum in Cairo.", [("CHN", "EGY"), ("EGY", "SWE"), ("EGY", "USA")]),
])
def test_partners_named_after_what_they_are(extractor, text, expected):
    assert sorted(tuple(a.countries) for a in extractor(text, P).agreements) == expected


@pytest.mark.parametrize("text, expected", [
    # the EU's own bodies sign for the EU
    ("The European Investment Bank and Chile signed a roadmap on hydrogen.", [("CHL", "EU")]),
    ("An agreement between the EIB and Morocco's energy ministry on solar power was inked in Rabat on Monday.",
     [("EU", "MAR")]),
    ("EUSPA concluded a working arrangement on satellite navigation with Ukraine's space agency.", [("EU", "UKR")]),
    # and a country written without its article is still that country
    ("Zambia and the Democratic Republic of Congo signed an MoU on battery precursors.", [("COD", "ZMB")]),
])
def test_eu_bodies_and_country_names_as_written(extractor, text, expected):
    assert sorted(tuple(a.countries) for a in extractor(text, P).agreements) == expected


@pytest.mark.parametrize("text, expected", [
    # members named to say what a bloc is are no parties beside it
    ("Japan and the GCC, which includes Saudi Arabia, the UAE, Qatar, Kuwait, Oman and Bahrain, signed a joint "
     "statement on Monday.", [("GCC", "JPN")]),
    ("ASEAN, a ten-nation bloc that includes Vietnam and Indonesia, signed a digital framework with Japan on Monday.",
     [("ASEAN", "JPN")]),
    ("Korea signed a hydrogen MoU with the EU, whose members include France and Germany, on Tuesday.", [("EU", "KOR")]),
    ("India and the Gulf Cooperation Council (GCC), which comprises Saudi Arabia, Qatar and Oman, adopted a joint "
     "statement on Monday.", [("GCC", "IND")]),
    ("Japan agreed on Monday to start talks on a trade pact with the GCC, made up of Saudi Arabia and five other "
     "states.", [("GCC", "JPN")]),
    # ... but members told as parties of their own stay
    ("The EU and France signed a space MoU with India on Monday.", [("EU", "FRA", "IND")]),
])
def test_members_that_say_what_a_bloc_is_are_no_parties(extractor, text, expected):
    assert [tuple(a.countries) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # one instrument for each couple of parties told apart
    ("MoUs were also signed between Vietnam and Japan, as well as Vietnam and Korea, on Monday.",
     [("JPN", "VNM"), ("KOR", "VNM")]),
    ("Agreements were signed between the trade ministries of India and Chile and between the space agencies of India "
     "and Peru.", [("CHL", "IND"), ("IND", "PER")]),
    # a count of instruments with one side and as many others
    ("Two other deals between Australia and the governments of Iran and Syria were also cancelled on Monday.",
     [("AUS", "IRN"), ("AUS", "SYR")]),
    # two sides that each made one with a third
    ("Brazil and Peru each signed an agreement on lithium with Japan on Monday.", [("BRA", "JPN"), ("JPN", "PER")]),
    # two sides that made instruments (plural) with a third: one each
    ("Ghana, Kenya sign space cooperation agreements with France\n\nThe two African states signed the agreements "
     "during the French president's tour.", [("FRA", "GHA"), ("FRA", "KEN")]),
    ("Chile and Peru signed lithium memorandums with Japan on Monday.", [("CHL", "JPN"), ("JPN", "PER")]),
    # ... but one instrument of three stays one
    ("An agreement between Brazil, Peru and Japan on lithium was signed on Monday.", [("BRA", "JPN", "PER")]),
    ("Chile and Peru signed a lithium memorandum with Japan on Monday.", [("CHL", "JPN", "PER")]),
])
def test_one_instrument_for_each_couple_told_apart(extractor, text, expected):
    assert sorted(tuple(a.countries) for a in extractor(text, P).agreements) == expected


@pytest.mark.parametrize("text, expected", [
    # a bloc or country someone leaves is no party to what it signs afterwards
    ("Since leaving the EU, Britain has signed trade pacts with Australia and New Zealand.",
     [("AUS", "GBR"), ("GBR", "NZL")]),
    ("Two years after it quit the bloc, Britain inked a digital accord with Singapore.", [("GBR", "SGP")]),
    # ... but someone who left for a country signs there
    ("Kenya's president left for China on Sunday, and on Monday the two countries signed a 5G memorandum.",
     [("CHN", "KEN")]),
])
def test_a_bloc_left_is_no_party(extractor, text, expected):
    assert sorted(tuple(a.countries) for a in extractor(text, P).agreements) == expected


@pytest.mark.parametrize("text, expected", [
    # others told to have done the same ("did so", "followed suit") made one each with the same partner
    ("Korea raised its ties with the EU to a strategic partnership in 2019, and Chile and Peru did so in 2022.",
     [("partnership", ("CHL", "EU"), "2022"), ("partnership", ("EU", "KOR"), "2019"),
      ("partnership", ("EU", "PER"), "2022")]),
    ("Kenya signed a data centre pact with the UAE on Monday; Ghana followed suit on Tuesday.",
     [("agreement", ("ARE", "GHA"), "2026-03-10"), ("agreement", ("ARE", "KEN"), "2026-03-09")]),
    # ... at no time told: not the first one's
    ("Peru upgraded ties with the EU to a strategic partnership in 2019, and Chile followed suit.",
     [("partnership", ("CHL", "EU"), None), ("partnership", ("EU", "PER"), "2019")]),
])
def test_others_that_did_the_same(extractor, text, expected):
    found = sorted((a.kind, tuple(a.countries), a.date) for a in extractor(text, P).agreements)
    assert found == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a clause of circumstance after the partner ("after ...", "amid ...", "despite ...") names no party
    ("Taiwan's UMC suspended its partnership with Fujian Jinhua of China after the latter was cut off from American "
     "suppliers.", ["CHN", "TWN"]),
    ("Kenya signed a memorandum with Japan on data centres amid worries over Chinese loans.", ["JPN", "KEN"]),
    ("Brazil struck a chip deal with Korea despite pressure from the United States.", ["BRA", "KOR"]),
    ("Vietnam inked a semiconductor agreement with Japan following a similar deal with India last year.",
     ["JPN", "VNM"]),
    # ... while partners listed before it stay
    ("Chile signed a lithium agreement with Japan and Korea after months of talks.", ["CHL", "JPN", "KOR"]),
])
def test_a_clause_of_circumstance_names_no_party(extractor, text, expected):
    assert [a.countries for a in extractor(text, P).agreements][:1] == [expected]


@pytest.mark.parametrize("text, parties, actors", [
    # what a sentence opens by building on is no party of what it tells
    ("Building on the G7 leaders' vision, Canada and Germany agreed to launch a joint quantum call in January.",
     [("CAN", "DEU")], [("CAN", "DEU")]),
    ("Drawing on the EU's digital strategy, France and Kenya signed an MoU on artificial intelligence on Monday.",
     [("FRA", "KEN")], []),
    ("Guided by the G20 principles on data, Brazil and India will set up a joint fund for AI startups by 2027.",
     [("BRA", "IND")], [("BRA", "IND")]),
    # ... but a text of the bloc's own named there stays the bloc's
    ("Building on the Kananaskis vision and the G7 Leaders' Statement of June 2025, Germany and Canada agreed to "
     "open a joint call for proposals in January 2027.", [("CAN", "DEU"), ("G7",)], [("CAN", "DEU")]),
    # ... and an instrument built on in mid-sentence keeps the parties in its name
    ("Germany and India will sign a chip agreement next week. The step builds on the EU-India chip memorandum that "
     "was signed in 2023.", [("DEU", "IND"), ("EU", "IND")], [("DEU", "IND")]),
])
def test_what_a_sentence_builds_on_is_no_party(extractor, text, parties, actors):
    got = extractor(text, P)
    assert sorted(tuple(a.countries) for a in got.agreements) == sorted(parties)
    assert [tuple(c.countries) for c in got.commitments] == actors


@pytest.mark.parametrize("text, expected", [
    # "the two countries": the visitor's and the capital visited, not a country of a clause of circumstance
    ("As Japan's prime minister travelled to Hanoi on Monday to shore up ties following US tariffs, the two "
     "countries agreed to set up a working group on semiconductors.", [("JPN", "VNM")]),
    ("As Japanese Prime Minister Taro Sato flew to Hanoi on Monday after US President John Doe's tariff threats, the "
     "two countries signed an agreement on chips.", [("JPN", "VNM")]),
    ("During Prime Minister Narendra Modi's trip to Canberra, after talks with Chinese officials, the two countries "
     "agreed to set up a joint working group on critical minerals.", [("AUS", "IND")]),
    ("On the Indian leader's visit to Canberra, after meeting Chinese officials, the two countries signed an MoU on "
     "critical minerals.", [("AUS", "IND")]),
])
def test_the_two_countries_of_a_visit(extractor, text, expected):
    assert [tuple(a.countries) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text,expected", [
    # "the two nations" in a story where one country is told most: the pair the story named together before
    ("Kenya and Rwanda will work on data centres together, a Kenyan official said. The Kenyan ministry said Kenyan "
     "firms would lead. “We follow the goals of an accord signed between the two nations in February,” said the "
     "Kenyan minister.", [("agreement", ("KEN", "RWA"))]),
    ("Peru and Japan discussed copper on Monday, Peruvian officials said. Peruvian mines are expanding and Peruvian "
     "exports grew. The two countries signed a memorandum on copper refining.", [("mou", ("JPN", "PER"))]),
    ("Brazil and India met in Brasilia. Brazilian officials said Brazilian exporters and Brazilian banks would "
     "benefit. A memorandum on satellites was also signed by both sides.", [("mou", ("BRA", "IND"))]),
])
def test_the_two_countries_are_the_pair_named_together_before(extractor, text, expected):
    assert [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text,expected", [
    # every member of a bloc the story names, listed: the bloc
    ("G7 leaders met in Hiroshima on Saturday. The seven members \u2013 the United States, Canada, Japan, Britain, "
     "France, Germany and Italy \u2013 said in a joint statement that AI rules must keep pace.",
     [("joint_statement", ("G7",))]),
    # the same seven in a story that names no G7: the seven
    ("Leaders of the United States, Canada, Japan, Britain, France, Germany and Italy said in a joint statement that "
     "AI rules must keep pace.", [("joint_statement", ("CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"))]),
    # some members only: those members
    ("G7 leaders met in Hiroshima on Saturday. Japan, Canada and Italy signed a memorandum on quantum research.",
     [("mou", ("CAN", "ITA", "JPN"))]),
])
def test_every_member_of_a_bloc_named_is_the_bloc(extractor, text, expected):
    assert [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text,expected", [
    # the partner told after what the instrument is on: "a memorandum on AI with Japan", in a story of other countries
    ("Korean and Saudi leaders met on Tuesday. Korea also signed a memorandum on AI with Japan.",
     [("mou", ("JPN", "KOR"))]),
    ("Korean and Saudi leaders met on Tuesday. Earlier, Korea signed a memorandum on nuclear energy with the UAE.",
     [("mou", ("ARE", "KOR"))]),
    ("Egypt and Italy held talks on Monday. Cairo's agency signed an agreement on green hydrogen supply with "
     "Japan.", [("agreement", ("EGY", "JPN"))]),
])
def test_the_partner_told_after_the_subject(extractor, text, expected):
    assert [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements] == expected


def test_an_egyptian_authority_known_by_name_signs_for_egypt(extractor):
    text = ("The General Authority for the Suez Canal Economic Zone (SCZONE) signed a memorandum on green hydrogen "
            "with a Tokyo government bureau.")
    assert [tuple(a.countries) for a in extractor(text, P).agreements] == [("EGY", "JPN")]


@pytest.mark.parametrize("text,expected", [
    # a state body of one country that will partner with another country's government: the two countries
    ("The State Department announced on Monday it will partner with the Mexican government to grow the chip "
     "ecosystem.", [("partnership", ("MEX", "USA"), "planned")]),
    ("Japan's trade ministry said on Monday it will partner with the Indian government on hydrogen buses.",
     [("partnership", ("IND", "JPN"), "planned")]),
])
def test_a_body_partnering_with_a_government(extractor, text, expected):
    assert [(a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    ("Italy has become the second G7 partner after Canada to sign a quantum agreement with Korea.", [("ITA", "KOR")]),
    ("Japan, the first Quad partner to do so, signed a chip agreement with Vietnam on Tuesday.", [("JPN", "VNM")]),
])
def test_a_grouping_that_names_one_member_is_no_party(extractor, text, expected):
    assert [tuple(a.countries) for a in extractor(text).agreements] == expected
