"""Agreements assembled from instrument words, parties, cues, money and dates.

For each sentence the instrument words (``data/instruments.tsv``) are read as
*mentions*. A mention reports an instrument when something says so: a verb of
making or planning nearby (``data/cues.tsv``), a proper name ("Framework for
Semiconductor Cooperation"), a strong word (an MOU is always an instrument),
a bullet under a list of deals, or a definite reference ("the alliance") to an
instrument already seen. Speculation ("could", "may"), questions, generic
uses ("security alliance") and one country's own plans are not instruments.

Mentions of one instrument are joined into one record: a definite reference
goes to the latest record of the same kind that shares its topic; a name seen
before goes to the record that has it; a fund with the same sum is the same
fund. Headlines and section headings restate the body, so they are joined to
body records and only start one of their own when nothing matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Agreement, Amount, Evidence, Money
from .doc import Document, TermMention
from .entities import is_bloc
from .lexicon import Lexicons
from .status import _status_cues, date_of, speculative, status_of
from .text import number_value

# "the revived business forum", "these MOUs"; not "the leaders released a statement" (an article in between)
_DEFINITE = re.compile(r"\b(?:the|this|these|that|those|such|its|their|both)\s+"
                       r"(?:(?!(?:a|an|another|and|or|to|of|will|would)\b)[\w’'-]+\s+){0,4}$", re.IGNORECASE)
_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|another|one of the|additional|separate|further|other)\s+"
                      r"(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_OTHER = re.compile(r"\bother\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_POSSESSED = re.compile(r"['’]s\s+(?:(?:new|own|national|global|domestic)\s+)*(?:[A-Z][\w-]*\s+)*$")
_NAME_WORD = re.compile(r"(?:[A-Z][\w&’'.-]*|\d[\w.]*|[&])$")
_PARTNER_LIST = re.compile(r"^(?:\s*\([^()]{1,12}\))?(?:\s+(?:on|for|in|covering|regarding)\s+(?:[\w’'&-]+\s+){1,6}?)?\s*with\s+(?:the\s+)?")
_QUESTION = re.compile(r"\?\s*$")
_HEAD_OF_NAME = re.compile(r"^\s+(?:on|for|of)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w&-]*\s+)*$")
_FUND_WORDS = re.compile(r"\b(?:invest\w*|fund\w*|support\w*|co-funded|contribut\w+|grant\w*|financ\w+|award\w*|"
                         r"make available|made available|earmark\w*|allocat\w+|pledg\w+)\b",
                         re.IGNORECASE)
_QUOTES_AND_SPACE = " \t\n‘“\"'"


def _word_before(text: str, floor: int, pos: int) -> tuple[int, str] | None:
    """The word that ends just before ``pos`` (skipping spaces and opening quotes), not before ``floor``."""
    end = pos
    while end > floor and text[end - 1] in _QUOTES_AND_SPACE:
        end -= 1
    start = end
    while start > floor and (text[start - 1].isalnum() or text[start - 1] in "&’'.-_"):
        start -= 1
    return (start, text[start:end]) if start < end else None


_CALENDAR = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                      "July August September October November December".split())


@dataclass
class _Record:
    kind: str
    status: str
    sentences: list[int]
    countries: list[str]
    name: str | None = None
    names: set[str] = field(default_factory=set)
    quantity: int | None = 1
    organizations: list[str] = field(default_factory=list)
    amounts: list[Money] = field(default_factory=list)
    date: str | None = None
    rule: str = ""
    topics: set[str] = field(default_factory=set)
    subject: set[str] = field(default_factory=set)  # what it is about, as written: "on security and development of X"
    told: bool = False  # its status was told by a word of the text, not taken by default


@dataclass
class _Mention:
    sentence: int
    start: int
    end: int
    kind: str
    strong: bool
    name: str | None
    head: str


def find_agreements(doc: Document, lex: Lexicons) -> list[Agreement]:
    records: list[_Record] = []
    headings: list[_Mention] = []
    bullet_status: str | None = None
    list_totals: dict[int, _Record | None] = {}  # list intro sentence -> the total it details ("46 deals. Among them:")
    terms: dict[int, list[TermMention]] = {}
    for term in doc.instruments:
        terms.setdefault(doc.sentence_index(term.start), []).append(term)
    money = {doc.sentence_index(m.start) for m in doc.money}
    for index, sentence in enumerate(doc.sentences):
        bullet = _is_bullet(doc, index)
        if bullet_status and not bullet and _starts_line(doc, index) and not sentence.text(doc.text).rstrip().endswith(":"):
            bullet_status = None  # a paragraph that is no item ends the list
        if doc.text[sentence.start:sentence.end].rstrip().endswith(":") and _LIST_INTRO.search(
                sentence.text(doc.text)):  # "exchanged the following documents on Monday:"
            cue = _status_cues(doc, lex, index)
            bullet_status = cue[-1][2] if cue and cue[-1][2] != "existing" else "concluded"
            total = next((r for r in reversed(records) if r.quantity and r.quantity > 1
                          and index - r.sentences[-1] <= 1), None)
            list_totals[index] = total
        if index not in terms and index not in money:
            if bullet and bullet_status:  # "3- Cooperation project between the space agencies": an item, no noun
                _listed_item(doc, lex, index, records, bullet_status)
            elif _MAYBE_AGREED.search(doc.text, sentence.start, sentence.end) and not _is_heading(doc, index):
                _agreed_to(doc, lex, index, records)
            continue
        text = sentence.text(doc.text)
        if _QUESTION.search(text):
            continue
        is_heading = _is_heading(doc, index)
        mentions = _mentions(doc, lex, index, terms.get(index, []))
        if text.rstrip().endswith(":") and mentions:
            bullet_status = status_of(doc, lex, mentions[0]) or "concluded"
            if _plural_umbrella(mentions[0]):
                continue  # "included the following:": the items are the instruments, not the umbrella
        if bullet and bullet_status:
            mentions = mentions[:1]  # one item, one instrument: later instrument words describe it
            if not mentions:
                _listed_item(doc, lex, index, records, bullet_status)
        for mention in mentions:
            if is_heading:
                headings.append(mention)
                continue
            _take(doc, lex, mention, records, bullet_status if bullet else None)
        if not mentions and not is_heading:
            _agreed_to(doc, lex, index, records)
        _money(doc, lex, index, records, is_heading)
    for mention in headings:
        _attach_heading(doc, lex, mention, records)
    listed = [r for r in records if r.rule == "bullet"]
    if len(listed) >= 2:  # "witnessed the exchange of several memoranda and agreements", then the list of them
        first = min(r.sentences[0] for r in listed)
        records = [r for r in records if not (r.quantity is None and r.name is None and r.rule == "cue"
                                              and r.sentences[0] < first)]
    for intro, total in list_totals.items():  # "signed 46 agreements. Among them: ▲ ... ▲ ...": the rest is one
        items = [r for r in listed if r.sentences[0] > intro and all(
            _is_bullet(doc, i) or not _starts_line(doc, i) for i in range(intro + 1, r.sentences[0] + 1))]
        if total is not None and total in records and items:
            _rest(records, total, len(items))
    records = _described(doc, lex, records)
    return [_finish(doc, lex, r) for r in records]


_MAYBE_AGREED = re.compile(r"\b(?:agree|pledge|vowed|decided)", re.IGNORECASE)


# ---------------------------------------------------------------- mentions

def _mentions(doc: Document, lex: Lexicons, index: int, terms: list[TermMention]) -> list[_Mention]:
    blocked = [(c.start, c.end) for c in doc.within("countries", index) if c.type == "bloc"]
    blocked += [(o.start, o.end) for o in doc.within("organizations", index)
                if not (o.rule != "gazetteer" and _BODY_HEAD.search(o.text))]  # "... Working Group" is a dialogue
    blocked += [(p.start, p.end) for p in doc.within("people", index)]  # "Grant Shapps"
    out: list[_Mention] = []
    for term in terms:
        if any(s <= term.start and term.end <= e for s, e in blocked):
            continue  # "Comprehensive and Progressive Agreement for ..." is a bloc; "... Council" an organisation
        if re.match(r"(?:centers|centres)$", term.text) and re.match(r"\s+on\b", doc.text[term.end:term.end + 4]):
            continue  # "the deal centers on ...": a verb
        if term.text.lower() in ("deal", "deals") and (re.search(r"\bto\s+$", doc.text[max(0, term.start - 4):term.start]) or (
                re.match(r"\s+with\b", doc.text[term.end:term.end + 6]) and not re.search(
                    r"\b(?:a|an|the|this|that|new|its|their|[\w-]+['’]s|\w+-\w+)\s+(?:[\w-]+\s+){0,3}$",
                    doc.text[max(0, term.start - 40):term.start]))):
            continue  # "equipped to deal with", "the MoU deals with": a verb
        if out and _TOPIC_OF.fullmatch(doc.text[out[-1].end:term.start]):
            continue  # "a MoU on semiconductor supply chain and innovation partnership": what the MoU is about
        name, name_start = _name_of(doc, term)
        if out and name_start is not None and out[-1].name and name_start <= out[-1].end:
            previous = out[-1]  # "Supply Chain and Commercial Dialogue Semiconductor Forum": one name
            out[-1] = _Mention(index, previous.start, term.end, term.term.value, previous.strong or _strong(term),
                               name, term.text.lower())
            continue
        if out and _HEAD_OF_NAME.match(doc.text[out[-1].end:term.start]) and term.text[0].isupper():
            continue  # "memorandum of understanding on the bilateral Technology Prosperity Deal"
        if out and re.fullmatch(r"\s*\(\s*", doc.text[out[-1].end:term.start]):
            continue  # "memoranda of understanding (MOUs)": one mention
        out.append(_Mention(index, term.start, term.end, term.term.value, _strong(term), name, term.text.lower()))
    return out


_BODY_HEAD = re.compile(r"\b(?:Working Group|Task Force|Dialogue|Coordination Mechanism)s?$")
# between two instrument words: the second is the first one's subject ("an MOU on X and innovation partnership")
_TOPIC_OF = re.compile(r"\s+(?:on|for|to|regarding|concerning|covering|about|in the field of)\s+"
                       r"(?!(?:[\w’'-]+\s+){0,8}?(?:and|or)\s+(?:a|an|the|another)\b)(?:[\w’'&-]+\s+){0,8}")


_SUBJECT = re.compile(r"\s+(?:on|for|regarding|concerning|covering|about|in the field of)\s+((?:[\w’'&-]+\s*){1,8})")
_NOT_SUBJECT = frozenset({"the", "a", "an", "of", "and", "in", "to", "for", "on", "with", "between", "cooperation",
                          "co-operation", "field", "areas", "area", "sector", "sectors", "bilateral", "joint"})


def _subject_words(doc: Document, mention: _Mention) -> set[str]:
    """The words of an instrument's "on ..." phrase ("a memorandum on security and development of minerals")."""
    found = _SUBJECT.match(doc.text, mention.end, doc.sentences[mention.sentence].end)
    if not found:
        return set()
    words = re.findall(r"[\w’'-]+", found.group(1).split(",")[0])
    return {w.lower() for w in words if w.lower() not in _NOT_SUBJECT}


_DEAL_WORDS = frozenset({"agreement", "deal", "pact", "accord", "treaty"})


def _same_head(head: str, names: set[str]) -> bool:
    """The same word for it, or two words English uses for one agreement ("the deal" ... "the agreement")."""
    key = _norm(head)
    return key in names or (key in _DEAL_WORDS and bool(names & _DEAL_WORDS))


def _same_subject(a: set[str], b: set[str]) -> bool:
    """Two "on ..." phrases that may name one instrument: either is absent, or they share half their words."""
    return not a or not b or len(a & b) * 2 >= min(len(a), len(b))


def _strong(term: TermMention) -> bool:
    return term.term.extra == "strong"


def _name_of(doc: Document, term: TermMention) -> tuple[str | None, int | None]:
    """A proper name around an instrument word: capitalised words before it, "for/on X" after it.

    "UK-Republic of Korea Accord", "Framework for Semiconductor Cooperation",
    "Korea-Singapore AI alliance". An acronym alone ("MOU") or a possessive
    ("the UK's partnership") is no name.
    """
    text = doc.text
    sentence = doc.sentences[doc.sentence_index(term.start)]
    start = term.start
    words = 0
    while True:
        match = _word_before(text, sentence.start, start)
        if match is None:
            break
        word_start, word = match
        if word in ("of", "for", "and", "&") and words + term.text[0].isupper() > 0:
            inner = _word_before(text, sentence.start, word_start)
            if inner and _NAME_WORD.match(inner[1]) and not inner[1].endswith(("’s", "'s")):
                start = word_start
                continue
            break
        if not _NAME_WORD.match(word) or word in ("The", "A", "An", "This", "These", "New") or word.endswith(("’s", "'s")):
            break
        if word_start == sentence.start and not term.text[0].isupper():
            break
        start = word_start
        words += 1
    end = term.end
    proper = term.text[0].isupper() and sum(c.isupper() for c in term.text) < 2
    if proper:
        tail_words = re.match(r"\s+(?:for|on|of)\s+(?:the\s+)?([A-Z][a-z]+)", text[end:])
        if tail_words and tail_words.group(1) in _CALENDAR:
            proper = term.start > sentence.start
    if proper:
        tail = re.match(r"\s+(?:for|on|of)\s+(?:the\s+)?[A-Z][\w&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w&-]*)*", text[end:])
        if tail and not any(w in _CALENDAR for w in tail.group(0).split()):
            end += tail.end()
    if words == 0 and end == term.end and not (proper and term.start > sentence.start):
        return None, None
    if words == 0 and not proper:
        return None, None
    name = text[start:end].strip(" ‘“\"'")
    if name.lower() == term.text.lower() or name.lower() in _GENERIC_NAMES:
        return None, None  # "Memorandum of Cooperation" alone names no particular instrument
    return name, start


def _is_heading(doc: Document, index: int) -> bool:
    """A headline or section heading: a short line of its own with no closing punctuation."""
    sentence = doc.sentences[index]
    text = sentence.text(doc.text)
    if _is_bullet(doc, index):
        return False
    line_start = doc.text.rfind("\n", 0, sentence.start) + 1
    line_end = doc.text.find("\n", sentence.end)
    line_end = len(doc.text) if line_end < 0 else line_end
    whole_line = doc.text[line_start:line_end].strip()
    return whole_line == text and len(text) < 140 and not re.search(r"[.!?:\"”]$", text)


_BULLET = re.compile(r"\s*(?:[•\-–—*·▪●▲►◆■○◦➢→✓]|\d{1,2}\s?[.):\-–]|\(\d{1,2}\)|\(?[a-h]\))\s*")


def _is_bullet(doc: Document, index: int) -> bool:
    """Whether sentence ``index`` opens a list item: "1.", "2-", "(3)", "a)", "•", "▲", "-" at a line's start."""
    sentence = doc.sentences[index]
    line_start = doc.text.rfind("\n", 0, sentence.start) + 1
    marker = _BULLET.match(doc.text, line_start)
    if marker is None:
        return False
    return marker.end() >= sentence.start or not doc.text[line_start:sentence.start].strip()


_BUILDS_ON = re.compile(r"\b(?:builds?|built|building)\s+(?:on|upon)\s+|\b(?:replaces?|updates?|supersedes?|renews?|"
                        r"extends?|follows?|under)\s+(?:the|a|an|their|its)\s+(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
_RESTATING = re.compile(r"^\W*(?:It|This|That|The (?:agreement|deal|pact|partnership|memorandum|MoU|MOU|accord|"
                        r"framework|document|initiative))\s+(?:is|was|will be|forms|formed|provides|serves as|acts as|"
                        r"constitutes|creates|represents|sets up|establishes|becomes)\s+(?:a|an|the)\s+"
                        r"(?:[\w-]+\s+){0,3}$")
_APPOSED = re.compile(r"[A-Z][\w’'-]*\s*(?:\([A-Z]{2,10}\))?,\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}$")
_VENUE = re.compile(r"\b(?:at|during|on the sidelines of|on the margins of|ahead of|after|before|following|"
                    r"held at|at a|at an|in)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
_LIST_INTRO = re.compile(r"(?:\b(?:following|include|includes|included|including|among them|among which|as follows|"
                         r"namely|are|were|signed|exchanged|adopted|concluded|inked|agreed)\b[^:]{0,60}|^[^:]{0,40}):\s*$",
                         re.IGNORECASE)


def _rest(records: list[_Record], total: _Record, described: int) -> None:
    """A total told item by item in part: the described ones are records, one more stands for the rest."""
    rest = (total.quantity or 0) - described
    if rest >= 1:
        total.quantity = rest
    else:
        records.remove(total)


# "signed 15 agreements, including one on satellites and one on AI", "12 MOUs, among them an MOU on batteries
# and another on nickel": each described instrument is its own record
_INCLUDING = re.compile(r",?\s+(?:including|such as|among them|among which|notably|namely|with)\s+", re.IGNORECASE)
_DESCRIBED = re.compile(r"^(?:one|an?|another|the|a second|a third)\s+(?:(?:[\w-]+\s+){0,4}?(?P<word>[\w-]+)\s+)?"
                        r"(?:on|for|to|covering|regarding|concerning|about|in)\s+", re.IGNORECASE)


def _described(doc: Document, lex: Lexicons, records: list[_Record]) -> list[_Record]:
    out = list(records)
    for total in records:
        if not total.quantity or total.quantity < 2 or total not in out:
            continue
        sentence = doc.sentences[total.sentences[0]]
        text = doc.text[sentence.start:sentence.end]
        found = _INCLUDING.search(text)
        if not found:
            continue
        tail = text[found.end():]
        items = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+", tail) if p.strip()]
        described = []
        for item in items:
            match = _DESCRIBED.match(item.strip())
            if match is None:
                break
            word = (match.group("word") or "").lower()
            term = lex.instruments.get(word) if word else None
            described.append(term.value if term else total.kind)
        if not described:
            continue
        for kind in described:
            record = _Record(kind, total.status, list(total.sentences), list(total.countries), rule="described",
                             topics=set(total.topics))
            record.date, record.organizations = total.date, list(total.organizations)
            out.append(record)
        _rest(out, total, len(described))
    return out


def _starts_line(doc: Document, index: int) -> bool:
    sentence = doc.sentences[index]
    return not doc.text[doc.text.rfind("\n", 0, sentence.start) + 1:sentence.start].strip()


def _is_plural(head: str) -> bool:
    """"memoranda of understanding", "MoUs", "letters of intent" are plural; "campus", "consensus" are not."""
    word = head.split(" of ")[0].split()[-1] if head.strip() else ""
    return word in ("memoranda", "data", "mous", "mocs", "lois", "ftas", "ppps") or word.endswith("s") and not \
        word.endswith(("ss", "us", "sis"))


def _plural_umbrella(mention: "_Mention") -> bool:
    return _is_plural(mention.head) and mention.name is None


_ITEM_WORDS = re.compile(r"\b(?:cooperation|co-operation|collaboration|project|programme|program|arrangement|note|"
                         r"exchange|joint|partnership|agreement|protocol|contract|plan)\b", re.IGNORECASE)


def _listed_item(doc: Document, lex: Lexicons, index: int, records: list[_Record], status: str) -> None:
    """A list item under "signed the following:" that names no instrument word ("Cooperation project between
    the UAE Space Agency and KASA"): an agreement of the list's parties."""
    sentence = doc.sentences[index]
    head = doc.text[sentence.start:min(sentence.end, sentence.start + 120)].split(":")[0]
    if not _ITEM_WORDS.search(head):
        return
    mention = _Mention(index, sentence.start, sentence.start + len(head), "agreement", False, None, "agreement")
    parties = _parties(doc, lex, mention)
    if len(parties) < 2:
        return
    record = _Record("agreement", status, [index], parties, name=head.strip(" -–•*0123456789.)(")[:120] or None,
                     rule="bullet", topics=_topics(doc, index))
    record.organizations = _organizations(doc, mention, parties)
    record.date = date_of(doc, mention, status)
    records.append(record)


# ---------------------------------------------------------------- one mention

def _take(doc: Document, lex: Lexicons, mention: _Mention, records: list[_Record], bullet_status: str | None) -> None:
    text = doc.text
    sentence = doc.sentences[mention.sentence]
    before = text[sentence.start:mention.start]
    after = text[mention.end:sentence.end]
    definite = bool(_DEFINITE.search(before[-60:])) and not _ORDINAL.search(before[-40:])
    named = mention.name is not None
    status = bullet_status or status_of(doc, lex, mention)
    sentence_text = text[sentence.start:sentence.end]
    if speculative(doc, lex, mention.sentence) and status not in ("concluded", "existing"):
        if not definite or not records:
            return
    if _QUESTION.search(sentence_text) or _NEGATED.search(before[-50:]):
        return  # a question, or "the meeting ended without a joint statement"
    if not named and lex.cues["generic"].search(before[-40:]) and mention.kind not in _DOCUMENTS:
        return  # "a security alliance", "their partnership": a relationship (but a security agreement is a text)
    if not named and records and _RESTATING.search(before) and records[-1].rule != "partner_list":
        _attach(doc, lex, records[-1], mention)  # "It forms an overarching framework that builds on ..."
        return
    restating = _APPOSED.search(before)
    if restating and not named and records and records[-1].name and mention.sentence in records[-1].sentences:
        _attach(doc, lex, records[-1], mention)  # "the US-UAE AI Acceleration Partnership, a bilateral framework"
        return
    if mention.name is None and mention.kind == "dialogue" and _VENUE.search(before[-60:]):
        return  # "signed 46 agreements at the forum": where it happened, not what was made
    if _INCLUDING.search(before) and any(r.quantity and r.quantity > 1 and mention.sentence in r.sentences
                                         for r in records):
        return  # "12 MOUs, including an MOU on batteries": a described one, counted with its total
    parties = _parties(doc, lex, mention)
    if bullet_status and len(parties) >= 2:  # a list item is its own instrument: never a restatement
        own = status_of(doc, lex, mention) or bullet_status  # "- X is nearing a deal": the item's own word wins
        record = _Record(mention.kind, own, [mention.sentence], parties, name=mention.name,
                         rule="bullet", topics=_topics(doc, mention.sentence))
        record.names.add(_norm(mention.name) if mention.name else _norm(mention.head))
        record.organizations = _organizations(doc, mention, parties)
        record.date = date_of(doc, mention, own)
        records.append(record)
        return
    if _domestic(doc, mention, parties, before):
        return
    # partner lists: "partnerships with Israel, India and South Africa"
    partners = _partner_list(doc, mention, after)
    if partners:
        home = [c for c in parties if c not in partners] or [c for c in doc.focus if c not in partners][:1]
        clause = re.split(r",\s+(?:which|that|including|and)\b", before)[-1]  # the partners' own clause
        listed = (status_of(doc, lex, mention) if _status_cues_in(doc, lex, mention, len(clause)) else None) or "existing"
        for code in partners:
            if not home or home[0] == code:
                continue  # a partner with nobody to partner: no instrument of two parties
            record = _Record(mention.kind, listed, [mention.sentence], sorted({*home[:1], code}),
                             rule="partner_list", topics=_topics(doc, mention.sentence))
            record.date = date_of(doc, mention, listed)
            records.append(record)
        return
    plural = _is_plural(mention.head)
    name_key = _norm(mention.name) if mention.name else None
    known_name = name_key is not None and any(name_key in r.names for r in records)
    if named and known_name:
        _attach(doc, lex, next(r for r in records if name_key in r.names), mention)
        return
    proper = named and _name_is_proper(mention)
    if definite and proper:
        unnamed = [r for r in records if r.kind == mention.kind and r.name is None and r.rule != "partner_list"
                   and mention.sentence - r.sentences[-1] <= 12 and _norm(mention.head) in r.names
                   and (r.topics & _topics(doc, mention.sentence) or not r.topics or not _topics(doc, mention.sentence))]
        if unnamed:
            _attach(doc, lex, unnamed[-1], mention)
            return
    if proper and not bullet_status and not _ORDINAL.search(before[-40:]):
        # "talks on a new economic and security agreement" ... "expected to agree a new 'Hiroshima Accord'"
        parties_here = set(_parties(doc, lex, mention))
        awaited = [r for r in records if r.kind == mention.kind and r.name is None and r.rule == "cue"
                   and r.status in ("proposed", "planned") and 0 < mention.sentence - r.sentences[-1] <= 5
                   and set(r.countries) == parties_here and (r.quantity or 1) == 1]
        if awaited:
            _attach(doc, lex, awaited[-1], mention)
            if status and _PROGRESS.index(status) > _PROGRESS.index(awaited[-1].status) if status in _PROGRESS else False:
                awaited[-1].status = status  # talked about, then expected to be agreed: the furthest step told
                awaited[-1].date = date_of(doc, mention, status)
            return
    if definite and not proper:
        target = _antecedent(doc, mention, records)
        if target is not None and status in ("existing", "ended") and target.status not in (status,) \
                and mention.sentence in target.sentences and _BUILDS_ON.search(before[-40:]):
            target = None  # "the new deal builds on the memorandum signed in 2023": two instruments
        if target is not None:
            _attach(doc, lex, target, mention)
            return
        if not status or plural:
            return  # "the accord", "these agreements" with nothing to refer to: no new instrument
    if _in_quote(doc, mention.start):
        return  # speech: "a partnership that is already bearing fruit"
    if plural and not named and re.search(r"\b(?:a|the) (?:series|raft|number|host|range|slew) of\s+(?:[\w&’'-]+\s+){0,4}$",
                                          before[-60:]):
        return  # "a series of science and tech deals": an umbrella over instruments told one by one
    if mention.kind == "partnership" and not named and re.search(r"['’]s\s+(?:[a-z-]+\s+){0,2}$", before):
        return  # "the UK's partnership with ...": a relationship
    quantity = _quantity(doc, mention, before, plural)
    if quantity and quantity > 1:
        same = next((r for r in records if r.kind == mention.kind and r.quantity == quantity), None)
        if same is not None:
            _attach(doc, lex, same, mention)
            return
    if not named and not _ORDINAL.search(before[-40:]):
        topics = _topics(doc, mention.sentence)
        orgs = set(_organizations(doc, mention, parties))
        subject = _subject_words(doc, mention)
        restated = [r for r in records if r.kind == mention.kind and _same_head(mention.head, r.names)
                    and r.rule != "partner_list"
                    and (r.topics & topics or not (r.topics or topics)) and orgs <= set(r.organizations)
                    and _same_subject(r.subject, subject)
                    and (quantity or 1) == (r.quantity or 1)
                    and set(_parties(doc, lex, mention, fill=False)) <= set(r.countries)]
        if restated:  # "a new quantum partnership" told twice
            if restated[-1].rule == "money" and status:
                restated[-1].status = status  # a sum in a headline founded it; the body tells its status
            _attach(doc, lex, restated[-1], mention)
            return
    if not status and plural and not named:
        return  # "MOUs are non-binding": talk about the kind of thing
    told = bool(status)
    if not status:
        if not (mention.strong or bullet_status or named and len(parties) >= 2 and mention.head[0:1] != "f"):
            return
        if named and not mention.strong and not bullet_status and not _name_is_proper(mention):
            return
        status = "existing" if named and not mention.strong else "concluded"
    if len(parties) < 2 and not (parties and any(is_bloc(c) for c in parties)):
        return
    period = _period(text[sentence.start:sentence.end])
    if period:
        same = next((r for r in records if r.kind == mention.kind and period in r.names), None)
        if same is not None:
            _attach(doc, lex, same, mention)
            return
    record = _Record(mention.kind, status, [mention.sentence], parties, name=mention.name,
                     quantity=quantity, rule="named" if named else ("bullet" if bullet_status else "cue"),
                     topics=_topics(doc, mention.sentence), subject=_subject_words(doc, mention), told=told)
    if mention.name:
        record.names.add(_norm(mention.name))
    if period:
        record.names.add(period)
    record.names.add(_norm(mention.head))
    record.organizations = _organizations(doc, mention, parties)
    record.date = date_of(doc, mention, status)
    records.append(record)


_NEGATED = re.compile(r"\b(?:without|no|not|never|nor|neither|failed to \w+|did not \w+|didn['’]t \w+)\s+"
                      r"(?:(?:a|an|any|the|its|their)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)

_AFTER_PARTIES = re.compile(r"^\s*(?:,\s*)?(?:signed\s+|agreed\s+|concluded\s+)?(?:between|among|with|which includes|"
                            r"including|involving|linking|links)\s", re.IGNORECASE)


def _parties(doc: Document, lex: Lexicons, mention: _Mention, fill: bool = True) -> list[str]:
    """Countries that are parties: named before the instrument word or in its name, or right after it
    ("between X and Y", "with X"), with their organisations' countries; the document's main parties fill in."""
    sentence = doc.sentences[mention.sentence]
    after = doc.text[mention.end:sentence.end]
    if mention.name:  # "UK-Japan Digital Partnership": a name that carries its parties
        name_start = doc.text.rfind(mention.name, sentence.start, mention.end)
        inside = sorted({c.code for c in doc.within("countries", mention.sentence)
                         if name_start >= 0 and name_start <= c.start < name_start + len(mention.name)})
        if len(inside) >= 2:
            return inside
    if mention.head == "accession":  # "Korea's accession to the CPTPP": the joiner and what it joins
        joiner = [c.code for c in doc.within("countries", mention.sentence) if c.possessive
                  and 0 <= mention.start - c.end <= 4]
        joined = [c.code for c in doc.within("countries", mention.sentence) if c.type in ("bloc", "alias") and is_bloc(c.code)
                  and mention.end <= c.start <= mention.end + 90]
        if joiner and joined:
            return sorted({joiner[0], joined[0]})
    limit = mention.end
    if _AFTER_PARTIES.match(after):
        clause = re.search(r"[;:]|\.\s|, (?:which|to|and the|as|while)\b", after[20:])
        limit = mention.end + (20 + clause.start() if clause else len(after))
    codes: list[str] = []
    for country in doc.within("countries", mention.sentence):
        if not (country.start < limit) or country.in_org or country.locative:
            continue
        if country.nonparty:
            continue
        if country.code not in codes:
            codes.append(country.code)
    for org in doc.within("organizations", mention.sentence):
        if org.start < limit and org.entry.country and org.entry.type not in (
                "media", "research_firm"):
            if org.entry.country not in codes:
                codes.append(org.entry.country)
    named_before = any(c.start < mention.start and not c.locative and not c.nonparty
                       for c in doc.within("countries", mention.sentence))
    if fill and codes and not named_before and limit > mention.end and _AFTER_PARTIES.match(after):
        codes += [c for c in doc.focus if c not in codes]  # "a trilateral dialogue with India": with us
    if len(codes) < 2 and fill:
        if not codes or codes[0] in doc.focus or is_bloc(codes[0]):
            codes += [c for c in doc.focus if c not in codes]
        else:
            codes += [c for c in doc.focus[:1] if c not in codes]
    return sorted(codes)


def _domestic(doc: Document, mention: _Mention, parties: list[str], before: str) -> bool:
    """One country's own instrument: "Singapore's new National AI council", "the UK's global fund"."""
    sentence = doc.sentences[mention.sentence]
    named = {c.code for c in doc.within("countries", mention.sentence) if not c.in_org}
    orgs = {o.entry.country for o in doc.within("organizations", mention.sentence) if o.entry.country}
    explicit = named | orgs
    if len(explicit) != 1:
        return False
    window = before[-60:]
    possessive = _POSSESSED.search(window)
    if possessive:
        owner = [c for c in doc.countries if c.possessive and c.end <= mention.start and mention.start - c.end < 60
                 and sentence.start <= c.start]
        return bool(owner)
    return False


def _status_cues_in(doc: Document, lex: Lexicons, mention: _Mention, span: int) -> bool:
    """Whether a status cue stands within ``span`` characters before the mention."""
    return any(mention.start - span <= start and end <= mention.start
               for start, end, _ in _status_cues(doc, lex, mention.sentence))


def _partner_list(doc: Document, mention: _Mention, after: str) -> list[str]:
    """Partners listed after a plural instrument, one instrument each: "four MoUs on digital transformation
    with Saudi Arabia, Tanzania, the US and Italy", "three MoUs with IBM, Alibaba and Huawei"."""
    opening = _PARTNER_LIST.match(after)
    if not _is_plural(mention.head) or not opening:
        return []
    pos = mention.end + opening.end()
    items = sorted([(c.start, c.end, c.code) for c in doc.within("countries", mention.sentence)
                    if c.start >= pos and not c.in_org] +
                   [(o.start, o.end, o.entry.country) for o in doc.within("organizations", mention.sentence)
                    if o.start >= pos and o.entry.country and o.entry.type not in ("media", "research_firm")])
    codes = []
    for start, end, code in items:
        if start < pos:
            continue  # a country inside an organisation's name
        gap = doc.text[pos:start].strip()
        gap = re.sub(r"^(?:[A-Z][\w&.-]*\s*)*", "", gap) if codes else gap  # "Alibaba Cloud and": the name goes on
        if re.sub(r"^(?:,\s*)?(?:and\b|as well as\b)?\s*(?:the\b)?", "", gap).strip():
            break
        codes.append(code)
        pos = end
    return codes if len(codes) >= 2 else []


_PROGRESS = ("proposed", "planned", "concluded")
_DOCUMENTS = frozenset({"agreement", "mou", "trade_agreement", "joint_statement", "action_plan", "framework"})
_GENERIC_NAMES = frozenset({"joint statement", "joint declaration", "memorandum of understanding", "memorandum of cooperation",
                            "framework agreement", "cooperation agreement", "letter of intent", "action plan",
                            "joint communique", "joint communiqué", "strategic partnership", "comprehensive strategic partnership"})
_GENERIC_HEADS = frozenset({"agreement", "agreements", "deal", "deals", "pact", "accord", "arrangement", "framework",
                            "partnership", "alliance", "initiative", "cooperation platform"})


def _antecedent(doc: Document, mention: _Mention, records: list[_Record]) -> _Record | None:
    """What a definite mention refers to: the latest record of its kind sharing its head word and topic;
    else a generic "agreement" record it names more precisely; else, for generic words, the latest record."""
    topics = _topics(doc, mention.sentence)
    head = _norm(mention.head)
    usable = [r for r in records if r.rule != "partner_list"]
    near = [r for r in usable if mention.sentence - r.sentences[-1] <= 12]
    same_head = [r for r in usable if r.kind == mention.kind and any(head in n for n in r.names)]
    pools = (same_head, [r for r in near if r.kind == mention.kind],
             [r for r in near if r.kind == "agreement" and r.rule != "agreed_to" and (r.quantity or 1) == 1],
             near if mention.head in _GENERIC_HEADS else [])
    for pool in pools:
        if not pool:
            continue
        by_head = [r for r in pool if any(head in n for n in r.names)]
        candidates = by_head or pool
        with_topic = [r for r in candidates if r.topics & topics]
        return (with_topic or candidates)[-1]
    return None


def _attach(doc: Document, lex: Lexicons, record: _Record, mention: _Mention) -> None:
    if mention.sentence not in record.sentences:
        record.sentences.append(mention.sentence)
    if not record.told and not _is_heading(doc, mention.sentence):  # a later sentence tells what the first did not
        told = status_of(doc, lex, mention)
        if told and told != record.status:
            record.status, record.told = told, True
            record.date = date_of(doc, mention, told)
    if mention.name:
        record.names.add(_norm(mention.name))
        if record.name is None:
            record.name = mention.name
    if record.kind == "agreement" and record.rule != "agreed_to" and mention.kind not in ("agreement", "partnership"):
        record.kind = mention.kind  # "an agreement ... the memorandum of understanding": the precise word wins
    for org in _organizations(doc, mention, record.countries):
        if org not in record.organizations:
            record.organizations.append(org)


def _attach_heading(doc: Document, lex: Lexicons, mention: _Mention, records: list[_Record]) -> None:
    name = _norm(mention.name) if mention.name else None
    same = [r for r in records if name and name in r.names] or [r for r in records if r.kind == mention.kind]
    if same:
        same[0].sentences.append(mention.sentence)
        return
    sentence_text = doc.sentences[mention.sentence].text(doc.text)
    if lex.cues["speculative"].search(sentence_text):
        return
    status = status_of(doc, lex, mention)
    if not mention.strong:
        return
    parties = _parties(doc, lex, mention)
    if len(parties) >= 2:
        record = _Record(mention.kind, status or "concluded", [mention.sentence], parties, name=mention.name,
                         rule="headline", topics=_topics(doc, mention.sentence))
        record.names.add(_norm(mention.head))
        record.date = date_of(doc, mention, record.status)
        records.append(record)


# ---------------------------------------------------------------- without an instrument word

_AGREED_TO = re.compile(r"\b(?:agreed|agree|pledged|vowed|decided)\s+(?:on\s+[^,.]{0,30}\s+)?to\s+(\w+)", re.IGNORECASE)
_TWO_SIDES = re.compile(r"\b(?:both (?:countries|sides|nations)|the two (?:countries|sides|nations|governments)|"
                        r"the three (?:countries|nations)|they)\b", re.IGNORECASE)


def _agreed_to(doc: Document, lex: Lexicons, index: int, records: list[_Record]) -> None:
    """"South Korea and the United States agreed to expand joint research": an agreement with no noun for it."""
    sentence = doc.sentences[index]
    text = sentence.text(doc.text)
    match = _AGREED_TO.search(text)
    if not match or lex.cues["speculative"].search(text[:match.start()]):
        return
    subject = text[:match.start()]
    codes = sorted({c.code for c in doc.within("countries", index) if c.start < sentence.start + match.start()
                    and not c.locative and not c.in_org})
    if len(codes) < 2 and not _TWO_SIDES.search(subject):
        return
    recent = [r for r in records if r.rule not in ("money", "headline", "partner_list") and index - r.sentences[-1] <= 3]
    if recent:  # "They also agreed to ...": more about the instrument just reported
        recent[-1].sentences.append(index)
        return
    if len(codes) < 2:
        codes = sorted(set(codes) | set(doc.focus))
    if len(codes) < 2:
        return
    mention = _Mention(index, sentence.start + match.start(), sentence.start + match.end(), "agreement", False,
                       None, "agreement")
    record = _Record("agreement", "concluded", [index], codes, rule="agreed_to", topics=_topics(doc, index))
    record.names.add("agreement")
    record.date = date_of(doc, mention, "concluded")
    records.append(record)


def _money(doc: Document, lex: Lexicons, index: int, records: list[_Record], is_heading: bool) -> None:
    """Sums go to the fund they are put into, or found a fund when money is given for joint work."""
    sentence = doc.sentences[index]
    sums = doc.within("money", index)
    if not sums:
        return
    text = sentence.text(doc.text)
    here = [r for r in records if index in r.sentences]
    funds = [r for r in here if r.kind == "fund"]
    for amount in sums:
        target = next((r for r in funds), None)
        if target is None:
            for r in here:  # "a new $100 million quantum partnership": the sum names the instrument
                words = re.findall(r"[\w-]+", doc.text[amount.end:amount.end + 80])
                named = next((i for i, w in enumerate(words) if w.lower() in r.names), None)
                if named is not None and not _BETWEEN_BREAK & {w.lower() for w in words[:named]}:
                    target = r
                    break
        if target is None and not here:
            recent = [r for r in records if r.kind == "fund" and index - r.sentences[-1] <= 2]
            if recent and _FUND_WORDS.search(text) and re.match(r"(?:The|These|This|Those|It|They)\b", text):
                target = recent[-1]
                target.sentences.append(index)
        if target is None and _FUND_WORDS.search(text) and not lex.cues["speculative"].search(text):
            same = next((r for r in records if r.kind == "fund" and any(_same(amount, a) for a in r.amounts)), None)
            if same is not None:
                same.sentences.append(index)
                told = status_of(doc, lex, _Mention(index, amount.start, amount.end, "fund", False, None, "fund"))
                if not same.told and told and not is_heading:  # the headline gave a sum, the body tells its status
                    same.status, same.told = told, True
                continue
            if not _pledged(doc, lex, amount, sentence.start):
                continue  # trade worth $X, a company's plant, a budget paid: money, but no fund
            mention = _Mention(index, amount.start, amount.end, "fund", False, None, "fund")
            parties = _parties(doc, lex, mention)
            explicit = {c.code for c in doc.within("countries", index) if not c.in_org}
            if len(parties) >= 2 and len(explicit) != 1:
                told = status_of(doc, lex, mention)
                target = _Record("fund", told or ("planned" if is_heading else "concluded"),
                                 [index], parties, rule="money", topics=_topics(doc, index), told=bool(told) and not is_heading)
                target.names.add("fund")
                target.date = date_of(doc, mention, target.status)
                records.append(target)
                funds.append(target)  # more sums of the sentence go to this fund, not to new ones
                here.append(target)
        if target is not None and not any(_same(amount, a) for a in target.amounts):
            others = [r for r in records if r is not target and r.kind == "fund"
                      and any(_same(amount, a) for a in r.amounts)]
            if others:  # the same sum twice is the same fund
                others[0].sentences += [i for i in target.sentences if i not in others[0].sentences]
                if target in records and not target.amounts:
                    records.remove(target)
                funds = [r for r in funds if r is not target] + [others[0]]
                continue
            target.amounts.append(amount)


# A sum founds a fund when it is put into one ("a $300 million fund", "grants worth EUR 2 billion") or pledged
# by a party ("will invest", "pledged", "agreed to jointly invest", "make available"); not when it measures
# something else ("trade worth $X", "deals worth", "of the agency's budget") or a company spends it.
_FUND_NOUN = re.compile(r"\b(?:fund|funds|facility|grants?|financing|funding|investment vehicle|credit line|"
                        r"line of credit|endowment|investment programme|investment program)\b", re.IGNORECASE)
_PLEDGE = re.compile(r"\b(?:will|shall|to|would|pledg\w*|commit\w*|promis\w*|earmark\w*|allocat\w*|"
                     r"make available|made available|making available|announc\w*|unveil\w*|set aside)\s+"
                     r"(?:(?:also|jointly|together|further|additional(?:ly)?|up to|over|more than|about|some|nearly|"
                     r"a total of|an additional|an extra|a further)\s+)*"
                     r"(?:invest\w*|provid\w*|fund\w*|financ\w*|contribut\w*|spend\w*|offer\w*|extend\w*|"
                     r"mobili[sz]\w*|give|giving|grant\w*|support\w*|pour\w*|inject\w*|disburs\w*|deploy\w*)?",
                     re.IGNORECASE)
_MEASURE = re.compile(r"\b(?:worth|valued at|value of|trade|exports?|imports?|market|revenues?|sales|budget|"
                      r"opportunities|deals|turnover|GDP|costs?|prices?|orders?|contracts?)\b[^.;]{0,25}$", re.IGNORECASE)


_BETWEEN_BREAK = frozenset({"in", "under", "for", "to", "with", "of", "by", "over", "at", "as", "and", "into", "on",
                            "from", "through", "via", "within", "the"})


def _pledged(doc: Document, lex: Lexicons, amount: Money, floor: int) -> bool:
    text = doc.text
    before = text[max(floor, amount.start - 90):amount.start]
    after = text[amount.end:amount.end + 60]
    if _MEASURE.search(before[-40:]) and not _FUND_NOUN.search(before[-40:]):
        return False
    companies = [o for o in doc.between("organizations", floor, amount.start) if o.entry.type == "company"]
    if companies and not any(c for c in doc.between("countries", floor, amount.start) if not c.in_org
                             and c.type in ("name", "alias", "capital", "bloc")):
        return False  # "<Company> will invest $X in a plant in <B>": an investment, not an instrument
    if _FUND_NOUN.search(after[:40]) or _FUND_NOUN.search(before[-30:]):
        return True
    return bool(_PLEDGE.search(before))


def _same(a: Money, b: Money) -> bool:
    return a.currency == b.currency and abs(a.amount - b.amount) <= 0.005 * max(a.amount, b.amount)


# ---------------------------------------------------------------- details

def _topics(doc: Document, index: int) -> set[str]:
    """Sectors named in sentence ``index`` (computed once per document)."""
    by_sentence = doc.cache.get("topics")
    if by_sentence is None:
        by_sentence = doc.cache["topics"] = {}
        for term in doc.sectors:
            by_sentence.setdefault(doc.sentence_index(term.start), set()).add(term.term.value)
    return set(by_sentence.get(index, ()))


def _quantity(doc: Document, mention: _Mention, before: str, plural: bool) -> int | None:
    """How many instruments one mention stands for: "seven MOUs" is 7, "several MOUs" unknown, "an MOU" 1."""
    if _OTHER.search(before[-30:]):
        return None
    window = before[-40:]
    base = mention.start - len(window)
    for word in reversed(list(re.finditer(r"[\w’'-]+", window))[-3:]):
        if window[word.end():word.end() + 1] == "." or window[word.start() - 1:word.start()] == ".":
            continue  # "Cooperation 2.0": a version, not a count
        value = number_value(word.group(0))
        in_money = any(m.start <= base + word.start() < m.end for m in doc.within("money", mention.sentence))
        if value is not None and value > 1 and not in_money and word.group(0).lower() != "both":
            return value
    if re.search(r"\b(?:several|many|some|multiple|various|a series of|a raft of)\s+(?:[\w’'-]+\s+){0,3}$",
                 before[-50:], re.IGNORECASE):
        return None
    return None if plural else 1


def _period(text: str) -> str | None:
    match = re.search(r"\b(20\d\d)\s*[-–]\s*(20\d\d)\b", text)
    return f"{match.group(1)}-{match.group(2)}" if match else None


def _name_is_proper(mention: _Mention) -> bool:
    words = (mention.name or "").split()
    return len(words) >= 2 and sum(1 for w in words if w[:1].isupper()) >= 2 and mention.head[0:1].isalpha()


def _organizations(doc: Document, mention: _Mention, parties: list[str]) -> list[str]:
    out = []
    for org in doc.within("organizations", mention.sentence):
        if org.entry.type not in ("media", "research_firm"):
            if (org.entry.country in parties or org.entry.country is None) and org.entry.name not in out:
                out.append(org.entry.name)
    return out


_ORDINAL_PREFIX = re.compile(r"^(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|inaugural|new)\s+", re.IGNORECASE)


def _norm(name: str) -> str:
    """A name's key: "1st Korea-U.S.-Japan Business Dialogue" and "Korea-U.S.-Japan Business Dialogue" agree."""
    return re.sub(r"[^a-z0-9]", "", _ORDINAL_PREFIX.sub("", name).lower())


def _in_quote(doc: Document, offset: int) -> bool:
    """Whether ``offset`` lies inside quoted speech (curly quotes may span sentences; straight ones stay in a line)."""
    text = doc.text
    opened = text.rfind("“", max(0, offset - 1500), offset)
    inside = opened >= 0 and text.rfind("”", opened, offset) < 0
    if not inside:
        line_start = text.rfind("\n", 0, offset) + 1
        opened = text.rfind('"', line_start, offset)
        inside = text.count('"', line_start, offset) % 2 == 1
    if inside:  # a quoted title ("the "1st Korea-U.S. ... Dialogue"") is not speech
        closing = re.search(r"[”\"]", text[offset:offset + 80])
        quoted = text[opened:offset + closing.start()] if closing else ""
        if offset - opened < 100 and closing and not re.search(r"(?<![A-Z])[.!?,;]\s", quoted):
            return False
    return inside


def _finish(doc: Document, lex: Lexicons, record: _Record) -> Agreement:
    sectors: dict[str, None] = {}
    for index in record.sentences[:3]:
        for topic in sorted(_topics(doc, index)):
            sectors.setdefault(topic, None)
    evidence = [Evidence(doc.sentences[i].start, doc.sentences[i].end, doc.sentences[i].text(doc.text))
                for i in sorted(set(record.sentences))]
    amounts = [Amount(m.amount, m.currency, qualifier=m.qualifier) for m in record.amounts]
    countries = sorted({m for code in record.countries for m in lex.members(code, doc.published)})  # the Quad: its four
    return Agreement(kind=record.kind, name=record.name, countries=countries,
                     organizations=record.organizations, sectors=list(sectors), status=record.status,
                     date=record.date, quantity=record.quantity, amounts=amounts, evidence=evidence,
                     rule=record.rule)
