"""Which date rules can match in a window of text: cheap tests on the words every match of a rule holds.

:func:`pactwatch.extract.dates.find_dates` runs its rules only in windows around the words every time expression
holds; a rule that cannot match in a window is not run there. The tests below read a window (``w``, its text
lower-cased ``low``, whether it holds a year and a capitalised month's first letters) once, each word that several
rules need looked for once.
"""

from __future__ import annotations

from . import fastre
from .seasons import DAY_PART_WORDS, HOURS_WORDS, SCHOOL_WORDS, SEASON_WORDS
from .yearturns import AHEAD_WORDS, DECADE_WORDS, HALF_WORDS, NEW_YEAR_WORDS, RANGE_SPAN_WORDS, YEAR_OUT_WORDS

_ISO_HINT = fastre.compile(r"[0-9]{4}[-/.][0-9]")
YEAR_HINT = fastre.compile(r"(?:19|20)[0-9]{2}")
MONTH_HINTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # (capitalised)
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
_UNIT_HINTS = ("year", "month", "week", "day", "decade")
_BY_WORDS = ("by", "before", "later than", "until", "till", "ahead")
# every "a three-year" duration holds a unit right after a dash (tests/extract/test_word_gates.py checks it)
HYPHENED_UNITS = tuple(dash + unit for dash in "-–" for unit in ("year", "month", "week", "day"))


def runnable(w: str, low: str, year: bool, month: bool) -> tuple[bool, ...]:
    """For each rule of dates._RULES, in order, whether it can match in the window ``w``."""
    by = any(k in low for k in _BY_WORDS)
    units = any(u in low for u in _UNIT_HINTS)
    has_month = "month" in low
    has_year = "year" in low
    month_name = month and any(map(w.__contains__, _MONTH_NAMES))
    fiscal = "fiscal" in low
    return (
        bool(_ISO_HINT.search(w)),                                  # iso
        "between" in low or "from" in low,                          # range_words
        year and any(c in w for c in "-–—/"),                       # range
        month,                                                      # day_month
        month,                                                      # month_day
        month and year,                                             # month_year
        by,                                                         # deadline
        month and by,                                               # deadline_day
        "quarter" in low or year and "q" in low,                    # quarter
        "within" in low,                                            # within
        "in " in low and units,                                     # in N months (' time)
        units and " to " in low,                                    # a time granted ("one year to")
        "next" in low or "coming" in low,                           # next_n
        "decade" in low,                                            # next decade
        "financial" in low or fiscal,                               # fiscal_year
        fiscal or "fy" in low,                                      # fiscal_year
        year or has_year or has_month or month_name,                # period
        "week" in low or has_month or has_year,                     # relative
        "weeks" in low or "months" in low or "days" in low,         # coming days/weeks/months
        "within" in low,                                            # within days/weeks/months
        "today" in low or "tomorrow" in low or "yesterday" in low,  # relative_day
        "ago" in low,                                               # ago
        "day" in low,                                               # weekday
        "on" in low,                                                # day_of_month
        month_name,                                                 # month
        units,                                                      # duration
        any(map(low.__contains__, HYPHENED_UNITS)),                 # duration ("a three-year")
        year,                                                       # year
        any(map(low.__contains__, DAY_PART_WORDS)),                 # the rest of the day
        any(map(low.__contains__, SEASON_WORDS)),                   # seasons
        any(map(low.__contains__, HOURS_WORDS)),                    # hours to come
        any(map(low.__contains__, YEAR_OUT_WORDS)),                 # the year running out
        units and any(map(low.__contains__, RANGE_SPAN_WORDS)),     # a span told as a range of numbers
        any(map(low.__contains__, AHEAD_WORDS)),                    # weeks and months ahead
        any(map(low.__contains__, NEW_YEAR_WORDS)),                 # the new year
        year and any(map(low.__contains__, HALF_WORDS)),            # half-years written short
        any(map(low.__contains__, DECADE_WORDS)),                   # the decade's end
        year and has_year and any(map(low.__contains__, SCHOOL_WORDS)),  # "the 2026/2027 academic year"
        has_year and any(map(low.__contains__, SCHOOL_WORDS)),      # "this academic year"
    )
