"""Where news tells the fields an instrument covers outside the sentences that name it.

Every text here is written for these tests (different outlets, tenses and word orders for each phenomenon).
"""

import pytest

from .test_sectors import P, sectors_of


FILLER = ("The ceremony took place at the foreign ministry. Several business leaders attended the event. "
          "Officials said the visit was the first of its kind in a decade. Trade between the two reached a record "
          "last year. ")

MORE_MOU = ("The memorandum was signed by the two trade ministers. Both leaders praised the memorandum. It is the third "
            "such MoU this year. ")

# ---------------------------------------------------------------- a later sentence on the cooperation says what it covers

LATER = [
    # the scope of the cooperation, far down the article
    ("Brazil and Japan signed a memorandum of cooperation in Brasilia on Monday. " + FILLER +
     "The scope of the cooperation extends to satellite launches, quantum computing and cloud services.",
     "mou", ["digital", "quantum", "space"]),
    # the cooperation, after an opening phrase of its own
    ("Kenya and the UAE on Monday signed an investment memorandum. " + FILLER +
     "Besides training engineers, the collaboration may also include projects in artificial intelligence.",
     "mou", ["ai"]),
    # the two sides, in the future tense
    ("Vietnam and South Korea signed a memorandum of understanding in Hanoi on Monday. " + FILLER +
     "The two sides will also work together on semiconductors and 6G networks.", "mou", ["semiconductors", "telecom"]),
    # the instrument itself, as its seventh sentence
    ("Indonesia and Australia signed an MoU on Monday. " + FILLER + "The MoU was signed by the two trade ministers. "
     "Both leaders praised the MoU. It is the third such MoU this year. "
     "The MoU will focus on areas including battery materials, electric vehicles and hydrogen.",
     "mou", ["batteries", "clean_energy", "mobility"]),
    # the two countries by name, told by a ministry
    ("Poland and South Korea signed an agreement in Seoul on Monday. " + FILLER +
     "The ministry said Poland and South Korea will further strengthen cooperation in nuclear power and space "
     "exploration.", "agreement", ["nuclear", "space"]),
    # both countries, told by a speaker, in the past tense
    ("Chile and Germany inked a memorandum on Monday. " + FILLER +
     "The minister said both countries would cooperate on robotics and artificial intelligence.",
     "mou", ["ai", "robotics"]),
    # the fields named as the subject, with what they are covered by
    ("Japan and the US will sign a memorandum of cooperation on Tuesday. " + FILLER + MORE_MOU +
     "The six fields covered by the memorandum include fusion energy, space exploration and biotechnology.",
     "mou", ["biotech", "nuclear", "space"]),
    # the scope between the two sides
    ("Ghana and Morocco signed an accord on Monday. " + FILLER +
     "The scope of cooperation between the two countries will include solar power and satellite data.",
     "agreement", ["clean_energy", "digital", "space"]),
    # bare cooperation under the instrument
    ("Nepal and India signed an MoU in Kathmandu on Monday. " + FILLER + MORE_MOU +
     "Cooperation under the MoU will span hydropower and cloud computing.", "mou", ["digital"]),
    # exploring cooperation, told by a speaker
    ("Laos and Thailand signed an MoU on Monday. " + FILLER +
     "He added that both countries would explore cooperation in electric vehicles and batteries.",
     "mou", ["batteries", "mobility"]),
    # the instrument lists its areas
    ("Peru and Spain signed an agreement on Monday. " + FILLER + "The agreement was signed by the two ministers. "
     "The agreement runs for five years. Both praised the agreement. "
     "The agreement sets out priority areas such as lithium refining and green hydrogen.",
     "agreement", ["clean_energy", "critical_minerals"]),
    # joint research in fields, by the two sides
    ("The US and Britain issued a declaration on Thursday. " + FILLER +
     "The two sides will promote joint research in quantum computing and synthetic biology.",
     "joint_statement", ["biotech", "quantum"]),
    # the areas of collaboration for the two nations, with no article
    ("Oman and Japan signed an accord on Monday. " + FILLER +
     "Main fields of collaboration for both sides include robotics and space.", "agreement", ["robotics", "space"]),
    # an adverb between the subject and its verb; other verbs of focus
    ("Canada and Korea signed a memorandum of cooperation on Monday. " + FILLER + MORE_MOU +
     "The Canada-Korea memorandum specifically targets battery recycling and hydrogen vehicles.",
     "mou", ["batteries", "mobility"]),
    ("Kenya and India signed an MoU on Monday. " + FILLER +
     "Their collaboration will mainly concentrate on cloud computing and cyber security.",
     "mou", ["cybersecurity", "digital"]),
    # "the two" with no noun
    ("Italy and India signed a memorandum in Rome on Monday. " + FILLER +
     "The two will also work together on hydrogen and batteries.", "mou", ["batteries", "clean_energy"]),
    # the instrument with a present-tense cover verb
    ("Egypt and Greece signed an agreement on Monday. " + FILLER + "The agreement was signed by the two ministers. "
     "The agreement runs for five years. Both praised the agreement. " +
     "The agreement also encompasses subsea cables and data centres.", "agreement", ["digital", "telecom"]),
    # a sentence that calls its list the areas of the work, whatever its subject and verb
    # areas with an adjective, to be explored, the list after "including"
    ("Serbia and Israel signed a memorandum on a joint fund for start-ups on Monday. " + FILLER +
     "Priority research areas are to be explored, including robotics, space technology and biotechnology.",
     "mou", ["biotech", "robotics", "space"]),
    # what projects under it will bring, in focus areas of mutual interest
    ("Chile and Korea signed an agreement on an innovation fund on Monday. " + FILLER +
     "Such projects should lead to new products in focus areas of mutual interest such as batteries and cloud "
     "services.", "agreement", ["batteries", "digital"]),
    # a quoted sentence that names the instrument: "the fields of cooperation ... under this memorandum are ..."
    ("Peru and China signed an MoU on telecommunications cooperation on Tuesday. " + FILLER + MORE_MOU +
     "\u201cThe areas of collaboration that Peru and China agreed on under this MoU relate to quantum computing "
     "and cyber security,\u201d the minister said.", "mou", ["cybersecurity", "quantum", "telecom"]),
    # the areas named as the subject, with a colon
    ("Ghana and India signed an accord on Monday. " + FILLER +
     "The agreed fields of cooperation are: solar power, satellites and artificial intelligence.",
     "agreement", ["ai", "clean_energy", "space"]),
    # a selected-sectors list told in the past tense
    ("Norway and Vietnam signed a memorandum in Oslo on Friday. " + FILLER +
     "Key areas identified for joint work were offshore wind and battery storage.",
     "mou", ["batteries", "clean_energy"]),
]


@pytest.mark.parametrize("text, kind, expected", LATER)
def test_a_later_sentence_on_the_cooperation_tells_its_fields(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


NOT_LATER = [
    # what the talks touched on
    ("Vietnam and South Korea signed a memorandum on chips in Hanoi on Monday. " + FILLER +
     "The two sides also discussed cooperation in cybersecurity.", "mou", ["semiconductors"]),
    # another country's cooperation
    ("Poland and South Korea signed an agreement on nuclear power in Seoul on Monday. " + FILLER +
     "Japan and France will also cooperate on space exploration.", "agreement", ["nuclear"]),
    # a country's own strengths are no areas of the work
    ("Serbia and Israel signed a memorandum on a joint research fund on Monday. " + FILLER +
     "Israel has long been a leader in fields such as robotics and biotechnology.", "mou", ["science"]),
    # the areas of another pair's cooperation
    ("Poland and Korea signed an agreement on nuclear power in Seoul on Monday. " + FILLER +
     "Japan and France have named space and robotics as priority areas of their own cooperation.",
     "agreement", ["nuclear"]),
]


@pytest.mark.parametrize("text, kind, expected", NOT_LATER)
def test_talks_and_other_pairs_tell_no_fields(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


def test_two_instruments_leave_a_later_scope_sentence_unplaced(extractor):
    text = ("Peru and Japan signed a memorandum on lithium on Monday. They also concluded a space agreement. "
            + FILLER + "The two sides will also cooperate on robotics.")
    found = {a.kind: sorted(a.sectors) for a in extractor(text, P).agreements}
    assert found == {"mou": ["critical_minerals"], "agreement": ["space"]}


@pytest.mark.parametrize("text, expected", [
    ("Spain and Korea signed an MoU on next-generation communications and space on Monday.", ["space", "telecom"]),
    ("Oman and India signed an MoU covering the Internet of Things (IoT) and e-commerce.", ["digital"]),
])
def test_words_for_network_and_online_fields(extractor, text, expected):
    assert sectors_of(extractor, text, "mou") == expected


def test_a_later_scope_sentence_goes_to_the_instrument_the_article_leads_with(extractor):
    text = ("Britain signs research deal with Qatar. Britain and Qatar signed a memorandum on research links on "
            "Monday. The memorandum was signed in London. The two also launched a partnership between their "
            "universities. " + FILLER + "Areas of cooperation for the two countries include robotics and "
            "biotechnology.")
    found = {a.kind: sorted(a.sectors) for a in extractor(text, P).agreements}
    assert found["mou"] == ["biotech", "robotics"]
    assert "robotics" not in found.get("partnership", [])


@pytest.mark.parametrize("text, kind, expected", [
    ("Chile and Korea signed a memorandum on Monday. Five priority areas are named in it, and they include "
     "cybersecurity and cloud services.", "mou", ["cybersecurity", "digital"]),
    ("Ghana and Japan signed an accord in Accra. Key fields of the work include solar power and space.",
     "agreement", ["clean_energy", "space"]),
])
def test_the_areas_told_right_after_it_with_a_number_or_an_adjective(extractor, text, kind, expected):
    assert sectors_of(extractor, text, kind) == expected


@pytest.mark.parametrize("text", [
    "Korea's minister said ties with the US would keep growing on the back of Seoul's AI partnership with Washington.",
    "Korea's minister said ties with the US would keep growing on the back of a partnership with Washington on AI.",
])
def test_a_partnership_told_with_its_field_in_its_noun_phrase(extractor, text):
    found = [a for a in extractor(text, P).agreements if a.kind == "partnership"]
    assert found and "ai" in found[0].sectors



def test_the_areas_of_a_fund_that_is_the_only_instrument(extractor):
    text = ("Serbia and Israel set up a joint fund for start-ups on Monday. " + FILLER +
            "Leading areas to be explored include robotics and biotechnology.")
    assert sectors_of(extractor, text, "fund") == ["biotech", "robotics"]


@pytest.mark.parametrize("text", [
    # the areas the cooperation so far has covered
    "Qatar and Korea signed a partnership on Monday. " + FILLER +
    "The leaders hoped to widen cooperation beyond the two key areas of nuclear power and space.",
    # the areas of another instrument the sentence tells
    "Qatar and Korea signed a partnership on Monday. " + FILLER +
    "A national programme launched last year targets priority areas such as nuclear power and space.",
])
def test_areas_beyond_the_work_or_of_another_instrument_tell_no_fields(extractor, text):
    assert sectors_of(extractor, text, "partnership") == []



def test_a_scope_sentence_goes_to_every_telling_of_one_instrument_not_merged_yet():
    # a photo caption and the lead each tell the memorandum: one instrument, two records until they are merged
    from pactwatch.extract.instruments import Record
    from pactwatch.extract.sectorscope import _lead
    caption = Record("mou", "concluded", [0, 2], ["CHL", "PER"])
    lead = Record("mou", "concluded", [1], ["CHL", "PER"])
    assert _lead([caption, lead], 0, 7) == [caption, lead]
    other = Record("agreement", "concluded", [1], ["CHL", "PER"])
    assert _lead([caption, other], 0, 7) == []
