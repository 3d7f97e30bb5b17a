"""Time frames news tells by the turn of a year, a half-year or a decade: "before the year is out", "in the new
year", "H1 2027", "by the end of the decade", "within the next decade"; and the look-alikes that are no such time
(a holiday named by the new year, a decade gone by, a chip model).

Every text here is written for these tests (P is the publication date, a Wednesday in March; NOV one in November).
"""

from datetime import date

import pytest

from pactwatch.extract.dates import find_dates

P = date(2026, 3, 4)
NOV = date(2026, 11, 4)


def dues(extractor, text, published=P):
    return [c.due for c in extractor(text, published).commitments]


def times(text, published=P):
    return [(t.text, t.kind, t.value) for t in find_dates(text, published)]


@pytest.mark.parametrize("text, published, expected", [
    # the year running out: the end of the publication year
    ("Ghana and China signed a rail memorandum; both sides will finalise the financing before the year is out.", P,
     ["2026-12"]),
    ("Seoul and Warsaw are expected to sign the reactor contract before this year ends, officials said.", P,
     ["2026-12"]),
    ("Under the pact signed on Monday, Brazil will open a joint lab with Portugal before the year is over.", P,
     ["2026-12"]),
    ("Malaysia and China agreed to set up a joint AI lab within the year.", P, ["2026-12"]),
    ("Korea will send 50 engineers to Hungary within this year under the battery partnership they signed.", P,
     ["2026-12"]),
    # weeks and months ahead: vague, their year
    ("Vietnam and the US will sign more chip deals in the months ahead, the ministry said.", P, ["2026"]),
    ("Officials said Indonesia and Korea would sign the nickel agreement in the weeks ahead.", NOV, ["2026"]),
    ("France and India will hold the first meeting of the AI council in the months ahead.", NOV, ["2027"]),
    # a span told as a range of numbers: its longer end
    ("Under the accord, the joint smelter in Zambia backed by the UAE is to be completed within 12 to 18 months.", P,
     ["2027-09"]),
    ("Japan and India signed a pact under which Japan will invest $5 billion over the next three to five years.", P,
     ["2031"]),
    ("Saudi Arabia and Korea agreed to build two hydrogen plants within the next two or three years.", P,
     ["2029-03"]),
    # "over N to M years" is how long a promise runs: due when its longer end runs out, as "over five years"
    ("Japan and India signed a pact on Monday. Japan will invest $1 billion in chip plants over three to five years.",
     P, ["2031"]),
    ("Korea and Ghana signed a pact. Korea will contribute $2 million a year for three to four years.", P, ["2030"]),
    # how long a programme runs, told as a range, is no commitment
    ("Japan and India signed a pact on Monday. The joint programme will run for two to three years.", P, []),
    # the new year: the year to come when told late in a year
    ("Kenya and the UAE signed a data pact; the first joint projects will start in the new year.", NOV, ["2027"]),
    ("Canada and the EU will launch a joint research call early in the new year, the commission said.", NOV,
     ["2027"]),
    # half-years written short
    ("Taiwan and the US signed a chip agreement; the joint plant is to start output in H1 2027.", P, ["2027-06"]),
    ("Korea and Vietnam agreed to open the battery centre by 2H 2027.", P, ["2027-12"]),
    # the decade's end: the first year of the next decade
    ("Japan and the Philippines will open a joint cyber centre by the end of the decade.", P, ["2030"]),
    ("Under the deal, Korea and the US are to build a quantum hub by the turn of the decade.", P, ["2030"]),
    ("Egypt and Russia agreed that the first reactor will come online before the decade is out.", P, ["2030"]),
    # within the next decade: ten years on, as "over the next decade"
    ("Britain and Canada agreed to deploy 20 small reactors within the next decade.", P, ["2036"]),
    ("India and Japan signed a pact under which Japan will invest $5 billion in chip plants over the next decade.", P,
     ["2036"]),
])
def test_turns_of_years_and_decades_are_due_dates(extractor, text, published, expected):
    assert dues(extractor, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("The two ministers met ahead of the Lunar New Year holiday.", NOV, []),
    ("The president gave his New Year's address on Thursday.", NOV, [("on Thursday", "date", "2026-10-29")]),
    ("The fund shipped H100 chips to the lab in 2025.", P, [("in 2025", "date", "2025")]),
    ("Over the past decade the two countries ran 40 joint projects.", P, []),
    ("Over the next decade the partners will train 5,000 engineers.", P, [("Over the next decade", "deadline", "2036")]),
    ("Output will rise in the second half, from 2027 H2.", P, [("from 2027 H2", "date", "2027-12")]),
    ("The plant opened at the start of the decade.", P, []),
    ("The first plant was built in two to three years.", P, []),
    ("The programme trains pupils aged 10 to 12 years old.", P, []),
    ("The plan sets out the goals within the year's budget.", P, []),
    ("The report covers the years ahead and the road ahead.", P, []),
])
def test_look_alikes_and_their_times(text, published, expected):
    assert times(text, published) == expected


def test_a_new_year_told_early_in_the_year_is_that_year():
    assert times("They will meet again early in the new year.", date(2026, 1, 8)) == \
        [("early in the new year", "date", "2026")]
