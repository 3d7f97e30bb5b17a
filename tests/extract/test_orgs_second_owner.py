"""A country's possessive before two bodies joined by "and" ("the UAE's G42 and Microsoft") owns the second only
when nothing else tells the second's country: a firm the gazetteer knows keeps its own home, so a deal between a
firm of one country and a firm of another has both countries. A possessive right before a known body's name
("Mexico's Congress", "Bahrain's Economic Development Board") still names that country's body of the name.

Every text here is written for these tests.
"""

import pytest


def owners(extractor, text):
    return {o.name: o.country for o in extractor(text).organizations}


@pytest.mark.parametrize("text, first, second", [
    ("The UAE's G42 and Microsoft agreed a partnership, which both governments welcomed.",
     ("G42", "ARE"), ("Microsoft", "USA")),
    ("Japan's SoftBank and OpenAI set up a joint venture in Tokyo to sell AI to Japanese firms.",
     ("SoftBank Group", "JPN"), ("OpenAI", "USA")),
    ("India's Tata Electronics and Intel will work together on chip packaging, the firms said on Monday.",
     ("Tata Electronics", "IND"), ("Intel", "USA")),
    ("Korea's Samsung and Nvidia have signed an accord on AI chips for data centres.",
     ("Samsung", "KOR"), ("Nvidia", "USA")),
])
def test_a_known_firm_after_and_keeps_its_home(extractor, text, first, second):
    got = owners(extractor, text)
    assert got.get(first[0]) == first[1] and got.get(second[0]) == second[1], got


def test_a_firm_of_each_country_makes_both_parties(extractor):
    text = "Korea's Samsung and Nvidia have signed a partnership on AI chips for data centres."
    assert [sorted(a.countries) for a in extractor(text).agreements] == [["KOR", "USA"]]


@pytest.mark.parametrize("text, name, country", [
    # an unknown second body still takes the owner's country
    ("The UAE's Khalifa University and Zayed Institute of Robotics signed a memorandum with Korea's KAIST.",
     "Zayed Institute of Robotics", "ARE"),
    # a possessive right before a known name still names that country's body
    ("Mexico's Congress approved the chip accord with the United States on Thursday.", "Congress", "MEX"),
])
def test_the_owners_body_where_nothing_else_tells(extractor, text, name, country):
    got = owners(extractor, text)
    assert got.get(name) == country, got


@pytest.mark.parametrize("text, name, country", [
    ("Hitachi and India's Larsen & Toubro Ltd will build a chip plant in Gujarat.", "Larsen & Toubro Ltd", "IND"),
    ("Siemens and Egypt's Nilewave & Partners Co. signed a memorandum on grid software.", "Nilewave & Partners Co.",
     "EGY"),
    ("Ericsson and Senegal’s Baobab & Fils SA signed a memorandum on 5G networks.", "Baobab & Fils SA", "SEN"),
])
def test_a_countrys_possessive_before_a_firm_after_and_is_its_owner(extractor, text, name, country):
    got = owners(extractor, text)
    assert got.get(name) == country and not any("'s " in n or "’s " in n for n in got), got
