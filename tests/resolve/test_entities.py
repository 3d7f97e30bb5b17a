"""One person however spelled: the spellings are kept in the order the article gives them."""

import os
import subprocess
import sys
import textwrap


def test_person_spellings_are_stored_in_reading_order_whatever_the_hash_seed(tmp_path):
    # Set iteration order of strings changes with PYTHONHASHSEED; the stored aliases must not.
    script = textwrap.dedent(f"""
        from sqlalchemy import select
        from pactwatch import model
        from pactwatch.resolve.entities import EntityResolver
        from pactwatch.store.db import open_database
        from pactwatch.store.models import Person
        import os
        db = open_database("sqlite:///{tmp_path}/kb" + os.environ["PYTHONHASHSEED"] + ".db")
        spellings = ["Amara Okonkwo-Bello", "Amara Okonkwo Bello", "Ms Okonkwo-Bello", "AMARA OKONKWO-BELLO"]
        person = model.Person(name=spellings[0], role="minister", country="NGA",
                              mentions=[model.Evidence(i, i + 1, s) for i, s in enumerate(spellings[1:])])
        with db.session(write=True) as session:
            EntityResolver().person(session, person)
        with db.session() as session:
            row = session.execute(select(Person)).scalar_one()
            print("|".join(a.alias for a in sorted(row.aliases, key=lambda a: a.id)))
    """)
    orders = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed})
        orders.add(out.stdout.strip())
    assert orders == {"Amara Okonkwo-Bello|Amara Okonkwo Bello|Ms Okonkwo-Bello|AMARA OKONKWO-BELLO"}
