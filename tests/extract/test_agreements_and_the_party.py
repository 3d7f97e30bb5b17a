"""A deal word later in the sentence that tells the same instrument again ("resumed talks on a free trade agreement,
aiming to strike a deal by July") is one record, also when a party is written with "and the" ("Australia and the
EU"): the "and" that brings a second instrument stands between the two instrument words, not between the parties.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 20)


ONE = [
    ("Australia and the EU resumed talks on a free trade agreement on Monday, aiming to strike a deal by July.",
     ("AUS", "EU")),
    ("Kenya and the UK opened talks on a digital trade agreement on Monday, with plans to sign a deal by June.",
     ("GBR", "KEN")),
    ("Chile and the Philippines are negotiating an economic partnership agreement and expect to sign a pact in May.",
     ("CHL", "PHL")),
]


@pytest.mark.parametrize("text,pair", ONE)
def test_a_deal_word_told_again_in_the_sentence_is_the_same(extractor, text, pair):
    got = [(tuple(a.countries), a.status) for a in extractor(text, P).agreements]
    assert got == [(pair, "proposed")]


def test_and_between_the_instruments_still_tells_two(extractor):
    got = extractor("Japan and the UK signed an MoU on AI and an agreement on chips on Monday.", P).agreements
    assert sorted(a.kind for a in got) == ["agreement", "mou"]
