"""The date of an earlier instrument when the article itself has no date.

A page with no publication date still tells when an instrument in the background was made: "the accord, signed
in March 2015", "the pact, in force since 1988". Without the article's day nothing can be called "well before" it,
but the time the instrument's own clause ties to it is still the day it was made. Every text here is written for
these tests.
"""

from datetime import date

import pytest


def existing(extractor, text, published=None):
    return [(a.status, a.date) for a in extractor(text, published).agreements if a.status in ("existing", "ended")]


@pytest.mark.parametrize("text, expected", [
    # an earlier instrument the news builds on, its making told right after it
    ("Chile and Peru agreed on Tuesday to study lithium refining together. The plan builds on the Chile-Peru "
     "Science Cooperation Agreement signed in March 2015.", "2015-03"),
    ("Officials said the plan builds on the Japan-Vietnam Technology Agreement concluded in 2019.", "2019"),
    ("The deal builds on the Ghana-Korea Science Agreement, signed in October 2012.", "2012-10"),
    # ... or the frame a new step is taken in, set up in a year
    ("As part of the India-Chile Digital Partnership set up in 2016, the two countries opened a lab.", "2016"),
    # ... or told as in force since a year (and it has now ended)
    ("The Space Cooperation Agreement between Brazil and Argentina, which had been in force since 1991, lapsed "
     "last week.", "1991"),
    ("The Technology Partnership Agreement (TPA) with Norway, in place since 2004, expired this spring, Iceland "
     "said.", "2004"),
])
def test_an_undated_article_keeps_the_date_its_clause_ties(extractor, text, expected):
    assert (existing(extractor, text) or [(None, None)])[0][1] == expected


@pytest.mark.parametrize("text", [
    # a time of something else in the sentence is not the instrument's making
    "The Chile-Peru Science Cooperation Agreement will guide the visit the ministers plan for March 2027.",
    "Under the Kenya-Rwanda ICT Memorandum, the two countries held a workshop in 2021 on cloud services.",
])
def test_a_time_not_tied_to_it_gives_no_date(extractor, text):
    assert all(d is None for _, d in existing(extractor, text))


def test_with_a_publication_date_the_rule_is_unchanged(extractor):
    text = ("Chile and Peru agreed on Tuesday to study lithium refining together. The plan builds on the Chile-Peru "
            "Science Cooperation Agreement signed in March 2015.")
    assert ("existing", "2015-03") in existing(extractor, text, date(2026, 3, 12))
