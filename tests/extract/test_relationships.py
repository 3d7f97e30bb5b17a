"""A relationship is no instrument: what an instrument marks, a partnership being deepened, a slogan.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 12)  # a Thursday


def kinds(extractor, text, published=P):
    return [(a.kind, a.status) for a in extractor(text, published).agreements]


@pytest.mark.parametrize("text", [
    # what the instrument marks, signals or cements is the instrument itself
    "Kenya and the UAE signed an MoU on data centres on Monday, marking a strategic partnership between the two "
    "ministries.",
    "Kenya and the UAE inked a memorandum on cloud services, signalling a new partnership in the digital economy.",
    "The memorandum on AI that Kenya and the UAE signed on Monday cements a long-term partnership, officials said.",
    "Kenya and the UAE have signed a memorandum of understanding (MoU) outlining a comprehensive framework for "
    "cooperation in digital services.",
    "Kenya and the UAE inked an MoU on Monday that sets out a broad framework for work on data centres.",
    # ... told in the next sentence by the instrument itself or "it"
    "Kenya and the UAE signed an MoU on data centres on Monday. The new memorandum sets a framework under which both "
    "sides will share experts.",
    "Kenya and the UAE signed an MoU on cloud services on Monday. It lays down a framework for regular talks.",
])
def test_what_an_instrument_marks_is_that_instrument(extractor, text):
    assert kinds(extractor, text) == [("mou", "concluded")]


@pytest.mark.parametrize("text", [
    # a partnership being fostered, deepened or strengthened is the relationship growing, no new instrument
    "Kenya and the UAE signed an MoU on data centres on Monday. The two sides agreed to foster a comprehensive "
    "strategic partnership.",
    "Kenya and the UAE signed an MoU on data centres on Monday. Both leaders pledged to deepen their strategic "
    "partnership in technology.",
    "Kenya and the UAE signed an MoU on data centres on Monday to further strengthen the partnership between them.",
])
def test_a_partnership_being_deepened_is_no_new_instrument(extractor, text):
    assert kinds(extractor, text) == [("mou", "concluded")]


def test_a_partnership_raised_to_a_new_level_is_declared(extractor):
    text = "Kenya and the UAE on Monday elevated their ties to a comprehensive strategic partnership."
    assert kinds(extractor, text) == [("partnership", "concluded")]


@pytest.mark.parametrize("text", [
    # ties raised to a partnership whose name opens with a word that alone would tell a relationship ("global",
    # "their"), or with a word in quotes: the partnership is declared all the same
    "Chile and India raised their relationship to a global strategic partnership when the leaders met on Tuesday.",
    "Ghana and Spain upgraded bilateral ties to an \u201cenhanced\u201d global strategic partnership on Monday.",
    'Peru and Japan on Friday lifted their relations to a "global strategic partnership".',
    "Nepal and Korea have elevated ties to the level of a global comprehensive partnership, officials said.",
])
def test_ties_raised_to_a_global_partnership_are_declared(extractor, text):
    assert kinds(extractor, text) == [("partnership", "concluded")]


@pytest.mark.parametrize("text", [
    # a theme or slogan in quotes names no instrument
    "Kenya and the UAE signed an MoU on Monday during Africa Tech Week, themed 'Building Partnerships for Growth'.",
    "Kenya and the UAE signed an MoU on Monday at a forum held under the theme \u201cForging Digital Partnerships\u201d.",
])
def test_a_theme_in_quotes_is_no_instrument(extractor, text):
    assert kinds(extractor, text) == [("mou", "concluded")]


def test_a_partnership_in_place_that_a_deal_strengthens_is_told(extractor):
    text = ("Britain and the US signed a technology deal on Monday. The deal strengthens the partnership between the "
            "US AI Standards Center and the UK AI Security Institute.")
    found = extractor(text, P).agreements
    assert len(found) == 2 and any(len(a.evidence) == 1 and "strengthens" in a.evidence[0].text for a in found)


@pytest.mark.parametrize("text", [
    # one firm buying another is no cooperation between countries
    "Intel walked away from its $5.4 billion acquisition deal with Israel's Tower Semiconductor on Wednesday.",
    "Japan's Nidec and Germany's Siemens signed a merger agreement on Monday.",
    "Toyota sealed a takeover deal for Korea's Daewoo Batteries this week.",
])
def test_a_takeover_is_no_instrument(extractor, text):
    assert kinds(extractor, text) == []


def test_a_strategic_document_signed_is_an_instrument(extractor):
    text = "Argentina and Russia signed a strategic document on nuclear power on Monday."
    assert kinds(extractor, text) == [("agreement", "concluded")]


@pytest.mark.parametrize("text", [
    # what someone hopes a meeting would yield, or doubts it will, is no instrument told
    "The leaders of the US and North Korea met in Hanoi as Washington tamped down expectations that the talks would "
    "yield an agreement on nuclear arms.",
    "Officials in Seoul and Tokyo voiced hopes that the visit could produce a deal on chip exports.",
    "There is little chance that the summit between Brazil and China will bring about a new space accord.",
])
def test_what_someone_hopes_for_is_no_instrument(extractor, text):
    assert kinds(extractor, text) == []


def test_work_done_in_partnership_with_another_is_no_instrument(extractor):
    assert kinds(extractor, "Pakistan will build the cable in close partnership with China, the ministry said.") == []


@pytest.mark.parametrize("text", [
    # an instrument whose conclusion the parties seek, or work towards, is only put forward
    "Japan and Jordan agreed to seek the swift conclusion of a science agreement.",
    "Japan and Jordan are working towards a science agreement, officials said.",
])
def test_an_instrument_sought_is_put_forward(extractor, text):
    assert kinds(extractor, text) == [("agreement", "proposed")]


@pytest.mark.parametrize("text", [
    # partnerships to be grown between others are ties, no instrument
    "Kenya and the UAE signed an MoU on AI on Monday. The money will go to increasing partnerships between "
    "universities in both countries.",
    "Kenya and the UAE signed an MoU on AI on Monday. The programme aims at building partnerships among start-ups.",
    "Kenya and the UAE signed an MoU on AI on Monday, which should help build partnerships between their firms.",
])
def test_partnerships_grown_between_others_are_ties(extractor, text):
    assert kinds(extractor, text) == [("mou", "concluded")]


@pytest.mark.parametrize("text", [
    # one country's own plan, whatever it holds, is no instrument between two
    "Chile and Peru signed an accord on Monday. It is part of Chile's 2026 work plan for its year at the helm of the "
    "bloc.",
    "Chile and Peru signed an accord on Monday, in line with Peru's national action plan on lithium.",
])
def test_one_countrys_own_plan_is_no_instrument(extractor, text):
    assert kinds(extractor, text) == [("agreement", "concluded")]


@pytest.mark.parametrize("text", [
    # a figure of speech for the ties after a signing: no partnership of its own
    "Peru and Korea signed an MoU on lithium on Monday, opening a new chapter of partnership between the two countries.",
    "Peru and Korea signed an MoU on lithium on Monday. The minister called it a new field of partnership for both.",
    "Peru and Korea signed an MoU on lithium on Monday, ushering in a new era in their strategic partnership.",
])
def test_a_new_chapter_of_partnership_is_a_figure_of_speech(extractor, text):
    assert kinds(extractor, text) == [("mou", "concluded")]


def test_ties_raised_to_a_new_stage_of_partnership_are_declared(extractor):
    # ... but ties raised to a new stage of a partnership declare it
    text = "Peru and Korea elevated their ties to a new stage of comprehensive strategic partnership on Monday."
    assert kinds(extractor, text) == [("partnership", "concluded")]


@pytest.mark.parametrize("text, kind", [
    # a partnership a text lays the groundwork for, or paves the way for: the ties it may bring, no record
    ("Chile and Korea signed a joint declaration on nuclear energy, laying the groundwork for a long-term, "
     "multi-billion-dollar partnership between their firms.", "joint_statement"),
    ("Kenya and Japan signed a memorandum on space research that paves the way for a strategic partnership.", "mou"),
    ("Peru and Brazil adopted an action plan on Monday. It lays the foundation for a closer partnership in AI.",
     "action_plan"),
])
def test_a_partnership_a_text_lays_the_groundwork_for_is_no_record(extractor, text, kind):
    assert [a.kind for a in extractor(text, P).agreements] == [kind]
