"""Heads of bodies told by what they lead, and long titles set off before the name.

"The Indian Space Research Organisation, led by K. Sivan, ...", "Dmitry Rogozin-led Roscosmos", "according to the
Indonesian Consul in Kuching, Raden Sigit Witjaksono": a person named by the body they lead (the head of it, of its
country), and a title followed by a comma and the name. Every text here is written for these tests.
"""

import pytest


def people(extractor, text):
    return {p.name: (p.role, p.country) for p in extractor(text).people}


@pytest.mark.parametrize("text, name, role, country", [
    ("The Kenya Space Agency, led by Hilda Mwangi, and Russian space agency Roscosmos signed an agreement on "
     "satellites on Monday.", "Hilda Mwangi", "head of the Kenya Space Agency", "KEN"),
    ("The Indian Space Research Organisation, headed by Ravi Menon, signed the agreement with Roscosmos.",
     "Ravi Menon", "head of the Indian Space Research Organisation", "IND"),
    ("Taking to social media, Maria Ostrova-led Roscosmos said the agreement covers satellite navigation.",
     "Maria Ostrova", "head of Roscosmos", "RUS"),
    ("India signed the deal with Roscosmos, chaired by Pavel Ivanovich Sorokin, on Tuesday.",
     "Pavel Ivanovich Sorokin", "head of Roscosmos", "RUS"),
])
def test_the_head_of_a_body_told_by_the_body(extractor, text, name, role, country):
    assert people(extractor, text).get(name) == (role, country)


@pytest.mark.parametrize("text, name, role", [
    ("Kenya plans to sign a memorandum with Uganda on batteries, according to the Kenyan Consul in Uganda's Gulu "
     "city, Peter Otieno Kamau.", "Peter Otieno Kamau", "Consul in Uganda's Gulu city"),
    ("The memorandum was signed by the Director of the International Cooperation Centre of the Ghanaian Ministry of "
     "Science, Kwame Asante Boateng, and a German official.", "Kwame Asante Boateng",
     "Director of the International Cooperation Centre of the Ghanaian Ministry of Science"),
])
def test_a_long_title_set_off_before_the_name(extractor, text, name, role):
    assert people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize("text, name", [
    # what leads is no person: a country, a body, a government
    ("The Saudi-led coalition and the Kenya Space Agency, led by its board, signed an agreement.", None),
    ("The US-led Minerals Security Partnership, headed by the State Department, met in Paris.", None),
])
def test_no_person_where_a_body_or_a_country_leads(extractor, text, name):
    assert not [p for p in extractor(text).people if "led" in p.name or "State" in p.name or "board" in p.name]
