"""The words people type for countries, sectors, kinds and statuses, read as the project's vocabulary.

A filter value may be a code ("GBR", "EU"), a name or alias as news writes it ("UK", "United Kingdom",
"South Korea", "Korea"), a sector word ("chips" for semiconductors) or a status word ("signed" for
concluded): the same tables the extractor reads (``pactwatch/extract/data``). A value that names nothing is a
:class:`TermError` naming the option and listing the closest known values.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from ..errors import PactwatchError
from ..extract.lexicon import NO_SECTOR, read_table
from ..resolve.agreements import KINDS, STATUS_ORDER

COMMITMENT_STATUSES = ("pending", "due", "overdue", "fulfilled")
SORTS = ("date", "reports", "usd", "id", "name", "kind", "status")  # the columns analyze.queries sorts by
_COUNTRY_TYPES = ("name", "alias", "bloc", "demonym")  # not capitals ("Washington") nor prefixes ("Anglo")
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class TermError(PactwatchError):
    """A value that is not in the vocabulary (or not a valid date, range or choice); ``item`` names the option."""

    def __init__(self, item: str, reason: str):
        super().__init__(f"{item}: {reason}")
        self.item = item
        self.reason = reason


@dataclass
class _Words:
    """Lower-cased words -> the values they stand for, and how each value reads best."""

    values: dict[str, set[str]] = field(default_factory=dict)
    shown: dict[str, str] = field(default_factory=dict)  # value -> its best-reading name
    spelled: dict[str, str] = field(default_factory=dict)  # lower-cased word -> as the table writes it

    def add(self, word: str, value: str) -> None:
        self.values.setdefault(_key(word), set()).add(value)
        self.spelled.setdefault(_key(word), word)


def _key(word: str) -> str:
    return " ".join(word.replace("_", " ").replace("-", " ").lower().split())


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, _Words]:
    countries, sectors, kinds, statuses = _Words(), _Words(), _Words(), _Words()
    for row in read_table("countries.tsv"):
        code, kind, surface = row[0], row[1], row[2]
        flags = row[3].split(",") if len(row) > 3 else []
        if kind not in _COUNTRY_TYPES or "subnational" in flags:
            continue
        countries.add(surface, code)
        countries.add(code, code)
        if kind in ("name", "bloc") and len(surface) < len(countries.shown.get(code, surface + "_")):
            countries.shown[code] = surface
    for row in read_table("sectors.tsv"):
        if row[0] == NO_SECTOR:
            continue  # (a word of an area outside the list)
        sectors.add(row[0], row[0])
        sectors.add(row[1], row[0])
    for kind in KINDS:
        kinds.add(kind, kind)
    for row in read_table("instruments.tsv"):
        if row[0] in KINDS:
            kinds.add(row[1], row[0])
    for status in STATUS_ORDER:
        statuses.add(status, status)
    for row in read_table("status_cues.tsv"):
        if row[0] in STATUS_ORDER:
            statuses.add(row[1], row[0])
    return {"country": countries, "sector": sectors, "kind": kinds, "status": statuses}


def _resolve(words: _Words, value: str, item: str, what: str) -> str:
    found = words.values.get(_key(value))
    if found is None:
        raise TermError(item, f"{value!r} is not a known {what}" + _suggest(words, value))
    if len(found) > 1:
        raise TermError(item, f"{value!r} may mean " + " or ".join(_named(words, v) for v in sorted(found)))
    return next(iter(found))


def _named(words: _Words, value: str) -> str:
    name = words.shown.get(value)
    return f"{name} ({value})" if name and name != value else value


def _suggest(words: _Words, value: str) -> str:
    close = difflib.get_close_matches(_key(value), list(words.values), n=8, cutoff=0.6)
    shown: list[str] = []
    for word in close:
        for target in sorted(words.values[word]):
            label = _named(words, target) if _key(target) == word else f"{words.spelled[word]} ({target})"
            if label not in shown:
                shown.append(label)
    return f"; did you mean {', '.join(shown[:5])}?" if shown else ""


def country(value: str, item: str = "--country") -> str:
    """The code of a country or bloc written as a code, name, alias or demonym: "UK" and "GBR" -> GBR."""
    return _resolve(_vocabulary()["country"], value, item, "country or bloc")


def countries(values: str, item: str = "--countries") -> list[str]:
    """Comma-separated countries, each resolved as :func:`country`."""
    return [country(v.strip(), item) for v in values.split(",") if v.strip()]


def country_name(code: str) -> str:
    """How a country or bloc code reads best ("South Korea" for KOR); the code itself when unknown."""
    return _vocabulary()["country"].shown.get(code, code)


def sector(value: str, item: str = "--sector") -> str:
    """The sector a sector name or one of its words stands for: "chips" -> semiconductors."""
    return _resolve(_vocabulary()["sector"], value, item, "sector")


def sectors(values: str, item: str = "--sectors") -> list[str]:
    return [sector(v.strip(), item) for v in values.split(",") if v.strip()]


def kind(value: str, item: str = "--kind") -> str:
    """The agreement kind an instrument word stands for: "memorandum of understanding" -> mou."""
    return _resolve(_vocabulary()["kind"], value, item, "agreement kind")


def status(value: str, item: str = "--status") -> str:
    """The agreement status a status word stands for: "signed" -> concluded."""
    return _resolve(_vocabulary()["status"], value, item, "agreement status")


def choice(value: str, choices: tuple[str, ...], item: str) -> str:
    """``value`` if it is one of ``choices`` (case-insensitive), else an error listing the close ones."""
    if value.lower() in choices:
        return value.lower()
    close = difflib.get_close_matches(value.lower(), choices, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise TermError(item, f"{value!r} is not one of {', '.join(choices)}{hint}")


def period(value: str, item: str) -> str:
    """A year, month or day as YYYY, YYYY-MM or YYYY-MM-DD, checked to be a real one ("2024-13" is not)."""
    match = _PERIOD.match(value.strip())
    if match is None:
        raise TermError(item, f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        date(year, month, day)
    except ValueError as error:
        raise TermError(item, f"{value!r} is not a real date ({error})") from None
    return value.strip()


def between(value: float, low: float, high: float, item: str, *, exclusive: bool = False) -> float:
    """``value`` if it lies in [low, high] (or (low, high) when ``exclusive``), else an error saying the range."""
    inside = low < value < high if exclusive else low <= value <= high
    if not inside:
        bounds = f"between {low:g} and {high:g}" + (" (exclusive)" if exclusive else "")
        raise TermError(item, f"{value:g} is out of range: it must be {bounds}")
    return value
