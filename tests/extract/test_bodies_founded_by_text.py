"""A body that a text told just before founds ("It will lead to the setting up of a joint working group", "The MoU
provides for a joint committee") is that text's parties' body: still to be formed, between the parties of the text
the sentence refers to, not the story's main pair.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 5, 14)


def bodies(extractor, text):
    return [(a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements if a.kind == "dialogue"]


@pytest.mark.parametrize("text, expected", [
    ("The cabinet on Wednesday approved an MoU between Brazil and Japan on satellite data. The cabinet also approved "
     "an agreement between Brazil and Kenya on space science. It will lead to the setting up of a joint committee, "
     "which will work out the timeline.", [("dialogue", ("BRA", "KEN"), "planned")]),
    ("India and Russia signed a memorandum on human spaceflight on Monday. India also signed a memorandum with "
     "Mongolia on remote sensing. This memorandum will also help in setting up a joint working group.",
     [("dialogue", ("IND", "MNG"), "planned")]),
    ("Chile and Peru signed an accord on lithium. Chile and Bolivia signed an accord on salt flats on the same day. "
     "The accord provides for the creation of a joint technical council.",
     [("dialogue", ("BOL", "CHL"), "planned")]),
])
def test_a_body_a_text_founds_has_that_texts_parties(extractor, text, expected):
    assert bodies(extractor, text) == expected


def test_a_body_a_text_founds_covers_that_texts_fields(extractor):
    text = ("Chile and Peru signed a memorandum on lithium refining on Friday. It will also help in setting up a joint "
            "working group, which will draw up a timeline.")
    got = {a.kind: sorted(a.sectors) for a in extractor(text, P).agreements}
    assert got["dialogue"] == got["mou"] == ["critical_minerals"]


def test_a_body_a_text_founds_keeps_fields_of_its_own(extractor):
    text = ("Chile and Peru signed a memorandum on lithium refining on Friday. It also provides for the creation of a "
            "joint working group on artificial intelligence.")
    got = {a.kind: sorted(a.sectors) for a in extractor(text, P).agreements}
    assert got["dialogue"] == ["ai"]


@pytest.mark.parametrize("text, expected", [
    # "an agreement for X to build a centre": the text, made, and the centre it founds, to come
    ("Japan and India signed an agreement for India to build a semiconductor research centre in Bengaluru.",
     [("agreement", ("IND", "JPN"), "concluded"), ("centre", ("IND", "JPN"), "planned")]),
    ("The UAE and the United States have signed an agreement for the Gulf state to build the largest AI campus "
     "outside America.", [("agreement", ("ARE", "USA"), "concluded"), ("centre", ("ARE", "USA"), "planned")]),
    ("Korea and Poland inked a deal for Samsung to open a battery research hub in Warsaw.",
     [("agreement", ("KOR", "POL"), "concluded"), ("centre", ("KOR", "POL"), "planned")]),
])
def test_a_text_for_one_side_to_found_a_centre(extractor, text, expected):
    assert [(a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements] == expected
