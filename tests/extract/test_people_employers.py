"""The country of a person read from the body he works at: an acronym the article defines for one of its bodies is
that body, not a country that the same letters abbreviate elsewhere.

Every text here is written for these tests.
"""

import pytest


def people(extractor, text):
    return {p.name: (p.role, p.country) for p in extractor(text).people}


@pytest.mark.parametrize("text, name, country", [
    # "KSA" is also Saudi Arabia's abbreviation; here the article has defined it as the Kenyan agency
    ("The Kenya Space Agency (KSA) and a Ghanaian operator agreed to share ground stations. Mercy Wanjiku, director "
     "general of the KSA, visited Accra last week.", "Mercy Wanjiku", "KEN"),
    # "DRC" is also Congo's; here an industry body of Kenya
    ("Kenya's Digital Retail Council (DRC) backed the plan. The chairman of the DRC, Peter Otieno, said traders "
     "would gain.", "Peter Otieno", "KEN"),
    # "PRC" defined as a Philippine commission
    ("The Philippine Professional Regulation Commission (PRC) signed the accord with Japan. Maria Santos, head of "
     "the PRC, said nurses would benefit.", "Maria Santos", "PHL"),
])
def test_an_acronym_the_article_defines_is_its_body_not_a_country(extractor, text, name, country):
    assert people(extractor, text)[name][1] == country
