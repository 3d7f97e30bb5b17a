"""Exports for spreadsheets, pandas and Gephi: agreements, entities and the country network."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import PactwatchError
from ..store.models import Agreement, Country, Organization, Person
from .queries import AgreementQuery, agreements

FORMATS = ("csv", "json", "parquet", "graphml", "gexf")


class ExportError(PactwatchError):
    """An export that cannot be written."""


def network(session: Session, query: AgreementQuery | None = None) -> nx.Graph:
    """Countries (and blocs) as nodes, agreements as edges weighted by how many there are (filtered by ``query``)."""
    graph = nx.Graph()
    names = dict(session.execute(select(Country.code, Country.name)).all())
    ids = None
    if query is not None:
        ids = {row["id"] for row in agreements(session, query)}
    for agreement in session.execute(select(Agreement)).scalars():
        if ids is not None and agreement.id not in ids:
            continue
        parties = sorted(set(agreement.countries))
        for code in parties:
            if code not in graph:
                graph.add_node(code, label=names.get(code, code), agreements=0)
            graph.nodes[code]["agreements"] += 1
        for i, a in enumerate(parties):
            for b in parties[i + 1:]:
                if graph.has_edge(a, b):
                    edge = graph.edges[a, b]
                    edge["weight"] += 1
                    edge["usd"] += agreement.usd or 0.0
                    edge["agreement_ids"] += f",{agreement.id}"
                    sectors = (set(edge["sectors"].split(",")) | set(agreement.sectors)) - {""}
                    edge["sectors"] = ",".join(sorted(sectors))
                else:
                    graph.add_edge(a, b, weight=1, usd=agreement.usd or 0.0, agreement_ids=str(agreement.id),
                                   sectors=",".join(agreement.sectors))
    return graph


def _entities(session: Session) -> list[dict]:
    rows = [{"type": "country", "id": code, "name": name, "country": code, "aliases": ""}
            for code, name in session.execute(select(Country.code, Country.name)).all()]
    for org in session.execute(select(Organization)).scalars():
        rows.append({"type": "organization", "id": str(org.id), "name": org.name, "country": org.country or "",
                     "aliases": "|".join(a.alias for a in org.aliases if a.alias != org.name)})
    for person in session.execute(select(Person)).scalars():
        rows.append({"type": "person", "id": str(person.id), "name": person.name, "country": person.country or "",
                     "aliases": "|".join(a.alias for a in person.aliases if a.alias != person.name)})
    return rows


def _flat(row: dict) -> dict:
    out = dict(row)
    for key in ("countries", "sectors"):
        out[key] = ",".join(out.get(key) or [])
    out["amounts"] = ";".join(f"{a['amount']:g} {a['currency']}" for a in out.get("amounts") or [])
    return out


def export(session: Session, fmt: str, target: Path) -> dict:
    """Write the knowledge base as ``fmt`` to ``target``; return what was written.

    csv and parquet write agreements to ``target`` and entities beside it
    (``<stem>.entities.<ext>``); json writes both, and the network, in one
    file; graphml and gexf write the country network.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        rows = agreements(session, AgreementQuery(sort="id", descending=False))
        if fmt in ("graphml", "gexf"):
            graph = network(session)
            (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(graph, target)
            return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "files": [str(target)]}
        entities = _entities(session)
        if fmt == "json":
            graph = network(session)
            data = {"agreements": rows, "entities": entities,
                    "network": nx.node_link_data(graph, edges="edges")}
            target.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
            return {"agreements": len(rows), "entities": len(entities), "files": [str(target)]}
        second = target.with_name(f"{target.stem}.entities{target.suffix or '.' + fmt}")
        flat = [_flat(r) for r in rows]
        if fmt == "csv":
            for path, data in ((target, flat), (second, entities)):
                with path.open("w", newline="", encoding="utf-8") as handle:
                    columns = list(data[0]) if data else ["id"]
                    writer = csv.DictWriter(handle, fieldnames=columns)
                    writer.writeheader()
                    writer.writerows(data)
        else:
            pq.write_table(pa.Table.from_pylist(flat), target)
            pq.write_table(pa.Table.from_pylist(entities), second)
        return {"agreements": len(rows), "entities": len(entities), "files": [str(target), str(second)]}
    except OSError as error:
        raise ExportError(f"cannot write {target}: {error.strerror or error}") from None
