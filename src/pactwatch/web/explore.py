"""The partner network, drawn twice: a server-rendered SVG with links (``/network``, and the fallback of every
page here) and, at ``/network/explore``, an interactive graph (zoom, pan, drag, hover details, a legend, an
edge's agreements on click) drawn by vis-network.

vis-network is not fetched from anywhere: the pyvis package ships it (``pyvis/lib/vis-9.1.2``) and pactwatch
serves that folder at ``/static/vendor/vis-network``. The graph's data travels in the page as JSON (a
``<script type="application/json">`` that is never run); ``static/network.js`` draws it.
"""

import json
from collections.abc import Callable
from dataclasses import replace
from importlib import resources
from urllib.parse import urlencode

import networkx as nx
from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from markupsafe import Markup
from sqlalchemy.orm import Session

from ..analyze import queries
from ..analyze.cache import kept
from ..analyze.export import network
from ..analyze.queries import SECTORS, labelled
from . import charts

VENDOR = "/static/vendor/vis-network"
PER_EDGE = 30  # agreements listed in the page for each edge (the newest); the rest are a link away
SEVERAL = "#94a3b8"  # the colour of an edge whose agreements name several sectors, or none


def mount_assets(app: FastAPI) -> None:
    """Serve vis-network from the installed pyvis package (before ``/static`` is mounted, which would hide it)."""
    folder = resources.files("pyvis") / "lib" / "vis-9.1.2"
    app.mount(VENDOR, StaticFiles(directory=str(folder)), name="vis-network")


def drawing(request: Request, s: Session, query: queries.AgreementQuery, pair: str | None, path: str) -> dict:
    """What both network pages show: the SVG (its edges link to ``path`` with the pair), the pair's agreements."""
    graph = network(s, query)
    base = {k: v for k, v in request.query_params.items() if k != "pair" and v}

    def link(pair_: str) -> str:  # the user's filters are data in a query string, never a template
        return path + "?" + urlencode({**base, "pair": pair_}) + "#pair"

    listed = []
    if pair and "-" in pair:
        a, b = pair.split("-", 1)
        listed = labelled(s, queries.agreements(s, replace(query, country=a, with_=b)))
    # the drawing (its layout is most of the page's cost) is kept with the network until a write
    svg = kept(s, "network_svg", (repr(query), path, urlencode(base)), lambda: charts.network_svg(graph, link))
    return {"svg": Markup(svg), "pair": pair, "listed": listed,
            "filters": request.query_params, "status": query.status, "edges": graph.number_of_edges(), "graph": graph,
            "explore": "/network/explore" + ("?" + urlencode(base) if base else "")}


def colours(graph: nx.Graph) -> dict[str, str]:
    """A colour for each sector that is the one sector of all the agreements of some edge drawn (in the
    vocabulary's order, so that a sector keeps its colour while the palette lasts)."""
    alone = {d["sectors"] for *_, d in graph.edges(data=True) if d["sectors"] and "," not in d["sectors"]}
    return {s: charts.PALETTE[i % len(charts.PALETTE)] for i, s in enumerate(s for s in SECTORS if s in alone)}


def graph_json(s: Session, query: queries.AgreementQuery, graph: nx.Graph, params: dict[str, str],
               palette: dict[str, str]) -> Markup:
    """The graph for vis-network as JSON safe inside a <script> element: nodes, edges with their details and
    (the newest ``PER_EDGE`` of) their agreements, each with its label, date and status."""
    ids = network(s, query, with_ids=True)
    per_edge = {tuple(sorted(e)): sorted((int(i) for i in ids.edges[e]["agreement_ids"].split(",") if i),
                                         reverse=True) for e in ids.edges}
    shown = sorted({i for kept in per_edge.values() for i in kept[:PER_EDGE]})
    rows = {r["id"]: r for r in labelled(s, queries.agreements_by_id(s, shown))}
    filters = {k: v for k, v in params.items() if k in ("sector", "kind", "status", "since", "until", "text")}
    nodes = [{"id": n, "label": n, "value": d["agreements"], "name": d.get("label", n),
              "title": f"{d.get('label', n)} ({n}): {d['agreements']} agreements"} for n, d in graph.nodes(data=True)]
    edges = []
    for a, b, d in graph.edges(data=True):
        a, b = sorted((a, b))
        sectors = ", ".join(d["sectors"].split(",")) if d["sectors"] else "no sector named"
        money = f"; {charts.dollars(d['usd'])} named" if d["usd"] else ""
        edges.append({
            "id": f"{a}-{b}", "from": a, "to": b, "value": d["weight"], "color": palette.get(d["sectors"], SEVERAL),
            "title": f"{a}–{b}: {d['weight']} agreements ({sectors}){money}", "count": d["weight"],
            "all": "/agreements?" + urlencode({**filters, "country": a, "with": b}),
            "agreements": [{"id": i, "label": rows[i]["label"], "date": rows[i]["date"] or "",
                            "status": rows[i]["status"], "kind": rows[i]["kind"]}
                           for i in per_edge.get((a, b), [])[:PER_EDGE] if i in rows]})
    text = json.dumps({"nodes": nodes, "edges": edges}, ensure_ascii=False)
    # "</" would end the element: escaped, the JSON reads the same
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))




def register(app: FastAPI, page: Callable, SessionDep, ListingDep) -> None:
    @app.get("/network/explore", include_in_schema=False)
    def explore_page(request: Request, s: SessionDep, listing: ListingDep, pair: str | None = None):
        query = replace(listing.query, limit=None, offset=0)
        seen = drawing(request, s, query, pair, "/network/explore")
        palette = colours(seen["graph"])
        return page(request, "network.html", interactive=True, statuses=queries.STATUSES,
                    data=graph_json(s, query, seen["graph"], listing.params, palette),
                    legend=[*palette.items(), ("several sectors, or none named", SEVERAL)], **seen)
