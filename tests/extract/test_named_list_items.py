"""A named item closing a list of instruments is one more instrument ("... including the TRUST initiative, a
roadmap on AI infrastructure and INDUS Innovation"): a programme or initiative told by its name alone, with the
parties and status of the list. Wordings written for these tests."""

import datetime

import pytest

P = datetime.date(2026, 3, 12)


@pytest.mark.parametrize("text, name", [
    ("India and the United States announced new measures at the White House, including the TRUST initiative, a "
     "roadmap on AI infrastructure and INDUS Innovation, to boost tech ties.", "INDUS Innovation"),
    ("Kenya and Germany unveiled a package of steps, including a green hydrogen partnership, a skills agreement and "
     "the Nairobi Digital Bridge, during the visit.", "Nairobi Digital Bridge"),
    ("Brazil and China signed a satellite data agreement, a memorandum on 5G and Project Amazonia Sky on Tuesday.",
     "Project Amazonia Sky"),
])
def test_a_named_item_closing_a_list_of_instruments_is_one_more(extractor, text, name):
    records = extractor(text, P).agreements
    named = [a for a in records if a.name == name]
    assert len(records) == 3 and len(named) == 1
    assert named[0].kind == "partnership" and named[0].status == records[0].status
    assert named[0].countries == records[0].countries


@pytest.mark.parametrize("text", [
    # a person, a company, a country or a field closing the list is no instrument
    "India and Japan signed an MoU on chips, an agreement on space and President Droupadi Murmu hosted a dinner.",
    "Chile and Korea signed a memorandum on lithium, an agreement on batteries and Samsung Electronics said it "
    "would invest.",
    "The EU signed a digital partnership, a data pact and Singapore welcomed both.",
    "Peru and Spain signed a memorandum on AI, an agreement on space and on Quantum Computing.",
    # no list: one instrument and a name joined by "and"
    "Ghana and Japan signed a memorandum and Tokyo Electron opened an office in Accra.",
])
def test_what_closes_a_list_and_is_no_instrument_adds_nothing(extractor, text):
    assert len(extractor(text, P).agreements) <= 2
