"""A named programme whose name carries one country and whose sentence names no other party is that country's own
("launching the Digital Egypt platform"), not an instrument between it and the story's other countries; with another
party told beside it, it stays.

Every text here is written for these tests.
"""

from datetime import date

import pytest

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


@pytest.mark.parametrize("text", [
    # a programme one government launches, alone in its sentence: its own, whoever else the story names later
    ("A $40 million grant scheme has been launched by the Australian government to strengthen its international "
     "partnerships in critical minerals. Partners such as Japan and India are expected to take part in projects."),
    ("A $40 million grant scheme has been launched by the Australian government to strengthen its international "
     "partnerships in critical minerals. The minister said it will back work with partners, like Japan and India."),
    ("A EUR 50 million fund was set up by the Dutch government on Monday to support chip cooperation with foreign "
     "partners. Dutch firms already work with Korea and Taiwan."),
    ("A new AI research grant programme was unveiled by Canada's government to attract talent. Ottawa has signed "
     "deals with France and Japan before."),
])
def test_a_programme_one_government_launches_is_its_own(extractor, text):
    assert [k for k in kinds(extractor, text) if k[0] == "fund"] == []


def test_a_fund_one_government_launches_with_a_partner_told_stays(extractor):
    text = "A $40 million fund was launched by the Australian government and Japan on Monday to back lithium refining."
    assert kinds(extractor, text) == [("fund", ("AUS", "JPN"))]


@pytest.mark.parametrize("text, expected", [
    # "the government" alone launching a fund, no country named in its sentence: one government's own money
    ("Germany and Britain signed a hydrogen partnership on Tuesday. To that end, the government launched a "
     "\u00a3240m net zero hydrogen fund for low carbon projects.", [("partnership", ("DEU", "GBR"))]),
    ("Japan and India signed a chip pact on Monday. The government also set up a 100 billion yen fund for domestic "
     "chipmakers.", [("agreement", ("IND", "JPN"))]),
    # two governments: a joint fund
    ("Japan and India signed a chip pact on Monday. The two governments also set up a joint fund for start-ups.",
     [("agreement", ("IND", "JPN")), ("fund", ("IND", "JPN"))]),
])
def test_a_fund_the_government_alone_launches(extractor, text, expected):
    assert kinds(extractor, text) == expected
