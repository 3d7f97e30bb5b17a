"""People named after titles of officialdom's own styles: a body's acronym written bare after the title, a given
name that is also a title, a lower-case portfolio listed with commas.

Every text here is written for these tests.
"""

import pytest


def people(extractor, text):
    return {p.name: (p.role, p.country) for p in extractor(text).people}


@pytest.mark.parametrize("text, name, role", [
    # a body's acronym written bare after the title, then the name
    ("Briefing the delegates, Chairman SUPARCO Ali Raza Khan said the satellites were working.", "Ali Raza Khan",
     "Chairman SUPARCO"),
    ("Later, Chairman ISRO Kumar Menon said the launch was on track.", "Kumar Menon", "Chairman ISRO"),
    ("Director General NADRA Imran Ahmed Butt opened the data centre in Lahore.", "Imran Ahmed Butt",
     "Director General NADRA"),
])
def test_a_bodys_acronym_bare_after_the_title(extractor, text, name, role):
    found = people(extractor, text)
    assert found.get(name, (None,))[0] == role
    assert not any(n.split()[0].isupper() and len(n.split()[0]) > 2 for n in found)


@pytest.mark.parametrize("text, name", [
    # surname-first capitals stay the name, not a body
    ("Prime Minister KISHIDA Fumio welcomed the delegation.", "KISHIDA Fumio"),
    ("President YOON Suk Yeol signed the accord.", "YOON Suk Yeol"),
])
def test_capitals_of_a_surname_first_name_are_no_acronym(extractor, text, name):
    assert name in people(extractor, text)


@pytest.mark.parametrize("text, name, role", [
    # a given name that is also a title, inside a portfolio joined by "and": the name, not the next person's title
    ("On Monday the UAE's Minister of Industry and Advanced Technology Sultan Al Jaber arrived in Mumbai.",
     "Sultan Al Jaber", "Minister of Industry and Advanced Technology"),
    ("Oman's Minister of Transport and Communications Sultan bin Salim Al Habsi met the delegation.",
     "Sultan bin Salim Al Habsi", "Minister of Transport and Communications"),
])
def test_a_given_name_that_is_a_title_after_a_portfolio_joined_by_and(extractor, text, name, role):
    assert people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize("text, name, role", [
    # a lower-case title whose lower-case portfolio is listed with commas, then the name set off by a comma
    ("The visit by union minister of parliamentary affairs, coal and mines, Rakesh Sharma to Perth began on Sunday.",
     "Rakesh Sharma", "union minister of parliamentary affairs, coal and mines"),
    ("The pact was welcomed by minister of steel, coal and energy, Anil Verma, on Sunday.", "Anil Verma",
     "minister of steel, coal and energy"),
])
def test_a_lower_case_portfolio_listed_with_commas_then_the_name(extractor, text, name, role):
    assert people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize("text, name, role", [
    # a royal title between the portfolio and the name opens the name, as an honorific does
    ("Saudi Arabia's Minister of Energy Prince Faisal bin Khalid met the delegation in Riyadh.", "Faisal bin Khalid",
     "Minister of Energy"),
    ("The Minister of Culture Prince Badr bin Abdullah opened the exhibition.", "Badr bin Abdullah",
     "Minister of Culture"),
])
def test_a_royal_title_between_the_portfolio_and_the_name(extractor, text, name, role):
    assert people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize("text, name, role", [
    # a deputy director general is one title, not a deputy director and a general
    ("Talks were led by the deputy director general of the Federal Space Corporation Ivan Petrov.",
     "Ivan Petrov", "deputy director general of the Federal Space Corporation"),
    ("Deputy Director-General Maria Lopez Vidal of the space agency spoke first.", "Maria Lopez Vidal",
     "Deputy Director-General"),
])
def test_a_deputy_director_general(extractor, text, name, role):
    assert people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize("text, name, role", [
    # a capitalised title with a lower-case portfolio, as some releases write it
    ("The Minister of energy Ana Ruiz met the delegation.", "Ana Ruiz", "Minister of energy"),
    ("The deal was signed by Minister of state for energy Grace Namata in Kampala.", "Grace Namata",
     "Minister of state for energy"),
    ("For Uganda the text was signed by its Minister of state for mineral resources and energy, Engineer Grace "
     "Namata.", "Grace Namata", "Minister of state for mineral resources and energy"),
    ("The UK Secretary of State for science, innovation and technology, Mary Donne, signed it.", "Mary Donne",
     "Secretary of State for science, innovation and technology"),
])
def test_a_capitalised_title_with_a_lower_case_portfolio(extractor, text, name, role):
    assert people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize("text, name, role", [
    # an office, then a diplomatic or academic rank, then the name: the role is the office
    ("NATO Assistant Secretary General Ambassador Sorin Ducaru visited Kyiv to sign the pact with Ukraine.",
     "Sorin Ducaru", "Assistant Secretary General"),
    ("Deputy Foreign Minister Ambassador Ana Ruiz flew to Tokyo to sign the pact with Japan.", "Ana Ruiz",
     "Deputy Foreign Minister"),
    ("Kenya's Principal Secretary Professor Jane Wambui signed the accord with Japan.", "Jane Wambui",
     "Principal Secretary"),
    # ... but the rank alone is the role
    ("Ambassador Ana Ruiz flew to Tokyo to sign the pact with Japan.", "Ana Ruiz", "Ambassador"),
])
def test_an_office_before_a_rank_is_the_role(extractor, text, name, role):
    assert people(extractor, text)[name][0] == role


@pytest.mark.parametrize("text, name, role", [
    # a role in apposition ends before other people named by a plural title
    ("The forum heard speeches by Ana Ruiz, Secretary-General of the AU Commission and Ministers from Kenya, Ghana "
     "and Togo.", "Ana Ruiz", "Secretary-General of the AU Commission"),
    ("Talks were opened by Ana Ruiz, Director of the ATU and ministers of Kenya and Ghana.", "Ana Ruiz",
     "Director of the ATU"),
    ("Ana Ruiz, Chair of the AU Commission and the ambassadors of Kenya and Ghana attended the signing.", "Ana Ruiz",
     "Chair of the AU Commission"),
    # ... a second title of hers stays
    ("The deal was signed by Ana Ruiz, Chairman and Managing Director of Kenya Power.", "Ana Ruiz",
     "Chairman and Managing Director of Kenya Power"),
])
def test_a_role_in_apposition_ends_before_other_people(extractor, text, name, role):
    found = people(extractor, text)
    assert found[name][0] == role and found[name][1] in (None, "KEN"), found


@pytest.mark.parametrize("text, expected", [
    # a roster of people, each with a role and the body set off by commas, the entries split by semicolons
    ("Kenya and Ghana signed the pact. Present were Ama Mensah, Marketing Director, Accra Hubs Network; and Kofi "
     "Owusu, Treasurer, Lagos Tech Association.", {"Ama Mensah": "Marketing Director", "Kofi Owusu": "Treasurer"}),
    ("Ghana and Nigeria agreed to share hubs. At the signing were Efua Boateng, Vice-Chair, AHN; Musa Bello, "
     "Programme Director, LTN Hubs and Kofi Owusu, Treasurer, AHN.",
     {"Efua Boateng": "Vice-Chair", "Musa Bello": "Programme Director", "Kofi Owusu": "Treasurer"}),
])
def test_a_roster_of_name_role_and_body(extractor, text, expected):
    found = people(extractor, text)
    assert {n: found.get(n, (None,))[0] for n in expected} == expected and set(found) == set(expected), found


@pytest.mark.parametrize("text, name, role", [
    # a role set off after a name ends where the event it was said at begins
    ("Ghana and Kenya signed the accord. Pictured: Kofi Owusu, LTA Treasurer at the signing of the accord by Ghanaian "
     "hubs.", "Kofi Owusu", "LTA Treasurer"),
    ("Kenya and Japan agreed to share data. Ana Ruiz, Director of Digital Policy at the launch of the plan in Nairobi.",
     "Ana Ruiz", "Director of Digital Policy"),
])
def test_a_role_ends_before_the_event(extractor, text, name, role):
    assert people(extractor, text)[name][0] == role


@pytest.mark.parametrize("text, name, role", [
    # a name with a letter outside English set off by a comma after the title: the whole name, not its last word
    ("The deal was signed by the European Commissioner for International Partnerships, Jozef Síkela.",
     "Jozef Síkela", "European Commissioner for International Partnerships"),
    ("The European Commissioner for Energy, Dan Jørgensen, visited Oslo on Monday.", "Dan Jørgensen",
     "European Commissioner for Energy"),
    ("Chile's Minister of Mining, Aurora Williams, met the Minister of Economy, Nicolás Grau, in Santiago.",
     "Nicolás Grau", "Minister of Economy"),
])
def test_an_accented_name_after_a_comma(extractor, text, name, role):
    assert people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize("text, name, role", [
    # officials listed with their states' long names ("Republic of X Minister of ... A B"): each name ends its own tail
    ("He met Republic of Latvia Minister of Economics and Digital Affairs Janis Ozols and Republic of Kenya Minister "
     "of ICT Grace Wanjiru.", "Janis Ozols", "Minister of Economics and Digital Affairs"),
    ("He met Latvian Minister of Economics Janis Ozols, Republic of Estonia Minister of Economic Affairs and "
     "Information Technology Karl Tamm, Republic of Kenya Minister of ICT Grace Wanjiru, and others.", "Karl Tamm",
     "Minister of Economic Affairs and Information Technology"),
    ("He met Latvian Minister of Economics Janis Ozols, Republic of Estonia Minister of Economic Affairs and "
     "Information Technology Karl Tamm, Kingdom of Bhutan Minister of ICT Sonam Dorji, and others.", "Janis Ozols",
     "Minister of Economics"),
])
def test_officials_listed_with_their_states_long_names(extractor, text, name, role):
    assert people(extractor, text).get(name, (None,))[0] == role
