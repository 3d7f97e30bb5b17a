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
from .lists import THEY_INCLUDE, one_of_apposed
from .instnames import name_key, name_words
from .lexicon import DOCUMENT_KINDS, Lexicons
from .parties import members_listed_after, organizations_of, parties_of
from .couples import couples
from .status import _status_cues, date_of, owned_day, speculative, status_of
from .signing import earlier, made_when, told_date
from .relations import partnership_founder
from .restatements import made_years_before
from .ordinals import counted_meeting

_GENERIC_HEADS = frozenset({"agreement", "agreements", "deal", "deals", "pact", "accord", "compact", "arrangement",
                            "framework", "partnership", "alliance", "initiative", "cooperation platform"})

TEXT_HEADS = frozenset({"agreement", "agreements", "deal", "deals", "pact", "accord", "arrangement"})


def _longer_name(record: Record, head: str) -> bool:
    """The record was told by a longer form of the same words: "the joint declaration" (or a headline's "Joint
    Declaration") after "a joint declaration of intent"."""
    return any(n.startswith(head) and n != head for n in record.names)


def _subject_told(record: Record, told: set[str]) -> bool:
    """Whether the words before a definite mention tell most of a record's "on ..." subject ("a memorandum on chip
    design on Monday" ... "the chip design agreement")."""
    return bool(record.subject & told) and len(record.subject & told) * 2 >= len(record.subject)


def antecedent(doc: Document, mention: Mention, records: list[Record]) -> Record | None:
    """What a definite mention refers to: the latest record of its kind sharing its head word and topic;
    else a generic "agreement" record it names more precisely; else, for generic words, the latest record."""
    topics = topics_of(doc, mention.sentence)
    head = name_key(mention.head)
    usable = [r for r in records if r.rule != "partner_list"]
    near = [r for r in usable if mention.sentence - r.sentences[-1] <= 12]
    same_head = [r for r in usable if r.kind == mention.kind and any(head in n for n in r.names)]
    shortened = [r for r in near if r.kind != mention.kind and _longer_name(r, head)]
    acronym = doc.text[mention.start:mention.end]  # "a free trade agreement (FTA)" ... "FTA": the one it was given to
    defined = doc.text.find(f"({acronym})", 0, mention.start) if _name_acronym(acronym) else -1
    by_acronym = [r for r in usable if r.kind == mention.kind and defined >= 0 and any(
        doc.sentences[i].start <= defined < doc.sentences[i].end for i in r.sentences)]
    told = set(re.findall(r"[\w’'-]+", doc.text[max(doc.sentences[mention.sentence].start, mention.start - 40):
                                                 mention.end].lower()))  # "the chip design agreement": its subject
    by_subject = [r for r in near if _subject_told(r, told) and (r.quantity or 1) == 1 and mention.sentence not in
                  r.sentences] if not is_plural(
        mention.head) and not any(_subject_told(r, told) for r in same_head) else []
    pools = (by_acronym, by_subject, same_head, shortened, [r for r in near if r.kind == mention.kind],
             [r for r in near if r.kind == "agreement" and r.rule != "agreed_to" and (r.quantity or 1) == 1],
             # "agreed on Monday to cooperate on wind" ... "The letter of intent also covers": the text recording it
             [r for r in near if r.rule == "agreed_to" and mention.kind in ("mou", "joint_statement")
              and mention.sentence - r.sentences[-1] <= 2 and (r.quantity or 1) == 1],
             [r for r in near if not (r.kind in ("dialogue", "centre") and mention.head in TEXT_HEADS)]
             if mention.head in _GENERIC_HEADS else [],  # ("signed the pact during the dialogue": a text, not the body)
             [r for r in usable if r.kind not in ("dialogue", "centre")] if mention.head in TEXT_HEADS and any(
                 r.kind in ("dialogue", "centre") for r in near) else [])  # (the story's text told further back)
    for pool in pools:
        pool = [r for r in pool if r.kind == mention.kind] if mention.founded else pool  # what a text founds is no
        if not pool:  # text: "signed a deal to build the largest AI campus" (a campus told before may be it)
            continue
        by_head = [r for r in pool if any(head in n for n in r.names)]
        candidates = by_head or pool
        with_topic = [r for r in candidates if r.topics & topics]
        chosen = (with_topic or candidates)[-1]
        if chosen.status == "existing" and not mention.name and not is_plural(mention.head):
            news = [r for r in candidates if r.status != "existing" and r.kind == chosen.kind]
            return news[-1] if news else chosen  # "The agreement builds on the US-UK S&T Agreement of 2017. ... The
        return chosen  # new agreement focuses on ...": the news, not the background it builds on
    return None


def told_between(known: Record, mention: Mention, records: list[Record]) -> None:
    """"The pact, called the X Partnership," refers to the deal told just before it: when a lead told the X
    Partnership first, that deal is the X Partnership, and its sentences join it (one record per instrument)."""
    last = records[-1] if records else None
    if last is None or last is known or mention.head not in TEXT_HEADS or last.name is not None or \
            last.kind != "agreement" or (last.quantity or 1) != 1 or set(last.countries) != set(known.countries) or \
            last.status != known.status and (known.told or known.status != "existing") or \
            last.sentences[0] < known.sentences[0] or \
            mention.sentence - last.sentences[-1] > 3:
        return
    known.sentences = sorted(set(known.sentences) | set(last.sentences))
    known.organizations += [o for o in last.organizations if o not in known.organizations]
    known.amounts += [a for a in last.amounts if a not in known.amounts]
    known.topics |= last.topics
    if not known.told:  # (the lead said nothing of its status: the body's word on it holds)
        known.status, known.date, known.told = last.status, last.date, last.told
    records.remove(last)


def ended_long_ago(doc: Document, mention: Mention) -> bool:
    """Whether the sentence after ``mention`` dates what befell it years before the article ("... were suspended
    in 2009"): an ending told as history."""
    if doc.published is None:
        return False
    return any(t.start >= mention.end and t.value and t.value[:4].isdigit() and int(t.value[:4]) < doc.published.year - 1
               for t in doc.within("times", mention.sentence))


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
    elif record.status != "ended" and status_of(doc, lex, mention) == "ended" and not ended_long_ago(doc, mention):
        record.status = "ended"  # "... expired on Tuesday": the news is its end; it keeps the date it was made
        # (but "Talks on it began in 2004 and were suspended in 2009": history, after the news of its revival)
    if record.status == "existing" and record.date is None:
        record.date = told_date(doc, mention)  # "joining the X pact" ... "The X pact, signed in September 2021,"
    elif record.status == "concluded":
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
    if not keep_kind and record.kind == "agreement" and (mention.kind not in ("agreement", "partnership") or (
            mention.kind == "partnership" and mention.name and mention.head in TEXT_HEADS)) and (
            record.rule != "agreed_to" or mention.kind in ("mou", "joint_statement")):
        record.kind = mention.kind  # "an agreement ... the memorandum of understanding": the precise word wins (and
        # "agreed to cooperate on wind. The letter of intent covers ...": the text that records what they agreed)
    listed = parties_of(doc, lex, mention, fill=False) if len(record.countries) >= 2 and members_listed_after(
        doc, mention) else []
    if len(listed) > len(record.countries) >= 2 and set(record.countries) < set(listed):
        record.countries = listed  # "the first eight members of the accord: A, B, ...": all its parties, told later
    for org in organizations_of(doc, mention, record.countries):
        if org not in record.organizations:
            record.organizations.append(org)


def attach_heading(doc: Document, lex: Lexicons, mention: Mention, records: list[Record]) -> None:
    name = name_key(mention.name) if mention.name else None
    head = name_key(mention.head)
    sentence = doc.sentences[mention.sentence]
    count = quantity_of(doc, mention, doc.text[sentence.start:mention.start], is_plural(mention.head))
    parties = parties_of(doc, lex, mention)  # ("Kenya, Japan sign pact" over the body's Kenya-Japan MoU, not over
    own = set(parties)                       # an older Korea-Japan deal)
    pool = [r for r in records if len(own) < 2 or own <= set(r.countries)] or records
    if not name and status_of(doc, lex, mention) in ("planned", "proposed", "concluded"):
        pool = [r for r in pool if r.status != "ended"]  # ("EU, Australia could announce minerals pact as soon as
        # May" is no headline of the trade deal whose talks collapsed)
    founder = partnership_founder(mention, doc.text[sentence.start:mention.start], pool)
    if founder is not None:  # "Canada, Germany Sign Declaration of Intent On Establishing Hydrogen Alliance": the text
        attach(doc, lex, founder, mention, keep_kind=True)
        return
    same = [r for r in pool if name and name in r.names] or [r for r in pool if r.kind == mention.kind] or [
        r for r in pool if _longer_name(r, head)] or [r for r in pool if count and count > 1 and r.quantity == count]
    # ("India and UAE sign 9 trade deals" over "signed nine agreements on trade and technology": the nine)
    fresh = [r for r in pool if r.status != "existing"]
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
    if speculative(doc, lex, mention.sentence):  # (but "EU, Australia could announce minerals pact as soon as May":
        return                                   # a date expected)
    status = status_of(doc, lex, mention)
    if not mention.strong and not _made_in_headline(doc, lex, mention, status):
        return  # "Canada's pact with Germany under strain" names one; "Canada inks pact with Germany" tells it made
    if not mention.strong:
        told = [r for r in fresh if len(set(r.countries) & set(parties)) >= 2 and r.status == (status or "concluded")
                and (mention.kind in DOCUMENT_KINDS or mention.kind == "partnership" or r.kind == mention.kind)]
        # (a centre or a body is no text told in other words)
        if told:  # "Peru and Korea sign tech deal" over the MoU the body tells: that MoU, said in other words
            told[0].sentences.append(mention.sentence)
            return
    if couples(doc, mention, doc.text[sentence.start:mention.start], doc.text[mention.end:sentence.end], records,
               status):
        return  # "Ghana, Kenya sign space agreements with France": one each
    if len(parties) >= 2:
        record = Record(mention.kind, status or "concluded", [mention.sentence], parties, name=mention.name,
                         rule="headline", topics=topics_of(doc, mention.sentence))
        record.names.add(name_key(mention.head))
        record.date = date_of(doc, mention, record.status)
        records.append(record)


# a participle as an attribute ("for the Korea-US Established Technology Center"): what it is, not news of its making
_ATTRIBUTE_CUE = fastre.compile(r"\b(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)


def _made_in_headline(doc: Document, lex: Lexicons, mention: Mention, status: str | None) -> bool:
    """Whether a headline tells an instrument made, planned or put forward by a verb before it ("Canada inks pact
    with Germany", "Chile to sign lithium deal"), not only names one ("Canada's pact with Germany under strain")."""
    if not status or status == "existing":
        return False  # ("renewing their cyber partnership": one in place, told by the body if it matters)
    cues = [c for c in _status_cues(doc, lex, mention.sentence) if c[1] <= mention.start]
    if not cues:
        return True  # a passive after it: "Lithium pact signed"
    cue_start, cue_end, _ = cues[-1]
    start = doc.sentences[mention.sentence].start
    return not (doc.text[cue_start:cue_end].lower().endswith("ed")
                and _ATTRIBUTE_CUE.search(doc.text, max(start, cue_start - 40), cue_start))


# "Chile becomes the first country in the region to conclude a next generation agreement with the EU": the one told
_FIRST_TO_MAKE = fastre.compile(r"\bfirst\s+(?:[\w-]+\s+){0,4}to\s+(?:sign|conclude|ink|seal|strike|reach|adopt)\s+(?:an?\s+)"
                                r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_SUCH = fastre.compile(r"(\b(?:second|third|fourth|fifth|another|other|further|more)\s+)?\bsuch\s+(?:an?\s+)?$",
                       re.IGNORECASE)


_EARLIER_ONES = fastre.compile(r",?\s+(?:after|following|besides|in\s+addition\s+to)\s+", re.IGNORECASE)


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
    earlier = _EARLIER_ONES.search(doc.text, mention.end, doc.sentences[mention.sentence].end)
    here = {c.code for c in doc.within("countries", mention.sentence) if not c.in_org and not c.locative
            and not (earlier and c.start >= earlier.start())}  # "..., after pacts with A and B": not this one's
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
    if owned_day(doc, mention) is not None or named and status == "existing":
        return True  # '"Today's agreements will help our scientists"': made today; '"It builds on the goals set out
        # in the X Declaration"': a named text in place
    when = made_when(doc, mention)
    if when and doc.published and earlier(when, doc.published.isoformat()):
        return True  # '"... goals set out in an agreement signed between our two countries ... last month"': made
    sentence = doc.sentences[mention.sentence]
    if named and status == "concluded" and _WE_MADE.search(doc.text, sentence.start, max(
            sentence.start, name_start(doc, mention))) and not _PAST.search(after):
        return True
    if status == "planned" and _TEXT_SAYS.search(doc.text, mention.end, min(len(doc.text), sentence.end + 80)):
        return True  # '"We intend to set up a bilateral dialogue on ...," the declaration said': the text's own plan
    return _quoted_text_of_parties(doc, lex, mention, status, plural)


# the quote is an instrument's own text: '"...," the declaration said', '... the joint statement read'
_TEXT_SAYS = fastre.compile(r"[”\"]\s*,?\s*(?:the|their|a)\s+(?:joint\s+|leaders['’]?\s+|ministerial\s+|final\s+)?(?:declaration|"
                            r"statement|communiqu[eé]|memorandum|mou|agreement|accord|document|text|roadmap|action\s+plan)"
                            r"\s+(?:said|says|read|reads|stated|states|added|noted)\b", re.IGNORECASE)


# "their earlier agreement", "an existing accord", "the countries' previous MoU", "a 2019 accord": an adjective of an
# earlier time, or a year, inside the noun phrase tells an older instrument than the one just reported
_OLDER = fastre.compile(r"\b(?:the|a|an|their|its|his|her|our|this|that|[\w-]+['’]s?)\s+(?:(?!of\b|for\b|to\b)[\w-]+\s+){0,2}?"
                        r"(?:(?P<word>earlier|previous|prior|existing|former|older|original|old|expired|lapsed)|"
                        r"(?P<year>(?:19|20)\d\d))\s+"
                        r"(?:(?!(?:a|an|the|their|its|this|that)\b)[\w’'-]+\s+){0,3}$", re.IGNORECASE)
# ("The two sides earlier signed an MoU": an adverb of the verb, the noun phrase starts after it)


OLDER_WORDS = ("earlier", "previous", "prior", "existing", "former", "old", "original", "expired", "lapsed", "19",
               "20")


def older(doc: Document, before: str, after: str = "") -> bool:
    """Whether the words before a mention tell an older instrument than the news (not a restatement of it), or the
    words around it one in force until it expires ("once the current memorandum expires in November")."""
    return older_phrase(doc, before) is not None or bool(after) and "current" in before[-30:].lower() and bool(
        _CURRENT.search(before[-30:])) and bool(_EXPIRING.match(after))


_CURRENT = fastre.compile(r"\b(?:the|their|its|our)\s+current\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_EXPIRING = fastre.compile(r"(?:\s+(?:of|on|between|with|for)\s+[^,;.]{1,40}?)?\s+(?:expires|lapses|runs\s+out|ends|"
                           r"(?:will|would|is\s+(?:set|due|expected)\s+to)\s+(?:expire|lapse|run\s+out|end))\b",
                           re.IGNORECASE)


def older_phrase(doc: Document, before: str) -> int | None:
    """Where the noun phrase of an older instrument opens, counted back from the mention ("their 2019 space ": 17),
    or None when the words before it tell no older one."""
    low = fastre.fold(before[-50:])  # (a word or a year every match holds, looked for before the pattern runs)
    found = _OLDER.search(before[-50:]) if any(map(low.__contains__, OLDER_WORDS)) else None
    if found is not None and (found.group("word") is not None or doc.published is not None
                              and int(found.group("year")) < doc.published.year):
        return len(before[-50:]) - found.start()
    had = _HAD_EARLIER.search(before[-90:]) if "had" in before[-90:] else None  # "The two countries had earlier
    return len(before[-90:]) - had.start("np") if had else None                   # signed a memorandum": before the news


# a clause in the past perfect with an adverb of an earlier time: the instrument was made before the news
_HAD_EARLIER = fastre.compile(r"\bhad\s+(?:also\s+)?(?:earlier|previously|already|before)\s+(?:also\s+)?(?:signed|concluded|inked|"
                              r"agreed|reached|struck|sealed|launched|adopted|established)\s+(?:on\s+|to\s+)?"
                              r"(?P<np>(?:(?:a|an|the|two|three|several|their|its)\s+)?(?:[\w-]+\s+){0,3})$", re.IGNORECASE)


_ACRONYM = re.compile(r"(?:[A-Z][a-z]?){2,4}")
_TALKS_AFTER = re.compile(r"\s+(?:negotiations|talks|process)\b")
_KIND_ACRONYMS = frozenset({"mou", "moc", "loi", "moa", "jdi"})  # a kind's own short word ("MoU"), no one's name


def _name_acronym(text: str) -> bool:
    """Whether ``text`` is an acronym that can be one instrument's own ("CEPA", "FTA"), not a kind word ("MoU")."""
    return bool(_ACRONYM.fullmatch(text)) and text.lower().removesuffix("s") not in _KIND_ACRONYMS


_ONE_OF_KIND = re.compile(r"\b(?:an?|another|second|third|new|one|each|any|every|no|its|their)\s+$", re.IGNORECASE)


def acronym_refers_back(doc: Document, lex: Lexicons, mention: Mention, records: list[Record], before: str,
                        after: str) -> bool:
    """An instrument's acronym with no article that refers to the one told before: "MoC envisages closer work" (an
    acronym opening a sentence, headline style), "the Saudi crown prince welcomed the resumption of FTA negotiations"
    (the talks on the pact told before, no other party named), an acronym the article defined in brackets ("a
    Comprehensive Economic Partnership Agreement (CEPA)" ... "officials expect CEPA to lift trade"), but not "an
    FTA" or "another MoU"."""
    if not _ACRONYM.fullmatch(doc.text, mention.start, mention.end):
        return False
    if not before.strip(" \t\"“'‘(") and not re.match(r"\s+(?:on|for|with|between)\s", after) \
            and status_of(doc, lex, mention) is None:
        return True
    acronym = doc.text[mention.start:mention.end]
    if records and _name_acronym(acronym) and doc.text.find(f"({acronym})", 0, mention.start) >= 0 \
            and not _ONE_OF_KIND.search(before[-30:]):
        return True  # "signed a Comprehensive Economic Partnership Agreement (CEPA)" ... "expect CEPA to lift trade"
    if not _TALKS_AFTER.match(after):
        return False
    told = next((r for r in reversed(records) if r.kind == mention.kind), None)
    if told is None:
        return False
    sides = set(told.countries) | lex.member_set(told.countries, doc.published)
    return all(c.locative or c.type == "demonym" or c.code in sides for c in doc.within("countries", mention.sentence))


_SIGNING_OF = fastre.compile(r"\bthe\s+(?:signing|signature|conclusion|exchange)\s+of\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}$",
                             re.IGNORECASE)


def signing_of_told(doc: Document, mention: Mention, before: str, records: list[Record]) -> Record | None:
    """"Canada and Germany signed a deal ... The agreement was marked by the signing of a joint declaration of
    intent": the deal just told, named by its kind (no other party named beside it)."""
    if " of " not in before[-60:] or not _SIGNING_OF.search(before[-60:]):
        return None
    told = next((r for r in reversed(records) if r.kind == "agreement" and r.name is None and r.status == "concluded"
                 and (r.quantity or 1) == 1 and 0 <= mention.sentence - r.sentences[-1] <= 2), None)
    if told is None or any(not c.locative and c.code not in told.countries
                           for c in doc.within("countries", mention.sentence)):
        return None
    return told


# "the revived business forum", "these MOUs"; not "the leaders released a statement" (an article in between)
_DEFINITE = fastre.compile(r"\b(?:the|this|these|that|those|such|its|their|both|(?:todays|(?:today|yesterday|monday|tuesday|wednesday|"
                       r"thursday|friday|saturday|sunday)['’]s))\s+(?:(?:pair|couple|set|package|series)\s+of\s+)?"
                       r"(?:(?!(?:a|an|another|and|or|to|of|will|would)\b)[\w’'-]+\s+){0,4}$", re.IGNORECASE)
# a sentence that opens on its subject told in quotes: 'The "landmark tech partnership" aims to ...' (a quote after a
# verb, 'to deepen the "strategic partnership relationship"', is a phrase of the speaker's, no reference)
_QUOTED_SUBJECT = fastre.compile(r"\W*(?:The|This|That|Their|Its)\s+[\"“‘](?:[\w’'-]+\s+){0,4}$")
# 'said the "administrative arrangement" would': "the" and a quote that closes right after the instrument word (a
# quoted phrase going on past it, 'deepen the "strategic partnership relationship"', is the speaker's own)
_QUOTED_THE = fastre.compile(r"\b(?:the|this|that|its|their)\s+[\"“‘'](?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
ORDINAL = fastre.compile(r"\b(?:first|second|third|fourth|another|one of the|additional|separate|further|other)\s+"
                      r"(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_CLAUSE_VERB = fastre.compile(r"(?<!\bnewly\s)(?<!\brecently\s)(?<!\bjust\s)(?<!\bthe\s)\b(?:signed|agreed|inked|concluded|adopted|launched|announced|unveiled|has|have|had|"
                               r"will|is|are|was|were|followed|follows|welcomed|welcomes|reached|marked|marks|hailed|"
                               r"praised|noted|reviewed|discussed|highlighted|cited|mentioned|came|comes|issued|released|"
                               r"produced|yielded|endorsed|approved|exchanged|sealed|struck)\b", re.IGNORECASE)
_THE_COUNT = fastre.compile(r"\b(?:the|these|those)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?$",
                            re.IGNORECASE)
_OF_THE_COUNT = fastre.compile(r"\W*(?:Out\s+of|Of|Among)\s+the\s+[\w-]+\s+(?:[\w-]+\s+)?$")
_AMONG_THE_COUNT = fastre.compile(r"\b(?:among|one\s+of)\s+the\s+[\w-]+\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_COUNT_BEFORE = fastre.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def is_definite(doc: Document, lex: Lexicons, mention: Mention, records: list[Record], before: str, after: str) -> bool:
    """Whether a mention refers to an instrument already told: "the revived business forum", "these MOUs", "the two
    frameworks", "One of the deals, an MoU on compute", an acronym referring back; not "the leaders released a
    statement" (an article in between), "another pact" or "three MoUs"."""
    the = _DEFINITE.search(before[-60:]) or _QUOTED_SUBJECT.match(before) or (  # ('The "landmark tech partnership"
        _QUOTED_THE.search(before[-60:]) if after[:1] in "\"”’'" else None)  # aims', 'said the "accord" would')
    if the and _CLAUSE_VERB.search(the.group(0)):  # "The United States signed two joint statements": a clause, no
        verb = list(_CLAUSE_VERB.finditer(the.group(0)))[-1]  # "the X"; but "The government announced the deal" is
        the = _DEFINITE.search(the.group(0), verb.end())      # a definite one
    definite = bool(the) and not ORDINAL.search(before[-40:]) and not _COUNT_BEFORE.search(before[-20:]) \
        and not counted_meeting(before) \
        or bool(_THE_COUNT.search(before[-30:])) and not (  # "the two frameworks": two of those told before
            (_OF_THE_COUNT.match(before) or _AMONG_THE_COUNT.search(before[-40:]))
            and not any((r.quantity or 1) > 1 for r in records))  # (but "Of the four
    # pacts sealed, the key one ..." or "X is among the five pacts signed" tells the total)
    if not definite and records and one_of_apposed(before):
        return True  # "One of the deals, an MoU on compute, ...": one of those told, told on its own
    return definite or acronym_refers_back(doc, lex, mention, records, before, after)


_PROGRESS = ("proposed", "planned", "concluded")


def awaited_one(doc: Document, lex: Lexicons, mention: Mention, records: list[Record], status: str | None) -> bool:
    """A proper name given to an instrument of its parties talked about or planned just before ("talks on a new
    security agreement" ... "expected to agree a new 'Hiroshima Accord'"): joined to it, at the furthest step told."""
    if counted_meeting(doc.text[doc.sentences[mention.sentence].start:mention.start]):
        return False  # "after the second meeting of the X Council": a format of its own, met before
    here = lex.member_set(parties_of(doc, lex, mention), doc.published)
    awaited = [r for r in records if r.kind == mention.kind and r.name is None and r.rule == "cue"
               and r.status in ("proposed", "planned") and 0 < mention.sentence - r.sentences[-1] <= 5
               and lex.member_set(r.countries, doc.published) == here and (r.quantity or 1) == 1
               and not made_years_before(doc, mention, r, status)]  # ("... set up the X Fund in 2016": an older one)
    if not awaited:
        return False
    attach(doc, lex, awaited[-1], mention)
    if status in _PROGRESS and _PROGRESS.index(status) > _PROGRESS.index(awaited[-1].status):
        awaited[-1].status = status
        awaited[-1].date = date_of(doc, mention, status)
    return True


# "A joint centre will be created under the new agreement", "Under the memorandum, a working group will be formed"
_UNDER_IT = fastre.compile(r"\b[Uu]nder\s+(?:the|this|that|its|their)\s+(?:new\s+|same\s+)?(?:[\w-]+\s+){0,2}?"
                           r"(?:agreement|accord|deal|pact|memorandum|mou|memorandum\s+of\s+\w+|framework|treaty|"
                           r"partnership|arrangement)\b", re.IGNORECASE)


def under_record(doc: Document, mention: Mention, records: list[Record]) -> Record | None:
    """The instrument told just before under which a body is set up ("... will be created under the new
    agreement"): its parties are the body's, however they were told (firms, agencies)."""
    sentence = doc.sentences[mention.sentence]
    if not records or mention.sentence - records[-1].sentences[-1] > 2 or len(records[-1].countries) < 2 or \
            _UNDER_IT.search(doc.text, sentence.start, sentence.end) is None:
        return None
    return records[-1]


def included_status(doc: Document, mention: Mention, records: list[Record]) -> str | None:
    """The status of a total told in the sentence before, for an instrument this one says it includes ("... signed
    several MoUs. They include an agreement on ...", "signed nine agreements. These included a roadmap on ..."): one
    of them, made with them (a counted total's items with no instrument word are read by lists.described)."""
    total = next((r for r in reversed(records) if mention.sentence - 1 in r.sentences and (r.quantity or 2) > 1), None)
    if total is None:
        return None
    sentence = doc.sentences[mention.sentence]
    found = THEY_INCLUDE.search(doc.text[sentence.start:sentence.end])  # (its "^" is the sentence's start)
    return total.status if found is not None and sentence.start + found.end() <= mention.start else None


# "This memorandum of understanding aims to ...": a release's body opening on the instrument it is about
_THIS_OPENS = fastre.compile(r"\W*(?:This|The\s+present)\s+(?:[\w-]+\s+){0,2}")


def opens_the_story(doc: Document, lex: Lexicons, mention: Mention, records: list[Record], before: str) -> bool:
    """Whether a definite mention that refers to nothing told opens the article's first sentence of body text (only
    headings or a dateline before it: "Peru and Chile deepen their ties ⏎ This memorandum aims to ..."), the
    instrument the story is about, between two parties."""
    if records or mention.sentence > 3 or not _THIS_OPENS.fullmatch(before):
        return False
    return all(is_heading(doc, i) or _DATELINE_ONLY.fullmatch(doc.sentences[i].text(doc.text).strip())
               for i in range(mention.sentence)) and len(parties_of(doc, lex, mention)) >= 2


_DATELINE_ONLY = fastre.compile(r"[A-Z][\w .'-]{1,30},\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}\.?")


# what a named text is to the news when the news draws on it, follows it or its parties belong to it: another one
# ("builds on the vision set forth in the X Declaration", "in line with the Paris Agreement", "parties to the Y Treaty")
DRAWN_ON = fastre.compile(r"\b(?:(?:builds?|built|building|draws?|drawing|drew)\s+(?:up)?on\s+|(?:in\s+line|consistent|"
                          r"in\s+keeping)\s+with\s+|(?:members?|parties|party|signatories|signatory|goals|aims|"
                          r"objectives|principles)\s+(?:of|to)\s+|(?:set\s+forth|set\s+out|laid\s+out|enshrined|"
                          r"embodied|underscored)\s+in\s+)(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
