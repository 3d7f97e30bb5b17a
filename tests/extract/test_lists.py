"""Lists of instruments: each item under an intro that counts or names instruments is a record of its own.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 12)  # a Thursday


def items(extractor, text, published=P):
    return [(a.kind, tuple(a.countries), a.date, a.quantity) for a in extractor(text, published).agreements]


@pytest.mark.parametrize("text", [
    # items told only by who signed them ("A & B: topic") under "the MoUs include:"
    "Pakistan and China signed several MoUs on Monday. The key MoUs include:\n"
    "- Ministry of IT & ZTE: fibre network rollout\n"
    "- Pakistan Telecom Authority & Huawei: 5G skills training\n"
    "- National Cable Company & China Cable Group: a submarine cable\n",
    "Pakistan and China exchanged memoranda of understanding in Beijing on Monday. The memoranda signed were:\n"
    "• Ministry of IT and Telecom with ZTE – fibre networks\n"
    "• Pakistan Telecom Authority with Huawei – 5G skills\n"
    "• National Cable Company with China Cable Group – submarine cables\n",
])
def test_items_told_by_their_signatories_are_instruments(extractor, text):
    assert items(extractor, text) == [("mou", ("CHN", "PAK"), "2026-03-09", 1)] * 3


@pytest.mark.parametrize("text", [
    "Pakistan and China signed an MoU on Monday. The MoU covers the following areas:\n"
    "- Fibre network rollout\n- 5G skills training\n- Submarine cables\n",
    # the areas told as set out in the instrument, after their own noun
    "Germany and Chile signed a declaration of intent on hydrogen on Monday. The minister said they would set out "
    "four pillars of cooperation in the declaration of intent:\n- Speeding up hydrogen projects for industry.\n"
    "- Promote trade in hydrogen and related goods\n- Joint market analysis to guide planning and investment.\n",
    "Peru and Korea signed an MoU on lithium. Officials listed the priorities under the memorandum:\n"
    "- Joint exploration surveys\n- Cooperation on refining technology\n",
])
def test_items_of_a_list_of_topics_are_no_instruments(extractor, text):
    assert [q for _, _, _, q in items(extractor, text)] == [1]


@pytest.mark.parametrize("text, expected", [
    # "One of the deals, an MoU on X, ...": one of the total told on its own, the total the rest
    ("The UK has signed two collaboration agreements with Canada. One of the deals, an MoU on compute, will focus "
     "on AI research.", [("agreement", 1), ("mou", 1)]),
    ("Chile and Korea signed three agreements on Monday. One of them, a memorandum on lithium refining, covers "
     "recycling.", [("agreement", 2), ("mou", 1)]),
])
def test_one_of_the_total_apposed(extractor, text, expected):
    assert sorted((k, q) for k, _, _, q in items(extractor, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a total, then its instruments told by who signed each, pair by pair
    ("Malaysia and Turkey signed five memorandums of understanding on Thursday. Among the signatories were the "
     "health ministries of both countries; Malaysia's Ministry of Digital with Turkey's Directorate of "
     "Communications; and Malaysia's Space Agency with Turkish Aerospace.",
     [("mou", 1), ("mou", 1), ("mou", 1), ("mou", 2)]),
    ("Chile and Korea exchanged four agreements on Monday. The agreements were signed by Codelco and Korea Zinc; "
     "ENAP and KOGAS; and Chile's Economy Ministry with Korea's Trade Ministry.",
     [("agreement", 1), ("agreement", 1), ("agreement", 1), ("agreement", 1)]),
])
def test_a_total_told_by_its_signatory_pairs(extractor, text, expected):
    assert sorted((k, q) for k, _, _, q in items(extractor, text)) == expected


def test_items_under_a_heading_that_names_the_instruments(extractor):
    text = ("Kenya and Korea sign digital MoUs\n\nKenya and Korea signed several MoUs in Seoul on Monday.\n\n"
            "MoUs Signed\n\n"
            "  • Kenya ICT Authority & KT Corp: Fibre networks (G2B)\n"
            "  • Konza Technopolis & Naver: Data centres (G2B)\n"
            "  • Ministry of ICT & Ministry of Science: AI research (G2G)\n"
            "  • Safaricom & Samsung: Strategic partnership on 5G (B2B)\n")
    assert items(extractor, text) == [("mou", ("KEN", "KOR"), "2026-03-09", 1)] * 4


@pytest.mark.parametrize("text, expected", [
    # a named one said to be one of, or among, a total signed is one of them: made then, the total keeps the rest
    ("The Green Economy Partnership was one of four agreements Singapore and Vietnam signed on Thursday.",
     [("agreement", 3, "concluded"), ("partnership", 1, "concluded")]),
    ("The Lima Space Accord is among the five pacts Peru and Chile sealed on Tuesday.",
     [("agreement", 1, "concluded"), ("agreement", 4, "concluded")]),
])
def test_a_named_one_among_a_total_signed(extractor, text, expected):
    got = sorted((a.kind, a.quantity, a.status) for a in extractor(text, P).agreements)
    assert got == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a plural told with no count, then counted: one total, dated as the plural told it
    ("Chile and Peru signed new agreements on Tuesday. In all, five memoranda were signed, officials said.",
     [("mou", 5, "2026-03-10")]),
    ("Singapore and Vietnam inked fresh deals on Thursday. The Green Economy Partnership was one of four agreements "
     "signed during the visit.", [("agreement", 3, "2026-03-12"), ("partnership", 1, "2026-03-12")]),
    # ... but plurals of other parties stay apart
    ("Chile and Peru signed new agreements on Tuesday. Chile and Bolivia signed five memoranda on Wednesday.",
     [("agreement", None, "2026-03-10"), ("mou", 5, "2026-03-11")]),
])
def test_a_plural_then_counted_is_one_total(extractor, text, expected):
    assert sorted(((a.kind, a.quantity, a.date) for a in extractor(text, P).agreements), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text, expected, total", [
    # a total whose instruments are then told by pronouns ("one ..., another ..., the third ..."): one record each
    ("Kenya and Japan signed three memorandums on Friday. One covers geothermal power, another covers AI skills, and "
     "the third covers health.", [("mou", ["clean_energy"]), ("mou", ["ai"]), ("mou", [])], 3),
    ("Vietnam and the US signed two cooperation deals on Tuesday. Vietnam's innovation agency signed one with Intel on "
     "chip training, while the science ministry signed another with Nvidia on AI.",
     [("agreement", ["semiconductors"]), ("agreement", ["ai"])], 2),
    # ... and a total with more than are told keeps one record for the rest
    ("Chile and Korea signed four agreements on Monday. One covers lithium refining and another covers battery "
     "recycling.", [("agreement", ["critical_minerals"]), ("agreement", ["batteries"]), ("agreement", [])], 4),
])
def test_a_total_told_by_pronouns_is_one_record_each(extractor, text, expected, total):
    found = extractor(text, P).agreements
    assert sorted((a.kind, sorted(a.sectors)) for a in found) == sorted(expected)
    assert sum(a.quantity or 1 for a in found) == total


@pytest.mark.parametrize("text, expected, total", [
    # a total, then its instruments told one to a sentence by a noun and an ordinal ("One of the memorandums ...",
    # "A second memorandum ...", "The last memorandum ..."): one record each, with its own fields
    ("Chile and Spain signed four memorandums of understanding on Monday in Madrid. One of the memorandums covers "
     "lithium processing. A second memorandum deals with solar power. The last memorandum concerns tourism.",
     [("mou", ["critical_minerals"]), ("mou", ["clean_energy"]), ("mou", []), ("mou", [])], 4),
    ("Egypt and the United States signed three grant agreements on Sunday. The first agreement funds research on "
     "semiconductors. The second agreement supports satellite engineering, and the third grant goes to rural schools.",
     [("agreement", ["semiconductors"]), ("agreement", ["space"]), ("agreement", [])], 3),
    ("Ghana and Korea concluded two accords during the visit on Wednesday. One of them covers research on artificial "
     "intelligence. The other accord concerns vaccine development.",
     [("agreement", ["ai"]), ("agreement", ["biotech"])], 2),
    # ... one of them alone told: it and one record for the rest
    ("Peru and Japan signed five agreements on Friday. One of the agreements calls for joint work on quantum "
     "sensors.", [("agreement", ["quantum"]), ("agreement", [])], 5),
])
def test_a_total_told_by_ordinals_in_later_sentences_is_one_record_each(extractor, text, expected, total):
    found = extractor(text, P).agreements
    assert sorted((a.kind, sorted(a.sectors)) for a in found) == sorted(expected)
    assert sum(a.quantity or 1 for a in found) == total
    assert all(a.status == "concluded" and a.date for a in found)


@pytest.mark.parametrize("text, expected", [
    # the sentence after a total with no count that says what it includes: each instrument it names is one of them,
    # made with it
    ("India and Mauritania signed several MoUs on Wednesday. The MoUs include an agreement on consultations between "
     "the foreign ministries.", [("agreement", "concluded"), ("mou", "concluded")]),
    ("Ghana and Brazil signed a number of memoranda in Accra. These include an accord on satellite data.",
     [("agreement", "concluded"), ("mou", "concluded")]),
])
def test_what_the_sentence_after_a_total_says_it_includes(extractor, text, expected):
    assert sorted((a.kind, a.status) for a in extractor(text, date(2023, 10, 18)).agreements) == expected


@pytest.mark.parametrize("text", [
    # what one instrument will do, listed after a colon: its work, not instruments (bare verbs in capitals too)
    "Brazil and Germany launched a Green Hydrogen Partnership on Monday. The partnership will:\n"
    "- Support joint research on electrolysers and storage;\n- Promote dialogue between regulators on standards;\n"
    "- Exchange best practices on certification frameworks;\n- Strengthen cooperation between ports.\n",
    "Japan and Kenya signed a memorandum on digital skills on Monday. Under the memorandum, the two sides will:\n"
    "- Enhance cooperation on cybersecurity training;\n- Share experience with e-government platforms.\n",
    "Chile and Korea signed an MoU on semiconductors on Monday. The MoU aims to:\n"
    "• Foster collaboration between research institutes\n• Promote investment in chip packaging\n",
    "Egypt and the EU adopted a joint declaration on Monday. Through the declaration, both partners commit to:\n"
    "1. Deepen the dialogue on digital regulation;\n2. Expand cooperation on undersea cables.\n",
])
def test_what_one_instrument_will_do_is_no_list_of_instruments(extractor, text):
    assert len(extractor(text, P).agreements) == 1


def test_an_item_that_founds_a_body_under_what_one_will_do_is_still_one(extractor):
    # ... but a body the instrument sets up, listed among its work, is an instrument of its own, still to come
    text = ("Japan and Kenya signed a memorandum on digital skills on Monday. Under the memorandum, the two sides will:\n"
            "- Enhance cooperation on cybersecurity training;\n- Establish a joint working group on digital skills.\n")
    assert [(a.kind, a.status) for a in extractor(text, P).agreements] == [("mou", "concluded"), ("dialogue", "planned")]


@pytest.mark.parametrize("text", [
    # "the following" points at the list: no earlier instrument ("following the 2019 accord" is one)
    "India and Australia signed the following agreements on Monday:\n- A memorandum on critical minerals;\n"
    "- An agreement on space cooperation.\n",
    "The following documents were signed by Peru and Korea on Monday:\n- A memorandum on lithium;\n"
    "- An agreement on geological surveys.\n",
    "During the visit on Monday, Vietnam and Japan exchanged the following MoUs:\n- An MoU on semiconductors;\n"
    "- An MoU on digital transformation.\n",
])
def test_the_following_ones_are_made_now(extractor, text):
    assert [(a.status, a.date) for a in extractor(text, P).agreements] == [("concluded", "2026-03-09")] * 2


def test_an_instrument_following_an_earlier_one_is_in_place(extractor):
    text = "Following the 2019 space agreement between India and France, the agencies met on Monday."
    assert [a.status for a in extractor(text, P).agreements] == ["existing"]


def test_an_item_that_makes_an_instrument_under_what_one_will_do(extractor):
    # a text the body will write, listed among its work, is an instrument still to come
    text = ("Chile and Peru will set up a digital working group, which will:\n"
            "- Develop a statement of principles on trustworthy AI;\n- Facilitate coordination on data standards.\n")
    assert sorted((a.kind, a.status) for a in extractor(text, P).agreements) == [("dialogue", "planned"),
                                                                                 ("joint_statement", "planned")]
