"""An event agreed on with its time is the parties' promise to hold it; an aim "to make it possible for" others to act
is no one's promise.

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 3, 10)


def dues(extractor, text, published=P):
    return sorted(c.due for c in extractor(text, published).commitments)


@pytest.mark.parametrize("text, expected", [
    ("Brazil and Japan have agreed on a joint lunar mission in 2027, officials in both capitals said.", ["2027"]),
    ("Korea and Japan agreed on a second round of chip supply talks in May.", ["2026-05"]),
    ("China and the US agreed on Saturday on a first meeting of their AI dialogue next month.", ["2026-04"]),
    ("India and France have agreed upon the launch of a joint climate satellite in 2028.", ["2028"]),
    ("Egypt and Italy decided on a joint space conference in Cairo in October.", ["2026-10"]),
])
def test_an_event_agreed_on_with_its_time(extractor, text, expected):
    assert dues(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # nothing to come: a position, a need, an event already held
    "Japan and India agreed on Monday on a common position on AI rules.",
    "Japan and India agreed on the need for a joint space mission in the future.",
    "Brazil and Japan agreed on a joint lunar mission in 2023, which has since flown.",
    # an aim to let others act
    "The Artemis Accords aim to make it possible for astronauts to return to the moon by 2028.",
    "The pact, signed by Japan and India, aims to make it easier for firms to trade chips by 2030.",
    "Kenya and the UK signed a data accord that will make it cheaper for start-ups to store data by 2027.",
    # "start-ups", "open-source": no verb of a schedule
    "Kenya and the UK signed a data accord on Monday. Local start-ups in Nairobi get cloud credits in 2027.",
])
def test_no_promise_agreed_on(extractor, text):
    assert dues(extractor, text) == []
