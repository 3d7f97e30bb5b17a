"""Two ways a commitment's other side is told without a second country: a sum given to a region ("will provide
$30 billion to Africa over the next three years": the giver's commitment, the region its foreign side, unlike a
country's plan at home), and the things an instrument set out to build, named again later as a bare plural ("The
ministry said farms are planned to be commissioned by ...", as "the farms" already was).

Every text here is written for these tests (P is the publication date, a Tuesday).
"""

from datetime import date

import pytest

P = date(2026, 5, 5)


def found(extractor, text):
    return [(c.countries, c.due) for c in extractor(text, P).commitments]


@pytest.mark.parametrize("text, expected", [
    ("Japan's prime minister said his country will provide $30 billion to Africa over the next three years.",
     [(["JPN"], "2029")]),
    ("Saudi Arabia will lend $5 billion to Latin America over the next five years, its finance minister said on "
     "Monday.", [(["SAU"], "2031")]),
    ("Korea pledged to extend $2 billion in concessional loans to African countries by 2030.", [(["KOR"], "2030")]),
    ("India will offer a $1 billion credit line for the Pacific islands over the next four years, Modi said.",
     [(["IND"], "2030")]),
])
def test_a_sum_given_to_a_region(extractor, text, expected):
    assert found(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Japan will invest $30 billion in its own chip industry over the next three years.",
    "Saudi Arabia will spend $5 billion on new roads over the next five years, its finance minister said.",
])
def test_a_sum_spent_at_home_is_no_commitment(extractor, text):
    assert found(extractor, text) == []


@pytest.mark.parametrize("text, due", [
    ("Egypt and China's PowerChina signed a deal for three wind farms on the Red Sea coast on Monday. The projects "
     "will add 1.1 GW. Officials from both sides attended the ceremony in Cairo. The ministry said farms are planned "
     "to be commissioned by the end of 2027.", "2027-12"),
    ("Kenya and Japan agreed on Monday to build two geothermal plants at Olkaria. Officials said plants are expected "
     "to start operating in 2029.", "2029"),
])
def test_the_things_built_named_again_as_a_bare_plural(extractor, text, due):
    assert [d for _, d in found(extractor, text)] == [due]
