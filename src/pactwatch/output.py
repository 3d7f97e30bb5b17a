"""Writers for extraction results: JSON Lines, a JSON array, or a table for people."""

from __future__ import annotations

import json
from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .model import Extraction

FORMATS = ("jsonl", "json", "table")


class Writer:
    """Writes results one at a time, in input order, so output streams."""

    def __init__(self, handle: TextIO, fmt: str):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.handle, self.fmt, self.count = handle, fmt, 0
        self.console = Console(file=handle, width=120, highlight=False, soft_wrap=False) if fmt == "table" else None

    def write(self, result: Extraction) -> None:
        if self.fmt == "jsonl":
            self.handle.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            self.handle.write(("[\n" if self.count == 0 else ",\n") + json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            render_table(self.console, result)
        self.count += 1
        self.handle.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.handle.write("[]\n" if self.count == 0 else "\n]\n")
        self.handle.flush()


def _money(amounts) -> str:
    return ", ".join(f"{a.amount:,.0f} {a.currency}" for a in amounts)


def render_table(console: Console, result: Extraction) -> None:
    title = f"[bold]{result.id}[/bold]"
    if result.published:
        title += f"  published {result.published}"
    if result.countries:
        title += f"  countries {' '.join(result.countries)}"
    console.rule(title)
    if result.agreements:
        table = Table(title="Agreements", show_lines=True, expand=True)
        for column in ("kind", "parties", "status", "date", "qty", "money", "sectors"):
            table.add_column(column, overflow="fold")
        for a in result.agreements:
            table.add_row(a.kind, "-".join(a.countries), a.status, a.date or "", str(a.quantity or ""),
                          _money(a.amounts), ", ".join(a.sectors))
            evidence = a.evidence[0].text if a.evidence else ""
            label = f"{a.name}: " if a.name else ""
            table.add_row(Text(f"  {label}“{evidence}”", style="dim"), "", "", "", "", "", "", end_section=True)
        console.print(table)
    else:
        console.print("  no agreements found")
    if result.commitments:
        table = Table(title="Commitments", expand=True)
        for column in ("due", "who", "what"):
            table.add_column(column, overflow="fold")
        for c in result.commitments:
            table.add_row(c.due or "", "-".join(c.countries), c.action)
        console.print(table)
    if result.amounts:
        seen = []
        for a in result.amounts:
            label = f"{a['text']} ({a['amount']:,} {a['currency']})"
            if label not in seen:
                seen.append(label)
        console.print("  [bold]Money:[/bold] " + "; ".join(seen))
    if result.people:
        console.print("  [bold]People:[/bold] " + "; ".join(
            f"{p.name} ({', '.join(x for x in (p.role, p.country) if x)})" for p in result.people))
    if result.organizations:
        console.print("  [bold]Organizations:[/bold] " + "; ".join(
            f"{o.name}" + (f" [{o.acronym}]" if o.acronym else "") + (f" ({o.country})" if o.country else "")
            for o in result.organizations))
    if result.rejected:
        console.print("  [bold]Left out:[/bold]")
        for r in result.rejected:
            console.print(Text(f"    “{r['text']}” at {r['start']}: {r['why']}", style="dim"))
    console.print()
