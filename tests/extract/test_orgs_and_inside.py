"""A body whose name holds "and" after a nationality and a field ("Indian Electronics and Semiconductor Association",
"Japanese Steel and Metals Federation") is one body: a nationality and one field word make no firm's own name.
Two firms joined by "and", each with a name of its own, stay two.

Every text here is written for these tests.
"""

from datetime import date

import pytest

P = date(2024, 3, 5)


def orgs(extractor, text):
    return [o.name for o in extractor(text, P).organizations]


@pytest.mark.parametrize("text, name", [
    ("The Indian Electronics and Semiconductor Association welcomed the deal with Taiwan.",
     "Indian Electronics and Semiconductor Association"),
    ("The Kenyan Tea and Coffee Traders Association said exports to Egypt would grow.",
     "Kenyan Tea and Coffee Traders Association"),
])
def test_a_nationality_and_a_field_begin_one_body(extractor, text, name):
    assert orgs(extractor, text) == [name]


def test_two_firms_with_names_of_their_own_stay_two(extractor):
    assert orgs(extractor, "Samsung Electronics and Hyundai Motor Company signed a battery deal with a Chilean "
                           "miner.") == ["Samsung Electronics", "Hyundai Motor"]


def test_a_firms_legal_form_as_written_is_one_of_its_names(extractor):
    found = {o.name: o.aliases for o in extractor("TSMC will build a second plant with Panasonic Corp in Japan.",
                                                  P).organizations}
    assert "Panasonic Corp" in found["Panasonic"]
