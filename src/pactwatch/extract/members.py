"""A total told, then some of its instruments told only by what they are about (GUIDELINES.md: how counts add up).

News gives a count ("signed 14 memoranda") and describes some of them a sentence or two later with no instrument
word of their own: "the agreements include cooperation in A and B", "one covers X and another sets up Y",
"among the most notable deals is a joint effort on Z", "of the twelve documents, several concern W". Each thing
described is a record of its own (its fields are those of its words), and the total keeps the rest.
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .instruments import Record
from .layout import is_heading
from .lexicon import read_table
from .text import number_value

# the words one of the patterns needs (the sentence is read only when it holds one)
_GATE = ("includ", "cover", "concern", "deal", "among", "one ", "another", "focus", "span", "several")
_PLURALS = (r"(?:agreements|deals|accords|pacts|documents|memorand(?:a|ums)|mous|mocs|instruments|contracts|protocols|"
            r"treaties|texts)")
# "the (three) agreements (signed) (, which) include ...": the plural referred back to, then a list of what
_REFERRED = fastre.compile(r"\b(?:the|these|those)\s+(?:[\w-]+\s+){0,2}?" + _PLURALS + r"(?:\s+signed)?\s*,?\s+"
                           r"(?:which\s+|that\s+)?(?:also\s+)?(?:include[sd]?|cover(?:s|ed)?|concern(?:s|ed)?|"
                           r"deal(?:s|t)?\s+with|focus(?:es|ed)?\s+on|span(?:s|ned)?)\s+(?P<list>[^.;:!?]+)",
                           re.IGNORECASE)
# the plural referred back to is the object of a preposition, not the subject of its verb
_AFTER_PREPOSITION = re.compile(r"\b(?:by|under|in|of|from|within|through|across)\s+$", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:which|that)\s", re.IGNORECASE)
# "among the (most notable) deals is/are ...": one (or a list)
_AMONG = fastre.compile(r"\bamong\s+(?:the\s+|them\b|these\b|those\b)(?:(?:most\s+)?[\w-]+\s+){0,2}?(?:" +
                        _PLURALS[3:-1] + r"|them|these|those)?(?:\s+signed)?\s+(?P<verb>is|was|are|were)\s+"
                        r"(?P<list>[^.;:!?]+)",
                        re.IGNORECASE)
# "one covers X", "another sets up Y", "several concern Z", "two of them deal with W": a clause that opens with a
# quantity and tells what that many are about
_QUANTITY = (r"(?P<q>one|another|a\s+second|a\s+third|the\s+second|the\s+third|the\s+other|the\s+first|several|"
             r"some|a\s+few|two|three|four|five)")
_VERBS = sorted((row[0] for row in read_table("member_verbs.tsv")), key=len, reverse=True)
_NOT_MEMBERS = frozenset(row[0] for row in read_table("not_members.tsv"))  # "ministers of X and Y": who came
_CLAUSE = fastre.compile(r"(?:^\W*|,\s+(?:while\s+|whereas\s+|and\s+|with\s+)?|;\s+|\s+(?:and|while|whereas)\s+)" +
                         _QUANTITY + r"(?:\s+of\s+(?:them|these|those|the\s+\w+))?(?:\s+" + _PLURALS + r")?\s+"
                         r"(?P<verb>" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in _VERBS) + r")\s+"
                         r"(?P<what>[^.;!?]+?)(?=,\s+(?:while|whereas|and)\s|\s+(?:and|while|whereas)\s+(?:" +
                         _QUANTITY[6:] + r"|[.;!?]|$)", re.IGNORECASE)
# the next member told with its verb left out after one told with it: "The first covers lithium and the second
# battery recycling", "one deals with AI, another with chips" (read only after a clause with its verb)
_ELLIPTICAL = re.compile(r"(?:,\s*(?:and\s+|while\s+)?|;\s*|\s+(?:and|while|whereas)\s+)(?P<q>another|a\s+second|"
                         r"a\s+third|the\s+second|the\s+third|the\s+other|the\s+last),?\s+(?:(?:with|on|to)\s+)?"
                         r"(?P<what>(?!(?:is|was|are|were|will|would|has|have|had|can|could|may|one|of)\b)[a-z][^.;!?,]*?)"
                         r"(?=,|\s+and\s+(?:another|a\s+(?:second|third)|the\s+(?:second|third|other|last))\b|[.;!?]|$)",
                         re.IGNORECASE)
_NAMED = re.compile(r"\bof\s+(?:them|these|those|the)\b|\b" + _PLURALS + r"\b", re.IGNORECASE)  # "several MoUs"
_COMMAS = re.compile(r",\s*(?:and\s+)?")
_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+")
# words before the field itself: "cooperation in", "the enhancement of", "work on"
_LEAD = re.compile(r"^(?:(?:closer|joint|bilateral|peaceful)\s+)?(?:co-?operation|collaboration|work|partnership|"
                   r"projects?|initiatives?)\s+(?:in|on|for|over)\s+(?:the\s+(?:fields?|areas?)\s+of\s+)?|"
                   r"^(?:the\s+)?(?:enhancement|"
                   r"development|promotion|improvement|expansion|strengthening)\s+of\s+", re.IGNORECASE)
_DOMAIN = re.compile(r"^\W*(?:in|on|as\s+for|as\s+to|regarding)\s+[^,]{2,50},\s*$", re.IGNORECASE)  # "In technology, "
_SEVERAL = {"several": 2, "some": 2, "a few": 2}
_COUNTED = frozenset({"mou", "agreement", "framework", "protocol"})  # kinds a total of deals counts
_UMBRELLA_NEXT = 5  # sentences after a plural with no count where its members may be told
_WINDOW = 10  # sentences after the total's first where its members may be told


def _fields(doc: Document, start: int, end: int) -> set[str]:
    return {t.term.value for t in doc.sectors if start <= t.start < end}


def _items(text: str, offset: int, one: bool, longest: int = 6) -> list[tuple[int, int]]:
    """The spans of the things a list names (one thing when ``one``); [] when an item is longer than ``longest``
    words. A comma before the last "and" ("A and B, C, and D") splits at the commas only."""
    cut = re.search(r",\s+(?!and\b)|\s+(?:with|linking|aimed|which|that|while)\s", text) if one else None
    text = text[: cut.start()] if cut else text
    if one:
        parts = [(0, len(text))]
    else:
        split = _COMMAS if re.search(r",\s*and\s", text) else _SPLIT
        cuts = [0, *(x for m in split.finditer(text) for x in m.span()), len(text)]
        parts = [(a, b) for a, b in zip(cuts[::2], cuts[1::2]) if text[a:b].strip()]
    out = []
    for a, b in parts:
        lead = _LEAD.match(text, a, b)
        a = lead.end() if lead else a
        words = re.sub(r"^(?:an?|the)\s+", "", text[a:b].strip(), flags=re.IGNORECASE).split()
        if not words or len(words) > longest or words[0][:1].isupper() and not words[0].isupper() \
                or words[0].lower() in _NOT_MEMBERS:
            return []  # (a name, "Samsung, LG and SK Hynix": the firms that signed, no subjects; "ministers of
            # energy and trade": people who came)
        out.append((offset + a, offset + b))
    return out


def _told(doc: Document, index: int, total: int) -> list[tuple[int, int, int]]:
    """What sentence ``index`` tells of the members of a total of ``total``: (how many, start, end) of each."""
    sentence = doc.sentences[index]
    if not doc.holds(_GATE, sentence.start, sentence.end):
        return []
    text = doc.text[sentence.start:sentence.end]
    found = _REFERRED.search(text)
    if found and _AFTER_PREPOSITION.search(text, 0, found.start()) and not _RELATIVE.search(found.group(0)):
        found = None  # "Other fields covered by the agreements include ...": the fields are what it lists (but
        # "the breadth of the deals, which include ...")
    if found:  # "the agreements cover A and B" may tell what all of them cover; "include", or "In technology, the
        # agreements cover ..." (one domain of the total's), tells some of them
        some = "includ" in text[found.start():found.start("list")].lower() or _DOMAIN.match(text[: found.start()])
        # (the verb's "include"; not "cover many sectors, including A, B": fields all of them cover)
        items = _items(found.group("list"), sentence.start + found.start("list"), False, 6 if some else 15)
        return [(1, a, b) for a, b in items] if some or len(items) == total else []  # (as many as the total: all,
        # each told at more length)
    found = _AMONG.search(text)
    if found:
        one = found.group("verb").lower() in ("is", "was")
        return [(1, a, b) for a, b in _items(found.group("list"), sentence.start + found.start("list"), one)]
    out, named = [], False
    for clause in _CLAUSE.finditer(text):
        named = named or bool(_NAMED.search(clause.group(0), 0, clause.start("verb") - clause.start()))
        word = re.sub(r"\s+", " ", clause.group("q").lower())
        many = _SEVERAL.get(word) or (number_value(word) if word not in ("one", "another") and not word.startswith(
            ("a ", "the ")) else 1) or 1
        spans = _items(clause.group("what"), sentence.start + clause.start("what"), True)
        out.extend((many, a, b) for a, b in spans)
    if out:  # members told after with their verb left out ("..., and the second battery recycling")
        taken = [(c.start(), c.end()) for c in _CLAUSE.finditer(text)]
        for gap in _ELLIPTICAL.finditer(text, taken[0][0] if taken else 0):
            if not any(a <= gap.start("q") < b for a, b in taken):
                out.extend((1, a, b) for a, b in _items(gap.group("what"), sentence.start + gap.start("what"), True))
    return out if out and (len(out) > 1 or named or re.match(r"\W*(?:one|of|among)\b", text, re.IGNORECASE)) else []


def members_by_subject(doc: Document, records: list[Record]) -> list[Record]:
    """Each member of a total told by what it is about becomes a record; the total keeps the rest."""
    out = list(records)
    for total in records:
        if not total.quantity or total.quantity < 2 or total.parted or total.rule != "cue" or total not in out:
            continue
        first = total.sentences[0]
        told: list[tuple[int, int, int, int]] = []  # (how many, start, end, sentence)
        for index in range(first, min(first + _WINDOW + 1, len(doc.sentences))):
            if index in total.sentences[:1] or is_heading(doc, index):
                continue
            told.extend((q, a, b, index) for q, a, b in _told(doc, index, total.quantity))
        if not told:
            continue
        members: list[tuple[int, set[str], list[int]]] = []
        for many, start, end, index in told:
            fields = _fields(doc, start, end)
            same = next((m for m in members if fields and fields <= m[1]), None) if many == 1 else None
            if same is not None:  # a member told again ("... and space. Among them is a lunar mission.")
                same[2].append(index)
                continue
            members.append((many, fields, [index]))
        count = sum(m[0] for m in members)
        singles = [r for r in out if r is not total and r.quantity == 1 and r.status == total.status
                   and r.kind in _COUNTED and r.countries == total.countries]  # (told with words of their own)
        twins = {k: r for k, m in enumerate(members) for r in singles if m[0] == 1 and m[1] and m[1] <= (
            r.topics or _fields(doc, doc.sentences[r.sentences[0]].start, doc.sentences[r.sentences[0]].end))}
        own = sum(1 for r in singles if first < r.sentences[0] <= first + _WINDOW and r not in twins.values())
        count += own if count + own <= total.quantity else 0
        if count > total.quantity or len(members) < 2 and count == total.quantity:
            continue  # more than the total: what they cover together, not members
        for k, (many, fields, sentences) in enumerate(members):  # (its own sentences among the first read for
            if k in twins:  # fields) a member told already by a word of its own: that record
                twins[k].sentences.extend(i for i in sentences if i not in twins[k].sentences)
                continue
            told_here = list(dict.fromkeys([first, *sorted(sentences), *total.sentences]))
            record = Record(total.kind, total.status, told_here, list(total.countries), quantity=many,
                            rule="member_told", topics=set(fields), own_fields=True)
            record.date, record.organizations = total.date, list(total.organizations)
            out.insert(out.index(total), record)
        told_in = {i for m in members for i in m[2]}
        total.topics = {f for i in total.sentences if i not in told_in
                        for f in _fields(doc, doc.sentences[i].start, doc.sentences[i].end)}
        total.sentences = [i for i in total.sentences if i not in told_in] or total.sentences[:1]
        total.own_fields = True
        if count < total.quantity:
            total.quantity, total.parted = total.quantity - count, True
        else:
            out.remove(total)
    return out


def _first_told(doc: Document, record: Record) -> int:
    """The first sentence of a record that is no heading (a headline restates the news first)."""
    return next((i for i in record.sentences if not is_heading(doc, i)), record.sentences[0])


def umbrella_of_members(doc: Document, records: list[Record]) -> list[Record]:
    """"signed a series of agreements as part of ...", then "two memoranda were signed. The first ..., the
    second ...": the plural with no count is no instrument besides the ones told in the next sentences (two or
    more between them); its sentence is evidence of each (GUIDELINES: umbrella sentences)."""
    out = list(records)
    for umbrella in records:
        if umbrella.quantity is not None or umbrella.name or umbrella.rule != "cue":
            continue
        first = umbrella.sentences[0]
        def after(record: Record) -> bool:  # told first in the next sentences; a deal told in a caption before and
            # again after is one of them too, a partnership restated after is no member
            return 0 < _first_told(doc, record) - first <= _UMBRELLA_NEXT or record.kind in _COUNTED and any(
                0 < i - first <= _UMBRELLA_NEXT for i in record.sentences)

        parts = [r for r in out if r is not umbrella and r.status == umbrella.status and (r.quantity or 0) >= 1
                 and set(umbrella.countries) <= set(r.countries) and after(r)]
        if sum(r.quantity or 1 for r in parts) >= 2:
            out.remove(umbrella)
            for record in parts:
                record.sentences.append(first)
                if umbrella.date and (record.date is None or doc.published and record.date == str(doc.published)):
                    record.date = umbrella.date  # the day the plural told ("on Tuesday"), not the story's
    return out


# ", with both committing to establish joint labs": a thing to found, told beside a total, not one of it
_FOUNDING_AFTER = fastre.compile(r"\b(?:establish|set\s+up|open|launch|create|build|found)\b", re.IGNORECASE)


def founded_beside(before: str, including: re.Match[str]) -> bool:
    """The words before a mention in a total's sentence tell it as founded beside the total (", with ... to set up"),
    not as one of the total ("including")."""
    return including.group(0).strip(" ,").lower() == "with" and bool(_FOUNDING_AFTER.search(before, including.end()))
