"""Ingest as the database grows: documents/s and merge CPU per report for each step of a long run.

The documents are those of ``bench/ingest_speed.py`` (the development articles and the samples, other
countries swapped in, sentences dropped and reordered). A database grows because news goes on: with
``--years N`` the stream covers N years, each document's years (in its text and its publication date)
moved on by the share of the stream before it, so the last step tells of events N years after the first,
as a real archive does; ``--years 0`` keeps every document in the development articles' own years (the
same few weeks told over and over). ``--docs`` of them are ingested in one run through
``Ingestor.ingest_all`` (what ``pactwatch ingest`` does), into a new SQLite file and, with ``--pg``, a new
PostgreSQL database. For each ``--step`` documents it prints the documents/s of that step, the CPU time
the merge took per report (``Ingestor.merge_cpu``), and the reports and canonical agreements stored so
far; at the end, the last step's time against the first's (issue 14 asks for at most 1.3).

    python bench/growth.py [--docs 100000] [--step 10000] [--years 10] [--backend sqlite|postgresql|both]
                           [--pg postgresql://user@host/db] [--workers 1]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest_speed import base_documents, variant  # noqa: E402

from pactwatch.kb import Ingestor  # noqa: E402
from pactwatch.model import InputDocument  # noqa: E402
from pactwatch.store import open_database  # noqa: E402
from pactwatch.store.models import Agreement, Report  # noqa: E402


_YEAR = re.compile(r"\b(?:19|20)[0-9]{2}\b")


def moved_on(doc: InputDocument, years: int) -> InputDocument:
    """``doc`` told ``years`` later: every year in its text and its publication date moved on."""
    if not years:
        return doc
    published = doc.published.replace(year=doc.published.year + years) if doc.published else None
    return replace(doc, text=_YEAR.sub(lambda m: str(int(m.group()) + years), doc.text), published=published)


def stream(count: int, years: int, seed: int = 42) -> list[InputDocument]:
    rng = random.Random(seed)
    base = base_documents(published=True)
    return [moved_on(variant(base[i % len(base)], i, rng), i * years // count) for i in range(count)]


def new_pg_database(server: str) -> str:
    """A new, empty database on the server at ``server`` (a URL naming any database there)."""
    name = f"pw_growth_{uuid.uuid4().hex[:8]}"
    url = server.replace("postgresql://", "postgresql+psycopg://", 1)
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return server.rsplit("/", 1)[0] + "/" + name


def run(name: str, url: str, docs, step: int, workers: int) -> list[dict]:
    database = open_database(url, create=True)
    ingestor = Ingestor(database)
    steps: list[dict] = []
    state = {"start": time.perf_counter(), "cpu": 0.0, "merged": 0, "done": 0}

    def progress(summary) -> None:
        if summary.documents - state["done"] < step and summary.documents < len(docs):
            return
        now = time.perf_counter()
        cpu, merged = ingestor.merge_cpu - state["cpu"], ingestor.merged - state["merged"]
        with database.session() as session:
            reports = session.execute(select(func.count(Report.id))).scalar_one()
            agreements = session.execute(select(func.count(Agreement.id))).scalar_one()
        row = {"docs": summary.documents, "seconds": now - state["start"], "rate": (summary.documents - state["done"])
               / (now - state["start"]), "merge_ms": 1000 * cpu / merged if merged else 0.0, "reports": reports,
               "agreements": agreements}
        steps.append(row)
        print(f"{name:<11} {row['docs']:>7,} docs  {row['rate']:7.1f} docs/s  merge {row['merge_ms']:6.2f} ms/report  "
              f"{reports:>7,} reports  {agreements:>7,} agreements", flush=True)
        state.update(start=time.perf_counter(), cpu=ingestor.merge_cpu, merged=ingestor.merged,
                     done=summary.documents)

    ingestor.ingest_all(iter(docs), on_progress=progress, workers=workers)
    database.close()
    return steps


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--step", type=int, default=10_000)
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--pg", help="a PostgreSQL server URL: a new database is made there for the run")
    parser.add_argument("--workers", type=int, default=1, help="extraction processes (the writer is one)")
    parser.add_argument("--years", type=int, default=10, help="years the stream covers (0: all in the same years)")
    args = parser.parse_args()
    docs = stream(args.docs, args.years)
    targets = []
    if args.backend in ("sqlite", "both"):
        targets.append(("sqlite", f"sqlite:///{tempfile.mkdtemp(prefix='pw-growth-')}/growth.db"))
    if args.backend in ("postgresql", "both"):
        if args.pg:
            targets.append(("postgresql", new_pg_database(args.pg)))
        else:
            print("postgresql  skipped: no --pg URL (tools/start_postgres.sh starts a private server)")
    for name, url in targets:
        steps = run(name, url, docs, args.step, args.workers)
        if len(steps) > 1:
            first, last = steps[0], steps[-1]
            merge = f"x{last['merge_ms'] / first['merge_ms']:.2f}" if first["merge_ms"] else "n/a"
            print(f"{name:<11} last step against the first: time per document x{first['rate'] / last['rate']:.2f} "
                  f"(goal: at most 1.3), merge CPU per report {merge}")

if __name__ == "__main__":
    main()
