"""API latency on a knowledge base of 100,000 agreements, SQLite and PostgreSQL.

Fills a database with synthetic agreements (bulk inserts: articles, reports,
agreements, parties, sectors), starts ``pactwatch serve`` on it, and times the
main list, filter and detail requests over real HTTP on loopback. Prints the
median and 95th percentile of each.

    python bench/api_latency.py [--agreements 100000] [--pg postgresql://...] [--requests 60]
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta

import httpx
from sqlalchemy import func, insert, select

from pactwatch.store import open_database
from pactwatch.store.models import Agreement, AgreementPair, AgreementParty, AgreementSector, Article, Report

CODES = ["KOR", "USA", "JPN", "CHN", "GBR", "DEU", "FRA", "ITA", "IND", "SGP", "AUS", "CAN", "EU", "VNM", "IDN",
         "BRA", "SAU", "ARE", "ISR", "NLD", "TWN", "MEX", "ZAF", "NOR", "POL", "ESP", "CHE", "SWE", "ASEAN", "CHL"]
SECTORS = ["ai", "semiconductors", "quantum", "space", "telecom", "biotech", "batteries", "clean_energy", "nuclear",
           "critical_minerals", "cybersecurity", "digital", "robotics", "mobility", "advanced_manufacturing"]
INGESTED = datetime(2026, 11, 22, 12, 0, 0)
KINDS = ["mou", "agreement", "framework", "joint_statement", "action_plan", "partnership", "fund", "dialogue",
         "centre", "trade_agreement"]


def fill(url: str, n: int, batch: int = 5000) -> None:
    database = open_database(url)
    with database.session() as session:
        if session.execute(select(func.count(Agreement.id))).scalar_one() >= n:
            database.close()
            return
    rng = random.Random(3)
    start = date(2015, 1, 1)
    for offset in range(0, n, batch):
        with database.session() as session:
            articles, reports, agreements, parties, pairs, sectors = [], [], [], [], [], []
            for i in range(offset, min(n, offset + batch)):
                a, b = rng.sample(CODES, 2)
                when = start + timedelta(days=rng.randrange(0, 4000))
                kind, chosen = rng.choice(KINDS), rng.sample(SECTORS, rng.randint(1, 3))
                usd = rng.choice([None, None, 5e6, 2e7, 1e8, 3e8, 1e9])
                text = (f"Agreement {i}\n{a} and {b} signed a {kind} on {', '.join(chosen)} on {when:%d %B %Y}. "
                        f"The deal, number {i}, covers joint research and exchanges.")
                sentence = text.split("\n", 1)[1]
                evidence = [{"start": len(f"Agreement {i}\n"), "end": len(text), "text": sentence}]
                articles.append({"id": i + 1, "text_hash": f"bench-{i}", "title": f"Agreement {i}", "published": when,
                                 "published_source": "input", "text": text, "extractor_version": "bench",
                                 "ingested_at": INGESTED})
                parties_list = sorted([a, b])
                agreements.append({"id": i + 1, "kind": kind, "name": f"{a}-{b} {kind} {i}", "countries": parties_list,
                                   "sectors": chosen, "status": "concluded", "date": when.isoformat(), "quantity": 1,
                                   "amounts": [] if usd is None else [{"amount": usd, "currency": "USD", "usd": usd,
                                                                       "reports": [i + 1]}],
                                   "usd": usd, "report_count": 1, "first_reported": when, "last_reported": when,
                                   "organizations": [], "statuses": [["concluded", when.isoformat()]]})
                reports.append({"id": i + 1, "article_id": i + 1, "position": 0, "kind": kind, "name": None,
                                "countries": parties_list, "organizations": [], "sectors": chosen,
                                "status": "concluded", "date": when.isoformat(), "quantity": 1,
                                "amounts": agreements[-1]["amounts"], "evidence": evidence, "rule": "bench",
                                "agreement_id": i + 1, "merge_score": None, "merge_reason": {"joined": False}})
                parties += [{"agreement_id": i + 1, "country": c} for c in parties_list]
                pairs.append({"a": parties_list[0], "b": parties_list[1], "agreement_id": i + 1})
                sectors += [{"agreement_id": i + 1, "sector": s} for s in chosen]
            session.execute(insert(Article), articles)
            session.execute(insert(Agreement), agreements)
            session.execute(insert(Report), reports)
            session.execute(insert(AgreementParty), parties)
            session.execute(insert(AgreementPair), pairs)
            session.execute(insert(AgreementSector), sectors)
        print(f"  filled {min(n, offset + batch)} agreements", file=sys.stderr)
    if database.dialect == "postgresql":
        with database.engine.begin() as connection:
            for table in ("articles", "agreements", "reports"):
                connection.exec_driver_sql(f"SELECT setval('{table}_id_seq', (SELECT max(id) FROM {table}))")
            connection.exec_driver_sql("ANALYZE")
    else:
        with database.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE")
    database.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, workers: int = 1) -> tuple[subprocess.Popen, str]:
    """``pactwatch serve`` on ``url`` on a free port, once it answers; the process and its base URL."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "pactwatch.cli", "serve", "--db", url, "--port", str(port),
                               "--workers", str(workers)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(base + "/api/stats", timeout=5).status_code == 200:
                return server, base
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    server.terminate()
    raise SystemExit(f"the server on {url} did not answer")


def measure(url: str, n: int, requests: int) -> dict[str, tuple[float, float]]:
    server, base = start_server(url)
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            rng = random.Random(5)
            cases = {
                "list (page 1, newest first)": lambda: "/api/agreements?per_page=50",
                "list page 200": lambda: "/api/agreements?per_page=50&page=200",
                "filter by party": lambda: f"/api/agreements?country={rng.choice(CODES)}&per_page=50",
                "filter by pair": lambda: f"/api/agreements?country={rng.choice(CODES[:10])}&with={rng.choice(CODES[10:])}",
                "filter sector+kind+since": lambda: (f"/api/agreements?sector={rng.choice(SECTORS)}"
                                                     f"&kind={rng.choice(KINDS)}&since=2022"),
                "sort by money": lambda: "/api/agreements?sort=usd&per_page=50",
                "detail": lambda: f"/api/agreements/{rng.randrange(1, n + 1)}",
                "partners of a country": lambda: f"/api/partners/{rng.choice(CODES)}",
            }
            results = {}
            for name, make in cases.items():
                client.get(make())  # warm
                times = []
                for _ in range(requests):
                    path = make()
                    start = time.perf_counter()
                    response = client.get(path)
                    times.append((time.perf_counter() - start) * 1000)
                    assert response.status_code == 200, (path, response.status_code, response.text[:200])
                times.sort()
                results[name] = (statistics.median(times), times[int(0.95 * (len(times) - 1))])
            return results
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--agreements", type=int, default=100_000)
    parser.add_argument("--pg", help="an empty PostgreSQL database to measure too")
    parser.add_argument("--sqlite", help="SQLite file to use (default: a new temporary one)")
    parser.add_argument("--requests", type=int, default=60)
    args = parser.parse_args()
    targets = [("sqlite", f"sqlite:///{args.sqlite or tempfile.mkdtemp(prefix='pw-api-') + '/api.db'}")]
    if args.pg:
        targets.append(("postgresql", args.pg))
    for name, url in targets:
        start = time.perf_counter()
        fill(url, args.agreements)
        print(f"{name}: {args.agreements} agreements ready in {time.perf_counter() - start:.0f} s")
        for case, (median, p95) in measure(url, args.agreements, args.requests).items():
            print(f"  {case:<30} median {median:7.1f} ms   p95 {p95:7.1f} ms")


if __name__ == "__main__":
    main()
