"""Exports for spreadsheets, pandas, scripts and Gephi: agreements with their reports, entities, the network.

``json`` and ``jsonl`` carry each canonical agreement with every report behind it (sources, evidence,
report-level fields, the merge's verdict: see :mod:`pactwatch.analyze.records`); ``parquet`` and ``csv``
write agreements, reports and entities as three tables; ``graphml`` and ``gexf`` the country network.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from ..errors import PactwatchError
from ..store.models import Agreement, AgreementParty, AgreementSector, Country, Organization, Person
from .cache import kept
from .cells import cell
from .queries import AgreementQuery, _filtered, agreements
from .records import agreements_with_reports, report_rows

FORMATS = ("csv", "json", "jsonl", "parquet", "graphml", "gexf")


class ExportError(PactwatchError):
    """An export that cannot be written."""


def network(session: Session, query: AgreementQuery | None = None, with_ids: bool = False) -> nx.Graph:
    """Countries (and blocs) as nodes, agreements as edges weighted by how many there are (filtered by ``query``).

    Counted in the database, so it stays fast on large knowledge bases, and kept until a write; ``with_ids``
    adds each edge's agreement ids (for exports). The graph is the one kept, frozen (adding or removing a node
    or an edge raises ``NetworkXError``; ``graph.copy()`` makes one to change): copying it for every request
    cost more than the rest of the network page.
    """
    query = query or AgreementQuery()
    return kept(session, "network", (repr(query), with_ids), lambda: nx.freeze(_network(session, query, with_ids)))


def _network(session: Session, query: AgreementQuery, with_ids: bool) -> nx.Graph:
    ids = _filtered(query, session.get_bind().dialect.name).with_only_columns(Agreement.id).subquery()
    names = dict(session.execute(select(Country.code, Country.name)).all())
    graph = nx.Graph()
    for code, count in session.execute(select(AgreementParty.country, func.count())
                                       .where(AgreementParty.agreement_id.in_(select(ids.c.id)))
                                       .group_by(AgreementParty.country)).all():
        graph.add_node(code, label=names.get(code, code), agreements=count)
    one, two = aliased(AgreementParty), aliased(AgreementParty)
    pair = (select(one.country.label("a"), two.country.label("b"), one.agreement_id.label("agreement"))
            .join(two, and_(two.agreement_id == one.agreement_id, one.country < two.country))
            .where(one.agreement_id.in_(select(ids.c.id)))).subquery()
    for a, b, weight, usd in session.execute(
            select(pair.c.a, pair.c.b, func.count(), func.sum(Agreement.usd))
            .join(Agreement, Agreement.id == pair.c.agreement).group_by(pair.c.a, pair.c.b)).all():
        graph.add_edge(a, b, weight=weight, usd=float(usd or 0.0), sectors="", agreement_ids="")
    sectors: dict[tuple[str, str], list[str]] = {}
    for a, b, sector in session.execute(
            select(pair.c.a, pair.c.b, AgreementSector.sector)
            .join(AgreementSector, AgreementSector.agreement_id == pair.c.agreement)
            .group_by(pair.c.a, pair.c.b, AgreementSector.sector)).all():
        sectors.setdefault((a, b), []).append(sector)
    for (a, b), values in sectors.items():
        graph.edges[a, b]["sectors"] = ",".join(sorted(values))
    if with_ids:
        edge_ids: dict[tuple[str, str], list[str]] = {}
        for a, b, agreement in session.execute(select(pair.c.a, pair.c.b, pair.c.agreement)).all():
            edge_ids.setdefault((a, b), []).append(str(agreement))
        for (a, b), values in edge_ids.items():
            graph.edges[a, b]["agreement_ids"] = ",".join(values)
    return graph


def _entities(session: Session) -> list[dict]:
    rows = [{"type": "country", "id": code, "name": name, "country": code, "aliases": ""}
            for code, name in session.execute(select(Country.code, Country.name)).all()]
    for org in session.execute(select(Organization)).scalars():
        rows.append({"type": "organization", "id": str(org.id), "name": org.name, "country": org.country or "",
                     "aliases": cell([a.alias for a in org.aliases if a.alias != org.name])})
    for person in session.execute(select(Person)).scalars():
        rows.append({"type": "person", "id": str(person.id), "name": person.name, "country": person.country or "",
                     "aliases": cell([a.alias for a in person.aliases if a.alias != person.name])})
    return rows


def _flat(row: dict) -> dict:
    """An agreement row with its lists as text (one separator everywhere, raw numbers: see analyze.cells)."""
    out = dict(row)
    for key in ("countries", "sectors", "amounts"):
        out[key] = cell(out.get(key) or [])
    return out


REPORT_SCHEMA = pa.schema([
    ("agreement_id", pa.int64()), ("agreement_kind", pa.string()), ("agreement_name", pa.string()),
    ("report_id", pa.int64()), ("article_id", pa.int64()), ("doc_ids", pa.list_(pa.string())),
    ("urls", pa.list_(pa.string())), ("outlets", pa.list_(pa.string())), ("relations", pa.list_(pa.string())),
    ("published", pa.string()), ("published_source", pa.string()), ("kind", pa.string()), ("name", pa.string()),
    ("status", pa.string()), ("date", pa.string()), ("countries", pa.list_(pa.string())),
    ("organizations", pa.list_(pa.string())), ("sectors", pa.list_(pa.string())), ("quantity", pa.int64()),
    ("amounts", pa.string()), ("evidence_start", pa.list_(pa.int64())), ("evidence_end", pa.list_(pa.int64())),
    ("evidence_text", pa.list_(pa.string())), ("merge_joined", pa.bool_()), ("merge_score", pa.float64()),
    ("merged_with_report", pa.int64()), ("merge", pa.string()),
])


def _beside(target: Path, part: str, fmt: str) -> Path:
    return target.with_name(f"{target.stem}.{part}{target.suffix or '.' + fmt}")


def _chunks(session: Session):
    """Agreements with their reports, a list at a time."""
    chunk: list[dict] = []
    for item in agreements_with_reports(session):
        chunk.append(item)
        if len(chunk) >= 500:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def export(session: Session, fmt: str, target: Path) -> dict:
    """Write the knowledge base as ``fmt`` to ``target``; return what was written.

    json writes one file: the agreements, each with its reports (``reports_detail``), the entities and
    the network; jsonl writes one agreement with its reports per line; csv and parquet write agreements
    to ``target``, their reports beside it (``<stem>.reports.<ext>``, one row per report) and the
    entities (``<stem>.entities.<ext>``); graphml and gexf write the country network.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if fmt in ("graphml", "gexf"):
            graph = network(session, with_ids=True)
            (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(graph, target)
            return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "files": [str(target)]}
        if fmt in ("json", "jsonl"):
            return _write_json(session, fmt, target)
        rows = agreements(session, AgreementQuery(sort="id", descending=False))
        entities = _entities(session)
        reports_path, second = _beside(target, "reports", fmt), _beside(target, "entities", fmt)
        flat = [_flat(r) for r in rows]
        count = 0
        if fmt == "csv":
            for path, data in ((target, flat), (second, entities)):
                _write_csv(path, data)
            with reports_path.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.DictWriter(handle, fieldnames=REPORT_SCHEMA.names)
                writer.writeheader()
                for chunk in _chunks(session):
                    for row in report_rows(chunk):
                        writer.writerow({k: cell(json.loads(v) if k == "amounts" and v else v)
                                         for k, v in row.items()})
                        count += 1
        else:
            pq.write_table(pa.Table.from_pylist(flat), target)
            pq.write_table(pa.Table.from_pylist(entities), second)
            with pq.ParquetWriter(reports_path, REPORT_SCHEMA) as writer:
                for chunk in _chunks(session):
                    table = pa.Table.from_pylist(report_rows(chunk), schema=REPORT_SCHEMA)
                    writer.write_table(table)
                    count += table.num_rows
        return {"agreements": len(rows), "reports": count, "entities": len(entities),
                "files": [str(target), str(reports_path), str(second)]}
    except OSError as error:
        raise ExportError(f"cannot write {target}: {error.strerror or error}") from None


def _write_csv(path: Path, data: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        columns = list(data[0]) if data else ["id"]
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(data)


def _write_json(session: Session, fmt: str, target: Path) -> dict:
    """json: {"agreements": [...], "entities": [...], "network": {...}}; jsonl: one agreement a line. Each
    agreement carries its reports; written as they are read."""
    count = reports = 0
    with target.open("w", encoding="utf-8") as out:
        if fmt == "json":
            out.write('{"agreements": [\n')
        for chunk in _chunks(session):
            for item in chunk:
                if fmt == "json":
                    out.write((",\n" if count else "") + json.dumps(item, ensure_ascii=False, indent=1, default=str))
                else:
                    out.write(json.dumps(item, ensure_ascii=False, default=str) + "\n")
                count += 1
                reports += len(item["reports_detail"])
        written = {"agreements": count, "reports": reports}
        if fmt == "json":
            entities = _entities(session)
            graph = network(session, with_ids=True)
            out.write('\n],\n"entities": ' + json.dumps(entities, ensure_ascii=False, indent=1, default=str))
            out.write(',\n"network": ' + json.dumps(nx.node_link_data(graph, edges="edges"), ensure_ascii=False,
                                                      indent=1, default=str) + "}\n")
            written["entities"] = len(entities)
    return {**written, "files": [str(target)]}
