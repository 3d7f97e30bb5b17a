"""Abbreviated titles of an elected seat before a name ("Sen.", "Rep.", "Gov."), as American and Nigerian news
write them: alone they are the person's role; after a fuller role ("Vice President Sen. A B") they are his standing
and the fuller role is his role; and a surname ending a sentence ("... said Ravi Sen.") opens no name.

Every text here is written for these tests; the people are invented.
"""

import pytest


def people(extractor, text):
    return {p.name: (p.role, p.country) for p in extractor(text).people}


@pytest.mark.parametrize("text, name, role", [
    # the abbreviation alone is the role
    ("Sen. Marla Quinlan, R-Ohio, told reporters the chip pact with Japan was overdue.", "Marla Quinlan", "Sen."),
    ("A bill from Rep. Dorian Faye (D-Ore.) would review every AI chip licence for China.", "Dorian Faye", "Rep."),
    ("Idaho Gov. Wendell Crane flew to Seoul to court battery makers on Tuesday.", "Wendell Crane", "Gov."),
    ("U.S. Sen. Nadine Hollis, R-Utah, backed the chip pact with Taiwan on Friday.", "Nadine Hollis", "Sen."),
])
def test_a_seat_abbreviation_alone_is_the_role(extractor, text, name, role):
    found = people(extractor, text)
    assert name in found
    assert role in (found[name][0] or "")
    assert not any(n.rstrip(".") in ("Sen", "Rep", "Gov", "Sens", "Reps") for n in found)


@pytest.mark.parametrize("text, name, role", [
    # after a fuller role the abbreviation is his standing, not his name
    ("Ghana's team was led by Vice President Sen. Kofi Mensah Boateng, who signed the accord with Cuba.",
     "Kofi Mensah Boateng", "Vice President"),
    ("The letter was sent by Chairman Rep. Hollis Varga (R-Tex.) to the Commerce Department.", "Hollis Varga",
     "Chairman"),
    ("Senate President Sen. Ibrahim Tanko Musa opened the debate on the data centre loan.", "Ibrahim Tanko Musa",
     "President"),
])
def test_a_seat_abbreviation_after_a_fuller_role_is_skipped(extractor, text, name, role):
    found = people(extractor, text)
    assert name in found
    assert found[name][0] and role in found[name][0]
    assert not any(n.rstrip(".") in ("Sen", "Rep", "Gov") for n in found)


@pytest.mark.parametrize("text", [
    # look-alikes: a surname ending a sentence, a republic, a government
    "India and Japan agreed to work on chips, said the economist Arjun Sen. Analysts in Tokyo were upbeat.",
    "The Rep. of Korea signed a digital pact with the Dem. Rep. of the Congo on Friday.",
    "The Gov. of Assam approved the semiconductor park near Jagiroad last year.",
])
def test_no_name_opened_by_a_look_alike(extractor, text):
    found = people(extractor, text)
    assert not any(r and r.rstrip(".") in ("Sen", "Rep", "Gov") for r, _ in found.values())
    assert not any(n in ("Analysts", "Korea", "Assam", "Congo") for n in found)
