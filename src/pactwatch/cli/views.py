"""Pages of text for one thing: an agreement with its reports (``show``), an article with its records (``open``).

Everything read from the database is printed as text, never as markup ("[hydrogen]" stays as written), and
wraps at the terminal's width with its indentation kept.
"""

from __future__ import annotations

from rich.console import Console
from rich.padding import Padding
from rich.text import Text

from ..analyze.cells import cell


def say(console: Console, text: str | Text, indent: int = 0, style: str = "") -> None:
    """One paragraph, wrapped at the terminal's width with every line indented by ``indent``."""
    body = text if isinstance(text, Text) else Text(text, style=style)
    body.overflow = "fold"
    console.print(Padding(body, (0, 0, 0, indent), expand=False))


def _merge_reason(merge: dict) -> str:
    if merge.get("joined"):
        if merge.get("why"):
            reasons = "; ".join(f"{field} {weight:+g} {why}" for field, weight, why in merge["why"])
        else:
            reasons = "; ".join(f"{k} {cell(v, human=True)}" for k, v in merge.items()
                                if k in ("parties", "kind", "date", "name", "sectors", "amounts"))
        return f"joined with score {merge.get('score')} ≥ {merge.get('threshold')}: {reasons}"
    if merge.get("best_candidate"):
        best = merge["best_candidate"]
        return (f"first report of this agreement: the closest, agreement {best['agreement']}, scored "
                f"{best.get('score')} < {merge.get('threshold')}")
    return "first report of this agreement"


def print_agreement(console: Console, data: dict) -> None:
    """``pactwatch show``: the agreement, where its reports disagree, each report with sources and evidence."""
    console.rule(Text(f"Agreement {data['id']}: {cell(data['kind'])} {'-'.join(data['countries'])}", style="bold"))
    for key in ("name", "status", "date", "quantity", "sectors", "amounts", "usd", "reports"):
        say(console, f"{key:<9} {cell(data[key], human=True)}", 2)
    for field, values in data["conflicts"].items():
        say(console, Text.assemble((f"reports disagree on {field}: ", "yellow"), "; ".join(
            f"{v['value']} (report {', '.join(map(str, v['reports']))})" for v in values)), 2)
    for report in data["reports_detail"]:
        console.print()
        say(console, Text.assemble((f"report {report['report']}", "bold"), f" from article {report['article']} "
                                   f"({report['published'] or 'undated'}): {report['title'] or ''}"), 2)
        for source in report["sources"]:
            where = " ".join(p for p in (source["outlet"], source["url"] or source["doc_id"]) if p)
            say(console, f"source: {where} ({source['relation']})", 4)
        facts = [cell(report[k], human=True) for k in ("kind", "status", "date", "amounts")]
        say(console, " ".join(f for f in facts if f), 4)
        say(console, _merge_reason(report["merge"] or {}), 4, style="dim")
        for evidence in report["evidence"]:
            say(console, f"“{evidence['text']}”", 4)
    for commitment in data["commitments"]:
        state = f"fulfilled {commitment['fulfilled_on']}" if commitment["fulfilled_on"] else "open"
        console.print()
        say(console, f"commitment {commitment['id']} due {commitment['due']} ({state}): {commitment['action']}", 2)


MARK_STYLES = {"agreement": "bold yellow", "commitment": "bold cyan"}


def print_article(console: Console, data: dict) -> None:
    """``pactwatch open``: the article's text with each evidence span between ⟦TAGS and ⟧, then what each tag is."""
    console.rule(Text(f"Article {data['id']}", style="bold"))
    say(console, data["title"] or "(no title)", style="bold")
    say(console, f"published {data['published'] or 'undated'}")
    for source in data["sources"]:
        where = " ".join(p for p in (source["outlet"], source["url"] or source["doc_id"]) if p)
        say(console, f"source: {where} ({source['relation']})")
    console.print()
    for paragraph in _marked_text(data):
        say(console, paragraph)
        console.print()
    console.rule(Text("records", style="bold"))
    seen = set()
    for mark in sorted(data["marks"], key=lambda m: (m["tag"][0], int(m["tag"][1:]))):
        if mark["tag"] not in seen:
            seen.add(mark["tag"])
            say(console, Text.assemble((mark["tag"], MARK_STYLES[mark["record"]]), f" {mark['label']}"))


def _marked_text(data: dict) -> list[Text]:
    """The text as paragraphs, each span of evidence opened by ⟦ and its records' tags and closed by ⟧."""
    spans: dict[tuple[int, int], list[dict]] = {}
    for mark in data["marks"]:
        spans.setdefault((mark["start"], mark["end"]), []).append(mark)
    events = []  # (offset, order, text, style): closings before openings at one offset
    for (start, end), marks in spans.items():
        record = marks[0]["record"]
        events.append((start, 1, "⟦" + " ".join(m["tag"] for m in marks) + " ", MARK_STYLES[record]))
        events.append((end, 0, "⟧", MARK_STYLES[record]))
    text, out, at = data["text"], Text(), 0
    for offset, _, tag, style in sorted(events, key=lambda e: (e[0], e[1])):
        out.append(text[at:offset])
        out.append(tag, style=style)
        at = offset
    out.append(text[at:])
    return [paragraph for paragraph in out.split("\n") if paragraph.plain.strip()]
