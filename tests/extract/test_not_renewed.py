"""An instrument a party will not renew or extend is `ended` (GUIDELINES: the news is its end), not a negated one:
"will not renew its memorandum", "decided not to extend the pact", "declined to renew", "won't prolong". What stays
as it was: a party that renews, and one that has not decided yet.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2025, 3, 12)


def records(extractor, text):
    return [(a.kind, a.countries, a.status) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text, countries", [
    ("Panama's president said on Sunday his country will not renew its memorandum of understanding with China on "
     "the Belt and Road Initiative.", ["CHN", "PAN"]),
    ("Italy has decided not to renew its 2019 memorandum with China on infrastructure, officials said.",
     ["CHN", "ITA"]),
    ("Kenya declined to extend its data-sharing agreement with the United States, which runs out in June.",
     ["KEN", "USA"]),
    ("Mexico said it would not extend the technology accord with Canada when it expires next year.",
     ["CAN", "MEX"]),
    ("Norway won't renew the fisheries research pact with Russia, its foreign ministry said on Monday.",
     ["NOR", "RUS"]),
    ("The Philippines refused to prolong its joint exploration agreement with China.", ["CHN", "PHL"]),
])
def test_not_renewed_is_ended(extractor, text, countries):
    assert any(c == countries and s == "ended" for _, c, s in records(extractor, text))


@pytest.mark.parametrize("text", [
    "Italy said it would renew its 2019 memorandum with China on infrastructure.",
    "Panama has not yet decided whether to renew its memorandum with China on the Belt and Road Initiative.",
])
def test_renewed_or_undecided_is_not_ended(extractor, text):
    assert all(s != "ended" for _, _, s in records(extractor, text))


@pytest.mark.parametrize("text, code", [
    ("Korea won't sign the chip pact with Japan this year.", "KOR"),
    ("Norway won't join the new research pact with Russia.", "NOR"),
])
def test_wont_after_a_country_is_no_currency(extractor, text, code):
    assert code in extractor(text, P).countries
