"""Commitments whose time frame news tells in a place or a shape the plain "will <act> by <time>" does not: a time
set between the modal and the verb of reported speech ("officials said the partners would in early 2027 set up"),
a time opening the sentence ("In 2028, the two sides will ..."), a subject that names the parties one by one
("each side will", "the countries will"), a span from now ("over the course of four years", "over a three-year
period"), and the look-alike of one side's own outcome foreseen ("Peru is expected to make its own cells within two
years"), which is no commitment of the instrument.

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 3, 10)


def dues(extractor, text, published=P):
    return sorted(c.due for c in extractor(text, published).commitments)


# ---------------------------------------------------------------- a time between the modal and its verb, reported

@pytest.mark.parametrize("text, due", [
    ("Chile and Japan concluded a lithium memorandum on Monday. The trade ministry said the partners would in early "
     "2027 convene a first investment forum.", "2027"),
    ("Kenya and India signed a digital cooperation pact on Friday. Officials said both governments would in the "
     "second half of 2029 open a joint coding academy.", "2029-12"),
    ("Poland and Korea signed a nuclear accord in Seoul on Monday. According to the ministry, both partners would "
     "by mid-2027 complete a site study.", "2027-06"),
    ("Egypt and Italy signed an agreement on green hydrogen on Thursday. The embassy said the countries would in "
     "2028 start pilot exports.", "2028"),
])
def test_a_time_inside_the_reported_frame(extractor, text, due):
    assert due in dues(extractor, text)


# ---------------------------------------------------------------- a time opening the sentence

@pytest.mark.parametrize("text, due", [
    ("Brazil and China signed a space accord on Monday. In 2028, the two agencies will launch a shared climate "
     "satellite.", "2028"),
    ("Ghana and Germany signed a memorandum on solar skills last week. In early 2027 the partners will open a "
     "training centre in Kumasi.", "2027"),
    ("Vietnam and Korea signed a chip design agreement on Friday. In the first half of 2029, the two countries will "
     "set up a joint design lab.", "2029-06"),
    ("Oman and the Netherlands signed a hydrogen deal on Monday. Within six months, each side will name a project "
     "coordinator.", "2026-09"),
    ("Mexico and Canada signed an AI memorandum on Thursday. By the end of 2026, each country will draft a common "
     "testing code.", "2026-12"),
])
def test_a_time_opening_the_sentence(extractor, text, due):
    assert due in dues(extractor, text)


@pytest.mark.parametrize("text", [
    # the opening year is gone by: what was done then, not a promise
    "Brazil and China signed a space accord on Monday. In 2019, the two agencies launched a shared climate satellite.",
    # an opening phrase that is no time of the act
    "Brazil and China signed a space accord on Monday. In a statement, the two sides said they will cooperate closely.",
    # no instrument told: a year's own news, nobody promised anything to anyone
    "Prices of lithium fell sharply this week. In 2028, the new mine will start exporting ore.",
])
def test_no_commitment_from_an_opening_phrase_alone(extractor, text):
    assert dues(extractor, text) == []


# ---------------------------------------------------------------- a span from now

@pytest.mark.parametrize("text, due", [
    ("Brazil and China signed a space accord on Monday. China will invest $300 million in the programme over the "
     "course of four years.", "2030"),
    ("Peru and Korea signed a battery memorandum on Friday. The two sides will train 400 engineers over a "
     "three-year period.", "2029"),
    ("Norway and Chile signed an offshore wind deal on Monday. The partners plan to build four test turbines over "
     "the course of the next two years.", "2028"),
])
def test_a_span_from_now(extractor, text, due):
    assert due in dues(extractor, text)


@pytest.mark.parametrize("text", [
    # a span gone by: what was done, not a time frame
    "Brazil and China signed a space accord on Monday. Over the course of ten years, the two agencies built three "
    "satellites.",
    # how long a thing has lasted
    "Brazil and China signed a space accord on Monday. The accord builds on ties forged over the course of four "
    "decades.",
])
def test_no_commitment_from_a_span_gone_by(extractor, text):
    assert dues(extractor, text) == []


# ---------------------------------------------------------------- one side's own outcome foreseen: no commitment

@pytest.mark.parametrize("text", [
    "Peru and Korea signed a battery partnership on Friday. The minister said the partnership aims to bring jobs, "
    "and Peru is expected to make its own cells within two years, letting it sell them abroad.",
    "Chile and Japan concluded a hydrogen memorandum on Monday. Chile is projected to become a large exporter of "
    "green ammonia by 2030.",
    "India and Germany signed a partnership on green energy on Monday. India is likely to reach 500 gigawatts of "
    "clean power by 2030, officials said.",
])
def test_no_commitment_from_one_sides_foreseen_outcome(extractor, text):
    assert dues(extractor, text) == []


@pytest.mark.parametrize("text, due", [
    # a signing foreseen is the instrument's own step
    ("Chile and Japan agreed on Monday to deepen hydrogen ties. Chile is expected to sign the final accord in May.",
     "2026-05"),
    # a thing built, not one side's outcome
    ("Peru and Korea signed a battery partnership on Friday. The plant is expected to start production within two "
     "years.", "2028-03"),
])
def test_foreseen_steps_of_the_instrument_stay(extractor, text, due):
    assert due in dues(extractor, text)


# ---------------------------------------------------------------- a second predicate of the thing built

@pytest.mark.parametrize("text, due", [
    ("Korea and Indonesia signed an MoU on a battery venture on Wednesday. Under the MoU, a cell plant will be built "
     "near Jakarta. The plant will employ 900 people and is due to start output in the second half of 2027.",
     "2027-12"),
    ("Russia and Egypt signed a nuclear agreement on Monday. The reactor will cost $6 billion and is expected to go "
     "online by 2031.", "2031"),
    ("Japan and India inked a power-chip factory deal on Friday. The factory will make power chips, and is slated to "
     "open in early 2028.", "2028"),
])
def test_a_second_predicate_of_the_thing_built(extractor, text, due):
    assert due in dues(extractor, text)


@pytest.mark.parametrize("text", [
    # no instrument told before: another story
    "Shares of the carmaker fell on Monday. The plant will employ 900 people and is due to start output in 2027.",
])
def test_no_second_predicate_without_instrument(extractor, text):
    assert dues(extractor, text) == []


@pytest.mark.parametrize("text, due", [
    # a frame in the progressive or a participle ("are aiming to", "seeking to", ", hoping to"), in a sentence that names
    # no instrument or sum: its time is read all the same
    ("Vietnam and Korea signed a trade agreement on Monday. The two countries are aiming to build a joint chip plant "
     "by 2030.", "2030"),
    ("Ghana and Spain signed a solar pact on Monday. Both sides are seeking to build the research hub by June 2027.",
     "2027-06"),
    ("Chile and Japan signed a space accord on Monday. The partners are working to launch a joint satellite in 2028.",
     "2028"),
])
def test_a_frame_in_the_progressive_reads_its_time(extractor, text, due):
    assert dues(extractor, text) == [due]


@pytest.mark.parametrize("text, due", [
    # a figure's word that only qualifies an instrument or an office ("trade agreement", "trade minister") makes no
    # forecast of the figure: the promise stays
    ("Peru and Korea signed a trade agreement on Monday. Both countries have a free trade agreement with an aim to "
     "raise bilateral trade to $10 billion within five years.", "2031-03"),
    ("Peru and Korea met on Monday. The two nations signed a trade pact with the goal of doubling exports by 2030.",
     "2030"),
    ("Peru and Korea signed a trade MoU on Monday. The trade minister will open a joint office in Lima by June.",
     "2026-06"),
])
def test_a_figure_word_naming_an_instrument_is_no_forecast(extractor, text, due):
    assert dues(extractor, text) == [due]


@pytest.mark.parametrize("text, due", [
    # what the instrument brings told as anticipated, foreseen or envisaged for a time: due then
    ("Kenya and India signed a space MoU on Monday. The first launch under the deal is anticipated in 2027.", "2027"),
    ("Peru and Korea signed a lithium deal on Monday. Commercial output from the joint plant is foreseen for 2029.",
     "2029"),
    ("Ghana and Spain signed a solar pact on Monday. The opening of the joint lab is envisaged by mid-2027.",
     "2027-06"),
])
def test_an_outcome_anticipated_for_a_time(extractor, text, due):
    assert dues(extractor, text) == [due]


@pytest.mark.parametrize("text, due", [
    # the instrument's entry into force expected by one side; both sides' negotiators or delegations as the subject
    ("Kenya and India signed a space MoU on Monday. The ministry expects the agreement to enter into force by the end "
     "of 2027.", "2027-12"),
    ("Kenya and India resumed talks on a trade pact on Monday. Negotiators are expected to meet again in 2027.", "2027"),
    ("Kenya and India resumed talks on a trade pact on Monday. The delegations will reconvene in Nairobi by June.",
     "2026-06"),
])
def test_an_expected_entry_into_force_and_the_negotiators_next_round(extractor, text, due):
    assert dues(extractor, text) == [due]
