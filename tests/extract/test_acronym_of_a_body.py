"""An acronym the story gives a body ("the Kenya Space Agency (KSA)") names that body everywhere in the story, not the
country the same letters stand for elsewhere (KSA: Saudi Arabia).

Every text here is written for these tests.
"""

from datetime import date

P = date(2025, 1, 30)


def test_a_bodys_acronym_is_no_country(extractor):
    result = extractor("Egypt's space agency and the Kenya Space Agency (KSA) signed an MoU on Tuesday. KSA will "
                       "train Egyptian engineers, and KSA staff will visit Cairo.", P)
    assert sorted(result.countries) == ["EGY", "KEN"]


def test_the_letters_alone_are_still_the_country(extractor):
    result = extractor("KSA and Egypt signed a hydrogen MoU on Tuesday.", P)
    assert [tuple(a.countries) for a in result.agreements] == [("EGY", "SAU")]
