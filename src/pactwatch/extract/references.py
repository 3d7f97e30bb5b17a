"""What a later mention refers to: the record it restates, which then gathers its evidence.

A definite mention ("the pact", "the joint declaration") joins the latest record of its kind sharing its head word
and topic (:func:`antecedent`); a restatement adds its sentence, its name and its organisations to that record and
may tell what the first mention did not: its status, or the day it was signed (:func:`attach`). "Their earlier
agreement" or "a 2019 accord" is never a restatement of the news (:func:`older`). A headline joins the
record of the news it announces, or starts one (:func:`attach_heading`). "Such an agreement" counts among its kind the
one just told (:func:`such_one`).
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .counts import quantity_of
from .instruments import Mention, Record, is_plural, name_start, topics_of
from .layout import is_heading
from .instnames import name_key, name_words
from .lexicon import DOCUMENT_KINDS, Lexicons
from .parties import organizations_of, parties_of
from .status import date_of, status_of
from .signing import told_date

_GENERIC_HEADS = frozenset({"agreement", "agreements", "deal", "deals", "pact", "accord", "arrangement", "framework",
                            "partnership", "alliance", "initiative", "cooperation platform"})


def _longer_name(record: Record, head: str) -> bool:
    """The record was told by a longer form of the same words: "the joint declaration" (or a headline's "Joint
    Declaration") after "a joint declaration of intent"."""
    return any(n.startswith(head) and n != head for n in record.names)


def antecedent(doc: Document, mention: Mention, records: list[Record]) -> Record | None:
    """What a definite mention refers to: the latest record of its kind sharing its head word and topic;
    else a generic "agreement" record it names more precisely; else, for generic words, the latest record."""
    topics = topics_of(doc, mention.sentence)
    head = name_key(mention.head)
    usable = [r for r in records if r.rule != "partner_list"]
    near = [r for r in usable if mention.sentence - r.sentences[-1] <= 12]
    same_head = [r for r in usable if r.kind == mention.kind and any(head in n for n in r.names)]
    shortened = [r for r in near if r.kind != mention.kind and _longer_name(r, head)]
    pools = (same_head, shortened, [r for r in near if r.kind == mention.kind],
             [r for r in near if r.kind == "agreement" and r.rule != "agreed_to" and (r.quantity or 1) == 1],
             # "agreed on Monday to cooperate on wind" ... "The letter of intent also covers": the text recording it
             [r for r in near if r.rule == "agreed_to" and mention.kind in ("mou", "joint_statement")
              and mention.sentence - r.sentences[-1] <= 2 and (r.quantity or 1) == 1],
             near if mention.head in _GENERIC_HEADS else [])
    for pool in pools:
        if not pool:
            continue
        by_head = [r for r in pool if any(head in n for n in r.names)]
        candidates = by_head or pool
        with_topic = [r for r in candidates if r.topics & topics]
        return (with_topic or candidates)[-1]
    return None


def attach(doc: Document, lex: Lexicons, record: Record, mention: Mention, keep_kind: bool = False) -> None:
    """``mention`` tells ``record`` again: its sentence, status, date, name and parties join the record (and, unless
    ``keep_kind``, a more precise instrument word gives its kind)."""
    if mention.sentence not in record.sentences:
        record.sentences.append(mention.sentence)
    if not record.told and not is_heading(doc, mention.sentence):  # a later sentence tells what the first did not
        told = status_of(doc, lex, mention)
        if told:
            record.told = True
            if told != record.status:
                record.status = told
                record.date = date_of(doc, mention, told)
    elif record.status != "ended" and status_of(doc, lex, mention) == "ended":
        record.status = "ended"  # "... expired on Tuesday": the news is its end; it keeps the date it was made
    if record.status == "concluded":
        signed = told_date(doc, mention)  # "The Cabinet approved the MoC ... The MoC was signed in July": when it
        if signed and (record.date is None or signed < record.date[:len(signed)]):  # was made, not approved
            record.date = signed
        elif doc.published and record.date == doc.published.isoformat() and status_of(doc, lex, mention) == "concluded":
            told = date_of(doc, mention, "concluded")  # "India, Germany sign six pacts" ... "on Thursday inked six
            if doc.shortly_before(told):
                record.date = told  # MoUs": the day the body tells, not the story's own
    if mention.name:
        record.names.add(name_key(mention.name))
        record.words.append(name_words(mention.name, lex))
        if record.name is None:
            record.name = mention.name
    if not keep_kind and record.kind == "agreement" and mention.kind not in ("agreement", "partnership") and (
            record.rule != "agreed_to" or mention.kind in ("mou", "joint_statement")):
        record.kind = mention.kind  # "an agreement ... the memorandum of understanding": the precise word wins (and
        # "agreed to cooperate on wind. The letter of intent covers ...": the text that records what they agreed)
    for org in organizations_of(doc, mention, record.countries):
        if org not in record.organizations:
            record.organizations.append(org)


def attach_heading(doc: Document, lex: Lexicons, mention: Mention, records: list[Record]) -> None:
    name = name_key(mention.name) if mention.name else None
    head = name_key(mention.head)
    sentence = doc.sentences[mention.sentence]
    count = quantity_of(doc, mention, doc.text[sentence.start:mention.start], is_plural(mention.head))
    same = [r for r in records if name and name in r.names] or [r for r in records if r.kind == mention.kind] or [
        r for r in records if _longer_name(r, head)] or [r for r in records if count and count > 1 and r.quantity == count]
    # ("India and UAE sign 9 trade deals" over "signed nine agreements on trade and technology": the nine)
    fresh = [r for r in records if r.status != "existing"]
    if not name and mention.kind == "agreement" and fresh and (not same or same[0].status == "existing"):
        same = fresh  # "US and Australia sign quantum agreement" over a joint statement: the news, not a background deal
    single = [r for r in fresh if r.quantity == 1]
    if not name and mention.kind == "partnership" and not same and (count or 1) == 1 and len(single) == 1:
        same = single  # "Nigeria, Sierra Leone Forge Digital Partnership" over the one MoU told: the ties it makes
    if same:
        same[0].sentences.append(mention.sentence)
        if status_of(doc, lex, mention) == "ended":
            same[0].status = "ended"  # "X Lapses After Two Decades": the headline tells the news
        return
    sentence_text = doc.sentences[mention.sentence].text(doc.text)
    if lex.cues["speculative"].search(sentence_text):
        return
    status = status_of(doc, lex, mention)
    if not mention.strong:
        return
    parties = parties_of(doc, lex, mention)
    if len(parties) >= 2:
        record = Record(mention.kind, status or "concluded", [mention.sentence], parties, name=mention.name,
                         rule="headline", topics=topics_of(doc, mention.sentence))
        record.names.add(name_key(mention.head))
        record.date = date_of(doc, mention, record.status)
        records.append(record)


# "Chile becomes the first country in the region to conclude a next generation agreement with the EU": the one told
_FIRST_TO_MAKE = fastre.compile(r"\bfirst\s+(?:[\w-]+\s+){0,4}to\s+(?:sign|conclude|ink|seal|strike|reach|adopt)\s+(?:an?\s+)"
                                r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_SUCH = fastre.compile(r"(\b(?:second|third|fourth|fifth|another|other|further|more)\s+)?\bsuch\s+(?:an?\s+)?$",
                       re.IGNORECASE)


def such_one(doc: Document, mention: Mention, records: list[Record], before: str, after: str) -> Record | None:
    """The record an unnamed "such an agreement" or "the first country ... to conclude an agreement" counts among its
    kind: "It is the EU's second such council", "the first country to conclude such an agreement with Namibia" are
    the one just told (but "a second such agreement with Nigeria" is another)."""
    such_word = _SUCH.search(before[-30:]) if "such" in before[-30:] else None
    first_to = _FIRST_TO_MAKE.search(before[-90:]) if records and "first" in before[-90:] else None
    if not (such_word or first_to) or is_plural(mention.head):
        return None
    if first_to and not such_word and (past_time(doc, mention.sentence) or _other_topic(doc, mention, records)):
        return None  # "In 2019 Kenya became the first to sign an agreement on space with Japan": another one
    such = next((r for r in reversed(records) if r.kind == mention.kind or mention.kind == "agreement"
                 and r.kind in DOCUMENT_KINDS), None)  # "signed a memorandum ... such an agreement"
    here = {c.code for c in doc.within("countries", mention.sentence) if not c.in_org and not c.locative}
    if such is not None and here <= set(such.countries) and not (
            re.match(r"\s+with\s", after) and such_word and such_word.group(1)):
        return such
    return None


def _other_topic(doc: Document, mention: Mention, records: list[Record]) -> bool:
    """Whether the mention's sentence tells of fields the latest record does not cover."""
    topics = topics_of(doc, mention.sentence)
    return bool(records and topics and records[-1].topics and not topics & records[-1].topics)


def past_time(doc: Document, index: int) -> bool:
    """Whether sentence ``index`` tells a year before the article's ("adopted in 2019"): a text of its own time."""
    return doc.published is not None and any(t.value and t.value[:4] < doc.published.isoformat()[:4]
                                             for t in doc.within("times", index))


_EACH = fastre.compile(r"\beach\s+(?:signed|inked|concluded|sealed)\s+(?:an?|one)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def each_one(doc: Document, lex: Lexicons, mention: Mention, records: list[Record], before: str) -> Record | None:
    """"Kia and Hanwha signed deals with Chile" ... "each signed a memorandum": the deals told, not one more."""
    if not _EACH.search(before[-50:]):
        return None
    here = lex.member_set(parties_of(doc, lex, mention), doc.published)
    told = [r for r in records if r.quantity != 1 and mention.sentence - r.sentences[-1] <= 3
            and lex.member_set(r.countries, doc.published) == here]
    return told[-1] if told else None


# speech that tells of a named instrument the speaker's side made: '"we launched the Data Flow Principles"'
_THERE_WAS = fastre.compile(r"\b(?:there\s+(?:was|is|has\s+been)|we\s+(?:signed|have\s+signed|inked|concluded))\s+"
                            r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _quoted_text_of_parties(doc: Document, lex: Lexicons, mention: Mention, status: str | None, plural: bool) -> bool:
    """"There was a memorandum of cooperation between Quad countries ...", said inside a quote: a text the
    speaker says was made, between parties the quote names (not talk of ties)."""
    if mention.kind not in DOCUMENT_KINDS or plural or status in ("planned", "proposed"):
        return False
    if not _THERE_WAS.search(doc.text, max(doc.sentences[mention.sentence].start, mention.start - 40), mention.start):
        return False
    return len(parties_of(doc, lex, mention, fill=False)) >= 2


_WE_MADE = fastre.compile(r"\b(?:we|our two (?:countries|governments|nations)|both (?:sides|countries))\s+(?:have\s+|had\s+|"
                      r"today\s+|also\s+|jointly\s+)*(?:launched|signed|adopted|concluded|established|unveiled|inked|"
                      r"announced|set up|created)\s+(?:(?:the|a|an|our|this|new|set|of|first)\s+)*$", re.IGNORECASE)
_PAST = fastre.compile(r"\b(?:ago|in (?:19|20)\d\d|back in|previously|earlier)\b", re.IGNORECASE)

def quote_tells_made(doc: Document, lex: Lexicons, mention: Mention, status: str | None, plural: bool, named: bool,
                     after: str) -> bool:
    """Whether a quote tells of an instrument made, not talk of ties: '"we launched the Data Flow Principles"' (a
    named one the speaker's side made, not long ago), '"There was a memorandum of cooperation between Quad
    countries"'. ``after``: the sentence's text after the mention."""
    sentence = doc.sentences[mention.sentence]
    if named and status == "concluded" and _WE_MADE.search(doc.text, sentence.start, max(
            sentence.start, name_start(doc, mention))) and not _PAST.search(after):
        return True
    return _quoted_text_of_parties(doc, lex, mention, status, plural)


# "their earlier agreement", "an existing accord", "the countries' previous MoU", "a 2019 accord": an adjective of an
# earlier time, or a year, inside the noun phrase tells an older instrument than the one just reported
_OLDER = fastre.compile(r"\b(?:the|a|an|their|its|his|her|our|this|that|[\w-]+['’]s?)\s+(?:(?!of\b|for\b|to\b)[\w-]+\s+){0,2}?"
                        r"(?:(?P<word>earlier|previous|prior|existing|former|older|original|old|expired|lapsed)|"
                        r"(?P<year>(?:19|20)\d\d))\s+"
                        r"(?:(?!(?:a|an|the|their|its|this|that)\b)[\w’'-]+\s+){0,3}$", re.IGNORECASE)
# ("The two sides earlier signed an MoU": an adverb of the verb, the noun phrase starts after it)


OLDER_WORDS = ("earlier", "previous", "prior", "existing", "former", "old", "original", "expired", "lapsed", "19",
               "20")


def older(doc: Document, before: str) -> bool:
    """Whether the words before a mention tell an older instrument than the news (not a restatement of it)."""
    low = fastre.fold(before[-50:])  # (a word or a year every match holds, looked for before the pattern runs)
    found = _OLDER.search(before[-50:]) if any(map(low.__contains__, OLDER_WORDS)) else None
    return found is not None and (found.group("word") is not None or doc.published is not None
                                  and int(found.group("year")) < doc.published.year)
