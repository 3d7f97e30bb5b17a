"""Commitments as news words deadlines without a plain "will ... by": a conclusion *targeted* for a year, talks
*held to* finish by a time, a target set on a gerund ("agreed to target finishing ... by"), a subject that names the
parties by a count and a plural ("the three entities"), a second clause of its own after "and", two times of one act
joined by "and", a month with no year in a schedule, which is the next such month, and work scheduled in a reduced
clause after its subject ("The study, set to start in March 2027, ..."); a plan told in the past and overtaken ("was
due to sign it by March, but the talks dragged on") is no deadline.

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 5, 5)


def dues(extractor, text, published=P):
    return sorted(c.due for c in extractor(text, published).commitments)


@pytest.mark.parametrize("text, due", [
    ("Fiji and New Zealand opened talks on a digital trade agreement in Suva on Monday. The agreement is targeted for "
     "conclusion by 2028.", "2028"),
    ("Peru and Korea launched negotiations on a minerals pact last week. Its signing is targeted for the end of the "
     "year.", "2026-12"),
    ("Kenya and the UAE began talks on an economic partnership agreement, which is targeted for completion in the "
     "first half of 2027.", "2027-06"),
    ("The accord between Brazil and India, targeted for signature next month, will cover satellite data.",
     "2026-06"),
])
def test_a_conclusion_targeted_for_a_time(extractor, text, due):
    assert due in dues(extractor, text)


@pytest.mark.parametrize("text, due", [
    ("Trade ministers of Chile and Korea agreed to target finishing the talks on a digital economy accord by the end "
     "of next year.", "2027-12"),
    ("Vietnam and Australia will aim at concluding their minerals agreement by March 2027.", "2027-03"),
    ("Negotiators from Canada and Ecuador are targeting completing the trade deal before the end of this year.",
     "2026-12"),
])
def test_a_target_set_on_a_gerund(extractor, text, due):
    assert due in dues(extractor, text)


@pytest.mark.parametrize("text, due", [
    ("Indonesia and Australia held talks on Saturday to wrap up negotiations on a critical minerals trade pact this "
     "year.", "2026"),
    ("Officials of Japan and the Philippines met in Manila on Monday to finalise a semiconductor accord by June.",
     "2026-06"),
    ("Ministers of Egypt and Greece held a meeting last week to conclude the power cable agreement by the end of "
     "2026.", "2026-12"),
])
def test_talks_held_to_finish_by_a_time(extractor, text, due):
    assert due in dues(extractor, text)


@pytest.mark.parametrize("text, due", [
    ("Norway's Equinor, Korea Gas Corp and Poland's Tauron signed a letter of intent on offshore wind. The three "
     "entities plan to produce a feasibility study by the end of this year.", "2026-12"),
    ("Chile's Enami and China's BYD signed a lithium memorandum on Friday. The two organisations will set up a joint "
     "laboratory within a year.", "2027-05"),
    ("Japan's JAXA and India's ISRO signed an implementing arrangement on Monday. The two bodies intend to launch the "
     "lunar rover in 2028.", "2028"),
])
def test_the_parties_told_by_count_and_plural(extractor, text, due):
    assert due in dues(extractor, text)


@pytest.mark.parametrize("text, expected", [
    ("Kenya and Germany signed a memorandum on battery production on Monday. The companies expect to break ground in "
     "the third quarter of next year and the plant is expected to start production by the first quarter of 2029.",
     ["2027-09", "2029-03"]),
    ("Morocco and France signed a hydrogen accord on Tuesday. Work is to begin in 2027, and the first plant should "
     "deliver fuel by 2030.", ["2027", "2030"]),
    ("Oman and Korea signed a solar deal on Monday. The partners will pick a site by September and the farm is set to "
     "open in 2029.", ["2026-09", "2029"]),
])
def test_a_second_clause_after_and_has_its_own_time(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Viettel and NEC of Japan signed a deal on Monday to run joint 6G trials next year and in 2028.",
     ["2027", "2028"]),
    ("Ghana and Korea signed a space pact on Friday. The two agencies will hold test launches this year and in 2028.",
     ["2026", "2028"]),
    ("India and Japan agreed on Monday to hold joint cyber drills in 2027 and again in 2029.", ["2027", "2029"]),
])
def test_two_times_of_one_act_joined_by_and(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text, due", [
    ("Egypt and Italy signed an agreement on a solar cable on Monday. Construction is due to start in March.",
     "2027-03"),
    ("Chile and Japan signed a telescope accord on Tuesday. The first joint meeting is scheduled for February.", "2027-02"),
    ("Qatar and Korea signed a shipbuilding memorandum on Monday. The two sides will sign a final contract in "
     "January.", "2027-01"),
])
def test_a_month_gone_this_year_is_next_years_in_a_schedule(extractor, text, due):
    assert dues(extractor, text) == [due]


@pytest.mark.parametrize("text", [
    # a month told of what was done, or its year given, stays where it is
    "Egypt and Italy signed an agreement on a solar cable on Monday. Construction started in March.",
    # talks held for something with no time, or a time of the talks themselves
    "Indonesia and Australia held talks on Saturday to discuss a critical minerals pact.",
])
def test_no_deadline_in_these(extractor, text):
    assert dues(extractor, text) == []


@pytest.mark.parametrize("text, due", [
    ("Vietnam and Korea signed a memorandum on a chip plant on Monday. The feasibility study, set to start in March "
     "2027, will be carried out in two phases.", "2027-03"),
    ("Peru and Japan signed a copper accord on Friday. The construction work, due to begin in 2028, will take three "
     "years.", "2028"),
])
def test_work_scheduled_in_a_reduced_clause_after_its_subject(extractor, text, due):
    assert dues(extractor, text) == [due]


@pytest.mark.parametrize("text", [
    "Czech firm CEZ and Korea's KHNP signed a preliminary deal last year. CEZ was due to sign the final contract with "
    "KHNP by March, but the talks have dragged on.",
    "Chile and Japan signed a telescope accord last year. The two sides were expected to open a joint office by "
    "April, but the plan was put off.",
])
def test_a_plan_overtaken_is_no_deadline(extractor, text):
    assert dues(extractor, text) == []


@pytest.mark.parametrize("text, due", [
    ("China and Nepal signed an agreement on training engineers on Monday. Two Nepali engineers will be trained in "
     "Beijing under it. The selection process is expected to be completed by 2027.", "2027"),
    ("Kenya and Japan signed an accord on geothermal power on Monday. The environmental assessment will be finished "
     "within six months.", "2026-11"),
    ("Ghana and Korea signed a memorandum on a smart grid on Friday. A technical review is due to be completed in the "
     "first half of 2027.", "2027-06"),
])
def test_a_process_the_instrument_sets_going(extractor, text, due):
    assert dues(extractor, text) == [due]
