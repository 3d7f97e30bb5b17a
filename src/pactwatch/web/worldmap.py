"""The world map of partners (``/map``): a choropleth of agreements per country, server-rendered SVG.

The shapes are the world map that the pygal_maps_world package ships (``worldmap.svg``, one ``<g>`` per
country, classed by its ISO 3166-1 alpha-2 code); CLDR's territory aliases (from Babel) turn our alpha-3
codes into those. Nothing is fetched: the page has no script and the map is inline. Blocs (EU, ASEAN...) have
no shape and are listed beside the map with their counts.
"""

from dataclasses import replace
from functools import lru_cache
from html import escape
from importlib import resources
from urllib.parse import urlencode

from babel.core import get_global
from fastapi import FastAPI, HTTPException, Request
from lxml import etree
from sqlalchemy import select

from ..analyze.export import network
from ..store.models import Country

SHADES = ("#bfdbfe", "#93c5fd", "#60a5fa", "#2563eb", "#1e40af", "#172554")  # few agreements to many
SELECTED = "#f59e0b"
FILTERS = ("sector", "kind", "status", "since", "until")


@lru_cache(maxsize=1)
def shapes() -> tuple[str, tuple[tuple[str, str], ...]]:
    """The map's viewBox and, for each country, its alpha-2 code and its paths (as SVG text)."""
    root = etree.parse(str(resources.files("pygal_maps_world") / "worldmap.svg")).getroot()
    out = []
    for group in root.iter("{http://www.w3.org/2000/svg}g"):
        classes = (group.get("class") or "").split()
        if "country" in classes:
            paths = "".join(f'<path d="{escape(p.get("d"))}"/>' for p in group.iter("{*}path"))
            out.append((classes[0].upper(), paths))
    return root.get("viewBox"), tuple(out)


@lru_cache(maxsize=1)
def alpha2() -> dict[str, str]:
    """ISO alpha-3 code to alpha-2 (CLDR's territory aliases)."""
    return {code: to[0] for code, to in get_global("territory_aliases").items()
            if len(code) == 3 and code.isalpha() and to and len(to[0]) == 2}


@lru_cache(maxsize=1)
def drawn() -> frozenset[str]:
    """The alpha-2 codes the map has a shape for."""
    return frozenset(code for code, _ in shapes()[1])


def bins(top: int) -> list[tuple[int, int]]:
    """Count ranges, one per shade: 1, 2-3, 4-7... doubling up to ``top``."""
    out, low = [], 1
    while low <= top and len(out) < len(SHADES):
        high = top if len(out) == len(SHADES) - 1 else min(top, low * 2 - 1)
        out.append((low, high))
        low = high + 1
    return out


def ranked(counts: dict[str, int]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def shade(count: int, ranges: list[tuple[int, int]]) -> str:
    return next(SHADES[i] for i, (low, high) in enumerate(ranges) if low <= count <= high)


def svg(counts: dict[str, int], names: dict[str, str], selected: str | None, link) -> str:
    """The world, each country with agreements shaded by their number, titled, and a link to them."""
    box, countries = shapes()
    by_alpha2 = {alpha2()[code]: code for code in counts if code in alpha2()}
    ranges = bins(max(counts.values(), default=0))
    selected2 = alpha2().get(selected or "")
    parts = [f'<svg id="world" role="img" aria-labelledby="world-title" viewBox="{box}" class="world">',
             '<title id="world-title">World map: agreements per country</title>']
    for code2, paths in countries:
        code = by_alpha2.get(code2)
        if code2 == selected2:
            parts.append(f'<g class="country selected" data-code="{escape(selected)}" fill="{SELECTED}"><title>'
                         f'{escape(names.get(selected, selected))}: the country selected</title>{paths}</g>')
        elif code:
            n = counts[code]
            parts.append(f'<a href="{escape(link(code))}"><g class="country" data-code="{code}" data-count="{n}" '
                         f'fill="{shade(n, ranges)}"><title>{escape(names.get(code, code))}: {n} agreements</title>'
                         f'{paths}</g></a>')
        else:
            parts.append(f'<g class="country">{paths}</g>')
    parts.append("</svg>")
    return "".join(parts)


def register(app: FastAPI, page, SessionDep, ListingDep) -> None:
    @app.get("/map", include_in_schema=False)
    def map_page(request: Request, s: SessionDep, listing: ListingDep):
        query = replace(listing.query, limit=None, offset=0, with_=None, text=None)
        names = dict(s.execute(select(Country.code, Country.name)).all())
        me = (query.country or "").upper() or None
        if me and me not in names:
            raise HTTPException(400, f"country {me!r} is not a country or bloc in the knowledge base")
        graph = network(s, replace(query, country=me))
        if me:
            counts = {other: graph.edges[me, other]["weight"] for other in graph.neighbors(me)} if me in graph else {}
        else:
            counts = {code: data["agreements"] for code, data in graph.nodes(data=True)}
        filters = {k: v for k, v in listing.params.items() if k in FILTERS}

        def link(code: str) -> str:
            return "/agreements?" + urlencode({**filters, **({"country": me, "with": code} if me else
                                                              {"country": code})})

        ranges = bins(max(counts.values(), default=0))
        return page(request, "map.html", svg=svg(counts, names, me, link), me=me, names=names, filters=filters,
                    legend=[(low, high, SHADES[i]) for i, (low, high) in enumerate(ranges)],
                    on_map=ranked({c: n for c, n in counts.items() if alpha2().get(c) in drawn()}),
                    off_map=ranked({c: n for c, n in counts.items() if alpha2().get(c) not in drawn()}),
                    link=link, countries=sorted(names.items(), key=lambda x: x[1]), total=len(counts))
