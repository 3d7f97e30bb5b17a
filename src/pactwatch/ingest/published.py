"""The day an article was published, wherever it is written, and where it was found.

In order of trust: the input itself (a JSON or CSV field: ``input``), the page's metadata (``page``), a
feed item's date (``feed``), the URL (``url``: ``/2024/05/16/``, ``/2024-05-16/``, ``20240516``,
``/2024/May/16/``, an article number that starts with the day), and else the text, read by the extractor: a dateline at its head ("SEOUL, May 16,
2024 (Yonhap) --", "Published 3 March 2026": ``dateline``) or the first full date of the text
(``text``). ``none`` when nothing gives one. The source is stored with the article
(``articles.published_source``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from urllib.parse import unquote, urlsplit

SOURCES = ("input", "page", "feed", "url", "dateline", "text", "none")
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"), 1)}
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_URL_DATES = (
    # /2024/05/16/, /2024-05-16, _2024_05_16, /2024/5/16
    re.compile(rf"(?<![\d]){_YEAR}[/_.-](?P<m>0?[1-9]|1[0-2])[/_.-](?P<d>0?[1-9]|[12]\d|3[01])(?![\d])"),
    # 20240516 standing apart from other digits
    re.compile(rf"(?<![\d]){_YEAR}(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\d])"),
    # /2025/Mar/26/, /2025/march/26
    re.compile(rf"(?<![\d]){_YEAR}[/_-](?P<mon>[A-Za-z]{{3,9}})[/_-](?P<d>0?[1-9]|[12]\d|3[01])(?![\d])"),
    # an article number that starts with its day: AEN20230908004900320, ud=20230703000267, 202405140006
    re.compile(rf"(?<![\d]){_YEAR}(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\d{{2,10}}(?![\d])"),
)
_SEPARATOR = re.compile(r"\s(?:--|—|–|-)\s|\(\w[^)]{0,30}\)")


def date_from_url(url: str | None, today: date | None = None) -> date | None:
    """The publication day a URL's path spells out, if one does (none in the future, none before 1990)."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    path = unquote(parts.path + ("?" + parts.query if parts.query else ""))
    latest = (today or date.today()) + timedelta(days=1)
    for pattern in _URL_DATES:
        for match in pattern.finditer(path):
            month = match.groupdict().get("m")
            if month is None:
                month = _MONTHS.get(match.group("mon")[:3].lower())
                if month is None:
                    continue
            try:
                found = date(int(match.group("y")), int(month), int(match.group("d")))
            except ValueError:
                continue
            if date(1990, 1, 1) <= found <= latest:
                return found
    return None


def head_of(text: str) -> str:
    """Where a dateline stands: the short lines at the top, and the opening of the first paragraph up to
    its dateline separator ("WASHINGTON, Nov 19 (KUNA) --")."""
    kept = []
    lines = [line.strip() for line in text[:1200].splitlines() if line.strip()][:6]
    for number, line in enumerate(lines):
        if len(line) <= 100 and number < len(lines) - 1:  # a headline or dateline line, not the story itself
            kept.append(line)
            continue
        separator = _SEPARATOR.search(line, 0, 90)
        if separator:
            kept.append(line[:separator.end()])
        break  # the first paragraph ends the head
    return "\n".join(kept)
