"""A call on states, governments or stakeholders at large to build a framework, charter or mechanism is advice to
the world, not an instrument proposed between the parties named around it.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 10)


def kinds(extractor, text):
    return [(a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements]


EXHORTED = [
    "Speakers urged states to build a framework for data governance, officials from Kenya and Brazil said.",
    "Kenya and Brazil co-hosted the panel. It called on governments and industry to develop a framework that keeps "
    "algorithms accountable.",
    "The Chilean and Spanish delegates said countries need to create a framework that protects children online.",
    "The closing panel, hosted by Peru and Mexico, calls for collective action by governments, the private sector and "
    "civil society to craft a charter for trustworthy AI.",
    "Panelists from Japan and India encouraged policymakers to design a mechanism for sharing threat data.",
]


@pytest.mark.parametrize("text", EXHORTED)
def test_a_call_on_everyone_is_no_instrument(extractor, text):
    assert kinds(extractor, text) == []


KEPT = [  # the parties themselves, or a named partner, called on
    ("Kenya and Brazil agreed to build a framework for data governance.", ("framework", ("BRA", "KEN"), "concluded")),
    ("Officials from India and Japan said the two countries should establish a working group on chips.",
     ("dialogue", ("IND", "JPN"), None)),
    ("India urged Japan to build a framework for chip supply chains.", ("framework", ("IND", "JPN"), "proposed")),
]


@pytest.mark.parametrize("text,record", KEPT)
def test_a_call_on_a_named_partner_is_kept(extractor, text, record):
    got = kinds(extractor, text)
    assert [g[:2] for g in got] == [record[:2]] and record[2] in (None, got[0][2])  # (None: status not tested here)


# ---------------------------------------------------------------- an event named as the occasion of the signing
# (a forum the text was signed after, following or ahead of is where the news happened, not a dialogue made)

OCCASIONS = [
    ("A communique was signed after the Ministerial Forum on Digital Infrastructure in Lusaka, which heard ministers "
     "from Botswana, Zambia and Namibia.", ("joint_statement", ("BWA", "NAM", "ZMB"))),
    ("Following the Africa Innovation Summit in Kigali, Rwanda and Ghana inked an MoU on fintech.",
     ("mou", ("GHA", "RWA"))),
    ("Chile and Spain signed a letter of intent on lithium at the close of the Global Mining Conference in Santiago.",
     ("mou", ("CHL", "ESP"))),
]


@pytest.mark.parametrize("text,record", OCCASIONS)
def test_the_event_of_the_signing_is_no_dialogue(extractor, text, record):
    assert [g[:2] for g in kinds(extractor, text)] == [record]
