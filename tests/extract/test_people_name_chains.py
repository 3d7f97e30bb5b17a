"""People as news of many regions names them: Arabic name chains whose particle is capitalised ("Bin") or followed
by a word that is also a ruler's title ("bin Sultan"), stacked Malay, Indonesian and academic honorifics before a
name ("Datuk Prof. Dr. Hj."), an honorific between a role and the name, and a university's head by office.

Every text here is written for these tests.
"""

import pytest


def people(extractor, text):
    return {p.name: (p.role, p.country) for p in extractor(text).people}


@pytest.mark.parametrize("text, name, role", [
    # a father's name that is also a title ("Sultan", "Amir"), after a particle written either way
    ("The pact was signed by Hamad Bin Sultan Al Marzouqi, Minister of State for Digital Economy, in Abu Dhabi.",
     "Hamad Bin Sultan Al Marzouqi", "Minister of State for Digital Economy"),
    ("Yousef bin Sultan Al Harbi, Under-Secretary of the Ministry of Energy, attended the signing in Riyadh.",
     "Yousef bin Sultan Al Harbi", "Under-Secretary of the Ministry of Energy"),
    ("Speaking after the ceremony, Nasser Bin Amir Al Kaabi, Director-General of the Space Agency, praised the deal.",
     "Nasser Bin Amir Al Kaabi", "Director-General of the Space Agency"),
    ("The accord was initialled by Salim ibn Malik Al Habsi, Chairman of the Research Council, on Tuesday.",
     "Salim ibn Malik Al Habsi", "Chairman of the Research Council"),
])
def test_a_title_word_after_a_son_of_particle_is_a_name(extractor, text, name, role):
    found = people(extractor, text)
    assert found.get(name, (None,))[0] == role


@pytest.mark.parametrize("text, name, role", [
    # Malay, Indonesian and academic honorifics stacked before the name: none of them is the name or its role
    ("The agreement was signed by Datuk Prof. Dr. Hj. Mohd Nizam Bin Yusof, Vice-Chancellor of a Penang university,"
     " and a Korean partner.", "Mohd Nizam Bin Yusof", "Vice-Chancellor of a Penang university"),
    ("Witnessing the exchange was YBhg. Dato' Rohani Ismail, Secretary General of the Ministry of Digital.",
     "Rohani Ismail", "Secretary General of the Ministry of Digital"),
    ("Tan Sri Haji Rahman Omar, Chairman of the Malaysian Space Board, welcomed the delegation from Tokyo.",
     "Rahman Omar", "Chairman of the Malaysian Space Board"),
    ("The memorandum was handed over by Prof. Dr. Ir. Budi Santoso, Rector of a Bandung institute, to his guests.",
     "Budi Santoso", "Rector of a Bandung institute"),
])
def test_stacked_honorifics_before_a_name(extractor, text, name, role):
    found = people(extractor, text)
    assert found.get(name, (None,))[0] == role
    assert not any(n.split()[0] in ("Hj", "Hj.", "Haji", "YBhg", "YBhg.", "Ir.", "Dr.") for n in found)


@pytest.mark.parametrize("text, name, role", [
    # the role ends where an academic or Malay honorific opens the name
    ("Iraq's Minister of Communications Prof. Dr. Hassan Kareem Ali met the Turkish delegation on Monday.",
     "Hassan Kareem Ali", "Minister of Communications"),
    ("On Friday Minister of Higher Education Prof. Dr. Ayse Demir signed two research accords in Ankara.",
     "Ayse Demir", "Minister of Higher Education"),
    ("The Secretary General of the Ministry of Digital YBhg. Dato' Farid Hashim opened the talks.",
     "Farid Hashim", "Secretary General of the Ministry of Digital"),
])
def test_a_role_ends_where_an_honorific_opens_the_name(extractor, text, name, role):
    found = people(extractor, text)
    assert found.get(name, (None,))[0] == role


@pytest.mark.parametrize("text, name", [
    # look-alikes: a title after a particle-less name stays a title; "Sultan" as a given name first stays the name
    ("Sultan Ahmed Al Falasi, the UAE's Minister of Industry, met Korean executives in Seoul.", "Sultan Ahmed Al Falasi"),
    ("Sultan bin Saeed Al Mansoori, Minister of Economy, opened the forum in Dubai.", "Sultan bin Saeed Al Mansoori"),
])
def test_a_given_name_that_is_a_title_before_a_particle(extractor, text, name):
    assert name in people(extractor, text)


def test_the_sultan_of_a_state_is_still_a_ruler(extractor):
    # no particle before it: "Sultan" is the ruler's title, not a father's name
    found = people(extractor, "The Sultan of Johor Ibrahim Ismail welcomed the investors from Singapore.")
    assert not any(n.startswith("Bin ") or n.startswith("Sultan of") for n in found)


@pytest.mark.parametrize("text, full, short", [
    # an Arabic or Malay chain told again without its son-of links is the same person, not a second one
    ("The memorandum was signed by Khalid bin Saeed Al Harthy, Minister of Technology of Oman. Later, Khalid Al "
     "Harthy told reporters that the data centre would open in 2027.", "Khalid bin Saeed Al Harthy", "Khalid Al Harthy"),
    ("Dr Faisal bin Nasser Faisal Al Qasimi, the UAE's Minister of Energy, met Korean officials. Speaking later, "
     "Dr Faisal Nasser Al Qasimi said the hydrogen accord was ready.", "Faisal bin Nasser Faisal Al Qasimi",
     "Faisal Nasser Al Qasimi"),
    ("Ahmad Zaki bin Hashim Rahman, Secretary General of the Ministry of Digital, signed for Malaysia. Ahmad Zaki "
     "Rahman said the pact covers 5G.", "Ahmad Zaki bin Hashim Rahman", "Ahmad Zaki Rahman"),
])
def test_a_chain_told_again_without_its_links_is_one_person(extractor, text, full, short):
    found = people(extractor, text)
    assert full in found
    assert short not in found


def test_two_chains_of_one_family_stay_two_people(extractor):
    # look-alike: the same family name, other given names: two people
    found = people(extractor, "Khalid bin Saeed Al Harthy, Minister of Technology, met Salim bin Khalid Al Harthy, "
                              "Chairman of the Space Board, in Muscat on Monday.")
    assert "Khalid bin Saeed Al Harthy" in found and "Salim bin Khalid Al Harthy" in found


@pytest.mark.parametrize("text, name, role", [
    # a rank (Prof., Professor, Ambassador) after ", and" joins no portfolio before it: the office told after the
    # name is the role
    ("The pact was signed by Saif Al Harbi, Under-Secretary of the Ministry of Transport, and Prof. Lina Haddad, "
     "President of a Sharjah university, on Monday.", "Lina Haddad", "President of a Sharjah university"),
    ("Signing were Ana Ruiz, Minister of Science, and Professor Luis Vega, Rector of the University of Chile.",
     "Luis Vega", "Rector of the University of Chile"),
])
def test_a_rank_after_and_is_no_role_of_the_office_before(extractor, text, name, role):
    found = people(extractor, text)
    assert found.get(name, (None,))[0] == role
    assert not any((r or "").startswith("and ") for r, _ in found.values())


@pytest.mark.parametrize("text, name, role", [
    # a role set off after a name, with no comma closing it, ends where the sentence's verb starts
    ("Hon. Ms. Naledi Khumalo, Minister of Communications of South Africa paid a visit to her Malaysian "
     "counterpart in Putrajaya.", "Naledi Khumalo", "Minister of Communications of South Africa"),
    ("Dr Ana Soto, Minister of Science of Chile met Korean officials in Seoul on Monday.", "Ana Soto",
     "Minister of Science of Chile"),
    ("Rafael Duarte, Secretary of State for Digitalisation of Portugal signed the memorandum with Cabo Verde.",
     "Rafael Duarte", "Secretary of State for Digitalisation of Portugal"),
])
def test_a_set_off_role_ends_at_the_verb(extractor, text, name, role):
    assert people(extractor, text).get(name, (None,))[0] == role


@pytest.mark.parametrize("text, name", [
    # the last word of a known body after a role is no surname of a person: the person is the one set off before
    ("Li Wei, Chairman of the Board of China Mobile signed the roaming deal with Vodafone.", "Li Wei"),
    ("Zhou Min, Deputy General Manager of China Mobile met the Thai delegation in Beijing.", "Zhou Min"),
])
def test_a_bodys_last_word_after_a_role_is_no_person(extractor, text, name):
    found = people(extractor, text)
    assert name in found
    assert "Mobile" not in found


@pytest.mark.parametrize("text, name, role", [
    # a Gulf ruler's or heir's office set off after his name, as for any other office
    ("Hamdan bin Rashid Al Falasi, Crown Prince of a northern emirate, met the Korean delegation on Monday.",
     "Hamdan bin Rashid Al Falasi", "Crown Prince of a northern emirate"),
    ("Saqr bin Humaid Al Qasimi, Ruler of a coastal emirate, received the Japanese envoy.",
     "Saqr bin Humaid Al Qasimi", "Ruler of a coastal emirate"),
    ("Jassim bin Khalifa Al Thani, Emir of Qatar, opened the AI centre in Doha.", "Jassim bin Khalifa Al Thani",
     "Emir of Qatar"),
])
def test_a_rulers_office_set_off_after_the_name(extractor, text, name, role):
    assert people(extractor, text).get(name, (None,))[0] == role


def test_a_crown_prince_in_a_list_keeps_his_own_title(extractor):
    # look-alike: the title opens the next person of a list, not a role of the one before
    found = people(extractor, "The summit brought together President Ana Soto, Crown Prince Faisal bin Nasser Al "
                              "Saud and other leaders.")
    assert found.get("Ana Soto", (None,))[0] == "President"
    assert found.get("Faisal bin Nasser Al Saud", (None,))[0] == "Crown Prince"
