"""Charts as inline SVG: bars and the country network (the timeline: timeline.py). Accessible (titles, roles)
and offline."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

import networkx as nx

PALETTE = ["#2563eb", "#059669", "#d97706", "#dc2626", "#7c3aed", "#0891b2", "#65a30d", "#db2777", "#475569"]


def dollars(value: float) -> str:
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if value >= scale:
            return f"${value / scale:.1f}{suffix}"
    return f"${value:,.0f}"


def bars(items: list[tuple[str, float]], title: str, money: bool = False, width: int = 520) -> str:
    """A horizontal bar chart; each bar is labelled with its value."""
    if not items:
        return f'<p class="empty">No data for {escape(title.lower())}.</p>'
    top = max(v for _, v in items) or 1
    row, label_w = 26, 130
    height = row * len(items) + 8
    parts = [f'<svg role="img" aria-labelledby="t-{abs(hash(title))}" viewBox="0 0 {width} {height}" class="chart">',
             f'<title id="t-{abs(hash(title))}">{escape(title)}</title>']
    for i, (label, value) in enumerate(items):
        y = i * row + 4
        w = max(2, (width - label_w - 90) * value / top)
        shown = dollars(value) if money else f"{value:,.0f}"
        parts.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end" class="label">{escape(label)}</text>'
                     f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{row - 8}" data-label="{escape(label)}" '
                     f'data-value="{value:.0f}" '
                     f'fill="{PALETTE[i % len(PALETTE)]}"><title>{escape(label)}: {shown}</title></rect>'
                     f'<text x="{label_w + w + 6:.1f}" y="{y + 15}" class="value">{shown}</text>')
    parts.append("</svg>")
    return "".join(parts)


def network_svg(graph: nx.Graph, link: Callable[[str], str], size: int = 640) -> str:
    """Countries as circles, agreements as lines as thick as their count; a line links to its agreements."""
    if graph.number_of_nodes() == 0:
        return '<p class="empty">No agreements match these filters.</p>'
    positions = nx.spring_layout(graph, seed=7, weight="weight", k=1.4 / max(1, graph.number_of_nodes()) ** 0.5)
    margin = 50

    def at(node):
        x, y = positions[node]
        return margin + (x + 1) / 2 * (size - 2 * margin), margin + (y + 1) / 2 * (size - 2 * margin)

    top = max((d["weight"] for *_, d in graph.edges(data=True)), default=1)
    parts = [f'<svg role="img" aria-labelledby="net-title" viewBox="0 0 {size} {size}" class="network">',
             '<title id="net-title">Network of countries linked by agreements</title>']
    for a, b, data in sorted(graph.edges(data=True), key=lambda e: e[2]["weight"]):
        (x1, y1), (x2, y2) = at(a), at(b)
        pair = "-".join(sorted((a, b)))
        width = 1.5 + 7 * data["weight"] / top
        parts.append(f'<a href="{escape(link(pair))}" class="edge" aria-label="{pair}: '
                     f'{data["weight"]} agreements"><line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                     f'stroke-width="{width:.1f}" data-pair="{pair}"><title>{pair}: {data["weight"]} agreements'
                     f'</title></line></a>')
    most = max(graph.nodes[n]["agreements"] for n in graph.nodes) or 1
    for node in graph.nodes:
        x, y = at(node)
        r = 9 + 14 * graph.nodes[node]["agreements"] / most
        parts.append(f'<a href="/countries/{escape(node)}" class="node"><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}">'
                     f'<title>{escape(graph.nodes[node].get("label", node))}: {graph.nodes[node]["agreements"]} '
                     f'agreements</title></circle><text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle">'
                     f'{escape(node)}</text></a>')
    parts.append("</svg>")
    return "".join(parts)
