"""Firms' own styling of their names, as news copies it from their releases.

Many firms write a word of their name in capitals ("Hyundai MOBIS", "SK ON", "LG CHEM", "Tata ELXSI"), and news
copies that styling as often as it writes the plain form the gazetteer holds ("Hyundai Mobis"). The gazetteer's
matcher is case-sensitive, so each company's name and alias also stands in the form whose words after the first are
all capitals; the styled form is the same firm, and the plain name is its name.
"""

from __future__ import annotations


def capital_tail(surface: str) -> str | None:
    """The styled form of a company's name ("Hyundai Mobis" -> "Hyundai MOBIS"), or None when it reads the same or
    has no lower-case word after its first (a one-word name, "Samsung SDS")."""
    words = surface.split(" ")
    if len(words) < 2 or len(words) > 4:
        return None
    tail = [w.upper() if w[:1].isupper() and w.isalpha() and not w.isupper() else w for w in words[1:]]
    styled = " ".join([words[0], *tail])
    return styled if styled != surface else None
