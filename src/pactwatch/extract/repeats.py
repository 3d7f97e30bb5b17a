"""Later mentions of a person named in full: a surname alone ("Wong said"), a name that begins or ends the full
one ("Abdel Ghaffar" of "Khaled Abdel Ghaffar"), a repeat with a middle initial ("Monica P. Medina") or spelt a
letter apart ("Swatantara" for "Swatantra"). Drafts are people.py's ``_Draft`` records (name, role, country,
mentions).
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import Evidence
from .namechains import chain_shortened


def _NAME_CHAR(ch: str) -> bool:
    return ch.isalnum() or ch in "-’'"


_SON_OF = frozenset({"bin", "ibn", "bint", "binti", "ould"})  # "Mohammed bin Salman": Salman is his father


def _own_words(name: str) -> list[str]:
    """The words of a name that a later mention alone can stand for: not a father's name after "bin"."""
    words = name.split()
    return [w for i, w in enumerate(words) if not (i and words[i - 1].lower() in _SON_OF)]


def surname_mentions(text: str, drafts: dict) -> None:
    """Later mentions by surname alone ("Wong said") are mentions of the person named in full."""
    by_surname: dict = {}
    holders = Counter(word for d in drafts.values() for word in set(d.name.split()))  # by word: the names holding it
    for draft in drafts.values():
        tokens = draft.name.split()
        if len(tokens) < 2:
            continue
        surname = tokens[-1] if not tokens[0].isupper() else tokens[0]
        if surname not in _own_words(draft.name) or len(surname) < 3 or holders[surname] > 1:
            continue  # two people share it: a surname alone cannot say which
        by_surname[surname] = draft
    if not by_surname:
        return
    for surname, draft in by_surname.items():  # str.find per surname: C speed, no pattern over every word
        at = text.find(surname)
        while at >= 0:
            end = at + len(surname)
            whole = (at == 0 or not _NAME_CHAR(text[at - 1])) and (end == len(text) or not _NAME_CHAR(text[end]))
            if whole and not any(e.start <= at < e.end or e.start + len(e.text) == end for e in draft.mentions):
                draft.mentions.append(Evidence(at, end, surname))
            at = text.find(surname, end)
    for draft in by_surname.values():
        draft.mentions.sort(key=lambda e: e.start)


def _one_letter_apart(a: str, b: str) -> bool:
    """"Swatantra" and "Swatantara": one letter added, dropped or changed, in a word of five letters or more."""
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]


_INITIAL = re.compile(r"[A-Z]\.?")


def _same_person(short: str, long: str) -> bool:
    """A name that begins or ends a longer one ("Mohamed bin Zayed", "Abdel Ghaffar" of "Khaled Abdel Ghaffar"),
    or the same words with one spelt a letter apart (one word in three of a long chain, whatever the case)."""
    if long.startswith(short + " ") or (long.endswith(" " + short) and len(short.split()) >= 2) or chain_shortened(
            short, long):  # ("Sultan Ahmad Al Jaber" of "Sultan bin Ahmad Sultan Al Jaber")
        return True
    if len(short) <= len(long) and " ".join(w for w in long.split() if not _INITIAL.fullmatch(w)) == short:
        return True  # "Monica P. Medina" and "Monica Medina" (a name without its initials is no longer than with them)
    a, b = short.lower().split(), long.lower().split()  # "Khalid bin Mohamed ..." and "Khaled Bin Mohammed ...": a
    return len(a) == len(b) >= 2 and 1 <= sum(x != y for x, y in zip(a, b)) <= max(1, len(a) // 3) and all(
        x == y or _one_letter_apart(x, y) for x, y in zip(a, b))  # long chain may differ in a word in three


def merge_shortened(drafts: dict) -> None:
    """A name that begins a longer one is the same person ("Mohamed bin Zayed" and "Mohamed bin Zayed Al Nahyan");
    so is a name that ends one, and a repeat spelt a letter apart (kept under its first spelling)."""
    for key, draft in sorted(drafts.items(), key=lambda item: (len(item[1].name), -item[1].mentions[0].start)):
        longer = next((d for k, d in drafts.items() if k != key and _same_person(draft.name, d.name)), None)
        if longer is not None:
            if len(longer.name.split()) == len(draft.name.split()) and draft.mentions[0].start < longer.mentions[0].start:
                longer.name = draft.name  # a variant spelling: the article's first one
            longer.mentions += draft.mentions
            longer.role = longer.role or draft.role
            longer.country = longer.country or draft.country
            del drafts[key]


def expand(single: str, drafts: dict):
    """The full name a surname-only mention shortens ("Lee" -> "Lee Jae-myung")."""
    best = None
    for draft in drafts.values():
        tokens = [t.lower() for part in _own_words(draft.name) for t in part.split("-")]
        if single.lower() in tokens:  # "Breton" of "Thierry BRETON"
            if best is None:
                best = draft
    return best
