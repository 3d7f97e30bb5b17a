"""Commitments as news words the schedule of what a deal builds (and intent told by its noun): the thing built as the subject of the sentence after
the instrument, one promise told in two stages each with its own time, and the times of a background "as ... seeks
to" clause, which are some party's own goal and no deadline of the promise.

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 3, 10)


def dues(extractor, text, published=P):
    return sorted(c.due for c in extractor(text, published).commitments)


# ---------------------------------------------------------------- the thing built, right after the instrument

@pytest.mark.parametrize("text, due", [
    ("Russia and Egypt signed an intergovernmental agreement on a nuclear plant on Monday. The first reactor is "
     "scheduled to start operating in 2030.", "2030"),
    ("Vietnam and Japan signed a deal on a chip plant in Hanoi on Friday. The factory is expected to begin output "
     "by the end of 2028.", "2028-12"),
    ("Spain and Morocco agreed on Monday to build a solar hub near Ouarzazate. The facility, due to open in 2029, "
     "will sell power to both grids.", "2029"),
    ("India and France signed a memorandum on a joint satellite last week. The satellite is set to be launched in "
     "the second half of 2027.", "2027-12"),
    ("Chile and Korea signed a lithium refining accord on Thursday. The new refinery will start production in "
     "2028, officials said.", "2028"),
    # a body or undertaking the instrument sets up
    ("Kenya and Italy signed a space cooperation agreement on Tuesday. The joint mission is set to launch in 2029.",
     "2029"),
    ("Oman and Japan signed a hydrogen deal in Muscat on Monday. Commercial operation is expected to start in the "
     "second half of 2028.", "2028-12"),
    ("Finland and Singapore signed a memorandum on quantum research last week. The new venture will start work by "
     "the end of 2027.", "2027-12"),
    ("Rwanda and Germany signed an AI agreement on Monday. The office is set to open in Kigali next month.",
     "2026-04"),
])
def test_a_built_thing_scheduled_after_the_instrument(extractor, text, due):
    assert due in dues(extractor, text)


@pytest.mark.parametrize("text", [
    # the thing was built long ago, or its time is gone: no promise
    "Russia and Egypt signed an intergovernmental agreement on a nuclear plant on Monday. The first reactor started "
    "operating in 2021.",
    # a thing with no instrument told before it: another story
    "Prices of chips rose again this week. The factory is expected to begin output by the end of 2028.",
    "Shares of the carmaker fell on Monday. The new venture will start work by the end of 2027.",
    # the office of someone is no body set up
    "Rwanda and Germany signed an AI agreement on Monday. The office of the president is set to review it next "
    "month.",
])
def test_no_schedule_of_a_thing_without_instrument_or_future(extractor, text):
    assert dues(extractor, text) == []


# ---------------------------------------------------------------- one promise, two stages

@pytest.mark.parametrize("text, expected", [
    ("Hungary and China signed a battery agreement on Monday. The joint venture will start building the plant in "
     "May with the aim of completion by the end of 2028.", ["2026-05", "2028-12"]),
    ("Poland and Korea signed a deal on a cell plant on Monday. The partners will begin construction early next "
     "year, aiming to finish the works by the end of 2028.", ["2027", "2028-12"]),
    ("Morocco and China signed an accord on a cathode plant on Monday. Building work will begin in June, with the "
     "aim of completing the site before the end of 2027.", ["2026-06", "2027-12"]),
    # a second verb of the same work, with its own time
    ("Kenya and Japan signed a deal on a geothermal plant on Monday. Construction is set to start in April 2027 "
     "and be finished by late 2029.", ["2027-04", "2029"]),
    ("Chile and the EU signed a hydrogen accord on Monday. The consortium will break ground in 2027 and start "
     "exports by 2030.", ["2027", "2030"]),
])
def test_two_stages_each_with_its_time(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the later time goes with a figure the plant reaches, not with the promised act
    ("Serbia and China signed a deal on an electrolyser plant on Monday. The plant will begin production in 2027 "
     "and reach full capacity by 2029.", ["2027"]),
    ("Turkey and Japan signed a battery accord on Monday. The two firms will open the factory in 2028 and grow "
     "output to 20 GWh by 2031.", ["2028"]),
])
def test_a_second_verb_of_a_figure_keeps_its_time_to_itself(extractor, text, expected):
    assert dues(extractor, text) == expected


# ---------------------------------------------------------------- "as X seeks to ... by 2040": a goal, no deadline

@pytest.mark.parametrize("text", [
    "Japan and the US signed a battery partnership on Monday. The two companies will build a plant in Ohio as the "
    "carmaker seeks to go fully electric by 2040.",
    "Germany and India signed a hydrogen pact in Berlin on Monday, as India aims to produce five million tonnes of "
    "green hydrogen by 2030.",
    "Korea and Poland signed a nuclear memorandum on Monday as Warsaw looks to cut its use of coal by 2035.",
    "Egypt and the EU agreed on a digital partnership on Monday as Cairo races to connect every village by 2027.",
    # the promise has no time of its own: the aim's time is not lent to it
    "Korea and the US signed a chip pact on Monday. The two firms will spend $4 billion on a plant in Texas as the "
    "chipmaker tries to phase out older lines by 2032.",
    "Japan and Vietnam signed a chip memorandum on Monday. Tokyo will fund a training centre in Hanoi, as Vietnam "
    "strives to have 50,000 chip engineers by 2030.",
])
def test_a_background_goal_after_as_is_no_deadline(extractor, text):
    assert dues(extractor, text) == []


@pytest.mark.parametrize("text, due", [
    # the promise has its own time before the "as" clause: that one stands
    ("Japan and the US signed a battery partnership on Monday. The two companies will open a plant in Ohio in 2027 "
     "as the carmaker seeks to go fully electric by 2040.", "2027"),
    # "as part of a plan to" is the promise's own plan
    ("Ghana and Korea signed a battery accord on Monday. The two countries will set up a fund as part of a plan to "
     "build three cell plants by 2030.", "2030"),
    # "as" of time or manner is no background goal
    ("Brazil and China signed a satellite deal on Monday. The satellite will be launched as planned by 2028.",
     "2028"),
])
def test_the_promise_keeps_its_own_time_beside_an_as_clause(extractor, text, due):
    assert dues(extractor, text) == [due]


# ---------------------------------------------------------------- intent told by its noun, with a time

@pytest.mark.parametrize("text, due", [
    ("Japan and Chile signed a mining memorandum on Monday. Both ministers confirmed their intention to open a joint "
     "research lab by 2028.", "2028"),
    ("Egypt and Korea signed a digital accord on Monday. The two sides expressed their readiness to hold the first "
     "working group meeting in June.", "2026-06"),
    ("Peru and Canada signed a minerals pact on Monday. The leaders stressed their determination to launch the joint "
     "fund before the end of the year.", "2026-12"),
    # a sentence whose only promise word is the noun
    ("Brazil and Japan signed a memorandum on Monday. The two sides reaffirmed their commitment to conclude the talks "
     "by the end of 2026.", "2026-12"),
    ("Kenya and India signed a space accord on Monday. Both confirmed their intention to conclude the talks by "
     "December.", "2026-12"),
])
def test_intent_told_by_its_noun_with_a_time(extractor, text, due):
    assert dues(extractor, text) == [due]


@pytest.mark.parametrize("text", [
    # no time: no commitment
    "Japan and Chile signed a mining memorandum on Monday. Both ministers confirmed their intention to deepen ties.",
    # a hedge
    "Egypt and Korea signed a digital accord on Monday. The two sides said they may express their readiness to "
    "meet again in June if talks go well.",
])
def test_intent_noun_without_time_or_hedged(extractor, text):
    assert dues(extractor, text) == []


# ---------------------------------------------------------------- what an instrument's end leaves of its aims
@pytest.mark.parametrize("text", [
    "Canada on Friday said it had paused talks on a trade deal with India, only months after the two said they aimed "
    "to seal an interim pact this year.",
    "Mexico has frozen its negotiations with Korea on a free trade agreement, which both sides had hoped to conclude "
    "by the end of 2027.",
    "Talks between Kenya and Britain on a digital trade deal collapsed on Monday; the two had aimed to sign it by "
    "June.",
])
def test_an_aim_told_with_the_instruments_end_is_due_no_more(extractor, text):
    assert dues(extractor, text) == []


@pytest.mark.parametrize("text, expected", [
    # set again: a new time for what was stopped
    ("Talks between Kenya and Britain on a digital trade deal, suspended last year, will now resume, with the two "
     "aiming to sign it by June.", ["2026-06"]),
])
def test_an_instrument_stopped_then_set_again_keeps_its_new_time(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the time told of others who are to join, after the parties' pledge: not the pledge's
    ("France and Germany intend to put in 500 million euros each, with other EU members to announce their share in "
     "the coming weeks.", []),
    ("Japan and India will each contribute $1 billion to the fund, with further partner countries expected to join by "
     "next year.", []),
    ("Chile and Peru will provide $20 million each, with more Pacific nations set to follow later this year.", []),
    # the parties' own time, with others told after it
    ("Japan and India will open the joint centre by June, with other partner countries to join later.", ["2026-06"]),
])
def test_the_time_others_are_to_join_is_not_the_parties_due(extractor, text, expected):
    assert dues(extractor, text) == expected
