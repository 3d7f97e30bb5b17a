"""The sectors of an instrument as an analyst records them: the fields it covers, not the fields of the background
it is told against, of what a covered thing is needed for, or of whoever signs it.

Every text here is written for these tests (different outlets, tenses and word orders for each phenomenon).
"""

from datetime import date

import pytest

P = date(2026, 3, 10)  # a Tuesday


def sectors_of(extractor, text, kind):
    found = [a for a in extractor(text, P).agreements if a.kind == kind]
    assert len(found) == 1, found
    return sorted(found[0].sectors)


# ---------------------------------------------------------------- background: "comes amid / as / after ..."

BACKGROUND = [
    ("Japan and Chile signed a memorandum on lithium mining on Monday. The memorandum comes as Tokyo looks for "
     "steady supplies of chips and batteries.", "mou", ["critical_minerals"]),
    ("Canada and Korea signed an agreement on AI safety research. The deal came amid a race among allies to secure "
     "semiconductor and battery supply chains.", "agreement", ["ai"]),
    ("Peru and Japan signed an MoU on lithium exploration on Friday. The accord comes after months of talks on "
     "quantum computing and cloud services.", "mou", ["critical_minerals"]),
    ("India and Japan signed a memorandum on chip supply chains, which comes at a time when both want secure "
     "supplies of batteries and minerals.", "mou", ["semiconductors"]),
]


@pytest.mark.parametrize("text, kind, expected", BACKGROUND)
def test_the_background_it_comes_against_is_not_what_it_covers(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


def test_what_comes_with_it_is_covered(extractor):
    text = "Japan and Chile signed an agreement on Monday that comes with funding for lithium refining."
    assert sectors_of(extractor, text, "agreement") == ["critical_minerals"]


# ---------------------------------------------------------------- what a covered thing is needed for

PURPOSE = [
    ("Argentina and the US signed an MoU to raise output of critical minerals essential for the energy transition.",
     "mou", ["critical_minerals"]),
    ("The EU and Chile signed a memorandum on lithium and copper, which are necessary for clean energy and the "
     "digital transition.", "mou", ["critical_minerals"]),
    ("India and Japan signed a memorandum on semiconductors. The memorandum stresses the importance of chips for "
     "the advancement of industry and digital technologies.", "mou", ["semiconductors"]),
    ("Canada and Peru signed an accord on rare earths, vital to electric vehicles and wind turbines.", "agreement",
     ["critical_minerals"]),
]


@pytest.mark.parametrize("text, kind, expected", PURPOSE)
def test_what_a_covered_field_serves_is_not_covered(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


def test_a_purpose_with_no_field_before_it_is_what_is_covered(extractor):
    text = "Kenya and Korea signed an agreement on skills needed for the hydrogen industry."
    assert sectors_of(extractor, text, "agreement") == ["clean_energy"]


# ---------------------------------------------------------------- "space science" is space

SPACE_SCIENCE = [
    ("China and Pakistan signed a pact on cooperation in space science and exploration.", "agreement", ["space"]),
    ("Japan and India agreed a memorandum on joint work in the space sciences and lunar exploration.", "mou",
     ["space"]),
    ("Brazil and China signed an accord on science and space.", "agreement", ["science", "space"]),
]


@pytest.mark.parametrize("text, kind, expected", SPACE_SCIENCE)
def test_space_science_is_space(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


# ---------------------------------------------------------------- a signer's portfolio, written in lower case

PORTFOLIO = [
    ("Japan's trade minister and India's minister of electronics and information technology signed a memorandum "
     "on chip supply chains.", "mou", ["semiconductors"]),
    ("Australia's industry minister and the UK secretary of state for science, innovation and technology signed "
     "an agreement on cyber security.", "agreement", ["cybersecurity"]),
]


@pytest.mark.parametrize("text, kind, expected", PORTFOLIO)
def test_a_signers_portfolio_is_not_covered(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


# ---------------------------------------------------------------- the areas told next, by "the two sides"

NEXT_AREAS = [
    ("India plans to sign a memorandum with the UAE on advanced technologies. The two sides will cooperate in five "
     "areas: AI, space, renewable energy, life sciences and advanced manufacturing.", "mou",
     ["advanced_manufacturing", "ai", "biotech", "clean_energy", "space"]),
    ("Japan and Kenya signed a partnership agreement on Monday. Both countries will work together on geothermal "
     "power and satellite launches.", "agreement", ["clean_energy", "space"]),
    ("Korea and Poland signed a memorandum in Warsaw. The two governments agreed to cooperate in nuclear power "
     "and batteries.", "mou", ["batteries", "nuclear"]),
]


@pytest.mark.parametrize("text, kind, expected", NEXT_AREAS)
def test_the_areas_the_two_sides_will_work_in(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


def test_a_deal_told_as_the_background_keeps_its_fields(extractor):
    text = ("Chile and Korea signed a memorandum on lithium on Monday. The memorandum comes after Chile signed an "
            "agreement with Japan on green hydrogen last month.")
    found = extractor(text, P).agreements
    assert "clean_energy" in {s for a in found for s in a.sectors}


# ---------------------------------------------------------------- instruments told in groups, each with its fields

GROUPS = [
    ("The accord is the latest in a run of clean energy deals Germany has struck lately, which include partnerships "
     "with Chile and Namibia, as well as space deals such as the Germany-Japan Lunar Partnership.",
     {("CHL", "DEU"): ["clean_energy"], ("DEU", "NAM"): ["clean_energy"], ("DEU", "JPN"): ["space"]}),
    ("Canada has signed AI partnerships with France and Japan, as well as quantum agreements with Finland and "
     "Denmark.", {("CAN", "FRA"): ["ai"], ("CAN", "JPN"): ["ai"], ("CAN", "FIN"): ["quantum"],
                  ("CAN", "DNK"): ["quantum"]}),
    ("Britain has recently signed science agreements with Brazil and Mexico, as well as digital partnerships such "
     "as the UK-Singapore Digital Economy Agreement.",
     {("BRA", "GBR"): ["science"], ("GBR", "MEX"): ["science"], ("GBR", "SGP"): ["digital"]}),
]


@pytest.mark.parametrize("text, expected", GROUPS)
def test_each_group_of_instruments_covers_its_own_fields(extractor, text, expected):
    found = {tuple(a.countries): sorted(a.sectors) for a in extractor(text, P).agreements if len(a.countries) == 2}
    assert found == expected


def test_one_pair_told_in_two_parts_keeps_each_parts_fields(extractor):
    text = "Japan and India signed an MoU on AI, as well as an agreement on hydrogen."
    found = sorted(sorted(a.sectors) for a in extractor(text, P).agreements)
    assert found == [["ai"], ["clean_energy"]]


# ---------------------------------------------------------------- general cooperation words and the fields they name

GENERAL = [
    ("Korea and Canada agreed to expand joint research in frontier fields such as chips, quantum and batteries.",
     "agreement", ["batteries", "quantum", "semiconductors"]),
    ("Japan and France signed a technology cooperation agreement on AI and robotics.", "agreement", ["ai", "robotics"]),
    ("Peru and Korea signed an agreement on industrial technology cooperation on Monday.", "agreement", ["science"]),
    ("Brazil and China signed an accord on technological cooperation in Beijing.", "agreement", ["science"]),
    ("Chile and Japan signed an accord on science and technology cooperation, including AI.", "agreement",
     ["ai", "science"]),
]


@pytest.mark.parametrize("text, kind, expected", GENERAL)
def test_general_cooperation_words_give_way_to_the_fields_named(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


# ---------------------------------------------------------------- words whose field is not the one a part suggests

WORDS = [
    # shipbuilding lies outside the list of technology fields
    ("Korea and the US signed an MoU on shipbuilding and AI chips.", "mou", ["ai", "semiconductors"]),
    # making chips is the chip field, not manufacturing at large
    ("Taiwan and Japan signed an agreement on semiconductor manufacturing equipment.", "agreement",
     ["semiconductors"]),
    ("Samsung signed a deal with a US firm for contract chip manufacturing.", "agreement", ["semiconductors"]),
    # a hydrogen car is a vehicle
    ("Korea and Indonesia signed an MoU on electric and hydrogen vehicles.", "mou", ["mobility"]),
    # information and communication technologies, in the plural too, are the digital field
    ("Mexico and the US announced a memorandum on information and communication technologies.", "mou",
     ["digital"]),
]


@pytest.mark.parametrize("text, kind, expected", WORDS)
def test_the_field_a_word_tells(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


# ---------------------------------------------------------------- "similar deals": the fields of the one they are like

ALIKE = [
    ("The EU signed a raw materials partnership with Chile on Monday. The EU signed similar agreements with Canada "
     "and Ukraine in 2021.", {("CHL", "EU"), ("CAN", "EU"), ("EU", "UKR")}, ["critical_minerals"]),
    ("Japan inked a lithium supply deal with Peru. Tokyo has already signed such pacts with Chile and Bolivia.",
     {("JPN", "PER"), ("CHL", "JPN"), ("BOL", "JPN")}, ["critical_minerals"]),
]


@pytest.mark.parametrize("text, pairs, expected", ALIKE)
def test_similar_instruments_cover_the_fields_of_the_one_they_are_like(extractor, text, pairs, expected):
    found = {tuple(a.countries): sorted(a.sectors) for a in extractor(text, P).agreements}
    assert set(found) == pairs and all(f == expected for f in found.values())


def test_similar_instruments_with_fields_of_their_own_keep_them(extractor):
    text = "Korea signed a hydrogen pact with Chile. Seoul has also signed similar AI deals with Canada and Japan."
    found = {tuple(a.countries): sorted(a.sectors) for a in extractor(text, P).agreements}
    assert found[("CAN", "KOR")] == ["ai"]


def test_the_areas_told_next_belong_to_the_instrument_the_text_goes_on_about(extractor):
    # the sentence before tells two (the news one and the one it follows): the areas are the news one's
    text = ("India plans to sign a memorandum with the UAE on advanced technologies. The memorandum follows the "
            "free trade agreement India and the UAE signed in February. The two sides will cooperate in four areas: AI, space, "
            "renewable energy and advanced industrial technology.")
    assert sectors_of(extractor, text, "mou") == ["advanced_manufacturing", "ai", "clean_energy", "space"]


def test_a_later_sentence_that_refers_back_tells_what_it_covers(extractor):
    text = ("Korea and the US held the first Emerging Technologies Dialogue in Seoul on Saturday. The dialogue was "
            "set up after the two leaders met in April. Officials from both sides attended the dialogue, the "
            "presidential office said. Both delegations praised the dialogue. In this dialogue, the two countries "
            "discussed cooperation in fields such as chips, quantum and batteries.")
    assert sectors_of(extractor, text, "dialogue") == ["batteries", "quantum", "semiconductors"]


def test_general_technology_cooperation_told_beside_a_field_stays(extractor):
    text = ("Brazil and China sign 12 agreements on trade and satellites. Most of the agreements are on "
            "technological cooperation.")
    found = extractor(text, P).agreements
    assert any("science" in a.sectors for a in found)


# ---------------------------------------------------------------- a public authority named for its portfolio

AUTHORITY = [
    ("The Saudi Data and AI Authority signed an MoU with IBM on training engineers in AI.", "mou", ["ai"]),
    ("Kenya's Information and Communications Technology Authority and Japan signed an MoU on cyber security.",
     "mou", ["cybersecurity"]),
]


@pytest.mark.parametrize("text, kind, expected", AUTHORITY)
def test_an_authoritys_portfolio_is_not_covered(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


# ---------------------------------------------------------------- what a new instrument builds on

BUILT_ON = [
    ("Vietnam and Singapore signed a green economy partnership on Friday. It builds on two memoranda of "
     "understanding signed in 2021, and covers hydrogen, data centres and carbon credits.",
     {"mou": []}),
    ("Mexico and the US launched a chip initiative on Monday. It builds on existing cooperation under the "
     "Mexico-US Economic Dialogue, while also supporting work on semiconductors and AI.",
     {"dialogue": []}),
    ("India and Japan launched an industrial partnership on Monday. The new partnership builds on the India-Japan "
     "Digital Partnership launched in 2018, which covered electronics and data centres.",
     {"digital": ["digital"]}),
]


@pytest.mark.parametrize("text, expected", BUILT_ON)
def test_what_an_instrument_builds_on_covers_its_own_fields(extractor, text, expected):
    found = extractor(text, P).agreements
    for key, fields in expected.items():
        match = [a for a in found if a.kind == key or key in (a.name or "").lower()]
        assert match and sorted(match[-1].sectors) == fields, found


# ---------------------------------------------------------------- words of fields as news writes them

FIELD_WORDS = [
    ("Peru and Korea renewed a scientific and technological cooperation accord on Friday.", "agreement", ["science"]),
    ("The UK and Canada signed a memorandum on AI compute on Thursday.", "mou", ["ai"]),
    ("Kenya and Italy signed an agreement on Earth observation on Monday.", "agreement", ["space"]),
    ("Egypt and China signed a memorandum on satellite navigation and remote sensing.", "mou", ["space"]),
    # climate technology is clean energy; research and development is science
    ("Britain and Qatar signed a partnership to invest £1 billion in climate technology on Monday.", "partnership",
     ["clean_energy"]),
    ("Chile and Norway launched a green tech alliance on Friday.", "partnership", ["clean_energy"]),
    ("Morocco and Tunisia will set up a shared fund for technological research, officials said.", "fund", ["science"]),
    ("Peru and Korea agreed on Monday to pool funds for joint R&D.", "agreement", ["science"]),
    # a research centre of no named field is general research; one of a named field is that field
    ("Peru and Japan signed a memorandum on Friday on founding a marine research centre in Lima.", "mou", ["science"]),
    ("Kenya and Germany signed a memorandum on Friday to build an AI research center in Nairobi.", "mou", ["ai"]),
]


@pytest.mark.parametrize("text, kind, expected", FIELD_WORDS)
def test_words_of_fields_as_news_writes_them(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


# a field's word in a name of an area outside the list (GUIDELINES: defence gets no sector)
OUTSIDE_WORDS = [
    ("Canberra and London signed a treaty on Monday to build nuclear-powered submarines together.", "agreement", []),
    ("Australia and Britain signed an accord on nuclear-powered submarines and on quantum computing research.",
     "agreement", ["quantum"]),
    ("France and India signed an agreement on Friday on civil nuclear power, apart from their talks on nuclear "
     "weapons.", "agreement", ["nuclear"]),
]


@pytest.mark.parametrize("text, kind, expected", OUTSIDE_WORDS)
def test_a_fields_word_in_the_name_of_an_area_outside_the_list(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


# the two countries' relationship itself, "their comprehensive strategic partnership" in place: no field of the news
RELATIONSHIP = [
    ("Vietnam and Korea signed a memorandum on chip design training on Tuesday. The deal adds to the comprehensive "
     "strategic partnership the two countries forged in 2022.", "partnership", []),
    ("Egypt and China signed a space memorandum on Wednesday in line with their comprehensive strategic "
     "partnership.", "partnership", []),
    ("Kenya and India signed a memorandum on data centres on Monday, in keeping with the comprehensive strategic "
     "partnership they set up in 2023.", "partnership", []),
]


# the areas an instrument covers listed one per line after a colon
LISTED_AREAS = [
    ("Kenya and Japan signed a memorandum of understanding on Monday in Nairobi.\nThe memorandum sets out the main "
     "areas of cooperation:\n- building research capacity in artificial intelligence;\n- investment in data "
     "centres;\n- training in cybersecurity.\nOfficials said more talks would follow.", "mou",
     ["ai", "cybersecurity", "digital"]),
    ("Peru and Korea signed a cooperation agreement on Monday. It covers the following fields:\n\n* quantum "
     "sensing\n* 6G research\n\nThe deal runs for five years.", "agreement", ["quantum", "telecom"]),
    ("Ghana and India signed a memorandum on Friday covering:\n1. solar power plants\n2. training of nurses\n"
     "Separately, India's space agency will launch a satellite.", "mou", ["clean_energy"]),
]


@pytest.mark.parametrize("text, kind, expected", LISTED_AREAS)
def test_the_areas_listed_line_by_line_after_a_colon(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


@pytest.mark.parametrize("text, kind, expected", RELATIONSHIP)
def test_the_relationship_in_place_covers_only_the_fields_of_its_own_name(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


# ---------------------------------------------------------------- a headline of two actions

HEADLINE_CLAUSES = [
    # the fields a headline tells before the clause of the instrument are another action's
    ("Chile, Peru pledge unity on nuclear plant project, sign MoU on battery recycling\n\nChile and Peru signed a "
     "memorandum of understanding on battery recycling on Monday.", "mou", ["batteries"]),
    ("Kenya and Japan hail geothermal plant progress, ink memorandum on AI skills\n\nKenya and Japan signed a "
     "memorandum on AI skills on Tuesday.", "mou", ["ai"]),
    # ... but fields after the instrument in its own clause stay
    ("India, Japan sign MoU on chips, AI\n\nIndia and Japan signed a memorandum of understanding on Monday.", "mou",
     ["ai", "semiconductors"]),
]


@pytest.mark.parametrize("text, kind, expected", HEADLINE_CLAUSES)
def test_a_headline_of_two_actions_gives_the_instrument_its_own_clause(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


@pytest.mark.parametrize("text, kind, expected", [
    # what a speaker says the cooperation will include, right after the instrument: its fields
    ("Kenya and Rwanda signed an ICT agreement on Monday. Minister Jane Wairimu said the cooperation will include "
     "data storage, e-government and cybersecurity.", "agreement", ["cybersecurity", "digital"]),
    ("Chile and Japan signed a memorandum on Monday. The minister added that the collaboration covers lithium and "
     "solar power.", "mou", ["clean_energy", "critical_minerals"]),
])
def test_the_fields_a_speaker_says_it_covers(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected
