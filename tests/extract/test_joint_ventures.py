"""A joint venture in the news is a company two firms set up, and the instrument is the agreement that sets it up: a
venture founded under an agreement or memorandum is no second record, and a venture agreed on its own is told as an
agreement (GUIDELINES: "deal" is an agreement; a partnership is one declared).

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 5, 5)


def kinds(extractor, text):
    return sorted(a.kind for a in extractor(text, P).agreements)


@pytest.mark.parametrize("text, expected", [
    ("Korea's SK On and Japan's Toyota have reached an agreement to set up a joint venture to make battery cells in "
     "Ohio. The joint venture is expected to be established this year.", ["agreement"]),
    ("Mexico's Pemex and Norway's Equinor signed a memorandum on Friday to form a joint venture for offshore wind.",
     ["mou"]),
    ("Under the accord signed by India's Tata and Taiwan's PSMC on Monday, the two firms will create a joint venture "
     "to run a chip plant in Gujarat.", ["agreement"]),
])
def test_a_venture_set_up_by_an_instrument_is_that_instrument(extractor, text, expected):
    assert kinds(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Greece and Saudi Arabia agreed on Tuesday on the main terms to set up a joint venture to lay a data cable.",
    "Korea's Hanwha and Poland's PGZ will form a joint venture to build rocket launchers, the companies said.",
])
def test_a_venture_agreed_on_its_own_is_an_agreement(extractor, text):
    assert kinds(extractor, text) == ["agreement"]
