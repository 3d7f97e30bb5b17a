"""An acronym the article gave an instrument in brackets ("a Comprehensive Economic Partnership Agreement (CEPA)")
stands for that instrument when it comes back bare ("officials expect CEPA to lift trade"), even after another
instrument of its kind was told in between; "another MoU" or "an FTA with Chile" is not a reference back.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 22)  # a Sunday


BARE_ACRONYM = [
    ("Oman and Japan signed a Comprehensive Economic Partnership Agreement (CEPA) on Monday in Tokyo. Officials "
     "expect CEPA to lift trade by a fifth.", ("JPN", "OMN"), 2),
    ("Chile and Vietnam concluded a free trade agreement (FTA) in Hanoi on Thursday. Exporters said FTA "
     "rules would simplify their paperwork.", ("CHL", "VNM"), 2),
]


@pytest.mark.parametrize("text,pair,sentences", BARE_ACRONYM)
def test_a_bare_acronym_defined_in_brackets_is_that_instrument(extractor, text, pair, sentences):
    got = extractor(text, P).agreements
    assert [tuple(a.countries) for a in got] == [pair]
    assert len(got[0].evidence) == sentences


def test_the_acronym_goes_to_the_one_it_was_given_to(extractor):
    text = ("India and the UK signed a Free Trade Agreement (FTA) in London. Separately, India and Oman signed a "
            "trade pact on services. Officials said FTA tariffs would fall within a year.")
    got = {tuple(a.countries): len(a.evidence) for a in extractor(text, P).agreements}
    assert got.get(("GBR", "IND")) == 2


def test_another_one_with_the_acronym_stays_apart(extractor):
    text = ("Brazil and Norway signed a memorandum of understanding (MoU) on offshore wind on Monday. They also "
            "signed another MoU on carbon capture.")
    assert len(extractor(text, P).agreements) == 2
