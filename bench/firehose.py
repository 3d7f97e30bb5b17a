"""A news firehose end to end: documents/s and words/s into SQLite (and PostgreSQL), on 1 and 2 worker
processes and on a 2-worker Dask LocalCluster, with memory at each quarter, against spaCy on the same texts.

The stream (made at run time, in our own words): ``--relevant`` of it (3% by default) is news of technology
cooperation (``pactwatch.synthetic.articles``), the rest ordinary news (``pactwatch.synthetic.ordinary``:
sport, markets, weather, courts, culture, health, local politics; a quarter of it with a sentence in the
words of cooperation, such as a transfer deal or a pay agreement), shuffled together, as JSON Lines read
by the ordinary readers. Each run ingests the whole file into a new database through the same code as
``pactwatch ingest --workers N`` / ``--dask local``.

Memory is the resident size of the writer and its workers together (what the machine must hold), read as
each quarter of the stream is stored, and the writer's own peak.
The rate from the first quarter to the end is printed beside the whole run's: what a long stream gets once
the workers are started and warm (each builds its patterns and rate tables on its first documents, a few
seconds that a short run feels and a day's stream does not).

In the same run, on one core and in CPU time: the relevance gate plus the extractor over every text
(what the workers do), and spaCy's blank English tokenizer with its sentencizer over the same texts, in
alternating rounds (the best of each counts; our first round, which builds the lexicons, is shown too).

    python bench/firehose.py [--docs 100000] [--relevant 0.03] [--pg postgresql://user@host/db]
                             [--runs sqlite1,sqlite2,dask2,pg2]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import tempfile
import time
import uuid
from pathlib import Path

import psutil

from pactwatch.synthetic import articles, ordinary


def build_stream(path: Path, docs: int, relevant: float, seed: int = 7) -> tuple[int, int]:
    """Write the stream; return (documents, words)."""
    rng = random.Random(seed)
    wanted = round(docs * relevant)
    news, plain = articles(wanted, seed=seed), ordinary(docs - wanted, seed=seed)
    positions = set(rng.sample(range(docs), wanted))
    words = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(docs):
            record = next(news) if i in positions else next(plain)
            words += len(record["text"].split())
            out.write(json.dumps(record) + "\n")
    return docs, words


def memory_now() -> int:
    """Resident MiB of this process and every process under it (workers, fork server, Dask nannies)."""
    me = psutil.Process()
    total = me.memory_info().rss
    for child in me.children(recursive=True):
        try:
            total += child.memory_info().rss
        except psutil.Error:
            pass
    return total // 2**20


def ingest_run(url: str, stream: Path, docs: int, workers: int, dask: bool) -> dict:
    from pactwatch.cluster import dask_pool
    from pactwatch.ingest.readers import iter_documents
    from pactwatch.kb import Ingestor
    from pactwatch.store import open_database

    database = open_database(url)
    ingestor = Ingestor(database)
    quarters, marks = [docs * q // 4 for q in (1, 2, 3, 4)], []

    def progress(summary) -> None:
        stored = summary.documents + len(summary.failed)
        while quarters and stored >= quarters[0]:
            marks.append((quarters.pop(0), memory_now(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                          time.perf_counter()))

    start = time.perf_counter()
    if dask:
        with dask_pool("local", workers) as pool:
            start = time.perf_counter()  # the cluster's start is not the stream's
            summary = ingestor.ingest_all(iter_documents([str(stream)]), on_progress=progress, pool=pool)
    else:
        summary = ingestor.ingest_all(iter_documents([str(stream)]), on_progress=progress, workers=workers)
    seconds = time.perf_counter() - start
    database.close()
    return {"seconds": seconds, "summary": summary, "memory": marks, "start": start}


def one_core(stream: Path, rounds: int) -> dict:
    """CPU seconds on one core: gate + extractor over every text, and spaCy blank + sentencizer.

    Both are timed in alternating rounds and the best round of each counts, as in ``extract_speed.py``; the
    first pass of ours is reported on its own, since it also pays what a process builds once (lexicons,
    scanners, the ECB rate table on the first sum of money)."""
    from pactwatch.parallel import WorkOptions, prepare
    from pactwatch.model import InputDocument
    import spacy

    texts = [json.loads(line) for line in stream.open(encoding="utf-8")]
    docs = [InputDocument(id=r["id"], text=r["text"], title=r["title"]) for r in texts]
    options = WorkOptions(signatures=False)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    list(nlp.pipe([docs[0].text]))
    ours, theirs, passed, sentences = [], [], 0, 0
    for _ in range(rounds):
        start = time.process_time()
        passed = sum(prepare(doc, options).relevant for doc in docs)
        ours.append(time.process_time() - start)
        start = time.process_time()
        sentences = sum(len(list(doc.sents)) for doc in nlp.pipe((d.text for d in docs), batch_size=256))
        theirs.append(time.process_time() - start)
    return {"ours": min(ours), "first": ours[0], "theirs": min(theirs), "passed": passed, "sentences": sentences}


def new_pg_database(admin_url: str) -> tuple[str, callable]:
    from sqlalchemy import create_engine, text

    from pactwatch.store.db import normalise_url

    name = f"pw_firehose_{uuid.uuid4().hex[:8]}"
    admin = create_engine(normalise_url(admin_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()

    return admin_url.rsplit("/", 1)[0] + "/" + name, drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--relevant", type=float, default=0.03, help="share of cooperation news (0.02-0.05)")
    parser.add_argument("--pg", help="a PostgreSQL server URL: a new database is made there for each run")
    parser.add_argument("--runs", default="sqlite1,sqlite2,dask2,pg2",
                        help="which runs: sqliteN, daskN (SQLite), pgN (with --pg), comma-separated; empty for the one-core comparison alone")
    parser.add_argument("--rounds", type=int, default=2,
                        help="alternating one-core rounds of ours and spaCy's; the best of each counts")
    args = parser.parse_args()
    runs = [run.strip() for run in args.runs.split(",") if run.strip()]
    for run in runs:
        if not re.fullmatch(r"(sqlite|dask|pg)[1-9]\d*", run):
            parser.error(f"--runs: {run!r} is not sqliteN, daskN or pgN (N workers, at least 1)")
    folder = Path(tempfile.mkdtemp(prefix="pw-firehose-"))
    stream = folder / "stream.jsonl"
    docs, words = build_stream(stream, args.docs, args.relevant)
    print(f"stream: {docs:,} documents, {words:,} words, {args.relevant:.0%} about technology cooperation "
          f"({stream.stat().st_size / 2**20:.0f} MiB); {os.cpu_count()} cores")

    for run in runs:
        backend, workers = re.fullmatch(r"(sqlite|dask|pg)(\d+)", run).groups()
        if backend == "pg" and not args.pg:
            continue
        drop = None
        if backend == "pg":
            url, drop = new_pg_database(args.pg)
        else:
            url = f"sqlite:///{folder / f'{run}.db'}"
        try:
            result = ingest_run(url, stream, docs, int(workers), backend == "dask")
        finally:
            if drop:
                drop()
        s, seconds = result["summary"], result["seconds"]
        where = {"sqlite": f"SQLite, {workers} worker processes", "dask": f"SQLite, Dask LocalCluster of {workers}",
                 "pg": f"PostgreSQL, {workers} worker processes"}[backend]
        print(f"\n{where}: {docs / seconds:,.0f} documents/s, {words / seconds:,.0f} words/s end to end "
              f"({seconds:.1f} s)")
        print(f"  {s.new:,} stored whole, {s.irrelevant:,} irrelevant (fingerprint only), {s.duplicates:,} copies, "
              f"{s.agreements:,} agreement reports, {len(s.failed)} failed")
        print("  memory (MiB, writer + workers / writer's peak) at " + ", ".join(
            f"{n:,} docs: {m} / {peak}" for n, m, peak, _ in result["memory"]))
        if len(result["memory"]) == 4:  # the rate once the workers are up and warm, as a long stream runs
            (first, *_, at_first), (last, *_, at_last) = result["memory"][0], result["memory"][-1]
            print(f"  after the first quarter (workers started and warm): {(last - first) / (at_last - at_first):,.0f} "
                  f"documents/s; before it: {first / (at_first - result['start']):,.0f}")

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    core = one_core(stream, max(1, args.rounds))
    print(f"\none core, CPU time, the same {docs:,} texts, best of {max(1, args.rounds)} alternating rounds:")
    print(f"  gate + extraction    {words / core['ours']:12,.0f} words/s ({core['ours']:.1f} s; "
          f"{core['passed']:,} passed the gate, {core['passed'] / docs:.1%}; first round {core['first']:.1f} s)")
    print(f"  spaCy blank+sentencizer {words / core['theirs']:9,.0f} words/s ({core['theirs']:.1f} s, "
          f"{core['sentences']:,} sentences)")
    print(f"  ratio pactwatch/spaCy {core['theirs'] / core['ours']:.2f}")


if __name__ == "__main__":
    main()
