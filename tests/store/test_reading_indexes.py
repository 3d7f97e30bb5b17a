"""Migration 0010: the indexes that answer the list filters from the index alone, there after an upgrade and
gone after a downgrade; on SQLite, a party (or a pair of parties, in the pair table of migration 0011) and a
sector are intersected in those indexes."""

from sqlalchemy import inspect

from pactwatch.analyze import queries
from pactwatch.store import open_database

NEW = {"agreement_parties": ("ix_agreement_parties_country_agreement", ["country", "agreement_id"]),
       "agreement_sectors": ("ix_agreement_sectors_sector_agreement", ["sector", "agreement_id"]),
       "agreements": ("ix_agreements_kind_date", ["kind", "date"])}


def indexes(database) -> dict[str, dict[str, list[str]]]:
    with database.engine.connect() as connection:
        found = inspect(connection)
        return {table: {i["name"]: i["column_names"] for i in found.get_indexes(table)} for table in NEW}


def test_the_reading_indexes_come_with_the_upgrade_and_go_with_the_downgrade(database):
    for table, (name, columns) in NEW.items():
        assert indexes(database)[table][name] == columns
    assert indexes(database)["agreements"]["ix_agreements_status_date"] == ["status", "date"]
    database.migrate("0008", down=True)
    assert not any(name in indexes(database)[table] for table, (name, _) in NEW.items())
    database.migrate("head")
    assert all(name in indexes(database)[table] for table, (name, _) in NEW.items())


def test_a_pair_and_a_sector_are_intersected_in_the_indexes(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    query = queries.AgreementQuery(country="USA", with_="KOR", sector="ai", limit=50)
    with database.session() as s:
        compiled = queries._filtered(query).compile(s.get_bind(), compile_kwargs={"literal_binds": True})
        plan = [row[3] for row in s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()]
    database.close()
    # the two parties are one range of the pair table's key (not every agreement of the first party)
    assert any(p.startswith("SEARCH agreement_pairs_1 USING COVERING INDEX") and "(a=? AND b=?)" in p
               for p in plan), plan
    assert "'KOR'" in str(compiled).split("agreement_pairs_1.a =")[1][:8], compiled
    # the sector is looked up for each agreement of the pair, not collected whole
    assert sum(p.startswith("LIST SUBQUERY") for p in plan) == 1, plan
    assert any(p.startswith("SEARCH agreement_sectors_1 USING COVERING INDEX") and "agreement_id=?" in p
               for p in plan), plan


def test_one_party_and_a_sector_are_intersected_in_the_indexes(tmp_path):
    database = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    query = queries.AgreementQuery(country="KOR", sector="ai", limit=50)
    with database.session() as s:
        compiled = queries._filtered(query).compile(s.get_bind(), compile_kwargs={"literal_binds": True})
        plan = [row[3] for row in s.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()]
    database.close()
    assert any("COVERING INDEX ix_agreement_parties_country_agreement (country=?)" in p for p in plan), plan
    assert any(p.startswith("SEARCH agreement_sectors_1 USING COVERING INDEX") and "agreement_id=?" in p
               for p in plan), plan
