"""The last step of an agreement record: from what the rules gathered to what the extractor reports.

Sectors come from the sentences that tell it and what they cover; a grouping's parties become its members; an
instrument concluded long before the article (by its own date) is background to the news, ``existing``.
"""

from __future__ import annotations

import re
from datetime import date

from . import fastre
from ..model import Agreement, Amount, Evidence
from .doc import Document
from .instruments import Record, folded, topics_of
from .sameness import DEAL_WORDS, same_subject
from .layout import is_bullet, is_heading
from .lexicon import Lexicons
from .sectorwords import relationship_fields, science_gives_way
from .signing import APPROVED, month_before, took_effect_now
from .status import older


_YEARS = fastre.compile(r"\b(20\d\d)\s*[-–]\s*(20\d\d)\b")


def years_span(text: str) -> str | None:
    """"2024-2026" in a text, as a key that tells two instruments of one name apart."""
    match = _YEARS.search(text)
    return f"{match.group(1)}-{match.group(2)}" if match else None




def finish(doc: Document, lex: Lexicons, record: Record, reference: date | None = None) -> Agreement:
    """The record as the extractor reports it: its sectors, evidence, amounts, member countries and status.
    ``reference`` stands for the publication date when the article has none (the latest instrument it tells)."""
    sectors: dict[str, None] = {}
    claimed = doc.cache.get("claimed_fields", {})  # fields of an older instrument told in a sentence beside it
    for index in record.sentences[:3] + record.covered:
        told = heading_clause_topics(doc, index) if is_heading(doc, index) else topics_of(doc, index)
        for topic in sorted(told - (set() if record.own_fields else claimed.get(index, set()))):
            if not record.own_fields and not (record.own_item and index == record.sentences[0]) or \
                    topic in record.topics:  # one of a list by field, or an item of a list: its own fields
                sectors.setdefault(topic, None)
    for topic in sorted(record.alike - set(sectors)):  # "similar agreements with A and B": the news one's fields
        sectors.setdefault(topic, None)
    science_gives_way(doc, record, record.sentences[:3] + record.covered, sectors)
    if sectors and (own := relationship_fields(doc, record)) is not None:  # "their strategic partnership": the
        sectors = {topic: None for topic in sectors if topic in own}  # relationship itself, not the news beside it
    evidence = [Evidence(doc.sentences[i].start, doc.sentences[i].end, doc.sentences[i].text(doc.text))
                for i in sorted({*record.sentences, *record.covered})]
    amounts = [Amount(m.amount, m.currency, qualifier=m.qualifier) for m in record.amounts]
    countries = sorted(lex.member_set(lex.own_bloc(record.countries, doc.published), doc.published))  # the Quad: its
    # four; ASEAN with one of its members: ASEAN's own; the G7's seven in a story of the G7: the G7
    countries = lex.whole_bloc(countries, doc.published, {c.code for c in doc.countries}) if len(countries) >= 3 \
        else countries
    status = record.status
    now = doc.published or reference
    if status == "concluded" and record.date and now and older(record.date, now) and not any(
            APPROVED.search(doc.text, doc.sentences[i].start, doc.sentences[i].end) or took_effect_now(doc, i)
            for i in record.sentences):
        status = "existing"  # made long before the article (its own date says so): background to the news, unless
        # the news is its approval, ratification or entry into force ("March also saw the inaugural forum": a review
        # tells its firsts)
    elif status in ("concluded", "existing") and earlier_turn(doc, record.sentences[0]):
        status, record.date = "existing", None  # "Since leaving the EU, Britain has signed trade pacts with ...": in
        # place before the news, made at no day told ("since 2019" is when the span began)
    elif status == "concluded" and record.date and any(
            t.value == record.date and _BACK_IN.search(doc.text, max(0, t.start - 16), t.start)
            for i in record.sentences[:1] for t in doc.within("times", i)):
        status = "existing"  # "the joint statement signed by Lula and Biden back in February": told as the past
    return Agreement(kind=record.kind, name=record.name, countries=countries,
                     organizations=record.organizations, sectors=list(sectors), status=status,
                     date=record.date, quantity=record.quantity, amounts=amounts, evidence=evidence,
                     rule=record.rule)


_CLAUSE_OPENS = fastre.compile(r"[,;:]\s+")


def heading_clause_topics(doc: Document, index: int) -> set[str]:
    """The fields of a headline that are its instrument's: from the clause that opens it on ("Korea, Czechia hail
    nuclear plant project, sign MoU on batteries": batteries), when the headline names one instrument."""
    words = doc.within("instruments", index)
    if len(words) != 1:
        return topics_of(doc, index)
    start = doc.sentences[index].start
    opens = max((m.end() for m in _CLAUSE_OPENS.finditer(doc.text, start, words[0].start)), default=start)
    return {t.term.value for t in doc.within("sectors", index) if t.start >= opens}


_SINCE_TURN = fastre.compile(r"\W*Since\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
                             r"this|last\s+week)\b)[^,.;]{2,60},\s+[^.;]*?\b(?:has|have)\s+(?:\w+\s+)?(?:signed|joined|"
                             r"concluded|inked|struck|sealed|agreed|reached|launched)\b"
                             r"|\W*(?:Under|During)\s+(?:a|an|the)\s+(?:previous|former|earlier|past|prior)\s+"
                             r"(?:government|administration)\b"  # "Under a previous government, another ... was signed"
                             r"|\W*(?:Under|During)\s+the\s+(?:government|administration|presidency|tenure)\s+of\s+"
                             r"(?:the\s+)?(?:former|then|late)\b")
def earlier_turn(doc: Document, index: int) -> bool:
    """Sentence ``index`` tells what was done since or under an earlier turn ("Under a previous government, ...")."""
    return bool(_SINCE_TURN.match(doc.text, doc.sentences[index].start, doc.sentences[index].end))


_BACK_IN = fastre.compile(r"\b(?:back|as\s+far\s+back\s+as|as\s+early\s+as)\s+(?:in\s+|on\s+)?$", re.IGNORECASE)
_ONE_A_DAY = ("partnership", "joint_statement", "framework")
_DOCUMENTS = ("mou", "agreement")
_LISTED = ("bullet", "partner_list", "per_field", "one_of")
# one more signed beside it: "Besides, the ministries signed a memorandum on trade", "They also inked an MoU"
_ONE_MORE_FIRST = fastre.compile(r"\W*(?:Besides|In addition|Additionally|Separately|Also|Meanwhile|(?:Apart|Aside) from|On top of)\b",
                                 re.IGNORECASE)
_ONE_MORE = fastre.compile(r"\b(?:also|separately)\s+(?:signed|inked|concluded|exchanged|sealed)\b", re.IGNORECASE)
# told as one more: "signed another deal", "a second memorandum", "also inked a separate agreement"
_ANOTHER = fastre.compile(r"\b(?:another|(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|last|final)|"
                          r"(?:a\s+)?separate|a\s+further|(?:an\s+)?additional|other)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:MoUs?|MOUs?|"
                          r"MoCs?|memorand\w+|agreements?|deals?|pacts?|accords?|treat(?:y|ies)|letters?\s+of\s+intent)\b",
                          re.IGNORECASE)


def _same_day(doc: Document, a: Record, b: Record) -> bool:
    """Told as made the same day: the same date, or a memorandum told once with its day and once with none (so
    given the article's date by default: "signed an MoU on Monday" ... "Under an MoU signed in Jakarta")."""
    if a.date == b.date:
        return True
    if doc.published is None:
        return False
    today = doc.published.isoformat()
    undated = [r for r in (a, b) if r.date == today and not any(doc.within("times", i) for i in r.sentences)]
    dated = [r for r in (a, b) if r not in undated]
    if not (a.kind in _DOCUMENTS and len(undated) == 1 and dated and dated[0].date):
        return False
    told = dated[0].date  # (within the fortnight before the article, or its month or year)
    return doc.shortly_before(told, 14, today=True) if len(told) == 10 else today.startswith(told)


def _compatible(a: Record, b: Record) -> bool:
    """Not told apart by what they cover: their fields meet (or one has none) and so do their "on ..." phrases."""
    return (bool(a.topics & b.topics) or not a.topics or not b.topics) and same_subject(a.subject, b.subject)


def _documents_alike(doc: Document, first: Record, later: Record) -> bool:
    """Two memorandums or agreements of one pair and day that nothing tells apart: neither is an item of a list,
    they were not told side by side in one sentence, the later one is not told as one more ("a second MoU",
    "Besides, ... signed a memorandum"), no two other bodies signed them, and their fields meet (or one has none)."""
    if first.rule in _LISTED or later.rule in _LISTED or is_bullet(doc, first.sentences[0]) or \
            is_bullet(doc, later.sentences[0]):
        return False
    if any(i in first.sentences and not is_heading(doc, i) for i in later.sentences):
        return False
    if any(_ANOTHER.search(doc.text, doc.sentences[i].start, doc.sentences[i].end) or one_more(doc, i)
           for i in later.sentences):
        return False
    if first.organizations and later.organizations and not set(first.organizations) & set(later.organizations):
        return False  # signed by other bodies: the central banks' memorandum, then the education ministries'
    return bool(first.topics & later.topics) or not first.topics or not later.topics


_ANOTHER_ITEM = fastre.compile(r"\s*(?:and\s+)?(?:another|one)\b", re.IGNORECASE)
# the joint before the next instrument of a pair: "a memorandum on AI and a memorandum on chips", "an AI memorandum
# as well as a second one on ..."
AND_ANOTHER_WORDS = ("and", "as well as", "plus")  # (one is in every match: tested first)
AND_ANOTHER = fastre.compile(r"(?:\band|\bas\s+well\s+as|\bplus)\s+(?:also\s+)?(?:an?|another|one\s+more)\s+"
                             r"(?:(?:second|third|separate|further|new)\s+)?(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


def _parts(doc: Document, index: int, kinds: list[str]) -> list[tuple[int, int]] | None:
    """The parts of sentence ``index`` that tell instruments of ``kinds`` one each: set apart by semicolons, or
    joined by "and a" ("signed a memorandum on AI and a memorandum on chips"; a body of another kind after them,
    where they were signed, is no part of the last: "... at the Digital Partnership Council")."""
    sentence = doc.sentences[index]
    text = doc.text
    if ";" in text[sentence.start:sentence.end]:
        cuts = [sentence.start] + [sentence.start + m.end() for m in re.finditer(";", text[sentence.start:sentence.end])]
        return list(zip(cuts, [*cuts[1:], sentence.end]))
    every = doc.between("instruments", sentence.start, sentence.end)
    terms = every if len(every) == len(kinds) else [t for t in every if t.term.value in kinds]
    if len(terms) != len(kinds):
        return None
    cuts = [sentence.start]
    for before, term in zip(terms, terms[1:]):
        joint = AND_ANOTHER.search(text, before.end, term.start)
        if joint is None:
            return None
        cuts.append(joint.start())
    end = sentence.end
    later = [t for t in every if t.start > terms[-1].end and t not in terms]
    if later:
        venue = _AT_VENUE.search(text, terms[-1].end, later[0].start)
        end = venue.start() if venue else end
    return list(zip(cuts, [*cuts[1:], end]))


_AT_VENUE = fastre.compile(r"\s(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s")


def items_apart(doc: Document, records: list[Record]) -> None:
    """"signed an agreement on 5G; an MoU on lithium refining; and a memorandum on AI research", "a memorandum on
    AI and a memorandum on chips": when a sentence tells as many instruments as it has parts, set apart by
    semicolons or joined by "and a", each covers the fields of its own part (joined ones only when each part has
    some: "an MoU and a joint statement on chips" both cover chips)."""
    starting: dict[int, list[Record]] = {}
    for record in records:
        starting.setdefault(record.sentences[0], []).append(record)
    for index, told in starting.items():
        if len(told) < 2:
            continue
        parts = _parts(doc, index, [r.kind for r in told])
        if parts is None or len(parts) != len(told) or not all(
                doc.between("instruments", start, end) or _ANOTHER_ITEM.match(doc.text, start) for start, end in parts):
            continue  # (every part tells one: "an MoU on chips and an agreement on AI; both were welcomed" does not)
        topics = [{t.term.value for t in doc.sectors if start <= t.start < end} for start, end in parts]
        if ";" not in doc.sentences[index].text(doc.text) and not all(topics):
            continue
        for record, own in zip(told, topics):
            record.topics = own
            record.own_item = True


ONE_MORE_WORDS = ("also", "separately")  # (one is in every match of _ONE_MORE: tested first)


def one_more(doc: Document, index: int) -> bool:
    """Sentence ``index`` tells of one more instrument signed: "Besides, ...", "They also inked ..."."""
    sentence = doc.sentences[index]
    return bool(_ONE_MORE_FIRST.match(doc.text, sentence.start) or any(map(folded(doc)[
        sentence.start:sentence.end].__contains__, ONE_MORE_WORDS)) and _ONE_MORE.search(
        doc.text, sentence.start, sentence.end))


def one_of_a_kind_a_day(doc: Document, records: list[Record]) -> list[Record]:
    """An article tells one trade agreement of a pair in many ways ("a free trade agreement", "the historic trade
    deal", "the pact"): the records of one pair, status and day that no name tells apart are one instrument. So
    are its partnerships, joint statements and frameworks ("agreed to forge a close partnership" ... "a
    'semiconductor alliance'"), unless what they cover tells them apart; and its memorandums and agreements
    told alike ("signed an MoU with Japan on chips" ... "signed a Memorandum of Cooperation for the chip
    ecosystem"), unless the story counts several, lists them, or tells one as another ("a second MoU")."""
    out: list[Record] = []
    counted = {tuple(r.countries) for r in records if r.quantity != 1}  # "signed seven MoUs": several that day
    recorded = _recorded_deals(doc, records)  # "struck a deal with Oman" ... "signed a memorandum of
    # understanding": one, the memorandum
    for record in records:
        same = next((r for r in out if r.kind == record.kind and r.countries == record.countries
                     and r.status == record.status and _same_day(doc, r, record) and (r.quantity or 1) == 1
                     and (record.quantity or 1) == 1 and not (r.name and record.name and r.name != record.name)
                     and "list_name" not in (r.rule, record.rule)  # (an item of a list is no other item of it)
                     and (record.kind == "trade_agreement" or record.kind in _ONE_A_DAY and _compatible(r, record)
                          or record.kind in _DOCUMENTS and (tuple(r.countries) not in counted or id(r) in recorded)
                          and _documents_alike(doc, r, record))),
                    None)
        if same is None:
            out.append(record)
            continue
        if doc.published and same.date == doc.published.isoformat() and record.date != same.date:
            same.date = record.date  # told with no day, then "renewed the pact on Friday": that day (see _same_day)
        same.sentences = sorted({*same.sentences, *record.sentences})
        same.covered = sorted({*same.covered, *record.covered})
        same.names |= record.names
        same.name = same.name or record.name
        same.words += record.words
        same.amounts += [m for m in record.amounts if m not in same.amounts]
        same.organizations += [o for o in record.organizations if o not in same.organizations]
    return out



_BARE_DEALS = DEAL_WORDS - {"treaty"}  # the words of a deal a memorandum may record (a treaty is a text itself)


def _recorded_deals(doc: Document, records: list[Record]) -> set[int]:
    """A deal told by a bare word ("has struck a deal with Oman", "reached an agreement on ...") and the one
    memorandum of the same pair and status told after it: the memorandum records the deal, so the deal is told as
    a memorandum (and the memorandums of one day are then told alike, see :func:`one_of_a_kind_a_day`). The ids
    of the deals so told."""
    found: set[int] = set()
    for deal in records:
        if deal.kind != "agreement" or deal.name or deal.rule != "cue" or (deal.quantity or 1) != 1 or not (
                deal.names <= _BARE_DEALS):
            continue
        memos = [r for r in records if r.kind == "mou" and r.countries == deal.countries and r.status == deal.status]
        deals = [r for r in records if r.kind == "agreement" and r.countries == deal.countries]
        if len(memos) == 1 and len(deals) == 1 and (memos[0].quantity or 1) == 1 and \
                0 < memos[0].sentences[0] - deal.sentences[0] <= 3 and _same_day(doc, deal, memos[0]) and \
                _documents_alike(doc, deal, memos[0]):
            deal.kind = "mou"  # (not "The ministers also signed a memorandum ...": one more)
            found.add(id(deal))
    return found


def inherit_day(doc: Document, source: Record, record: Record) -> None:
    """``record`` told with no day of its own (so dated the story's day) takes ``source``'s day: a day shortly
    before the story, of the event both come from."""
    if doc.published is None or not source.date or len(source.date) != 10 or record.date != doc.published.isoformat():
        return
    if not doc.shortly_before(source.date):
        return
    today = doc.published.isoformat()
    if any(t.kind == "date" and t.value and t.value <= today[:len(t.value)]
           for i in record.sentences if i not in source.sentences for t in doc.within("times", i)):
        return  # a time of its own it was not dated by: not sure it is the same event's (a time in the sentence
        # both are told in, "signed three deals on Monday", is the source's)
    record.date = source.date


def one_event_day(doc: Document, records: list[Record]) -> None:
    """Instruments of one event whose day the story tells once ("on Tuesday signed an MoU with Nvidia ... also
    signed an MoU with Synopsys"): one told within a few sentences after a dated one, with no time of its own,
    shares its day."""
    dated: Record | None = None
    for record in sorted(records, key=lambda r: r.sentences[0]):
        if record.status != "concluded" or not record.date:
            continue
        if dated is not None and record.sentences[0] - dated.sentences[-1] <= 3:
            inherit_day(doc, dated, record)
        if doc.published and record.date != doc.published.isoformat():
            dated = record


# "The signing took place on Tuesday", "The ceremony was held on Tuesday", "It was signed on Tuesday": the day of
# the instrument just told, in the sentence after it
SIGNING_AFTER = fastre.compile(r"\W*(?:The\s+(?:signing(?:\s+ceremony)?|ceremony|exchange(?:\s+ceremony)?)\b|"
                                r"(?:This|That|It|The)\s+(?:announcement\s+|news\s+)?(?:was|were)\s+(?:made|announced|"
                                r"unveiled)\s+(?:during|at|on)\b|"  # "This was announced during the dialogue held on ..."
                                r"(?:It|They)\s+(?:was|were)\s+(?:signed|inked|exchanged|sealed)\b|"
                                r"The\s+(?:MoUs?|MOUs?|agreements?|memorand\w+|deals?|pacts?|accords?|documents?)\s+"
                                r"(?:was|were)\s+(?:signed|inked|exchanged|sealed)\b)")


def signing_day_after(doc: Document, records: list[Record]) -> None:
    """A concluded instrument told with no day of its own (so dated the story's day) takes the day the next sentence
    gives its signing ("... have signed an MoU on chips. The signing took place on Tuesday in New Delhi.")."""
    if doc.published is None:
        return
    today = doc.published.isoformat()
    for record in records:
        if record.status != "concluded" or record.date != today:
            continue
        after = next((i + 1 for i in sorted(record.sentences) if i + 1 < len(doc.sentences)
                      and SIGNING_AFTER.match(doc.text, doc.sentences[i + 1].start)), None)
        if after is None:
            continue  # (the sentence right after one that tells it: "... signed 23 MoUs. The signing ceremony ...")
        when = next((t for t in doc.within("times", after) if t.kind == "date" and doc.shortly_before(t.value)), None)
        if when is not None and not any(t.kind == "date" and t.value for i in record.sentences
                                        for t in doc.within("times", i)):
            record.date = when.value


def made_months_before(doc: Document, records: list[Record]) -> None:
    """An instrument told after the news as made in an earlier month than it ("The programme puts into practice a
    MoU that Doha and Muscat inked last November", in a February story of a programme signed on Saturday) was in
    place before the news, whatever verb cites it; unless the story is one of approving what was signed then."""
    if doc.published is None:
        return
    ordered = sorted(records, key=lambda r: r.sentences[0])
    news = next((r for r in ordered if r.status == "concluded" and r.date and len(r.date) == 10
                 and doc.shortly_before(r.date, 14, today=True)), None)
    if news is None:
        return
    for record in ordered:
        if record.status == "concluded" and record.date and record.sentences[0] > news.sentences[0] and \
                month_before(record.date, news.date) and not any(
                    APPROVED.search(doc.text, doc.sentences[i].start, doc.sentences[i].end) for i in record.sentences):
            record.status = "existing"

