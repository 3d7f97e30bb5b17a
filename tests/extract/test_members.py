"""A total of instruments, then some of them told only by what they are about (GUIDELINES.md: each described one is
its own record and one more stands for the rest, so the records add up to the total).

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 12)  # a Thursday


def records(extractor, text, published=P):
    return sorted(((a.quantity, tuple(sorted(a.sectors))) for a in extractor(text, published).agreements),
                  key=lambda x: (-(x[0] or 0), x[1]))


@pytest.mark.parametrize("text, expected", [
    # "one ... and another ...", in the sentence after the total
    ("Thailand and China signed nine agreements in Beijing on Tuesday. One covers lunar research and another "
     "promotes research on artificial intelligence.", [(7, ()), (1, ("ai",)), (1, ("space",))]),
    # the plural referred back to, with "include" and a list of fields
    ("Egypt and Korea exchanged 10 memoranda of understanding in Cairo on Monday. The memoranda include "
     "cooperation in satellite technology and hydrogen.", [(8, ()), (1, ("clean_energy",)), (1, ("space",))]),
    # "among the deals is ..."
    ("Kenya and India signed eight agreements on Monday. Among the most notable deals is a joint programme on "
     "semiconductor skills.", [(7, ()), (1, ("semiconductors",))]),
    # an opening phrase before the plural referred back to
    ("Chile and Spain signed seven agreements on Monday in Madrid. In the field of technology, the agreements cover "
     "quantum computing and artificial intelligence.", [(5, ()), (1, ("ai",)), (1, ("quantum",))]),
    # "several" of them about one thing, "one" about another; "of the N ..." first
    ("Vietnam and Japan signed 12 memorandums on Monday. Of the twelve documents, several concern the digital "
     "economy, while one links the two public broadcasters.", [(9, ()), (2, ("digital",)), (1, ())]),
    # as many fields as the total: no rest
    ("The Philippines and Australia signed three agreements on Thursday. The three agreements cover maritime "
     "security, cybersecurity and competition policy.", [(1, ()), (1, ()), (1, ("cybersecurity",))]),
    # told in a relative clause a sentence later, and one of them told again by a further sentence
    ("Laos and China signed 14 agreements on Wednesday. The minister praised the breadth of the deals, which "
     "include work on artificial intelligence, hydrogen and space exploration. Among the key deals is a joint lunar "
     "mission.", [(11, ()), (1, ("ai",)), (1, ("clean_energy",)), (1, ("space",))]),
    # a participle clause after "with", and one told with an instrument word of its own in between
    ("Peru and China signed 11 agreements on Friday. Trade featured strongly in the package, with three deals "
     "covering digital trade. A memorandum on nuclear safety was signed at the same ceremony.",
     [(7, ()), (3, ("digital",)), (1, ("nuclear",))]),
    # as many as the total, told at length and split at the commas only (a comma before the last "and")
    ("Peru and Japan signed three agreements on Friday. The minister said the agreements cover fisheries and coastal "
     "shipping, cyber and critical technology, and the enforcement of the competition laws of both countries.",
     [(1, ()), (1, ()), (1, ("cybersecurity",))]),
])
def test_members_told_by_subject(extractor, text, expected):
    assert records(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # more fields than instruments: what they cover together
    "Japan and India signed two agreements on Monday. The agreements cover trade, investment, health, artificial "
    "intelligence and space.",
    # the talks, not the instruments
    "Japan and India signed five agreements on Monday. The talks covered trade and artificial intelligence.",
    # the plural after a preposition is no subject: the fields are what "include" lists
    "Japan and India signed five agreements on Monday. Other fields covered by the agreements include cloud "
    "services, logistics, hydrogen and ports.",
    "Japan and India signed five agreements on Monday. Areas under the deals include logistics and satellite "
    "imaging.",
    "Japan and India signed five agreements on Monday. The sectors addressed in these documents include mining, "
    "shipping and solar power.",
])
def test_fields_of_the_whole_are_no_members(extractor, text):
    got = records(extractor, text)
    assert len(got) == 1 and got[0][0] in (2, 5)


def kinds(extractor, text, published=P):
    return sorted((a.kind, a.quantity, a.date) for a in extractor(text, published).agreements)


@pytest.mark.parametrize("text, expected", [
    # a plural with no count, then its members counted and told one by one
    ("Ghana and the United States signed a series of agreements on Tuesday as part of new nuclear cooperation. Under "
     "the arrangement, two memoranda of understanding were signed. The first covers small reactors and the second "
     "covers training.", [("mou", 1, "2026-03-10"), ("mou", 1, "2026-03-10")]),
    # under a headline that names one of them; a quote in between
    ("Ghana and US sign MoU on nuclear power\nGhana's atomic energy body and the American government inked a set "
     "of agreements on Tuesday as part of a new civil nuclear programme. \"A great day for us,\" the minister "
     "said. Under the package, two memoranda of understanding were signed. The first is an MoU on a "
     "training centre. The second is an MoU on welding.", [("mou", 1, "2026-03-10"), ("mou", 1, "2026-03-10")]),
    # the members told in a caption before the plural, and again after it
    ("The space agencies of Egypt and China sign an MoU and an agreement in Beijing on Wednesday.\nEgypt and China "
     "have signed cooperation documents on space exploration in Beijing on Wednesday. The documents were signed by "
     "the heads of the agencies. The MoU covers lunar research and the agreement covers satellite launches.",
     [("agreement", 1, "2026-03-11"), ("mou", 1, "2026-03-11")]),
])
def test_a_plural_with_no_count_is_its_members(extractor, text, expected):
    assert kinds(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a joint lab pledged beside what was signed
    ("China and Thailand signed an MoU on AI on Monday. The two countries pledged to open a joint AI lab.",
     [("centre", "planned"), ("mou", "concluded")]),
    # told beside a total, after "with": a thing to found, not one of the total
    ("China and Laos signed 14 agreements on Monday. The partnership reaches into robotics, with both sides "
     "committing to establish joint research laboratories.", [("agreement", "concluded"), ("centre", "planned")]),
    ("Egypt and Korea inked nine deals in Seoul on Monday. Science featured too, with the two governments vowing to "
     "set up a joint research lab for batteries.", [("agreement", "concluded"), ("centre", "planned")]),
    # joining a strand of a grouping's pact: proposed, with the grouping's members; the pact itself is in place
    ("New Zealand has agreed to formally study the benefits of joining pillar two of the AUKUS pact, ministers said "
     "on Thursday.", [("agreement", "existing"), ("partnership", "proposed")]),
    ("Canada is weighing whether to join the second pillar of AUKUS, which covers quantum computing, the minister "
     "said on Monday.", [("partnership", "proposed")]),
    # more of them to be signed, told in the past ("were due to be signed"): planned
    ("Saudi Arabia and China signed 34 agreements on Thursday. State television said another 20 deals were due to "
     "be signed later in the day.", [("agreement", "concluded"), ("agreement", "planned")]),
    ("Egypt and China signed five MoUs on Monday. A further 15 accords were scheduled to be inked on Friday, the "
     "ministry said.", [("agreement", "planned"), ("mou", "concluded")]),
])
def test_plans_to_found_or_join(extractor, text, expected):
    assert sorted((a.kind, a.status) for a in extractor(text, P).agreements) == expected


def test_a_grouping_joined_has_its_members_and_the_joiner(extractor):
    text = "Japan is considering joining pillar two of AUKUS, its defence minister said on Monday."
    assert [tuple(a.countries) for a in extractor(text, P).agreements] == [("AUS", "GBR", "JPN", "USA")]


@pytest.mark.parametrize("text", [
    "The EU and Japan met in Tokyo on Monday for the third Digital Partnership Council. Ministers looked at what "
    "had been done since the second Digital Partnership Council in 2024.",
    "Korea and Germany met for the fourth Digital Dialogue in Seoul on Monday. Officials looked back at the results of "
    "the third Digital Dialogue, held in Berlin last spring.",
])
def test_numbered_meetings_of_one_body_are_one_dialogue(extractor, text):
    got = extractor(text, P).agreements
    assert [(a.kind, a.status, a.date) for a in got] == [("dialogue", "existing", None)]


@pytest.mark.parametrize("text, expected", [
    # praise of what was just signed, in a quote: no new partnership
    ("Chile and Norway signed a joint statement on quantum research on Monday. \"Chile is proud to partner with "
     "Norway on quantum work,\" the minister said.", [("joint_statement", "concluded")]),
    ("Korea and Poland signed an MoU on nuclear energy on Monday. \"We are delighted to partner with Poland on clean "
     "nuclear power,\" the Korean minister said.", [("mou", "concluded")]),
    # ... but a partnership told as to come stays one
    ("Korea and Poland will partner on nuclear research under a new programme, the ministers said on Monday.",
     [("partnership", "planned")]),
])
def test_praise_of_what_was_signed_is_no_partnership(extractor, text, expected):
    assert sorted((a.kind, a.status) for a in extractor(text, P).agreements) == expected


def test_a_member_told_already_by_its_own_word_is_that_record(extractor):
    text = ("Leaders of Peru and Japan exchanged a cybersecurity agreement and others at a ceremony.\nPeru and Japan "
            "signed three agreements on Friday. The minister said the agreements cover fisheries and coastal "
            "shipping, cyber and critical technology, and the enforcement of the competition laws of both countries.")
    assert records(extractor, text) == [(1, ()), (1, ()), (1, ("cybersecurity",))]


@pytest.mark.parametrize("text, total", [
    # what they all cover, its examples listed after "including": fields, no members
    ("Chile and Korea will sign 40 deals and memoranda on Monday. The contracts and MOUs cover a wide range of "
     "sectors, including copper, hydrogen energy, statistics, food and medical products.", 40),
    ("Chile and Korea signed 30 agreements on Monday. The agreements span many areas, including lithium, hydrogen, "
     "satellites and health.", 30),
])
def test_fields_all_of_them_cover_are_no_members(extractor, text, total):
    assert [q for q, _ in records(extractor, text)] == [total]


def test_a_total_then_texts_told_one_by_one_beside_a_joint_statement(extractor):
    # the deals told one by one are of the total; the joint statement told beside them is not one of its deals
    text = ("Peru and Japan inked nine new cooperation deals in Lima on Friday. The foreign ministers signed the joint "
            "statement of the meeting. The trade ministers signed an agreement on standards. The science ministers "
            "signed a memorandum on satellites. The energy ministers inked an agreement on hydrogen.")
    got = sorted((a.kind, a.quantity) for a in extractor(text, P).agreements)
    assert got == [("agreement", 1), ("agreement", 1), ("agreement", 6), ("joint_statement", 1), ("mou", 1)]
