"""The world map of partners (``/map``): a choropleth of agreements per country, server-rendered SVG.

The shapes are the world map that the pygal_maps_world package ships (``worldmap.svg``, one ``<g>`` per
country, classed by its ISO 3166-1 alpha-2 code); CLDR's territory aliases (from Babel) turn our alpha-3
codes into those. Nothing is fetched: the page has no script and the map is inline. Blocs (EU, ASEAN...) have
no shape and are listed beside the map with their counts.
"""

from dataclasses import dataclass, replace
from functools import lru_cache
from html import escape
from importlib import resources
from urllib.parse import urlencode

from babel.core import get_global
from fastapi import FastAPI, HTTPException, Request
from lxml import etree
from sqlalchemy import select

from ..analyze.export import network
from ..analyze.money import money_by_party
from ..store.models import Country
from .charts import dollars

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


def money_bins(values: list[float]) -> list[tuple[float, float]]:
    """Money ranges, one per shade, even on a log scale from the smallest sum to the largest."""
    positive = sorted(v for v in values if v > 0)
    if not positive:
        return []
    low, high = positive[0], positive[-1]
    if high <= low:
        return [(low, high)]
    steps = len(SHADES)
    edges = [low * (high / low) ** (i / steps) for i in range(steps + 1)]
    return [(edges[i], edges[i + 1]) for i in range(steps)]


def shade(value: float, ranges: list[tuple[float, float]]) -> str:
    return next((SHADES[i] for i, (low, high) in enumerate(ranges) if value <= high), SHADES[len(ranges) - 1])


@dataclass
class Measure:
    """What the shades tell: agreements counted, or concluded agreements' money (USD)."""

    name: str  # "agreements" or "money"
    values: dict[str, float]
    money: dict[str, dict[str, float]]  # every party's concluded and pledged sums, whatever is shaded

    def ranges(self) -> list[tuple[float, float]]:
        if self.name == "money":
            return money_bins(list(self.values.values()))
        return bins(int(max(self.values.values(), default=0)))

    def says(self, code: str, value: float) -> str:
        if self.name == "agreements":
            return f"{value:.0f} agreements"
        pledged = self.money.get(code, {}).get("pledged", 0)
        return f"{dollars(value)} concluded" + (f" ({dollars(pledged)} more planned or proposed)" if pledged else "")

    def label(self, low: float, high: float) -> str:
        if self.name == "money":
            return f"{dollars(low)}–{dollars(high)}"
        return f"{low:.0f}" + (f"–{high:.0f}" if high != low else "")


MEASURES = ("agreements", "money")


def svg(measure: Measure, names: dict[str, str], selected: str | None, link) -> str:
    """The world, each country with a value shaded by it, titled, and a link to its agreements."""
    box, countries = shapes()
    values = measure.values
    by_alpha2 = {alpha2()[code]: code for code in values if code in alpha2()}
    ranges = measure.ranges()
    selected2 = alpha2().get(selected or "")
    attribute = "data-usd" if measure.name == "money" else "data-count"
    parts = [f'<svg id="world" role="img" aria-labelledby="world-title" viewBox="{box}" class="world">',
             f'<title id="world-title">World map: {"concluded money" if measure.name == "money" else "agreements"} '
             'per country</title>']
    for code2, paths in countries:
        code = by_alpha2.get(code2)
        if code2 == selected2:
            parts.append(f'<g class="country selected" data-code="{escape(selected)}" fill="{SELECTED}"><title>'
                         f'{escape(names.get(selected, selected))}: the country selected</title>{paths}</g>')
        elif code:
            n = values[code]
            parts.append(f'<a href="{escape(link(code))}"><g class="country" data-code="{code}" '
                         f'{attribute}="{n:.0f}" fill="{shade(n, ranges)}"><title>{escape(names.get(code, code))}: '
                         f'{escape(measure.says(code, n))}</title>{paths}</g></a>')
        else:
            parts.append(f'<g class="country">{paths}</g>')
    parts.append("</svg>")
    return "".join(parts)


def register(app: FastAPI, page, SessionDep, ListingDep) -> None:
    @app.get("/map", include_in_schema=False)
    def map_page(request: Request, s: SessionDep, listing: ListingDep, measure: str = "agreements"):
        if measure not in MEASURES:
            raise HTTPException(400, f"measure must be one of {', '.join(MEASURES)}, not {measure!r}")
        query = replace(listing.query, limit=None, offset=0, with_=None, text=None)
        names = dict(s.execute(select(Country.code, Country.name)).all())
        me = query.country  # a code: the list filters read names and aliases ("Korea") as codes
        if me and me not in names:
            raise HTTPException(400, f"country {me!r} is not a country or bloc in the knowledge base")
        graph = network(s, query)
        if me:
            counts = {other: graph.edges[me, other]["weight"] for other in graph.neighbors(me)} if me in graph else {}
        else:
            counts = {code: data["agreements"] for code, data in graph.nodes(data=True)}
        money = money_by_party(s, replace(query, country=None) if me else query, partner_of=me)
        shaded = Measure(measure, {c: m["concluded"] for c, m in money.items() if m["concluded"]}
                         if measure == "money" else counts, money)
        filters = {k: v for k, v in listing.params.items() if k in FILTERS}
        here = {**filters, **({"country": me} if me else {})}

        def link(code: str) -> str:
            return "/agreements?" + urlencode({**filters, **({"country": me, "with": code} if me else
                                                              {"country": code})})

        def on_map(code: str) -> bool:
            return alpha2().get(code) in drawn()

        rows = ranked({c: n for c, n in counts.items()})
        return page(request, "map.html", svg=svg(shaded, names, me, link), me=me, names=names, filters=filters,
                    legend=[(shaded.label(low, high), SHADES[i]) for i, (low, high) in enumerate(shaded.ranges())],
                    on_map=[r for r in rows if on_map(r[0])], off_map=[r for r in rows if not on_map(r[0])],
                    money=money, measure=measure, link=link, countries=sorted(names.items(), key=lambda x: x[1]),
                    total=len(counts), measures={m: "/map?" + urlencode({**here, "measure": m}) for m in MEASURES})
