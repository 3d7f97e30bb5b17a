"""A body written in lower case before its acronym ("Busan entrepreneur council (BEC)", "the Danang information
technology park (DITP)") is named by the whole phrase, whose initials the acronym spells; the place that opens it is no
body of its own. A field with an acronym ("research and development centre (RDC)" opening a sentence, "Artificial
intelligence (AI)") is no body.

Every text here is written for these tests.
"""

import pytest


def orgs(extractor, text):
    return {o.name: o.country for o in extractor(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Hanoi-based Red River Group, South Korea's Busan entrepreneur council (BEC) and the Hanoi software association "
     "(HSA) signed a chip memorandum.", "Busan entrepreneur council"),
    ("The Danang information technology park (DITP) and Japan's Osaka business federation (OBF) agreed to train "
     "engineers.", "Danang information technology park"),
    ("Vietnam and Japan signed an AI accord, which the Vietnam chamber of commerce and industry (VCCI) welcomed.",
     "Vietnam chamber of commerce and industry"),
    ("A memorandum on batteries was signed with the Gyeonggi battery industry association (GBIA) on Friday.",
     "Gyeonggi battery industry association"),
])
def test_a_body_named_in_lower_case_before_its_acronym(extractor, text, name):
    found = orgs(extractor, text)
    assert name in found
    place = name.split()[0]
    assert place not in found


def test_the_owner_before_it_tells_the_country(extractor):
    text = "South Korea's Busan entrepreneur council (BEC) signed a chip memorandum with a Hanoi company."
    assert orgs(extractor, text).get("Busan entrepreneur council") == "KOR"


@pytest.mark.parametrize("text", [
    "Research and development centre (RDC) staff from both countries will meet in Hanoi, Vietnam and Korea said.",
    "Vietnam and Korea agreed on Artificial intelligence (AI) research and Internet of things (IoT) pilots.",
    "India and Japan will back Small and medium enterprises (SMEs) in the chip supply chain.",
])
def test_a_field_with_an_acronym_is_no_body(extractor, text):
    assert not any(n[:1].isupper() and n[1:].split()[-1].islower() for n in orgs(extractor, text) if " " in n)
