"""A quotation of an instrument's own text ('"...," the declaration said', 'the joint statement read') tells what
the parties made or plan, unlike a speaker's words about ties: a body the quoted text says the parties will set up is
planned.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 5, 6)


def records(extractor, text):
    return [(a.kind, tuple(a.countries), a.status) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text,expected", [
    ("The United States and Britain signed a declaration on AI on Friday. \u201cWe intend to set up a bilateral "
     "dialogue on research priorities and to explore an ecosystem that serves the prosperity, security and wellbeing "
     "of our people,\u201d the declaration said.",
     [("joint_statement", ("GBR", "USA"), "concluded"), ("dialogue", ("GBR", "USA"), "planned")]),
    ("Kenya and India issued a joint statement on Tuesday. \u201cThe two sides will establish a joint working group on "
     "digital public infrastructure, which will meet each year to review progress, and will report to ministers,\u201d "
     "the joint statement read.",
     [("joint_statement", ("IND", "KEN"), "concluded"), ("dialogue", ("IND", "KEN"), "planned")]),
])
def test_a_quoted_instruments_text_tells_what_is_planned(extractor, text, expected):
    assert records(extractor, text) == expected


def test_a_speakers_words_about_ties_stay_talk(extractor):
    text = ("Kenya and India issued a joint statement on Tuesday. \u201cWe want a partnership that delivers for both "
            "our peoples, and we will work hard, every day, to make it grow,\u201d the minister said.")
    assert records(extractor, text) == [("joint_statement", ("IND", "KEN"), "concluded")]
