"""When an instrument's own clause says it was signed: "The MoU with Tanzania, signed in October, ...", "was signed
at Bengaluru in June 2020 and at Abuja on August 13, 2020" (made with the last signature)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import fastre
from .doc import Document
from .instruments import folded
from .periods import older
from .lexicon import read_table

if TYPE_CHECKING:
    from .instruments import Mention, Record


_SIGNED_WHEN = fastre.compile(r"[^.;]{0,80}?\b(?:(?:negotiated|agreed|signed|inked|concluded|formali[sz]ed|sealed|finali[sz]ed|"
                              r"adopted),?\s+(?:and\s+)?)*(?:signed|inked|concluded|formali[sz]ed|sealed|finali[sz]ed|adopted)\s+"
                              r"(?:(?:in|on)\s+)?", re.IGNORECASE)  # ("was negotiated, finalised and signed in May")


# the same subject's second verb, however long what it deals with: "The Italy MoU deals with “...,” and was also
# signed in March"
_AND_WAS_SIGNED = fastre.compile(r"[^.;]{0,250}?,?[”\"]?\s+and\s+was\s+(?:also\s+)?(?:signed|inked|concluded)\s+"
                                 r"(?:(?:in|on)\s+)?")
_AT_PLACE = fastre.compile(r"(?:(?:in|at)\s+)?(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w’'-]+(?:(?:\s*,\s*|\s+and\s+|\s+)[A-Z][\w’'-]+){0,3}\s+"
                           r"(?=on\s|in\s|last\s|this\s|\d)")


# one of these is in every match of _SIGNED_WHEN (folded), within its first 91 characters: tested first
_SIGNED_WHEN_WORDS = ("signed", "inked", "concluded", "formalised", "formalized", "sealed", "finalised", "finalized",
                      "adopted")


def told_date(doc: Document, mention: Mention) -> str | None:
    """The date a mention's own clause gives it: "The MoU with Tanzania, signed in October, ..." (memoised: the
    steps of one mention ask again)."""
    return doc.memo("told_date", (mention.sentence, mention.end), lambda: _told_date(doc, mention))


def _told_date(doc: Document, mention: Mention) -> str | None:
    end = doc.sentences[mention.sentence].end
    text = doc.text
    low = folded(doc)[mention.end:min(end, mention.end + 91)]
    signed = _SIGNED_WHEN.match(text, mention.end, end) if any(map(low.__contains__, _SIGNED_WHEN_WORDS)) else None
    if signed is None and text.find("was", mention.end, end) >= 0:  # (a literal word of every match of it)
        signed = _AND_WAS_SIGNED.match(text, mention.end, end)
    if signed is None or _another_between(doc, mention, signed.end()):
        return None  # ("the DTA builds on the FTA signed in 2018": another instrument's signing)
    times = [t for t in doc.within("times", mention.sentence) if t.value and isinstance(t.value, str)]
    for end in (signed.end(), _past_place(doc.text, signed.end())):  # the time right after the verb first
        when = next((t for t in times if end - 4 <= t.start <= end + 3), None)  # (it may start with its "in")
        if when is not None:
            later = next((t for t in times if t.start > when.end and _AND_THEN_AT.fullmatch(doc.text, when.end, t.start)
                          and t.value and t.value > when.value), None)  # "signed at Bengaluru in June 2020 and at
            return (later or when).value  # Abuja on August 13, 2020": made with the last signature
    return None


_DEALS_WITH = re.compile(r"deals\s+with\b")  # a verb: "The Peru MoU deals with e-governance"


def _another_between(doc: Document, mention: Mention, end: int) -> bool:
    """Whether another text that is signed is named between a mention and ``end`` ("deals with" is a verb, no
    deal; "data centres" and "funds" are no texts signed)."""
    return any(mention.end < t.start < end and t.term.value not in ("centre", "fund") and not _DEALS_WITH.match(
        doc.text, t.start) for t in doc.within("instruments", mention.sentence))


def _past_place(text: str, end: int) -> int:
    """Past who signed and the places a signing was held in: "was signed in Moscow and Beijing on November 25, 2022",
    "signed between the two countries in October", "that India signed with Australia in November"."""
    who = _BY_BOTH.match(text, end) or _WITH_NAMED.match(text, end)
    end = who.end() if who else end
    place = _AT_PLACE.match(text, end)
    return place.end() if place else end


# who signed, told between the verb and its time: "signed between the two countries in October", "by both sides"
BY_BOTH_SIDES = r"(?:between|by)\s+(?:the\s+two|both)\s+(?:countries|sides|nations|governments)"
_BY_BOTH = fastre.compile(BY_BOTH_SIDES + r"\s+", re.IGNORECASE)
# the parties named after the verb: "with Australia", "between India and Chile", "with the UAE", "with South Korea and
# its state miner" (a time or a place must follow: what comes next is read as such)
_WITH_NAMED = fastre.compile(r"(?:with|between)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}"
                             r"(?:(?:\s*,\s*|\s+and\s+)(?:its\s+|the\s+)?(?:[\w’'.-]+\s+){0,2}?[\w’'.-]+){0,2}\s+"
                             r"(?=(?:in|on|at|last|this|earlier)\s|\d)")


_AND_THEN_AT = fastre.compile(r",?\s+and\s+(?:at|in)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}\s+")


# after an instrument, in its own clause, the verb of its making and then a time: "an agreement signed between our
# two countries during the president's visit last month", "the accord we signed in Lima last year"
_MADE_THEN = fastre.compile(r"[^.;,:”\"()]{0,40}?\b(?:signed|inked|concluded|sealed|struck|reached|adopted|released|issued|unveiled)\b"
                            r"(?P<rest>[^.;,:”\"()]{0,120})", re.IGNORECASE)


_OF_TIME = fastre.compile(r"\s+of\s+")


# one of these is in every match of _MADE_THEN (folded), within its first 50 characters: tested first
_MADE_THEN_WORDS = ("signed", "inked", "concluded", "sealed", "struck", "reached", "adopted", "released", "issued",
                    "unveiled")


def made_when(doc: Document, mention: Mention) -> str | None:
    """The time an instrument's own clause tells it was made, anywhere in that clause after its verb: "an agreement
    signed between our two countries during the president's visit last month" (the month before the news; memoised:
    the steps of one mention ask again)."""
    return doc.memo("made_when", (mention.sentence, mention.end), lambda: _made_when(doc, mention))


def _made_when(doc: Document, mention: Mention) -> str | None:
    end = doc.sentences[mention.sentence].end
    low = folded(doc)[mention.end:min(end, mention.end + 50)]
    made = _MADE_THEN.match(doc.text, mention.end, end) if any(map(low.__contains__, _MADE_THEN_WORDS)) else None
    if made is None or _another_between(doc, mention, made.end()):
        of = _OF_TIME.match(doc.text, mention.end)  # "the Toronto Communique of 2018": the time that names it
        return next((t.value for t in doc.within("times", mention.sentence) if of and t.start == of.end()
                     and isinstance(t.value, str)), None) or told_date(doc, mention) or _fronted(doc, mention)
        # ("the DTA builds on the FTA signed in 2018": another one's making)
    return next((t.value for t in doc.within("times", mention.sentence) if t.value and isinstance(t.value, str)
                 and made.start("rest") - 4 <= t.start < made.end()), None)


# "In June 2016, Russia and China signed a deal": a time set before the clause whose verb makes the instrument
_FRONTED_TIME = fastre.compile(r"\s*(?:(?:[Bb]ack\s+)?(?:[Ii]n|[Oo]n)\s+)?")  # (the time may hold its "In")
_FRONTED_CLAUSE = fastre.compile(r",\s+[^,;:.]{2,60}?\b(?:signed|inked|concluded|sealed|struck|entered(?:\s+into)?)\s+"
                                 r"(?:an?\s+)?(?:[\w-]+\s+){0,3}$")


def _fronted(doc: Document, mention: Mention) -> str | None:
    """The time that opens the instrument's sentence when the clause after it makes the instrument."""
    start = doc.sentences[mention.sentence].start
    first = next((t for t in doc.within("times", mention.sentence) if t.start < mention.start), None)
    if first is None or not isinstance(first.value, str) or not first.value or not _FRONTED_TIME.fullmatch(
            doc.text, start, first.start) or not _FRONTED_CLAUSE.fullmatch(doc.text, first.end, mention.start):
        return None
    return first.value


def earlier(value: str, than: str) -> bool:
    """Whether a date ("2025", "2026-02", "2026-03-06") falls before another, to the precision of the coarser one."""
    size = min(len(value), len(than))
    return value[:size] < than[:size]


def month_before(value: str, than: str) -> bool:
    """Whether a date falls in an earlier month (or year) than another: "2026-02" or "2025" before "2026-03-06"."""
    return earlier(value[:7], than[:7])


APPROVING = fastre.compile(r"\b(?:approved|approves|ratified|ratifies|endorsed|endorses|cleared|clears|apprised\s+of|(?:gave|gives|"
                           r"given)\s+(?:its\s+)?(?:ex[-\s]post[-\s]facto\s+)?(?:approval|nod|assent)\s+(?:to|for))\s+(?:(?:the|a|an)\s+)?"
                           r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)  # ("was apprised of the MoU", "gave its nod to the pact")
# the instrument's own approval told after it, in the passive: "..., which A and B signed in November, was approved by
# the cabinet", "... struck with Korea in October was formally endorsed by lawmakers"
_APPROVED_AFTER = fastre.compile(r"(?:,[^;:]{0,100}?,|[^,;:.]{0,100}?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
                                 r"(?:formally\s+|duly\s+|also\s+)?(?:approved|ratified|endorsed)\b")
STATE_APPROVER = fastre.compile(r"\b(?:" + "|".join(sorted((re.escape(row[0]).replace(r"\ ", r"\s+")
                                                            for row in read_table("state_approvers.tsv")),
                                                           key=len, reverse=True)) + r")\b", re.IGNORECASE)


def approved_now(before: str, after: str) -> bool:
    """Whether an instrument's sentence tells its approval, before it ("the cabinet approved the memorandum signed in
    July 2023") or after it in the passive ("The agreement, which A and B signed in November, was approved by the
    cabinet"): made then, approved now."""
    return bool(APPROVING.search(before[-60:]) or ("approv" in after or "ratif" in after or "endors" in after)
                and _APPROVED_AFTER.match(after))


# a word of approval in a sentence: the news is a signed text's approval, not its signing
APPROVED = fastre.compile(r"\b(?:approv\w*|ratif\w*|cabinet|parliament|nod|green\s+light|endorse[ds]?|cleared|"
                           r"inaugural|first-ever|maiden)\b",
                           re.IGNORECASE)


def _approved(doc: Document, index: int) -> bool:
    """Whether sentence ``index`` holds a word of approval (asked once per sentence)."""
    sentence = doc.sentences[index]
    return doc.memo("approved", index, lambda: APPROVED.search(doc.text, sentence.start, sentence.end) is not None)


def made_before(doc: Document, mention: Mention) -> str | None:
    """The time an instrument's own clause tells it was made, when that is a month before the article's (not the
    day a cabinet approves it): "an agreement signed between our two countries ... last month"."""
    when = made_when(doc, mention) if doc.published else None
    return when if when and month_before(when, doc.published.isoformat()) and not _approved(doc, mention.sentence) \
        else None


def made_apart(made_before: str | None, record: "Record") -> bool:
    """Whether an instrument told as made in an earlier month than a record's day is another one."""
    return bool(made_before and record.date and month_before(made_before, record.date))


def made_before_it(doc: Document, mention: Mention, record: "Record") -> bool:
    """Whether a definite mention's own clause tells it was made in an earlier month than the news record it would
    restate ("signed a pact on Friday" ... "the accord they signed in Lima last year"), unless the news is the
    approval of what was signed then."""
    if record.status != "concluded" or not record.date or any(_approved(doc, i) for i in record.sentences[:1]):
        return False
    when = made_when(doc, mention)
    if when and len(when) == 10 and mention.sentence - record.sentences[-1] <= 2 and _dated_by_default(doc, record) \
            and doc.shortly_before(when, 45):
        return False  # "An MoU has been signed by ..." then "The agreement, signed on 29 October, ...": the day it
        # was made, told late (the record only had the story's own day), not another instrument
    return bool(when and month_before(when, record.date))


def _dated_by_default(doc: Document, record: "Record") -> bool:
    """Whether a record carries the story's own day only because its sentences told no day of their own."""
    return doc.published is not None and record.date == doc.published.isoformat() and not any(
        isinstance(t.value, str) and t.value for i in record.sentences for t in doc.within("times", i))


def earlier_year(doc: Document, mention: Mention) -> bool:
    """Whether the mention's sentence tells a year before the article's ("after the joint statement of 2004")."""
    return doc.published is not None and any(
        isinstance(t.value, str) and t.value[:4] < str(doc.published.year) for t in doc.within("times", mention.sentence))


# an instrument's taking effect told as done: "has entered into force", "came into force on Tuesday", "took effect this
# week", "has now taken effect" (a relative clause, "which entered into force in 2019", tells one in place)
_TOOK_EFFECT = fastre.compile(r"\b(?:(?:has|have)\s+(?:now\s+|officially\s+|formally\s+)?(?:entered|come|gone)\s+into\s+"
                              r"(?:force|effect)|(?:has|have)\s+(?:now\s+|officially\s+)?taken\s+effect|(?:entered|came|"
                              r"went)\s+into\s+(?:force|effect)|took\s+effect|became\s+effective)\b", re.IGNORECASE)
_WHICH_BEFORE = fastre.compile(r"\b(?:which|that)\s+(?:had\s+)?$", re.IGNORECASE)


def took_effect(doc: Document, mention) -> int | None:
    """Where the verb starts when the mention, the subject of its clause, is told as having just taken effect: the
    news is that a text signed earlier now applies ("The treaty between A and B has entered into force"), never one
    in force for years ("entered into force in 2012": a time long before the article right after the verb)."""
    end = doc.sentences[mention.sentence].end
    low = folded(doc)[mention.end:end]
    if "force" not in low and "effect" not in low:
        return None
    found = _effect_told(doc, mention.sentence, mention.end, end)
    if found is None or found.start() - mention.end > 160 or any(
            ch in doc.text[mention.end:found.start()] for ch in ";:"):
        return None
    return found.start()


def took_effect_now(doc: Document, index: int) -> bool:
    """Whether sentence ``index`` tells an instrument's taking effect as the news (see ``took_effect``)."""
    sentence = doc.sentences[index]
    return _effect_told(doc, index, sentence.start, sentence.end) is not None


def _effect_told(doc: Document, index: int, start: int, end: int):
    """The first taking effect told as done between ``start`` and ``end`` of sentence ``index``, unless a relative
    clause's ("which entered into force") or one long ago ("entered into force in 2012"): its match, or None."""
    found = _TOOK_EFFECT.search(doc.text, start, end)
    if found is None or _WHICH_BEFORE.search(doc.text, max(0, found.start() - 12), found.start()) or any(
            found.end() <= t.start <= found.end() + 4 and t.value and isinstance(t.value, str) and doc.published
            and older(t.value, doc.published) for t in doc.within("times", index)):
        return None
    return found
