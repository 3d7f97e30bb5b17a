"""An instrument reported as signed with no day, then restated with the day it was signed ("has been signed by
..." then "The accord, signed on 2 March, ..."): one record, dated that day; a restatement dated long before is
another, older instrument.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2026, 3, 20)


def records(extractor, text):
    return [(a.kind, tuple(a.countries), a.status, a.date) for a in extractor(text, P).agreements]


DAY_TOLD_LATER = [
    ("A memorandum of understanding has been signed by start-up networks from Kenya and Nigeria. The agreement "
     "which was signed on the 26th of February, 2026 is meant to join up their hubs.", ("KEN", "NGA"), "2026-02-26"),
    ("Chile and Peru have inked a memorandum on lithium research, officials said. The deal, signed on March 2 in "
     "Lima, funds shared research on brines.", ("CHL", "PER"), "2026-03-02"),
    ("Ghana and Brazil signed an MoU on biofuels. The accord that was signed on 9 March covers ethanol blending.",
     ("BRA", "GHA"), "2026-03-09"),
]


@pytest.mark.parametrize("text,pair,day", DAY_TOLD_LATER)
def test_day_told_in_the_next_sentence_dates_the_one_record(extractor, text, pair, day):
    assert records(extractor, text) == [("mou", pair, "concluded", day)]


def test_a_restatement_signed_years_before_is_another_instrument(extractor):
    got = records(extractor, "Ghana and Brazil signed an MoU on biofuels. The agreement the two signed in Accra in "
                             "2019 covered ethanol.")
    assert len(got) == 2


@pytest.mark.parametrize("text, sectors", [
    # a definite reference whose words are quoted (the outlet quotes a side's praise) is still the one told
    ('Britain and the US signed a technology deal on Wednesday. The "landmark tech partnership" aims to boost '
     'cooperation in AI, quantum computing and civil nuclear energy.', ["ai", "nuclear", "quantum"]),
    ("Kenya and India signed a digital agreement on Monday. The \u201chistoric pact\u201d covers AI and semiconductors.",
     ["ai", "digital", "semiconductors"]),
])
def test_a_quoted_definite_reference_is_the_one_told(extractor, text, sectors):
    agreements = extractor(text, P).agreements
    assert len(agreements) == 1 and sorted(agreements[0].sectors) == sectors
    assert len(agreements[0].evidence) == 2
