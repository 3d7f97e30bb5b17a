"""The publication date an article states about itself: a metadata or dateline line near its top ("Published: 3
March 2026", "date 2026-03-02", "August 21, 2023 13:33"), else the year and month its URL spells alone
(``/2018/06/``, ``2025-09/``) with the day of a dateline of that month ("SEOUL, June 5 (Yonhap) --"), else its first
full day-month-year date.

Dates are read by :func:`pactwatch.extract.dates.find_dates`; this module only picks the one that dates the article.
"""

from __future__ import annotations

import re
from datetime import date

from pactwatch.model import TimeExpr

from . import fastre
from .dates import _WD, find_dates

__all__ = ["infer_published"]

_HEAD_META = fastre.compile(r"\b(?i:date|dated|published|posted|updated|released|issued)(?:\s+on)?\s*[:|\-]?\s*$")
_LINE_NOISE = fastre.compile(
    r"(?i:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?|[0-9]+\s*min(?:ute)?s?\s+read|"
    r"\b(?:am|pm|a\.m\.|p\.m\.|kst|gmt|utc|est|edt|pst|cet|jst|sgt|ist|updated|published|posted|on|at)\b|"
    + _WD + r"|[+-][0-9]{2}:?[0-9]{2})"
    r"|[\s|,.:;·•\-–—()/]")


def _all_noise(rest: str) -> bool:
    """``not _LINE_NOISE.sub("", rest)``: its matches, one after the other, take all of ``rest`` (each is tried where
    the last ends, as the substitution reads them; none is empty), read no further than the first word left over."""
    pos, end, match = 0, len(rest), _LINE_NOISE.match
    while pos < end:
        found = match(rest, pos)
        if found is None:
            return False
        pos = found.end()
    return True


# A cheap first look for day-month-year dates, so that only their neighbourhoods go through every rule.
_FULL_DATE_HINT = fastre.scanner(r"\b(?:19|20)\d\d\b")


def _full_dates(text: str) -> list[TimeExpr]:
    spans = [(max(0, m.start() - 30), m.end() + 12) for m in _FULL_DATE_HINT.finditer(text)]
    if not spans:
        return []
    return [t for t in find_dates(text, None, within=spans) if t.value is not None and len(t.value) == 10]


def infer_published(text: str, url: str | None = None) -> date | None:
    """The publication date stated in ``text``: a metadata or dateline line near the
    top ("Published: 3 March 2026", "date 2026-03-02", "August 21, 2023 13:33"),
    else the month ``url`` spells with no day (see :func:`_url_month`), else the first full day-month-year date
    anywhere that is not a gathering's told beside its name, else None."""
    full = _full_dates(text[:8000])  # the first full date, if no dateline: no need to read a long text whole
    if not full:
        return _url_month(url, text, full)
    top = text[:2000]
    lines = [(m.start(), m.end()) for m in fastre.finditer(r"[^\n]+", top) if m.group(0).strip()][:15]
    head_dates = [t for t in full if t.end <= len(top)]
    for line_start, line_end in lines:
        line = top[line_start:line_end]
        for t in head_dates:
            if not (line_start <= t.start and t.end <= line_end):
                continue
            start, end = t.start - line_start, t.end - line_start
            rest = line[:start] + line[end:]
            if _HEAD_META.search(line, 0, start) or _all_noise(rest):
                return date.fromisoformat(t.value)
    first = next((t for t in full if not _GATHERING_HELD.search(text, max(0, t.start - 60), t.start)), None)
    return _url_month(url, text, full) or (date.fromisoformat(first.value) if first else None)


# a year and a month in a URL's path with no day after them: /2018/06/slug, /2018-06/, nachrichten-2025-09/
_URL_MONTH = fastre.compile(r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})[/_-](?P<m>0[1-9]|1[0-2])(?:/|-(?![0-9])|$)")
# a dateline's month and day with no year at the head of the text: "SEOUL, June 5 (Yonhap) --", "Tehran, Nov 14,"
_DATELINE = fastre.compile(r"^[ \t]*(?:date\s+\S+\s+)?[A-Z][A-Za-z .'-]{1,30}(?:\s*\[[^\]\n]{1,30}\])?,\s+"
                           r"(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>[0-9]{1,2})\b",
                           re.MULTILINE)
_MONTH_NUMBERS = {m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                                              "Nov", "Dec"), 1)}


def _url_month(url: str | None, text: str, full: list[TimeExpr]) -> date | None:
    """The publication month a URL spells without its day: the day of a dateline or of the text's first full date
    in that month, else the 15th (a day in the middle of the month: days told against it stay in that month, and
    the month is all the article says)."""
    found = _URL_MONTH.search(url.split("?")[0].split("://", 1)[-1]) if url else None
    if found is None or _url_has_day(url):
        return None
    year, month = int(found["y"]), int(found["m"])
    for m in _DATELINE.finditer(text, 0, min(len(text), 600)):
        if _MONTH_NUMBERS[m["mon"]] == month:
            try:
                return date(year, month, int(m["d"]))
            except ValueError:
                break
    same = next((t for t in full if t.value.startswith(f"{year:04d}-{month:02d}-")), None)
    return date.fromisoformat(same.value) if same else date(year, month, 15)


def _url_has_day(url: str) -> bool:
    """Whether the URL spells a full day (read elsewhere, before the text: :mod:`pactwatch.ingest.published`)."""
    from pactwatch.ingest.published import date_from_url
    return date_from_url(url) is not None


# the day of a gathering told beside its name: "the regional space meeting, held on 2 July 2020", "the forum, which
# was held on ...", "the summit, hosted in Lima on ...": an earlier event, not the article's day
_GATHERING_HELD = fastre.compile(r",\s+(?:which\s+was\s+|that\s+was\s+)?(?:held|hosted|convened|organi[sz]ed)\s+"
                                 r"(?:in\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+)?(?:on\s+(?:the\s+)?)?$")  # (a date may hold its "on")
