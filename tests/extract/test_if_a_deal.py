"""An instrument named with "a" inside a condition ("if a deal is struck", "If an agreement is reached, ...",
"unless a pact is signed", "whether a deal can be reached") is a possibility, no instrument; a definite one in a
condition ("if the agreement signed in 2019 is ratified") is still the one told, and a signed one followed by a
condition stays concluded.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2025, 3, 12)


def records(extractor, text):
    return [(a.countries, a.status) for a in extractor(text, P).agreements]


@pytest.mark.parametrize("text", [
    "China and the US have also failed to settle the level of tariff relief if a deal is struck.",
    "If an agreement is reached, Kenya and China would build the railway by 2030.",
    "Canada and Mexico will raise tariffs on steel unless a pact is signed before June.",
    "It is unclear whether a deal between Japan and Korea can be reached this year.",
    "Analysts say chip prices will fall if an accord between Taiwan and the US is concluded.",
])
def test_an_instrument_in_a_condition_is_none(extractor, text):
    assert records(extractor, text) == []


@pytest.mark.parametrize("text, expected", [
    ("If the agreement signed by Kenya and China in 2019 is ratified, the railway would be built.",
     (["CHN", "KEN"], "existing")),
    ("Japan and India signed a chip deal on Monday; if it works, more will follow.", (["IND", "JPN"], "concluded")),
])
def test_other_instruments_stay(extractor, text, expected):
    assert expected in records(extractor, text)
