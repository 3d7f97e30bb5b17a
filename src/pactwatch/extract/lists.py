"""Lists and totals: how counts add up (GUIDELINES.md).

Items numbered, dashed or marked each become their own record, with or without an instrument word
("3- Cooperation project between the space agencies"); a total told in part ("signed 15 agreements,
including one on AI and another on batteries", "46 agreements. Among them: ▲ ...") leaves its described
instruments as records and one more record for the rest.
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .lexicon import Lexicons
from .orgnames import initials_fit
from .status import _status_cues, date_of, status_of
from .listitems import CONTENTS_INTRO, WORK_INTRO, founding_item, objective
from .instruments import Mention, Record, is_plural, plural_umbrella, topics_of
from .tallies import told_after
from .layout import is_bullet, starts_line
from .finish import inherit_day
from .instnames import name_key, name_words
from .text import number_value
from .parties import RESPECTIVELY, group_times, organizations_of, parties_of
from .precedents import PRECEDENT, counterparts, latest_told


LIST_INTRO = fastre.compile(r"(?:\b(?:following|include|includes|included|including|among them|among which|as follows|"
                         r"namely|are|were|signed|exchanged|adopted|concluded|inked|agreed)\b[^:]{0,60}|^[^:]{0,40}):\s*$",
                         re.IGNORECASE)


def rest(records: list[Record], total: Record, described: int) -> None:
    """A total told item by item in part: the described ones are records, one more stands for the rest."""
    rest = (total.quantity or 0) - described
    if rest >= 1:
        total.quantity, total.parted = rest, True
    else:
        records.remove(total)


# "signed 15 agreements, including one on satellites and one on AI", "12 MOUs, among them an MOU on batteries
# and another on nickel": each described instrument is its own record
INCLUDING = fastre.compile(r",?\s+(?:including|such as|among them|among which|notably|namely|with|(?:that|which)\s+"
                           r"includ(?:e|es|ed))\s+|:\s+|,\s+(?=one\s+(?:with|on|for|between)\s)", re.IGNORECASE)
# ("two separate MOUs, one with First Asia Capital and one with Brainspark": each told by its partner)
_DESCRIBED = fastre.compile(r"^(?:one|an?|another|the|a second|a third)\s+(?:(?:[\w-]+\s+){0,4}?(?P<word>[\w-]+)\s+)?"
                        r"(?:on|for|to|covering|regarding|concerning|about|in|with|between)\s+|^(?:the\s+)?(?:building|construction|"
                        r"development|establishment|creation|launch|setting\s+up|production|manufacturing|training|"
                        r"promotion)\s+of\s+", re.IGNORECASE)  # "that include the building of a satellite"
# "including deals on satellites and 5G", "including on AI, chips and health": one described instrument a field
_FIELD_ITEMS = fastre.compile(r"^(?:(?P<word>deals|agreements|pacts|accords|treaties|memorand\w+|MoUs|MOUs|MoCs|documents)\s+)?"
                              r"(?:on|in|covering|for|in the (?:fields?|areas?) of|related to|relating to|concerning|"
                              r"regarding|dealing with)\s+(?P<list>[^.;:()]+?)\s*(?:[.;]|$)",
                              re.IGNORECASE)
_ONE_BEGINS = fastre.compile(r"(?:one|an?|another)\b", re.IGNORECASE)
# the sentence after a total that tells some of them: "They include ...", "Among them were ..."
THEY_INCLUDE = fastre.compile(r"^\W*(?:they|these|those|the (?:agreements|deals|documents|pacts|memorand\w+|MoUs|MOUs))\s+"
                               r"(?:include|included|includes|cover|covered)\s+|^\W*among (?:them|these|those|the (?:agreements|"
                               r"deals|documents|pacts|memorand\w+|MoUs|MOUs)(?:\s+signed)?)\s+(?:are|were|include|included)\s+",
                               re.IGNORECASE)
# "... maritime affairs, renewable energy, tourism and the fine arts.": fields named bare, one to an instrument
_BARE_FIELD = fastre.compile(r"(?:the\s+)?(?!(?:an?|one|another)\b)[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}")


# items of "including A, B and C": split at commas and at "and" before a new item, not inside "safety and security"
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?=(?:a|an|another|one|the)\b)|\s+as well as\s+")
_ARTICLE = re.compile(r"(?:an?|another|one|the|a second|a third|a separate)\s", re.IGNORECASE)


def described(doc: Document, lex: Lexicons, records: list[Record]) -> list[Record]:
    out = list(records)
    for total in records:
        if total.quantity is None and total in out:
            _uncounted(doc, lex, total, out)
        if not total.quantity or total.quantity < 2 or total not in out:
            continue
        items = told_after(total, out)
        if len(items) == total.quantity:  # "signed three agreements ... The third MoU was signed between ...": each
            out.remove(total)             # told in its own words, none left to describe
            continue
        kinds: list[tuple[str, int, int]] = []  # each described one's kind and words (from ``base``)
        base, intro = None, None  # where the items start, and the words before them (None: not told)
        for index in total.sentences:  # the sentence that gives the total (a headline may come first)
            sentence = doc.sentences[index]
            text = doc.text[sentence.start:sentence.end]
            for found in INCLUDING.finditer(text):  # "met with X and signed 15 agreements, including ...": the
                if "with" in found.group(0).lower() and not _ONE_BEGINS.match(text, found.end()):
                    continue  # "six agreements with the Philippines at a summit in Manila": the partner, no item
                kinds = _described_kinds(lex, total, text[found.end():])  # one that goes on to describe them
                if kinds:
                    base, intro = sentence.start + found.end(), (sentence.start, sentence.start + found.start())
                    break
            if kinds:
                break
        following = _items_told_after(doc, total)
        following = total.sentences[-1] + 1 if following is None else following  # ("The agreements cover ...")
        if not kinds and following < len(doc.sentences):  # "... signed 15 agreements. They include ..."
            text = doc.sentences[following].text(doc.text)
            found = THEY_INCLUDE.search(text)
            told = [r for r in out if r is not total and r.sentences[0] == following and (r.quantity or 1) == 1]
            if found and told:  # items with their own instrument words are records already: the rest is one more
                rest(out, total, len(told))
                continue
            kinds = _described_kinds(lex, total, text[found.end():]) if found else []
            base = doc.sentences[following].start + found.end() if found else None
            if found and not kinds:  # "Among the MoUs signed were maritime affairs, energy, tourism and the arts."
                fields = [f.strip() for f in re.split(r",\s*(?:and\s+)?|\s+and\s+", text[found.end():].strip().rstrip(".")) if f.strip()]
                if len(fields) == total.quantity and all(_BARE_FIELD.fullmatch(f) and (f[:1].islower() or lex.sectors.find(
                        f.lower())) for f in fields):  # (not "Samsung, LG and SK Hynix": firms are no fields)
                    kinds, base = [(total.kind, 0, 0)] * len(fields), None
        if kinds:
            _add_described(doc, total, out, kinds, base, intro)
        else:
            _one_per_field(doc, total, out)
    return out


def _items_told_after(doc: Document, total: Record) -> int | None:
    """The sentence right after one of the total's that tells some of them ("They include ..."), or None."""
    return next((i + 1 for i in sorted(total.sentences) if i + 1 < len(doc.sentences) and THEY_INCLUDE.search(
        doc.sentences[i + 1].text(doc.text))), None)


def _uncounted(doc: Document, lex: Lexicons, total: Record, out: list[Record]) -> None:
    """"signed several agreements. Among them were accords on A, on B and on C": with no count, the items the next
    sentence tells are the records (each with that sentence too), and no rest; a plural that sentence starts with
    ("accords on ...") is the list's own word, no other record."""
    following = _items_told_after(doc, total)  # (the list's own plural may be told in it already)
    if following is None:
        return
    sentence = doc.sentences[following]
    found = THEY_INCLUDE.search(sentence.text(doc.text))
    kinds = _described_kinds(lex, total, sentence.text(doc.text)[found.end():], longest=10)
    if len(kinds) < 2:
        return
    out[:] = [r for r in out if not (r is not total and r.sentences[0] == following and r.quantity is None)]
    _add_described(doc, total, out, kinds, sentence.start + found.end(), None)
    for record in out[-len(kinds):]:
        record.sentences = sorted({*record.sentences, following})


def _parts(text: str, split: re.Pattern[str], offset: int = 0) -> list[tuple[str, int, int]]:
    """The non-empty parts of ``text`` between the matches of ``split``, each with its span (from ``offset``)."""
    cuts = [0, *(x for m in split.finditer(text) for x in m.span()), len(text)]
    return [(text[a:b], offset + a, offset + b) for a, b in zip(cuts[::2], cuts[1::2]) if text[a:b].strip()]


_FIELD_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+")


def _described_kinds(lex: Lexicons, total: Record, tail: str, longest: int = 5) -> list[tuple[str, int, int]]:
    """The kind and words (span in ``tail``) of each instrument a total's "including ..." describes; [] when it
    describes none. A field told in more than ``longest`` words is no field."""
    fields = _FIELD_ITEMS.match(tail)
    if fields:  # "including deals on satellites and 5G": one a field
        listed = _parts(fields.group("list"), _FIELD_SPLIT, fields.start("list"))
        word = (fields.group("word") or "").lower()
        term = (lex.instruments.get(word) or lex.instruments.get(word.rstrip("s"))) if word else None
        if 2 <= len(listed) < (total.quantity or len(listed) + 1) and all(len(f.split()) <= longest for f, _, _ in listed):
            return [(term.value if term else total.kind, start, end) for _, start, end in listed]
        return []
    described = []
    for item, start, end in _parts(tail, _ITEM_SPLIT):
        match = _DESCRIBED.match(item.strip())
        named = lex.instruments.find(item) if match is None and _ARTICLE.match(item.strip()) else []
        if match is None and not named:
            break  # "a climate accord", "a separate security MoU between ...": an item with its own word
        word = (match.group("word") or "").lower() if match else ""
        term = lex.instruments.get(word) if word else None
        described.append((term.value if term else named[0].payload.value if named else total.kind, start, end))
    return described


def _add_described(doc: Document, total: Record, out: list[Record], kinds: list[tuple[str, int, int]],
                   base: int | None, intro: tuple[int, int] | None) -> None:
    """One record for each described instrument of a total, and one for the rest. Where the words of each are
    known (``base``), each takes the fields of its own words, and the rest those told before them ("signed 12
    agreements on trade and AI, including ...")."""
    def fields(start: int, end: int) -> set[str]:
        return {t.term.value for t in doc.sectors if start <= t.start < end}

    for kind, start, end in kinds:
        record = Record(kind, total.status, list(total.sentences), list(total.countries), rule="described",
                        topics=set(total.topics) if base is None else fields(base + start, base + end),
                        own_fields=base is not None)
        record.date, record.organizations = total.date, list(total.organizations)
        out.append(record)
    if base is not None and intro is not None:
        total.topics, total.own_fields = fields(*intro), True
    rest(out, total, len(kinds))


# "three MoUs for cooperation in the fields of mining, health and education":
# as many fields as the count, one instrument each
_FIELDS = re.compile(r"\b(?:on|covering|in the (?:fields?|areas?|sectors?) of|for (?:co-?operation|collaboration) in(?: the "
                     r"(?:fields?|areas?|sectors?) of)?|in(?!\s+place\b))\s+(?P<list>[^.;:]+?)(?=[.;:]|\s+(?:during|at|on the|in the "
                     r"presence|between|with|to|which|that|were|was|are|is|will|have|has)\b|\s+on\s+(?:[A-Z]|\d)|$)", re.IGNORECASE)


_KIND_WORD = {"mou": "memorandum", "joint_statement": "joint statement", "action_plan": "action plan",
              "trade_agreement": "trade agreement"}


def _one_per_field(doc: Document, total: Record, out: list[Record]) -> None:
    if total.rule not in ("cue", "one_of") or not total.quantity or not 2 <= total.quantity <= 6:
        return
    if any(r.rule == "one_of" and r.countries == total.countries and r.sentences[0] > total.sentences[0] for r in out):
        return  # told one by one after it: the rest stays one record (told_one_by_one)
    for index in total.sentences:  # the sentence that lists as many fields as the count
        found = _fields_in(doc, index)
        if found is not None and len(found[1]) == total.quantity and not any(len(f.split()) > 5 for f in found[1]):
            break
    else:
        return
    list_start, fields = found
    for field_words in fields:  # each told by its field: "memorandum on education" (no two alike)
        name = f"{_KIND_WORD.get(total.kind, total.kind)} on {field_words.strip()}"
        at = doc.text.find(field_words, list_start)
        own = {t.term.value for t in doc.sectors if at >= 0 and at <= t.start < at + len(field_words)}
        record = Record(total.kind, total.status, list(total.sentences), list(total.countries), name=name,
                        rule="per_field", topics=own, own_fields=True)
        record.names.add(name_key(name))
        record.date, record.organizations = total.date, list(total.organizations)
        out.append(record)
    out.remove(total)


def _fields_in(doc: Document, index: int) -> tuple[int, list[str]] | None:
    """Where a field list starts in sentence ``index`` and its fields ("on AI, chips, and health and medicine")."""
    sentence = doc.sentences[index]
    words = doc.within("instruments", index)
    text = doc.text[sentence.start:sentence.end]
    # the fields follow the instrument word ("On Wednesday, X and Y signed three memoranda on ICT")
    found = _FIELDS.search(text, words[0].end - sentence.start) if words else None
    if found is None:
        return None
    listed = found.group("list")
    if re.search(r",\s*and\s", listed):  # "education, and health and medicine": the comma before "and" ends it
        fields = [f for f in re.split(r",\s*(?:and\s+)?", listed) if f.strip()]
    else:
        fields = [f for f in re.split(r",\s*|\s+and\s+|\s+as well as\s+", listed) if f.strip()]
    if any(_WHEN.fullmatch(f.strip()) for f in fields):
        return None  # "signed with China in 2018 and 2019": when they were made, no fields
    return sentence.start + found.start("list"), fields


_WHEN = re.compile(r"(?:(?:early|mid|late)[\s-]+)?(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August|"
                   r"September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+(?:19|20)\d\d)?")


_ONE_OF_THE = re.compile(r"\b(?:one\s+of|among)\s+(?:(?:the|these|those|its|their)\s+)?([\w-]+)\s+", re.IGNORECASE)


# "Of the four pacts, the key one was ...", "...; the most important was ...": one of the total told singled out
_SINGLED_OUT = fastre.compile(r"\bthe\s+(?:key|main|most\s+[a-z]+|biggest|largest|chief|principal|centrepiece|"
                              r"centerpiece|highlight|standout|flagship)(?:\s+one)?\s+(?:was|is|being)\b", re.IGNORECASE)


# "One of the deals, an MoU on compute, ...", "One of them, a memorandum on ...": one of a total, told on its own
_ONE_OF_APPOSED = fastre.compile(r"\b(?:one|the\s+(?:first|second|third|other|last)|another)\s+of\s+(?:them|these|those|"
                                 r"(?:the|these|those|its|their)\s+(?:[\w-]+\s+){0,2}?(?:deals|agreements|pacts|accords|"
                                 r"memorand\w+|MoUs|MOUs|documents|instruments))\s*[,:–—-]\s*(?:a|an|the)?\s*$", re.IGNORECASE)


ONE_OF_WORDS = ("one", "first", "second", "third", "other", "last")  # (one in every match, and "of")


def one_of_apposed(before: str) -> bool:
    """The words before a mention set it in apposition to one of a total told before."""
    low = fastre.fold(before[-70:])
    return "of" in low and any(map(low.__contains__, ONE_OF_WORDS)) and bool(_ONE_OF_APPOSED.search(before[-70:]))


def one_of_the_total(doc: Document, records: list[Record]) -> None:
    """"One of the twenty agreements signed ... was an MoU on AI": the one told is a record, the total the rest."""
    for total in [r for r in records if r.quantity and r.quantity > 1 and r.rule == "cue"]:
        index = total.sentences[0]
        sentence = doc.sentences[index]
        found = _ONE_OF_THE.search(doc.text, sentence.start, sentence.end)
        if not (found and number_value(found.group(1)) == total.quantity):
            found = _SINGLED_OUT.search(doc.text, sentence.start, sentence.end)
        one = next((r for r in records if r is not total and r.quantity == 1 and r.sentences[0] == index), None)
        if found and one is not None:
            total.topics = {t.term.value for t in doc.sectors if sentence.start <= t.start < found.start()}
            total.own_fields = True  # (the fields of the one singled out are its own, not the rest's)
            rest(records, total, 1)
            if one.status == "existing" and total.status != "existing":  # "X was one of four agreements signed on
                one.status, one.date = total.status, total.date  # Thursday": made with them, not in place before


def counted_later(doc: Document, records: list[Record]) -> list[Record]:
    """"Chile and Peru signed new agreements on Tuesday. In all, five memoranda were signed": the plural told with no
    count is the total counted just after, no instrument besides it."""
    out = list(records)
    for umbrella in records:
        if umbrella.quantity is not None or umbrella.name or umbrella.rule != "cue":
            continue
        total = next((r for r in out if r is not umbrella and (r.quantity or 1) > 1 and r.rule == "cue"
                      and 0 < r.sentences[0] - umbrella.sentences[-1] <= 3 and r.status == umbrella.status
                      and set(r.countries) == set(umbrella.countries)), None)
        if total is not None:
            total.sentences = sorted(set(total.sentences) | set(umbrella.sentences))
            if umbrella.date and (total.date is None or doc.published and total.date == doc.published.isoformat()):
                total.date = umbrella.date  # the day the plural told ("on Tuesday"), not the story's
            out.remove(umbrella)
    return out


def told_one_by_one(doc: Document, records: list[Record]) -> list[Record]:
    """"Kenya and Japan reached agreements on energy and space" or "signed three agreements", then each told in
    a sentence of its own: the plural is no instrument besides them. Its sentence is evidence of each (GUIDELINES:
    umbrella sentences). A total with more than are told stays, as the rest."""
    out = list(records)
    for umbrella in records:
        if umbrella.quantity == 1 or umbrella.name is not None or umbrella.rule != "cue":
            continue
        first = umbrella.sentences[0]
        told = [r for r in out if r is not umbrella and r.quantity == 1 and 0 < r.sentences[0] - first <= 8
                and set(umbrella.countries) <= set(r.countries) and r.status == umbrella.status]
        parts = [r for r in out if r.rule in ("one_of", "per_field") and r.sentences[0] > first
                 and r.countries == umbrella.countries]
        if len(told) >= max(2, umbrella.quantity or 0):
            out.remove(umbrella)
            for record in told:
                record.sentences.insert(0, first)
        elif umbrella.quantity and parts and not _fields_left(doc, out, umbrella, parts):
            rest(out, umbrella, sum(r.quantity or 1 for r in parts))  # "four agreements", then "The MoU on X",
            # "The MoU on Y": one more for the rest
        elif umbrella.quantity and not umbrella.parted and umbrella.kind in ("agreement", "mou") and 2 <= len(
                texts := [r for r in told if r.kind in ("agreement", "mou")]) < umbrella.quantity:
            rest(out, umbrella, len(texts))  # "signed six agreements", then three memorandums told one by one: the
            for record in texts:             # three, and one record for the other three (a joint statement or a
                record.sentences.insert(0, first)  # committee told beside them is no deal of the count)
    return out


def _fields_left(doc: Document, out: list[Record], umbrella: Record, parts: list[Record]) -> bool:
    """"four agreements on batteries, trade, health and education", then "The MoU on batteries ..." and "The MoU
    on trade ...": the total named every field, so the fields not told again are each an instrument of their own
    (the ones told again are the parts). False when the fields do not add up to the total."""
    for index in umbrella.sentences:
        found = _fields_in(doc, index)
        if found is not None and len(found[1]) == umbrella.quantity and not any(len(f.split()) > 5 for f in found[1]):
            break
    else:
        return False
    list_start, fields = found
    told = set().union(*(r.topics for r in parts))
    left = []
    for field_words in fields:
        at = doc.text.find(field_words, list_start)
        own = {t.term.value for t in doc.sectors if at >= 0 and at <= t.start < at + len(field_words)}
        if not own & told:
            left.append((field_words.strip(), own))
    if len(left) != (umbrella.quantity or 0) - sum(r.quantity or 1 for r in parts):
        return False
    kind = umbrella.kind  # what the total calls them ("four agreements"), whatever the ones told again are called
    for field_words, own in left:
        name = f"{_KIND_WORD.get(kind, kind)} on {field_words}"
        record = Record(kind, umbrella.status, [index], list(umbrella.countries), name=name,  # the sentence naming it
                        rule="per_field", topics=own, own_fields=True)
        record.names.add(name_key(name))
        record.date, record.organizations = umbrella.date, list(umbrella.organizations)
        out.insert(out.index(umbrella), record)
    out.remove(umbrella)
    return True


_ITEM_WORDS = fastre.compile(r"\b(?:cooperation|co-operation|collaboration|project|programme|program|arrangement|note|"
                         r"exchange|joint|partnership|agreement|protocol|contract|plan)\b", re.IGNORECASE)


def bullet_record(doc: Document, lex: Lexicons, mention: Mention, parties: list[str], bullet_status: str) -> Record:
    """A list item is its own instrument, never a restatement: "- Setting up a joint centre" is to come, "- X is
    nearing a deal" takes its own word, and under "MoUs signed:" an item "A & B: Strategic partnership" is one of
    the MoUs (its topic)."""
    own = "planned" if founding_item(doc, mention.sentence) else (status_of(doc, lex, mention) or bullet_status)
    kind = "mou" if doc.cache.get("list_kind") == "mou" and mention.kind in ("agreement", "partnership") else \
        mention.kind
    record = Record(kind, own, [mention.sentence], parties, name=mention.name, rule="bullet",
                    topics=topics_of(doc, mention.sentence))
    record.names.add(name_key(mention.name) if mention.name else name_key(mention.head))
    if mention.name:
        record.words.append(name_words(mention.name, lex))
    record.organizations = organizations_of(doc, mention, parties)
    listed_on = doc.cache.get("list_date") if own == "concluded" else None  # an item that tells no time of its own
    record.date = listed_on if listed_on and not any(t.value and t.kind == "date" for t in doc.within(  # was made on
        "times", mention.sentence)) else date_of(doc, mention, own)  # the day its list's intro tells
    return record


def list_intro(doc: Document, lex: Lexicons, index: int, mentions: list[Mention], records: list[Record],
               heading: bool) -> tuple[str, bool, bool] | None:
    """A sentence that opens a list of instruments or of what one covers: one ending in a colon that names an
    instrument ("The MoUs signed were:", "The MoU covers the following areas:"), or a heading naming them in plural
    over bullets ("Key MoUs Signed"). Returns the items' status, whether the items are contents, and whether the
    intro's instrument word is only their umbrella (then the items' kind and parties are noted for them); else
    None."""
    text = doc.sentences[index].text(doc.text)
    plural = bool(mentions) and (plural_umbrella(mentions[0]) or heading and is_plural(mentions[0].head))
    if not mentions or not (text.rstrip().endswith(":") or heading and index > 0 and plural and index + 1 < len(
            doc.sentences) and is_bullet(doc, index + 1)):
        return None
    status = status_of(doc, lex, mentions[0]) or "concluded"
    doc.cache["list_date"] = date_of(doc, mentions[0], status) if status == "concluded" else None
    contents = bool(CONTENTS_INTRO.search(text)) or not plural and bool(WORK_INTRO.search(text))
    # "... outlines several areas of cooperation:"; "The partnership will:", "Under the MoU, the two sides commit to:"
    umbrella = next((r for r in reversed(records) if (r.quantity or 1) > 1 and len(r.countries) >= 2), None) \
        or next((r for r in reversed(records) if r.quantity is None and len(r.countries) >= 2
                 and index - r.sentences[-1] <= 2), None)  # ("signed several MoUs. The key MoUs include:")
    if umbrella is not None and plural:  # "These agreements ... are:" after "signed seven agreements between X and
        doc.cache["list_parties"] = list(umbrella.countries)  # Y": theirs
    if plural and not contents:  # "The key MoUs include:": each item one of them, told by its signatories or not
        doc.cache["list_kind"] = mentions[0].kind
    return status, contents, plural


def listed_item(doc: Document, lex: Lexicons, index: int, records: list[Record], status: str) -> None:
    """A list item under "signed the following:" that names no instrument word ("Cooperation project between
    the UAE Space Agency and KASA"): an agreement of the list's parties."""
    sentence = doc.sentences[index]
    head = doc.text[sentence.start:min(sentence.end, sentence.start + 120)].split(":")[0]
    kind = doc.cache.get("list_kind")  # under "The MoUs signed were:", "- Ministry of IT & ZTE: fibre" is one of them
    if kind is None and not _ITEM_WORDS.search(head):
        return
    if objective(doc, index):
        return
    mention = Mention(index, sentence.start, sentence.start + len(head), kind or "agreement", False, None,
                      kind or "agreement")
    parties = parties_of(doc, lex, mention)
    if len(parties) < 2:
        return
    record = Record(kind or "agreement", status, [index], parties, name=head.strip(" -–•*0123456789.)(")[:120] or None,
                     rule="bullet", topics=topics_of(doc, index))
    record.organizations = organizations_of(doc, mention, parties)
    record.date = date_of(doc, mention, status)
    records.append(record)


def partner_records(doc: Document, lex: Lexicons, mention: Mention, records: list[Record], parties: list[str],
                    partners: list[str], before: str) -> None:
    """One instrument per listed partner: "partnerships with Israel, India and South Africa"."""
    told = RESPECTIVELY.search(doc.text, mention.end, doc.sentences[mention.sentence].end)
    if told:  # "with the Italian space agency, the Norwegian space centre and ..., respectively": partners, no
        doc.cache.setdefault("partner_spans", []).append((mention.end, told.start()))  # instruments
    precedent = bool(PRECEDENT.search(before[-60:]))  # "the fifth such pact, after pacts with A, B and C"
    latest, latest_sides = latest_told(doc, records, mention) if precedent else (None, set())
    other_side = counterparts(doc, mention.sentence, mention.start) | latest_sides if precedent else set()
    named = [c.code for c in doc.within("countries", mention.sentence) if c.end <= mention.start and not c.in_org
             and not c.locative and c.code not in partners and c.code not in other_side and not _SET_ASIDE.search(
                 doc.text, max(0, c.start - 25), c.start)]  # (not "Kenya" of "Aside from Kenya, the US signed ...")
    # "Washington has signed similar deals with A and B"; "..., the fifth such accord Ghana has concluded, following
    # accords with A and B": the one nearest the earlier ones made them
    named = named[::-1] if precedent else named
    home = [c for c in named if c in parties] + [c for c in parties if c not in partners and c not in named]
    if precedent:  # the one just told was made by the side that was not its counterpart
        home = [c for c in home if c not in other_side] or [
            c for c in (latest.countries if latest and latest_sides else []) if c not in other_side and c not in partners]
    # "signed MoUs with four nations. Deals were made with A, B and C": the plural told before, one per partner
    umbrella = None if home else next((r for r in reversed(records) if r.rule == "cue" and not r.name and (
        r.quantity or 2) > 1 and 0 < mention.sentence - r.sentences[-1] <= 2 and any(
        c not in partners for c in r.countries)), None)
    if umbrella is not None:
        home = [c for c in umbrella.countries if c not in partners]
    home = home or [c for c in doc.focus if c not in partners][:1]
    clause = re.split(r",\s+(?:which|that|including|and)\b", before)[-1]  # the partners' own clause
    listed = (status_of(doc, lex, mention) if _status_cues_in(doc, lex, mention, len(clause)) else None) or (
        umbrella.status if umbrella else "existing")
    if listed == "concluded" and not umbrella and _ALIKE.search(before[-40:]):
        listed = "existing"  # "has already signed similar deals with other partners, such as Peru and Chile": like the
        # news one, signed before
    kind = umbrella.kind if umbrella and mention.kind == "agreement" else mention.kind
    if precedent and not umbrella:
        listed = "existing"  # made before the news: "after MoUs with A and B"
    grouped = group_times(doc, mention, partners) if listed == "existing" and not umbrella else {}
    later = next((t.value for t in doc.times if mention.end <= t.start < doc.sentences[mention.sentence].end
                  and t.value), None) if precedent else None
    for code in partners:
        if not home or home[0] == code:
            continue  # a partner with nobody to partner: no instrument of two parties
        record = Record(kind, listed, [mention.sentence], sorted({*home[:1], code}),
                         rule="partner_list", topics=topics_of(doc, mention.sentence))
        record.date = umbrella.date if umbrella else grouped.get(code) or (
            later if precedent else date_of(doc, mention, listed))  # the news's day is not theirs
        records.append(record)
    if umbrella is not None and len(partners) >= 2:
        records.remove(umbrella)  # told one by one: the plural is no instrument besides them


_SET_ASIDE = fastre.compile(r"\b(?:aside from|apart from|besides|other than|except(?: for)?|beyond)\s+(?:the\s+)?$",
                            re.IGNORECASE)
_ALIKE = fastre.compile(r"\b(?:similar|comparable|such|like-minded|parallel|equivalent)\s+(?:[\w-]+\s+){0,2}$",
                        re.IGNORECASE)


def _status_cues_in(doc: Document, lex: Lexicons, mention: Mention, span: int) -> bool:
    """Whether a status cue stands within ``span`` characters before the mention."""
    return any(mention.start - span <= start and end <= mention.start
               for start, end, _ in _status_cues(doc, lex, mention.sentence))


# "Other countries involved in the partnership include Australia, Finland, ...", "The alliance also includes Japan
# and Korea", "members of the initiative are ...": the rest of an instrument's parties, told in a sentence of their own
_MEMBERS_TOLD = fastre.scanner(
    r"\b(?:countries|nations|members|partners|parties|signatories|governments)\s+(?:involved\s+in|of|in|to|taking\s+part\s+"
    r"in|participating\s+in|joining)\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?P<a>partnership|alliance|agreement|initiative|"
    r"pact|framework|coalition|group|consortium|declaration|statement)(?:\s+(?:also\s+)?(?:include|includes|included|are|"
    r"were|comprise)\b|,\s+(?:including|among\s+them)\b)|\b(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?P<b>partnership|alliance|initiative|pact|coalition|consortium|"
    r"framework)\s+(?:also\s+)?(?:includes|included|comprises|brings\s+together|is\s+made\s+up\s+of)\b"
    r"|\b(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?P<c>convention|treaty|agreement|declaration|framework|pact|accord|charter|"
    r"statement|communiqu[eé])\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|jointly\s+)?(?:signed|"
    r"endorsed|adopted)\s+by\b"  # "the Framework Convention was signed by Andorra, Georgia, ..."
    r"|\b(?:its|their|whose)\s+(?:(?:other|founding|current|full|original|fellow)\s+)?(?P<d>members|member\s+states|"
    r"signatories|participants)\s+(?:now\s+|also\s+|currently\s+)?(?:include|includes|included|are|were|comprise|"
    r"would\s+be|will\s+be)\b"  # ("Its signatories would be ...": of a pact still in talks)
    r"|\b(?:the|this|that)\s+(?P<g>group|grouping)\s+(?:now\s+|also\s+|currently\s+)?(?:comprises|includes|included|"
    r"brings\s+together|brought\s+together|is\s+made\s+up\s+of)\b"  # "The group comprises the US, Chile, ..."
    r"|(?P<h>,\s+(?:beginning|starting)\s+with)\b"  # its first partners: "..., beginning with Mexico, Panama and ..."
    r"|\b(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?P<e>partnership|alliance|initiative|pact|coalition|consortium|framework|"
    r"(?-i:[A-Z]{2,8}))"
    r"(?:\s*,[^,.;]{1,60},)?\s+(?:currently\s+|now\s+|also\s+)?(?:has|had|counts)\s+[^.;]{3,150}?\s+as\s+(?:its|their)\s+"
    r"(?:[\w-]+\s+)?members\b"  # "The alliance currently has Benin, Niger and Senegal as its members"
    r"|\b(?:are|were)\s+(?:also\s+|now\s+)?(?:members|signatories|partners|parties)\s+(?:of|to)\s+(?:the|this)\s+"
    r"(?:(?-i:[a-z][\w-]*)\s+){0,3}?(?P<f>partnership|alliance|initiative|pact|coalition|consortium|framework|agreement)\b",
    re.IGNORECASE)  # "Denmark and Finland are also members of the coalition"


# every match of _MEMBERS_TOLD holds one of these (folded: its instrument words, or the members it names); of these
MEMBERS_TOLD_WORDS = ("partnership", "alliance", "agreement", "initiative", "pact", "framework", "coalition", "group",
                      "consortium", "declaration", "statement", "convention", "treaty", "accord", "charter", "communiqu",
                      "member", "signator", "participant", "beginning with", "starting with")
MEMBERS_TOLD_VERBS = ("includ", "compris", "are", "were", "among", "brings", "brought", "made", "signed", "endorsed",
                      "adopted", "beginning", "starting", "members", "would be", "will be")  # and one of these: what
# it says of them
_MEMBERS_VERB = fastre.scanner(r"\b(?:countries|nations|members|partners|parties|signatories|governments|includ|compris|"
                               r"brings\s+together|made\s+up\s+of|signed\s+by|endorsed\s+by|adopted\s+by|beginning\s+with|"
                               r"starting\s+with)", re.IGNORECASE)


def members_told(doc: Document, lex: Lexicons, records: list[Record]) -> None:
    """Countries listed as the members of an instrument already told join its parties."""
    seen: set[int] = set()
    if not records:
        return  # (no instrument told: none to join)
    first = min(min(r.sentences) if r.sentences else 0 for r in records)  # (a sentence before every instrument
    # tells none of theirs)
    for verb in doc.finditer(_MEMBERS_VERB):  # a cheap look for the verbs first, then the sentence read whole
        index = doc.sentence_index(verb.start())
        if index is None or index in seen or index < first:
            continue
        seen.add(index)
        sentence = doc.sentences[index]
        if not doc.holds(MEMBERS_TOLD_WORDS, sentence.start, sentence.end) or not doc.holds(
                MEMBERS_TOLD_VERBS, sentence.start, sentence.end):
            continue  # (no word the pattern needs: it need not run)
        found = doc.search(_MEMBERS_TOLD, sentence.start, sentence.end)
        if found is None:
            continue
        if found.group("d") or found.group("g") or found.group("h"):  # "Its members include ...", "The group comprises ...": the
            # instrument just told, whatever its kind
            told = [r for r in records if any(index - 3 <= i <= index for i in r.sentences)]
        else:
            word = next(found.group(g) for g in "abcef" if found.group(g)).lower()
            term = lex.instruments.get(word)
            acronym = found.group("e") if found.group("e") and found.group("e").isupper() else None
            told = [r for r in records if index in r.sentences or r.sentences[-1] < index and (
                term and r.kind == term.value or r.name and word in r.name.lower()
                or acronym and r.name and initials_fit(r.name, acronym)
                or term is None and not acronym and r.kind in ("agreement", "framework", "joint_statement"))]
            # ("the convention"; but an acronym that fits no instrument told names another body: "The OPEC counts ...")
        if not told:
            continue
        # the members follow the words ("... include A and B"), stand inside them ("has A and B as its members") or
        # come before them ("A and B are also members of the coalition")
        start, end = ((sentence.start, found.start()) if found.group("f") else (found.start("e"), found.end())
                      if found.group("e") else (found.end(), sentence.end))
        codes = {c.code for c in doc.within("countries", index) if start <= c.start < end and not c.nonparty
                 and not c.in_org}
        codes |= {"EU" for o in doc.within("organizations", index) if start <= o.start < end
                  and o.entry.name == "European Commission"}
        codes = lex.without_members(codes, doc.published)
        if len(codes) >= 2:
            target = max(told, key=lambda r: max((i for i in r.sentences if i <= index), default=-1))  # told last
            target.countries = sorted(set(target.countries) | codes)
            if index not in target.sentences:
                target.sentences.append(index)


def umbrellas_listed(doc: Document, records: list[Record], list_totals: dict[int, Record | None]) -> list[Record]:
    """The umbrellas of lists told item by item: an uncounted one ("witnessed the exchange of several memoranda",
    then the list of them) is no instrument besides its items; a total ("signed 46 agreements. Among them: ▲ ...")
    keeps one record for the rest. The items share the umbrella's day when they tell none of their own."""
    listed = [r for r in records if r.rule == "bullet"]
    if len(listed) >= 2:  # "witnessed the exchange of several memoranda and agreements", then the list of them
        first = min(r.sentences[0] for r in listed)
        umbrellas = [r for r in records if r.quantity is None and r.name is None and r.rule == "cue"
                     and r.sentences[0] < first]
        for item in listed:  # ("signed several MoUs on Monday. They include: - ...": each that Monday's)
            for umbrella in umbrellas[-1:]:
                inherit_day(doc, umbrella, item)
        records = [r for r in records if r not in umbrellas]
    for intro, total in list_totals.items():  # "signed 46 agreements. Among them: ▲ ... ▲ ...": the rest is one
        items = [r for r in listed if r.sentences[0] > intro and all(
            is_bullet(doc, i) or not starts_line(doc, i) for i in range(intro + 1, r.sentences[0] + 1))]
        if total is not None and total in records and items:
            for item in items:
                inherit_day(doc, total, item)  # (the day the total was signed, told once)
            rest(records, total, len(items))
    return records
