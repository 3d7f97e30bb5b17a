"""A total of instruments and the sentences around it that tell parts of it (GUIDELINES.md: how counts add up).

- The instrument told first, then set in the total by a sentence that refers back to it: "Chile and Korea signed a
  lithium memorandum. It was one of nine agreements signed during the visit" / "The memorandum is one of nine
  deals ...": the one told is one of the total, and the total keeps the rest (eight).
- A sentence that opens with "Among them is/was ..." just after a total: "Among them is one between the space
  agencies on lunar exploration" (one of the total, told by who signed it or what it is on, with no instrument word:
  a record of its own) or "Among these is an MoU between A and B on hydrogen" (the instrument it names is one of
  the total): the total keeps the rest.
- A running count told beside the news ("signed an AI memorandum, bringing the number of bilateral agreements to
  40", "taking the total of deals between them to 12"): the count of all made so far, no instrument of its own.
- One told beside a total as outside it ("concluded four accords, in addition to a separate hydrogen
  partnership"): its fields are its own, not the total's.
- The rest of a total told again with "other": "... signed 12 agreements, including an MoU on AI. Other deals
  were also signed on health and tourism" / "Other agreements were concluded with <firms>": those others are the
  rest the total stands for, no instrument of their own; their sentence is evidence of the total.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import fastre
from .doc import Document
from .instruments import Record, topics_of
from .lists import rest
from .text import number_value

_PLURALS = (r"(?:agreements|deals|accords|pacts|documents|memorand(?:a|ums)|mous|mocs|instruments|protocols|"
            r"treaties|arrangements)")
# the sentence opens with a reference to an instrument told before it, then sets it in a count: "It was one of
# nine agreements", "The memorandum is one of seven deals", "This deal was among 14 pacts"
_REFERRED_ONE = fastre.compile(r"^\W*(?:(?P<it>it|this|that)|(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:agreement|deal|accord|pact|memorandum|mou|moc|framework|protocol|treaty|"
                               r"declaration|arrangement|document))\s+(?:is|was|has\s+been)\s+(?:also\s+)?"
                               r"(?:one\s+of|among)\s+(?:the\s+)?(?P<count>[\w-]+)\s+(?:[\w-]+\s+){0,2}?" + _PLURALS +
                               r"\b", re.IGNORECASE)
REFERRED_WORDS = ("one", "among")  # (one in every match: tested first)
# "Other deals were (also) signed ...", "Several other agreements were concluded with ...": the rest again
_OTHERS = fastre.compile(r"^\W*(?:several\s+|a\s+number\s+of\s+|many\s+|some\s+)?other\s+(?:[\w-]+\s+){0,3}?" +
                         _PLURALS + r"\b[^.;!?]{0,60}?\b(?:were|have\s+been|had\s+been)\s+(?:also\s+)?"
                         r"(?:signed|concluded|inked|sealed|exchanged|reached|agreed|adopted)\b", re.IGNORECASE)
OTHERS_WORDS = ("other",)  # (in every match: tested first)
_WINDOW = 6  # sentences after the total where its parts may be told


def _total_like(record: Record) -> bool:
    return record.rule == "cue" and (record.quantity or 0) > 1


def _gated(doc: Document, index: int, words: tuple[str, ...]) -> str | None:
    """Sentence ``index``'s text when it holds one of ``words`` (a cheap test before a costly pattern), else None."""
    sentence = doc.sentences[index]
    head = doc.text[sentence.start:sentence.end]
    low = head.lower()
    return head if any(map(low.__contains__, words)) else None


def referred_one_of_total(doc: Document, records: list[Record]) -> None:
    """"<an instrument told>. It was one of nine agreements signed ...": the one told before is one of the total,
    which keeps the rest."""
    for total in [r for r in records if _total_like(r) and not r.parted]:
        index = total.sentences[0]
        if index == 0:
            continue
        head = _gated(doc, index, REFERRED_WORDS)
        found = _REFERRED_ONE.search(head) if head else None
        if not found or number_value(found.group("count")) != total.quantity:
            continue
        before = [r for r in records if r is not total and r.quantity == 1 and r.sentences[0] < index
                  and r.status == total.status and set(r.countries) == set(total.countries)
                  and (index in r.sentences or r.sentences[-1] == index - 1)]
        if not before:
            continue
        one = max(before, key=lambda r: r.sentences[-1] if r.sentences[-1] < index else r.sentences[0])
        if index not in one.sentences:
            one.sentences = sorted(set(one.sentences) | {index})
        rest(records, total, 1)


def others_are_the_rest(doc: Document, records: list[Record]) -> list[Record]:
    """"... signed 12 agreements, including an MoU on AI. Other deals were also signed on health": the others are
    the rest of the total, not an instrument besides it."""
    out = list(records)
    for record in records:
        if record.quantity is not None or record.rule != "cue" or record.name:
            continue
        index = record.sentences[0]
        head = _gated(doc, index, OTHERS_WORDS)
        if not head or not _OTHERS.search(head):
            continue
        total = next((r for r in reversed(out) if r is not record and _total_like(r)
                      and 0 < index - r.sentences[0] <= _WINDOW and r.status == record.status
                      and set(r.countries) == set(record.countries)), None)
        if total is None:
            continue
        total.sentences = sorted(set(total.sentences) | set(record.sentences))
        out.remove(record)
    return out


# "Among them is one between ...", "Among these deals was an MoU on ...", "Among the agreements signed were ..."
_AMONG_THEM = fastre.compile(r"^\W*among\s+(?:them|these|those|(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?" + _PLURALS +
                             r"(?:\s+signed)?)\s*,?\s+(?:is|was|are|were)\s+(?P<one>one\s+(?:between|on|with|for|"
                             r"signed|that|which|to)\b)?", re.IGNORECASE)
_AMONG_NEAR = 2  # sentences after the total's first where "Among them" refers to it


def among_them(doc: Document, records: list[Record]) -> list[Record]:
    """"Kenya and Japan signed 12 agreements. Among them is one between KenGen and Toshiba on geothermal power" /
    "Among these is an MoU on hydrogen": the one told is one of the total (a record of its own when no instrument
    word tells it), and the total keeps the rest."""
    out = list(records)
    for total in [r for r in records if _total_like(r) and not r.parted]:
        first = total.sentences[0]
        for index in range(first + 1, min(first + 1 + _AMONG_NEAR, len(doc.sentences))):
            sentence = doc.sentences[index]
            head = doc.text[sentence.start:sentence.end]
            if "among" not in head[:12].lower():
                continue
            found = _AMONG_THEM.search(head)
            if not found:
                continue
            told = [r for r in out if r is not total and r.sentences[0] == index and r.quantity == 1
                    and r.status == total.status and set(r.countries) == set(total.countries)]
            if found.group("one") and not told:
                one = replace(total, sentences=[index], quantity=1, rule="among_them", name=None, names=set(),
                              topics=topics_of(doc, index), own_fields=True, parted=False, words=[], covered=[],
                              amounts=[], organizations=[])
                out.append(one)
                told = [one]
            if told and len(told) < (total.quantity or 0):
                total.sentences = [i for i in total.sentences if i != index] or total.sentences[:1]
                rest(out, total, len(told))
            break
    return out


# ", bringing the (total) number of bilateral agreements to 40", "taking the total of deals signed to 12"
_RUNNING = fastre.compile(r"\b(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|rais(?:es|ing)|raised|push(?:es|ing)|"
                          r"pushed|lift(?:s|ing)?)\s+(?:the|their|its)\s+(?:(?:overall|total|cumulative)\s+)?"
                          r"(?:number|total|tally|count)\s+of\s+(?:[\w-]+\s+){0,3}?" + _PLURALS +
                          r"\b[^.;!?]{0,60}?\bto\s+(?:more\s+than\s+|over\s+|about\s+|some\s+)?[\w-]+",
                          re.IGNORECASE)
RUNNING_WORDS = ("bring", "brought", "tak", "took", "rais", "push", "lift")  # (one in every match: tested first)


def running_counts(doc: Document, records: list[Record]) -> list[Record]:
    """"signed an AI memorandum, bringing the number of bilateral agreements to 40": the running count is of all the
    parties have made, no instrument besides the one told beside it."""
    out = list(records)
    for record in records:
        if record.quantity is not None or record.rule != "cue" or record.name:
            continue
        index = record.sentences[0]
        if not any(r is not record and r.sentences[0] == index for r in out):
            continue  # (the news it is told beside, in its sentence)
        head = _gated(doc, index, RUNNING_WORDS)
        if head and _RUNNING.search(head):
            out.remove(record)
    return out


# "concluded four accords ..., in addition to a separate hydrogen partnership": the one beside, outside the count
_BESIDE = fastre.compile(r",?\s+(?:in\s+addition\s+to|besides|apart\s+from|alongside|on\s+top\s+of|as\s+well\s+as|plus)"
                         r"\s+(?:a|an|the)\s+(?:separate|standalone|stand-alone|distinct|further|additional)\b",
                         re.IGNORECASE)
BESIDE_WORDS = ("separate", "standalone", "stand-alone", "distinct", "further", "additional")  # (one in every match)
_COUNT_BEFORE = fastre.compile(r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\s+"
                               r"(?:[\w-]+\s+){0,3}?" + _PLURALS + r"\b", re.IGNORECASE)


def beside_the_total(doc: Document, records: list[Record]) -> None:
    """"concluded four accords on Tuesday, in addition to a separate hydrogen partnership": the one told
    beside the total is outside it; the total's fields are those told before it."""
    for total in [r for r in records if _total_like(r) and not r.own_fields]:
        index = total.sentences[0]
        head = _gated(doc, index, BESIDE_WORDS)
        found = _BESIDE.search(head) if head else None
        if not found or not _COUNT_BEFORE.search(head, 0, found.start()):  # (head is set where found is)
            continue
        beside = [r for r in records if r is not total and r.quantity == 1 and r.sentences[0] == index]
        if not beside:
            continue
        sentence = doc.sentences[index]
        cut = sentence.start + found.start()
        total.topics = {t.term.value for t in doc.sectors if sentence.start <= t.start < cut}
        total.own_fields = True
        for one in beside:  # (and the one beside takes the fields told after the cut, not the total's)
            if not one.own_fields:
                one.topics = {t.term.value for t in doc.sectors if cut <= t.start < sentence.end}
                one.own_fields = True
