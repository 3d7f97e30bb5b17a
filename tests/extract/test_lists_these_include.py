"""A sentence that names the items of the one before ("The leaders announced several initiatives. These include X, a
partnership between A and B", "Among them is ...") tells each as made the way the sentence before made them.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2024, 9, 22)


def told(extractor, text):
    return [(a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text, expected", [
    ("The leaders announced several initiatives on Sunday. These include 'Harbour Link', a groundbreaking "
     "partnership between India and Japan to build smart ports.", [("partnership", ("IND", "JPN"), "concluded")]),
    ("Ministers unveiled a set of projects in Lima. Among them is a partnership between Peru and Chile on lithium "
     "refining.", [("partnership", ("CHL", "PER"), "concluded")]),
    ("The two governments will launch new programmes next year. They include a joint platform between Kenya and "
     "Korea for digital skills.", [("partnership", ("KEN", "KOR"), "planned")]),
])
def test_items_named_after_the_sentence_that_made_them(extractor, text, expected):
    assert told(extractor, text) == expected


def test_with_nothing_made_before_nothing_is_told(extractor):
    assert told(extractor, "Experts discussed regional cooperation. These include a partnership between India and "
                           "Japan, some said.") == []


def test_places_toured_are_no_instruments(extractor):
    assert told(extractor, "Following the talks, visitors from Kenya were shown round the Egyptian agency's labs. "
                           "These included a mission control centre and a satellite test lab.") == []


def test_todays_council_is_the_council_told(extractor):
    found = told(extractor, "The third EU-Japan Digital Partnership Council took place in Tokyo on Monday. Todays "
                            "Council closed with outcomes on chips and 6G research.")
    assert [k for k, _, _ in found] == ["dialogue"]
