"""A run killed with SIGKILL leaves a consistent database, and running again finishes the job."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select

from pactwatch.store import open_database
from pactwatch.store.models import Agreement, Article, Report, Source
from pactwatch.synthetic import articles


def ingest(args, **kwargs):
    return subprocess.Popen([sys.executable, "-m", "pactwatch.cli", "ingest", *args, "--no-progress"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs)


def snapshot(url):
    database = open_database(url)
    with database.session() as session:
        articles_ = session.execute(select(func.count(Article.id))).scalar_one()
        originals = session.execute(select(func.count(Source.id)).where(Source.relation == "original")).scalar_one()
        reports = session.execute(select(func.count(Report.id))).scalar_one()
        orphans = session.execute(select(func.count(Report.id)).where(Report.agreement_id.is_(None))).scalar_one()
        empty = session.execute(select(func.count(Agreement.id)).where(
            ~Agreement.id.in_(select(Report.agreement_id).where(Report.agreement_id.is_not(None))))).scalar_one()
    database.close()
    return {"articles": articles_, "originals": originals, "reports": reports, "orphans": orphans,
            "empty_agreements": empty}


TOTAL = 480  # long enough that the kill lands mid-run on a loaded machine (the writer stores 64 at a time)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_run_is_consistent_and_a_rerun_finishes(db_url, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(a) + "\n" for a in articles(TOTAL, seed=7)))
    open_database(db_url).close()  # schema first, so the kill lands in the middle of ingesting
    process = ingest([str(feed), "--db", db_url])
    deadline = time.time() + 120
    while time.time() < deadline:
        time.sleep(0.2)
        if snapshot(db_url)["articles"] >= 25 or process.poll() is not None:
            break
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = snapshot(db_url)
    assert 0 < partial["articles"] < TOTAL, "the kill should land mid-run"
    assert partial["originals"] == partial["articles"]  # every stored article is whole
    assert partial["orphans"] == 0 and partial["empty_agreements"] == 0
    rerun = ingest([str(feed), "--db", db_url])
    out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode()
    finished = snapshot(db_url)
    clean_url = f"sqlite:///{tmp_path / 'clean.db'}"
    clean = ingest([str(feed), "--db", clean_url])
    clean.communicate(timeout=600)
    assert finished == snapshot(clean_url)
    assert finished["articles"] == TOTAL
