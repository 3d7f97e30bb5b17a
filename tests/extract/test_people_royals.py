"""Royal names: "Prince" and "Princess" mark a person as honorifics do (the name without them, as GUIDELINES asks of
honorifics), a prince who holds an office keeps the office as his role, and places named after princes ("Prince Edward
Island") are no people.

Every text here is written for these tests.
"""

from datetime import date

P = date(2024, 10, 29)


def people(extractor, text):
    return [(p.name, p.role) for p in extractor(text, P).people]


def test_princes_and_princesses_are_people(extractor):
    found = people(extractor, "King Mohammed VI of Morocco, joined by Prince Moulay Rachid, received the French "
                              "president in Rabat. Princess Lalla Khadija also attended the dinner.")
    assert ("Moulay Rachid", None) in found and ("Lalla Khadija", None) in found


def test_a_prince_keeps_his_office(extractor):
    assert ("Khalid bin Saad", "Energy Minister") in people(
        extractor, "Energy Minister Prince Khalid bin Saad met India's power minister in Riyadh on Monday.")


def test_a_place_named_after_a_prince_is_no_person(extractor):
    assert people(extractor, "A plant in Prince Edward Island will ship hydrogen to Japan from 2027.") == []


def test_a_name_known_from_elsewhere_takes_no_story_country(extractor):
    found = {p.name: p.country for p in extractor(
        "Sheikh Tahnoun bin Zayed Al Nahyan, National Security Adviser, met Japan's trade minister Ken Saito, who "
        "signed a hydrogen MoU.", P).people}
    assert found == {"Tahnoun bin Zayed Al Nahyan": None, "Ken Saito": "JPN"}


def test_kenyas_prime_cabinet_secretary_is_kenyan(extractor):
    found = {p.name: (p.role, p.country) for p in extractor(
        "Egyptian Trade Minister Amr Nabil and Kenyan Prime Cabinet Secretary Joseph Kamau put their names to a "
        "declaration on space in Cairo on Wednesday.", P).people}
    assert found["Joseph Kamau"] == ("Prime Cabinet Secretary", "KEN")
