#!/usr/bin/env python3
"""Build src/pactwatch/extract/data/countries.tsv, the country/bloc lexicon.

The lexicon lists the ways English news names a country or a bloc, for a
case-sensitive whole-word Aho-Corasick matcher.  Columns (tab-separated):

    code    ISO 3166-1 alpha-3 code, or a bloc short name (see BLOCS)
    type    name | alias | demonym | capital | prefix | bloc
    surface the text as news writes it ("South Korea", "U.S.", "Sino")
    flags   comma-separated, may be empty (see FLAGS)

How it is built:

1. Base rows (type ``name``) come from pycountry: ``name``, ``common_name``
   and ``official_name`` of every ISO country.  ISO's inverted forms are
   turned into running text ("Korea, Republic of" -> "Republic of Korea"),
   parenthesised qualifiers are dropped ("Falkland Islands (Malvinas)"),
   and a few ISO-only forms are dropped ("Taiwan, Province of China").
2. The hand-written supplement ``tools/countries_supplement.tsv`` (same four
   columns) is merged in: aliases, demonyms, capitals, prefixes and blocs.
   A supplement row replaces the base row with the same (code, surface), so
   it can retype a surface or add flags to it.
3. Spelling variants are added for every row: accents folded to ASCII
   ("Türkiye" -> "Turkiye"), straight apostrophes also written as the
   typographic one ("People's" -> "People’s"), and "Saint X" also as
   "St. X" / "St X".  A variant is skipped if its surface is already taken.
4. Checks: known types, codes and flags; one code per surface; no
   duplicate (code, surface).  Any failure aborts without writing.

The output is sorted by code, then type, then surface, and starts with one
``#`` comment line.  pycountry is needed only here, not by the package.

Usage:  python tools/build_countries.py [--supplement PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SUPPLEMENT = ROOT / "tools" / "countries_supplement.tsv"
DEFAULT_OUT = ROOT / "src" / "pactwatch" / "extract" / "data" / "countries.tsv"

TYPES = {"name", "alias", "demonym", "capital", "prefix", "bloc"}

# Bloc codes allowed besides ISO alpha-3.  Organisations such as the WTO are
# deliberately not blocs and are not listed.
BLOCS = {
    "EU", "ASEAN", "APEC", "OECD", "UN", "G7", "G20", "NATO", "CPTPP",
    "BRICS", "QUAD", "GCC", "AU",
}
# Informal groupings stand for their members (data/groupings.tsv); they are written like blocs.
_GROUPINGS = Path(__file__).resolve().parents[1] / "src" / "pactwatch" / "extract" / "data" / "groupings.tsv"
BLOCS |= {line.split("\t")[0] for line in _GROUPINGS.read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.startswith("#")}

FLAGS = {
    # The surface often means something other than the country/bloc
    # (Georgia the US state, Jordan the first name, Turkey the bird, "Indo"
    # in "Indo-Pacific", GCC the compiler, AU in "AU$").
    "ambiguous",
    # The surface names a part of the country.  It is listed so that a
    # longest-match finds it instead of a wrong shorter country inside it
    # ("New Mexico" vs "Mexico", "Northern Ireland" vs "Ireland").
    "subnational",
    # A trade pact that countries join ("the UK's bid to join the CPTPP"): joining it is an accession.
    "trade_pact",
}

# ISO names that need more than the generic clean-up.  None/[] drops them.
ISO_OVERRIDES: dict[str, list[str]] = {
    "Taiwan, Province of China": [],
    "Virgin Islands, British": ["British Virgin Islands"],
    "Virgin Islands, U.S.": ["U.S. Virgin Islands"],
    "Cocos (Keeling) Islands": ["Cocos (Keeling) Islands", "Cocos Islands"],
}

# ISO names whose comma is part of the name, not an inversion.
ISO_KEEP_COMMA = {
    "Bonaire, Sint Eustatius and Saba",
    "Saint Helena, Ascension and Tristan da Cunha",
}

APOSTROPHE = "'"
RIGHT_QUOTE = "\u2019"


def clean_iso_name(raw: str) -> list[str]:
    """Turn one pycountry name into the forms news would write."""
    raw = raw.strip()
    if raw in ISO_OVERRIDES:
        return list(ISO_OVERRIDES[raw])
    name = re.sub(r"\s*\([^)]*\)", "", raw).strip()
    if "," in name and name not in ISO_KEEP_COMMA:
        head, _, tail = name.partition(",")
        tail = tail.strip()
        if re.search(r"\bof( the)?$", tail, flags=re.IGNORECASE):
            name = f"{tail} {head.strip()}"
        else:
            raise SystemExit(f"build_countries: unhandled ISO name {raw!r}; add it to ISO_OVERRIDES")
    if name.lower().startswith("the "):
        name = name[4:]
    return [name] if name else []


def base_rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for country in pycountry.countries:
        seen = set()
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if not value:
                continue
            for surface in clean_iso_name(value):
                if surface not in seen:
                    seen.add(surface)
                    rows.append((country.alpha_3, "name", surface, ""))
    return rows


def read_supplement(path: Path) -> list[tuple[str, str, str, str]]:
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) == 3:
            parts.append("")
        if len(parts) != 4:
            raise SystemExit(f"{path}:{lineno}: expected 4 tab-separated columns, got {len(parts)}")
        code, typ, surface, flags = (p.strip() for p in parts)
        rows.append((code, typ, surface, normalise_flags(flags)))
    return rows


def normalise_flags(flags: str) -> str:
    return ",".join(sorted({f.strip() for f in flags.split(",") if f.strip()}))


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def variants(surface: str, typ: str) -> list[str]:
    """Spelling variants of one surface (not including itself)."""
    found = {surface}
    frontier = [surface]
    while frontier:
        s = frontier.pop()
        cands = [ascii_fold(s)]
        if APOSTROPHE in s:
            cands.append(s.replace(APOSTROPHE, RIGHT_QUOTE))
        if typ == "name" and s.startswith("Saint "):
            cands += ["St. " + s[6:], "St " + s[6:]]
        for c in cands:
            if c and c not in found:
                found.add(c)
                frontier.append(c)
    found.discard(surface)
    return sorted(found)


def valid_code(code: str) -> bool:
    return code in BLOCS or (re.fullmatch(r"[A-Z]{3}", code) is not None
                             and pycountry.countries.get(alpha_3=code) is not None)


def build(supplement: Path) -> list[tuple[str, str, str, str]]:
    errors: list[str] = []
    merged: dict[tuple[str, str], tuple[str, str, str, str]] = {}
    for row in base_rows():
        merged.setdefault((row[0], row[2]), row)

    supp_seen: set[tuple[str, str]] = set()
    for row in read_supplement(supplement):
        code, typ, surface, flags = row
        key = (code, surface)
        if key in supp_seen:
            errors.append(f"supplement lists {code} {surface!r} twice")
        supp_seen.add(key)
        merged[key] = row

    rows = list(merged.values())
    # Spelling variants; an existing surface always wins over a variant.
    taken = {r[2] for r in rows}
    for code, typ, surface, flags in sorted(rows):
        for v in variants(surface, typ):
            if v not in taken:
                taken.add(v)
                rows.append((code, typ, v, flags))

    by_surface: dict[str, set[str]] = {}
    for code, typ, surface, flags in rows:
        if not valid_code(code):
            errors.append(f"unknown code {code!r} for {surface!r}")
        if typ not in TYPES:
            errors.append(f"unknown type {typ!r} for {surface!r}")
        if typ == "bloc" and code not in BLOCS:
            errors.append(f"type bloc on non-bloc code {code} ({surface!r})")
        for f in filter(None, flags.split(",")):
            if f not in FLAGS:
                errors.append(f"unknown flag {f!r} for {surface!r}")
        if not surface or surface != surface.strip() or "\t" in surface or "\n" in surface:
            errors.append(f"bad surface {surface!r} ({code})")
        by_surface.setdefault(surface, set()).add(code)
    for surface, codes in sorted(by_surface.items()):
        if len(codes) > 1:
            errors.append(f"surface {surface!r} maps to several codes: {sorted(codes)}")
    if errors:
        raise SystemExit("build_countries: " + "\n  ".join(["errors:"] + errors))
    return sorted(rows, key=lambda r: (r[0], r[1], r[2]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--supplement", type=Path, default=DEFAULT_SUPPLEMENT)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)

    rows = build(args.supplement)
    header = (
        f"# Built by tools/build_countries.py from pycountry {pycountry.__version__} ISO 3166-1 names"
        " + tools/countries_supplement.tsv (do not edit by hand; edit the supplement and rebuild)."
        " Columns (tab-separated): code = ISO alpha-3 or bloc short name;"
        " type = name|alias|demonym|capital|prefix|bloc;"
        " surface = case-sensitive text as news writes it;"
        " flags = comma-separated, may be empty"
        " (ambiguous: often not this country/bloc; subnational: part of the country, listed to beat a shorter wrong match)."
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(header + "\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    counts: dict[str, int] = {}
    for _, typ, _, _ in rows:
        counts[typ] = counts.get(typ, 0) + 1
    print(f"wrote {len(rows)} rows to {args.out}: "
          + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
