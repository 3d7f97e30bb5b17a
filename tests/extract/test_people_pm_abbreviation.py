""""PM" for Prime Minister before a name, as news of Asia and Britain writes it, often with one word of the name
only ("PM Anwar", the given name of a Vietnamese or Malay leader); and the clock's "PM" before a day or a city opens
no name.

Every text here is written for these tests; the people are invented.
"""

import pytest


def people(extractor, text):
    return {p.name: (p.role, p.country) for p in extractor(text).people}


@pytest.mark.parametrize("text, name", [
    ("Vietnam and Korea agreed to work on chip design. PM Thanh asked Seoul for training places.", "Thanh"),
    ("Under the AI pact, Thai PM Kanya Srisuk and her Japanese counterpart will meet every year.", "Kanya Srisuk"),
    ("The chip accord was welcomed by PM Rohan Mehta, who called it a turning point for India.", "Rohan Mehta"),
])
def test_pm_before_a_name_is_the_role(extractor, text, name):
    found = people(extractor, text)
    assert name in found and found[name][0] and "PM" in found[name][0], found


@pytest.mark.parametrize("text", [
    "The satellite accord was signed at 4 PM Monday in Nairobi by the two space agencies.",
    "Talks on the chip pact ended at 11 PM Beijing time without a deal.",
])
def test_the_clocks_pm_opens_no_name(extractor, text):
    assert not any(r == "PM" for r, _ in people(extractor, text).values())
