"""Totals and aggregates kept between requests are never stale: an ingest or a remerge, from another process,
shows on the next request (real SQLite and PostgreSQL); a writing transaction never fills what readers are
given; a page short of its limit costs no count."""

import subprocess
import sys

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, event, text

from pactwatch.analyze import queries
from pactwatch.api import ApiSettings, create_app
from pactwatch.ingest.readers import InputDocument
from pactwatch.kb import Ingestor
from pactwatch.store import open_database
from pactwatch.store.db import normalise_url
from pactwatch.store.models import Agreement, AgreementParty

from ..store.conftest import BACKENDS
from .conftest import samples_kb

TEXT = ("Chile and Norway sign hydrogen memorandum\nChile and Norway signed a memorandum of understanding on green "
        "hydrogen on Monday, with a fund of US$25 million for joint research.")


@pytest.fixture(params=BACKENDS)
def url(request, tmp_path):
    """The samples' knowledge base, one for each test (they write to it)."""
    return samples_kb(request.param, tmp_path)


def totals(client) -> dict:
    """The totals a reader sees: all agreements, a filter, a party, and the overview's counts."""
    def total(query):
        answer = client.get(f"/api/agreements?per_page=1&{query}")
        assert answer.status_code == 200, answer.text
        return answer.json()["total"]
    return {"all": total(""), "hydrogen": total("sector=clean_energy"), "chile": total("country=CHL"),
            "stats": client.get("/api/stats").json()["agreements"]}


def counted(url: str) -> dict:
    """The same totals counted in SQL by a connection of its own, nothing kept."""
    engine = create_engine(normalise_url(url))
    with engine.connect() as c:
        def one(sql):
            return c.execute(text(sql)).scalar_one()
        out = {"all": one("SELECT count(*) FROM agreements"),
               "hydrogen": one("SELECT count(*) FROM agreement_sectors WHERE sector = 'clean_energy'"),
               "chile": one("SELECT count(*) FROM agreement_parties WHERE country = 'CHL'")}
    engine.dispose()
    return {**out, "stats": out["all"]}


def test_an_ingest_by_another_process_shows_in_the_next_totals(url):
    with TestClient(create_app(ApiSettings(database_url=url))) as client:
        before = totals(client)
        assert before == counted(url) and totals(client) == before
        writer = open_database(url)  # another handle, as another process
        Ingestor(writer).ingest(InputDocument(id="chile-norway", text=TEXT, published=None))
        writer.close()
        after = totals(client)
    assert after == counted(url)
    assert after["all"] > before["all"] and after["chile"] > before["chile"] and after["hydrogen"] > before["hydrogen"]


def test_a_remerge_shows_in_the_next_totals(url):
    with TestClient(create_app(ApiSettings(database_url=url))) as client:
        before = totals(client)
        run = subprocess.run([sys.executable, "-m", "pactwatch.cli", "db", "remerge", "--db", url,
                              "--threshold", "0.99"], check=False, capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        remerged = int(run.stderr.split(" agreements after")[0].split()[-1])
        after = totals(client)
    assert remerged != before["all"]  # the stricter threshold merges fewer reports: more agreements
    assert after["all"] == remerged and after == counted(url)


def test_a_writing_transaction_neither_uses_nor_fills_what_readers_are_given(url):
    database = open_database(url)
    with database.session() as s:
        before = (queries.stats(s)["agreements"], queries.count_agreements(s, queries.AgreementQuery(country="CHL")))
    with pytest.raises(RuntimeError), database.session(write=True) as s:
        s.add(Agreement(id=99999, kind="mou", countries=["CHL", "NOR"], sectors=[], status="concluded",
                        amounts=[], report_count=0))
        s.add(AgreementParty(agreement_id=99999, country="CHL"))
        s.flush()
        inside = (queries.stats(s)["agreements"], queries.count_agreements(s, queries.AgreementQuery(country="CHL")))
        assert inside == (before[0] + 1, before[1] + 1)  # its own change, seen
        raise RuntimeError("rolled back")
    with database.session() as s:
        assert (queries.stats(s)["agreements"],
                queries.count_agreements(s, queries.AgreementQuery(country="CHL"))) == before
    database.close()


def test_a_page_short_of_its_limit_is_answered_without_counting(url):
    app = create_app(ApiSettings(database_url=url))
    statements = []
    event.listen(app.state.db.engine, "before_cursor_execute",
                 lambda conn, cursor, sql, *args: statements.append(sql))
    with TestClient(app) as client:
        page = client.get("/api/agreements?country=KOR&per_page=500").json()
    assert 0 < len(page["items"]) == page["total"] < 500
    assert not [s for s in statements if "count(" in s.lower()], statements


def test_the_network_drawing_shows_a_write_at_once(url):
    with TestClient(create_app(ApiSettings(database_url=url))) as client:
        before = client.get("/network")
        assert before.status_code == 200 and client.get("/network").text == before.text  # kept
        writer = open_database(url)
        Ingestor(writer).ingest(InputDocument(id="chile-norway", text=TEXT, published=None))
        writer.close()
        after = client.get("/network").text
    assert "CHL-NOR" not in before.text and "CHL-NOR" in after  # the new edge's link


def test_the_overview_is_kept_whole_until_a_write_and_shows_it_at_once(url):
    app = create_app(ApiSettings(database_url=url))
    statements = []
    event.listen(app.state.db.engine, "before_cursor_execute",
                 lambda conn, cursor, sql, *args: statements.append(sql.lower()))
    had = counted(url)["all"]
    with TestClient(app) as client:
        before = client.get("/")
        assert before.status_code == 200 and before.headers["content-type"].startswith("text/html")
        statements.clear()
        assert client.get("/").text == before.text
        # kept whole: the second visit reads the knowledge base's version and nothing else
        assert [s for s in statements if "select" in s and "kb_state" not in s] == []
        writer = open_database(url)
        Ingestor(writer).ingest(InputDocument(id="chile-norway", text=TEXT, published=None))
        writer.close()
        after = client.get("/").text
    count, has = '<span class="n">{}</span> agreements', counted(url)["all"]
    assert has > had and count.format(had) in before.text and count.format(has) in after


def set_version(url: str, value: int) -> None:
    """The knowledge base's version put at ``value`` with no write through pactwatch, as restoring a copy does."""
    engine = create_engine(normalise_url(url))
    with engine.begin() as c:
        c.execute(text("UPDATE kb_state SET version = :v WHERE id = 1"), {"v": value})
    engine.dispose()


def test_a_database_whose_version_goes_back_is_kept_again_from_its_first_visit(url):
    app = create_app(ApiSettings(database_url=url))
    statements = []
    event.listen(app.state.db.engine, "before_cursor_execute",
                 lambda conn, cursor, sql, *args: statements.append(sql.lower()))
    with TestClient(app) as client:
        set_version(url, 10**12)
        newer = client.get("/").text
        set_version(url, 7)  # an older copy restored at the same address
        assert client.get("/").text == newer  # the same content: a version is read again, never trusted across
        statements.clear()
        assert client.get("/").text == newer
        assert [s for s in statements if "select" in s and "kb_state" not in s] == []
