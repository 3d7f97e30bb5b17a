"""One entity however the news names it: a test per class of variant (people by surname, ministries with their
country's name before them or "of" for "for", companies with their legal forms), and the ones that stay apart."""

import pytest
from sqlalchemy import func, select

from pactwatch import model
from pactwatch.resolve.entities import EntityResolver
from pactwatch.store.db import open_database
from pactwatch.store.models import Organization, Person


@pytest.fixture
def db(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    yield database
    database.close()


def person(name, role=None, country="KOR"):
    return model.Person(name=name, role=role, country=country, mentions=[model.Evidence(0, len(name), name)])


def org(name, country, acronym=None, type_="government"):
    return model.Organization(name=name, acronym=acronym, aliases=[], country=country, type=type_,
                              mentions=[model.Evidence(0, len(name), name)])


def people(db, *items) -> list[int]:
    resolver, ids = EntityResolver(), []
    for item in items:  # each in its own transaction, as articles are stored
        with db.session(write=True) as session:
            ids.append(resolver.person(session, item).id)
    return ids


def orgs(db, *items) -> list[int]:
    resolver, ids = EntityResolver(), []
    for item in items:
        with db.session(write=True) as session:
            ids.append(resolver.organization(session, item))
    return ids


def test_a_surname_alone_joins_the_known_person_whose_role_fits(db):
    full, minister, alone, again = people(db, person("Lee Jae-myung", "President"),
                                          person("Lee Jong-ho", "Minister of Science and ICT"),
                                          person("Lee", "President"), person("Lee", "South Korean President"))
    assert alone == again == full != minister


def test_a_surname_alone_joins_the_one_known_bearer(db):
    full, alone = people(db, person("Lawrence Wong", "Prime Minister", "SGP"), person("Wong", None, "SGP"))
    assert alone == full


def test_a_surname_alone_stays_apart_when_it_could_be_several(db):
    a, b, alone = people(db, person("Kim Sung-whan", "Minister of Climate"), person("Kim Hyun-soo", "economist"),
                         person("Kim", "President"))
    assert alone not in (a, b)


def test_a_ministry_with_its_countrys_name_before_it_is_the_ministry(db):
    ids = orgs(db, org("Federal Ministry for Economic Affairs and Energy", "DEU", "BMWE"),
               org("German Federal Ministry for Economic Affairs and Energy", "DEU"),
               org("Germany's Federal Ministry for Economic Affairs and Energy", "DEU"),
               org("Federal Ministry of Economic Affairs and Energy", "DEU"))
    assert len(set(ids)) == 1
    with db.session() as session:
        assert session.execute(select(func.count(Organization.id))).scalar_one() == 1


def test_the_same_words_in_another_country_stay_apart(db):
    german, korean = orgs(db, org("German Ministry of Science", "DEU"), org("Korean Ministry of Science", "KOR"))
    assert german != korean
    air, other = orgs(db, org("Korean Air", "KOR", type_="company"), org("Air", "KOR", type_="company"))
    assert air != other  # a nationality that is part of a company's name stays


def test_company_legal_forms_are_one_company(db):
    ids = orgs(db, org("Samsung Electronics", "KOR", type_="company"),
               org("Samsung Electronics Co., Ltd.", "KOR", type_="company"),
               org("Samsung Electronics Company", "KOR", type_="company"))
    assert len(set(ids)) == 1
    siemens = orgs(db, org("Siemens Energy AG", "DEU", type_="company"), org("Siemens Energy", "DEU", type_="company"))
    assert len(set(siemens)) == 1


def test_people_count(db):
    people(db, person("Lee Jae-myung", "President"), person("Lee", "President"))
    with db.session() as session:
        assert session.execute(select(func.count(Person.id))).scalar_one() == 1


def test_a_bare_ministry_name_with_no_country_is_not_any_countrys_ministry(db):
    ids = orgs(db, org("Korean Ministry of Foreign Affairs", "KOR"), org("Ministry of Foreign Affairs", None))
    assert ids[0] != ids[1]
    # ... but the same body of the same country, named without its country word, is
    ids = orgs(db, org("German Federal Ministry of Finance", "DEU"), org("Federal Ministry of Finance", "DEU"))
    assert ids[0] == ids[1]


@pytest.mark.parametrize("name, other", [("SE Asia Group", "Asia Group"), ("Sa Pa Company", "Pa Company")])
def test_legal_forms_are_dropped_only_at_the_end_of_a_name(name, other):
    from pactwatch.resolve.entities import org_key
    assert org_key(name) != org_key(other)
    assert org_key("Samsung Electronics Co. Ltd") == org_key("Samsung Electronics")
