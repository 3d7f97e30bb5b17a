"""Name chains as news of many regions writes them: the words that join a person's given name to his father's and
his family's ("Khalid bin Saeed Al Harthy", "Omar Bin Sultan Al Olama", "Siti binti Ahmad").

A word that is also a ruler's title ("Sultan", "Amir", "Emir", "Malik") is a given name when a son-of particle
stands on either side of it: "Sultan bin Ahmed" (before one) and "Omar Bin Sultan Al Olama" (after one). Releases of
the Gulf and of Malaysia capitalise the particle ("Bin") as often as they keep it low ("bin").
"""

from __future__ import annotations

import re

from . import fastre
from .lexicon import Lexicons, read_table
from .roletails import NOT_NAME

# abbreviated titles of a seat that also stand after a fuller role: "Vice President Sen. A B" (seat_abbreviations.tsv)
SEAT_ABBREVIATIONS = tuple(row[0] for row in read_table("seat_abbreviations.tsv"))

# a son-of particle ends the text before a word: "... Omar Bin ", "... Zainal bin "
_SON_OF_BEFORE = fastre.compile(r"(?<![\w’'-])(?:[Bb]in|[Bb]inti|[Bb]int|[Ii]bn)\s+$")


def after_son_of(text: str, start: int) -> bool:
    """Whether the word at ``start`` comes right after a son-of particle: his father's name, no title."""
    return bool(_SON_OF_BEFORE.search(text, max(0, start - 8), start))


def engineer(rest: str, lex: Lexicons) -> bool:
    """Whether the name after a bare "Eng" is a whole name of its own: a known given name first, or an Arabic chain."""
    words = rest.split()
    return len(words) >= 2 and (words[0] in lex.given_names or any(w in ("bin", "Bin", "ibn", "Al") or w.startswith(
        "Al-") for w in words[1:]))


_SON_OF = frozenset({"bin", "binti", "bint", "ibn"})


def chain_shortened(short: str, long: str) -> bool:
    """Whether ``short`` is an Arabic or Malay name chain told again without its son-of links: "Sultan Ahmad Al
    Jaber" of "Sultan bin Ahmad Sultan Al Jaber", "Omar Al Olama" of "Omar bin Sultan Al Olama". The longer chain
    has a son-of particle; the shorter keeps its given name and its family name, and its words come in the same order."""
    a, b = short.lower().split(), long.lower().split()
    if len(a) < 3 or len(a) >= len(b) or a[0] != b[0] or a[-1] != b[-1] or not _SON_OF.intersection(b[1:-1]):
        return False
    rest = iter(w for w in b if w not in _SON_OF)
    return all(w in rest for w in a if w not in _SON_OF)  # (in order: each word found after the one before)


# what follows a seat's abbreviation when it opens a name: two capitalised words ("Sen. Ana Ruiz", "Rep. J. Doe")
_SEAT_NAME_NEXT = fastre.compile(r"[ \t]+([A-Z][\w’'-]+\.?)[ \t]+(?:[A-Z]\.[ \t]+)?([A-Z][\w’'-]+)")


def seat_opens_name(text: str, end: int, lex: Lexicons) -> bool:
    """Whether the seat's abbreviation ending at ``end`` opens a person's name, not a surname's stop ("... said
    Ravi Sen. Officials ..."), nor a republic ("Rep. of Korea"), nor another role ("Sen. Science Minister ...")."""
    m = _SEAT_NAME_NEXT.match(text, end)
    return bool(m) and m.group(1).rstrip(".") not in lex.roles and m.group(2) not in lex.roles


def name_may_start(text: str, start: int, end: int) -> int:
    """Where a search for a name (people.py's name pattern) that runs to ``end`` may start in ``text[start:end]``, finding what it finds from
    ``start``: after the last character no name holds, and after a comma but that of a suffix ending the name
    ("..., Jr."), as a match that starts before one would hold it (the pattern's lookbehind reads the text before
    the search's start, so a match that starts there is found as before)."""
    cut = _LAST_NOT_IN_NAME.match(text, start, end)
    start = cut.end() if cut else start
    comma = text.rfind(",", start, end)
    return comma + 1 if comma >= 0 and not _SUFFIX_COMMA.fullmatch(text, comma, end) else start


_LAST_NOT_IN_NAME = re.compile(r"(?s:.*)[0-9();:/?!\[\]{}<>@#%*+=|~$&]")  # up to the last character no name holds
_SUFFIX_COMMA = re.compile(r",\s+(?:Jr|Sr)\.\n?")  # the only comma of a name: in _SUFFIX, which ends it ("$" may
# match before a last newline)


def vietnamese_word(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, a common word elsewhere, is a name word here: "An" ending a name of three or more
    ("Nguyen Thi An"), "The" between two name words ("Bui The Duy")."""
    word = words[i]
    if word == "An":
        return i == len(words) - 1 and i >= 2
    return word == "The" and 0 < i < len(words) - 1 and words[i + 1][:1].isupper() and words[i + 1] not in NOT_NAME
