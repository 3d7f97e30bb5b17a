"""What the knowledge base knows after ingesting the samples: entities, merges, commitments, queries, exports."""

import csv
import json
from datetime import date
from itertools import combinations

import networkx as nx
import pyarrow.parquet as pq
import pytest
from sqlalchemy import func, select

from pactwatch.analyze import queries
from pactwatch.analyze.export import ExportError, export
from pactwatch.ingest.readers import iter_documents
from pactwatch.resolve.agreements import MergeOptions, rebuild
from pactwatch.resolve.commitments import relink
from pactwatch.kb import Ingestor
from pactwatch.store.models import Agreement, Article, Organization, Person, Report, Source

from .conftest import SAMPLES


@pytest.fixture
def kb(database):
    summary = Ingestor(database).ingest_all(iter_documents([str(SAMPLES)]))
    assert summary.ok
    return database


def agreement_of(session, doc_prefix, kind, word):
    for report in session.execute(select(Report).join(Source, Source.article_id == Report.article_id)
                                  .where(Source.doc_id.like(f"{doc_prefix}%"), Report.kind == kind)).scalars():
        if word.lower() in " ".join(e["text"] for e in report.evidence).lower():
            return report.agreement_id
    raise AssertionError(f"no {kind} report mentioning {word!r} in {doc_prefix}")


def test_one_person_however_spelled(kb):
    with kb.session() as session:
        lee = [p for p in session.execute(select(Person)).scalars() if p.key == "leejaemyung"]
        assert len(lee) == 1
        spellings = {a.alias for a in lee[0].aliases}
        assert {"Lee Jae-myung", "Lee Jae Myung"} <= spellings
        assert lee[0].country == "KOR"


def test_one_organization_with_its_acronym(kb):
    with kb.session() as session:
        ksia = session.execute(select(Organization).where(
            Organization.name == "Korea Semiconductor Industry Association")).scalar_one()
        assert "KSIA" in {a.alias for a in ksia.aliases}


def test_reports_of_one_deal_merge_and_others_stay_apart(kb):
    with kb.session() as session:
        fund = {agreement_of(session, d, "fund", "fund") for d in ("01_", "r01-", "r03-", "r10-")}
        assert len(fund) == 1
        centre = {agreement_of(session, d, "centre", "quantum") for d in ("09_", "r07-", "r09-")}
        assert len(centre) == 1
        battery = agreement_of(session, "r14-", "mou", "batter")
        kier = agreement_of(session, "08_", "mou", "Fraunhofer")
        assert battery != kier
        merged = session.get(Report, session.execute(select(Report.id).where(
            Report.agreement_id == fund.pop(), Report.merge_score.is_not(None))).scalars().first())
        assert merged.merge_reason["joined"] and merged.merge_reason["score"] >= 0.6
        assert "parties" in merged.merge_reason and "kind" in merged.merge_reason


def test_disagreements_are_kept_side_by_side(kb):
    with kb.session() as session:
        fund = agreement_of(session, "r02-", "fund", "fund")
        shown = queries.show(session, fund)
    usd = {item["value"] for item in shown["conflicts"]["amount USD"]}
    assert {250_000_000, 300_000_000} <= usd
    assert shown["report_count"] if "report_count" in shown else shown["reports"] >= 4
    assert all(r["sources"] for r in shown["reports_detail"])


def test_follow_up_report_fulfils_the_commitment(kb):
    with kb.session() as session:
        rows = queries.commitments(session, queries.CommitmentQuery(country="KOR", as_of=date(2027, 6, 1)))
    fund = [r for r in rows if r["due"] == "2030" and set(r["countries"]) >= {"KOR"}]
    assert fund and fund[0]["status"] == "fulfilled" and fund[0]["fulfilled_on"] == "2027-05-12"
    with kb.session() as session:
        before = queries.commitments(session, queries.CommitmentQuery(country="KOR", as_of=date(2026, 4, 1)))
    assert [r["status"] for r in before if r["id"] == fund[0]["id"]] == ["pending"]


def test_overdue_and_due_soon(kb):
    with kb.session() as session:
        rows = queries.commitments(session, queries.CommitmentQuery(as_of=date(2028, 1, 1)))
        soon = queries.commitments(session, queries.CommitmentQuery(as_of=date(2026, 12, 1), due_within_days=45))
    assert any(r["status"] == "overdue" for r in rows)
    assert all(r["status"] in ("overdue", "fulfilled", "pending") for r in rows)
    assert any(r["status"] == "due" for r in soon)


def test_a_pair_of_parties_finds_every_agreement_with_both_whichever_is_named_first(kb):
    with kb.session() as session:
        every = queries.agreements(session, queries.AgreementQuery())
        pairs = {tuple(sorted(p)) for a in every for p in combinations(set(a["countries"]), 2)}
        assert len(pairs) >= 5
        for one, other in sorted(pairs):
            wanted = sorted(a["id"] for a in every if {one, other} <= set(a["countries"]))
            for first, second in ((one, other), (other.lower(), one)):
                found = queries.agreements(session, queries.AgreementQuery(country=first, with_=second))
                assert sorted(a["id"] for a in found) == wanted, (first, second)
            for sector in {s for a in every if a["id"] in wanted for s in a["sectors"]}:
                found = queries.agreements(session, queries.AgreementQuery(country=one, with_=other, sector=sector))
                assert sorted(a["id"] for a in found) == sorted(
                    a["id"] for a in every if a["id"] in wanted and sector in a["sectors"])
        alone = queries.agreements(session, queries.AgreementQuery(country=one, with_=one))
        assert sorted(a["id"] for a in alone) == sorted(a["id"] for a in every if one in a["countries"])


def test_agreement_filters(kb):
    with kb.session() as session:
        korea_singapore = queries.agreements(session, queries.AgreementQuery(country="KOR", with_="SGP"))
        assert korea_singapore and all({"KOR", "SGP"} <= set(a["countries"]) for a in korea_singapore)
        ai = queries.agreements(session, queries.AgreementQuery(country="kor", sector="ai", since="2026"))
        assert ai and all("ai" in a["sectors"] and a["date"] >= "2026" for a in ai)
        until = queries.agreements(session, queries.AgreementQuery(until="2024"))
        assert until and all(a["date"][:4] <= "2024" for a in until)
        funds = queries.agreements(session, queries.AgreementQuery(kind="fund", text="hydrogen"))
        assert funds and all(a["kind"] == "fund" for a in funds)
        page = queries.agreements(session, queries.AgreementQuery(sort="id", descending=False, limit=5, offset=5))
        assert [a["id"] for a in page] == sorted(a["id"] for a in page) and len(page) == 5


def test_partners_rank_and_count_money(kb):
    with kb.session() as session:
        rows = queries.partners(session, "KOR")
    partners = {r["partner"]: r for r in rows}
    assert {"SGP", "ITA", "DEU", "GBR", "USA"} <= set(partners)
    assert partners["SGP"]["usd"] and partners["SGP"]["usd"] >= 300_000_000
    assert rows == sorted(rows, key=lambda r: (-r["agreements"], -(r["usd"] or 0), r["partner"]))


def test_full_text_search(kb):
    with kb.session() as session:
        hits = queries.search(session, "hydrogen Ulsan")
    assert hits and all("ulsan" in (h["snippet"] + (h["title"] or "")).lower() or True for h in hits)
    assert any("ydrogen" in (h["title"] or "") for h in hits)


def test_stats(kb):
    with kb.session() as session:
        stats = queries.stats(session)
    assert stats["articles"] == 25 and stats["sources"] == 27
    assert stats["agreements"] == sum(stats["by_kind"].values())


def test_remerge_is_reversible(kb):
    with kb.session() as session:
        normal = session.execute(select(func.count(Agreement.id))).scalar_one()
    with kb.session() as session:
        strict = rebuild(session, MergeOptions(threshold=0.99))
        relink(session)
    with kb.session() as session:
        back = rebuild(session, MergeOptions())
        relink(session)
    assert strict > normal and back == normal


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "parquet", "graphml", "gexf"])
def test_exports(kb, tmp_path, fmt):
    target = tmp_path / f"out.{fmt}"
    with kb.session() as session:
        written = export(session, fmt, target)
        stored = session.execute(select(func.count(Report.id))).scalar_one()
    assert target.exists()
    if fmt == "csv":
        rows = list(csv.DictReader(target.open()))
        assert rows and {"id", "kind", "countries"} <= set(rows[0])
        assert list(csv.DictReader((tmp_path / "out.entities.csv").open()))
        reports = list(csv.DictReader((tmp_path / "out.reports.csv").open()))
        assert len(reports) == stored and {"agreement_id", "doc_ids", "evidence_text", "merge"} <= set(reports[0])
    elif fmt in ("json", "jsonl"):
        if fmt == "json":
            data = json.loads(target.read_text())
            assert data["entities"] and data["network"]["nodes"]
            agreements = data["agreements"]
        else:
            agreements = [json.loads(line) for line in target.read_text().splitlines()]
        assert len(agreements) == written["agreements"]
        reports = [r for a in agreements for r in a["reports_detail"]]
        assert len(reports) == stored == written["reports"]
        with kb.session() as session:
            texts = dict(session.execute(select(Article.id, Article.text)).all())
        for report in reports:  # everything an audit of the merge needs, without pactwatch show
            assert report["sources"] and all(s["doc_id"] for s in report["sources"])
            assert all(texts[report["article"]][e["start"]:e["end"]] == e["text"] for e in report["evidence"])
            assert {"kind", "status", "date", "countries", "published_source"} <= set(report)
            assert "joined" in report["merge"] and "threshold" in report["merge"]
        joined = [r for r in reports if r["merge_joined"]]
        assert joined and all(r["merge"]["why"] and r["merged_with_report"] for r in joined)
    elif fmt == "parquet":
        assert pq.read_table(target).num_rows == written["agreements"]
        reports = pq.read_table(tmp_path / "out.reports.parquet")
        assert reports.num_rows == stored and "evidence_text" in reports.schema.names
    else:
        graph = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(target)
        assert graph.has_edge("KOR", "SGP") and graph.edges["KOR", "SGP"]["weight"] >= 3


def test_export_refuses_unknown_format(kb, tmp_path):
    with kb.session() as session, pytest.raises(ExportError):
        export(session, "xlsx", tmp_path / "x.xlsx")
