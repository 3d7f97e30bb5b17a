"""Schedules as trade press and wires word them, without a plain "will ... by": an adverb inside the infinitive
("due to fully come online"), a trailing reduced clause after the thing built ("..., a 300 MW solar park near
Aswan, slated for 2029"), the day of the deal between its noun and its purpose ("signed a deal in March to ship
..."), the work named by a noun ("Full output is expected in 2028"), the receiving side of a supply ("will
receive ... from January"), a continuing act over a range of years (due when it starts), a period the instrument
grants ("gives the firm one year to ..."); and what is no commitment: the date of an event someone is invited to.

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 5, 5)


def dues(extractor, text, published=P):
    return sorted(c.due for c in extractor(text, published).commitments)


@pytest.mark.parametrize("text, due", [
    ("Jordan and Japan signed a deal for a desalination plant in Aqaba. The plant, due to fully come online by "
     "2029, will serve two million people.", "2029"),
    ("Vietnam's PetroVietnam and Korea's SK signed an agreement on a gas power station that is expected to "
     "commercially start operating by 2030.", "2030"),
    ("Chile and Germany agreed on a green hydrogen hub in Antofagasta, which is scheduled to partially open in "
     "2028.", "2028"),
])
def test_an_adverb_inside_the_infinitive(extractor, text, due):
    assert due in dues(extractor, text)


@pytest.mark.parametrize("text, due", [
    ("Egypt and Norway signed agreements on Sunday for a 300 MW solar park near Aswan, slated for 2029.", "2029"),
    ("Oman's Hydrom and Belgium's DEME signed a deal for a green ammonia plant in Duqm, set for 2028-2029.",
     "2028"),
    ("Kazakhstan and France signed an accord on a wind farm in Mangystau, scheduled for completion in 2030.",
     "2030"),
    ("Uzbekistan and Saudi Arabia signed agreements for a 1 GW wind farm in the Karakalpak region, due for 2029.",
     "2029"),
])
def test_a_trailing_schedule_of_the_thing_built(extractor, text, due):
    assert due in dues(extractor, text)


@pytest.mark.parametrize("text, due", [
    ("Qatar's QatarEnergy signed a deal in February to supply LNG to Bangladesh's Petrobangla starting in 2027.",
     "2027"),
    ("Canada's Cameco agreed last year to deliver uranium to India's atomic energy department beginning in 2028.",
     "2028"),
    ("Australia and Japan signed a pact earlier this year to export hydrogen from Victoria from 2030.", "2030"),
])
def test_the_day_of_the_deal_between_its_noun_and_its_purpose(extractor, text, due):
    assert due in dues(extractor, text)


@pytest.mark.parametrize("text, due", [
    ("Indonesia and China signed a deal on a nickel smelter in Sulawesi. Full output at the smelter is expected in "
     "2028.", "2028"),
    ("Morocco and the UK signed an agreement on a power cable. Commercial operation of the cable is expected by 2031.",
     "2031"),
    ("India and the US signed a pact on a chip packaging plant in Gujarat. Production at the plant is scheduled "
     "for late 2027.", "2027"),
])
def test_the_work_named_by_a_noun(extractor, text, due):
    assert due in dues(extractor, text)


@pytest.mark.parametrize("text, due", [
    ("Under the accord with Peru's state miner, Japan's JX will receive 40,000 tonnes of copper concentrate a year "
     "from January 2027.", "2027-01"),
    ("Under the deal signed with Chile's Codelco, China's Tsingshan is to receive lithium carbonate from early "
     "2028.", "2028"),
])
def test_the_receiving_side_of_a_supply(extractor, text, due):
    assert due in dues(extractor, text)


@pytest.mark.parametrize("text, due", [
    ("Brazil's Vale and Japan's Nippon Steel signed a purchase agreement to supply 2 million tonnes of iron ore "
     "between 2027 and 2032.", "2027"),
    ("Under the memorandum, Korea will buy 1 million tonnes of Australian ammonia a year between 2028 and 2035.",
     "2028"),
])
def test_a_continuing_act_over_a_range_is_due_when_it_starts(extractor, text, due):
    assert dues(extractor, text) == [due]


def test_a_single_act_in_a_range_is_due_at_its_end(extractor):
    text = "Korea and Chile agreed that they will set up a joint lithium research lab between 2027 and 2029."
    assert dues(extractor, text) == ["2029"]


@pytest.mark.parametrize("text, due", [
    ("Angola and Japan's JGC signed a memorandum on Monday that gives the Japanese company one year to complete a "
     "feasibility study for a refinery.", "2027-05"),
    ("Under the MoU signed with Kenya on Monday, Italy's Eni has 18 months to finish a study on a biofuel plant.",
     "2027-11"),
    ("Nepal and India signed a memorandum on Monday. It has given a six-month period to the Indian contractor to "
     "prepare a design for the transmission line.", "2026-11"),
])
def test_a_period_the_instrument_grants(extractor, text, due):
    assert due in dues(extractor, text)


@pytest.mark.parametrize("text", [
    "Kenya's minister invited the Estonian side to attend the Africa Digital Summit, which will take place in "
    "Nairobi on September 14-16.",
    "Chile invited Korean companies to take part in the Santiago lithium fair, which will be held in October.",
    "The ambassador invited Ghanaian firms to the Lisbon tech week, which will be held from June 2 to June 5.",
])
def test_the_date_of_an_event_someone_is_invited_to_is_no_commitment(extractor, text):
    assert dues(extractor, text) == []


def test_to_co_operate_is_no_act(extractor):
    text = ("Canada and Norway signed an agreement on Monday; it sets out a plan to co-operate on energy research as "
            "both seek net-zero emissions by 2050.")
    assert dues(extractor, text) == []


@pytest.mark.parametrize("text, due", [
    ("Norway's Equinor and Chile's ENAP signed a framework agreement aimed at developing a 2 GW offshore wind "
     "project by 2031.", "2031"),
    ("Egypt and Greece signed a memorandum aimed at completing the power interconnector by 2029.", "2029"),
    ("India and Japan signed a solar deal on Monday. The deal is meant to help bring a 1 GW solar park online by "
     "2028.", "2028"),
    ("Oman and Norway inked a framework deal, as well as a land survey agreement, to develop a hydrogen scheme by "
     "2031.", "2031"),
])
def test_the_purpose_of_the_instrument_told_by_a_participle_or_after_a_list(extractor, text, due):
    assert due in dues(extractor, text)
