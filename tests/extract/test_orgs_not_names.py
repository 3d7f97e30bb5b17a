"""Words that make no organisation's name: a sentence's opening word before a name ("After Jamshedpur FC won", "Todays
Council approved"), a plural head after one word ("set up AI Institutes": bodies of a kind), a kind of body after "a"
("became a State Corporation"). The bodies with names of their own stay.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2024, 3, 5)


def orgs(extractor, text):
    return [o.name for o in extractor(text, P).organizations]


@pytest.mark.parametrize("text, expected", [
    ("Todays Council also approved the joint research call with Japan, officials said.", []),
    ("After Jamshedpur FC won the match, the coach praised the players.", ["Jamshedpur FC"]),
    ("Several countries have set up AI Institutes to test models, including Britain and Japan.", []),
    ("The agency became a State Corporation in 2017 under the space act, Kenyan officials said.", []),
    ("Following Kenya Space Agency talks, Egypt's space agency signed an MoU.", ["Kenya Space Agency"]),
    ("The National Institutes of Health and the Indian Institutes of Technology will share data.",
     ["National Institutes of Health", "Indian Institutes of Technology"]),
])
def test_no_name_is_made_of_sentence_words_or_kinds(extractor, text, expected):
    assert orgs(extractor, text) == expected
