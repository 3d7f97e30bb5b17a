"""A romanised Korean given name written as one word of hyphen-joined syllables ("Sung-Hwan-cho", "Min-seo") after
a list of firms is a person, not one more firm of the list; hyphenated firm names ("Rolls-Royce") stay firms.

Every text here is written for these tests; the people are invented.
"""

import pytest


def names(extractor, text):
    return {o.name for o in extractor(text).organizations}


@pytest.mark.parametrize("text, person", [
    ("The battery accord with Vietnam was signed by the head of LG Energy Solution, Park Ji-woo and the head of "
     "Hyundai MOBIS, Dae-Hyun-kim acting for the Korean firms.", "Dae-Hyun-kim"),
    ("The chip memorandum with Poland was signed for Samsung SDI, Jae-min and for SK hynix by their vice "
     "presidents.", "Jae-min"),
])
def test_a_syllable_chain_is_no_firm(extractor, text, person):
    assert person not in names(extractor, text)


def test_a_hyphenated_firm_stays(extractor):
    text = "Kenya signed clean technology deals with firms including Rolls-Royce and Coca-Cola on Monday."
    assert "Rolls-Royce" in names(extractor, text)
