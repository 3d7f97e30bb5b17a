"""A branch of a foreign university or institute opened in another country is a centre of both (GUIDELINES: a
centre, office or branch that one country opens in another makes both countries parties): "A branch of the
University of Pisa (Italy) will open in Tashkent", "a decree establishing a branch of Moscow's Bauman University in
Tashkent", "Affiliated branch of Turkish university to be set up in Baku". Other branches name no instrument: a
bank's branch office at home, the executive branch, a branch of science.

Every text here is written for these tests (P is the publication date).
"""

from datetime import date

import pytest

P = date(2025, 9, 18)


@pytest.mark.parametrize("text, countries", [
    ("A branch of the University of Bologna (Italy) will open in Tashkent next year.", ["ITA", "UZB"]),
    ("Uzbekistan's president signed a decree on Monday establishing a branch of the Moscow Aviation Institute in "
     "Tashkent.", ["RUS", "UZB"]),
    ("An affiliated branch of a Turkish university will be established in Baku, Azerbaijan's education ministry "
     "said.", ["AZE", "TUR"]),
    ("India's IIT Madras opened a branch campus in Zanzibar, Tanzania, on Monday.", ["IND", "TZA"]),
    ("A branch of the University of Trento (Italy) will open in Astana. This was stated in a government "
     "resolution.", ["ITA", "KAZ"]),
])
def test_a_foreign_branch_is_a_centre_of_both(extractor, text, countries):
    found = extractor(text, P).agreements
    assert (countries, "centre") in [(a.countries, a.kind) for a in found]


@pytest.mark.parametrize("text", [
    "The Bank of Japan opened a branch office in Osaka on Monday.",
    "Kenya's executive branch and China's envoy discussed trade in Nairobi.",
    "Quantum computing is a young branch of physics, researchers in Germany and France say.",
])
def test_other_branches_are_no_instrument(extractor, text):
    assert extractor(text, P).agreements == []
