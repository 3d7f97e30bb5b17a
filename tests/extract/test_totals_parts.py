"""A total of instruments and the sentences around it that tell parts of it (GUIDELINES.md: how counts add up).

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 12)  # a Thursday


def counted(extractor, text):
    return sorted((a.kind, tuple(a.countries), a.status, a.quantity) for a in extractor(text, P).agreements)


@pytest.mark.parametrize("text, expected", [
    # the instrument told first, then set in the total by a sentence that refers back to it
    ("Chile and Korea signed a lithium refining memorandum on Monday. It was one of nine agreements signed during "
     "the visit.", [("agreement", ("CHL", "KOR"), "concluded", 8), ("mou", ("CHL", "KOR"), "concluded", 1)]),
    ("Egypt and Japan adopted a space framework on Tuesday. The framework is one of six documents exchanged at the "
     "summit.", [("agreement", ("EGY", "JPN"), "concluded", 5), ("framework", ("EGY", "JPN"), "concluded", 1)]),
    ("Ghana and Brazil signed an agreement on satellite data on Friday. It is one of four accords signed during the "
     "state visit.", [("agreement", ("BRA", "GHA"), "concluded", 1), ("agreement", ("BRA", "GHA"), "concluded", 3)]),
    ("Peru and Korea signed a memorandum on lithium. The memorandum is one of nine agreements signed during the "
     "visit.", [("agreement", ("KOR", "PER"), "concluded", 8), ("mou", ("KOR", "PER"), "concluded", 1)]),
])
def test_the_one_told_before_is_one_of_the_total(extractor, text, expected):
    assert counted(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count of countries, not of instruments
    ("Chile and Korea signed a lithium memorandum on Monday. Chile is one of nine countries with such deals.",
     [("mou", ("CHL", "KOR"), "concluded", 1)]),
    # a total of other times and partners: the one told is not one of it (a tally over the years, in place)
    ("Chile and Korea signed a lithium memorandum on Monday. The memorandum is one of nine agreements Korea has "
     "signed with Latin American states since 2020.",
     [("agreement", ("CHL", "KOR"), "existing", 9), ("mou", ("CHL", "KOR"), "concluded", 1)]),
])
def test_a_count_of_something_else_leaves_the_one_alone(extractor, text, expected):
    assert counted(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "other <instruments> were also signed": the rest of the total, told again
    ("Peru and Korea signed nine agreements on Monday, including an MoU on lithium. Other deals were signed on "
     "health and tourism.", [("agreement", ("KOR", "PER"), "concluded", 8), ("mou", ("KOR", "PER"), "concluded", 1)]),
    ("Brazil and China signed 20 agreements on Friday, including a memorandum on satellites. Several other "
     "agreements were also concluded with Chinese carmakers.",
     [("agreement", ("BRA", "CHN"), "concluded", 19), ("mou", ("BRA", "CHN"), "concluded", 1)]),
    ("Vietnam and Japan signed 11 documents on Tuesday, including a memorandum on chips. Other memoranda were "
     "inked on tourism and culture.",
     [("agreement", ("JPN", "VNM"), "concluded", 10), ("mou", ("JPN", "VNM"), "concluded", 1)]),
])
def test_other_instruments_told_after_a_total_are_its_rest(extractor, text, expected):
    assert counted(extractor, text) == expected


@pytest.mark.parametrize("text, other", [
    # others with another partner, or still to come: instruments of their own
    ("Peru and Korea signed nine agreements on Monday, including an MoU on lithium. Other agreements with Japan "
     "were signed last year.", ("agreement", ("JPN", "PER"), "existing", None)),
    ("Peru and Korea signed nine agreements on Monday, including an MoU on lithium. Other deals will be signed in "
     "June.", ("agreement", ("KOR", "PER"), "planned", None)),
])
def test_other_instruments_of_another_kind_stay(extractor, text, other):
    assert other in counted(extractor, text)


@pytest.mark.parametrize("text, expected", [
    # "Among them is one between A and B on X": one of the total told by its signatories or topic, no noun
    ("Saudi Arabia and the United States signed 18 agreements on Friday. Among them is one between the Saudi "
     "Space Authority and NASA on lunar exploration.",
     [("agreement", ("SAU", "USA"), "concluded", 1), ("agreement", ("SAU", "USA"), "concluded", 17)]),
    ("Malaysia and China signed 31 memoranda on Wednesday. Among them was one between Bernama and Xinhua on news "
     "exchange.", [("mou", ("CHN", "MYS"), "concluded", 1), ("mou", ("CHN", "MYS"), "concluded", 30)]),
    ("Kenya and Japan signed 12 agreements on Monday. Among the deals was one on geothermal power between KenGen "
     "and Toshiba.", [("agreement", ("JPN", "KEN"), "concluded", 1), ("agreement", ("JPN", "KEN"), "concluded", 11)]),
    # the one told with its own instrument word
    ("Kenya and Japan signed 12 agreements on Monday. Among these is an MoU between Kenya Power and JERA on "
     "hydrogen.", [("agreement", ("JPN", "KEN"), "concluded", 11), ("mou", ("JPN", "KEN"), "concluded", 1)]),
])
def test_among_them_after_a_total_is_one_of_it(extractor, text, expected):
    assert counted(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "among them" told of people or firms, not of the instruments
    ("Kenya and Japan signed 12 agreements on Monday. Among them were ministers of energy and trade.",
     [("agreement", ("JPN", "KEN"), "concluded", 12)]),
    ("Kenya and Japan signed 12 agreements on Monday. Among the guests was one of Japan's largest carmakers.",
     [("agreement", ("JPN", "KEN"), "concluded", 12)]),
])
def test_among_them_of_people_leaves_the_total(extractor, text, expected):
    assert counted(extractor, text) == expected


def test_the_rest_keeps_the_fields_the_total_was_told_to_cover(extractor):
    text = ("Kenya and Japan signed 12 agreements on Monday. The agreements cover space and telecoms. Among them is "
            "one between KenGen and Toshiba on geothermal power.")
    got = sorted((a.quantity, sorted(a.sectors)) for a in extractor(text, P).agreements)
    assert got == [(1, ["clean_energy"]), (11, ["space", "telecom"])]


@pytest.mark.parametrize("text, expected", [
    # members of a total told by what they aim at or will do ("one aims to", "another will advance")
    ("India and Japan signed 13 agreements on Friday. Of the agreements, one relates to the mobility of skilled "
     "workers, while another will advance collaboration in digital public infrastructure.",
     [(1, ()), (1, ("digital",)), (11, ())]),
    ("Ghana and Korea signed seven memoranda on Monday. One aims to train nurses, while another will support "
     "semiconductor research.", [(1, ()), (1, ("semiconductors",)), (5, ())]),
    # no member: a person's word, and one more still to come
    ("Chile and Germany signed four agreements on Tuesday. One official said they will boost trade.", [(4, ())]),
])
def test_members_told_by_what_they_aim_at(extractor, text, expected):
    assert sorted((a.quantity, tuple(sorted(a.sectors))) for a in extractor(text, P).agreements) == expected


@pytest.mark.parametrize("text, expected", [
    # a running count told beside the news: the count of all made so far, no instrument of its own
    ("Egypt and Spain signed an AI memorandum on Monday, bringing the number of bilateral agreements to 40.",
     [("mou", ("EGY", "ESP"), "concluded", 1)]),
    ("Egypt and Spain signed eleven agreements on Monday, bringing the total number of agreements between them "
     "to 40.", [("agreement", ("EGY", "ESP"), "concluded", 11)]),
    ("Japan and Kenya signed a hydrogen MoU on Friday, taking the total of deals signed between them this year "
     "to 12.", [("mou", ("JPN", "KEN"), "concluded", 1)]),
])
def test_a_running_count_is_no_instrument(extractor, text, expected):
    assert counted(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # one told beside a total as outside it: each keeps the fields of its own words
    ("Kenya and Germany concluded four accords on Tuesday, in addition to a separate green hydrogen partnership.",
     [(1, ("clean_energy",)), (4, ())]),
    ("Chile and Korea signed five agreements on AI and chips on Monday, besides a standalone lithium MoU.",
     [(1, ("critical_minerals",)), (5, ("ai", "semiconductors"))]),
    ("Korea and Poland signed nine memoranda on nuclear power on Monday, as well as a separate space agreement.",
     [(1, ("space",)), (9, ("nuclear",))]),
])
def test_one_beside_the_total_keeps_its_own_fields(extractor, text, expected):
    assert sorted((a.quantity, tuple(sorted(a.sectors))) for a in extractor(text, P).agreements) == expected


@pytest.mark.parametrize("text, expected", [
    # the next member told with its verb left out
    ("Peru and Korea signed two memoranda on Tuesday. The first covers lithium refining and the second battery "
     "recycling.", [(1, ("batteries",)), (1, ("critical_minerals",))]),
    ("Vietnam and Japan signed six agreements on Friday. One concerns chip packaging; the other, satellite data.",
     [(1, ("digital", "space")), (1, ("semiconductors",)), (4, ())]),
    # the second told by a verb of its own that tells no subject: no member
    ("Ghana and Korea signed four memoranda on Monday. One deals with AI, and the other was signed by the two "
     "health ministers.", [(1, ("ai",)), (3, ())]),
    ("Ghana and Korea signed four memoranda on Monday. One covers AI research, while the second is expected to "
     "follow next year.", [(1, ("ai",)), (3, ())]),
])
def test_members_told_with_the_verb_left_out(extractor, text, expected):
    assert sorted((a.quantity, tuple(sorted(a.sectors))) for a in extractor(text, P).agreements) == expected


@pytest.mark.parametrize("text, expected", [
    # "several agreements", no count: the items the next sentence lists are the records, each its own
    ("Peru and Chile signed several agreements on Monday. Among them were accords on satellite data sharing, on "
     "port digitisation and on customs cooperation.", [("agreement", ("CHL", "PER"), "concluded", 1)] * 3),
    ("The presidents of Ghana and Togo oversaw the exchange of a number of intergovernmental agreements on Tuesday. "
     "Among these were accords related to the sharing of weather data, the training of engineers, and the opening "
     "of border posts.", [("agreement", ("GHA", "TGO"), "concluded", 1)] * 3),
    ("Laos and Vietnam signed a series of memoranda on Friday. They include memoranda on hydropower, on rail links "
     "and on vocational training.", [("mou", ("LAO", "VNM"), "concluded", 1)] * 3),
    ("Oman and India exchanged several agreements in Muscat on Sunday. These included agreements concerning space "
     "research and the digital payments link.", [("agreement", ("IND", "OMN"), "concluded", 1)] * 2),
])
def test_an_uncounted_total_told_item_by_item_in_the_next_sentence_gives_the_items(extractor, text, expected):
    assert counted(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the next sentence tells no items: the plural stays one record
    ("Peru and Chile signed several agreements on Monday. Among them were the countries' trade ministers.",
     [("agreement", ("CHL", "PER"), "concluded", None)]),
    ("Peru and Chile signed several agreements on Monday. They include no deal on lithium, officials said.",
     [("agreement", ("CHL", "PER"), "concluded", None)]),
])
def test_an_uncounted_total_whose_next_sentence_tells_no_items_stays_one(extractor, text, expected):
    assert counted(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "in 2018 and 2019" tells when the counted ones were made, not one field each
    ("Australia cancelled two agreements that its state of Victoria signed with China in 2018 and 2019.",
     [("agreement", ("AUS", "CHN"), "ended", 2)]),
    ("Chile and Peru signed three memoranda in January and February, officials said on Thursday.",
     [("mou", ("CHL", "PER"), "concluded", 3)]),
])
def test_years_after_a_count_are_no_fields(extractor, text, expected):
    assert counted(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a counted total, then the next sentence tells several of them by their own words: each a record, and the rest
    ("India and Germany signed nine agreements on Friday. These included a memorandum on skilled migration, an "
     "agreement on classified information and a roadmap on innovation.",
     [("action_plan", ("DEU", "IND"), "concluded", 1), ("agreement", ("DEU", "IND"), "concluded", 1),
      ("agreement", ("DEU", "IND"), "concluded", 6), ("mou", ("DEU", "IND"), "concluded", 1)]),
    ("Peru and Korea exchanged five documents on Tuesday. They include a joint statement on digital trade and a "
     "framework on critical minerals.",
     [("agreement", ("KOR", "PER"), "concluded", 3), ("framework", ("KOR", "PER"), "concluded", 1),
      ("joint_statement", ("KOR", "PER"), "concluded", 1)]),
])
def test_items_of_a_counted_total_told_by_their_own_words(extractor, text, expected):
    assert counted(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a total told after a meeting and its day is its own record: the day is no subject of the meeting
    ("India and Germany concluded their seventh intergovernmental consultations on Friday with nine agreements.",
     [("agreement", ("DEU", "IND"), "concluded", 9), ("dialogue", ("DEU", "IND"), "existing", 1)]),
])
def test_a_total_told_after_a_meeting_on_its_day(extractor, text, expected):
    assert counted(extractor, text) == expected


def test_what_a_text_signed_on_a_day_sets_out_is_that_text(extractor):
    text = ("Chile and Korea signed a memorandum of understanding on Wednesday that sets out a Green Growth Deal "
            "between the two countries.")
    assert [a.kind for a in extractor(text, P).agreements] == ["mou"]
