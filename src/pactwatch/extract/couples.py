"""Instruments told for several couples of parties at once, one record each.

"MoUs were signed between Vietnam and Japan, as well as Vietnam and Korea" and "... between the trade ministries of
India and Chile and between the space agencies of India and Peru" are one instrument for each couple; "two deals
between Australia and the governments of Iran and Syria" are one side with as many others as there are deals; "Brazil
and Peru each signed an agreement with Japan" are each of the two with the third. One instrument of three ("an
agreement between Brazil, Peru and Japan") stays one. A total told pair by pair of signatories ("Among the signatories
were A with B; C with D") is one record per pair and one for the rest (:func:`signatory_pairs`).
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .counts import quantity_of
from .instruments import Mention, Record, is_plural, topics_of
from .status import date_of
from .lists import rest

_BETWEEN = fastre.compile(r"\bbetween\s+")
# what parts one couple from the next: "..., as well as ...", "... and between ...", "...; and ..."
_NEXT_COUPLE = re.compile(r",?\s+as\s+well\s+as\s+(?:between\s+)?|,?\s+and\s+between\s+|;\s+(?:and\s+)?(?:between\s+)?")
_EACH = fastre.compile(r"\beach\s+(?:also\s+)?(?:signed|inked|sealed|struck|concluded|agreed|reached|adopted)\s+"
                       r"(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
_WITH = fastre.compile(r"^(?:\s+(?:on|for|in)\s+(?:[\w’'-]+\s+){1,4}?)?\s*with\s+")
# a verb of making right before a plural: "signed lithium memorandums", "sign space cooperation agreements"
_MADE_BY_LIST = fastre.compile(r"\b(?:sign|signs|signed|ink|inks|inked|seal|seals|sealed|conclude|concludes|concluded)\s+"
                               r"(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
_ONLY_JOINS = re.compile(r"(?:\s|,|&|\band\b|\bthe\b|\bboth\b)*")  # what is left of a subject list of countries alone
_GOVERNMENTS = fastre.compile(r"\s+and\s+(?:the\s+)?(?:governments|countries|states|ministries|agencies)\s+of\s+(?:the\s+)?$")


def _codes(doc: Document, index: int, start: int, end: int) -> list[str]:
    """The parties named between two offsets of a sentence, in order: countries, and organisations by their country."""
    found = [(c.start, c.code) for c in doc.within("countries", index) if start <= c.start < end
             and not c.in_org and not c.locative and not c.nonparty]
    found += [(o.start, o.entry.country) for o in doc.within("organizations", index)
              if start <= o.start < end and o.entry.country and o.entry.type not in ("media", "research_firm")]
    codes: list[str] = []
    for _, code in sorted(found):
        if code not in codes:
            codes.append(code)
    return codes


def couples(doc: Document, mention: Mention, before: str, after: str, records: list[Record], status: str | None) -> bool:
    """Whether a mention stands for one instrument per couple of parties; if so, their records are added."""
    pairs = _couples(doc, mention, before, after)
    for pair in pairs:
        record = Record(mention.kind, status or "concluded", [mention.sentence], pair, rule="couples",
                        topics=topics_of(doc, mention.sentence))
        record.date = date_of(doc, mention, record.status)
        records.append(record)
    return bool(pairs)


def _couples(doc: Document, mention: Mention, before: str, after: str) -> list[list[str]]:
    """The couples of parties a mention stands for, one instrument each; [] when it is one instrument."""
    index = mention.sentence
    end = doc.sentences[index].end
    each = _EACH.search(before[-60:]) if "each" in before[-60:] else None
    if each is not None:  # "Brazil and Peru each signed an agreement with Japan"
        told = _WITH.match(after)
        sides = _codes(doc, index, doc.sentences[index].start, mention.start - len(before[-60:]) + each.start())
        others = _codes(doc, index, mention.end + told.end(), end) if told else []
        if len(sides) >= 2 and len(others) == 1 and others[0] not in sides:
            return [sorted({side, others[0]}) for side in sides]
        return []
    made = _MADE_BY_LIST.search(before[-60:]) if is_plural(mention.head) else None
    told = _WITH.match(after) if made else None
    if told:  # "Chile and Peru signed lithium memorandums with Japan": instruments (plural) of each with the third
        verb = mention.start - len(before[-60:]) + made.start()
        start = doc.sentences[index].start
        subjects = [c for c in doc.within("countries", index) if start <= c.start < verb and not c.in_org]
        others = _codes(doc, index, mention.end + told.end(), end)
        sides = [c.code for c in subjects]
        rest_of_it = doc.text[start:verb]
        for c in reversed(subjects):
            rest_of_it = rest_of_it[:c.start - start] + rest_of_it[c.end - start:]
        if len(set(sides)) >= 2 and len(others) == 1 and others[0] not in sides and _ONLY_JOINS.fullmatch(rest_of_it) \
                and quantity_of(doc, mention, before, True) in (None, len(set(sides))):
            return [sorted({side, others[0]}) for side in dict.fromkeys(sides)]
    between = _BETWEEN.search(doc.text, mention.end, min(end, mention.end + 60))
    if between is None or not is_plural(mention.head):
        return []
    start = between.end()
    parts = [start] + [m.end() for m in _NEXT_COUPLE.finditer(doc.text, start, end)] + [end]
    if len(parts) > 2:  # couple after couple
        pairs = [_codes(doc, index, a, b) for a, b in zip(parts, parts[1:])]
        return [sorted(p) for p in pairs] if all(len(p) == 2 for p in pairs) else []
    codes = _codes(doc, index, start, end)
    if len(codes) < 3:
        return []
    second = next((c for c in doc.within("countries", index) if c.start >= start and c.code == codes[1]), None)
    grouped = second is not None and _GOVERNMENTS.search(doc.text, start, second.start)  # "between A and the
    # governments of B and C"
    if grouped or quantity_of(doc, mention, before, True) == len(codes) - 1:
        return [sorted({codes[0], other}) for other in codes[1:]]
    return []


# "Among the signatories were A with B; C with D", "The agreements were signed by A and B; C and D; ...", "...,
# followed by A with B; C with D": a total told by who signed each of its instruments
_SIGNATORIES = fastre.compile(r"\b(?:signatories\s+(?:were|included|include|are)|(?:were|was)\s+(?:signed|inked|exchanged)\s+"
                              r"(?:respectively\s+)?(?:by|between)|followed\s+by)\b\s*:?", re.IGNORECASE)
_ITEM_BREAK = re.compile(r";\s*(?:and\s+)?")
_PAIRED = re.compile(r"\s(?:with|and|&)\s|\b(?:both|each|two)\b")


def signatory_pairs(doc: Document, records: list[Record]) -> None:
    """Each pair of signatories told after a total is one of its instruments ("signed five memorandums ... Among
    the signatories were the health ministries of both countries; A with B; and C with D"): described records, the
    total keeps the rest."""
    for total in [r for r in records if r.quantity and r.quantity > 1 and r.rule == "cue"]:
        first = total.sentences[0]
        pairs: list[tuple[int, int, int]] = []  # (sentence, start, end) of each pair
        for index in range(first, min(first + 6, len(doc.sentences))):
            sentence = doc.sentences[index]
            cue = _SIGNATORIES.search(doc.text, sentence.start, sentence.end)
            if cue is None:
                continue
            parts, start = [], cue.end()
            for brk in _ITEM_BREAK.finditer(doc.text, cue.end(), sentence.end):
                parts.append((start, brk.start()))
                start = brk.end()
            parts.append((start, sentence.end))
            if len(parts) < 2:
                continue  # one pair alone is no list ("signed by the two ministers")
            for start, end in parts:
                part = doc.text[start:end]
                if not _PAIRED.search(part):
                    continue
                withs = len(re.findall(r"\swith\s", part))  # "A with B and C with D": two pairs
                pairs += [(index, start, end)] * max(1, withs)
        if not 2 <= len(pairs) <= total.quantity:
            continue
        for index, start, end in pairs:
            records.append(_item(doc, total, "signatory_pair", index, start, end))
        rest(records, total, len(pairs))


def _item(doc: Document, total: Record, rule: str, index: int, start: int, end: int) -> Record:
    """One instrument of a total, told in sentence ``index`` by the words between ``start`` and ``end``: the total's
    kind, status, parties and day, the fields and bodies of its own words; the total's sentence is evidence too."""
    record = Record(total.kind, total.status, sorted({total.sentences[0], index}), list(total.countries), rule=rule,
                    topics={t.term.value for t in doc.sectors if start <= t.start < end}, told=total.told,
                    own_fields=True)
    record.date = total.date
    record.organizations = [o.entry.name for o in doc.within("organizations", index)
                            if start <= o.start < end and o.entry.type not in ("media", "research_firm")]
    return record


# an instrument of a total told by a pronoun: "One covers ...", "signed one with Intel on ...", "another with ...",
# "and the third covers ..."
_PRONOUN_ITEM = fastre.compile(r"\b(?:(?:signed|inked|sealed|concluded)\s+)?(?P<p>(?-i:One)|one|another|the\s+other|"
                               r"the\s+(?:second|third|fourth|fifth|last)|a\s+(?:second|third))\s+(?:with|on|covers|covering|"
                               r"deals\s+with|concerns|focuses\s+on|is\s+on|is\s+about|for)\b", re.IGNORECASE)


def pronoun_items(doc: Document, records: list[Record]) -> None:
    """Each instrument of a total told after it by a pronoun ("signed three memorandums. One covers geothermal
    power, another AI skills, and the third health") is a record of its own, with the fields of its own words; the
    total keeps the rest, if any."""
    for total in [r for r in records if r.quantity and r.quantity > 1 and r.rule == "cue" and not r.parted]:
        first = total.sentences[0]
        last = min(first + 2, len(doc.sentences) - 1)
        start = doc.sentences[first].start
        found = [m for m in _PRONOUN_ITEM.finditer(doc.text, start, doc.sentences[last].end)
                 if m.start() > start and not doc.text[max(0, m.start() - 4):m.start()].lower().endswith("of ")]
        if not 2 <= len(found) <= total.quantity or any(
                doc.sentence_index(m.start()) not in (first, first + 1, first + 2) for m in found):
            continue
        ends = [m.start() for m in found[1:]] + [doc.sentences[doc.sentence_index(found[-1].start())].end]
        for m, end in zip(found, ends):
            records.append(_item(doc, total, "pronoun_item", doc.sentence_index(m.start()), m.start(), end))
        rest(records, total, len(found))


_NOUN = r"(?:agreement|accord|deal|pact|memorandum|MoU|MOU|MoC|protocol|treaty|document|contract|arrangement|grant|loan)"
# an instrument of a total told in a later sentence by a noun and an ordinal: "One of the memorandums covers ...",
# "One of them sets ...", "The first agreement funds ...", then "A second memorandum ...", "Another deal ...", "the
# third accord ...", "The last memorandum ...", "The other accord ..."
_OPENER = fastre.compile(r"\b(?:(?-i:One)\s+of\s+(?:them|these|those|the\s+(?:[\w-]+\s+){0,2}?" + _NOUN + r"s|the\s+" + _NOUN +
                         r"s)|(?-i:The|A)\s+first\s+(?:[\w-]+\s+){0,2}?" + _NOUN + r")\b")
_NEXT = fastre.compile(r"\b(?:(?-i:Another)|(?:the|a)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                       r"last|final|other))\s+(?:[\w-]+\s+){0,2}?" + _NOUN + r"\b", re.IGNORECASE)


_MONEYED = re.compile(r"\w+\s+(?:[\w$€£.,-]+\s+){0,3}?(?:grant|loan)s?\b", re.IGNORECASE)  # matched at a told one


def ordinal_items(doc: Document, records: list[Record]) -> None:
    """The instruments of a total told one by one in the sentences after it by a noun and an ordinal ("signed four
    memorandums. One of the memorandums covers lithium. A second memorandum deals with solar power. The last
    memorandum concerns tourism"): a record each, with the fields of its own words; the total keeps the rest, if any.
    The record a told one made of its own ("A second memorandum ...") is that one (undated, "the third grant" is no
    older one); one told as made otherwise (dated before, planned, other parties: "The first accord ... was signed in
    1998", "Another deal is expected next month") ends the list."""
    for total in [r for r in records if r.quantity and r.quantity > 1 and r.rule == "cue" and not r.parted]:
        first = total.sentences[0]
        found: list[tuple[int, int]] = []  # (sentence, start) of each told one
        taken: list[Record] = []
        for index in range(first + 1, min(first + 6, len(doc.sentences))):
            sentence = doc.sentences[index]
            starts = ([] if found else [m.start() for m in _OPENER.finditer(doc.text, sentence.start, sentence.end)][:1])
            if found or starts:
                starts += [m.start() for m in _NEXT.finditer(doc.text, sentence.start, sentence.end)
                           if not starts or m.start() > starts[0]]
            kinds = {total.kind, "agreement", "mou"} | ({"fund"} if any(  # ("Another $5m grant ...": a fund of its own)
                _MONEYED.match(doc.text, start, sentence.end) for start in starts) else set())
            own = [r for r in records if r is not total and r.quantity == 1 and not r.name and r.sentences[0] == index
                   and r.kind in kinds]
            if not starts or any(set(r.countries) - set(total.countries) or r.status != total.status and (
                    r.status != "existing" or r.date) for r in own):
                break
            found += [(index, start) for start in starts]
            taken += own
        if not found or len(found) > total.quantity:
            continue
        ends = [start for _, start in found[1:]] + [doc.sentences[found[-1][0]].end]
        ends = [min(end, doc.sentences[index].end) for (index, _), end in zip(found, ends)]
        told = {index for index, _ in found}
        for record in taken:
            records.remove(record)
        for (index, start), end in zip(found, ends):
            item = _item(doc, total, "ordinal_item", index, start, end)
            item.sentences = sorted(set(item.sentences) | {i for r in taken if r.sentences[0] == index for i in r.sentences})
            records.append(item)
        total.sentences = [i for i in total.sentences if i not in told]
        rest(records, total, len(found))


# others told to have done the same: "..., and the US and India did so in 2022", "; Ghana followed suit on Tuesday"
_DID_SO = fastre.compile(r"(?:,\s*(?:and|while)|;|\.)\s+(?P<who>(?:the\s+)?[A-Z][^,;.]{0,60}?)\s+(?:did\s+(?:so|the\s+same|"
                         r"likewise)|followed\s+suit|(?:have|has|had)\s+done\s+(?:so|the\s+same))\b"
                         r"(?P<when>[^,;.]{0,30})")

_DID_SO_WORDS = ("did", "followed", "done")  # (one is in every match, as written: tested first)


def did_the_same(doc: Document, records: list[Record]) -> None:
    """Others told to have done what a record's subject did, with the same partner ("Korea raised its ties with the
    EU to a strategic partnership in 2019, and Chile and Peru did so in 2022"; "Kenya signed a
    pact with the UAE on Monday; Ghana followed suit on Tuesday"): one record each, dated by their own time."""
    for record in [r for r in records if (r.quantity or 1) == 1 and len(r.countries) == 2]:
        index = record.sentences[0]
        sentence = doc.sentences[index]
        named = [c for c in doc.within("countries", index) if not c.in_org and c.code in record.countries]
        if len({c.code for c in named}) < 2:
            continue  # (both told in its sentence: who did it, and with whom)
        subject, partner = named[0].code, next(c for c in record.countries if c != named[0].code)
        end = min(len(doc.text), sentence.end + 120)
        found = _DID_SO.search(doc.text, named[-1].end, end) if any(
            doc.text.find(word, named[-1].end, end) >= 0 for word in _DID_SO_WORDS) else None
        if found is None or doc.sentence_index(found.start("who")) not in (index, index + 1):
            continue
        others = {c.code for c in doc.countries if found.start("who") <= c.start < found.end("who") and not c.in_org}
        when = next((t.value for t in doc.times if found.start("when") <= t.start < found.end("when") and t.value), None)
        for code in sorted(others - {subject, partner}):
            copy = Record(record.kind, record.status, sorted({index, doc.sentence_index(found.start("who"))}),
                          sorted({code, partner}),
                          rule="did_the_same", topics=set(record.topics), told=record.told)
            copy.date = when  # (at no time told: "followed suit" is later, when is not said)
            records.append(copy)
