"""Counts of instruments and what they stand for. A tally built up over the years ("the two sides have signed more
than 40 agreements since 2015", "a total of 111 accords have been concluded to date", "dozens of MoUs over the past
decade") names instruments already in place before the news: GUIDELINES.md gives a record to earlier instruments
the article names as in place, so it is one record of status ``existing`` with its count, never the news itself.
A count made at one time ("signed 18 agreements on Saturday", "nine deals signed during the visit") is no tally.

A count run before a plural instrument word is no name either: in "inked on Friday 12 trade accords" the
capitalised day and the count start no proper name.
"""

from __future__ import annotations

import re

from . import fastre
from .instruments import Record, is_contract
from .lexicon import DOCUMENT_KINDS
from .text import number_value

# the span a tally runs over, told next to the count: "since 2015", "since then", "since diplomatic ties were
# established", "over the past decade", "in the last five years", "so far", "to date", "over the years"
_SPAN = (r"(?:since\s+(?:(?:19|20)\d\d|then|the\s+(?:establishment|start|beginning|launch)|diplomatic|they\s+established|"
         r"(?:the\s+two\s+(?:countries|sides|nations)\s+)?establish\w*)|"
         r"(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:(?:\w+|\d+)\s+)?(?:years?|decades?)|"
         r"over\s+the\s+(?:years|decades)|in\s+recent\s+years|so\s+far|to\s+date|thus\s+far|till\s+now|until\s+now|"
         r"up\s+to\s+now|hitherto|(?:in|over)\s+(?:the\s+)?(?:\d+|\w+)\s+years\s+(?:of|since)|"
         r"between\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d)")
_SPAN_AFTER = fastre.compile(r"^(?:[^.;:]{0,90}?)\b" + _SPAN + r"\b", re.IGNORECASE)
_SPAN_BEFORE = fastre.compile(r"\b" + _SPAN + r"\b[^.;:]{0,70}$", re.IGNORECASE)
SPAN_WORDS = ("since", "past", "last", "previous", "years", "decade", "so far", "to date", "thus far", "till now",
              "until now", "up to now", "hitherto", "between")  # (one in every match: tested first)
# a made-at-one-time count: the span words then belong to something else ("signed 12 deals on Monday, the most
# since 2019")
_ONE_TIME = fastre.compile(r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday|"
                           r"this\s+week|during\s+(?:the|his|her|their)\s+(?:\w+\s+){0,2}(?:visit|summit|meeting|talks|trip)|"
                           r"at\s+the\s+(?:\w+\s+){0,3}(?:summit|meeting|ceremony|forum))\b", re.IGNORECASE)


def tallied(before: str, after: str) -> str | None:
    """Why a counted mention (more than one instrument) is a tally over the years (instruments in place), or None.

    ``before`` and ``after`` are the mention's sentence before and after it."""
    near_before, near_after = before[-80:], after[:100]
    folded_near = (near_before + " " + near_after).lower()
    if not any(word in folded_near for word in SPAN_WORDS):
        return None
    if not (_SPAN_AFTER.search(near_after) or _SPAN_BEFORE.search(near_before)):
        return None
    if _ONE_TIME.search(near_before) or _ONE_TIME.search(near_after[:60]):
        return None
    return "a tally over the years: instruments in place before the news"


# "Friday 12 trade", "Monday 12": a day or month, then a count, then common words before the instrument word
_COUNT_RUN = re.compile(r"(?:^|\s)\d{1,3}(?:\s+[a-z][\w-]*)*\s*$")


def counted_name(name: str | None, head: str) -> bool:
    """Whether a name found before a plural instrument word is only a count run ("Friday 12 trade
    accords"): no proper name."""
    if not name:
        return False
    words = name.split()
    last = len(words) - len(head.split())
    return last > 0 and words[-1][:1].islower() and bool(_COUNT_RUN.search(" ".join(words[:last])))


# "12 trade accords and ", "nine deals and ": a count, its instrument word, then "and" before this one
_JOINED_COUNT = fastre.compile(r"\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\s+"
                               r"(?:[\w-]+\s+){0,2}(?:agreements|deals|pacts|accords|memorand\w+|MoUs|MOUs|documents)"
                               r"\s+and\s+(?:other\s+)?$", re.IGNORECASE)


def one_count_two_words(before: str, quantity: int) -> bool:
    """Whether a counted mention only names the second kind of one count ("12 accords and memoranda": twelve
    texts in all, not twelve of each)."""
    if " and " not in before[-60:]:
        return False
    joined = _JOINED_COUNT.search(before[-60:])
    return bool(joined) and number_value(joined.group(1)) == quantity


# "One of the accords inked is ...", "Among the deals inked is ...": the total just told, not another count
_ONE_OF_THE = fastre.compile(r"\b(?:one|another|two|three|several|some|many|most|each|all|both)\s+of\s+(?:the|these|those)\s+"
                             r"(?:[\w-]+\s+){0,2}$|\bamong\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def total_told(mention, records, before: str):
    """The count just told that a plural "one of the agreements (signed)" refers to: "inked 12 accords ... One of the
    accords inked is a memorandum on data" tells one of those twelve, no new count of its own."""
    if not mention.head.endswith("s") or " of " not in before[-40:] and "mong" not in before[-40:]:
        return None
    if not _ONE_OF_THE.search(before[-40:]):
        return None
    return next((r for r in reversed(records) if (r.quantity or 1) > 1 and r.rule == "cue"
                 and 0 <= mention.sentence - r.sentences[-1] <= 2), None)


def counted_again(mention, records: list, quantity: int, before: str):
    """The record a count tells again: one of the same count and kind ("signed 18 agreements" ... "the 18
    agreements"), or of one count given two words in its sentence ("18 agreements and memoranda"); contracts are no
    count of agreements told before ("two contracts" after "two agreements": the contracts firms sign are others)."""
    return next((r for r in records if r.quantity == quantity and (r.kind == mention.kind or mention.sentence in
                 r.sentences and one_count_two_words(before, quantity))
                 and is_contract(mention.head) == any(map(is_contract, r.names))), None)


def told_after(total: Record, records: list[Record]) -> list[Record]:
    """The texts of a total told one by one in the five sentences after it, each in its own words ("signed three
    agreements. ... A memorandum on fisheries was also signed."): single, of the total's kind (any text of "agreements"),
    parties and status (none in place before, none still to come); at most as many as the total counts."""
    first, last = total.sentences[0], total.sentences[-1]  # (the total's own sentences may run on: "They were ...")
    items = [r for r in records if r is not total and r.rule in _ITEM_RULES and r.quantity == 1
             and r.kind in DOCUMENT_KINDS and (total.kind == "agreement" or r.kind == total.kind)
             and set(r.countries) == set(total.countries) and r.status == total.status
             and first < r.sentences[0] <= last + 5]
    return items[:total.quantity]


_ITEM_RULES = frozenset({"cue", "named"})
