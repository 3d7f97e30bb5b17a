"""Where a body sits, written before its name ("Seoul-based", "the Abu Dhabi-headquartered", "Lagos-listed"), is no
part of its name; the place tells its country when the place is a known one. A way of working glued the same way
("Knowledge-based", "Cloud-based") is another thing.

Every text here is written for these tests.
"""

import pytest


def orgs(extractor, text):
    return {o.name: o.country for o in extractor(text).organizations}


@pytest.mark.parametrize("text, name", [
    ("Seoul-based Hanul Robotics Co. and a Chilean lab signed a memorandum on AI on Monday.", "Hanul Robotics Co."),
    ("The deal was signed with Nairobi-based Savanna Grid Ltd, which will supply the power.", "Savanna Grid Ltd"),
    ("Lagos-listed Zenith Power Company will build the lines under the accord with India.", "Zenith Power Company"),
    ("Under the pact, the Abu Dhabi-headquartered Falcon Compute Holdings will run the data centre.",
     "Falcon Compute Holdings"),
    ("Vietnam and Korea agreed on chip training, and Hanoi-based Red River Semiconductor JSC will host the first "
     "course.", "Red River Semiconductor JSC"),
])
def test_the_place_a_body_sits_is_no_part_of_its_name(extractor, text, name):
    found = orgs(extractor, text)
    assert name in found
    assert not any(n.endswith(name) and n != name for n in found)


@pytest.mark.parametrize("text, name, country", [
    ("Seoul-based Hanul Robotics Co. and a Chilean lab signed a memorandum on AI on Monday.", "Hanul Robotics Co.",
     "KOR"),
    ("The deal was signed with Nairobi-based Savanna Grid Ltd, which will supply the power.", "Savanna Grid Ltd",
     "KEN"),
])
def test_the_place_tells_the_country(extractor, text, name, country):
    assert orgs(extractor, text).get(name) == country


def test_a_way_of_working_is_no_place(extractor):
    text = "Iran's Knowledge-based Economy Development Council signed a memorandum with a Russian fund."
    assert any(n.startswith("Knowledge-based") for n in orgs(extractor, text))
