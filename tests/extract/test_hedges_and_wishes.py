"""A hedge bears on an instrument's making only where it stands before it or on its making: "..., which could unlock
the full potential of ties" hedges what the agreement would do, not whether there is one; "a pact that could be signed
next month" hedges the pact itself. An instrument whose conclusion or signing is hoped or called for is proposed.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2025, 9, 5)


def told(extractor, text):
    return [(a.kind, tuple(a.countries), a.status, a.date) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text, expected", [
    ("The two prime ministers hoped for the quick conclusion of a wider economic agreement between India and "
     "Australia, which could double two-way trade.", [("agreement", ("AUS", "IND"), "proposed", None)]),
    ("Ministers of Chile and Peru called for the swift signing of a lithium accord, which may lift exports.",
     [("agreement", ("CHL", "PER"), "proposed", None)]),
    ("Leaders of Chile and Peru said they looked forward to more rounds of talks and to the prompt signing of a "
     "lithium accord.", [("agreement", ("CHL", "PER"), "proposed", None)]),
])
def test_a_hedge_on_what_it_would_do_leaves_the_instrument(extractor, text, expected):
    assert told(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Analysts said India and Australia could launch a quantum partnership, which could be signed next month.",
    "India and Australia may sign a trade pact, officials said.",
])
def test_a_hedge_on_its_making_leaves_none(extractor, text):
    assert told(extractor, text) == []


@pytest.mark.parametrize("text", [
    "An envoy from Kazakhstan called on Kenyan space officials on Thursday. They explored the possibility of signing a "
    "memorandum on satellite data between Kenya and Kazakhstan.",
    "Officials of Kenya and Kazakhstan weighed the option of signing a space agreement on Monday.",
])
def test_the_possibility_of_making_one_discussed_is_proposed(extractor, text):
    assert [(s, d) for _, _, s, d in told(extractor, text)] == [("proposed", None)]


@pytest.mark.parametrize("text", [
    "Officials said India and Egypt would sign a space cooperation agreement as soon as possible.",
    "Chile and Peru want to conclude the lithium accord as early as possible, ministers said.",
])
def test_as_soon_as_possible_is_a_time_not_a_possibility(extractor, text):
    assert [s for _, _, s, _ in told(extractor, text)] in (["planned"], ["proposed"])
