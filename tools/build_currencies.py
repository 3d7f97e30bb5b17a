#!/usr/bin/env python3
"""Build src/pactwatch/extract/data/currencies.tsv: the world's currencies as English news writes them.

money.py reads it beside its own short table of the common forms ("US$", "euros", "yen"), which win
over these rows. Columns (tab-separated):

    form    name | unit | symbol | code
    surface the text after or before the figure ("Kenyan shillings", "naira", "Ksh", "KES")
    code    ISO 4217 code
    vague   1 when the surface is also an everyday word or acronym ("real", "mark", "ALL"): such a sum
            needs a scale word or a comma-grouped figure ("5 billion real")

How it is built, from CLDR (the Unicode Common Locale Data Repository, through babel):

1. The currencies in use today: legal tender of some territory (``get_territory_currencies``).
2. ``name``: the English display name and its singular and plural forms ("Kenyan Shilling",
   "Kenyan shillings"), matched case-insensitively.
3. ``unit``: the last word of those names ("naira", "cedis") when it belongs to one currency only and is
   no everyday word; "shillings", "francs" and "dinars" belong to several and are left out. Every unit
   row is vague.
4. ``symbol``: the local symbol that the English locale of a territory using it writes ("Ksh" in
   en_KE, "₦" in en_NG), when it has two characters or more, or is not ASCII, and stands for one
   currency only; an ASCII symbol of one or two letters ("Le") is vague.
5. ``code``: the ISO code itself; always vague.

babel is needed only here, not by the package. Usage: python tools/build_currencies.py [--out PATH]
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from babel import Locale, localedata
from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies

OUT = Path(__file__).resolve().parents[1] / "src" / "pactwatch" / "extract" / "data" / "currencies.tsv"
# English words and acronyms that are also ISO codes or unit names: never a currency without a scale word
EVERYDAY = {"all", "cup", "top", "mop", "bam", "bob", "gel", "mad", "pen", "sos", "amd", "real", "mark", "lev",
            "som", "pula", "kina", "tala", "vatu", "leone", "dram", "lari", "kip", "rial", "won", "dong", "rand",
            "pound", "pounds", "peso", "pesos", "franc", "francs", "dollar", "dollars", "lira", "loti", "lek",
            "gold", "sol", "soles", "marks", "reals", "florin", "guilder", "guilders", "escudo", "escudos"}


def build() -> list[tuple[str, str, str, int]]:
    english = Locale("en")
    territories: dict[str, set[str]] = defaultdict(set)
    for territory in english.territories:
        if not territory.isalpha():
            continue
        for code in get_territory_currencies(territory, tender=True):
            territories[code].add(territory)
    rows: dict[tuple[str, str], tuple[str, str, str, int]] = {}
    units: dict[str, set[str]] = defaultdict(set)
    symbols: dict[str, set[str]] = defaultdict(set)
    locales = set(localedata.locale_identifiers())
    for code in sorted(territories):
        names = {english.currencies.get(code), get_currency_name(code, count=1, locale="en"),
                 get_currency_name(code, count=2, locale="en")}
        for name in sorted(n for n in names if n and n != code):
            rows[("name", name.lower())] = ("name", name.lower(), code, 0)
            units[name.lower().split()[-1]].add(code)
        rows[("code", code)] = ("code", code, code, 1)
        for territory in territories[code]:
            if f"en_{territory}" in locales:
                symbol = get_currency_symbol(code, f"en_{territory}")
                if symbol != code and (len(symbol) >= 2 or not symbol.isascii()):
                    symbols[symbol].add(code)
    for unit, codes in units.items():
        if len(codes) == 1 and len(unit) > 2 and unit not in EVERYDAY:
            rows.setdefault(("unit", unit), ("unit", unit, next(iter(codes)), 1))
    for symbol, codes in symbols.items():
        if len(codes) == 1 and not symbol.isalpha() or len(codes) == 1 and symbol.lower() not in EVERYDAY:
            rows[("symbol", symbol)] = ("symbol", symbol, next(iter(codes)), 0)
    out = []
    for form, surface, code, vague in rows.values():
        short = form == "symbol" and surface.isascii() and len(surface) <= 2  # "Le", "MK": a figure must be big
        out.append((form, surface, code, 1 if vague or short or surface.lower() in EVERYDAY else 0))
    return sorted(out, key=lambda r: (r[2], r[0], r[1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    rows = build()
    lines = ["# form\tsurface\tcode\tvague: built by tools/build_currencies.py from CLDR (babel); do not edit"]
    lines += ["\t".join(map(str, row)) for row in rows]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(rows)} rows")


if __name__ == "__main__":
    main()
