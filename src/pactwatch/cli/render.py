"""Printing query results as a table for people, or JSON or CSV for programs.

Tables take the terminal's width (``COLUMNS`` when not on a terminal): short columns (ids, dates, statuses,
counts, sums) stay whole on one line; words wrap inside their column; when the columns cannot all fit with
room to read the long texts (names, actions, titles), each row is printed as a card instead: its short
values on one line, then each longer one on its own indented lines. Cells are text as
:func:`pactwatch.analyze.cells.cell` writes it: CSV with raw numbers, tables with skimmable ones, lists joined
the same way in both.
"""

from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from typing import TextIO

from rich import box
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ..analyze.cells import cell

# columns whose values are short and read whole: never wrapped
WHOLE = frozenset({"id", "date", "published", "due", "status", "usd", "reports", "agreements", "first", "latest",
                   "partner", "article", "report", "agreement", "fulfilled_on", "count", "merge_score", "key",
                   "group", "quantity", "usd_concluded", "usd_planned"})
NUMBERS = frozenset({"id", "usd", "reports", "agreements", "article", "report", "agreement", "count",
                     "merge_score", "quantity", "usd_concluded", "usd_planned"})
TEXTS = frozenset({"name", "action", "title", "snippet", "evidence", "sources"})  # long ones need room to be read
LONG_WIDTH = 24
LABELLED = NUMBERS | {"first", "latest", "due", "published", "fulfilled_on", "sectors"}  # named on a card
WORDS = frozenset({"kind", "sectors"})  # codes people read as words: joint_statement -> joint statement


class RowFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def _shown(row: dict, column: str) -> str:
    text = cell(row.get(column), human=True)
    return text.replace("_", " ") if column in WORDS else text


def _styled(row: dict, column: str, text: str, marks: dict[str, str]) -> Text:
    """The cell as rich Text (never markup), its marked spans (``marks``: column -> key of the spans) bold."""
    styled = Text(text)
    for start, end in row.get(marks.get(column, ""), None) or []:
        styled.stylize("bold reverse", start, end)
    return styled


def print_rows(rows: list[dict], columns: list[str], fmt: RowFormat, title: str | None = None,
               out: TextIO | None = None, marks: dict[str, str] | None = None) -> None:
    """Rows as JSON, CSV or a table; ``marks`` names, for a column, the row key whose [start, end] spans to
    show bold in a table (search hits)."""
    out = out or sys.stdout
    marks = marks or {}
    if fmt is RowFormat.json:
        out.write(json.dumps(rows, ensure_ascii=False, indent=1, default=str) + "\n")
    elif fmt is RowFormat.csv:
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(row.get(c)) for c in columns])
    else:
        console = Console(file=out, highlight=False)
        if title:
            console.print(Text(title, style="bold"), overflow="fold")
        if not rows:
            console.print("  (nothing found)")
            return
        cells = [[_shown(row, c) for c in columns] for row in rows]
        long = {c for i, c in enumerate(columns) if c in TEXTS and max(len(r[i]) for r in cells) > LONG_WIDTH}
        needs = _needs(cells, columns, long)
        spare = console.width - sum(needs) - (len(columns) - 1)
        styled = [[_styled(row, c, text, marks) for c, text in zip(columns, texts)] for row, texts in zip(rows, cells)]
        if spare >= 0:
            console.print(_table(styled, columns, _widths(cells, needs, spare)))
        else:
            _cards(console, styled, columns, long)


def _needs(cells: list[list[str]], columns: list[str], long: set[str]) -> list[int]:
    """The fewest characters each column takes: short columns whole, words unbroken, long texts given room."""
    out = []
    for i, column in enumerate(columns):
        values = [row[i] for row in cells]
        if column in WHOLE:
            need = max(map(len, values))
        else:
            need = max((len(word) for value in values for word in value.split()), default=0)
            need = max(need, LONG_WIDTH if column in long else 0)
        out.append(max(need, len(column)))
    return out


def _widths(cells: list[list[str]], needs: list[int], spare: int) -> list[int]:
    """Each column's width: what it needs, and the spare characters shared by what the wrapped ones want more."""
    wants = [max(0, max(len(row[i]) for row in cells) - need) for i, need in enumerate(needs)]
    total = sum(wants)
    if total <= spare:
        return [need + want for need, want in zip(needs, wants)]
    return [need + want * spare // total for need, want in zip(needs, wants)]


def _table(cells: list[list[Text]], columns: list[str], widths: list[int]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 0))
    for column, width in zip(columns, widths):
        if column in WHOLE:
            table.add_column(column, width=width, no_wrap=True, justify="right" if column in NUMBERS else "left")
        else:
            table.add_column(column, width=width, overflow="fold")
    for row in cells:
        table.add_row(*row)
    return table


def _cards(console: Console, cells: list[list[Text]], columns: list[str], long: set[str]) -> None:
    """Each row as a card: the short values on one line (numbers named), then each long value indented."""
    for row in cells:
        head = []
        for column, value in zip(columns, row):
            if value.plain and column not in long:
                named = column != columns[0] and column in LABELLED
                head.append(Text.assemble(f"{column} " if named else "", value))
        console.print(Text(" · ").join(head), style="bold", overflow="fold")
        for column, value in zip(columns, row):
            if value.plain and column in long:
                console.print(Padding(Text.assemble(f"{column}: ", value, overflow="fold"), (0, 0, 0, 2), expand=False))
