"""Ingest throughput and peak memory on 10,000 documents, SQLite and PostgreSQL.

The documents are the development articles and the samples, repeated with
variations (other countries swapped in, a third of the sentences dropped, the
rest reordered) so that most are distinct articles, not duplicates. Memory is
the peak resident size, read after each quarter of the run: a streaming ingest
keeps it flat as the input grows.

    python bench/ingest_speed.py [--docs 10000] [--pg postgresql://...]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from pactwatch import samples_folder
from pactwatch.ingest.readers import InputDocument, iter_documents
from pactwatch.store import open_database
from pactwatch.kb import Ingestor

ROOT = Path(__file__).resolve().parents[1]
SWAPS = ["Korea", "Japan", "India", "Germany", "France", "Italy", "Singapore", "Australia", "Canada", "Vietnam",
         "Brazil", "Chile", "Kenya", "Norway", "Poland", "Mexico"]


def base_documents(published: bool = False) -> list[InputDocument]:
    """The samples and the development articles (with ``published``, the latter with their publication days)."""
    docs = [d for d in iter_documents([str(samples_folder())]) if isinstance(d, InputDocument)]
    # the shared folder beside the checkout (or beside a folder of worktrees holding it)
    eval_set = next((p / "shared" / "eval" / "dev" for p in ROOT.parents if (p / "shared" / "eval" / "dev").is_dir()),
                    ROOT.parent / "shared" / "eval" / "dev")
    if (eval_set / "gold").is_dir():
        out = subprocess.run([sys.executable, str(eval_set.parent / "score.py"), "input", "--set", str(eval_set)],
                             capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            record = json.loads(line)
            day = date.fromisoformat(record["published"]) if published and record.get("published") else None
            docs.append(InputDocument(id=record["id"], text=record["text"], published=day))
    return docs


def variant(doc: InputDocument, k: int, rng: random.Random) -> InputDocument:
    a, b = rng.sample(SWAPS, 2)
    text = re.sub(r"\b(?:South Korea|Korea|Singapore|Italy|Japan|United Kingdom|Germany|India)\b",
                  lambda m: a if rng.random() < 0.5 else b, doc.text)
    lines = text.split("\n")
    kept = []
    for line in lines:
        sentences = re.split(r"(?<=[.!?])\s+", line)
        sentences = [s for s in sentences if rng.random() > 0.33] or sentences[:1]
        rng.shuffle(sentences)
        kept.append(" ".join(sentences))
    return InputDocument(id=f"{doc.id}~{k}", text="\n".join(kept), url=f"https://bench{k % 13}.example/{doc.id}/{k}",
                         published=doc.published)


def run(url: str, docs: list[InputDocument]) -> dict:
    database = open_database(url)
    ingestor = Ingestor(database)
    quarter = max(1, len(docs) // 4)
    memory, start = [], time.perf_counter()
    new = duplicates = 0
    for i, doc in enumerate(docs, 1):
        outcome = ingestor.ingest(doc)
        new += outcome.status == "new"
        duplicates += outcome.status != "new"
        if i % quarter == 0:
            memory.append((i, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024))
    seconds = time.perf_counter() - start
    database.close()
    return {"seconds": seconds, "docs": len(docs), "new": new, "duplicates": duplicates, "memory": memory}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--pg", help="PostgreSQL URL (an empty database) to measure too")
    parser.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    rng = random.Random(42)
    base = base_documents()
    docs = [variant(base[i % len(base)], i, rng) for i in range(args.docs)]
    targets = []
    if args.backend in ("sqlite", "both"):
        targets.append(("sqlite", f"sqlite:///{tempfile.mkdtemp(prefix='pw-bench-')}/bench.db"))
    if args.backend in ("postgresql", "both") and args.pg:
        targets.append(("postgresql", args.pg))
    for name, url in targets:
        result = run(url, docs)
        rate = result["docs"] / result["seconds"]
        print(f"{name:<11} {result['docs']} documents in {result['seconds']:.1f} s: {rate:.1f} documents/s "
              f"({result['new']} stored, {result['duplicates']} recognised as duplicates)")
        print(f"{'':<11} peak memory (MiB) after " + ", ".join(f"{n} docs: {m}" for n, m in result["memory"]))


if __name__ == "__main__":
    main()
