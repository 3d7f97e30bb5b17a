"""How well the knowledge base merges reports of one agreement, on the samples corpus.

Ingests samples/ into a fresh SQLite database and compares the canonical
agreements with bench/samples_merge_key.json: merges missed (reports of one keyed
agreement left in several canonical records) and merges wrong (reports keyed as
different agreements joined), plus the canonical count against the number the
corpus was written to contain.

    python bench/merge_quality.py [--threshold 0.6] [--max-days 45]
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from pathlib import Path

from sqlalchemy import func, select

from pactwatch import samples_folder
from pactwatch.ingest.readers import iter_documents
from pactwatch.resolve.agreements import MergeOptions
from pactwatch.store import open_database
from pactwatch.kb import IngestOptions, Ingestor
from pactwatch.store.models import Agreement, Report, Source

ROOT = Path(__file__).resolve().parents[1]


def reports_of(session, doc_id: str, kind: str, pattern: str, countries: list[str] | None = None) -> list[Report]:
    """The report of ``doc_id`` that stands for the keyed agreement: its kind (else a generic kind), its parties,
    and the pattern in its name or evidence; at most one."""
    article_ids = session.execute(select(Source.article_id).where(Source.doc_id == doc_id)).scalars().all()
    fits = []
    for report in session.execute(select(Report).where(Report.article_id.in_(article_ids))).scalars():
        text = " ".join(e["text"] for e in report.evidence) + " " + (report.name or "")
        if not re.search(pattern, text) or (countries and not set(countries) <= set(report.countries)):
            continue
        if report.kind == kind:
            fits.append((0, report.id, report))
        elif report.kind in ("agreement", "partnership"):
            fits.append((1, report.id, report))
    return [min(fits)[2]] if fits else []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threshold", type=float, default=0.6)
    parser.add_argument("--max-days", type=int, default=45)
    args = parser.parse_args()
    key = json.loads((ROOT / "bench" / "samples_merge_key.json").read_text())
    with tempfile.TemporaryDirectory() as tmp:
        database = open_database(f"sqlite:///{tmp}/merge.db")
        options = IngestOptions(merge=MergeOptions(threshold=args.threshold, max_days=args.max_days))
        summary = Ingestor(database, options=options).ingest_all(iter_documents([str(samples_folder())]))
        with database.session() as session:
            canonical = session.execute(select(func.count(Agreement.id))).scalar_one()
            missed = 0
            for group in key["merged"]:
                ids = set()
                for doc_id in group["articles"]:
                    ids |= {r.agreement_id for r in reports_of(session, doc_id, group["kind"], group["evidence"],
                                                               group["countries"])}
                if len(ids) > 1:
                    missed += len(ids) - 1
                    print(f"missed: {group['kind']} {group['countries']} /{group['evidence']}/ split over {sorted(ids)}")
            wrong = 0
            for pair in key["separate"]:
                a = {r.agreement_id for r in reports_of(session, *pair["a"])}
                b = {r.agreement_id for r in reports_of(session, *pair["b"])}
                if a & b:
                    wrong += 1
                    print(f"wrong: {pair['why']} share agreement {sorted(a & b)}")
        database.close()
    print(f"documents {summary.documents} ({summary.new} stored, {summary.duplicates} duplicates)")
    print(f"canonical agreements {canonical} (the corpus was written to contain {key['canonical_agreements']})")
    print(f"merges missed {missed} over {len(key['merged'])} keyed multi-report agreements")
    print(f"merges wrong {wrong} over {len(key['separate'])} keyed must-stay-apart pairs")


if __name__ == "__main__":
    main()
