"""The timeline page: a country's agreements by date, one lane per kind, and its commitments' deadlines in a
lane of their own on the same axis. The default period leaves out lone early or late records (a 1990 treaty
would squeeze twenty busy months into a sliver) and says what it left out; a period selector zooms in."""

from collections import Counter
from dataclasses import dataclass
from html import escape
from urllib.parse import urlencode

from fastapi import HTTPException

from ..analyze import queries
from .charts import PALETTE

GAP = 5  # years between a lone record and the rest that make it an outlier
LONE = 0.1  # outliers are at most this share of the records
WIDTH, LEFT, RIGHT = 760, 130, 30
TABLE_ROWS = 200  # agreements listed under the timeline (the latest; the list page has them all)
DOTS = 300  # past this many agreements in a period, each lane shows a circle per month sized by its count


def _year(value: str, end: bool = False) -> float:
    """A date (YYYY, YYYY-MM or YYYY-MM-DD) as a decimal year: its start, or with ``end`` its end."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return parts[0] + (1 if end else 0)
    month = parts[0] + (parts[1] - 1) / 12
    if len(parts) == 2:
        return month + (1 / 12 if end else 0)
    return month + (parts[2] - 1) / 365 + (1 / 365 if end else 0)


def default_period(dates: list[str]) -> tuple[str, str] | None:
    """The years that hold the records, less lone ones at either end: a year at least ``GAP`` years from
    the next, with no more than ``LONE`` of the records beyond it, is left out."""
    years = sorted(int(d[:4]) for d in dates)
    if not years:
        return None
    first, last, most = 0, len(years) - 1, LONE * len(years)
    for i in range(1, len(years)):
        if i <= most and years[i] - years[i - 1] >= GAP:
            first = i
    for i in range(len(years) - 2, -1, -1):
        if len(years) - 1 - i <= most and years[i + 1] - years[i] >= GAP:
            last = i
    return str(years[first]), str(years[last])


@dataclass
class Period:
    start: str  # YYYY or YYYY-MM...
    end: str

    def holds(self, value: str) -> bool:
        return value[:len(self.start)] >= self.start and value[:len(self.end)] <= self.end


def checked_period(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """``from`` and ``to`` as the agreement filters take dates; a bad one is a 400 naming it."""
    try:
        queries.checked(queries.AgreementQuery(since=start or None, until=end or None))
    except queries.QueryError as error:
        field = {"since": "from", "until": "to"}[error.field]
        raise HTTPException(400, f"{field} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "
                                 f"{start if field == 'from' else end!r}") from None
    return start or None, end or None


def _ticks(lo: float, hi: float) -> list[tuple[float, str]]:
    if hi - lo <= 2.01:  # months, every quarter
        out, month = [], int(lo * 12)
        while month / 12 <= hi + 1e-9:
            if month % 3 == 0 and month / 12 >= lo - 1e-9:
                out.append((month / 12, f"{month // 12}-{month % 12 + 1:02d}"))
            month += 1
        return out
    step = max(1, round((hi - lo) / 8))
    return [(float(y), str(y)) for y in range(int(lo), int(hi) + 1, step)]


@dataclass(frozen=True)
class Layout:
    """Where a drawing puts things: the wide one names each lane at its left; the narrow one (a phone's width,
    drawn near 1:1 so its words keep their size) names each lane above it and uses fewer ticks."""

    name: str  # the svg's class: "timeline" or "timeline-narrow"
    width: int
    left: int
    right: int
    lane: int  # px between lanes
    ticks: int  # at most this many axis labels
    names_above: bool


WIDE = Layout("timeline", WIDTH, LEFT, RIGHT, 24, 12, False)
NARROW = Layout("timeline-narrow", 360, 10, 16, 40, 5, True)


def svg(rows: list[dict], deadlines: list[dict], period: Period, link: str = "/agreements",
        layout: Layout = WIDE) -> str:
    """Agreements as dots in one lane per kind, deadlines as diamonds in the last lane, on one axis. With more
    than ``DOTS`` agreements, a lane has one circle a month, as large as its count, linking to that month's
    agreements of the kind (``link``: the list of the selection)."""
    lo, hi = _year(period.start), _year(period.end, end=True)
    span = max(hi - lo, 1 / 12)
    kinds = sorted({r["kind"] for r in rows})
    lanes = kinds + ["deadlines"]
    top = 30 if layout.names_above else 24
    height = top + 36 + layout.lane * len(lanes)
    axis_y = height - 32
    left, right, width = layout.left, layout.right, layout.width
    # the narrow drawing's own classes, so that a page (and its tests) can tell the two apart
    n = "-n" if layout.names_above else ""

    def x(value: str) -> float:
        middle = (_year(value) + _year(value, end=True)) / 2
        return left + (width - left - right) * (middle - lo) / span

    parts = [f'<svg role="img" aria-labelledby="tl-title{n}" viewBox="0 0 {width} {height}" class="{layout.name}">',
             f'<title id="tl-title{n}">Agreements and commitment deadlines, {escape(period.start)} to '
             f'{escape(period.end)}</title>',
             f'<line x1="{left}" y1="{axis_y}" x2="{width - right}" y2="{axis_y}" class="axis{n}"/>']
    ticks = _ticks(lo, hi)
    ticks = ticks[::-(-len(ticks) // layout.ticks)] if ticks else ticks
    for at, label in ticks:
        xx = left + (width - left - right) * (at - lo) / span
        anchor = "start" if xx - left < 20 and n else "end" if width - right - xx < 20 and n else "middle"
        parts.append(f'<line x1="{xx:.1f}" y1="12" x2="{xx:.1f}" y2="{axis_y}" class="grid"/>'
                     f'<text x="{xx:.1f}" y="{height - 12}" text-anchor="{anchor}" class="label tick{n}">'
                     f'{label}</text>')
    for i, lane in enumerate(lanes):
        y = top + layout.lane * i
        name = escape(lane.replace("_", " "))
        if layout.names_above:
            parts.append(f'<text x="{left}" y="{y - 11}" class="label lane{n}">{name}</text>')
        else:
            parts.append(f'<text x="{left - 10}" y="{y + 4}" text-anchor="end" class="label lane">{name}</text>')
        if lane == "deadlines":
            for d in deadlines:
                xx = x(d["due"])
                target = f'/agreements/{d["agreement"]}' if d["agreement"] else "/commitments"
                parts.append(f'<a href="{target}"><path class="{"due" if n else "deadline"}" '
                             f'data-due="{escape(d["due"])}" d="M{xx:.1f} {y - 7} l7 7 l-7 7 l-7 -7 z"><title>due '
                             f'{escape(d["due"])} ({escape(d["status"])}): {escape("-".join(d["countries"]))} '
                             f'{escape(d["action"][:120])}</title></path></a>')
            continue
        if len(rows) > DOTS:
            months = Counter(r["date"][:7] for r in rows if r["kind"] == lane)
            for month, count in sorted(months.items()):
                href = f"{link}{'&' if '?' in link else '?'}" + urlencode({"kind": lane, "since": month,
                                                                           "until": month})
                parts.append(f'<a href="{escape(href)}"><circle data-count="{count}" cx="{x(month):.1f}" cy="{y}" '
                             f'r="{min(11, 2.5 + count ** 0.5):.1f}" fill="{PALETTE[i % len(PALETTE)]}" '
                             f'fill-opacity="0.7"><title>{escape(month)}: {count} {escape(lane)} agreements'
                             f'</title></circle></a>')
            continue
        for r in (r for r in rows if r["kind"] == lane):
            parts.append(f'<a href="/agreements/{r["id"]}"><circle data-id="{r["id"]}" cx="{x(r["date"]):.1f}" '
                         f'cy="{y}" r="6" fill="{PALETTE[i % len(PALETTE)]}"><title>{escape(r["date"])}: '
                         f'{escape(r.get("label") or r["name"] or lane)} ({"-".join(r["countries"])})</title>'
                         f'</circle></a>')
    parts.append("</svg>")
    return "".join(parts)
