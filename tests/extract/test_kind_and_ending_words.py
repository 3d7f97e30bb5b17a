"""How news names an instrument and tells that it ended.

Kind words (data/instruments.tsv, GUIDELINES.md kinds): a joint research programme and a flagship project or
programme launched together are a ``partnership``; a joint research call and an award programme are a ``fund``.
Ending words (data/status_cues.tsv): an instrument discontinued, ditched, axed, opted out of, backed out of,
scuppered, rescinded, put on ice or not extended is ``ended`` -- the news is its end. Look-alikes stay as they are: a
country's own flagship programme with no foreign party, a meeting that ended with a statement, a pact only threatened.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 4, 9)  # a Thursday


def told(extractor, text):
    return [(a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements]


PARTNERSHIP_WORDS = [
    ("Ghana and Japan launched a joint research program on satellite data on Monday.", ("GHA", "JPN")),
    ("The two governments, Sweden and Brazil, unveiled a joint research programme on batteries this week.",
     ("BRA", "SWE")),
    ("Seoul and Hanoi kicked off a flagship project on 5G smart factories on Tuesday.", ("KOR", "VNM")),
    ("Egypt and the EU launched two flagship projects on green hydrogen last week.", ("EGY", "EU")),
    ("Canada and Israel announced a flagship programme for quantum sensing on Wednesday.", ("CAN", "ISR")),
    ("Chile, Spain launch joint research program on lithium", ("CHL", "ESP")),
]


@pytest.mark.parametrize("text,pair", PARTNERSHIP_WORDS)
def test_joint_programmes_and_flagship_projects_are_partnerships(extractor, text, pair):
    assert told(extractor, text) == [("partnership", pair, "concluded")]


FUND_WORDS = [
    ("Norway and India opened a joint research call for projects on offshore wind on Monday.", ("IND", "NOR")),
    ("Japan and the EU launched a joint research call for collaborative work on quantum computing on Tuesday.",
     ("EU", "JPN")),
    ("France and Kenya set up an award programme for young AI researchers on Wednesday.", ("FRA", "KEN")),
]


@pytest.mark.parametrize("text,pair", FUND_WORDS)
def test_joint_research_calls_and_award_programmes_are_funds(extractor, text, pair):
    assert told(extractor, text) == [("fund", pair, "concluded")]


def test_an_own_flagship_programme_is_no_instrument(extractor):
    assert told(extractor, "Digital Kenya is the flagship programme of the Kenyan government for online services, "
                           "the minister said on Monday.") == []


ENDED = [
    ("The partnership between Korea and Peru on 5G was discontinued on Monday.", "partnership", ("KOR", "PER")),
    ("Canada discontinued its AI research agreement with China on Tuesday.", "agreement", ("CAN", "CHN")),
    ("Lithuania ditched its technology cooperation memorandum with China on Wednesday.", "mou", ("CHN", "LTU")),
    ("Italy opted out of the memorandum of understanding with China on Wednesday.", "mou", ("CHN", "ITA")),
    ("Panama backed out of its 2019 memorandum with China on the Belt and Road.", "mou", ("CHN", "PAN")),
    ("Poland axed its nuclear cooperation deal with Korea on Thursday.", "agreement", ("KOR", "POL")),
    ("Seoul and Tokyo scuppered their semiconductor dialogue last month.", "dialogue", ("JPN", "KOR")),
    ("Denmark rescinded its quantum memorandum with Russia, the ministry said on Friday.", "mou", ("DNK", "RUS")),
    ("Negotiations between Japan and Brazil on a space agreement were put on ice on Monday.", "agreement",
     ("BRA", "JPN")),
    # a veto, or a deal torn up or torpedoed, in other tenses
    ("Australia on Wednesday vetoed two agreements its state of Victoria had struck with China.", "agreement",
     ("AUS", "CHN")),
    ("Canberra is vetoing the memorandum Queensland signed with China on drone research, officials said.", "mou",
     ("AUS", "CHN")),
    ("Brazil is tearing up its 2020 space cooperation agreement with Russia, the ministry said.", "agreement",
     ("BRA", "RUS")),
    ("Kenya torpedoed its data agreement with Ethiopia on Friday.", "agreement", ("ETH", "KEN")),
    ("Chile is revoking its lithium memorandum with Bolivia, officials said on Monday.", "mou", ("BOL", "CHL")),
    # a party denounces, renounces or abrogates its own instrument: the legal words of leaving it
    ("Georgia's government denounced its 1998 agreement with Russia on air navigation, the ministry said.",
     "agreement", ("GEO", "RUS")),
    ("Moldova has renounced its 2011 memorandum with Belarus on space research.", "mou", ("BLR", "MDA")),
    ("Hungary abrogated the 2015 agreement with Serbia on radio frequencies on Tuesday.", "agreement",
     ("HUN", "SRB")),
]


@pytest.mark.parametrize("text,kind,pair", ENDED)
def test_an_instrument_ended_in_other_words_is_ended(extractor, text, kind, pair):
    assert told(extractor, text) == [(kind, pair, "ended")]


@pytest.mark.parametrize("text", [
    # an end only threatened, weighed, possible or denied: the instrument stands as told
    "India and the US signed an AI agreement on Monday. Congress threatened to veto the agreement.",
    "India and the US signed an AI agreement on Monday, though Congress could scrap the deal later.",
    "India and Japan signed an AI agreement on Monday. Japan said it would not tear up the deal.",
    "India and Japan signed an AI agreement on Monday. Opposition lawmakers urged the government to cancel it.",
    "India and Japan signed an AI agreement on Monday. Tokyo is considering suspending the pact, a newspaper said.",
    "India and Japan signed an AI agreement on Monday. China denounced the agreement as a bloc against it.",
])
def test_an_end_only_threatened_leaves_the_instrument_concluded(extractor, text):
    assert [status for _, _, status in told(extractor, text)] == ["concluded"]


@pytest.mark.parametrize("text", [
    "The memorandum of understanding between Estonia and China was not extended when its term ran out in March.",
    "Their memorandum on 5G, which Vietnam and China signed in 2019, was quietly rescinded last week.",
])
def test_a_memorandum_told_as_not_extended_or_rescinded_is_ended(extractor, text):
    assert [(k, s) for k, _, s in told(extractor, text)] == [("mou", "ended")]


@pytest.mark.parametrize("text,expected", [
    # a meeting that ended with a statement: the statement was made
    ("The ministers of Japan and Egypt ended their meeting with a joint statement on artificial intelligence on "
     "Monday.", [("joint_statement", ("EGY", "JPN"), "concluded")]),
    ("The leaders of India and Brazil ended their talks by signing an MoU on biofuels on Tuesday.",
     [("mou", ("BRA", "IND"), "concluded")]),
    # a pact only threatened is still in place
    ("China-US tensions threaten a 45-year-old science pact\n\nThe agreement between the United States and China has "
     "supported joint research in energy since 1979.", [("agreement", ("CHN", "USA"), "existing")]),
    # a meeting that ended: what was agreed at it was made
    ("Korea and Chile wrapped up their forum on Wednesday, and signed an agreement on lithium there.",
     [("agreement", ("CHL", "KOR"), "concluded")]),
])
def test_look_alikes_of_an_ending_keep_their_status(extractor, text, expected):
    assert told(extractor, text) == expected


def test_a_body_dissolved_does_not_end_the_pact_it_delays(extractor):
    text = "Peru's congress was dissolved last week, which delays the digital trade agreement with Korea."
    assert "ended" not in [s for _, _, s in told(extractor, text)]


@pytest.mark.parametrize("text, expected", [
    # named consultations of two governments are a standing format, a dialogue (one, though the word is plural)
    ("The two sides reviewed ties during the Ghana-Japan Foreign Office Consultations held in Accra on Tuesday.",
     [("dialogue", ("GHA", "JPN"), "existing")]),
    ("The 8th round of Chile-Korea Strategic Consultations took place in Seoul on Tuesday.",
     [("dialogue", ("CHL", "KOR"), "existing")]),
    ("Brazil and Germany held their first intergovernmental consultations in Brasilia on Tuesday.",
     [("dialogue", ("BRA", "DEU"), "concluded")]),
    # ... but consultations held on a matter are talks, no body
    ("Officials from Kenya and Uganda held consultations on the railway project on Tuesday.", []),
    ("After consultations with Germany, France said on Tuesday it would raise its chip subsidies.", []),
])
def test_consultations_of_two_governments(extractor, text, expected):
    assert [(k, c, s) for k, c, s in told(extractor, text)] == expected
    assert all(a.quantity == 1 for a in extractor(text, P).agreements)


@pytest.mark.parametrize("text, parties", [
    # "documents for cooperation", as "documents on cooperation": a text signed or exchanged (here by two firms of
    # two countries)
    ("Kawasaki Heavy Industries and Daimler Truck exchanged documents for cooperation on hydrogen trucks on Tuesday.",
     ("DEU", "JPN")),
    ("Egypt and Kenya signed a document for cooperation in digital skills training.", ("EGY", "KEN")),
])
def test_documents_for_cooperation_are_a_text(extractor, text, parties):
    assert told(extractor, text) == [("agreement", parties, "concluded")]
