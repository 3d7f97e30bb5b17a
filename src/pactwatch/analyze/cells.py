"""Values as the text of one cell, the same in every table and CSV file pactwatch writes.

Lists are joined with :data:`LIST_SEPARATOR`; a sum of money reads "300000000 USD"; numbers are written raw
(no thousands separators, never ``3e+08``) unless a person reads them (``human=True``: "300.0M"); nothing
reads as a Python repr (``None`` is an empty cell).
"""

from __future__ import annotations

from decimal import Decimal

LIST_SEPARATOR = "; "


def number(value: int | float) -> str:
    """A number written out in full: 300000000, 0.25, never 3e+08 nor 300000000.0."""
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        if value.is_integer():
            return str(int(value))
        return format(Decimal(repr(value)), "f")
    return str(value)


def short_number(value: int | float) -> str:
    """A number as people skim it: 33.5M, 1.07B, 4,500 (999,600,000 is 1B, never "1e+03M")."""
    if abs(value) < 999_500:
        return f"{value:,.0f}" if abs(value) >= 1000 else number(value)
    for size, suffix in ((1e6, "M"), (1e9, "B"), (1e12, "T")):
        shown = float(f"{value / size:.3g}")  # rounded first: the scale is the one the rounded figure fits
        if abs(shown) < 1000 or suffix == "T":
            return f"{shown:g}{suffix}" if abs(shown) < 1e6 else f"{number(shown)}{suffix}"
    return number(value)


def cell(value, human: bool = False) -> str:
    """``value`` as the text of a cell: raw for programs, or skimmable for people when ``human``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return ("yes" if value else "no") if human else ("true" if value else "false")
    if isinstance(value, (int, float)):
        return short_number(value) if human else number(value)
    if isinstance(value, (list, tuple, set)):
        return LIST_SEPARATOR.join(cell(v, human) for v in value)  # empty items kept: lists side by side align
    if isinstance(value, dict):
        if "amount" in value and "currency" in value:
            return f"{cell(value['amount'], human)} {value['currency']}"
        return ", ".join(f"{k} {cell(v, human)}" for k, v in value.items() if v is not None)
    return str(value)
