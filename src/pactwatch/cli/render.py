"""Printing query results as a table for people, or JSON or CSV for programs."""

from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from typing import TextIO

from rich.console import Console
from rich.table import Table


class RowFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_cell(v) if not isinstance(v, dict) else " ".join(str(x) for x in v.values()) for v in value)
    if isinstance(value, float):
        return f"{value:,.0f}"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10_000:
        return f"{value:,}"
    return str(value)


def print_rows(rows: list[dict], columns: list[str], fmt: RowFormat, title: str | None = None,
               out: TextIO | None = None) -> None:
    out = out or sys.stdout
    if fmt is RowFormat.json:
        out.write(json.dumps(rows, ensure_ascii=False, indent=1, default=str) + "\n")
    elif fmt is RowFormat.csv:
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
    else:
        console = Console(file=out, highlight=False, width=max(100, Console(file=out).width))
        table = Table(title=title, expand=False, show_lines=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*[_cell(row.get(c)) for c in columns])
        console.print(table)
        if not rows:
            console.print("  (nothing found)")
