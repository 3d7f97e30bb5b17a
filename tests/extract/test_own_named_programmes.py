"""A named programme whose name carries one country and whose sentence names no other party is that country's own
("launching the Digital Egypt platform"), not an instrument between it and the story's other countries; with another
party told beside it, it stays.

Every text here is written for these tests.
"""

from datetime import date

P = date(2026, 2, 18)


def kinds(extractor, text):
    return [(a.kind, tuple(a.countries)) for a in extractor(text, P).agreements]


def test_one_countrys_named_platform_is_its_own(extractor):
    text = ("Ethiopia and China signed an MoU on the digital economy on Monday. The minister said Egypt is running "
            "several national projects, including launching the Digital Egypt platform, which offers 170 services.")
    assert kinds(extractor, text) == [("mou", ("CHN", "ETH"))]


def test_a_countrys_named_programme_with_a_partner_told_stays(extractor):
    text = ("Egypt and Japan launched the Digital Egypt Partnership on Monday to train 5,000 engineers.")
    assert kinds(extractor, text) == [("partnership", ("EGY", "JPN"))]


def test_a_name_joined_by_a_hyphen_to_another_country_is_not_one_countrys(extractor):
    text = ("India and Germany agreed on new projects on Monday. As part of the Indo\u2011German Partnership for Green "
            "Growth, Germany has committed another EUR 2 billion.")
    assert ("partnership", ("DEU", "IND")) in kinds(extractor, text)
