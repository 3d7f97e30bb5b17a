"""A transaction given a time limit is cancelled by the database itself when its SQL runs past it, on both
backends; the session is left usable for the next request."""

import time

import pytest
from sqlalchemy import func, select, text

from pactwatch.errors import QueryTimeout, StoreError
from pactwatch.store.models import Agreement

SLOW = {"sqlite": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 500000000) "
                  "SELECT count(*) FROM c",
        "postgresql": "SELECT pg_sleep(20)"}


def test_a_query_past_its_time_limit_is_cancelled(database):
    began = time.monotonic()
    with pytest.raises(QueryTimeout, match="longer than 0.3 s") as caught:
        with database.session(timeout=0.3) as session:
            session.execute(text(SLOW[database.dialect])).scalar()
    assert isinstance(caught.value, StoreError)
    assert time.monotonic() - began < 5  # the database stopped it: the query alone runs far longer
    with database.session(timeout=5) as session:  # the next transaction on that connection runs normally
        assert session.execute(select(func.count(Agreement.id))).scalar_one() == 0
        assert session.execute(text("SELECT 1")).scalar_one() == 1


def test_quick_queries_are_not_touched_by_the_limit(database):
    for _ in range(3):
        with database.session(timeout=2) as session:
            assert session.execute(text("SELECT 2")).scalar_one() == 2
