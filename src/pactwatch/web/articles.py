"""The article page: the text with every record extracted from it highlighted, each in its own colour."""

from dataclasses import dataclass

from markupsafe import Markup, escape

COLOURS = 6  # mark classes c0..c5 in style.css


@dataclass
class Record:
    key: str  # "report-12", "commitment-3"
    label: str
    spans: list[tuple[int, int]]
    colour: int = 0


def marked(text: str, records: list[Record]) -> Markup:
    """``text`` as HTML, each stretch that some records' evidence covers in one <mark> naming all of them
    (``data-records``), coloured as the first (underlined when there are more); nothing of the text is lost or
    repeated."""
    cuts = {0, len(text)}
    for record in records:
        for start, end in record.spans:
            if 0 <= start < end <= len(text):
                cuts.update((start, end))
    points = sorted(cuts)
    out = []
    for start, end in zip(points, points[1:]):
        covering = [r for r in records if any(s <= start and end <= e for s, e in r.spans)]
        piece = escape(text[start:end])
        if covering:
            out.append(Markup('<mark class="c{0}{1}" data-records="{2}" title="{3}">').format(
                covering[0].colour % COLOURS, " many" if len(covering) > 1 else "", " ".join(r.key for r in covering),
                "; ".join(r.label for r in covering)) + piece + Markup("</mark>"))
        else:
            out.append(piece)
    return Markup("").join(out).replace("\n", Markup("<br>\n"))


def records(data: dict, labels: dict[int, str]) -> list[Record]:
    """The article's agreement reports and commitment statements as records to highlight."""
    out = []
    for report in data["reports"]:
        agreement = labels.get(report["agreement"], "no agreement") if report["agreement"] else "no agreement"
        out.append(Record(f"report-{report['id']}", f"{report['kind'].replace('_', ' ')}: {agreement}",
                          [(e["start"], e["end"]) for e in report["evidence"]]))
    for statement in data["commitments"]:
        out.append(Record(f"commitment-{statement['id']}", f"commitment: {statement['action']}"
                          + (f" (due {statement['due']})" if statement["due"] else ""),
                          [(e["start"], e["end"]) for e in statement["evidence"]]))
    for i, record in enumerate(out):
        record.colour = i
    return out
