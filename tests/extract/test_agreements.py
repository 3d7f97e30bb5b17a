"""Agreements as English news reports them: lists and totals, parties, status and time, kinds, silence.

Every text here is written for these tests (different outlets, tenses and word orders for each phenomenon).
"""

from datetime import date

import pytest

P = date(2026, 3, 10)  # a Tuesday


def records(extractor, text, published=P):
    return [(a.kind, tuple(a.countries), a.status) for a in extractor(text, published).agreements]


# ---------------------------------------------------------------- kinds

KINDS = [
    # pledged investment as a fund
    ("Japan plans to invest 3 trillion yen in India's chip industry over five years under a new partnership, "
     "officials said.", "fund", ("IND", "JPN")),
    ("The European Union will provide grants worth EUR 2 billion to Morocco for green hydrogen through 2029.",
     "fund", ("EU", "MAR")),
    ("Germany has decided to make available an additional 30 million euros for South Africa's hydrogen projects.",
     "fund", ("DEU", "ZAF")),
    # task forces and working groups as dialogues
    ("India and the United States set up a joint task force on critical minerals on Monday.", "dialogue",
     ("IND", "USA")),
    ("Brazil and China agreed to create a working group on satellite data sharing.", "dialogue", ("BRA", "CHN")),
    ("Brussels and Tokyo decided to set up a team of experts to study semiconductor supply chains.", "dialogue",
     ("EU", "JPN")),
    ("The two countries established a Joint Quantum Coordination Mechanism, officials from Canada and Finland said.",
     "dialogue", ("CAN", "FIN")),
    ("Kenya and Japan will set up a joint steering body to pick AI pilot projects.", "dialogue", ("JPN", "KEN")),
    ("Peru and Korea formed a coordination committee on lithium on Tuesday.", "dialogue", ("KOR", "PER")),
    ("Ghana and Brazil agreed to create a steering group on biofuels.", "dialogue", ("BRA", "GHA")),
    # initiatives and platforms as partnerships
    ("France and India launched a defence start-up initiative in New Delhi on Monday.", "partnership",
     ("FRA", "IND")),
    ("Kenya and the UAE unveiled a joint AI innovation platform in Nairobi.", "partnership", ("ARE", "KEN")),
    # codes of conduct and guiding principles as joint statements
    ("Canada and Japan adopted guiding principles for trustworthy AI on Friday.", "joint_statement",
     ("CAN", "JPN")),
    ("Australia and Singapore agreed a code of conduct for cross-border data flows.", "joint_statement",
     ("AUS", "SGP")),
    ("Kenya and India adopted principles of digital cooperation on Monday.", "joint_statement", ("IND", "KEN")),
    ("The US and Japan endorsed the principles of chip cooperation on Monday.", "joint_statement",
     ("JPN", "USA")),
    ("Peru and Chile agreed on the principles of their lithium partnership in Lima.", "joint_statement",
     ("CHL", "PER")),
    # declarations of intent and understandings as memoranda
    ("Germany and Egypt signed a declaration of intent on green hydrogen in Cairo.", "mou", ("DEU", "EGY")),
    ("Norway and Chile signed a letter of intent on battery recycling.", "mou", ("CHL", "NOR")),
    # letters exchanged between governments as agreements
    ("Nepal and India signed a letter of exchange on the cross-border transmission line.", "agreement",
     ("IND", "NPL")),
    ("An exchange of letters on satellite data was signed by Laos and China on Tuesday.", "agreement",
     ("CHN", "LAO")),
    # executive programmes that carry out an earlier accord, as agreements
    ("Qatar and Jordan signed an executive programme on digital government for 2026-2028 on Monday.", "agreement",
     ("JOR", "QAT")),
    ("An executive program for cooperation in satellite communications was inked by Oman and Bahrain.", "agreement",
     ("BHR", "OMN")),
    ("Morocco and Tunisia agreed on an executive programme to put their science accord into practice.", "agreement",
     ("MAR", "TUN")),
    # a taskforce written as one word is a task force
    ("Ghana and Egypt set up a taskforce on AI skills in Accra on Monday.", "dialogue", ("EGY", "GHA")),
    ("A joint taskforce on undersea cables will be formed by Vietnam and the Philippines.", "dialogue",
     ("PHL", "VNM")),
]


@pytest.mark.parametrize("text, kind, parties", KINDS)
def test_kinds(extractor, text, kind, parties):
    assert (kind, parties) in [(k, c) for k, c, _ in records(extractor, text)]


# ---------------------------------------------------------------- money that founds nothing

NO_FUND = [
    "Bilateral trade between Vietnam and Korea was worth $80 billion last year.",
    "Samsung Electronics will invest $2 billion in a chip packaging plant in Vietnam.",
    "Investors from the UAE are reviewing opportunities in Korea worth $30 billion.",
    "Britain and Germany paid 6 billion euros of the European Space Agency's budget last year.",
    # the sum is what the instrument of its sentence delivers
    "Australia and the Solomon Islands will sign a deal to deliver AU$137 million in aid for a subsea cable.",
    # a country's own law spends it
    "Mexico and the US agreed to cooperate on chips under the CHIPS Act of 2022, which provides $500 million over "
    "five years for partners.",
    # a figure that grew is a measure, not a pledge
    "Citing a decade in which investments between Chile and Korea grew four-fold to $20 billion, the leaders met.",
    "Trade between Vietnam and Japan jumped to $50 billion last year, officials of both countries said.",
    # a fund that names an investor, not an instrument: "fund <Name>", "<Name>, a ... fund"
    "Investment in the French AI campus will flow through the Abu Dhabi state-controlled fund Mubadala, France and "
    "the UAE said.",
    "Korea and Saudi Arabia signed a chip deal, and sovereign wealth fund PIF will take part in the venture.",
    "Japan and Singapore agreed on chips; Temasek, Singapore's state investment fund, will take a stake.",
    # a named lender of one country as the subject of lending
    "Egypt and Saudi Arabia signed a power link deal. The Kuwait Fund and the Arab Fund will finance the line.",
    "Egypt and Jordan agreed on a grid link. The Saudi Fund for Development has lent $100 million for it.",
]


def test_a_facility_between_two_countries_bodies_is_a_fund(extractor):
    text = ("Indonesia and Australia agreed on climate finance. Export Finance Australia would establish a A$200 "
            "million financing facility with Perusahaan Listrik Negara.")
    assert [(k, c) for k, c, _ in records(extractor, text) if k == "fund"] == [("fund", ("AUS", "IDN"))]


@pytest.mark.parametrize("text", NO_FUND)
def test_money_that_founds_no_fund(extractor, text):
    assert not [r for r in records(extractor, text) if r[0] == "fund"]


def test_the_sum_goes_to_the_deal_of_its_sentence(extractor):
    text = "Australia and the Solomon Islands will sign a deal to deliver AU$137 million in aid for a subsea cable."
    assert [[(a.amount, a.currency) for a in r.amounts] for r in extractor(text, P).agreements] == [
        [(137_000_000.0, "AUD")]]


def test_a_person_named_grant_is_no_grant(extractor):
    text = "UK Energy Secretary Grant Shapps welcomed the Australian hydrogen partnership."
    assert not [r for r in records(extractor, text) if r[0] == "fund"]


def test_the_sum_names_the_partnership(extractor):
    text = "Australia and India announced a USD 5.8 million three-year Critical Minerals Investment Partnership."
    result = extractor(text, P)
    assert [(a.kind, a.countries) for a in result.agreements] == [("partnership", ["AUS", "IND"])]
    assert [(m.amount, m.currency) for m in result.agreements[0].amounts] == [(5_800_000, "USD")]


# ---------------------------------------------------------------- parties

PARTIES = [
    # informal groupings stand for their members
    ("Quad foreign ministers launched a critical minerals initiative in Washington on Tuesday.",
     ("AUS", "IND", "JPN", "USA")),
    ("The AUKUS partners signed a new agreement on quantum technology cooperation.", ("AUS", "GBR", "USA")),
    ("The I2U2 group announced a joint food-tech partnership in Abu Dhabi.", ("ARE", "IND", "ISR", "USA")),
    ("The Nordic prime ministers adopted a joint declaration on AI and quantum research in Oslo.",
     ("DNK", "FIN", "ISL", "NOR", "SWE")),
    ("Germany and the Central Asian states signed a memorandum on critical raw materials in Astana.",
     ("DEU", "KAZ", "KGZ", "TJK", "TKM", "UZB")),
    ("The Baltic states and Poland signed an agreement on a joint subsea data cable.", ("EST", "LTU", "LVA", "POL")),
    ("Energy ministers of the Asia Zero Emission Community adopted a joint statement on hydrogen supply chains.",
     ("AUS", "BRN", "IDN", "JPN", "KHM", "LAO", "MYS", "PHL", "SGP", "THA", "VNM")),
    ("Tokyo announced that AZEC partners had signed a framework for carbon capture projects.",
     ("AUS", "BRN", "IDN", "JPN", "KHM", "LAO", "MYS", "PHL", "SGP", "THA", "VNM")),
    ("The IBSA countries launched a joint fund for digital public infrastructure projects.", ("BRA", "IND", "ZAF")),
    ("Ministers of the Weimar Triangle signed a declaration on defence technology research.", ("DEU", "FRA", "POL")),
    ("The Chip 4 alliance set up a working group on semiconductor supply chain resilience.", ("JPN", "KOR", "TWN", "USA")),
    # blocs stay blocs
    ("The African Union and the EU adopted a joint declaration on digital transformation.", ("AU", "EU")),
    ("Saudi Arabia and the Gulf Cooperation Council launched a cybersecurity partnership with Japan.",
     ("GCC", "JPN", "SAU")),
    # three or more parties
    ("Chile, New Zealand and Singapore signed the Digital Economy Partnership Agreement's new AI module.",
     ("CHL", "NZL", "SGP")),
]


@pytest.mark.parametrize("text, parties", PARTIES)
def test_parties(extractor, text, parties):
    assert parties in [c for _, c, _ in records(extractor, text)]


@pytest.mark.parametrize("text, parties", [
    # a capital that acts stands for its country, however many other things share its name
    ("Washington suspended a technology deal with Britain on Monday.", ("GBR", "USA")),
    ("Talks stalled over the summer. Washington then suspended its technology deal with Britain.", ("GBR", "USA")),
    ("Talks stalled. But Washington suspended its technology deal with Britain.", ("GBR", "USA")),
    ("Washington and Seoul signed a memorandum on shipbuilding technology.", ("KOR", "USA")),
    ("After months of talks, Washington has agreed a critical minerals deal with Tokyo.", ("JPN", "USA")),
])
def test_a_capital_that_acts_is_its_country(extractor, text, parties):
    assert [c for _, c, _ in records(extractor, text)] == [parties]


@pytest.mark.parametrize("text", [
    "The Washington Post reported that Kenya signed a chip deal with Britain.",
    "Actor Denzel Washington signed a film deal with Nigeria's Nollywood studios.",
    "Dr. Washington said Kenya and Britain signed a chip deal.",
])
def test_a_capitals_name_that_does_not_act_is_no_party(extractor, text):
    assert all("USA" not in c for _, c, _ in records(extractor, text))


@pytest.mark.parametrize("text, parties", [
    # the story's pair named as "the two nations" beside others they joined: the pair and the others
    ("Morocco and Egypt signed a memorandum on green hydrogen on Monday. Together with Kenya, Namibia and South "
     "Africa, the two nations also launched the Africa Hydrogen Alliance last year.",
     ("EGY", "KEN", "MAR", "NAM", "ZAF")),
    ("Peru and Chile signed a lithium memorandum on Friday. Alongside Bolivia and Argentina, both countries founded "
     "the Andean Lithium Forum in 2021.", ("ARG", "BOL", "CHL", "PER")),
    ("Peru and Chile signed a lithium memorandum on Friday. The two sides, with Ecuador, set up a grid council in "
     "2019.", ("CHL", "ECU", "PER")),
])
def test_the_pair_told_as_the_two_nations_joins_the_others(extractor, text, parties):
    assert [a.countries for a in extractor(text, P).agreements][-1] == list(parties)


@pytest.mark.parametrize("text", [
    # the members of a many-party text listed after it: by whom it was signed, after a colon, after "are"
    "The Lunar Charter was signed on Tuesday by Brazil, Peru, Kenya, Norway, Japan, Ghana and the United Kingdom.",
    "The lunar charter was signed in Lima by Brazil, Peru, Kenya, Norway, Japan, Ghana and the United Kingdom.",
    "Seven countries signed the Lunar Charter on Tuesday: Brazil, Peru, Kenya, Norway, Japan, Ghana and the United "
    "Kingdom.",
    "The first members of the Lunar Charter are Brazil, Peru, Kenya, Norway, Japan, Ghana and the United Kingdom, "
    "the agency said on Tuesday.",
])
def test_the_members_listed_after_a_text_are_all_its_parties(extractor, text):
    assert [a.countries for a in extractor(text, P).agreements] == [["BRA", "GBR", "GHA", "JPN", "KEN", "NOR", "PER"]]


def test_the_members_listed_when_a_text_is_told_again_join_its_parties(extractor):
    text = ("Brazil and Peru adopted the Lunar Charter on Monday. The first members of the charter are Brazil, Peru, "
            "Kenya, Norway and Japan, the agency said.")
    assert [a.countries for a in extractor(text, P).agreements] == [["BRA", "JPN", "KEN", "NOR", "PER"]]


@pytest.mark.parametrize("text, parties", [
    ("Chile and Peru launched the Andean Lithium Alliance on Monday. Other countries involved in the alliance "
     "include Bolivia, Argentina and Ecuador.", ("ARG", "BOL", "CHL", "ECU", "PER")),
    ("Japan and India launched a clean hydrogen partnership on Tuesday. The partnership also includes Australia "
     "and Korea.", ("AUS", "IND", "JPN", "KOR")),
    ("Ghana and Togo joined the West African Solar Alliance on Friday. The alliance currently has Benin, Niger "
     "and Senegal as its members.", ("BEN", "GHA", "NER", "SEN", "TGO")),
    ("Brazil and Chile set up a lithium research partnership in March. Its other members include Argentina "
     "and Bolivia.", ("ARG", "BOL", "BRA", "CHL")),
    ("Vietnam and Laos signed a digital trade framework on Monday, a pact whose founding members were Thailand "
     "and Cambodia.", ("KHM", "LAO", "THA", "VNM")),
    ("Norway and Iceland formed a geothermal alliance last week. Denmark, Finland and Sweden are also members of "
     "the alliance.", ("DNK", "FIN", "ISL", "NOR", "SWE")),
    ("The US, China and 20 other nations adopted a joint statement on AI safety on Wednesday. Signatories to the "
     "statement, including Kenya, Chile and the European Union, vowed to work together.",
     ("CHL", "CHN", "EU", "KEN", "USA")),
    ("Exclusive: Kenya and Rwanda to join East African Data Alliance. The EADA currently counts Uganda and Tanzania "
     "as its members.", ("KEN", "RWA", "TZA", "UGA")),
    # the group an instrument forms, told by its members
    ("The US on Monday launched the Andes Chip Alliance. The group comprises the US, Chile, Peru, Colombia and "
     "Ecuador.", ("CHL", "COL", "ECU", "PER", "USA")),
    ("Japan launched a quantum partnership with Canada on Tuesday. The group also includes Finland, Denmark and "
     "the Netherlands.", ("CAN", "DNK", "FIN", "JPN", "NLD")),
    ("Chile and Peru set up a lithium research initiative in March; the grouping brings together Bolivia and "
     "Argentina as well.", ("ARG", "BOL", "CHL", "PER")),
    # the first partners of an instrument one side launched
    ("The US launched a chip initiative on Wednesday. The initiative will help partner countries assemble and test "
     "chips, beginning with Mexico, Panama and Costa Rica.", ("CRI", "MEX", "PAN", "USA")),
    ("Japan launched an AI skills partnership for Southeast Asia on Monday, starting with Vietnam and Thailand.",
     ("JPN", "THA", "VNM")),
])
def test_members_told_in_a_sentence_of_their_own_are_parties(extractor, text, parties):
    assert [c for _, c, _ in records(extractor, text)] == [parties]


def test_members_of_a_body_named_by_an_acronym_that_fits_no_instrument_join_nothing(extractor):
    text = ("Korea and Japan signed a chip agreement on Monday. The OPEC currently counts Saudi Arabia and Kuwait as "
            "its members.")
    assert [c for _, c, _ in records(extractor, text)] == [("JPN", "KOR")]


@pytest.mark.parametrize("text", [
    "On Monday, Canada, France, Germany, Italy, Japan, the United Kingdom, the United States and the EU agreed to "
    "the G7 Declaration on Secure Subsea Cables.",
    "Digital ministers from Japan, Italy, Germany and France met in Rome. They adopted a G7 roadmap for quantum "
    "standards on Tuesday.",
])
def test_a_clubs_own_text_is_the_clubs(extractor, text):
    assert [c for _, c, _ in records(extractor, text)] == [("G7",)]


@pytest.mark.parametrize("text, parties", [
    ("DOHA, Qatar — Ghana and Japan signed a memorandum on geothermal research on Monday.", ("GHA", "JPN")),
    ("Apr 2, Dhaka: The governments of Peru and Korea have signed an agreement on satellite data.", ("KOR", "PER")),
    ("Geneva [Switzerland], June 4 : Chile and India signed a memorandum on lithium processing.", ("CHL", "IND")),
    ("LONDON, May 2 (Reuters) - Kenya and Korea signed an agreement on 5G networks.", ("KEN", "KOR")),
    # a headline with a colon is no dateline
    ("Peru and Korea: a new space pact\n\nThe two countries signed an agreement on satellite data on Monday.",
     ("KOR", "PER")),
])
def test_the_place_a_story_was_filed_from_is_no_party(extractor, text, parties):
    assert [c for _, c, _ in records(extractor, text)] == [parties]


# ---------------------------------------------------------------- lists and totals

def quantities(extractor, text, published=P):
    return sorted(((a.kind, a.quantity) for a in extractor(text, published).agreements), key=str)


LISTS = [
    ("Pakistan and China signed two MoUs and four letters of exchange on Tuesday.", [("agreement", 4), ("mou", 2)]),
    ("Egypt and South Korea exchanged the following documents on Monday:\n"
     "1. A memorandum of understanding on artificial intelligence\n"
     "2. An agreement on satellite data sharing\n"
     "3. A cooperation programme between the two countries' space agencies\n",
     [("agreement", 1), ("agreement", 1), ("mou", 1)]),
    ("The leaders of Vietnam and Singapore witnessed the signing of these documents:\n"
     "- A memorandum of understanding on digital trade, signed by the two trade ministers\n"
     "- A memorandum of understanding on carbon credits, signed by the two environment ministers\n"
     "- A letter of intent on semiconductor talent\n",
     [("mou", 1), ("mou", 1), ("mou", 1)]),
    ("Korea and Saudi Arabia signed 46 agreements at the forum. Among them:\n"
     "▲ an MOU on hydrogen between the energy ministries\n"
     "▲ an agreement on smart city pilots\n",
     [("agreement", 1), ("agreement", 44), ("mou", 1)]),
    ("India and Japan signed eight pacts on Saturday covering clean energy and chips.", [("agreement", 8)]),
    ("A total of eleven agreements were signed between Greece and Egypt during the visit.", [("agreement", 11)]),
    # "cooperation documents", as state media of several countries count what was signed
    ("Vietnam and Korea exchanged 17 cooperation documents on Monday in Hanoi.", [("agreement", 17)]),
    ("China and Pakistan signed eight documents on cooperation in science, trade and health.", [("agreement", 8)]),
    ("Leaders of Vietnam and Korea witnessed the exchange of 17 cooperation documents between their agencies.",
     [("agreement", 17)]),
    # a count with several words of description before the noun
    ("Chile and Korea signed five new lithium supply chain agreements.", [("agreement", 5)]),
    ("Executives of 12 Indian technology firms signed agreements with Japanese partners on Monday.",
     [("agreement", None)]),
    ("Chile and Korea signed 11 new bilateral critical minerals memorandums on Tuesday.", [("mou", 11)]),
    # a total told as a floor or a round figure: the count it gives
    ("Saudi Arabia and China signed more than 30 agreements during the visit.", [("agreement", 30)]),
    ("Indonesia and China signed more than a dozen deals worth $10 billion on Sunday.", [("agreement", 12)]),
    ("Over the two days, Peru and Korea inked more than twenty memorandums on mining and energy.", [("mou", 20)]),
    ("The two sides signed 14 agreements and MOUs during the visit to Prague by Korea and the Czech Republic.",
     [("mou", 14)]),
    ("Brazil and China signed 15 agreements, including one on satellite building and one on AI research.",
     [("agreement", 1), ("agreement", 1), ("agreement", 13)]),
    ("Indonesia and Korea signed 12 memorandums of understanding on Friday, including an MOU on electric "
     "vehicle batteries and another on nickel processing.",
     [("mou", 1), ("mou", 1), ("mou", 10)]),
    # "a series of agreements": one record of unknown count, unless they are then told one by one
    ("On Sunday Riyadh and Seoul inked a series of agreements on energy and AI.", [("agreement", None)]),
    ("On Sunday Riyadh and Seoul inked a series of agreements. A memorandum on hydrogen was signed by "
     "the two energy ministries. An agreement on AI was signed by their science ministries.",
     [("agreement", 1), ("mou", 1)]),
    # the described ones after a colon, the same way
    ("The presidents of Ghana and Korea saw five pacts signed: an accord on energy and an MoU on mining.",
     [("agreement", 1), ("agreement", 3), ("mou", 1)]),
    # a plural with no count, then each told in its own sentence: those are the instruments
    ("Kenya and Japan reached agreements on geothermal power and space on Monday. A memorandum on geothermal "
     "research was signed by the two energy ministries. An agreement on satellite data was signed by their space "
     "agencies.", [("agreement", 1), ("mou", 1)]),
    ("Peru and Korea signed several deals during the visit. The first is an MoU on lithium processing signed by "
     "the two mining ministries. Korea's space agency also signed a cooperation agreement with Peru's CONIDA.",
     [("agreement", 1), ("mou", 1)]),
    # each told by its partner: "two separate MOUs, one with X and one with Y"
    ("Kenya's innovation agency signed two separate MoUs with Japan, one with Sora Robotics and one with Kumo "
     "Analytics.", [("mou", 1), ("mou", 1)]),
    # a total with its partner named after it, then some told one by one: those, and one for the rest
    ("Chile signed five agreements with Korea at a forum in Seoul on Monday. The two mining agencies signed a "
     "memorandum of understanding on lithium. Chile's space agency signed an agreement on satellite data with "
     "KASA.", [("agreement", 1), ("agreement", 3), ("mou", 1)]),
    # a count before a word with "&" in it; centres opened on a day are no verb "centres on"
    ("Korea and the US opened 9 joint R&D centres on Monday.", [("centre", 9)]),
    # "entered into" counts, and "along with" far before the counts is no list of described ones
    ("Japan's industry ministry, along with several carmakers, entered into three agreements and four memorandums "
     "of understanding with Indonesia on batteries.", [("agreement", 3), ("mou", 4)]),
    # ... but not instruments of other parties
    ("Chile and Japan signed agreements on copper and hydrogen on Tuesday. Separately, Chile signed an MoU with "
     "India on lithium. India also signed an agreement with Argentina on space.",
     [("agreement", 1), ("agreement", None), ("mou", 1)]),
]


@pytest.mark.parametrize("text, expected", LISTS)
def test_lists_and_totals(extractor, text, expected):
    assert quantities(extractor, text) == expected


# ---------------------------------------------------------------- one record per instrument

def test_an_instrument_word_in_what_another_is_about_is_its_subject(extractor):
    text = "Mexico and the US on Friday signed an MoU on a semiconductor supply chain and innovation partnership."
    assert records(extractor, text) == [("mou", ("MEX", "USA"), "concluded")]


def test_a_restatement_with_it_is_the_same_instrument(extractor):
    text = ("Singapore and Vietnam upgraded their ties with a green economy partnership on Monday. "
            "It forms an overarching framework that builds on four earlier memoranda.")
    assert [k for k, _, _ in records(extractor, text)].count("framework") == 0


def test_a_venue_is_not_an_instrument(extractor):
    text = "Korea and Saudi Arabia signed 46 agreements at the investment forum in Riyadh."
    assert records(extractor, text) == [("agreement", ("KOR", "SAU"), "concluded")]


def test_the_instrument_that_covers_the_project_is_the_one_told(extractor):
    text = ("Taiwan and the Czech Republic are expected to seal a chip design deal within a fortnight, an envoy told "
            "reporters. Officials said in March that the work is covered by a five-year agreement.")
    assert [k for k, _, _ in records(extractor, text)] == ["agreement"]


def test_reaching_agreement_is_no_instrument(extractor):
    text = ("Taiwan and the Czech Republic have reached agreement on nearly every part of the chip design project, "
            "a diplomat said.")
    assert "agreement" not in [k for k, _, _ in records(extractor, text)]


@pytest.mark.parametrize("text, expected", [
    # a named partnership, then the body that carries it: one instrument, the last word its kind
    ("Korea and Saudi Arabia met on Monday. The Korea-Saudi strategic partnership committee will meet in May.",
     [("dialogue", ("KOR", "SAU"))]),
    ("Officials said the India-Japan digital partnership council met for the third time in Tokyo.",
     [("dialogue", ("IND", "JPN"))]),
])
def test_a_named_partnership_and_its_body_are_one_instrument(extractor, text, expected):
    assert [(k, c) for k, c, _ in records(extractor, text)] == expected


def test_deal_as_a_verb(extractor):
    text = "G7 digital ministers said the toolkit will help public sectors deal with AI risks, as Japan and Italy agreed."
    assert not records(extractor, text)


def test_two_memoranda_with_the_same_generic_name_but_different_subjects(extractor):
    text = ("Kazakhstan and South Korea signed two documents on Wednesday. A Memorandum on partnership on critical "
            "minerals was signed by the two industry ministries. An additional Memorandum on security of the "
            "minerals supply chain was signed by the two foreign ministries.")
    assert [k for k, _, _ in records(extractor, text)].count("mou") == 2


def test_a_named_working_group_is_a_dialogue_not_an_organization(extractor):
    text = "Australia, India, Japan and the United States announced a Critical Technology Working Group on Friday."
    result = extractor(text, P)
    assert [(a.kind, a.countries) for a in result.agreements] == [("dialogue", ["AUS", "IND", "JPN", "USA"])]
    assert not result.organizations


PARTNER_LISTS = [
    # the partners told as the minister's counterparts
    ("Morocco's digital minister signed separate cooperation memoranda with her counterparts from Senegal and "
     "Ivory Coast.", [("CIV", "MAR"), ("MAR", "SEN")]),
    ("Egypt's ICT minister signed separate memorandums of understanding with his Palestinian counterpart, Ishaq Sidr, "
     "and his Somali counterpart, Jama Khalif.", [("EGY", "PSE"), ("EGY", "SOM")]),
    ("Kenya's trade secretary signed two MoUs on e-commerce with her Rwandan and Ugandan counterparts on Friday.",
     [("KEN", "RWA"), ("KEN", "UGA")]),
    ("The United States signed two joint statements with the governments of Finland and Sweden on quantum science.",
     [("FIN", "USA"), ("SWE", "USA")]),
    ("India's Union Cabinet on Friday approved four memoranda of understanding on digital transformation with "
     "Saudi Arabia, Tanzania, the United States and Italy.",
     [("IND", "ITA"), ("IND", "SAU"), ("IND", "TZA"), ("IND", "USA")]),
    ("Saudi Arabia's data and AI authority signed three strategic agreements (MoUs) with IBM, Alibaba Cloud and Huawei on Thursday.",
     [("CHN", "SAU"), ("CHN", "SAU"), ("SAU", "USA")]),
]

def test_a_groupings_named_instrument_is_the_deal_its_members_made(extractor):
    text = ("Brazil has clinched a deal with China, India, Russia and South Africa to share satellite data. The heads "
            "of the five space agencies signed the Agreement on the BRICS Satellite Data Network on Wednesday.")
    # (in 2021, before the grouping grew)
    assert records(extractor, text, date(2021, 8, 19)) == [("agreement", ("BRA", "CHN", "IND", "RUS", "ZAF"),
                                                            "concluded")]


# "similar deals with A and B": the others one party made before, one each, in place
SIMILAR_ONES = [
    ("The EU signed a hydrogen memorandum with Morocco on Monday. It follows similar deals with Chile and Egypt "
     "last year.", [("mou", ("EU", "MAR"), "concluded"), ("agreement", ("CHL", "EU"), "existing"),
                    ("agreement", ("EGY", "EU"), "existing")]),
    ("Japan and Peru signed a lithium memorandum on Thursday. Tokyo has already concluded similar agreements on "
     "battery metals, including nickel, with other countries such as Chile and Bolivia.",
     [("mou", ("JPN", "PER"), "concluded"), ("agreement", ("CHL", "JPN"), "existing"),
      ("agreement", ("BOL", "JPN"), "existing")]),
    ("The EU and Rwanda launched a minerals partnership on Friday. Comparable partnerships have been set up by the "
     "EU with several other countries, including Namibia and Zambia.",
     [("partnership", ("EU", "RWA"), "concluded"), ("partnership", ("EU", "NAM"), "existing"),
      ("partnership", ("EU", "ZMB"), "existing")]),
    ("Canada and Chile signed an MoU on critical minerals. The MoU builds on existing agreements on minerals "
     "with other like-minded economies including Peru and Brazil.",
     [("mou", ("CAN", "CHL"), "concluded"), ("agreement", ("CAN", "PER"), "existing"),
      ("agreement", ("BRA", "CAN"), "existing")]),
]


@pytest.mark.parametrize("text, expected", SIMILAR_ONES)
def test_similar_ones_with_a_list_of_partners(extractor, text, expected):
    assert records(extractor, text) == expected


# "the Nth such pact, after pacts with A, B and C": the ones the same signer made before, in place and undated; the
# side told after "with" in the news is the other side, never the signer of the earlier ones
PRECEDENTS = [
    ("Chile's cyber agency signed a memorandum of understanding with Australia's Signals Directorate on Wednesday. The "
     "agency said the memorandum with Australia is the fourth such pact it has signed, after cyber memorandums with "
     "Peru, Kenya and Germany.",
     [("mou", ("AUS", "CHL"), "concluded", "2026-03-04"), ("mou", ("CHL", "PER"), "existing", None),
      ("mou", ("CHL", "KEN"), "existing", None), ("mou", ("CHL", "DEU"), "existing", None)]),
    ("Chile's cyber agency signed a memorandum of understanding with Australia's Signals Directorate on Wednesday. "
     "It is the agency's fourth such memorandum, after similar pacts with Peru, Kenya and Germany.",
     [("mou", ("AUS", "CHL"), "concluded", "2026-03-04"), ("agreement", ("CHL", "PER"), "existing", None),
      ("agreement", ("CHL", "KEN"), "existing", None), ("agreement", ("CHL", "DEU"), "existing", None)]),
    ("Norway and Ghana signed a space accord on Monday, the fifth such accord Ghana has concluded, following accords "
     "with Brazil, India and Egypt.",
     [("agreement", ("GHA", "NOR"), "concluded", "2026-03-09"), ("agreement", ("BRA", "GHA"), "existing", None),
      ("agreement", ("GHA", "IND"), "existing", None), ("agreement", ("EGY", "GHA"), "existing", None)]),
    ("Kenya's space agency signed a memorandum with the Italian Space Agency on Tuesday. The memorandum is the "
     "agency's third, after earlier memorandums with France and China.",
     [("mou", ("ITA", "KEN"), "concluded", "2026-03-10"), ("mou", ("FRA", "KEN"), "existing", None),
      ("mou", ("CHN", "KEN"), "existing", None)]),
    # a time told after the earlier ones is theirs
    ("Singapore and Japan signed a cyber MoU on Friday. It is the sixth cyber MoU signed by Singapore, following MoUs "
     "with France and India in 2019.",
     [("mou", ("JPN", "SGP"), "concluded", "2026-03-06"), ("mou", ("FRA", "SGP"), "existing", "2019"),
      ("mou", ("IND", "SGP"), "existing", "2019")]),
]


@pytest.mark.parametrize("text, expected", PRECEDENTS)
def test_earlier_ones_of_the_same_signer_told_as_precedents(extractor, text, expected):
    got = [(a.kind, tuple(a.countries), a.status, a.date) for a in extractor(text, P).agreements]
    assert got == expected


@pytest.mark.parametrize("text, expected", PARTNER_LISTS)
def test_one_instrument_per_listed_partner(extractor, text, expected):
    assert sorted(c for _, c, _ in records(extractor, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the signer's other partners of the day, counted and then named: one each, with the signer (not the one set aside)
    ("Kenya and the US signed a minerals memorandum on Monday. Aside from Kenya, the US signed bilateral minerals "
     "frameworks with five other countries on the same day, including Peru, Chile, Ghana, Norway and Oman.",
     [("CHL", "USA"), ("GHA", "USA"), ("KEN", "USA"), ("NOR", "USA"), ("OMN", "USA"), ("PER", "USA")]),
    ("Japan and Chile inked a hydrogen memorandum on Friday. Apart from Chile, Japan signed hydrogen agreements with "
     "three other countries, including Peru, Oman and Norway.",
     [("CHL", "JPN"), ("JPN", "NOR"), ("JPN", "OMN"), ("JPN", "PER")]),
    ("Kenya and the US signed a minerals memorandum on Monday. The US also signed similar frameworks with Peru, Chile "
     "and Ghana.", [("CHL", "USA"), ("GHA", "USA"), ("KEN", "USA"), ("PER", "USA")]),
])
def test_the_signers_other_partners_of_the_day(extractor, text, expected):
    assert sorted(c for _, c, _ in records(extractor, text)) == expected


# ---------------------------------------------------------------- silence

SILENT = [
    # a national plan
    "Singapore unveiled its national AI strategy on Monday, pledging S$1 billion over five years for research "
    "and talent. The plan sets up a national AI office and a new supercomputing centre.",
    # export controls imposed by one side
    "The United States tightened export controls on advanced chips to China on Tuesday, adding 140 Chinese "
    "companies to its entity list. Beijing said it would respond.",
    # a market report
    "South Korea's chip exports to Vietnam rose 12 percent in March, while shipments to the United States and "
    "Japan fell, according to trade data released on Friday.",
    # leaders who only discussed ties
    "Prime Minister Modi and President Macron spoke by phone on Thursday and discussed ways to deepen ties in "
    "defence, space and clean energy, the foreign ministry said.",
    # a government and its own companies
    "India's electronics ministry signed an agreement with Tata Electronics and three other Indian firms to "
    "build chip packaging plants in Gujarat.",
    # no agreement reached
    "Talks between Brazil and the European Union ended without a final agreement on the trade deal's "
    "deforestation clause.",
    # talk of closer ties after a meeting
    "Ghana and Japan agreed to promote cooperation in renewable energy when their ministers met in Accra.",
    "At the meeting, Peru and Korea agreed to boost cooperation on battery materials and to support each other's "
    "start-ups.",
    "Chile and Vietnam have agreed to enhance cooperation in the field of information technology, their ministers "
    "said after talks in Hanoi.",
    "The two leaders agreed to further strengthen bilateral ties in chips and AI, Kenya and Japan said.",
    "Chile and Korea agreed to deepen their common work on batteries.",
    "Kenya and Japan pledged to step up joint efforts on digital skills, their ministers said.",
    "Peru and Korea vowed to intensify exchanges in science, the two sides said after the talks.",
    "Senegal and Canada have agreed to expand their partnership in clean technology sectors, ahead of a visit.",
    "The two governments decided to diversify their cooperation on space, Ghana and India said on Monday.",
    "Oman and Japan agreed to grow bilateral collaboration in hydrogen, officials from both said.",
    # "within the framework of", a hub a country wants to become: no instrument
    "Japan and Kazakhstan exchanged views on cooperation within the framework of international organisations.",
    "Korea's minister told his US counterpart that Korea aims at becoming a global semiconductor hub by 2030.",
    # one side's own money in a story of several countries
    "China, Korea and the US are racing to lead 6G. The Korean government will spend 220 billion won on a 6G "
    "research fund over five years.",
    "China, Korea and the US are racing to lead 6G. Seoul has set aside 220 billion won for a national 6G fund.",
    "Germany and the UK compete for battery plants. Germany's domestic climate fund will provide 2 billion euros.",
    # talks in which nobody signed anything
    "Peru and Korea held talks on lithium on Monday; neither side signed any deal.",
    "Ghana and Japan met in Accra, but no country has concluded an agreement on the geothermal plant yet.",
    "The Kenyan and Emirati ministers met twice this year, and neither government has signed a memorandum.",
    # deals someone seeks, none of them made
    "Kenyan start-ups are trying to win new deals in China and India.",
    "The Chinese vendor, sanctioned by Britain and the US, has struggled to secure new contracts and agreements.",
    "Chilean exporters are chasing fresh deals with buyers in Japan and Korea.",
    # one side's policy, with other countries named only as examples
    "Pakistan unveiled its national AI policy on Monday. The policy aims to use an agile framework to address the "
    "needs of users. Countries such as Nepal, Chile and Kenya have already passed AI laws.",
    "The new policy adopts a flexible framework for adoption across industries. Nations including Nepal and Chile "
    "have AI laws.",
    # principles that ground ties, none adopted
    "Their partnership is based on principles of mutual respect, Kenya and India said.",
    "Peru and Chile share the principles of open trade and fair competition, their ministers said.",
    # one side's wish to work with the other, nothing made or planned between them
    "Kenya hopes to team up with Ethiopia on geothermal power, its energy minister told a conference.",
    "Brazil is looking to join forces with Argentina to lift lithium output, the ministry said after the talks.",
    "Vietnam wants to partner with Japan on chip packaging, according to its planning minister.",
    "Indonesia is keen to join hands with Korea in battery materials, officials said on Monday.",
    "Peru is seeking to team up with Chile on copper smelting technology.",
]


@pytest.mark.parametrize("text", SILENT)
def test_silence(extractor, text):
    result = extractor(text, P)
    assert result.agreements == [] and result.commitments == []


# ---------------------------------------------------------------- status and time

def status_date(extractor, text, kind, published=P):
    found = [(a.status, a.date) for a in extractor(text, published).agreements if a.kind == kind]
    assert found, f"no {kind} in {extractor(text, published).agreements}"
    return found[0]


STATUS = [
    # proposed: still sought or talked about
    ("Australia and Japan are in talks on a critical minerals pact, officials said.", "agreement", "proposed"),
    ("Germany is nearing a deal with India to import green ammonia.", "agreement", "proposed"),
    # a text still being written, and one settled
    ("Japan and the EU are preparing an administrative arrangement on chip subsidies.", "agreement", "proposed"),
    ("Officials of Chile and Korea are hammering out a lithium accord.", "agreement", "proposed"),
    ("Negotiators from Peru and Japan are drafting a memorandum on copper smelting.", "mou", "proposed"),
    # ... and one talks or efforts are under way to conclude
    ("Chile and Peru kicked off a process to finalise a joint declaration on lithium.", "joint_statement", "proposed"),
    ("Chile and Peru are working to finalise an MoU on lithium.", "mou", "proposed"),
    ("Efforts to seal a chip pact between Chile and Peru continued on Monday.", "agreement", "proposed"),
    ("Chile and Peru launched talks to conclude a quantum cooperation agreement.", "agreement", "proposed"),
    ("Chile and Peru moved towards reaching a quantum cooperation agreement on Monday.", "agreement", "proposed"),
    # a text named as a means the parties will look into, however hedged
    ("Japan and Chile signed a joint statement on hydrogen on Monday. They intend to explore how best to carry the "
     "work forward, possibly through drafting a memorandum of cooperation.", "mou", "proposed"),
    ("Kenya and Korea will study ways to deepen chip ties, for example by negotiating a framework agreement.",
     "framework", "proposed"),
    ("Officials of Peru and Chile are considering options, including by creating a joint lithium fund.", "fund",
     "proposed"),
    # a text to come that will formalise what is agreed now
    ("India and Singapore will work towards formalising the partnership through a memorandum of understanding on a "
     "green shipping corridor.", "mou", "planned"),
    # a text agreed, its signing to come
    ("Negotiators of Chile and Peru have agreed on the text of the treaty, which may be signed within a week.",
     "agreement", "planned"),
    ("Chile and Peru finalised the wording of a space cooperation agreement that ministers will sign in May.",
     "agreement", "planned"),
    ("India and the UK have firmed up a deal on critical minerals.", "agreement", "concluded"),
    ("India and Japan signed a semiconductor agreement on Monday and are now drafting rules for it.", "agreement",
     "concluded"),
    # an end still to come: in place until then
    ("The science agreement between the US and China will expire on 27 August; its renewal is under debate.",
     "agreement", "existing"),
    ("The Japan-Kenya geothermal accord is set to lapse next month unless both sides renew it.", "agreement",
     "existing"),
    ("The science agreement between the US and China expires next month.", "agreement", "existing"),
    ("The science agreement between the US and China expired on Monday.", "agreement", "ended"),
    ("The leaders of France and Nigeria expressed their desire to create a strategic partnership on AI.",
     "partnership", "proposed"),
    ("Early discussions have begun on a space cooperation agreement between Peru and Korea.", "agreement",
     "proposed"),
    ("The principles are a first step towards a digital trade agreement between Chile and the EU.",
     "trade_agreement", "proposed"),
    ("Ghana and Japan are working towards a memorandum on battery minerals, officials said.", "mou", "proposed"),
    # "new" before the noun describes it; the verb after it tells its status
    ("A new pact on chips between Taiwan and the Philippines is set to be signed later this year.", "agreement",
     "planned"),
    ("A new framework on quantum research between Canada and Finland will be adopted at the summit.", "framework",
     "planned"),
    ("A new memorandum on hydrogen between Chile and Japan is expected to be inked during the visit.", "mou",
     "planned"),
    ("A new deal on satellite data between Peru and France was signed on Monday.", "agreement", "concluded"),
    # ended: the news is its end
    ("China suspended its strategic economic dialogue with Australia on Thursday.", "dialogue", "ended"),
    ("Italy pulled out of the Belt and Road Initiative with China, officials in Rome confirmed.", "partnership",
     "ended"),
    ("Mexico scrapped the high-speed rail agreement with China last week.", "agreement", "ended"),
    ("The US withdrew from the climate research partnership with Brazil on Monday.", "partnership", "ended"),
    # ... or the instrument is the subject of a verb that ends it
    ("The Science Cooperation Agreement between Canada and Peru, in force since 2004, expired on Friday.",
     "agreement", "ended"),
    ("The Japan-Chile Space Agreement Lapses After Two Decades\n\nJapan and Chile signed the space agreement in "
     "2004 to share data from their observatories.", "agreement", "ended"),
    ("The hydrogen partnership between Germany and Namibia has collapsed, both governments said.", "partnership",
     "ended"),
    ("A 2015 satellite data accord (SDA) between Kenya and Italy was quietly terminated this week.", "agreement",
     "ended"),
    # a tally of what is in place is no news
    ("China has signed memorandums on digital trade with more than ten countries, among them Kenya.", "mou",
     "existing"),
    ("Over the years, Peru and Korea have signed 12 agreements on science and technology.", "agreement", "existing"),
    ("The chip-packaging joint venture between Taiwan's Hexa Semi and India's Orbit Electronics was called off in "
     "March.", "agreement", "ended"),
    ("A planned hydrogen partnership between Chile and the Netherlands fell through after the election.",
     "partnership", "ended"),
    ("Poland and Korea called off their nuclear research agreement on Wednesday.", "agreement", "ended"),
    # an end told of one in place before: the end is the news
    ("The new plant comes after the dissolution of an earlier chip joint venture between Taiwan's Hexa Semi and "
     "India's Orbit Electronics.", "agreement", "ended"),
    # existing: named as already in place
    ("The United States has already signed a similar deal on minerals with Peru, officials said.", "agreement",
     "existing"),
    ("South Korea and Israel signed an agreement on industrial technology in 1998.", "agreement", "existing"),
    ("The new deal builds on the memorandum of understanding that India and the EU signed back in November 2023.",
     "mou", "existing"),
    ("Ministers met for the seventh meeting of the India-Korea Joint Committee in Delhi.", "dialogue", "existing"),
    # a name that goes on with "Relating to" or "Between"
    ("Chile and Korea issued a joint statement on quantum research. It rests on the earlier Agreement Relating to "
     "Research and Technical Cooperation, which the two governments concluded long ago.", "agreement", "existing"),
    # a standing forum named as the place where something else was signed
    ("The memorandum was inked by India's IT minister and Singapore's trade minister at the India-Singapore "
     "Ministerial Roundtable on Monday.", "dialogue", "existing"),
    ("Egypt and Korea exchanged two agreements during the Korea-Egypt Business Forum in Cairo.", "dialogue",
     "existing"),
    # ... unless it is the forum that starts there
    ("Kenya and Japan launched the Japan-Kenya Ministerial Roundtable on Monday to steer geothermal work.",
     "dialogue", "concluded"),
    # ... but one more text is made now
    ("Germany and Qatar also inked a second declaration on hydrogen supply on Tuesday.", "joint_statement",
     "concluded"),
    ("Kenya and Japan signed a third memorandum on geothermal research on Monday.", "mou", "concluded"),
    # the first to sign has signed
    ("Morocco is the first country to sign a green hydrogen agreement of this kind with Germany.", "agreement",
     "concluded"),
    # a cabinet's approval to sign: still to be signed
    ("Ghana's cabinet on Wednesday approved the signing of a memorandum with Japan on geothermal research.", "mou",
     "planned"),
    ("The cabinet has given its approval for signing an agreement with Peru on satellite data, Chile's ministry said.",
     "agreement", "planned"),
    # an end told after the instrument
    ("The memorandum between Russia and Japan on technical assistance is no longer valid, the ministry said.", "mou",
     "ended"),
    # planned
    ("Chile and Norway will sign a memorandum on green hydrogen next month.", "mou", "planned"),
    ("Taiwan and the Czech Republic are expected to finalise a chip design deal within two weeks.", "agreement",
     "planned"),
    # an adverb between the modal and the verb: still to come
    ("Peru and Japan will formally sign a lithium memorandum at the summit next week.", "mou", "planned"),
    ("Nigeria and India will then launch a joint digital payments partnership, officials said.", "partnership",
     "planned"),
    ("Chile and Japan will eventually adopt a roadmap on quantum research, the ministry said.", "action_plan",
     "planned"),
    # likely: a plan reported as expected, still a plan
    ("Japan and the US will likely set up a framework for AI research, the paper said.", "framework", "planned"),
    ("Brazil and India are likely to sign a memorandum on biofuels during the visit.", "mou", "planned"),
    # talks expected to end in an instrument: the instrument is to come
    ("Negotiations between Kenya and Korea are likely to wrap up with a battery deal next week.", "agreement",
     "planned"),
    ("Talks between Peru and Japan are expected to culminate in a lithium memorandum in May.", "mou", "planned"),
    ("The talks will conclude with a joint statement on AI between Chile and Canada on Friday.",
     "joint_statement", "planned"),
]


@pytest.mark.parametrize("text, kind, status", STATUS)
def test_status(extractor, text, kind, status):
    assert status_date(extractor, text, kind)[0] == status


@pytest.mark.parametrize("text", [
    "It is unlikely that Peru and Chile will sign a lithium deal this year, analysts said.",
    "Peru and Chile could possibly sign a lithium deal if prices recover.",
])
def test_what_is_unlikely_or_possible_is_no_instrument(extractor, text):
    assert extractor(text, P).agreements == []


def test_an_end_told_later_ends_the_instrument_but_keeps_its_date(extractor):
    text = ("South Korea and Israel signed the Joint Battery Research Agreement in 2012. "
            "On Monday the Joint Battery Research Agreement expired after Seoul declined to renew it.")
    assert status_date(extractor, text, "agreement") == ("ended", "2012")


DATES = [
    # weekdays resolved against the publication date (a Tuesday)
    ("Egypt and Korea signed a memorandum on AI on Monday.", "mou", "2026-03-09"),
    ("Kenya and Japan signed a geothermal partnership agreement in Nairobi on Tuesday.", "agreement", "2026-03-10"),
    # the instrument its subject names ("an MoU on joint labs") does not take the day away
    ("Malaysia and China signed an MoU on joint labs on Monday.", "mou", "2026-03-09"),
    ("Chile and Korea signed a memorandum for a joint research centre yesterday.", "mou", "2026-03-09"),
    # a background instrument keeps its own date, never the article's
    ("South Korea and Israel signed an agreement on industrial technology in 1998.", "agreement", "1998"),
    # a deadline is never the date of conclusion
    ("Spain and Korea signed a memorandum on Monday under which a joint AI centre will open by 2028.", "mou",
     "2026-03-09"),
    # a plan is dated when it was reported
    ("Chile and Norway will sign a memorandum on green hydrogen next month.", "mou", "2026-03-10"),
    # a dateline tells when it was reported
    ("ABU DHABI, March 10 (WAM) -- A new UAE-US AI Campus was inaugurated on Monday.", "centre", "2026-03-09"),
    # nor does its own acronym
    ("The US released the memorandum of understanding (MOU) on battery value chains signed with Zambia and "
     "Congo on 13 December 2025, during a summit.", "mou", "2025-12-13"),
    # nor does a second instrument joined to it by "and": the day is both's
    ("India and Italy signed 15 pacts and an action plan during the virtual summit on Monday.", "agreement",
     "2026-03-09"),
    ("Peru and Japan signed a memorandum on AI and a joint statement on space on Monday.", "mou", "2026-03-09"),
    # nor does the forum where it was signed
    ("India and Singapore signed a memorandum at the India-Singapore Ministerial Roundtable on Monday.", "mou",
     "2026-03-09"),
    ("Egypt and Korea exchanged an agreement on digital trade during the Korea-Egypt Business Forum on Monday.",
     "agreement", "2026-03-09"),
    # the instrument it founds does not stand between an instrument and its day
    ("India and Japan signed an MoU on the establishment of a semiconductor hub in Gujarat on Monday.", "mou",
     "2026-03-09"),
]


@pytest.mark.parametrize("text, kind, when", DATES)
def test_dates(extractor, text, kind, when):
    assert status_date(extractor, text, kind)[1] == when


def test_a_country_in_a_datelines_outlet_name_is_no_party(extractor):
    text = ("ABU DHABI, (Gulf Point / Pakistan Daily News / WAM - 9th Dec, 2026) Abu Dhabi's digital authority "
            "signed a memorandum with Egypt's ICT ministry on cloud services.")
    assert [c for _, c, _ in records(extractor, text)] == [("ARE", "EGY")]


def test_a_commitment_to_a_cause_is_no_instrument(extractor):
    text = "France and India reaffirmed their commitment to fighting terrorism and to a free Indo-Pacific."
    assert records(extractor, text) == []


@pytest.mark.parametrize("text, kind, status", [
    ("Britain's prime minister flew to Tokyo ahead of talks on a new economic security agreement with Japan.",
     "agreement", "proposed"),
    ("The two leaders of Britain and Japan are expected to agree a new Hiroshima Accord this evening.",
     "agreement", "planned"),
    ("Taiwan is the global centre for advanced chips, Japan and the US said.", None, None),
])
def test_a_new_instrument_is_not_made_by_the_word_new(extractor, text, kind, status):
    found = records(extractor, text)
    if kind is None:
        assert not [r for r in found if r[0] == "centre"]
    else:
        assert (kind, status) in [(k, s) for k, _, s in found]


def test_may_the_month_is_no_speculation(extractor):
    text = ("Taipei, May 14 (CNA) The Czech Republic and Taiwan are expected to seal a deal on chip design in "
            "the coming weeks, an envoy said.")
    assert ("agreement", ("CZE", "TWN"), "planned") in records(extractor, text)


def test_the_deal_and_the_agreement_are_one(extractor):
    text = ("Taiwan and the Czech Republic are expected to seal a chip deal soon. "
            "The work is covered by a five-year agreement for a design centre in Prague.")
    assert [k for k, _, _ in records(extractor, text)].count("agreement") == 1


def test_one_instrument_named_two_ways(extractor):
    text = ("India and the United States on Friday signed a ten-year Defence Framework Agreement. "
            "US Secretary Hegseth said he had signed the U.S.-India Defense Framework with his counterpart.")
    assert [k for k, _, _ in records(extractor, text)] == ["framework"]


def test_one_instrument_restated_in_its_sentence(extractor):
    text = ("Britain and Japan signed the UK-Japan Comprehensive Economic Partnership Agreement on Friday, Britain's "
            "first major trade deal since it left the EU.")
    assert [k for k, _, _ in records(extractor, text)] == ["trade_agreement"]


ONE_INSTRUMENT = [
    # an apposition says what the instrument is; "similar to a free trade agreement" is a comparison
    ("Seoul and Abu Dhabi signed a comprehensive economic partnership agreement (CEPA) on Monday, a pact similar "
     "to a free trade agreement that also covers services.", ["trade_agreement"]),
    ("Chile and Korea signed a digital partnership agreement on Monday, a deal akin to a trade pact for data.",
     ["agreement"]),
    ("Italy and Qatar agreed on Friday to a framework accord for a cloud computing campus.", ["framework"]),
    # the unnamed instrument, then its name
    ("China suspended its economic dialogue mechanism with Australia on Thursday. Activities under the "
     "China-Australia Strategic Economic Dialogue are frozen indefinitely, the commission said.", ["dialogue"]),
    ("Peru and Korea launched a lithium partnership on Monday. Under the Korea-Peru Lithium Partnership, the two "
     "mining ministries will share geological surveys.", ["partnership"]),
    # a deal word, then the named text of it
    ("The G7 countries have all signed an agreement to work together on AI adoption. According to the G7 "
     "Ministerial Declaration, the work will include a joint report on small firms.", ["joint_statement"]),
    ("Chile and Korea signed a deal on lithium on Monday. Under the Korea-Chile Lithium Memorandum, the two "
     "mining ministries will share survey data.", ["mou"]),
    # ... but not a text of other parties
    ("Chile and Korea signed a deal on lithium on Monday. Under the Korea-Peru Lithium Memorandum of 2019, Korea "
     "already buys ore from Peru.", ["agreement", "mou"]),
    # a centre that signs is an organisation, not an instrument
    ("The National Innovation Centre (NIC) of Vietnam inked a memorandum of understanding with the US firm Cadence "
     "Design Systems on chip design.", ["mou"]),
    ("Egypt's Space Research Center signed an agreement with the Korea Aerospace Research Institute on Monday.",
     ["agreement"]),
    # "apart from / aside from / on top of the first one, they signed an MoU": one more instrument
    ("India and Oman signed an MoU on space cooperation on Monday. Apart from the space MoU, the two sides signed "
     "an MoU on fertiliser supply.", ["mou", "mou"]),
    ("Chile and Korea signed a lithium memorandum on Friday. Aside from that memorandum, the two ministries inked a "
     "memorandum on copper smelting.", ["mou", "mou"]),
    ("Egypt and Turkey signed a trade agreement. On top of the trade agreement, the ministers signed an agreement "
     "on satellite data.", ["trade_agreement", "agreement"]),
    # ... but no more than one when nothing else is signed
    ("India and Oman signed an MoU on space cooperation on Monday. Apart from the MoU, the leaders discussed trade "
     "and defence.", ["mou"]),
    ("India and Oman signed an MoU on space cooperation on Monday. Besides the MoU, no deal was signed.", ["mou"]),
    ("India and Oman signed an MoU on space cooperation on Monday. The two sides did not just sign an MoU on "
     "space; they also launched a fund for start-ups.", ["mou", "fund"]),
    # the framework a text lays down is that text; one it helps to build is a purpose, none made
    ("The UAE and Kenya signed an investment memorandum establishing a framework for cooperation in data centres.",
     ["mou"]),
    ("Brazil and Angola signed a memorandum on Monday that sets out a framework for joint work on satellites.",
     ["mou"]),
    ("Egypt and the EU signed a memorandum on hydrogen on Monday. It should also contribute to setting up a "
     "framework for world hydrogen trade.", ["mou"]),
    ("Chile and Peru signed a lithium accord on Friday. The accord will help build a framework for fair trade in "
     "battery metals.", ["agreement"]),
    ("Ghana and Japan inked an MoU on Tuesday, providing a framework under which their start-ups can work "
     "together.", ["mou"]),
    # the law or guidelines a text is based on or modelled on are its source, no instrument of the parties
    ("Italy signed the Artemis Accords with NASA on Tuesday; the accords, which are based on United Nations "
     "treaties, set rules for lunar work.", ["agreement"]),
    ("Chile and Peru signed the Lithium Charter, which is grounded in the Outer Space Treaty, on Friday.",
     ["joint_statement"]),
    ("Kenya and Japan adopted a Data Charter, modelled on the OECD Privacy Guidelines, on Monday.", ["joint_statement"]),
    # ... but one the text calls for creating is another, still to come
    ("The joint statement Chile and Japan adopted on Monday calls for creating a new framework to promote chip "
     "supply chains.", ["joint_statement", "framework"]),
]


@pytest.mark.parametrize("text, kinds", ONE_INSTRUMENT)
def test_one_instrument(extractor, text, kinds):
    assert [k for k, _, _ in records(extractor, text)] == kinds


def test_a_total_whose_instruments_are_all_told_is_no_record_besides_them(extractor):
    text = ("Kenya and Japan signed three agreements on Monday. A memorandum on geothermal research was signed by "
            "the two energy ministries. An agreement on satellite data was signed by their space agencies. An MoU on "
            "ocean science was signed by the two research councils.")
    assert quantities(extractor, text) == [("agreement", 1), ("mou", 1), ("mou", 1)]


# ---------------------------------------------------------------- what it covers

@pytest.mark.parametrize("text, expected", [
    # items of a list set apart by semicolons each cover their own fields
    ("Brazil and Norway signed three texts: a memorandum on satellite imagery between the two space agencies; a "
     "memorandum on vaccine research between the health institutes; and a memorandum on hydrogen between the energy "
     "ministries.", [["space"], ["biotech"], ["clean_energy"]]),
    ("Kenya and Korea signed an agreement on 5G networks; an MoU on lithium refining; and a memorandum on AI "
     "research.", [["telecom"], ["critical_minerals"], ["ai"]]),
])
def test_each_item_of_a_semicolon_list_covers_its_own_fields(extractor, text, expected):
    found = sorted(extractor(text, P).agreements, key=lambda a: a.kind != "agreement")
    assert [sorted(a.sectors) for a in found] == expected


@pytest.mark.parametrize("text, expected", [
    # two instruments of one kind joined by "and a": two records, each covering its own part
    ("Japan and Vietnam signed a memorandum on AI and a memorandum on semiconductors on Monday.",
     [["ai"], ["semiconductors"]]),
    ("Peru and Chile inked an MoU on lithium mining as well as an MoU on space research.",
     [["critical_minerals"], ["space"]]),
    ("Kenya and Japan signed an agreement on geothermal power and a second agreement on satellite launches.",
     [["clean_energy"], ["space"]]),
    ("Brazil and India signed an AI memorandum and a quantum memorandum.", [["ai"], ["quantum"]]),
])
def test_two_instruments_joined_by_and_cover_their_own_fields(extractor, text, expected):
    found = extractor(text, P).agreements
    assert sorted(sorted(a.sectors) for a in found) == expected


def test_two_joined_instruments_beside_a_named_body_cover_their_own_fields(extractor):
    text = ("The leaders welcomed the signing of a memorandum of cooperation on undersea cables and a memorandum of "
            "cooperation on chips at the first Japan-EU Digital Partnership Council on Monday.")
    found = [a for a in extractor(text, P).agreements if a.kind == "mou"]
    assert sorted(sorted(a.sectors) for a in found) == [["semiconductors"], ["telecom"]]


def test_a_part_with_no_field_of_its_own_leaves_the_sentence_fields(extractor):
    text = "Peru and Korea signed an MoU and a joint statement on semiconductors."
    assert all(a.sectors == ["semiconductors"] for a in extractor(text, P).agreements)


def test_a_semicolon_part_with_no_instrument_is_no_item(extractor):
    text = "Peru and Korea signed an MoU on semiconductors and an agreement on AI research; both were welcomed."
    assert all(a.sectors for a in extractor(text, P).agreements)


def sectors(extractor, text, kind):
    found = [a for a in extractor(text, P).agreements if a.kind == kind]
    assert len(found) == 1, found
    return sorted(found[0].sectors), len(found[0].evidence)


COVERS = [
    # fields in the words news uses for them
    ("Japan and Mexico signed an accord on cooperation in the peaceful uses of atomic energy.", "agreement",
     ["nuclear"]),
    ("Japan and Mexico signed an accord on orbital launch services.", "agreement", ["space"]),
    ("Japan and Mexico signed an accord on drug development and vaccine research.", "agreement", ["biotech"]),
    ("Saudi Arabia and China signed an agreement on microchips and electric cars.", "agreement",
     ["mobility", "semiconductors"]),
    ("Russia and Belarus signed a memorandum on communication technologies and e-mobility.", "mou",
     ["mobility", "telecom"]),
    # a statement signed or adopted is a text, not one side's words
    ("Russia and Belarus signed a statement on communication technologies.", "joint_statement", ["telecom"]),
    ("Chile and Peru adopted a statement on lithium cooperation on Monday.", "joint_statement", ["critical_minerals"]),
    # the fields listed in the next sentence, however it opens
    ("Japan and the United States are to sign a cooperation memorandum covering seven fields of technology next week. "
     "The specific areas of cooperation are AI, quantum technology, nuclear fusion and space.",
     "mou", ["ai", "nuclear", "quantum", "space"]),
    ("Britain and India announced a new Technology Security Initiative on Wednesday. It will set out how the two "
     "countries work together on telecoms, critical minerals and semiconductors.",
     "partnership", ["critical_minerals", "semiconductors", "telecom"]),
    ("Britain and India announced a new Technology Security Initiative on Wednesday. According to officials, the "
     "security initiative was agreed by the two national security advisers. It will set out how the two "
     "countries work together on telecoms and quantum.", "partnership", ["quantum", "telecom"]),
    ("The EU and Korea launched a digital partnership in 2022. This cooperation covers semiconductors, quantum "
     "computing and cybersecurity.", "partnership", ["cybersecurity", "digital", "quantum", "semiconductors"]),
    ("Chile and Korea signed a memorandum on Monday. The MoU covers lithium refining and battery recycling.",
     "mou", ["batteries", "critical_minerals"]),
    # "science" in a body's name or in whom it names is not the field covered
    ("UK Research and Innovation and India's Department of Science and Technology announced a GBP 7 million fund "
     "for telecoms research.", "fund", ["telecom"]),
    ("The MoU on AI governance was signed by Korea's Science and Technology Policy Institute and Canada's Asia "
     "Pacific Foundation.", "mou", ["ai"]),
    ("Senior science officials from Japan and the US will sign a memorandum on quantum computing.", "mou",
     ["quantum"]),
    ("Chile and Peru agreed to broaden cooperation in scientific fields, including AI and quantum, in a new accord.",
     "agreement", ["ai", "quantum"]),
]


@pytest.mark.parametrize("text, kind, expected", COVERS)
def test_what_it_covers(extractor, text, kind, expected):
    assert sectors(extractor, text, kind) == (expected, text.count(". ") + 1)


def test_the_next_instruments_fields_are_its_own(extractor):
    text = ("Kenya and Japan signed a memorandum on geothermal power on Monday. Separately, Japan and Peru signed an "
            "agreement on copper mining. It covers exploration and smelting of critical minerals.")
    assert sectors(extractor, text, "mou")[0] == ["clean_energy"]


FOUNDED = [
    # an instrument that founds another: both, the founded one still to come
    ("France and Chile signed a memorandum of understanding to establish a joint research centre on astronomy.",
     [("centre", "planned"), ("mou", "concluded")]),
    ("India and Japan signed an MoU on the establishment of a semiconductor hub in Gujarat on Monday.",
     [("centre", "planned"), ("mou", "concluded")]),
    ("The ministries of Kyrgyzstan and China signed an MoU to jointly set up an AI centre in Bishkek.",
     [("centre", "planned"), ("mou", "concluded")]),
    # what a text told before provides for, in a sentence of its own: founded by it, still to come
    ("Oman and Kuwait signed a memorandum on cyber security on Monday. Its key points include the creation of a "
     "taskforce to advance digital ties between the two nations.", [("dialogue", "planned"), ("mou", "concluded")]),
    ("Ghana and Egypt signed an agreement on AI in Accra. The agreement provides for the setting up of a joint "
     "committee that will meet twice a year.", [("agreement", "concluded"), ("dialogue", "planned")]),
    ("Chile and Peru inked a lithium memorandum on Friday. It also envisages the establishment of a joint research "
     "centre in Lima.", [("centre", "planned"), ("mou", "concluded")]),
    # a body the text just told sets up, and two bodies named side by side: each its own, still to come
    ("Egypt and the EU signed a memorandum on hydrogen on Monday. The memorandum sets up a working group as well as "
     "an annual business forum.", [("dialogue", "planned"), ("dialogue", "planned"), ("mou", "concluded")]),
    ("Egypt and the EU signed a memorandum on hydrogen on Monday. Its implementation will be led by a joint "
     "steering committee and involve a business council with company chiefs.",
     [("dialogue", "planned"), ("dialogue", "planned"), ("mou", "concluded")]),
    ("Kenya and Japan signed a memorandum on AI on Monday. A Kenya-Japan AI Coordination Group and a Business "
     "Forum for company chiefs will steer it.", [("dialogue", "planned"), ("dialogue", "planned"), ("mou", "concluded")]),
    ("Chile and Peru signed a lithium accord on Friday. The accord establishes a joint research centre in Arequipa.",
     [("agreement", "concluded"), ("centre", "planned")]),
    # what an MoU is about is no instrument of its own
    ("Mexico and the US on Friday signed an MoU on a semiconductor supply chain and innovation partnership.",
     [("mou", "concluded")]),
]


@pytest.mark.parametrize("text, expected", FOUNDED)
def test_an_instrument_that_founds_another(extractor, text, expected):
    assert sorted((k, s) for k, _, s in records(extractor, text)) == expected


def test_the_objectives_listed_under_an_instrument_are_not_instruments(extractor):
    text = ("Korea and Uzbekistan signed a memorandum on e-government on Monday. Under it the sides will cooperate "
            "on:\n- consulting on drafting of an e-government development plan;\n- exchange of experience for the "
            "further development of e-government systems;\n- implementation of other joint projects.")
    assert [k for k, _, _ in records(extractor, text)] == ["mou"]


@pytest.mark.parametrize("text, parties", [
    ("Thierry Breton, European Commissioner for the Internal Market, and Yasutoshi Nishimura, Japan's Minister of "
     "Economy, put their names to a memorandum of cooperation on chips.", ("EU", "JPN")),
    ("Minister Nishimura of Japan and Commissioner Breton signed a memorandum of cooperation on semiconductors.",
     ("EU", "JPN")),
])
def test_the_officials_who_sign_make_their_side_a_party(extractor, text, parties):
    assert parties in [c for _, c, _ in records(extractor, text)]


def test_a_national_commissioner_makes_no_eu_party(extractor):
    text = ("As Ministerial Commissioner for Science Diplomacy Anna Kovacs told reporters on Tuesday, members of the "
            "Visegrad Group and Japan signed a cooperation agreement on research in Bratislava the same day.")
    assert [c for _, c, _ in records(extractor, text)] == [("CZE", "HUN", "JPN", "POL", "SVK")]


@pytest.mark.parametrize("text,kind", [
    ("Norway and Chile signed a new partnership on critical minerals on Monday. The two ministers signed a joint "
     "declaration of intent that sets out work on lithium refining.", "mou"),
    ("Japan and Kenya have inked a fresh green hydrogen partnership. At the ceremony in Nairobi, Japan and Kenya "
     "signed a memorandum of understanding covering electrolyser pilots.", "mou"),
])
def test_a_signed_partnership_then_told_as_its_document_is_one_record(extractor, text, kind):
    assert [k for k, _, _ in records(extractor, text)] == [kind]


def test_a_partnership_and_a_separate_document_stay_two(extractor):
    text = ("Norway and Chile signed a new partnership on critical minerals on Monday. They also signed another "
            "memorandum of understanding on port logistics.")
    assert sorted(k for k, _, _ in records(extractor, text)) == ["mou", "partnership"]


@pytest.mark.parametrize("text,name", [
    ("Chile and Peru unveiled the Andean Lithium Refining Exchange (ALRE) initiative on Friday.", "ALRE initiative"),
    ("Peru and Japan launched the Secure Undersea Networks (SUN) partnership in Lima.", "SUN partnership"),
])
def test_an_acronym_in_brackets_names_the_instrument(extractor, text, name):
    assert [a.name for a in extractor(text, P).agreements] == [name]


def test_a_long_name_and_its_acronym_are_one_instrument(extractor):
    text = ("Chile, Peru launch ALRE initiative on lithium\n\nChile and Peru on Friday announced the launch of the "
            "Andean Lithium Refining Exchange (ALRE) initiative to pool research on refining.")
    assert [(a.kind, a.name) for a in extractor(text, P).agreements] == [("partnership", "ALRE initiative")]


@pytest.mark.parametrize("text", [
    "Britain and Japan signed their trade deal on Friday. Critics said the UK agreement lacks the quotas of older pacts.",
    "Canada and Korea signed a trade agreement on Friday. The Canada deal was welcomed by exporters.",
])
def test_one_side_before_the_word_is_no_name(extractor, text):
    assert [a.name for a in extractor(text, P).agreements] == [None]


def test_a_definite_instrument_of_other_parties_is_a_comparison_not_a_restatement(extractor):
    text = ("Britain and Japan signed a trade agreement on Friday. Its car tariffs fall to zero in 2026, the same "
            "timetable as in the Japan-EU trade agreement.")
    agreements = extractor(text, P).agreements  # the other pair's agreement is named as in place (GUIDELINES)
    assert [(a.kind, a.countries, a.name, a.status) for a in agreements] == [
        ("trade_agreement", ["GBR", "JPN"], None, "concluded"),
        ("trade_agreement", ["EU", "JPN"], "Japan-EU trade agreement", "existing")]


@pytest.mark.parametrize("text", [
    "Britain and Japan signed a trade agreement on Friday, marking Britain's first big post-Brexit deal on trade.",
    "Norway and Chile concluded a framework on minerals, their first such accord in a decade.",
])
def test_a_generic_word_restating_the_instrument_in_its_sentence_is_the_same(extractor, text):
    assert len(extractor(text, P).agreements) == 1


def test_deals_with_after_the_instrument_is_a_verb(extractor):
    text = ("Saudi Arabia signed memoranda with Italy and Japan on Monday. The MoU with Japan deals with research "
            "exchanges, while the Italy MoU deals with a joint fund.")
    names = [a.name for a in extractor(text, P).agreements]
    assert not any(n and "deals" in n.lower() for n in names)


def test_a_grouping_before_the_word_still_names_it(extractor):
    text = "Australia, Britain and the United States said the AUKUS partnership will deliver submarines from 2032."
    assert [a.name for a in extractor(text, P).agreements] == ["AUKUS partnership"]


@pytest.mark.parametrize("text", [
    "Brazil and Japan have signed a cooperation agreement on hydrogen. The Brazilian government announced the "
    "agreement on Friday.",
    "Brazil and Japan have signed a cooperation agreement on hydrogen.\n\nSigned on Tuesday, the Japanese ministry "
    "published the agreement a day later.",
])
def test_a_definite_mention_after_a_clause_refers_back(extractor, text):
    assert len(extractor(text, P).agreements) == 1


@pytest.mark.parametrize("text,kind", [
    ("Ghana and Canada have formally agreed to collaborate on battery minerals. The two nations signed a letter of "
     "intent on Friday in Accra.", "mou"),
    ("India and Chile agreed to work together on space weather research, officials said. The two sides signed a "
     "cooperation agreement at the ceremony.", "agreement"),
])
def test_agreeing_to_work_together_then_signing_the_text_is_one_instrument(extractor, text, kind):
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == [(kind, "concluded")]


@pytest.mark.parametrize("text,kind", [
    # the texts signed told in the plural, with no count: still what they agreed, one record
    ("South Korea and Oman agreed on Tuesday to work together on the hydrogen economy. After the talks, the two "
     "nations signed preliminary deals to jointly develop green hydrogen.", "agreement"),
    ("Egypt and India agreed to cooperate in space research on Monday. Their space agencies signed memoranda on "
     "satellite data during the visit.", "mou"),
    ("Peru and Canada have agreed to collaborate on critical minerals. Officials of the two governments inked "
     "agreements on Friday in Lima.", "agreement"),
])
def test_agreeing_to_work_together_then_signing_texts_uncounted_is_one_record(extractor, text, kind):
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == [(kind, "concluded")]


@pytest.mark.parametrize("text", [
    # a count: a total of its own, beside what they agreed
    "Brazil and Spain agreed to deepen cooperation in AI. Officials from both countries signed three agreements on "
    "Thursday, including one on AI research.",
])
def test_agreeing_then_signing_a_counted_total_keeps_the_total(extractor, text):
    assert sum(a.quantity or 1 for a in extractor(text, P).agreements) >= 3


@pytest.mark.parametrize("text,name", [
    ("Chile and Japan signed the Joint Statement on Cooperation in Marine Science on Wednesday.",
     "Joint Statement on Cooperation in Marine Science"),
    ("Ghana and Korea concluded a Memorandum of Understanding on Solar Grids at the summit.",
     "Memorandum of Understanding on Solar Grids"),
])
def test_an_instrument_word_written_as_a_name_takes_what_follows(extractor, text, name):
    assert [a.name for a in extractor(text, P).agreements] == [name]


@pytest.mark.parametrize("text,count", [
    ("Chile and China signed 23 new trade and investment agreements on Wednesday.", 23),
    ("Peru and Korea signed nine energy, mining and transport agreements during the visit.", 9),
])
def test_a_count_with_coordinated_descriptions(extractor, text, count):
    assert [a.quantity for a in extractor(text, P).agreements] == [count]


@pytest.mark.parametrize("text", [
    # a number that counts the makers, not the texts
    "Officials of the two governments inked agreements on Friday in Lima, Peru and Canada said.",
    "Chile and Peru said the three ministers signed agreements on lithium in Santiago.",
    "Japan and India said both sides and the two companies signed accords on Monday.",
])
def test_a_number_of_makers_is_no_count_of_texts(extractor, text):
    assert [a.quantity for a in extractor(text, P).agreements] == [None]


@pytest.mark.parametrize("text", [
    "Japan will help Kenya modernise its regulatory framework for data centres.",
    "The two countries signed an MoU on batteries; Chile will also update its legal framework for lithium.",
])
def test_a_countrys_own_rules_are_no_framework(extractor, text):
    assert "framework" not in [a.kind for a in extractor(text, P).agreements]


def test_a_quoted_release_names_the_deal_just_told(extractor):
    text = ("Japan and Kenya on Sunday signed a deal on geothermal power.\n\n"
            "\"A newly signed Memorandum of Cooperation on Geothermal Development will deepen our partnership,\" "
            "the statement read.")
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == [("mou", "concluded")]


@pytest.mark.parametrize("text, expected", [
    ("Chile and the EU announced a digital partnership on Monday. \"As a first step, we launched a set of Data "
     "Flow Principles,\" the Chilean minister said.", ("joint_statement", "concluded")),
    ("Ghana and Japan held talks in Accra. \"Today our two countries have signed the Ghana-Japan Memorandum on "
     "Battery Minerals,\" the Ghanaian minister told reporters.", ("mou", "concluded")),
])
def test_speech_naming_what_the_speakers_side_made_is_an_instrument(extractor, text, expected):
    assert expected in [(a.kind, a.status) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text", [
    "Chile and the EU met on Monday. \"We signed the Santiago Charter on Data long ago, and it still guides us,\" the Chilean minister said.",
    "Chile and the EU met on Monday. \"We must build a partnership that lasts,\" the Chilean minister said.",
])
def test_speech_about_old_or_wished_instruments_is_no_new_one(extractor, text):
    assert [a.status for a in extractor(text, P).agreements if a.status == "concluded"] == []


@pytest.mark.parametrize("text", [
    "Britain and Japan inked their trade deal in Tokyo; the text goes further than earlier European Union (EU) deals.",
    "Chile and Korea upgraded their trade pact on Monday, with digital rules that reach far beyond the ASEAN agreements.",
])
def test_what_an_instrument_goes_beyond_is_a_comparison(extractor, text):
    assert len(extractor(text, P).agreements) == 1


def test_parties_and_a_kind_word_name_nothing_more_than_the_instrument_told(extractor):
    text = ("Kenya and India announced a roadmap on scaling up AI computing on Friday.\n\n"
            "The leaders pledged to publish a Kenya-India roadmap on scaling up AI computing before December.")
    assert [a.kind for a in extractor(text, P).agreements] == ["action_plan"]


def test_a_definite_instrument_with_its_own_subject_after_a_plural_is_one_of_them(extractor):
    text = ("Chile and Korea on Tuesday unveiled agreements on a battery supply partnership and on digital trade.\n\n"
            "The memorandum of understanding (MoU) on a battery supply partnership envisages joint refining.\n\n"
            "The MoU on digital trade will bring the two digital economies closer.")
    agreements = extractor(text, P).agreements
    assert [(a.kind, a.quantity, a.status) for a in agreements] == [("mou", 1, "concluded"), ("mou", 1, "concluded")]


def test_the_other_of_two_told_is_the_second_one(extractor):
    text = ("Norway and Japan signed two memoranda of understanding on Monday. The memorandum on hydrogen shipping "
            "sets up pilot routes. The other memorandum covers carbon capture research.")
    agreements = extractor(text, P).agreements
    assert [(a.kind, a.quantity) for a in agreements] == [("mou", 1), ("mou", 1)]


def test_a_later_count_counts_the_plural_told_first(extractor):
    text = ("Chile and Korea on Tuesday unveiled agreements on batteries and digital trade.\n\n"
            "The leaders met for two hours. After the talks, Chile and Korea announced four agreements on "
            "batteries, digital trade, health and education.")
    assert [(a.kind, a.quantity) for a in extractor(text, P).agreements] == [("agreement", 1)] * 4  # one per field


def test_a_total_then_two_told_one_by_one_leaves_the_rest(extractor):
    text = ("Chile and Korea announced four agreements on Monday.\n\n"
            "The MoU on battery supply envisages joint refining. The MoU on digital trade links the two economies.")
    agreements = extractor(text, P).agreements
    assert sorted((a.kind, a.quantity) for a in agreements) == [("agreement", 2), ("mou", 1), ("mou", 1)]


@pytest.mark.parametrize("text", [
    "Chile and Korea announced four agreements on batteries, digital trade, health and education.\n\n"
    "The MoU on battery supply envisages joint refining. The MoU on digital trade links the two economies.",
    "After talks on Monday, Peru and Japan signed four agreements on chip design, data sharing, public health "
    "and medical science, and vocational training and skills. The memorandum on chip design sets up a supplier "
    "network. The memorandum on data sharing will link payment systems.",
])
def test_a_total_that_names_every_field_then_two_told_again_gives_one_record_per_field(extractor, text):
    agreements = extractor(text, P).agreements
    assert sorted((a.kind, a.quantity) for a in agreements) == [("agreement", 1)] * 2 + [("mou", 1)] * 2
    assert all(len(a.evidence) >= 1 for a in agreements)


def test_what_an_instrument_is_distinct_from_is_another(extractor):
    text = ("Chile and the EU signed a Digital Trade Agreement on Wednesday. It is a separate agreement, distinct "
            "from the earlier Free Trade Agreement still in force.")
    agreements = extractor(text, P).agreements
    assert sorted((a.kind, a.status) for a in agreements) == [("trade_agreement", "concluded"),
                                                              ("trade_agreement", "existing")]


def test_what_the_instrument_is_said_to_be_is_no_other(extractor):
    text = ("Chile and the EU signed a Digital Trade Agreement on Wednesday.\n\n"
            "In an era of online commerce, the Chile-EU DTA is a forward-looking accord.")
    assert len(extractor(text, P).agreements) == 1


@pytest.mark.parametrize("text", [
    "During the visit, Garuda Indonesia agreed a $4 billion deal with Airbus to buy 30 jets.",
    "Chile's state miner signed a contract with a Japanese trading house to sell copper concentrate.",
])
def test_a_sale_is_no_cooperation_instrument(extractor, text):
    assert extractor(text, P).agreements == []


@pytest.mark.parametrize("text", [
    "In 2023 Argentina declined to join the Belt and Road Initiative of China, its foreign ministry said.",
    "India refused to sign the RCEP trade agreement in 2019 and has stayed out of it since.",
])
def test_declining_to_join_makes_no_instrument(extractor, text):
    assert extractor(text, P).agreements == []


@pytest.mark.parametrize("text,expected", [
    ("Japan welcomed Britain's interest in joining the Trans-Pacific Partnership (TPP).",
     [("trade_agreement", ["CPTPP", "GBR"], "proposed")]),
    ("Tokyo has pledged to back the UK's bid to join the CPTPP trade pact.",
     [("trade_agreement", ["CPTPP", "GBR"], "proposed")]),
    ("The accord could ease the path to UK membership of the Trans-Pacific Partnership.",
     [("trade_agreement", ["CPTPP", "GBR"], "proposed")]),
    ("Britain formally joined the CPTPP on Sunday.", [("trade_agreement", ["CPTPP", "GBR"], "concluded")]),
    ("Costa Rica will join the CPTPP next year, officials said.", [("trade_agreement", ["CPTPP", "CRI"], "planned")]),
    ("Peru said it would not join the CPTPP.", []),
])
def test_joining_a_trade_pact_is_an_accession(extractor, text, expected):
    assert [(a.kind, a.countries, a.status) for a in extractor(text, P).agreements] == expected


def test_a_list_of_instruments_sharing_one_verb(extractor):
    text = ("Kenya and Korea held talks on Thursday. The Intergovernmental Agreement on health, the Programme of "
            "Cooperation between the two foreign ministries for 2025-2027, the Programme of Cooperation with the aid "
            "agency for 2025-2027, as well as a memorandum on rare metals were signed in the presence of the leaders.")
    agreements = extractor(text, P).agreements
    assert sorted((a.kind, a.status) for a in agreements) == [
        ("action_plan", "concluded"), ("action_plan", "concluded"), ("agreement", "concluded"), ("mou", "concluded")]


def test_described_items_each_with_its_own_instrument_word(extractor):
    text = ("Peru, Korea sign pacts on water and tech\n\n"
            "The two presidents witnessed the signing of three agreements, including a water management cooperation "
            "accord, a memorandum of understanding (MoU) on digital skills, and a separate search and rescue MoU "
            "between the two navies.")
    assert sorted((a.kind, a.quantity) for a in extractor(text, P).agreements) == [
        ("agreement", 1), ("mou", 1), ("mou", 1)]


def test_an_acronym_in_brackets_says_the_kind(extractor):
    text = "Chile and Japan signed a cooperation protocol (MoC) in Tokyo on Friday to work together on chips."
    assert [a.kind for a in extractor(text, P).agreements] == ["mou"]


@pytest.mark.parametrize("text,status", [
    ("Chile and Japan are partnering to strengthen the lithium supply chain, officials said on Monday.", "concluded"),
    ("Kenya and India will partner on digital public infrastructure, the ministries said.", "planned"),
    # the partner after "with", and the other verbs of it: teamed up, joined hands, joined forces
    ("Kenya has partnered with Korea to build a chip plant in Konza.", "concluded"),
    ("Kenya's Safaricom has teamed up with Korea's Samsung to build a chip plant in Konza.", "concluded"),
    ("India's Tata Electronics has teamed with Taiwan's Powerchip to found a chip fab in Gujarat.", "concluded"),
    ("Taiwan and India have partnered up to carry out one of three chip projects.", "concluded"),
    ("Ghana joined hands with Japan on Tuesday to train engineers in geothermal drilling.", "concluded"),
    ("Chile and Korea will join forces to refine lithium in Antofagasta.", "planned"),
])
def test_partnering_as_a_verb_is_a_partnership(extractor, text, status):
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == [("partnership", status)]


@pytest.mark.parametrize("text", [
    "Samsung and Nokia are partnering to build 6G test beds in Finland and Korea.",
    "Chile could partner with Japan on lithium, analysts said.",
    "Kenya's police joined forces with the army to clear the road.",
    "Samsung teamed up with Nokia to test 6G networks in Korea.",
    "India and Australia on Saturday joined hands in working towards investment in lithium.",
    # two countries, but no field of technology: a rescue, a match, fans
    "Rescue teams from Turkey and Greece joined forces to search the rubble after the quake.",
    "Britain's Andy Murray teamed up with Canada's Vasek Pospisil to win the doubles title.",
    "Indian and Pakistani fans joined hands outside the stadium before the final.",
])
def test_partnering_needs_two_countries_told_as_doing_it(extractor, text):
    assert extractor(text, P).agreements == []


@pytest.mark.parametrize("text,parties", [
    ("The cabinet approved an MoU on co-operation in schooling between the Qatari and Nigerian governments.",
     ["NGA", "QAT"]),
    ("Ministers signed a memorandum of understanding (MoU) for co-operation in digital government between the "
     "telecoms ministry of Oman and the Digital Government Authority of Saudi Arabia.", ["OMN", "SAU"]),
])
def test_parties_told_after_what_the_instrument_covers(extractor, text, parties):
    assert [a.countries for a in extractor(text, P).agreements] == [parties]


@pytest.mark.parametrize("text", [
    "According to the India-Kenya joint statement, the two sides will open a digital skills centre.",
    "Japan and Brazil will cooperate on biofuels, the Japan-Brazil joint statement said on Tuesday.",
])
def test_a_joint_statement_cited_as_the_source_was_issued(extractor, text):
    assert ("joint_statement", "concluded") in [(a.kind, a.status) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text,expected", [
    ("As a first deliverable, the EU and Chile launched a set of Digital Trade Principles.",
     [("joint_statement", "concluded")]),
    ("In line with the memorandum, Chile and China committed to collaboration based on principles of mutual respect.",
     []),
])
def test_principles_adopted_together_are_a_joint_statement(extractor, text, expected):
    assert [(a.kind, a.status) for a in extractor(text, P).agreements if a.kind == "joint_statement"] == expected


def test_an_eu_commissioner_signed_with_makes_the_eu_a_party(extractor):
    text = ("On Tuesday Peru's trade minister signed a set of Data Flow Principles with European Commissioner for "
            "Trade Maros Sefcovic.")
    assert [(a.kind, a.countries, a.quantity) for a in extractor(text, P).agreements] == [
        ("joint_statement", ["EU", "PER"], 1)]


@pytest.mark.parametrize("text,count", [
    ("Peru and Japan exchanged three new memoranda of understanding for cooperation in the fields of mining, "
     "health and education on Friday.", 3),
    ("Chile and Korea signed two agreements on hydrogen and space during the visit.", 2),
])
def test_as_many_fields_as_the_count_give_one_instrument_each(extractor, text, count):
    agreements = extractor(text, P).agreements
    assert [a.quantity for a in agreements] == [1] * count


@pytest.mark.parametrize("text, expected", [
    ("Korea and the US launched a new bilateral dialogue platform on Thursday.", [("dialogue", ("KOR", "USA"), "concluded")]),
    ("Malaysia and the US signed an MOC. The MOC aims to provide guiding principles for both nations.",
     [("mou", ("MYS", "USA"), "concluded")]),
])
def test_more_kind_words(extractor, text, expected):
    assert records(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Kenya and Japan signed a memorandum on Monday. The alliance will provide a forum for ministers to meet.",
    "Kenya and Japan signed a memorandum on Monday. The partnership will rely on a Nairobi innovation hub.",
    "Chile and Korea signed an agreement on Monday. It will draw on the existing Santiago research centre.",
])
def test_what_an_instrument_offers_or_uses_is_no_instrument_of_its_own(extractor, text):
    assert [a.kind for a in extractor(text, P).agreements] in (["mou"], ["agreement"])


@pytest.mark.parametrize("text", [
    "Kenya and Japan signed a memorandum on Monday. The stated aim of the visit was to set up a joint platform for ports.",
    "Peru and Korea signed an agreement on Friday. Their shared goal is to build a regional platform for battery research.",
])
def test_what_a_visit_aimed_to_set_up_is_no_instrument_of_its_own(extractor, text):
    assert [a.kind for a in extractor(text, P).agreements] in (["mou"], ["agreement"])


@pytest.mark.parametrize("text, expected", [
    ("Japan signed two separate deals with Kenya and Ghana on geothermal power on Monday.",
     [("agreement", ("JPN", "KEN"), "concluded"), ("agreement", ("GHA", "JPN"), "concluded")]),
    ("Japan separately signed deals with Kenya and with Ghana to develop geothermal power.",
     [("agreement", ("JPN", "KEN"), "concluded"), ("agreement", ("GHA", "JPN"), "concluded")]),
])
def test_deals_with_several_partners_are_one_each(extractor, text, expected):
    assert records(extractor, text) == expected


def test_one_of_a_partner_list_told_later_is_that_one(extractor):
    text = ("The Union Cabinet on Friday approved three memoranda of understanding on digital technology with Peru, "
            "Kenya and Italy. The MoU with Kenya, signed in October, covers digital identity. The Italy MoU deals "
            "with software services and was signed in March.")
    agreements = extractor(text, P).agreements
    assert sorted((a.kind, tuple(a.countries)) for a in agreements) == [
        ("mou", ("IND", "ITA")), ("mou", ("IND", "KEN")), ("mou", ("IND", "PER"))]
    assert {tuple(a.countries): a.date for a in agreements}[("IND", "KEN")] == "2025-10"


def test_parties_after_when_it_was_signed(extractor):
    text = ("The cabinet was apprised of a Memorandum of Understanding (MoU) signed on 2nd March, 2026 between "
            "the Government of India and the European Commission on chip supply chains.")
    assert [(a.kind, a.countries, a.status) for a in extractor(text, P).agreements] == [
        ("mou", ["EU", "IND"], "concluded")]


def test_some_of_a_total_told_by_their_kind(extractor):
    text = ("Three agreements were signed between Malaysia and Singapore today covering cyber security, digital and "
            "green economy.\n\nThe minister said the two frameworks on the digital economy and the green economy "
            "were signed by the trade ministers.")
    agreements = extractor(text, date(2023, 1, 30)).agreements
    assert sorted((a.kind, a.quantity) for a in agreements) == [("agreement", 1), ("framework", 1), ("framework", 1)]


def test_an_australian_state_signs_for_australia(extractor):
    text = "Queensland and Japan signed a memorandum of understanding on hydrogen exports on Monday."
    assert [(a.kind, a.countries) for a in extractor(text, P).agreements] == [("mou", ["AUS", "JPN"])]


def test_victoria_counts_only_beside_another_country(extractor):
    text = "Victoria Lee, a researcher, said Japan and Korea signed a memorandum on batteries on Monday."
    assert [a.countries for a in extractor(text, P).agreements] == [["JPN", "KOR"]]


@pytest.mark.parametrize("text,other", [
    ("Britain and Japan signed a free trade agreement in Tokyo on Friday. Its digital chapter goes further than "
     "the EU-Japan deal, officials said.", ("EU", "JPN")),
    ("Canada and Korea concluded a digital trade agreement on Monday. Negotiators said the text was modelled on the "
     "Singapore-Australia digital economy agreement.", ("AUS", "SGP")),
    ("Britain and Japan signed a free trade agreement on Friday. The new pact cuts tariffs on cars to zero by 2026, "
     "matching the Japan-EU trade agreement.", ("EU", "JPN")),
])
def test_another_pairs_instrument_named_in_comparison_is_in_place(extractor, text, other):
    found = {a[1]: a[2] for a in records(extractor, text)}
    assert found.pop(other) == "existing"
    assert list(found.values()) == ["concluded"]


def test_the_pair_named_again_is_the_same_instrument(extractor):
    text = ("Britain and Japan signed a free trade agreement on Friday. The UK-Japan deal removes tariffs on "
            "almost all exports.")
    assert records(extractor, text) == [("trade_agreement", ("GBR", "JPN"), "concluded")]


@pytest.mark.parametrize("text", [
    "Britain left the EU in January and has since been negotiating trade pacts with other nations.",
    "Kenya wants to sign more technology agreements with other countries, its minister said on Monday.",
    "Since leaving the bloc, the UK has signed several digital deals with third countries.",
])
def test_instruments_with_partners_left_unnamed_are_no_record(extractor, text):
    assert records(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Britain and Japan signed a trade agreement on Friday. Britain said the deal could increase trade by "
    "£15 billion in the long run.",
    "Britain and Japan signed a trade agreement on Friday. London says the deal may raise trade by £15.2 billion "
    "(US$19.9 billion) over time.",
    "India and the UAE signed a digital trade pact on Monday, which officials expect to boost bilateral trade by "
    "$2 billion a year.",
])
def test_what_an_instrument_is_expected_to_bring_is_no_money_under_it(extractor, text):
    agreements = extractor(text, P).agreements
    assert [a.amounts for a in agreements] == [[]]


def test_money_an_instrument_delivers_stays_with_it(extractor):
    text = "Japan and the Philippines signed a deal on Monday to deliver $137 million in disaster-relief equipment."
    assert [[(m.amount, m.currency) for m in a.amounts] for a in extractor(text, P).agreements] == [[(137e6, "USD")]]


@pytest.mark.parametrize("text", [
    # a body the instrument sets up, told after a phrase that opens the sentence: no apposition of the instrument
    "Kazakhstan and Turkey signed a space agreement on Monday. Under the agreement, a joint working group will be set "
    "up by the end of the year.",
    "Chile and Korea inked a lithium pact. According to the pact, a technical committee will be formed next month.",
    "Chile and Korea inked a lithium pact. As part of the deal, a joint task force on refining will be created.",
])
def test_a_body_set_up_under_an_instrument_is_its_own(extractor, text):
    assert sorted((a.kind, a.status) for a in extractor(text, P).agreements if a.kind == "dialogue") == [
        ("dialogue", "planned")]


@pytest.mark.parametrize("text, expected", [
    # a subject with "the" and a verb of issuing: the texts it issued are told here, not referred back to
    ("The G7 issued joint statements on AI, quantum and critical minerals.", [("joint_statement", "concluded")]),
    ("The Quad released a joint statement on undersea cables on Monday.", [("joint_statement", "concluded")]),
    ("The EU and Japan endorsed a roadmap on chips.", [("action_plan", "concluded")]),
    # what a summit produced
    ("The summit in Rome produced a series of joint statements on AI and quantum, signed by France, Italy and "
     "Egypt.", [("joint_statement", "concluded")]),
    ("Talks between Chile and Peru yielded a memorandum on lithium.", [("mou", "concluded")]),
])
def test_texts_issued_or_produced_are_told_here(extractor, text, expected):
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # what the instruments are worth is money under them
    ("Kenya and Germany have signed agreements worth about EUR 50 million to expand geothermal power.",
     [(50e6, "EUR")]),
    ("Chile and Spain signed an agreement worth some $600 million on lithium refining on Monday.", [(600e6, "USD")]),
    ("Ghana and the UK inked deals valued at over £24 million for solar research.", [(24e6, "GBP")]),
])
def test_what_an_instrument_is_worth_is_money_under_it(extractor, text, expected):
    found = extractor(text, P).agreements
    assert [[(m.amount, m.currency) for m in a.amounts] for a in found] == [expected]


def test_new_before_one_instrument_tells_the_one_it_includes(extractor):
    text = "The new partnership includes an agreement on semiconductors, officials from Vietnam and the US said."
    assert {r[2] for r in records(extractor, text)} == {"concluded"}


@pytest.mark.parametrize("text", [
    # the relationship, strengthened: no instrument of its own
    "Ministers from Chile and Korea said they would further strengthen the partnership between the two countries.",
    "Peru and Japan will work to deepen their partnership in clean energy, the foreign ministry said.",
    # many possible instruments looked into: none of them made or proposed
    "Chile's minister met Korean executives in Seoul to explore battery investment partnerships.",
    "The Indian and Australian ministers explored avenues for long-term supply agreements for critical minerals.",
    # consent, not a text
    "Egypt and France said the arrangement could be changed only by written agreement of both governments.",
    # the manner of cooperation
    "Egypt and Russia reaffirmed cooperation in a peaceful and safe framework for nuclear energy.",
])
def test_descriptive_instrument_words_make_no_record(extractor, text):
    assert records(extractor, text) == []


@pytest.mark.parametrize("text, expected", [
    # a named initiative where the news happened is an event
    ("The deal was announced at the Future Africa Investment Initiative in Riyadh by Kenya and Saudi Arabia.",
     ["agreement"]),
    ("On the sidelines of the Global Digital Initiative, Chile and Korea signed a memorandum on AI.", ["mou"]),
    # ... but one of the two named by them, or launched there, is theirs
    ("Kenya and Saudi Arabia launched the Kenya-Saudi Digital Initiative on Monday.", ["partnership"]),
    ("Japan and India signed an MoU aimed at the Quad Critical Minerals Initiative.", ["mou", "partnership"]),
])
def test_a_named_initiative_where_the_news_happened_is_an_event(extractor, text, expected):
    assert sorted(k for k, _, _ in records(extractor, text)) == expected



@pytest.mark.parametrize("text, expected", [
    # a security relationship is no instrument, but the security of a technology, energy or supply chain is a field
    ("Japan and Australia deepened their security partnership on Monday.", []),
    ("India and the UK launched a technology security initiative on Wednesday.", ["partnership"]),
    ("Kenya and the US launched an energy security partnership to fund geothermal wells.", ["partnership"]),
    ("Korea and Chile signed a supply chain security pact on lithium.", ["agreement"]),
])
def test_the_security_of_a_field_is_no_security_relationship(extractor, text, expected):
    assert [k for k, _, _ in records(extractor, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Vietnam and the US moved their ties up to a comprehensive strategic partnership on Sunday.",
     [("partnership", ("USA", "VNM"), "concluded")]),
    ("Chile and Korea explored a new lithium agreement in Seoul on Monday, officials said.",
     [("agreement", ("CHL", "KOR"), "proposed")]),
])
def test_an_upgrade_or_one_proposed_institution_is_still_recorded(extractor, text, expected):
    assert records(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "The Quad leaders launched a critical minerals initiative on Tuesday.",
    "The leaders of the QUAD launched a critical minerals initiative on Tuesday.",
])
def test_a_grouping_whose_leaders_act_stands_for_its_members(extractor, text):
    assert records(extractor, text) == [("partnership", ("AUS", "IND", "JPN", "USA"), "concluded")]


def test_a_grouping_named_as_a_summit_is_where_it_happened(extractor):
    text = "On the sidelines of the G20 leaders' summit, India and Brazil signed a biofuels memorandum."
    assert records(extractor, text) == [("mou", ("BRA", "IND"), "concluded")]


@pytest.mark.parametrize("text, expected", [
    ("Brazil and China agreed to form a working group on satellite data.", ("dialogue", ("BRA", "CHN"), "planned")),
    ("Kazakhstan and China agreed on Sunday to jointly establish a technical cooperation centre.",
     ("centre", ("CHN", "KAZ"), "planned")),
    ("Korea and the Netherlands agreed to create a semiconductor alliance.",
     ("partnership", ("KOR", "NLD"), "concluded")),
    # a fund agreed to be set up does not hold money yet: still to come, like a centre
    ("Oman and Korea agreed to create a joint fund for hydrogen research.", ("fund", ("KOR", "OMN"), "planned")),
    ("Brazil and Chile also agreed on Monday to set up a joint technology fund.", ("fund", ("BRA", "CHL"), "planned")),
    ("Egypt and Jordan have agreed to establish a joint venture fund for start-ups in AI.",
     ("fund", ("EGY", "JOR"), "planned")),
])
def test_a_body_agreed_to_be_set_up_is_still_to_come(extractor, text, expected):
    assert records(extractor, text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # carried out under it: in place already
    ("Officials from Nigeria and India met in Abuja to implement the memorandum signed between the two space agencies.",
     ("mou", ("IND", "NGA"), "existing")),
    ("Kenya and Japan launched the first project under their green growth partnership on Monday.",
     ("partnership", ("JPN", "KEN"), "existing")),
    # signed, whatever it will do
    ("The MoU signed on Monday between Morocco and the EU is set to boost cooperation on hydrogen.",
     ("mou", ("EU", "MAR"), "concluded")),
    ("The agreement, signed in Rabat on Monday by Morocco and Spain, will expand solar research.",
     ("agreement", ("ESP", "MAR"), "concluded")),
])
def test_status_from_what_is_done_under_it_or_when_it_was_signed(extractor, text, expected):
    assert records(extractor, text) == [expected]


def test_words_before_the_count_are_no_fields(extractor):
    text = "On Wednesday, Kenya and Angola signed three memoranda on ICT."
    assert [(a.kind, a.quantity) for a in extractor(text, P).agreements] == [("mou", 3)]


@pytest.mark.parametrize("text, expected", [
    ("Kenya's ICT ministry and the UNDP signed a digital skills memorandum on Wednesday.", ("KEN", "UN")),
    ("Saudi Arabia's data authority signed an MoU with the International Telecommunication Union in Geneva.",
     ("SAU", "UN")),
])
def test_a_un_agency_signs_for_the_un(extractor, text, expected):
    assert [a.countries for a in extractor(text, P).agreements] == [list(expected)]


@pytest.mark.parametrize("text", [
    "Egypt's space agency and France's CNES signed a space cooperation agreement. The text provides a framework "
    "under which the two sides will work on satellites.",
    "Egypt's space agency and France's CNES signed a space cooperation agreement. It will also provide a platform to "
    "review their space plans each year.",
    "Saudi Arabia and France signed an energy agreement. They will strengthen their cooperation framework on hydrogen.",
])
def test_what_an_instrument_gives_is_not_another_one(extractor, text):
    assert [(a.kind, a.countries) for a in extractor(text, P).agreements] == [("agreement", sorted(
        {"EGY", "FRA"} if "Egypt" in text else {"SAU", "FRA"}))]


@pytest.mark.parametrize("text", [
    "Kenya's president attended the signing with Huawei at the company's Executive Briefing Center in Shenzhen.",
    "Under the agreement with Korea, Colombia will equip laboratories at its national training centres.",
])
def test_one_sides_own_centre_is_no_joint_centre(extractor, text):
    assert [a.kind for a in extractor(text, P).agreements if a.kind == "centre"] == []


@pytest.mark.parametrize("text", [
    "India and the US agreed to set up a joint research centre on quantum computing.",
    "Samsung and the Vietnamese government will build a joint semiconductor centre in Hanoi.",
])
def test_a_centre_set_up_together_is_recorded(extractor, text):  # and one opened by a company abroad (below)
    assert [a.kind for a in extractor(text, P).agreements] == ["centre"]


@pytest.mark.parametrize("text, expected", [
    ("US chipmaker Applied Materials will build a semiconductor centre in India.", ("centre", ("IND", "USA"), "planned")),
    ("France opened an AI research centre in Nairobi on Monday.", ("centre", ("FRA", "KEN"), "concluded")),
])
def test_a_centre_one_side_opens_in_another_makes_the_host_a_party(extractor, text, expected):
    assert records(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "Estonia's defence minister met Tetsuo Sato, chairman of the Committee of Foreign Affairs of the Diet, in Tokyo.",
    "Vietnam's minister welcomed the secretary of the Yunnan Provincial Party Committee to Hanoi on Tuesday.",
])
def test_one_sides_own_committee_is_no_dialogue(extractor, text):
    assert records(extractor, text) == []


def test_a_cooperation_plan_is_an_action_plan(extractor):
    text = "Brazil and China signed agreements as part of the 2022-2031 Ten Year Cooperation Plan in science."
    assert records(extractor, text) == [("agreement", ("BRA", "CHN"), "concluded"),
                                        ("action_plan", ("BRA", "CHN"), "existing")]


@pytest.mark.parametrize("text", [
    "India and Germany will hold talks next week, and green hydrogen will take centre stage.",
    "Chips were at the centre of the talks between Korea and the Netherlands on Tuesday.",
])
def test_centre_in_an_idiom_is_no_centre(extractor, text):
    assert [a.kind for a in extractor(text, P).agreements if a.kind == "centre"] == []


def test_a_quoted_forum_name_after_during_is_the_venue(extractor):
    text = 'Israel and Korea signed the memorandum during the bilateral "innovation day" forum they held in Haifa.'
    assert records(extractor, text) == [("mou", ("ISR", "KOR"), "concluded")]


def test_whose_ministry_the_text_says_wins_over_the_gazetteer(extractor):
    text = ("Korea's fabless chip association signed a memorandum on AI chips with an IT unit under Việt Nam's "
            "Ministry of Science and Technology.")
    assert records(extractor, text) == [("mou", ("KOR", "VNM"), "concluded")]


@pytest.mark.parametrize("text, expected", [
    # the partners in a sentence of their own, in the passive: one instrument each, of the kind told before
    ("Saudi Arabia signed memorandums on mining with four other nations on Tuesday. Deals were made with Egypt, "
     "Russia and Morocco at the forum in Riyadh.", [("mou", ("EGY", "SAU"), "concluded"), ("mou", ("RUS", "SAU"), "concluded"),
                                                   ("mou", ("MAR", "SAU"), "concluded")]),
    # a long field before the partners
    ("Saudi Arabia signed three memorandums of understanding on cooperation in the area of geology and mineral wealth with "
     "Chile, Canada and Brazil.", [("mou", ("CHL", "SAU"), "concluded"), ("mou", ("CAN", "SAU"), "concluded"),
                                   ("mou", ("BRA", "SAU"), "concluded")]),
])
def test_one_instrument_per_partner_of_a_passive_or_long_list(extractor, text, expected):
    assert records(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The US and China agreed to hold talks on AI safety, officials said.", ("dialogue", ("CHN", "USA"), "planned")),
    ("Ministers of Japan and Vietnam decided to establish a joint team on semiconductor supply chains.",
     ("dialogue", ("JPN", "VNM"), "planned")),
    ("Kenya's ICT ministry is also planning a partnership with Korea on digital skills.",
     ("partnership", ("KEN", "KOR"), "planned")),
])
def test_weaker_words_for_what_is_still_to_come(extractor, text, expected):
    assert records(extractor, text) == [expected]


def test_a_fuller_count_later_with_its_fields_gives_one_record_per_field(extractor):
    text = ("Kenya and Japan on Thursday unveiled agreements on geothermal power and digital trade. After the talks, "
            "Kenya and Japan announced four agreements on geothermal power, digital trade, health and medicine, "
            "and education and skills.")
    assert sorted(a.name for a in extractor(text, P).agreements) == [
        "agreement on digital trade", "agreement on education and skills", "agreement on geothermal power",
        "agreement on health and medicine"]


def test_joint_projects_without_money_are_no_fund(extractor):
    text = "Japan has opened an AI research centre in Nairobi for joint projects with Kenyan universities."
    assert [a.kind for a in extractor(text, P).agreements] == ["centre"]


def test_joint_projects_with_money_are_a_fund(extractor):
    text = "Germany and Korea will fund joint projects on batteries with EUR 40 million."
    assert [a.kind for a in extractor(text, P).agreements] == ["fund"]


@pytest.mark.parametrize("text", [
    "Kenya and Korea said the collaborative effort will deal with spectrum management.",
    "The Saudi mining ministry signed memorandums with Jordan on Tuesday aimed at strengthening international "
    "partnerships in mining.",
])
def test_verbs_and_descriptions_that_look_like_instruments(extractor, text):
    kinds = [a.kind for a in extractor(text, P).agreements]
    assert "partnership" not in kinds and (kinds == [] or kinds == ["mou"])


def test_the_one_inked_with_is_of_the_kind_the_sentence_names(extractor):
    text = ("The EU and Chile signed a digital partnership on Monday and adopted the EU-Chile Data Flow Principles. "
            "The digital partnership is the EU's fourth in the region, after the one inked with Peru and with Brazil.")
    found = records(extractor, text)
    assert ("partnership", ("BRA", "EU"), "existing") in found and ("partnership", ("EU", "PER"), "existing") in found


def test_earlier_ones_signed_with_other_partners_are_in_place(extractor):
    text = ("The EU and Singapore signed a digital partnership on Wednesday. It is the EU's third in Asia, after the "
            "one inked with Japan (in May 2022, at the EU-Japan summit) and with Korea (in November 2022).")
    assert records(extractor, text) == [("partnership", ("EU", "SGP"), "concluded"),
                                        ("partnership", ("EU", "JPN"), "existing"),
                                        ("partnership", ("EU", "KOR"), "existing")]


@pytest.mark.parametrize("text, expected", [
    # an instrument dated well before the news by a clause or a modifier is in place, whatever it will do next
    ("Kenya and Japan signed a geothermal MoU on Monday. The Japan-Kenya Energy Partnership, which was set up in "
     "2021, will oversee it.", ("partnership", "existing", "2021")),
    ("Kenya and Japan signed a geothermal MoU on Monday. Their 2019 energy partnership will coordinate the work.",
     ("partnership", "existing", "2019")),
    ("Kenya and Japan signed a geothermal MoU on Monday. The Kenya-Japan Energy Partnership, dating back to 2019, "
     "will oversee it.", ("partnership", "existing", "2019")),
    # a new one told with a future verb stays planned
    ("Kenya and Japan will sign an energy partnership next month.", ("partnership", "planned", "2026-03-10")),
])
def test_an_instrument_dated_long_before_is_in_place_whatever_it_will_do(extractor, text, expected):
    found = [(a.kind, a.status, a.date) for a in extractor(text, P).agreements if a.kind == expected[0]]
    assert found == [expected]


@pytest.mark.parametrize("text, expected", [
    # no publication date known: an instrument dated long before another one the article tells is its history
    ("Kenya and Japan signed an agreement on geothermal energy in June 2021. The two countries first signed a "
     "memorandum on energy cooperation in 2009.", [("agreement", "concluded", "2021-06"), ("mou", "existing", "2009")]),
    ("In May 1984, China and Brazil signed a framework agreement on space. In March 2023 the two space agencies "
     "signed a memorandum on satellite data.", [("framework", "existing", "1984-05"), ("mou", "concluded", "2023-03")]),
    # two signed weeks apart are both the news
    ("Chile and Peru signed an MoU on lithium in January 2024. In March 2024, they signed an agreement on hydrogen.",
     [("mou", "concluded", "2024-01"), ("agreement", "concluded", "2024-03")]),
])
def test_without_a_publication_date_the_older_instruments_told_are_history(extractor, text, expected):
    assert [(a.kind, a.status, a.date) for a in extractor(text, None).agreements] == expected


@pytest.mark.parametrize("text", [
    "India and Japan signed a chip MoU on Monday. Japan will fund the joint work in Chennai.",
    "India and Japan signed a chip MoU on Monday. Tokyo agreed to jointly fund three research posts.",
    "India and Japan signed a chip MoU on Monday. The two sides would also fund student exchanges.",
    "India and Japan signed a chip MoU on Monday. The MoU helps fund a shared test line in Pune.",
    "India and Japan signed a chip MoU on Monday. Its board is to help fund start-ups in both countries.",
])
def test_fund_as_a_verb_is_no_fund(extractor, text):
    assert [a.kind for a in extractor(text, P).agreements] == ["mou"]


@pytest.mark.parametrize("text", [
    # "emerging technologies" names a field, not a deal still forming
    "The leaders of Canada and Korea met on Friday. Their joint statement covers critical and emerging technologies "
    "such as quantum.",
    "Canada and Korea adopted a joint declaration on Monday to work together in emerging tech and emerging markets.",
])
def test_emerging_technologies_are_a_field_not_speculation(extractor, text):
    assert [a.kind for a in extractor(text, P).agreements] == ["joint_statement"]


@pytest.mark.parametrize("text", [
    # a definite joint statement of two parties with nothing told before it: the one they issued
    "The leaders of Canada and Korea met in Ottawa on Friday. The joint statement covers quantum and AI.",
    "Canada and Korea held talks on Friday. According to the joint statement, the two will work on batteries.",
])
def test_the_joint_statement_is_the_one_the_parties_issued(extractor, text):
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == [("joint_statement", "concluded")]


def test_an_emerging_deal_is_speculation(extractor):
    assert extractor("An emerging deal between Brazil and Japan could cover hydrogen.", P).agreements == []


@pytest.mark.parametrize("text, parties", [
    # Africa told as one counterpart is the African Union (a pair, a list, or "African countries")
    ("Korea and African countries launched a critical minerals dialogue at their summit in Seoul on Tuesday.",
     ("AU", "KOR")),
    ("China and Africa adopted a three-year action plan at the forum in Beijing.", ("AU", "CHN")),
    ("India-Africa ties grew as the two sides signed a framework on digital public infrastructure.", ("AU", "IND")),
    # an informal grouping stands for its members
    ("The foreign ministers of MIKTA adopted a joint statement on AI governance on Monday.",
     ("AUS", "IDN", "KOR", "MEX", "TUR")),
    # trade blocs outside GUIDELINES' list stand for their members too
    ("India and the EFTA states signed a trade and economic partnership agreement in New Delhi on Sunday.",
     ("CHE", "IND", "ISL", "LIE", "NOR")),
    ("Singapore and Mercosur signed a free trade agreement in Montevideo on Thursday.",
     ("ARG", "BOL", "BRA", "PRY", "SGP", "URY")),  # Bolivia a member since July 2024
])
def test_collective_counterparts_and_groupings(extractor, text, parties):
    assert [tuple(a.countries) for a in extractor(text, P).agreements] == [parties]


@pytest.mark.parametrize("text", [
    "Kenya launched a national AI strategy to make the country a hub in Africa, the minister said.",
    "The African Development Bank approved a loan for solar projects in Kenya.",
])
def test_africa_as_a_place_is_no_party(extractor, text):
    assert extractor(text, P).agreements == []


@pytest.mark.parametrize("text, expected", [
    ("The US and Australia signed a climate and clean energy compact on Monday.", [("agreement", ("AUS", "USA"))]),
    ("The United States and Palau renewed their Compact of Free Association in 2023.",
     [("agreement", ("PLW", "USA"))]),
    # an adjective
    ("Japan and the US will develop compact fusion reactors together, the ministers said.", []),
])
def test_a_compact_is_an_agreement(extractor, text, expected):
    assert [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, status", [
    # "new" does not undo an intent told earlier in its clause
    ("The energy departments of Australia and the US intend to pool their data and prepare a new action plan on "
     "clean hydrogen by the end of the year.", "planned"),
    ("Ghana and Britain plan to review their research ties and sign a new AI memorandum in June.", "planned"),
    # but made is made
    ("Ghana and Britain signed a new AI memorandum on Monday.", "concluded"),
])
def test_new_after_an_intent_stays_planned(extractor, text, status):
    assert [a.status for a in extractor(text, P).agreements] == [status]


@pytest.mark.parametrize("text, parties", [
    # the signatories told in a passive of their own join the instrument
    ("Canada, Japan and the UK put their names to a first global treaty on quantum safety, the OECD said on "
     "Thursday.\n\nThe convention was also signed by Chile, Ghana, Malta and Peru as well as Japan and Canada.",
     ("CAN", "CHL", "GBR", "GHA", "JPN", "MLT", "PER")),
    ("Kenya and Ghana signed a data charter on Monday. The charter was also endorsed by Rwanda, Senegal and "
     "Nigeria.", ("GHA", "KEN", "NGA", "RWA", "SEN")),
])
def test_signatories_told_in_a_passive_join_the_parties(extractor, text, parties):
    assert [tuple(a.countries) for a in extractor(text, P).agreements] == [parties]


@pytest.mark.parametrize("text, expected", [
    # a quote saying a text was made between parties it names
    ("Officials met on Monday. \"Last year there was a memorandum on battery supply between the Quad countries,\" "
     "an aide noted.", [("mou", ("AUS", "IND", "JPN", "USA"))]),
    ("Officials met on Monday. \"We signed a memorandum with Japan on chips,\" the Indian minister said in Delhi.",
     [("mou", ("IND", "JPN"))]),
    # talk of ties in a quote is still no instrument
    ("Officials met on Monday. \"Our partnership with Japan is bearing fruit,\" the Indian minister said.", []),
    ("Officials met on Monday. \"There could be an agreement between India and Japan soon,\" the minister said.", []),
])
def test_a_text_made_between_named_parties_told_in_a_quote(extractor, text, expected):
    assert [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements] == expected


BACKGROUND_AND_DONE = [
    # an instrument dated long before the article by its own sentence is in place
    ("Japan and India signed a chip memorandum on Monday. The India-Japan Digital Partnership was launched during "
     "the prime minister's visit to Tokyo in October 2018 to boost cooperation.", "partnership", "existing"),
    # a standing body counted by an ordinal, however it is written
    ("India and the US signed a minerals MoU on Friday. The talks were the sixth commercial dialogue the pair have "
     "held.", "dialogue", "existing"),
    ("India and the US signed a minerals MoU on Friday. The minister mentioned plans for a summit and praised the "
     "9th India-US CEO Forum.", "dialogue", "existing"),
    # talks that are told as concluded
    ("The negotiations on the Chile-Korea digital economy agreement, which began in 2021, concluded on Friday.",
     "trade_agreement", "concluded"),
    ("Talks on a free trade agreement between Canada and Ecuador were completed this week, officials said.",
     "trade_agreement", "concluded"),
    # an extension sought for an instrument in place
    ("The US said it seeks a six-month extension to its science agreement with China.", "agreement", "existing"),
    ("Brazil and Japan are negotiating the renewal of their space cooperation agreement.", "agreement", "existing"),
    # leaders who met to launch something launched it
    ("The national security advisers of India and the US met in Washington on Tuesday to launch a critical "
     "technologies initiative.", "partnership", "concluded"),
    # what a joint statement said was said: the statement is made, whatever it considers
    ("\"We are considering cooperation with Japan on advanced capabilities,\" the US, UK and Australian ministers "
     "said in a joint statement on Monday.", "joint_statement", "concluded"),
    # projects that are part of an instrument: the instrument is in place
    ("The ministers unveiled two pilot plants, which are part of a clean hydrogen initiative linking Chile and the EU.",
     "partnership", "existing"),
]


@pytest.mark.parametrize("text, kind, status", BACKGROUND_AND_DONE)
def test_background_and_done(extractor, text, kind, status):
    assert [a.status for a in extractor(text, P).agreements if a.kind == kind] == [status]


@pytest.mark.parametrize("text, expected", [
    # ties that grow are no instrument
    ("Officials of Korea and the US met in Seoul to tighten partnerships in chips and batteries.", []),
    ("Kenya and the UAE signed an MoU on Monday, and will foster closer ties while exploring ICT investment "
     "partnerships.", [("mou", ("ARE", "KEN"))]),
    # what an MoU with a partner is about is no second instrument
    ("Ghana has inked a Memorandum of Understanding (MOU) with Qatar on an overall framework for joint digital "
     "investment.", [("mou", ("GHA", "QAT"))]),
    # "The event followed agreements": the clause's subject is not the agreements' article
    ("Business leaders met in Seoul on Tuesday. The event followed agreements from the Korea-US summit in April on "
     "chips.", [("agreement", ("KOR", "USA"))]),
])
def test_ties_topics_and_clause_subjects(extractor, text, expected):
    assert [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, kind", [
    # talks that failed: the instrument they were about has ended, with no date of its own
    ("Australia and the EU failed to conclude their trade deal on Friday after five years of talks.",
     "trade_agreement"),
    ("Negotiations on the Australia-EU free trade agreement broke down in Osaka on Friday.", "trade_agreement"),
    ("The minerals deal between Kenya and Canada unravelled over royalty terms last week.", "agreement"),
])
def test_failed_talks_end_the_instrument(extractor, text, kind):
    assert [(a.kind, a.status, a.date) for a in extractor(text, P).agreements] == [(kind, "ended", None)]


@pytest.mark.parametrize("text, expected", [
    # a site is no joint centre
    ("Saudi Arabia and the US signed an AI memorandum. Data centre investment in the Gulf has passed $70 billion.",
     ["mou"]),
    ("China and Egypt signed a space deal. The satellite was launched from the Jiuquan Satellite Launch Center in "
     "China.", ["agreement"]),
    # a body cited as the source of a figure is no instrument
    ("Most of the world's indium is refined in China, according to the Nordic Battery Metals Alliance, the rest in "
     "Canada, Peru and Russia.", []),
    # a joint centre is
    ("Korea and Spain opened a joint AI centre in Madrid on Monday.", ["centre"]),
])
def test_sites_and_sources_are_no_instruments(extractor, text, expected):
    assert [a.kind for a in extractor(text, P).agreements] == expected


def test_items_of_a_list_take_the_parties_its_umbrella_told(extractor):
    text = ("PH, Japan sign 3 accords\n\nThe Philippines and Japan signed three agreements in Tokyo on Thursday.\n\n"
            "\u201cWe spoke about the region,\u201d the president said, \u201cand about trade.\n\n"  # never closed
            "These agreements exchanged between the countries are:\n\n"
            "  1. Exchange of Notes on the Northern Railway Project\n"
            "  2. Loan Agreement for the Railway Extension Project\n"
            "  3. Memorandum of Cooperation on Digital Government\n")
    found = [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements if a.quantity == 1]
    assert found == [("agreement", ("JPN", "PHL")), ("agreement", ("JPN", "PHL")), ("mou", ("JPN", "PHL"))]


@pytest.mark.parametrize("text", [
    # a grouping's own pact named in a sentence of speculation about someone else is in place, and only theirs
    "Korea's possible role is being weighed as the AUKUS pact marks its fourth year.",
    "Officials hinted that Korea might one day take part in some projects of the Aukus pact.",
])
def test_a_groupings_pact_in_speculation_is_in_place(extractor, text):
    assert [(a.status, tuple(a.countries)) for a in extractor(text, P).agreements] == [
        ("existing", ("AUS", "GBR", "USA"))]


@pytest.mark.parametrize("text, kind, status", [
    # negotiations told as finished
    ("Indonesia and Canada finalised negotiations on their Comprehensive Economic Partnership Agreement in Bali on "
     "Tuesday.", "trade_agreement", "concluded"),
    ("The leaders announced the conclusion of negotiations for the Korea-Ecuador free trade agreement on Monday.",
     "trade_agreement", "concluded"),
    # ties raised to a partnership: the partnership is made now (or still to be made, with a modal)
    ("Peru and Korea raised their relationship to a comprehensive strategic partnership on Thursday.",
     "partnership", "concluded"),
    ("The leaders of Brazil and Vietnam decided to elevate relations to a Strategic Partnership.", "partnership",
     "concluded"),
    ("Brazil and Vietnam will elevate relations to a Strategic Partnership next year.", "partnership", "planned"),
])
def test_finished_negotiations_and_raised_ties(extractor, text, kind, status):
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == [(kind, status)]


def test_the_five_countries_are_the_grouping_of_five_named_before(extractor):
    text = ("Korea welcomed the heads of the five Central Asian nations to Seoul.\n\n"
            "Korea and the five countries endorsed the Seoul Declaration on clean minerals on Sunday.")
    assert [tuple(a.countries) for a in extractor(text, P).agreements] == [("KAZ", "KGZ", "KOR", "TJK", "TKM", "UZB")]


def test_proposing_to_create_is_a_proposal(extractor):
    text = "Kazakhstan is proposing to create a joint working group with France on AI."
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == [("dialogue", "proposed")]


def test_readiness_to_join_is_a_wish(extractor):
    text = "Tokayev announced Kazakhstan's readiness to join the French One Planet initiative on AI with France."
    assert [a.status for a in extractor(text, P).agreements] == ["proposed"]


def test_one_trade_agreement_told_many_ways_is_one_record(extractor):
    text = ("Peru and the UK open a new chapter as a trade deal is signed\n\n"
            "The prime ministers spoke to reporters after signing a free trade agreement at the palace.\n\n"
            "Leaders of Peru and the UK sign a 'historic' trade deal in London.\n\n"
            "The deal is set to be worth £2 billion a year.")
    assert [(a.kind, a.countries, len(a.evidence)) for a in extractor(text, P).agreements] == [
        ("trade_agreement", ["GBR", "PER"], 4)]


def test_a_sum_committed_to_the_partnership_is_the_partnerships(extractor):
    text = ("Australia and India launched a critical minerals investment partnership on Monday. Canberra will commit "
            "A$5.8 million to the Australia-India lithium investment partnership, the minister said.")
    assert "fund" not in [a.kind for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text", [
    # money set aside for work under the instrument is the instrument's
    "Germany and Namibia launched a hydrogen alliance on Monday. Berlin's research ministry has set aside as much as "
    "EUR 40 million for joint work under the new alliance.",
    "Chile and Korea signed a lithium agreement. Seoul earmarked EUR 40 million for projects within the agreement.",
])
def test_money_for_work_under_the_instrument_is_the_instruments(extractor, text):
    found = extractor(text, P).agreements
    assert [[(m.amount, m.currency) for m in a.amounts] for a in found] == [[(40e6, "EUR")]]


@pytest.mark.parametrize("text, status", [
    # a participle used as an adjective ("an upgraded pact") does not undo the modal before it
    ("Peru and China will sign an upgraded trade pact during a state visit next month.", "planned"),
    ("Peru and China signed an upgraded trade pact on Monday.", "concluded"),
])
def test_a_participle_before_the_noun_is_no_status(extractor, text, status):
    assert [a.status for a in extractor(text, P).agreements] == [status]


@pytest.mark.parametrize("text, kind", [
    # the lead tells it loosely, a later sentence by its quoted name: one partnership of the pair that day
    ("Ghana and Norway agreed on Tuesday to forge a close partnership in ocean technology.\n\n"
     "The leaders signed off on a “blue economy alliance” during the visit to Accra, officials said.", "partnership"),
    ("Chile, Germany launch green hydrogen alliance\n\nChile and Germany launched a partnership on green hydrogen on "
     "Friday. The two economy ministers said the new alliance would link ports and electrolyser makers.", "partnership"),
    # a joint statement told twice, once by what it centres on and once by its title
    ("Business groups of Kenya and Japan adopted a joint statement on Monday centred on digital payments. "
     "The Kenya-Japan Digital Economy Joint Statement also covers mobile networks, the groups said.",
     "joint_statement"),
])
def test_one_partnership_or_statement_of_a_pair_on_a_day_is_one_record(extractor, text, kind):
    assert [a.kind for a in extractor(text, P).agreements] == [kind]


def test_two_partnerships_of_different_fields_stay_two(extractor):
    text = ("Ghana and Norway launched a partnership on offshore wind on Tuesday. The two countries also launched a "
            "partnership on vaccine research.")
    assert [a.kind for a in extractor(text, P).agreements] == ["partnership", "partnership"]


@pytest.mark.parametrize("text", [
    "At the seminar in Hanoi, delegates of Vietnam and Korea talked through chip policy and prospects for new "
    "partnerships.",
    "Ministers of Kenya and India discussed opportunities for new research partnerships in Nairobi on Monday.",
    "The forum looked at avenues for further cooperation agreements between Chile and Japan.",
])
def test_prospects_for_instruments_are_none_made(extractor, text):
    assert extractor(text, P).agreements == []


def test_an_instrument_that_opens_prospects_is_still_made(extractor):
    text = "Brazil and Egypt signed a memorandum on Monday that opens room for more partnerships."
    assert [a.kind for a in extractor(text, P).agreements] == ["mou"]


@pytest.mark.parametrize("text, count", [
    # one memorandum told three ways by a story that never says there were several
    ("Peru signed a memorandum of understanding with Korea for cooperation on battery research and recycling. "
     "Peru inked an MoU with Korea on the battery supply chain, the minister said. "
     "Peru and Korea signed a Memorandum of Cooperation for building a battery industry in Arequipa.", 1),
    # told once with its day and again with none: the same memorandum, not one signed on the article's day
    ("Indonesia signed a battery memorandum with a Korean consortium on Monday. Under an MoU signed in Jakarta, "
     "the Korean firms will build cell plants.", 1),
    ("Chile and Korea signed an MoU on lithium on 2 March. Under a memorandum signed with Korea, Chile will supply "
     "ore to Korean refiners.", 1),
    # a story that tells one more, or a count, keeps them apart
    ("Peru signed a memorandum of understanding with Korea on battery research on Thursday. "
     "The two sides also signed a second memorandum on battery recycling.", 2),
    ("Peru and Korea signed three memorandums on Thursday. Peru signed an MoU with Korea on batteries. "
     "Peru inked an MoU with Korea on lithium refining.", 3),  # the two told, and one for the third (the counts add up)
    ("Peru and Korea signed a memorandum on battery research. Besides, the two trade ministries signed a "
     "memorandum on battery customs.", 2),
    ("Peru and Korea signed an MoU on battery research on Monday. The third MoU, on battery recycling, was signed "
     "by the two ministries.", 2),
])
def test_one_memorandum_told_several_ways_is_one_record(extractor, text, count):
    found = [a for a in extractor(text, P).agreements if a.kind == "mou" and a.quantity == 1]
    assert len(found) == count


@pytest.mark.parametrize("text, expected", [
    # approved now, signed months before: dated when it was signed
    ("Ghana's cabinet on Wednesday approved a memorandum of cooperation with Japan on cybersecurity. "
     "The memorandum between the two countries was signed in January.", ("mou", "concluded", "2026-01")),
    ("Parliament ratified the space agreement between Chile and France on Monday, officials said. "
     "The agreement was inked on 12 February in Paris.", ("agreement", "concluded", "2026-02-12")),
    # the signing told without a preposition, in a relative clause or a later sentence
    ("The federal cabinet today cleared a memorandum of understanding between Kenya and India on e-governance. "
     "According to the memorandum, which was signed last month in Nairobi, both sides will train civil servants.",
     ("mou", "concluded", "2026-02")),
    ("Ministers endorsed the space agreement between Chile and France on Monday. The agreement was concluded "
     "last year after two years of talks.", ("agreement", "concluded", "2025")),
    # formalised, sealed, finalised: made on that day
    ("Chile and Korea announced an AI partnership this week. The partnership was formalised on 2 March in Seoul.",
     ("partnership", "concluded", "2026-03-02")),
    # the places where it was signed between the verb and the day
    ("The president signed a law ratifying the Agreement between Chile and Korea on a lunar station. The Agreement "
     "was signed in Santiago and Seoul on November 25, 2025.", ("agreement", "concluded", "2025-11-25")),
    # a signing told for the article's own day changes nothing
    ("Chile and France signed a space agreement on Tuesday. The agreement was signed in Paris.",
     ("agreement", "concluded", "2026-03-10")),
    # approved now, its signing told in the same sentence
    ("The cabinet on Wednesday approved the memorandum of cooperation signed in July 2025 between India and Japan "
     "on chip supply chains.", ("mou", "concluded", "2025-07")),
    ("Peru's congress ratified the lithium agreement signed with Chile in 2024, the ministry said.",
     ("agreement", "concluded", "2024")),
])
def test_an_approval_now_of_what_was_signed_before_is_dated_at_the_signing(extractor, text, expected):
    assert [(a.kind, a.status, a.date) for a in extractor(text, P).agreements] == [expected]


@pytest.mark.parametrize("text, kind", [
    # the instrument told later by the first words of its longer name is the same instrument
    ("Norway and Chile signed a joint declaration of intent on green shipping on Monday. The signing of the joint "
     "declaration was watched by both prime ministers.", "mou"),
    ("Peru and Korea signed a partnership agreement on space on Friday. The partnership will be reviewed each year "
     "by the two agencies.", "agreement"),
])
def test_a_shortened_name_refers_to_the_longer_one(extractor, text, kind):
    assert [a.kind for a in extractor(text, P).agreements] == [kind]


@pytest.mark.parametrize("text", [
    # what a partnership is to encourage or spur: ties in general, no second instrument
    "Chile and Korea launched a lithium partnership on Monday. The partnership will encourage strong, durable "
    "refining partnerships between firms.",
    "Chile and Korea launched a lithium partnership on Monday. It is meant to spur new supply chain alliances.",
    "Chile and Korea launched a lithium partnership on Monday. \"It will facilitate long-term supply chain "
    "partnerships,\" Korea's ambassador to Chile said.",
    # the partnership just told, named in a quoted statement
    "Chile and Korea launched a lithium partnership on Monday. \"Chile and Korea have launched the $4 million "
    "Lithium Refining Partnership, a first for both,\" the minister said.",
])
def test_a_partnership_told_again_or_what_it_encourages_is_one_record(extractor, text):
    assert [a.kind for a in extractor(text, P).agreements] == ["partnership"]


@pytest.mark.parametrize("text", [
    # an instrument that will enter into force has been signed: concluded, whatever its effect waits for
    "The first Chile-Japan accord on geothermal power will go into force once the two governments exchange notes, "
    "officials said on Monday.",
    "A Ghana-Korea agreement on mobile payments is expected to enter into force in January, the ministry said.",
    "The Peru-France space agreement, Lima said on Monday, will take effect after ratification.",
])
def test_an_instrument_awaiting_entry_into_force_is_concluded(extractor, text):
    assert [a.status for a in extractor(text, P).agreements] == ["concluded"]


@pytest.mark.parametrize("text", [
    # told first with no day of its own (the story's day), then with the day it was made
    "Chile and Korea exchanged a memorandum on lithium refining, the ministry said. Chile and Korea on Monday "
    "exchanged the memorandum in Santiago after talks.",
    "Chile and Korea have signed a memorandum on lithium refining. The memorandum was exchanged on Monday by the two "
    "ministers.",
    # a headline, then the body
    "Chile and Korea sign memorandum on lithium\n\nSANTIAGO (Wire) - Chile and Korea on Monday signed a memorandum "
    "on lithium refining, the ministry said.",
])
def test_the_day_a_later_sentence_tells_dates_what_was_told_first(extractor, text):
    assert [(a.kind, a.date) for a in extractor(text, P).agreements] == [("mou", "2026-03-09")]


def test_an_abbreviation_ends_no_clause(extractor):
    text = "Japan signed with the U.S. a memorandum on chip supply chains on Monday."
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == [("mou", "concluded")]


def test_a_cue_of_another_clause_gives_no_status(extractor):
    text = ("Peru and Japan signed five agreements on Thursday. The two sides also agreed to set up a joint committee "
            "on fisheries, while a memorandum of cooperation on satellite data aims to share imagery.")
    found = {a.kind: a.status for a in extractor(text, P).agreements}
    assert found.get("mou") == "concluded" and found.get("dialogue") == "planned"


def test_an_item_on_its_own_line_is_named_with_its_subtitle(extractor):
    text = ("Ghana and Japan signed four accords on Monday. They are:\n\n"
            "- Exchange of Notes on Japanese Grant Aid: Accra Water Supply Project (II)\n"
            "- Exchange of Notes on Japanese Grant Aid: Kumasi Bridge Project\n"
            "- Loan Agreement for the Tema Port Project - Phase Two\n")
    names = sorted(a.name or "" for a in extractor(text, P).agreements if a.quantity == 1)
    assert "Exchange of Notes on Japanese Grant Aid: Accra Water Supply Project (II)" in names
    assert "Exchange of Notes on Japanese Grant Aid: Kumasi Bridge Project" in names
    assert "Loan Agreement for the Tema Port Project - Phase Two" in names


def test_an_implementing_arrangement_is_an_agreement_however_worded(extractor):
    text = ("India and Italy held their annual summit on Monday. The Implementing Arrangement for the joint Mars "
            "sample mission between the two space agencies sets the terms of the work. The Implementation Agreement on "
            "the mission was exchanged by the two ambassadors.")
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == [("agreement", "concluded")]


@pytest.mark.parametrize("text, expected", [
    # described by field after a plural word or a bare preposition: one a field, and one for the rest
    ("Chile and India signed 12 agreements on Friday, including deals on lithium and space.",
     [("agreement", 1), ("agreement", 1), ("agreement", 10)]),
    ("Chile and India signed nine pacts on Friday, including on lithium, space and health.",
     [("agreement", 1), ("agreement", 1), ("agreement", 1), ("agreement", 6)]),
    # described by what they do, after "that include", and past another "with" in the sentence
    ("Lula met with his Indian counterpart and the two governments signed 10 memorandums that include the building "
     "of a weather satellite, and the development of rural broadband.", [("mou", 1), ("mou", 1), ("mou", 8)]),
    # told in the next sentence, with their own words: the rest is one more record
    ("Chile and India signed 12 agreements on Friday. They include a memorandum on lithium and an accord on space.",
     [("agreement", 1), ("agreement", 10), ("mou", 1)]),
    # the next sentence lists the fields of all of them, bare: one each
    ("Kenya and Egypt signed four memoranda of understanding on Thursday. Among the MoUs signed were maritime "
     "affairs, renewable energy, tourism and the fine arts.", [("mou", 1), ("mou", 1), ("mou", 1), ("mou", 1)]),
    ("Ghana and India inked three agreements on Monday. The agreements cover solar power, digital payments and "
     "health.", [("agreement", 1), ("agreement", 1), ("agreement", 1)]),
    # ... but fields fewer than the total, or words that are no fields, leave the total whole
    ("Ghana and India inked five agreements on Monday. The agreements cover solar power and health.",
     [("agreement", 5)]),
])
def test_a_total_described_in_part_adds_up(extractor, text, expected):
    assert quantities(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the time and the passive of another act told after the instrument are not the instrument's
    ("Chile and Peru signed an agreement to build a satellite to be launched in 2027.",
     ("agreement", "concluded", "2026-03-10")),
    ("Chile and Peru signed a memorandum on a lithium plant whose construction will start in the first half of 2027.",
     ("mou", "concluded", "2026-03-10")),
    # but the signing day told after the purpose is the signing's
    ("Chile and Peru signed a memorandum to build a plant on Monday.", ("mou", "concluded", "2026-03-09")),
    ("A pact to teach Spanish in schools was signed by Chile and Peru, the two ministries said.",
     ("agreement", "concluded", "2026-03-10")),
])
def test_another_acts_time_and_passive_are_not_the_instruments(extractor, text, expected):
    assert [(a.kind, a.status, a.date) for a in extractor(text, P).agreements] == [expected]


def test_a_title_case_headline_gives_no_name_and_joins_the_longer_name(extractor):
    text = ("Chile, Norway Sign Joint Declaration On Green Shipping Corridor\n\n"
            "Chile and Norway on Monday signed a joint declaration of intent on a green shipping corridor, officials "
            "said.")
    found = [(a.kind, a.name, len(a.evidence)) for a in extractor(text, P).agreements]
    assert found == [("mou", None, 2)]


def test_a_title_case_headline_name_stops_at_its_verb(extractor):
    text = "Japan, Peru Sign Memorandum On Cooperation In Lithium Refining"
    assert [a.name for a in extractor(text, P).agreements] == [None]


@pytest.mark.parametrize("text, parties", [
    # "the second ... after X to sign": it has signed, and X signed another one before
    ("Australia is now the second Quad member after the US to sign an accord with India on drones.",
     ["AUS", "IND"]),
    ("Chile became the third country after Peru to sign a digital pact with Korea.", ["CHL", "KOR"]),
])
def test_the_next_one_after_another_to_sign_has_signed(extractor, text, parties):
    assert [(a.status, a.countries) for a in extractor(text, P).agreements] == [("concluded", parties)]


@pytest.mark.parametrize("text, kinds", [
    # an instrument likened to another is no second instrument
    ("Chile and Korea signed a lithium agreement on Tuesday, which in effect amounts to the conclusion of a free "
     "trade agreement on battery metals.", ["agreement"]),
    ("Officials called the deal between Chile and Korea akin to a free trade agreement for chips.", []),
    # but what was signed is one
    ("Chile and Korea signed what is effectively a new trade agreement on Tuesday.", ["trade_agreement"]),
])
def test_an_instrument_likened_to_another_is_not_that_other(extractor, text, kinds):
    assert [a.kind for a in extractor(text, P).agreements] == kinds


@pytest.mark.parametrize("text, quantity", [
    # a day of the month before the instrument word is no count
    ("Brazil and Chile signed the July 24 memorandum on lithium research, the ministry said.", 1),
    ("Brazil and Chile signed 24 memorandums on July 3.", 24),
])
def test_a_day_of_the_month_is_no_count(extractor, text, quantity):
    assert [a.quantity for a in extractor(text, P).agreements] == [quantity]


@pytest.mark.parametrize("text, expected", [
    # a number that names one instrument ("the 123 Agreement" of US nuclear law) is no count
    ("Vietnam and the US signed a 123 Agreement on civil nuclear cooperation on Monday.", [1]),
    ('Ghana and the US signed a nuclear deal dubbed the "123 Agreement" on Monday. The 123 Agreement lets firms '
     'ship reactor parts.', [1]),
    # a count stays one
    ("Vietnam and the US signed 12 agreements on chips and energy on Monday.", [12]),
])
def test_a_number_in_a_name_is_no_count(extractor, text, expected):
    assert [a.quantity for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text", [
    # digital economy agreements are trade agreements, however they are called
    "The UK and Singapore signed a digital economy agreement on Friday.",
    "Chile, New Zealand and Singapore signed the Digital Economy Partnership Agreement on June 12.",
])
def test_digital_economy_agreements_are_trade_agreements(extractor, text):
    assert [a.kind for a in extractor(text, P).agreements] == ["trade_agreement"]


@pytest.mark.parametrize("text", [
    # texts "of intent" or "of purpose" are memoranda, as a joint declaration of intent is
    "Australia and the UK signed a statement of intent on critical minerals on Monday.",
    "Germany and Namibia signed a Joint Communiqué of Intent on green hydrogen on Wednesday.",
    "Kenya and Japan signed a joint statement of purpose on geothermal power.",
    "Russia's Roscosmos signed an agreement of intent with China's space agency on lunar research.",
    "Brazil and Chile signed a protocol of intent on satellite data on Friday.",
    # ... and the named joint statement right after is that text
    "Peru and Canada signed a statement of intent on quantum science. The Joint Statement of Canada and Peru on "
    "Cooperation in Quantum Science guides the work, the minister said.",
])
def test_texts_of_intent_are_memoranda(extractor, text):
    assert [a.kind for a in extractor(text, P).agreements] == ["mou"]


@pytest.mark.parametrize("text, expected", [
    # "nine other agreements": a count of more, described ones told apart from the rest
    ("Peru and Japan signed a lithium agreement on Monday. Nine other agreements were also signed, including one on "
     "outer space.", [1, 8, 1]),
    ("Peru and Japan signed a lithium agreement and three other pacts on Friday.", [1, 3]),
    # "other agreements" alone: more of unknown count
    ("Peru and Japan signed a lithium agreement on Monday. Other agreements were also signed.", [1, None]),
])
def test_a_count_of_other_instruments(extractor, text, expected):
    assert [a.quantity for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # "one of the twenty agreements ... was an MoU on AI": the MoU, and the nineteen others
    ("One of the twenty agreements signed between Peru and Korea during the visit was an MoU on artificial "
     "intelligence.", [("agreement", 19), ("mou", 1)]),
    ("Peru and Korea signed 12 agreements on Monday; one of the 12 agreements is a memorandum on lithium refining.",
     [("agreement", 11), ("mou", 1)]),
    # "of the four pacts, the key one was ...": one singled out of the total told with it
    ("Of the four pacts sealed by India and Japan, the key one was a letter of intent on hydrogen.",
     [("agreement", 3), ("mou", 1)]),
    ("India and Japan sealed four pacts on Friday; the most important was a letter of intent on hydrogen.",
     [("agreement", 3), ("mou", 1)]),
    ("Out of the five documents inked by Chile and Korea, the most striking one was a memorandum on lithium.",
     [("agreement", 4), ("mou", 1)]),
])
def test_one_of_the_total_told_is_taken_from_it(extractor, text, expected):
    agreements = extractor(text, P).agreements
    assert [(a.kind, a.quantity) for a in agreements] == expected
    assert all(not a.sectors for a in agreements if a.quantity > 1)  # the fields told are the one's


@pytest.mark.parametrize("text", [
    # a title-case headline in quotes is a headline, and praise in it names nothing: the body's instrument is the one
    '"Ghana and Japan Sign Historic Deal on Battery Minerals"\n\nGhana and Japan signed a memorandum on battery '
    'minerals on Monday.',
    "Peru, Korea Ink Landmark Accord to Build Lithium Supply Chains\n\nPeru and Korea signed an agreement on lithium "
    "on Monday.",
])
def test_a_headline_in_quotes_and_its_praise_name_nothing(extractor, text):
    found = extractor(text, P).agreements
    assert len(found) == 1 and found[0].name is None


@pytest.mark.parametrize("text, parties", [
    # one member named by its bloc is not the bloc
    ("Vietnam became the first ASEAN nation to sign a semiconductor MoU with Korea.", ["KOR", "VNM"]),
    ("Chile, a Mercosur member state, signed an AI accord with Japan.", ["CHL", "JPN"]),
    # the members together are
    ("ASEAN nations signed a digital framework with Korea on Monday.", ["ASEAN", "KOR"]),
])
def test_one_member_named_by_its_bloc_is_not_the_bloc(extractor, text, parties):
    assert [a.countries for a in extractor(text, P).agreements] == [parties]


@pytest.mark.parametrize("text, expected", [
    # what is to be extended, renewed or amended is in place (a renewal done is the news: see
    # test_a_renewal_done_makes_the_instrument_again)
    ("China and Kenya plan to extend their space cooperation agreement to 2030.", ("existing", None)),
    ("Chile and Peru say they hope to renew their science agreement for five more years.", ("existing", None)),
    ("Officials said they would amend the 2018 technology agreement between Chile and Peru.", ("existing", "2018")),
])
def test_an_instrument_extended_renewed_or_amended_is_in_place(extractor, text, expected):
    assert [(a.status, a.date) for a in extractor(text, P).agreements] == [expected]


def test_a_passive_in_an_instruments_title_is_no_status(extractor):
    text = ("The MoU for Sharing Digital Solutions, to be Implemented at Population Scale, between Nigeria and India was "
            "exchanged on Monday.")
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == [("mou", "concluded")]


@pytest.mark.parametrize("text, expected", [
    # a joint venture of firms of two countries is an agreement of those countries (the deal that sets it up; no
    # declared partnership)
    ("Taiwan's Hon Hai said on Tuesday it will form a joint venture with India's Reliance to make display panels.",
     [("agreement", ["IND", "TWN"], "planned")]),
    ("Korea's LG Energy and Japan's Toyota set up a joint venture on battery recycling on Friday.",
     [("agreement", ["JPN", "KOR"], "concluded")]),
    # one country's firms, or ventures nobody made, are none
    ("Two Indian firms, Tata and Infosys, formed a joint venture on cloud software.", []),
    ("The government said joint ventures with foreign firms would be welcome.", []),
])
def test_a_joint_venture_of_two_countries_firms_is_an_agreement(extractor, text, expected):
    assert [(a.kind, a.countries, a.status) for a in extractor(text, P).agreements] == expected


def test_a_hub_a_party_wants_to_become_is_no_centre(extractor):
    text = ("Korea and the US signed a chip memorandum on Monday. Korea reaffirmed its goal of becoming a global "
            "semiconductor hub.")
    assert records(extractor, text) == [("mou", ("KOR", "USA"), "concluded")]


@pytest.mark.parametrize("text, expected", [
    # a statement named after a place: a text the parties adopted
    ("Japan and Canada signed the Ottawa Statement on Quantum Cooperation on Friday.",
     [("joint_statement", ("CAN", "JPN"), "concluded")]),
    # ... not what one side said in a statement
    ("Japan and Canada signed a chip deal on Friday, the ministry said in a statement.",
     [("agreement", ("CAN", "JPN"), "concluded")]),
])
def test_a_statement_named_after_a_place(extractor, text, expected):
    assert records(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # in force since a year told in a clause: in place
    ("The FTA between Peru and Korea, which entered into force in 2019, was reviewed by ministers on Monday.",
     [("trade_agreement", ("KOR", "PER"), "existing", "2019")]),
    # "its second such council": the one just told; "the one set up earlier with X": one more, in place
    ("The EU and Chile launched a technology council on Monday. It is the EU's second such council, after the one "
     "set up earlier with Japan.",
     [("dialogue", ("CHL", "EU"), "concluded", "2026-03-09"), ("dialogue", ("EU", "JPN"), "existing", None)]),
])
def test_instruments_in_place_told_in_passing(extractor, text, expected):
    assert [(a.kind, tuple(a.countries), a.status, a.date) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # an instrument identified by the parties after it, told with nothing new about it: the one in place
    ("The accord between Ghana and Japan foresees joint work on battery recycling and training for technicians.",
     [("agreement", ("GHA", "JPN"), "existing", None)]),
    ("Under the memorandum between Morocco and Korea, engineers from both sides take part in hydrogen trials.",
     [("mou", ("KOR", "MAR"), "existing", None)]),
    ("Critics said the pact between the Philippines and Australia has produced few chip projects so far.",
     [("agreement", ("AUS", "PHL"), "existing", None)]),
    # ... and "final agreement" by parliament is consent, no second text
    ("The treaty between Oman and India now goes to parliament for final agreement, officials said.",
     [("agreement", ("IND", "OMN"), "existing", None)]),
    # one country after "between" is no pair; a plural is no one instrument; a made one stays made
    ("The accord between Ghana and its neighbours covers power trading.", []),
    # "the partnership between X and Y" is mostly the relationship itself
    ("Critics said the partnership between the Philippines and Australia has produced few chip projects so far.", []),
    ("The agreements between Ghana and Japan cover batteries and solar power.", []),
    ("The accord between Ghana and Japan was signed in Accra on Monday.",
     [("agreement", ("GHA", "JPN"), "concluded", "2026-03-09")]),
])
def test_an_instrument_named_by_the_parties_after_it_is_in_place(extractor, text, expected):
    assert [(a.kind, tuple(a.countries), a.status, a.date) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # "such an agreement" after a memorandum: the one just told, whatever word the second mention uses
    ("Kenya and Japan signed a geothermal memorandum on Monday. Kenya is the first African country to conclude "
     "such an agreement with Japan.", [("mou", ("JPN", "KEN"))]),
    ("Peru and Korea inked a lithium MoU on Monday, the first such deal for Lima's mining ministry.",
     [("mou", ("KOR", "PER"))]),
    # "the first country ... to conclude a ... agreement with" after it is told: the same one, counted among its kind
    ("The EU and Peru signed an advanced framework agreement on Wednesday. With it, Peru becomes the first country in "
     "the region to conclude a new generation agreement with the EU.", [("framework", ("EU", "PER"))]),
    # ... but "a second such agreement" made with them is one more
    ("Kenya and Japan signed a geothermal memorandum on Monday. Kenya later signed a second such agreement with "
     "Japan.", [("mou", ("JPN", "KEN")), ("agreement", ("JPN", "KEN"))]),
])
def test_such_an_instrument_is_the_one_just_told(extractor, text, expected):
    assert [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # a body in someone's role: one country's own committee is no instrument between two ...
    ("Ghana and Japan signed a nuclear agreement on Monday. Mensah signed it for Ghana as chair of the Ghana "
     "Nuclear Power Programme Inter-Agency Committee, while Suzuki signed for Japan.",
     [("agreement", ("GHA", "JPN"), "concluded")]),
    # ... and a joint one that someone heads is in place
    ("Ghana and Japan signed a nuclear agreement on Monday. Mensah, who heads the Ghana-Japan Joint Committee, "
     "attended.", [("agreement", ("GHA", "JPN"), "concluded"), ("dialogue", ("GHA", "JPN"), "existing")]),
])
def test_a_body_in_a_role_is_no_new_instrument(extractor, text, expected):
    assert [(a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text", [
    # an institution in a role, and one host's yearly event as the place of a signing, are no instruments
    "The EU and Chile signed a memorandum on raw materials on Tuesday, a meeting that crowned the Spanish "
    "presidency of the Council.",
    "Germany and Namibia signed an agreement on hydrogen on Monday on the margins of the 2024 Berlin Energy "
    "Transition Dialogue.",
])
def test_an_institution_or_a_yearly_event_is_no_new_instrument(extractor, text):
    assert len(extractor(text, P).agreements) == 1


@pytest.mark.parametrize("text", [
    # a cause pledged or agreed is no arrangement
    "Ministers from Japan and Canada pledged to reconstruct a rules-based economic order.",
    "Brazil and India agreed to defend the multilateral trading system at the meeting.",
    "Kenya and Korea vowed to counter coercion in supply chains, the statement said.",
])
def test_a_cause_pledged_is_no_agreement(extractor, text):
    assert extractor(text, P).agreements == []


@pytest.mark.parametrize("text", [
    # a treaty a country is not party to holds no instrument of it
    "Japan made an exception for India, which is not party to the Non-Proliferation Treaty, the ministry said.",
    "Ghana, a non-signatory to the Rome Convention on Space Objects, signed nothing with Japan this week.",
])
def test_a_treaty_a_country_is_not_party_to_is_no_instrument(extractor, text):
    assert extractor(text, P).agreements == []


def test_what_instruments_put_in_place_is_no_field_list_and_no_framework(extractor):
    # "put in place an ambitious and modern framework": what the two agreements do, neither two fields nor a third text
    text = ("Peru and the EU signed two agreements on Wednesday. These agreements put in place an ambitious and "
            "modern framework to deepen relations.")
    assert [(a.kind, a.quantity, a.name) for a in extractor(text, P).agreements] == [("agreement", 2, None)]


@pytest.mark.parametrize("text, expected", [
    # a partnership formalised by the signing of an instrument: the relationship, and the instrument is the record
    ("Chile and Japan formalised their lithium partnership with the signing of a memorandum on Monday.",
     [("mou", ("CHL", "JPN"))]),
    ("The EU and Kenya announced the formalisation of their green hydrogen partnership through the signature of "
     "a letter of intent.", [("mou", ("EU", "KEN"))]),
    # a partnership launched is one
    ("Chile and Japan launched a lithium partnership on Monday.", [("partnership", ("CHL", "JPN"))]),
])
def test_a_partnership_formalised_by_an_instrument_is_the_relationship(extractor, text, expected):
    assert [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text", [
    # "the newly agreed partnership" is a definite reference to what was just signed, not a clause
    "Chile and Japan signed a letter of intent on quantum research on Monday. Under the newly agreed partnership, "
    "six labs will share equipment.",
    "Peru and Korea inked a lithium memorandum on Monday. The recently signed deal covers refining.",
])
def test_a_participle_after_the_keeps_a_reference_definite(extractor, text):
    assert len(extractor(text, P).agreements) == 1


@pytest.mark.parametrize("text", [
    # an acronym opening a sentence without an article, headline style, refers back
    "India and Japan signed a Memorandum of Cooperation (MoC) on chips in July. MoC envisages closer work in IT.",
    "Peru and Korea signed a memorandum of understanding on lithium on Monday. MoU also covers refining.",
])
def test_a_bare_acronym_opening_a_sentence_refers_back(extractor, text):
    assert len(extractor(text, P).agreements) == 1


def test_deals_each_signed_and_a_pair_of_them_are_the_deals_told(extractor):
    # "signed deals" ... "each signed a memorandum" ... "the pair of battery agreements": the same two
    text = ("Kia and Hanwha signed deals with the Chilean government on Tuesday to secure lithium. The chiefs of Kia "
            "and Hanwha each signed a memorandum of understanding with Chile's mining minister. The signing of the "
            "pair of lithium agreements followed a call between the two presidents.")
    assert [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements] == [("mou", ("CHL", "KOR"))]


@pytest.mark.parametrize("text, expected", [
    # "an agreement with A, B and C, respectively": one with each, whatever stands between the partners, and the
    # bodies listed there are partners, not instruments
    ("Korea's space agency signed a cooperation agreement with the Italian space agency, ASI, the Norwegian space "
     "centre, and the French space agency, CNES, respectively, on Monday.",
     [("ITA", "KOR"), ("KOR", "NOR"), ("FRA", "KOR")]),
    ("Chile signed an agreement with Peru, Bolivia and Ecuador, respectively.",
     [("CHL", "PER"), ("BOL", "CHL"), ("CHL", "ECU")]),
    # without "respectively": one text of them all
    ("Chile signed an agreement with Peru and Bolivia on Monday.", [("BOL", "CHL", "PER")]),
])
def test_one_instrument_with_each_partner_respectively(extractor, text, expected):
    assert [tuple(a.countries) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # a named fund that lends or pays is a body acting, not an instrument between the parties
    ("Egypt and Saudi Arabia signed a power plant deal on Monday. The station is jointly funded by the National Bank "
     "of Egypt, the Kuwait Fund and the Arab Fund.", [("agreement", "concluded")]),
    ("Kenya and Japan signed a geothermal deal on Monday, with financing from the Saudi Fund for Development.",
     [("agreement", "concluded")]),
    # ... but the two parties' own fund is theirs, and one launched is one
    ("The project is funded by the Kenya-Japan Innovation Fund set up in 2023.", [("fund", "existing")]),
    ("Kenya and Saudi Arabia launched the Nairobi Green Fund on Monday.", [("fund", "concluded")]),
])
def test_a_fund_that_lends_is_no_instrument(extractor, text, expected):
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == expected


def test_a_pair_of_instruments_is_two(extractor):
    assert [a.quantity for a in extractor("Korea and Chile signed a pair of lithium agreements on Monday.", P)
            .agreements] == [2]


@pytest.mark.parametrize("text, kinds", [
    # technical protocols are procedures, not instruments
    ("Ghana and Japan signed a memorandum on cyber defence. It sets out shared data security protocols and "
     "joint drills.", ["mou"]),
    ("Chile and Korea agreed common testing protocols for battery cells under their memorandum signed on Monday.",
     ["mou"]),
    # a protocol the parties sign is one
    ("Chile and Korea signed a protocol on lithium research on Monday.", ["agreement"]),
])
def test_technical_protocols_are_no_instruments(extractor, text, kinds):
    assert [a.kind for a in extractor(text, P).agreements] == kinds


@pytest.mark.parametrize("text, expected", [
    # a definite mention of another kind of text, in place before: an older instrument, not the one just signed
    ("Chile and Japan signed a space agreement on Monday. After the joint statement by both presidents in 2019, "
     "the agreement sets out the terms of joint missions.",
     [("agreement", "concluded", "2026-03-09"), ("joint_statement", "existing", "2019")]),
    # a definite mention of another kind that works under the text just told, at no earlier time: the same one
    ("Chile and Peru signed an agreement on lithium on Friday. Following the memorandum's signing, expert teams "
     "from both sides will meet every quarter.", [("mou", "concluded", "2026-03-06")]),
    ("Ghana and Egypt inked a deal on AI on Monday. Under the memorandum of understanding, researchers of the two will "
     "swap data from next year.", [("mou", "concluded", "2026-03-09")]),
    ("Qatar and Jordan have signed an agreement on cyber defence. Pursuant to the memorandum, their agencies will "
     "exchange threat data.", [("mou", "concluded", "2026-03-10")]),
    # the same kind named more precisely is the same one
    ("Chile and Japan signed a space agreement on Monday. The memorandum of understanding sets out joint missions.",
     [("mou", "concluded", "2026-03-09")]),
])
def test_an_older_text_of_another_kind_is_not_the_new_one(extractor, text, expected):
    assert [(a.kind, a.status, a.date) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # an older text of the same kind named by its proper name, with its own earlier time: not the new one renamed
    ("Japan, the EU and the US signed a joint statement on hydrogen cooperation on Monday. The statement lists "
     "areas first set out in the Osaka Statement released at the ministerial meeting of October 2018.",
     [("joint_statement", "concluded", "2026-03-09", None), ("joint_statement", "existing", "2018-10",
                                                              "Osaka Statement")]),
    ("Japan and Canada signed a joint declaration on AI on Monday. The new declaration follows the Toronto "
     "Communique of 2018.",
     [("joint_statement", "concluded", "2026-03-09", None), ("joint_statement", "existing", "2018",
                                                              "Toronto Communique")]),
    ("Japan and Canada signed a joint declaration on AI on Monday. It builds on the Kyoto Principles adopted in "
     "2023.", [("joint_statement", "concluded", "2026-03-09", None), ("joint_statement", "existing", "2023",
                                                                     "Kyoto Principles")]),
])
def test_an_older_named_text_of_the_same_kind_is_not_the_new_one(extractor, text, expected):
    assert [(a.kind, a.status, a.date, a.name) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # told after the news as made in an earlier month: in place before it, whatever the verb that cites it
    ("Qatar and Oman signed an executive programme on telecom cooperation on Saturday. The programme puts into "
     "practice an MoU that Doha and Muscat inked last November.",
     [("agreement", "concluded", "2026-01-31"), ("mou", "existing", "2025-11")]),
    ("Ghana and Japan inked a deal on AI chips on Tuesday. It gives effect to an MoU the two governments signed "
     "in December.", [("agreement", "concluded", "2026-02-03"), ("mou", "existing", "2025-12")]),
    # ... but the news may be the approval of what was signed before
    ("Kenya's cabinet on Wednesday approved the memorandum on AI that Kenya and Japan signed in December.",
     [("mou", "concluded", "2025-12")]),
])
def test_one_told_after_the_news_as_made_months_before_is_in_place(extractor, text, expected):
    assert [(a.kind, a.status, a.date) for a in extractor(text, date(2026, 2, 5)).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # "the pact" signed at a dialogue told just before is a text of its own, not the dialogue
    ("Chile, Peru sign pact on lithium supply chain\nLima: The Chile-Peru Trade Dialogue was relaunched on Tuesday "
     "to look at new openings in trade. The two ministers signed the pact during the dialogue. The memorandum of "
     "understanding seeks to build a resilient lithium supply chain.",
     [("dialogue", "concluded"), ("mou", "concluded")]),
    ("The Chile-Peru Trade Dialogue was relaunched in Lima on Tuesday. The ministers of Chile and Peru signed the "
     "accord during the dialogue.", [("dialogue", "concluded"), ("agreement", "concluded")]),
])
def test_a_deal_signed_at_a_dialogue_is_not_the_dialogue(extractor, text, expected):
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == expected


def test_a_deal_whose_end_is_the_news_is_named_as_its_history_is_told(extractor):
    text = ("Japan has suspended a chip deal it struck with Canada last year, officials said.\n\nIn June 2025, during "
            "a state visit, both countries agreed to a \"Maple Silicon Deal\" to share fabs.")
    assert [(a.kind, a.status, a.date, a.name) for a in extractor(text, P).agreements] == [
        ("agreement", "ended", "2025-06", "Maple Silicon Deal")]


def test_a_headline_count_is_the_total_the_body_tells(extractor):
    text = "Chile and Korea sign 7 trade deals\n\nChile and Korea signed seven agreements on energy and AI on Monday."
    found = extractor(text, P).agreements
    assert [(a.kind, a.quantity) for a in found] == [("agreement", 7)]
    assert found[0].evidence[0].text == "Chile and Korea sign 7 trade deals"


def test_a_continent_is_not_the_united_states(extractor):
    text = "Peru and Korea signed a lithium memorandum with the support of South American and Latin American banks."
    assert records(extractor, text) == [("mou", ("KOR", "PER"), "concluded")]


def test_a_list_of_what_an_instrument_covers_holds_no_instruments(extractor):
    text = ("Chile, Peru and Spain signed a declaration of intent on digital government on Monday.\n"
            "The declaration outlines several areas of cooperation:\n"
            "- Shared Platforms: a common platform for exchanging public data.\n"
            "- Joint Research: collaborative projects on AI in public services.\n"
            "- Cybersecurity: Spain has established partnerships with international organisations.")
    assert records(extractor, text) == [("mou", ("CHL", "ESP", "PER"), "concluded")]


@pytest.mark.parametrize("text, expected", [
    ("A memorandum of understanding between Chile and Japan is expected within 30 days.", ("mou", "planned")),
    ("An agreement between Chile and Peru on lithium is due by June, officials said.", ("agreement", "planned")),
    # put forward: "can be formed", "could be set up"
    ("Peru and Korea held talks on ICT. The minister said a joint working group of both deputy ministers can be "
     "formed to study the fields of cooperation.", ("dialogue", "proposed")),
    ("Peru and Korea held talks on ICT. The minister said a joint working group could be set up.",
     ("dialogue", "proposed")),
])
def test_an_instrument_expected_or_due_is_still_to_come(extractor, text, expected):
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == [expected]


def test_an_undated_article_keeps_a_dated_and_an_undated_telling_apart(extractor):
    # with no publication date, an undated telling cannot be said to be the one of 2023 (and reading it must not fail)
    text = ("Indonesia and Korea signed a memorandum on battery supply chains in 2023. The ministers met again. "
            "Under an MoU signed in Jakarta, Korean firms will build cell plants.")
    assert [(a.kind, a.date) for a in extractor(text, None).agreements] == [("mou", "2023"), ("mou", None)]


@pytest.mark.parametrize("text, expected", [
    # "documents" counted is a total of instruments: the described ones, and one record for the rest
    ("Russia and Vietnam signed 12 documents on Monday, including an agreement on geology and a memorandum on 5G.",
     [("agreement", 1), ("agreement", 10), ("mou", 1)]),
    ("Twelve documents were signed by Russia and Vietnam, among them an agreement on geology and a memorandum on 5G.",
     [("agreement", 1), ("agreement", 10), ("mou", 1)]),
    ("Laos and China exchanged five cooperation documents in Vientiane on Monday.", [("agreement", 5)]),
    # ... but documents that are no instruments made give none
    ("Documents seen by reporters show that Japan and India plan a chip fund.", [("fund", 1)]),
    ("Officials of Chile and Peru reviewed documents on trade in Lima on Monday.", []),
])
def test_counted_documents_are_a_total(extractor, text, expected):
    assert quantities(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # described items of a total each take the fields of their own words
    ("Russia and Vietnam signed 12 agreements on Monday, including an accord on geology and a memorandum on 5G.",
     [("agreement", 1, []), ("agreement", 10, []), ("mou", 1, ["telecom"])]),
    ("Chile and India signed 12 agreements on Friday, including deals on lithium and space.",
     [("agreement", 1, ["critical_minerals"]), ("agreement", 1, ["space"]), ("agreement", 10, [])]),
])
def test_described_items_keep_their_own_fields(extractor, text, expected):
    assert sorted((a.kind, a.quantity, sorted(a.sectors)) for a in extractor(text, P).agreements) == expected


@pytest.mark.parametrize("text", [
    # a named instrument told again by the start of its name, the words after left out, is that one
    "The Lima Statement on Space was signed today by Peru and Chile. The Lima Statement reaffirms long-standing ties.",
    "Peru and Chile signed the Andes Space Cooperation Agreement on Monday. The Andes Agreement sets up a joint "
    "satellite office.",
    "Kenya and Japan adopted the Nairobi Declaration on Digital Trade on Friday. Under the Nairobi Declaration, data "
    "will flow freely.",
])
def test_a_named_instrument_told_again_by_a_shorter_name(extractor, text):
    assert len(extractor(text, P).agreements) == 1


@pytest.mark.parametrize("text, day", [
    # an instrument told right after the meeting it came out of, with no day of its own, is dated by that meeting
    ("The ministers of Peru and Chile met on Monday in Lima. At the meeting they signed a joint statement on AI.",
     "2026-03-09"),
    ("Japanese and US trade officials held a series of meetings on Friday. A joint statement released after the "
     "meetings pledged cooperation on chips.", "2026-03-06"),
    ("On Saturday, the Japanese prime minister ended his visit to Washington. Japan and the US issued a joint "
     "statement on quantum technology.", "2026-03-07"),
    # ... but not from a sentence about something else, nor a day long before the article
    ("Prices of lithium fell on Monday. Peru and Chile signed a joint statement on AI.", "2026-03-10"),
])
def test_an_instrument_dated_by_the_meeting_told_before_it(extractor, text, day):
    assert [a.date for a in extractor(text, P).agreements] == [day]


@pytest.mark.parametrize("text, kind", [
    # a headline's unnamed partnership over the one instrument the story tells is that instrument
    ("Nigeria, Sierra Leone Forge Digital Partnership\n\nNigeria and Sierra Leone signed a memorandum of "
     "understanding on digital economy cooperation on Tuesday.", "mou"),
    ("Chile and Japan deepen lithium partnership\n\nChile and Japan signed an agreement on lithium refining in "
     "Tokyo on Monday.", "agreement"),
])
def test_a_headline_partnership_over_the_one_instrument_told(extractor, text, kind):
    assert [a.kind for a in extractor(text, P).agreements] == [kind]


@pytest.mark.parametrize("text", [
    # a grouping's forum someone takes part in is the event of the news, no instrument of its members
    "The minister took part in the BRICS Forum on Energy in Moscow on Tuesday.",
    "Back home, the secretary took part in the BRICS High-Level Forum on Artificial Intelligence, on Tuesday.",
    "Kenya's minister spoke at the G20 Digital Economy Forum in Rio on Monday.",
])
def test_a_groupings_forum_attended_is_no_instrument(extractor, text):
    assert extractor(text, P).agreements == []


@pytest.mark.parametrize("text, expected", [
    # partners left unnamed where the instrument is told, then listed in a sentence of their own
    ("Egypt signed seven green hydrogen memoranda of understanding with international developers on Monday. The "
     "memoranda cover ammonia plants. Partner companies include AmmPower (Canada), Pash Global (UK) and Smartenergy "
     "(Switzerland).", [("mou", ("CAN", "CHE", "EGY", "GBR"), 7)]),
    ("Ministers adopted the Lima Declaration on Science on Friday. Representatives from four countries took part in "
     "the meeting: Chile, Colombia, Peru and Mexico.", [("joint_statement", ("CHL", "COL", "MEX", "PER"), 1)]),
    ("The declaration on open data was signed on Tuesday in Quito. The signatories are Ecuador, Peru and Bolivia.",
     [("joint_statement", ("BOL", "ECU", "PER"), 1)]),
])
def test_partners_listed_after_the_instrument(extractor, text, expected):
    assert [(a.kind, tuple(a.countries), a.quantity) for a in extractor(text, P).agreements] == expected


def test_a_list_of_countries_far_from_a_one_party_story_is_no_partner_list(extractor):
    text = ("Egypt signed a memorandum with international developers on Monday. Prices rose. Costs fell. Demand grew. "
            "Exporters include Chile, Peru and Bolivia.")
    assert extractor(text, P).agreements == []


@pytest.mark.parametrize("text, parties", [
    # every party of a list after "endorsed by", "signed by", however many
    ("The declaration on AI was endorsed by Japan, Korea, Australia, Chile and Canada on Monday.",
     ("AUS", "CAN", "CHL", "JPN", "KOR")),
    ("The charter on open science was signed by Peru, Chile, Colombia, Ecuador, Bolivia and Paraguay on Monday.",
     ("BOL", "CHL", "COL", "ECU", "PER", "PRY")),
])
def test_every_party_of_a_long_list_after_the_instrument(extractor, text, parties):
    assert [tuple(a.countries) for a in extractor(text, P).agreements] == [parties]


@pytest.mark.parametrize("text, expected", [
    # a definite instrument told with its making in a relative clause is one in place
    ("Officials recalled the research pact Chile and Peru signed in 2009.", [("agreement", "existing", "2009")]),
    ("The minister praised the agreement that the two countries, Chile and Peru, signed in 2015.",
     [("agreement", "existing", "2015")]),
    ("Chile and Peru praised the accord they signed on Monday.", [("agreement", "concluded", "2026-03-09")]),
])
def test_a_definite_instrument_with_its_making_told_after_it(extractor, text, expected):
    assert [(a.kind, a.status, a.date) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text", [
    # an office whose title ends in an instrument word is no instrument
    "The EU Commissioner for International Partnerships opened the session with Kenya.",
    "Japan's Minister for Economic Partnerships met Chile's trade minister in Santiago.",
])
def test_an_office_named_by_an_instrument_word_is_none(extractor, text):
    assert extractor(text, P).agreements == []


@pytest.mark.parametrize("text, expected", [
    # the words news uses for a field, beyond its name
    ("Chile and Peru signed an MoU on the digitalization of customs.", ["digital"]),
    ("Chile and Peru signed an MoU to set up a shared technology park near Lima.", ["science"]),
    ("Chile and Peru signed an accord on high technologies and innovation.", ["science"]),
    ("Chile and Peru signed an accord to roll out 4G towers, Wi-Fi hotspots and LTE networks.", ["telecom"]),
    # ... and "the AI space" is a field of business, not outer space
    ("Chile and Peru signed an AI memorandum; start-ups in the AI space welcomed it.", ["ai"]),
])
def test_field_words_of_news(extractor, text, expected):
    assert [sorted(a.sectors) for a in extractor(text, P).agreements] == [expected]


def test_a_statement_issued_that_tells_a_plan_is_itself_made(extractor):
    text = "Chile and Peru plan to sign a lithium memorandum next month, said a joint statement issued on Monday."
    found = {a.kind: a.status for a in extractor(text, P).agreements}
    assert found == {"mou": "planned", "joint_statement": "concluded"}


@pytest.mark.parametrize("text, parties", [
    # a country that only welcomes or praises an instrument is no party to it
    ("Thailand welcomed Japan's pledge of $2 billion to a Mekong digital fund.", ("JPN",)),
    ("Kenya hailed the memorandum Japan and Ghana signed on Monday.", ("GHA", "JPN")),
])
def test_a_country_that_welcomes_an_instrument_is_no_party(extractor, text, parties):
    assert all(tuple(a.countries) == parties for a in extractor(text, P).agreements)


@pytest.mark.parametrize("text", [
    # a joint technology or science park set up under an instrument is a centre
    "Chile and Peru signed an MoU on the establishment of a joint technology park.",
    "Under the accord signed on Monday, Kenya and Korea will build a joint science park near Nairobi.",
])
def test_a_joint_technology_park_is_a_centre(extractor, text):
    assert ("centre", "planned") in [(a.kind, a.status) for a in extractor(text, P).agreements]


def test_a_centre_founded_by_an_instrument_with_its_parties_between(extractor):
    text = ("An MoU was signed between the Ministry of Transport of Azerbaijan and the Ministry of Industry of Turkey "
            "on the establishment of a joint technology park.")
    assert sorted((a.kind, a.status) for a in extractor(text, P).agreements) == [("centre", "planned"),
                                                                                 ("mou", "concluded")]


@pytest.mark.parametrize("text, expected", [
    # a named agenda of two parties is a plan of theirs, a named package of money a fund
    ("The forum reviewed the billion-euro AU-EU Innovation Agenda launched in July 2023.",
     ("action_plan", "existing", "2023-07")),
    ("The EU-ASEAN Sustainable Connectivity Package, launched in 2022, will fund 5G links.",
     ("fund", "existing", "2022")),
])
def test_named_agendas_and_packages(extractor, text, expected):
    assert expected in [(a.kind, a.status, a.date) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text", [
    # ... but the agenda of a meeting and a package in general are none
    "Chips topped the agenda when the leaders of Chile and Peru met in Lima on Monday.",
    "Chile and Peru discussed a stimulus package for their economies on Monday.",
    "Kenya and the UAE signed an MoU in line with the government's Bottom-Up Economic Transformation Agenda.",
])
def test_an_agenda_or_a_package_in_general_is_none(extractor, text):
    assert [a.kind for a in extractor(text, P).agreements if a.kind in ("action_plan", "fund")] == []


@pytest.mark.parametrize("text, countries", [
    # the partner told after "agreed with": the same agreement with no noun for it
    ("Kenya said on Monday it had agreed with China to expand 5G networks across the country.", ("CHN", "KEN")),
    ("Japan agreed with Vietnam on Tuesday to jointly develop a rare earths refinery.", ("JPN", "VNM")),
    ("Chile has agreed with the European Union to set up a hydrogen certification scheme.", ("CHL", "EU")),
    ("Ottawa agreed with Berlin to build a hydrogen supply chain, the two ministers said.", ("CAN", "DEU")),
])
def test_an_agreement_told_by_agreeing_with_a_partner(extractor, text, countries):
    assert [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements] == [("agreement", countries)]


@pytest.mark.parametrize("text", [
    "Kenya agreed with China's view that the talks had been useful.",
    "Kenya agreed with China to promote cooperation in many fields.",
    "Ghana's minister agreed with the reporters that prices rose too fast.",
])
def test_agreeing_with_someone_on_a_view_or_on_ties_is_no_agreement(extractor, text):
    assert extractor(text, P).agreements == []


@pytest.mark.parametrize("text", [
    # an intention announced is a plan, whatever verb announces it
    "Chile and Japan announced their intention to speed up joint efforts toward a Partnership on lithium.",
    "Peru and Korea announced their intent to pursue a battery alliance.",
    "Kenya and Ghana made public their intentions to set up a joint AI centre.",
])
def test_an_intention_announced_is_a_plan(extractor, text):
    assert [a.status for a in extractor(text, P).agreements] == ["planned"]


@pytest.mark.parametrize("text, expected", [
    # partners listed in groups, each group closed by its own time: one instrument each, dated by its group
    ("The EU signed a raw materials partnership with Serbia on Monday. Brussels has struck similar accords with Chile "
     "and Peru in 2020, Ghana in 2022 and with Kenya and Egypt last year.",
     [("EU", "SRB", None), ("CHL", "EU", "2020"), ("EU", "PER", "2020"), ("EU", "GHA", "2022"),
      ("EU", "KEN", "2025"), ("EGY", "EU", "2025")]),
    ("Japan signed a chip pact with India on Monday. Japan already has similar pacts with France and Italy (2019), "
     "with Canada in 2021 and with Brazil and Mexico in 2023.",
     [("IND", "JPN", None), ("FRA", "JPN", "2019"), ("ITA", "JPN", "2019"), ("CAN", "JPN", "2021"),
      ("BRA", "JPN", "2023"), ("JPN", "MEX", "2023")]),
    # one time for the whole list dates every partner
    ("Japan signed a chip pact with India on Monday. Japan signed similar pacts with France and Italy in 2019.",
     [("IND", "JPN", None), ("FRA", "JPN", "2019"), ("ITA", "JPN", "2019")]),
])
def test_partners_in_groups_each_dated_by_its_group(extractor, text, expected):
    got = [(*a.countries, a.date if a.status == "existing" else None) for a in extractor(text, P).agreements]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # an early conclusion wished for is put forward, whoever wishes it
    ("Japan's leader voiced his wish for an early conclusion of a free trade agreement with the GCC.",
     [("trade_agreement", "proposed")]),
    ("Kenya and India pushed for the early conclusion of an agreement on digital payments.", [("agreement", "proposed")]),
    # "agreed Tuesday to": the day told without "on"
    ("Chile and Korea agreed Tuesday to cooperate in building battery supply chains.", [("agreement", "concluded")]),
    # an acronym used of the talks on it is the pact told before, not another
    ("Japan and the GCC voiced hope for an early conclusion of a free trade agreement. The Saudi crown prince said he "
     "welcomed the resumption of FTA negotiations.", [("trade_agreement", "proposed")]),
])
def test_wished_conclusions_days_without_on_and_acronyms_of_talks(extractor, text, expected):
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # the signing of the deal just told, named by its kind: one instrument, told more precisely
    ("Canada and Germany signed a deal on Monday aiming to build a hydrogen supply chain. The agreement was marked by "
     "the signing of a joint declaration of intent that binds both governments to ship hydrogen.", ["mou"]),
    ("Italy and Canada sealed a clean-tech pact on Monday. Officials said the signing of a memorandum of understanding "
     "binding both sides to joint research would speed up work.", ["mou"]),
    # a short form of the name is the same instrument
    ("Britain and the US signed the Technology Prosperity Deal on Monday. Officials said the Tech Prosperity Deal covers "
     "AI and quantum.", ["agreement"]),
    # ... but another signing, or other parties, is another instrument
    ("Italy and Canada sealed a clean-tech pact on Monday. On Tuesday Italy and Japan marked the signing of a "
     "memorandum of understanding on chips.", ["agreement", "mou"]),
])
def test_the_signing_of_the_deal_just_told_is_that_deal(extractor, text, expected):
    assert [a.kind for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # a statement a grouping issues is its members' joint statement
    ("G7 leaders issued a statement on AI governance on Monday.", [("joint_statement", ("G7",))]),
    ("The G20 released a statement on digital public infrastructure after the summit.",
     [("joint_statement", ("G20",))]),
    ("In a statement from the leaders of the G7 on Monday, the group pledged to secure mineral supply chains.",
     [("joint_statement", ("G7",))]),
    # ... but what one side said in a statement is no instrument
    ("Japan said in a statement on Monday that it would fund chip research.", []),
    ("The ministry issued a statement on Monday about the chip fund.", []),
])
def test_a_statement_a_grouping_issues_is_a_joint_statement(extractor, text, expected):
    assert [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # "de facto", "effectively" told of a person or a clause before is no likening of the instrument
    ("Kishida and the de facto Saudi leader agreed to set up a joint council on AI.", [("dialogue", ("JPN", "SAU"))]),
    ("Peru and the effectively ruling Chilean coalition signed an MoU on lithium on Monday.",
     [("mou", ("CHL", "PER"))]),
    # ... but an instrument likened stays none
    ("Analysts said closer customs ties between Peru and Chile were tantamount to a free trade agreement.", []),
])
def test_a_likening_of_someone_else_leaves_the_instrument(extractor, text, expected):
    assert [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, status", [
    # what follows an instrument made, told in the future, leaves it made
    ("Russia and Uzbekistan signed a deal on Monday to be jointly engaged in building a nuclear plant.", "concluded"),
    ("Japan and Vietnam signed a memorandum on Tuesday which will be implemented by 2027.", "concluded"),
    # ... but its own making still to come is a plan
    ("Japan and Vietnam announced a memorandum on Tuesday which will be signed in June.", "planned"),
])
def test_what_follows_an_instrument_made_leaves_it_made(extractor, text, status):
    assert [a.status for a in extractor(text, P).agreements] == [status]


@pytest.mark.parametrize("text, status, day", [
    # an instrument told with its making of this week ("with a memorandum signed on Friday") was made now, whatever
    # the clause before it says the two sides will do or deepen
    ("Chile and Japan have agreed to deepen cyber cooperation, with a two-year memorandum of understanding signed on "
     "Friday.", "concluded", "2026-03-06"),
    ("Kenya and India agreed to expand digital ties, with an agreement inked in Nairobi on Monday.", "concluded",
     "2026-03-09"),
    ("Norway and Chile will strengthen ocean research under a memorandum signed by their ministers on Monday.",
     "concluded", "2026-03-09"),
    # ... but one made years ago is in place
    ("Chile and Japan agreed to deepen cyber cooperation under a memorandum signed in 2019.", "existing", "2019"),
    ("Norway and Chile will strengthen ocean research, with a memorandum signed in 2017 as the basis.", "existing",
     "2017"),
])
def test_an_instrument_told_with_its_making_this_week_was_made_now(extractor, text, status, day):
    assert [(a.status, a.date) for a in extractor(text, P).agreements] == [(status, day)]


@pytest.mark.parametrize("text, status, day", [
    # a renewal done is the news: the instrument is made again, dated by the renewal
    ("Seoul and Ottawa renewed their science and technology agreement for five years on Friday.", "concluded",
     "2026-03-06"),
    ("Brazil and China agreed on Monday to renew their space cooperation agreement.", "concluded", "2026-03-09"),
    ("The United States and China have extended their science pact for another decade.", "concluded", "2026-03-10"),
    # ... but one still to be renewed, or asked to be, is in place
    ("Korea and Canada will renew their science agreement next month.", "existing", None),
    ("Kenya wants to extend its space agreement with Japan beyond 2027.", "existing", None),
])
def test_a_renewal_done_makes_the_instrument_again(extractor, text, status, day):
    assert [(a.status, a.date) for a in extractor(text, P).agreements] == [(status, day)]


@pytest.mark.parametrize("text, expected", [
    # a joint statement that speaks a quotation was issued, on the day it spoke
    ("\"The two leaders wish to create a strategic partnership on AI,\" a joint French-Emirati statement said.",
     ("joint_statement", ("ARE", "FRA"), "concluded", "2026-03-10")),
    ("\"Both sides will set up an AI alliance,\" a joint communique from Kenya and India said on Monday.",
     ("joint_statement", ("IND", "KEN"), "concluded", "2026-03-09")),
    ("\"We will build a quantum partnership,\" the Canadian and German ministers said in a joint declaration on "
     "Monday.", ("joint_statement", ("CAN", "DEU"), "concluded", "2026-03-09")),
    ("Chile and Peru will pool lithium research, according to a joint statement issued on Monday.",
     ("joint_statement", ("CHL", "PER"), "concluded", "2026-03-09")),
])
def test_a_joint_statement_that_speaks_was_issued(extractor, text, expected):
    found = [(a.kind, tuple(a.countries), a.status, a.date) for a in extractor(text, P).agreements
             if a.kind == "joint_statement"]
    assert found == [expected]


@pytest.mark.parametrize("text, expected", [
    # an instrument owned by a day ("today's memorandum", "Monday's accord") was made that day, whatever it will do
    ("Today's memorandum between Chile and Peru will open new markets, the minister said.",
     [("mou", ("CHL", "PER"), "concluded", "2026-03-10")]),
    ("Yesterday's agreement between Kenya and Japan covers geothermal power.",
     [("agreement", ("JPN", "KEN"), "concluded", "2026-03-09")]),
    ("Monday's accord between Ghana and India marks a new chapter in their space ties.",
     [("agreement", ("GHA", "IND"), "concluded", "2026-03-09")]),
    ("\"Today's agreement between Britain and Canada on supercomputing will help our scientists,\" the minister "
     "said.", [("agreement", ("CAN", "GBR"), "concluded", "2026-03-10")]),
])
def test_an_instrument_owned_by_a_day_was_made_that_day(extractor, text, expected):
    assert [(a.kind, tuple(a.countries), a.status, a.date) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # a named gathering someone attends, addresses or speaks at, or one told as "an annual gathering of ...", is an
    # event, no instrument of the parties
    ("The Canadian minister is in Japan for three days, where he will also attend the Tokyo Dialogue, an annual "
     "gathering of trade ministers.", []),
    ("Ghana's president will address the Lagos Dialogue on Wednesday during his visit to Nigeria.", []),
    ("The Kenyan minister flew to France to take part in the Paris Forum on AI, a yearly meeting of tech firms.", []),
    # ... but a standing dialogue of two, named by both, is theirs
    ("Ministers of India and Japan will attend the India-Japan Digital Dialogue in Tokyo on Friday.",
     [("dialogue", ("IND", "JPN"))]),
])
def test_a_gathering_someone_attends_is_an_event(extractor, text, expected):
    assert [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text", [
    # "the centre" after a body whose name ends so is that body, not a joint centre
    "Vietnam's National Innovation Centre hosted a forum with Taiwanese chip firms on Monday. Its director said the "
    "centre will keep acting as a bridge between start-ups of Vietnam and Taiwan.",
    "Kenya's Geothermal Development Center met Japanese engineers on Friday. The center will train 200 Kenyans with "
    "Japan's help by 2028.",
    # "the Centre" of Indian English is the Union government
    "Japan will lend India money for the chip plant. Under the plan, the Centre and the Gujarat government will bear "
    "70 percent of the cost.",
    "India and Japan signed a chip memorandum on Monday. The Centre has also approved a scheme to attract Japanese "
    "investment.",
])
def test_the_centre_that_is_a_body_or_a_government(extractor, text):
    assert not [a for a in extractor(text, P).agreements if a.kind == "centre"]


@pytest.mark.parametrize("text, expected", [
    # a joint institute is a joint centre (GUIDELINES: a joint research centre, institute branch, office or hub)
    ("Britain and Japan agreed to set up a joint institute for AI safety.", [("centre", ("GBR", "JPN"), "planned")]),
    ("Chile and China will build a joint research institute on lithium by 2028.",
     [("centre", ("CHL", "CHN"), "planned")]),
    ("Korea and Vietnam opened two joint labs on batteries in Hanoi on Monday.",
     [("centre", ("KOR", "VNM"), "concluded")]),
    # ... and so is a joint academy, beside a body of another kind
    ("Britain and Qatar agreed to establish a joint academy on genomic medicine and a joint commission on AI research.",
     [("centre", ("GBR", "QAT"), "planned"), ("dialogue", ("GBR", "QAT"), "planned")]),
])
def test_a_joint_institute_is_a_centre(extractor, text, expected):
    assert records(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a grouping that stands for its members agrees for them
    ("The Quad agreed on Monday to cooperate on undersea cables.", [("agreement", ("AUS", "IND", "JPN", "USA"))]),
    ("AUKUS members agreed to cooperate on quantum technologies.", [("agreement", ("AUS", "GBR", "USA"))]),
    # ... but one country alone agrees with nobody
    ("Japan agreed to cooperate with industry on quantum technologies.", []),
])
def test_a_grouping_agrees_for_its_members(extractor, text, expected):
    assert [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # an older instrument told after a new one's day, under whose terms it was made, is another one
    ("Chile and Korea inked a lithium accord on Friday under their 2019 space agreement.",
     [("agreement", "concluded", ("critical_minerals",)), ("agreement", "existing", ("space",))]),
    ("Peru and Japan signed a memorandum on Monday within their 2015 framework for science.",
     [("mou", "concluded", ()), ("framework", "existing", ("science",))]),
    # ... but what a memorandum is about stays its subject
    ("Kenya and Korea signed a memorandum on chip supply chains and innovation partnership.",
     [("mou", "concluded", ("semiconductors",))]),
])
def test_an_older_instrument_after_a_new_ones_day_is_another(extractor, text, expected):
    assert [(a.kind, a.status, tuple(a.sectors)) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # what the news comes after, agreed by the parties, is in place, undated
    ("The summit comes two years after Kenya and Japan agreed to cooperate on geothermal power.",
     [("agreement", "existing", None)]),
    ("The talks come a year after the Quad pledged to build clean energy supply chains.",
     [("agreement", "existing", None)]),
])
def test_an_agreement_the_news_comes_after_is_in_place(extractor, text, expected):
    assert [(a.kind, a.status, a.date) for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # a fact sheet one side releases is its own paper, no joint text
    ("According to a fact sheet released by the White House, the US and Vietnam signed a memorandum on rare earths "
     "on Sunday.", ["mou"]),
    ("The US and Vietnam upgraded ties to a comprehensive strategic partnership on Sunday, a White House fact sheet "
     "said.", ["partnership"]),
    # ... but one issued together is a joint statement
    ("The US and India issued a joint fact sheet on Thursday.", ["joint_statement"]),
    ("The leaders released the U.S.-India Fact Sheet on defence and technology on Thursday.", ["joint_statement"]),
])
def test_a_fact_sheet_one_side_releases_is_no_joint_text(extractor, text, expected):
    assert [a.kind for a in extractor(text, P).agreements] == expected


@pytest.mark.parametrize("text, expected", [
    # a text the parties will draft is a plan; one they are drafting or working on is still being written
    ("Japan and India will draft a roadmap on EVs, to be published in the autumn.", ("action_plan", "planned")),
    ("Chile and Korea agreed to draft an action plan on lithium.", ("action_plan", "planned")),
    ("Kenya and the UAE are working on a memorandum on data centres.", ("mou", "proposed")),
    ("Chile and Korea discussed a draft action plan on lithium.", ("action_plan", "proposed")),
])
def test_a_text_to_draft_and_one_being_written(extractor, text, expected):
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == [expected]


def test_an_instrument_owned_by_a_day_in_a_story_with_no_date(extractor):
    text = "Today's memorandum between Chile and Peru will open new markets, the minister said."
    assert [(a.status, a.date) for a in extractor(text, None).agreements] == [("concluded", None)]


@pytest.mark.parametrize("text, founded", [
    # an instrument made for cooperation in a field "and the establishment of" a body: the body is founded by it,
    # still to be set up
    ("Saudi Arabia and Germany signed an MoU on Tuesday for cooperation in green hydrogen and the establishment of a "
     "joint fund.", "fund"),
    ("Peru and Korea signed an agreement on Monday on joint work in lithium refining and the creation of a joint "
     "research centre.", "centre"),
])
def test_a_body_founded_beside_a_field_is_still_to_come(extractor, text, founded):
    found = sorted((a.kind, a.status) for a in extractor(text, P).agreements)
    assert (founded, "planned") in found and len(found) == 2


@pytest.mark.parametrize("text, expected", [
    # a deal told in the lead, then the memorandum that records it: one instrument, a memorandum
    ("Austria has struck a deal with Oman on research. Minister Lena Koch signed a memorandum of understanding with "
     "her Omani counterpart on Tuesday.", [("mou", ("AUT", "OMN"), "concluded")]),
    ("Britain has struck a deal with Saudi Arabia to work together on AI and space. The science minister signed a "
     "memorandum of understanding with the Saudi minister on Monday. The government hopes the deal will attract "
     "investment.", [("mou", ("GBR", "SAU"), "concluded")]),
    ("Chile and Japan have reached an agreement on lithium refining. Their energy ministers signed an MoU in "
     "Tokyo on Wednesday, officials said.", [("mou", ("CHL", "JPN"), "concluded")]),
    # ... but one told as one more is another
    ("Austria has struck a tourism deal with Oman. The ministers also signed a memorandum of understanding on AI on "
     "Tuesday.", [("agreement", ("AUT", "OMN"), "concluded"), ("mou", ("AUT", "OMN"), "concluded")]),
    # ... and so are a deal and a memorandum told side by side
    ("Chile and Japan signed a lithium deal and a memorandum on AI on Monday.",
     [("agreement", ("CHL", "JPN"), "concluded"), ("mou", ("CHL", "JPN"), "concluded")]),
])
def test_a_deal_and_the_memorandum_that_records_it_are_one(extractor, text, expected):
    assert sorted(records(extractor, text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # an adjective that often means consensus ("broad agreement") names an instrument when one is signed, inked or
    # concluded with an article before it
    ("The US and India on Monday signed a broad agreement to lift science and technology cooperation.",
     [("agreement", "concluded")]),
    ("Ghana and Germany inked a broad agreement covering digital skills and data centres.", [("agreement", "concluded")]),
    ("Peru and Korea are expected to sign a final agreement on lithium processing next month.",
     [("agreement", "planned")]),
    ("Chile and Japan concluded a written agreement on sharing satellite data.", [("agreement", "concluded")]),
    # ... but consensus reached or held is no instrument
    ("The two leaders reached broad agreement on expanding chip cooperation between Japan and Vietnam.", []),
    ("There was general agreement among the ministers of France and Kenya that AI needs common rules.", []),
    ("Japan and Vietnam are in full agreement on the need for resilient chip supply chains.", []),
])
def test_a_consensus_word_before_a_signed_agreement(extractor, text, expected):
    assert [(a.kind, a.status) for a in extractor(text, date(2026, 3, 12)).agreements] == expected


@pytest.mark.parametrize("text", [
    # a lowercase plural after one capitalised word ("AI partnerships") names no instrument: ties of a kind
    "ASEAN members want to deepen AI partnerships.",
    "Japan aims to deepen ICT partnerships with ASEAN.",
    "The EU hopes to deepen 5G alliances with Japan and Korea.",
])
def test_a_plural_kind_after_a_capitalised_word_is_no_name(extractor, text):
    assert extractor(text, date(2026, 3, 12)).agreements == []


@pytest.mark.parametrize("text, expected", [
    # an action programme or work programme adopted together is an action plan
    ("The EU and the GCC adopted a joint action programme for 2022-2027 covering the digital transition.",
     [("action_plan", "concluded")]),
    ("Ghana and Japan agreed on Tuesday on an action program for AI skills.", [("action_plan", "concluded")]),
    ("Chile and Korea will draw up an action programme on lithium research by June.", [("action_plan", "planned")]),
])
def test_an_action_programme_is_an_action_plan(extractor, text, expected):
    assert [(a.kind, a.status) for a in extractor(text, date(2026, 3, 12)).agreements] == expected


@pytest.mark.parametrize("text", [
    # a body set up "under the agreement" told just before takes that agreement's parties, however they were told
    "Roscosmos signed an agreement with China's CNSA on lunar exploration. A joint research centre will also be "
    "created under the new agreement.",
    "Roscosmos signed an agreement with China's CNSA on lunar exploration. Under the agreement, a joint research "
    "centre will be set up.",
    "KEPCO and Vietnam's EVN inked a memorandum on grids. A joint working group will be formed under the memorandum.",
])
def test_a_body_set_up_under_the_instrument_takes_its_parties(extractor, text):
    found = [(a.kind, a.status, a.countries) for a in extractor(text, date(2026, 3, 12)).agreements]
    assert len(found) == 2 and found[1][1] == "planned" and found[1][2] == found[0][2] and len(found[0][2]) == 2


@pytest.mark.parametrize("text", [
    # a determiner opening the sentence ("Another MoU", "Each memorandum") and the kind's own words, however
    # spelt ("Memorandum of Understandings"), name no instrument
    "India and Mauritania signed a memorandum on diplomatic training. Another MoU between their foreign ministries "
    "was signed on Wednesday.",
    "India and Mauritania have signed several Memorandum of Understandings on Wednesday.",
    "Ghana and Japan signed two memoranda on Monday. Each memorandum runs for five years.",
])
def test_a_determiner_or_the_kinds_own_words_name_nothing(extractor, text):
    assert all(a.name is None for a in extractor(text, date(2026, 3, 12)).agreements)
