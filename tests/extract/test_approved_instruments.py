"""A cabinet told of, or approving after the fact, an instrument signed earlier: it stays ``concluded`` and is dated
when it was signed, however the approval is worded ("was apprised of", "gave its nod to", "gave ex post facto
approval to"), not on the day of the approval (GUIDELINES.md: status and date).

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 4, 9)  # a Thursday


def told(extractor, text):
    return [(a.kind, tuple(a.countries), a.status, a.date) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text,expected", [
    ("The Union Cabinet on Wednesday was apprised of the MoU between India and Peru on lithium, which was signed in "
     "Lima on 12 November 2025.", ("mou", ("IND", "PER"), "concluded", "2025-11-12")),
    ("India's cabinet was on Wednesday apprised of the memorandum of understanding between India and Ghana on "
     "digital payments signed in Accra on 3 February 2026.", ("mou", ("GHA", "IND"), "concluded", "2026-02-03")),
    ("The cabinet on Wednesday gave its nod to the MoU between India and Chile on critical minerals, signed in "
     "October last year.", ("mou", ("CHL", "IND"), "concluded", "2025-10")),
    ("The cabinet gave ex post facto approval to the agreement between India and Kenya on space research, signed "
     "in Nairobi on 20 January 2026.", ("agreement", ("IND", "KEN"), "concluded", "2026-01-20")),
])
def test_an_instrument_approved_later_is_dated_when_signed(extractor, text, expected):
    assert told(extractor, text) == [expected]


def test_an_approval_with_no_signing_told_keeps_its_reading(extractor):
    # approving the signing of an MoU: to be signed
    assert [s for _, _, s, _ in told(extractor, "The federal cabinet approved the signing of an MoU "
                                                "between India and Oman on green hydrogen on Wednesday.")] == ["planned"]


@pytest.mark.parametrize("text,expected", [
    # a state body approves what was signed at a day the story does not tell: no date, never the approval's day
    ("The cabinet on Wednesday approved an MoU between India and Peru on lithium processing.",
     ("mou", ("IND", "PER"), "concluded", None)),
    ("Kenya's parliament on Tuesday ratified the space research agreement with France.",
     ("agreement", ("FRA", "KEN"), "concluded", None)),
    ("The Union Cabinet approves agreement between India and Chile on cooperation in the peaceful uses of outer "
     "space.", ("agreement", ("CHL", "IND"), "concluded", None)),
    ("Lawmakers in Manila endorsed the digital economy memorandum between the Philippines and Japan on Monday.",
     ("mou", ("JPN", "PHL"), "concluded", None)),
])
def test_an_approval_with_no_signing_day_leaves_the_day_unknown(extractor, text, expected):
    assert told(extractor, text) == [expected]


@pytest.mark.parametrize("text,expected", [
    # the parties themselves approve (adopt) it: made that day
    ("India and Peru approved a joint action plan on lithium processing on Tuesday.",
     ("action_plan", ("IND", "PER"), "concluded", "2026-04-07")),
    ("Ministers of Chile and Japan on Monday endorsed a memorandum on green hydrogen.",
     ("mou", ("CHL", "JPN"), "concluded", "2026-04-06")),
])
def test_parties_approving_their_own_text_make_it_that_day(extractor, text, expected):
    assert told(extractor, text) == [expected]


def test_an_approved_one_told_again_as_signed_in_a_month_is_that_one(extractor):
    # the approval, then the same memorandum told with its signing month: one record, dated then
    text = ("The cabinet on Wednesday approved a memorandum of understanding between India and Peru on satellite "
            "data. India and Peru will deepen cooperation in earth observation under a memorandum of understanding "
            "signed between the two countries in February.")
    assert told(extractor, text) == [("mou", ("IND", "PER"), "concluded", "2026-02")]


@pytest.mark.parametrize("text,expected", [
    # who signed it is told between the verb and its time: the time is still the signing's
    ("The cabinet on Wednesday approved the memorandum on space cooperation that India signed with Australia in "
     "November.", ("mou", ("AUS", "IND"), "concluded", "2025-11")),
    ("The Union Cabinet approved the MoU on critical minerals signed between India and Chile in March.",
     ("mou", ("CHL", "IND"), "concluded", "2026-03")),
    ("Kenya's parliament ratified the digital economy memorandum it signed with the UAE last year.",
     ("mou", ("ARE", "KEN"), "concluded", "2025")),
    ("Lawmakers in Lima approved the lithium agreement Peru inked with South Korea and its state miner in Seoul on "
     "2 February.", ("agreement", ("KOR", "PER"), "concluded", "2026-02-02")),
])
def test_an_approved_instrument_dated_past_who_signed_it(extractor, text, expected):
    assert told(extractor, text) == [expected]


@pytest.mark.parametrize("text,expected", [
    # the approval told after the instrument, in the passive: signed then, approved now
    ("The agreement, which India and Australia signed in November, was approved by the cabinet on Wednesday.",
     ("agreement", ("AUS", "IND"), "concluded", "2025-11")),
    ("The space memorandum that Chile and Japan signed in January has been ratified by the Chilean Senate.",
     ("mou", ("CHL", "JPN"), "concluded", "2026-01")),
    ("A lithium accord Peru struck with Korea in October 2025 was formally endorsed by lawmakers on Tuesday.",
     ("agreement", ("KOR", "PER"), "concluded", "2025-10")),
])
def test_an_instrument_signed_earlier_and_approved_after_it_is_told(extractor, text, expected):
    assert told(extractor, text) == [expected]


def test_an_instrument_signed_earlier_and_only_acted_under_stays_in_place(extractor):
    text = "The agreement, which India and Australia signed in November, was used to fund two satellites."
    assert [s for _, _, s, _ in told(extractor, text)] == ["existing"]


@pytest.mark.parametrize("text,expected", [
    # a cabinet told of a text signed already; its signing told after a chain of verbs: signed then
    ("The cabinet was on Wednesday apprised of the agreement between India and Peru on lithium. The memorandum was "
     "negotiated, finalised and signed in Lima in May 2025.", ("mou", ("IND", "PER"), "concluded", "2025-05")),
    ("The cabinet was on Wednesday apprised of the agreement signed between India and Peru on lithium. After long "
     "talks, the draft memorandum was finalised and signed in May 2025.", ("mou", ("IND", "PER"), "concluded",
                                                                          "2025-05")),
    ("The cabinet was apprised of the accord between India and Ghana on space research.",
     ("agreement", ("GHA", "IND"), "concluded", None)),
])
def test_a_text_the_cabinet_is_told_of_was_signed(extractor, text, expected):
    assert told(extractor, text) == [expected]


@pytest.mark.parametrize("text", [
    "Kenya's ministers approved new collaborative satellite frameworks with Uganda and Ghana.",
    "Kenya's cabinet has endorsed bilateral frameworks with Uganda and Ghana on satellite research.",
    "Kenya is widening its satellite programme by way of new collaborative frameworks with Uganda and Ghana, the "
    "cabinet said.",
])
def test_frameworks_approved_with_partners_are_one_per_partner(extractor, text):
    assert [(k, c, s) for k, c, s, _ in told(extractor, text)] == [("framework", ("KEN", "UGA"), "concluded"),
                                                                    ("framework", ("GHA", "KEN"), "concluded")]
