"""A named centre or fund of one country is a body, not an instrument between countries: the counterpart of a
signing ("signed an MoU with the Japan International Cooperation Centre"), or the money one side brings ("under
the US' ITSI Fund", "financed from Japan's Economic Partnership Fund"). A centre or fund two countries found, or
one opened in another country, stays an instrument.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 10)


def kinds(extractor, text):
    return sorted((a.kind, tuple(a.countries)) for a in extractor(text, P).agreements)


@pytest.mark.parametrize("text, expected", [
    ("Vietnam's central bank signed an MoU on anti-money-laundering data with the Australia Transaction Reports "
     "and Analysis Centre on Monday.", [("mou", ("AUS", "VNM"))]),
    ("Kenya's ministry signed a memorandum with the Japan International Cooperation Centre on Monday.",
     [("mou", ("JPN", "KEN"))]),
    ("An agreement was signed between Ghana's space agency and the France Spatial Data Centre on Monday.",
     [("agreement", ("FRA", "GHA"))]),
    ("Harris announced a partnership with the Philippines on chips under the US' International Technology "
     "Security and Innovation Fund.", [("partnership", ("PHL", "USA"))]),
    ("The partnership with Ghana will be financed through Japan's Economic Partnership Fund, officials said on "
     "Monday.", [("partnership", ("GHA", "JPN"))]),
    ("Ghana announced a partnership with Japan on clean power under Japan's Green Growth and Transition (GGT) Fund.",
     [("partnership", ("GHA", "JPN"))]),
])
def test_a_body_or_purse_of_one_country_is_no_instrument(extractor, text, expected):
    assert kinds(extractor, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile and Korea inaugurated the Korea-Chile Technology Centre in Santiago on Monday.",
     [("centre", ("CHL", "KOR"))]),
    ("India and France agreed to set up a joint centre for AI research on Monday.", [("centre", ("FRA", "IND"))]),
    ("Japan and Kenya launched the Japan-Kenya Innovation Fund on Monday.", [("fund", ("JPN", "KEN"))]),
    ("Korea opened the Korea Innovation Centre in Nairobi on Monday, with Kenya's ministry as its partner.",
     [("centre", ("KEN", "KOR"))]),
])
def test_a_centre_or_fund_founded_by_two_stays(extractor, text, expected):
    assert kinds(extractor, text) == expected
