"""Exports for spreadsheets, pandas and Gephi: agreements, entities and the country network."""

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
from .queries import AgreementQuery, _filtered, agreements

FORMATS = ("csv", "json", "parquet", "graphml", "gexf")


class ExportError(PactwatchError):
    """An export that cannot be written."""


def network(session: Session, query: AgreementQuery | None = None, with_ids: bool = False) -> nx.Graph:
    """Countries (and blocs) as nodes, agreements as edges weighted by how many there are (filtered by ``query``).

    Counted in the database, so it stays fast on large knowledge bases; ``with_ids`` adds each edge's
    agreement ids (for exports).
    """
    ids = _filtered(query or AgreementQuery(), session.get_bind().dialect.name).with_only_columns(Agreement.id).subquery()
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
            graph = network(session, with_ids=True)
            (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(graph, target)
            return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "files": [str(target)]}
        entities = _entities(session)
        if fmt == "json":
            graph = network(session, with_ids=True)
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
