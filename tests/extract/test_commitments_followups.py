"""Commitments told in the sentence after the instrument, as wire copy words them: a thing of the deal named with an
indefinite article or after an official's "says", a sum pledged for a period with no verb of its own, what one party
delivers to the other from a given year; and a sum paid each year, which is a rate, not a deadline.

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 3, 10)


def dues(extractor, text, published=P):
    return sorted(c.due for c in extractor(text, published).commitments)


@pytest.mark.parametrize("text, expected", [
    # the thing the instrument is about, told with "a"/"an" in the next sentence
    ("China and Pakistan signed an agreement on Friday to support satellite projects. A communications satellite "
     "will be launched in August 2027.", ["2027-08"]),
    ("Japan and Kenya agreed on Tuesday to set up a geothermal research centre in Nairobi. A first research centre "
     "is to open by mid-2028.", ["2028-06"]),
    ("Brazil and India have signed a memorandum on vaccine plants. A new plant is expected to be completed in 2029.",
     ["2029"]),
    # ... or after an official who tells it ("X says", "according to")
    ("Egypt and Russia signed a deal this week to build four nuclear reactors. Egypt's energy minister Ahmed Sami "
     "says the first reactor is due to begin operating in 2028.", ["2028"]),
    ("Hungary and Korea signed an accord on battery plants on Monday. Hungary's economy minister said the first plant "
     "is set to open in 2027.", ["2027"]),
])
def test_the_deals_thing_in_the_next_sentence(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # an indefinite subject that the instrument does not tell of stays nobody's promise
    "China and Pakistan signed an agreement on Friday to support satellite projects. A new airport will be opened "
    "in August 2027.",
    "Japan and Kenya agreed on Tuesday to set up a geothermal research centre. A report on the sector will be "
    "released by June.",
])
def test_an_unrelated_indefinite_subject_is_no_promise(extractor, text):
    assert dues(extractor, text) == []


@pytest.mark.parametrize("text, expected", [
    # a pledge of money over a period, with no verb after the pledge
    ("Qatar and the US signed an AI accord. Qatar pledged $600 billion in US investment over the next ten years.",
     ["2036"]),
    ("Trump praised the partnership with the United Arab Emirates, citing a $1.4 trillion investment commitment from "
     "the Gulf state over the next decade.", ["2036"]),
    ("Japan and India signed a semiconductor memorandum on Monday. Japan committed 500 billion yen to India's chip "
     "industry over the next five years, the two governments said.", ["2031"]),
    ("The EU has promised EUR 300 million in grants for Kenya's digital networks over the next four years.",
     ["2030"]),
])
def test_a_sum_pledged_over_a_period(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # a pledge with no time frame, or a period gone by, is no commitment
    "Qatar and the US signed an AI accord. Qatar pledged $600 billion in US investment.",
    "Japan and India signed a chip pact. Japan committed 500 billion yen to India's chip industry over the past "
    "five years.",
])
def test_a_sum_pledged_with_no_time_to_come(extractor, text):
    assert dues(extractor, text) == []


@pytest.mark.parametrize("text, expected", [
    # what one party delivers to the other under the deal just told, from a given year
    ("Poland and the United States signed a nuclear power deal on Monday. The United States will supply fuel "
     "assemblies starting in 2028.", ["2028"]),
    ("Armenia and the US signed a reactor accord on Monday. The US is to deliver the first small reactors from 2030.",
     ["2030"]),
    ("Germany and Namibia signed a hydrogen deal on Tuesday. Namibia will export green ammonia by 2029.", ["2029"]),
])
def test_one_party_delivering_under_the_deal(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # one party's own build-up at home stays its own plan
    "Poland and the United States signed a nuclear power deal on Monday. Poland will build a national training "
    "centre by 2028.",
    "Korea and the US signed a chip accord on Monday. Korea's science ministry plans to build a national AI "
    "computing centre by 2028.",
])
def test_one_partys_own_plan_stays_out(extractor, text):
    assert dues(extractor, text) == []


@pytest.mark.parametrize("text", [
    # "in a year" right after a sum: a yearly rate, not "within a year"
    "Iran and China signed an MoU under which both sides fund shared projects worth $50,000 in a year.",
    "Under the accord, Korea and Italy will spend EUR 2 million in a year on joint chip research.",
    "Spain and Chile signed a research pact, with up to 1 million euros in a year to be granted to joint teams.",
])
def test_a_sum_in_a_year_is_a_rate(extractor, text):
    assert dues(extractor, text) == []


def test_in_a_year_as_a_time_frame_stays(extractor):
    assert dues(extractor, "Korea and Italy signed a chip pact on Monday. They will open a joint lab in a year.") == ["2027"]


@pytest.mark.parametrize("text", [
    # how long a programme runs is no commitment (GUIDELINES), whatever the tense
    "Britain and Canada launched a £20 million quantum fund that will run until 2029.",
    "Japan and India set up a joint chip fund on Monday. The fund will run through 2030.",
    "Kenya and Korea signed a digital skills accord. The programme will continue until 2028, officials said.",
    "Chile and Spain signed a hydrogen MoU. Joint calls under it will run for four years.",
])
def test_how_long_it_runs_is_no_commitment(extractor, text):
    assert dues(extractor, text) == []


@pytest.mark.parametrize("text, expected", [
    # a second act in an absolute clause after the first act's time: its own commitment
    ("Turkey and Russia signed a deal to build four nuclear reactors. The first reactor is due to start operating in "
     "2028, with the remaining three reactors due to be fully operational in 2031.", ["2028", "2031"]),
    ("Korea and Poland signed a battery accord. The first plant will open in 2027, with a second plant set to open "
     "in 2029.", ["2027", "2029"]),
    # a subject with a figure in it ("the 1.2GW reactor", "the $5bn plant")
    ("Hungary and Russia agreed a deal to build two nuclear reactors. The first 1.1GW reactor should begin "
     "operating in 2028.", ["2028"]),
    ("Vietnam and Korea signed a chip accord to build a plant. The $5.5bn plant is set to open in 2029.", ["2029"]),
])
def test_second_act_and_figures_in_the_subject(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an obligation ("must", "has to", "needs to") with its time, and a project to be realised
    ("India and Mauritius signed an MoU on a joint small satellite. Under the MoU, the satellite must be jointly "
     "realized within three months.", ["2026-06"]),
    ("Chile and Spain signed a hydrogen accord. The pilot plant has to be completed by the end of 2027.", ["2027-12"]),
    ("Under the chip pact, Korea and Vietnam need to set up a joint task force by June.", ["2026-06"]),
    ("Greece and Egypt signed an agreement on a subsea power cable, which is to be realised by 2030.", ["2030"]),
])
def test_an_obligation_with_its_time(extractor, text, expected):
    assert dues(extractor, text) == expected


def test_an_obligation_with_no_time_is_none(extractor):
    assert dues(extractor, "Korea and Vietnam signed a chip pact. Both must realise that supply chains matter.") == []
