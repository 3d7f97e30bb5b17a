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
