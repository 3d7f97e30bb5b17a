"""The dashboard and the API under load: many clients at once on a knowledge base of 100,000 agreements.

Fills a database as ``bench/api_latency.py`` does, starts ``pactwatch serve --workers W`` on it, and for each
page runs C concurrent clients (each sending its next request as soon as the last is answered) for
``--seconds``; it prints requests/s, the 50th, 95th and 99th percentile latency and the errors (answers other
than 200 and client timeouts, each kind counted apart: a status code or the client's exception) for every page,
C and W. Each client has a connection of its own, as a browser tab does; requests that time out on the client
are abandoned, as a browser does. Each run is preceded by ``--warmup`` seconds of the same load on the same connections, not counted: the
server answers as soon as one of its processes is up, each process makes its kept aggregates on its first
requests (the cost of the first visitors after a write, which ``--warmup 0`` shows), and C clients opening
their connections at once wait for each other (a browser keeps its connection).

    python bench/api_load.py [--agreements 100000] [--clients 1,10,50] [--workers 1,2] [--seconds 10]
                             [--warmup 1] [--sqlite FILE] [--pg postgresql://...]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api_latency import CODES, KINDS, SECTORS, fill, start_server  # noqa: E402

CLIENT_TIMEOUT = 30.0
ONE = httpx.Limits(max_connections=1, max_keepalive_connections=1)


def pages(n: int, rng: random.Random) -> dict:
    return {
        "overview /": lambda: "/",
        "network /network": lambda: "/network",
        "list /api/agreements": lambda: "/api/agreements?per_page=50",
        "filter (pair, sector)": lambda: (f"/api/agreements?country={rng.choice(CODES[:10])}"
                                          f"&with={rng.choice(CODES[10:])}&sector={rng.choice(SECTORS)}"),
        "filter (kind, since)": lambda: f"/api/agreements?kind={rng.choice(KINDS)}&since=2022&per_page=50",
        "detail /api/agreements/ID": lambda: f"/api/agreements/{rng.randrange(1, n + 1)}",
    }


async def load(base: str, make, clients: int, seconds: float, warmup: float = 0.0) -> dict:
    """``clients`` clients requesting ``make()`` for ``warmup`` seconds, not counted, then ``seconds`` counted,
    on the same connections (so the measured seconds open none)."""
    times: list[float] = []
    errors: Counter[str] = Counter()  # by status code or exception
    began = time.perf_counter()
    counting = began + warmup
    end = counting + seconds

    async def one_client() -> None:
        # a client of its own for each (one connection, as a browser tab keeps): one pool of C connections
        # shared by all scans them all for every request, which made the load generator itself the bottleneck
        async with httpx.AsyncClient(base_url=base, timeout=CLIENT_TIMEOUT, limits=ONE) as client:
            while time.perf_counter() < end:
                start = time.perf_counter()
                try:
                    response = await client.get(make())
                    failure = None if response.status_code == 200 else str(response.status_code)
                except httpx.HTTPError as error:
                    failure = type(error).__name__
                if start < counting:
                    continue
                if failure is None:
                    times.append((time.perf_counter() - start) * 1000)
                else:
                    errors[failure] += 1

    await asyncio.gather(*(one_client() for _ in range(clients)))
    elapsed = time.perf_counter() - counting
    times.sort()

    def pct(p: float) -> float:
        return times[min(len(times) - 1, int(p * len(times)))] if times else float("nan")

    return {"rate": len(times) / elapsed, "p50": pct(0.50), "p95": pct(0.95), "p99": pct(0.99),
            "errors": sum(errors.values()), "why": ", ".join(f"{n} {what}" for what, n in errors.most_common())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--agreements", type=int, default=100_000)
    parser.add_argument("--clients", default="1,10,50")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--warmup", type=float, default=1.0, help="seconds of load before each run, not counted")
    parser.add_argument("--sqlite", help="SQLite file to use (default: a new temporary one)")
    parser.add_argument("--pg", help="an empty PostgreSQL database to measure too")
    args = parser.parse_args()
    targets = [("sqlite", f"sqlite:///{args.sqlite or tempfile.mkdtemp(prefix='pw-load-') + '/load.db'}")]
    if args.pg:
        targets.append(("postgresql", args.pg))
    for name, url in targets:
        fill(url, args.agreements)
        for workers in map(int, args.workers.split(",")):
            server, base = start_server(url, workers)
            try:
                for page, make in pages(args.agreements, random.Random(5)).items():
                    for clients in map(int, args.clients.split(",")):
                        r = asyncio.run(load(base, make, clients, args.seconds, args.warmup))
                        print(f"{name:<10} workers {workers}  {page:<28} {clients:>3} clients  {r['rate']:7.1f} req/s  "
                              f"p50 {r['p50']:7.1f}  p95 {r['p95']:7.1f}  p99 {r['p99']:7.1f} ms  "
                              f"errors {r['errors']}" + (f" ({r['why']})" if r["why"] else ""), flush=True)
            finally:
                server.terminate()
                server.wait(timeout=30)


if __name__ == "__main__":
    main()
