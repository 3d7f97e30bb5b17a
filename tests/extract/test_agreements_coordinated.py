"""Two instruments made in one sentence, each the object of its own verb ("agreed to convene X and to set up Y"):
two records, never the second read as what the first is about.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 12)


def kinds(extractor, text):
    return sorted((a.kind, tuple(a.countries)) for a in extractor(text, P).agreements)


@pytest.mark.parametrize("text, expected", [
    ("Leaders also agreed to convene the Chile-Japan Joint Committee on Science and to set up a working group on "
     "space.", [("dialogue", ("CHL", "JPN"))] * 2),
    ("The ministers of Kenya and India agreed to reconvene the Kenya-India Joint Working Group on ICT and to launch a new "
     "dialogue on cyber security.", [("dialogue", ("IND", "KEN"))] * 2),
    ("Canada and Germany agreed on Tuesday to hold a ministerial forum on hydrogen every year and to form a task force "
     "on critical minerals.", [("dialogue", ("CAN", "DEU"))] * 2),
])
def test_two_bodies_each_with_its_own_verb_are_two(extractor, text, expected):
    assert kinds(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    # what the first is about, told with "and": still one
    ("Chile and Japan signed a memorandum on semiconductor supply chains and innovation partnership.",
     [("mou", ("CHL", "JPN"))]),
    ("Kenya and India set up a working group on ICT and data protection.", [("dialogue", ("IND", "KEN"))]),
])
def test_what_one_is_about_stays_one(extractor, text, expected):
    assert kinds(extractor, text) == expected
