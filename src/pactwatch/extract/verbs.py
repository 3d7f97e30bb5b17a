"""Instruments told by a verb rather than a noun, and dates told by a clause.

"South Korea and the United States agreed to expand joint research" is an agreement with no noun for it; "The
United States and Mexico are partnering to ..." is a partnership; "The MoU with Kenya, signed in October, ..."
dates the memorandum it names.
"""

from __future__ import annotations

import re

from . import fastre
from .antecedent import pair_told_before
from .doc import Document
from .instruments import Mention, Record, topics_of
from .lexicon import Lexicons
from .status import date_of

_AGREED_TO = fastre.compile(r"\b(?:agreed|agree|pledged|vowed|decided)(?P<with>\s+with\s+(?:the\s+)?[A-Z][^,.;]{1,40}?)?"
                            r"(?:\s+on\s+[^,.]{0,30}|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
                            r"\s+to\s+(\w+)", re.IGNORECASE)  # ("agreed with Vietnam on
# Tuesday to develop": the partner told after the verb)
_TALK = frozenset({"promote", "boost", "support", "remove", "consider", "explore", "discuss", "continue", "maintain",
                   # an order or a cause to uphold, no arrangement: "pledged to reconstruct a rules-based order"
                   "reconstruct", "rebuild", "uphold", "defend", "preserve", "protect", "counter", "oppose", "resist"})
_CLOSER_TIES = fastre.compile(r"(?:(?:further|also|jointly)\s+)?(?:enhance|strengthen|deepen|intensify|broaden|further|"
                              r"step\s+up|bolster|advance|elevate|upgrade|widen|expand|extend|increase|grow|develop|"
                              r"diversify|consolidate|reinforce|revitali[sz]e)(?:\s+and\s+[a-z]+)?\s+"
                              r"(?:(?:their|the|bilateral|mutual|existing|economic|overall|"
                              r"close|closer|common|joint|shared|strategic)\s+)*(?:cooperation|co-operation|ties|relations|"
                              r"relationship|collaboration|engagement|partnership|work|efforts|exchanges|coordination|links|"
                              r"bonds)\b(?!\s+(?:agreement|framework|programme|program))", re.IGNORECASE)
_HOLD_TALKS = fastre.compile(r"(?:hold|holding|launch|start|open|resume)\s+(?:regular\s+|annual\s+|further\s+|formal\s+|"
                             r"new\s+|bilateral\s+)*(?:talks|consultations|dialogues?|meetings)\b", re.IGNORECASE)
_TWO_SIDES = fastre.compile(r"\b(?:both (?:countries|sides|nations)|the two (?:countries|sides|nations|governments)|"
                        r"the three (?:countries|nations)|they)\b", re.IGNORECASE)


def agreed_to(doc: Document, lex: Lexicons, index: int, records: list[Record]) -> None:
    """"South Korea and the United States agreed to expand joint research": an agreement with no noun for it."""
    sentence = doc.sentences[index]
    text = sentence.text(doc.text)
    match = _AGREED_TO.search(text)
    if not match or lex.cues["speculative"].search(text[:match.start()]) or match.group(2).lower() in _TALK or \
            _CLOSER_TIES.match(text, match.start(2)):
        return  # "agreed to promote cooperation", "agreed to support law enforcement", "agreed to enhance cooperation
        # in IT": talk of ties, no arrangement
    subject = text[:match.start()]
    told_by = match.end("with") if match.group("with") else match.start()  # the partner after "agreed with"
    codes = pair_told_before(doc, index, sentence.start + told_by) or sorted(
        {c.code for c in doc.within("countries", index) if c.start < sentence.start + told_by
         and not c.locative and not c.in_org and not c.nonparty})  # ("As A's leader went to B's capital, the two
    # countries agreed ...": A and B)
    if len(codes) < 2 and not _TWO_SIDES.search(subject) and not any(c in lex.groupings for c in codes):
        return  # (but "the Quad agreed to cooperate on cables": a grouping stands for its members)
    recent = [r for r in records if r.rule not in ("money", "headline", "partner_list") and index - r.sentences[-1] <= 3]
    if recent:  # "They also agreed to ...": more about the instrument just reported
        recent[-1].sentences.append(index)
        return
    if len(codes) < 2 and not any(c in lex.groupings for c in codes):
        codes = sorted(set(codes) | set(doc.focus))
    if len(codes) < 2 and not any(c in lex.groupings for c in codes):
        return
    mention = Mention(index, sentence.start + match.start(), sentence.start + match.end(), "agreement", False,
                       None, "agreement")
    talks = _HOLD_TALKS.match(text, match.start(2))  # "agreed to hold talks on AI": a dialogue to come
    kind, status = ("dialogue", "planned") if talks else ("agreement", "concluded")
    if _AFTER_WHAT.search(subject):
        status = "existing"  # "The meeting comes three years after the Quad pledged to ...": told as what came before
    record = Record(kind, status, [index], codes, rule="agreed_to", topics=topics_of(doc, index))
    record.names.add(kind)
    record.date = None if status == "existing" else date_of(doc, mention, status)
    records.append(record)


# what the news comes after: "The meeting comes three years after", "It follows a year since"
_AFTER_WHAT = fastre.compile(r"\b(?:comes?|came|coming|follows?|followed)\b[^.;:]{0,60}\b(?:after|since)\s+(?:[\w’'-]+\s+)"
                             r"{0,6}$", re.IGNORECASE)


# "The United States and Mexico are partnering to strengthen ...", "Kenya has teamed up with Korea to build ...",
# "joined hands with Japan on ...": a partnership told by its verb (the partner before it or after "with")
_PARTNER_VERB = r"(?:partner(?:ing|ed|s)?(?:\s+up)?|team(?:ing|ed|s)?(?:\s+up)?(?=\s+(?:with|to)\b)|" \
                r"join(?:ing|ed|s)?\s+(?:hands|forces))"
_PARTNERING = fastre.compile(r"\b(?:(?P<aux>are|is|will|to|have|has|had|plan to|plans to|agreed to)\s+(?:also\s+)?"
                             r"(?:be\s+)?" + _PARTNER_VERB + r"|(?P<past>partnered(?:\s+up)?|teamed(?:\s+up)?|joined\s+"
                             r"(?:hands|forces)))(?P<with>\s+with\s+[^,.;]{1,60}?)?(?:\s+(?:on|last|this)\s+\w+day)?"
                             r"\s+(?:to|on|in|for)\b", re.IGNORECASE)

_WISH_BEFORE = fastre.compile(r"\b(?:hop(?:e|es|ed|ing)|look(?:s|ed|ing)?|wants?|wanted|wanting|seek(?:s|ing)?|sought|keen|"
                              r"eager|wish(?:es|ed)?|aspires?|would\s+like|(?:is|are)\s+interested)\s+$", re.IGNORECASE)

_GLAD_BEFORE = fastre.compile(r"\b(?:proud|pleased|delighted|happy|glad|honou?red|excited|thrilled)\s+$", re.IGNORECASE)


def may_partner(text: str) -> bool:
    """Whether a sentence holds a word of :func:`partnering`'s verbs (a cheap test before its pattern)."""
    return "partner" in text or "team" in text or "join" in text


_STATE_BODIES = frozenset({"ministry", "agency", "government_office", "legislature"})


def partnering(doc: Document, lex: Lexicons, index: int, records: list[Record]) -> None:
    """A partnership of two countries told as doing it: "are partnering to", "will partner on"."""
    sentence = doc.sentences[index]
    match = _PARTNERING.search(doc.text, sentence.start, sentence.end)
    if match is None or not re.search(r"(?i)partner", match.group(0)) and (
            match.group(0).lower().endswith(" in") or not topics_of(doc, index)):
        return  # ("joined hands in working towards ...": a manner of cooperating; "teamed up", "joined forces" with no
        # field of technology: a rescue, a match, fans)
    partner_end = match.end("with") if match.group("with") else match.start()  # "teamed up with Korea's Samsung"
    codes = sorted({c.code for c in doc.within("countries", index) if c.start < partner_end
                    and not c.locative and not c.in_org and not c.nonparty} | {
        o.entry.country for o in doc.within("organizations", index) if o.start < partner_end and o.entry.country
        and o.entry.type in _STATE_BODIES})  # ("The State Department said it will partner with"; not two firms)
    if len(codes) < 2 or lex.cues["speculative"].search(doc.text, sentence.start, match.start()):
        return
    aux = (match.group("aux") or "").lower()
    if aux == "to" and _WISH_BEFORE.search(doc.text, max(sentence.start, match.start() - 30), match.start()):
        return  # "hopes to team up with", "is looking to join forces with": one side's wish, nothing planned
    if aux == "to" and records and _GLAD_BEFORE.search(doc.text, max(sentence.start, match.start() - 30), match.start()):
        return  # "Chile is proud to partner with Norway in ...", after the statement they signed: its praise
    status = "planned" if aux in ("will", "to", "plan to", "plans to") else "concluded"
    if any(r.kind == "partnership" and r.countries == codes and index - r.sentences[-1] <= 3 for r in records):
        return
    mention = Mention(index, match.start(), match.end(), "partnership", False, None, "partnership")
    record = Record("partnership", status, [index], codes, rule="partnering", topics=topics_of(doc, index), told=True)
    record.names.add("partnership")
    record.date = date_of(doc, mention, status)
    records.append(record)


# a cheap test before agreed_to runs
MAYBE_AGREED = fastre.scanner(r"\b(?:agree|pledge|vowed|decided)", re.IGNORECASE)
MAYBE_AGREED_WORDS = ("agree", "pledge", "vowed", "decided")  # (one is in every match of it, folded: tested first)


# "the third closed by the EU in Asia, after the one inked with Japan (in May 2022) and with Korea (in November)"
_ONES_WITH = fastre.compile(r"\b(?:the\s+)?ones?\s+(?:it\s+|they\s+|already\s+)?(?:inked|signed|concluded|agreed|struck|"
                            r"sealed|reached|set\s+up|established|launched|created|formed)\s+(?:(?:earlier|previously|"
                            r"already|last\s+year|in\s+\d{4})\s+)?with\s+", re.IGNORECASE)


def ones_with(doc: Document, lex: Lexicons, index: int, records: list[Record]) -> None:
    """Earlier instruments of the same kind told by "the one signed with X ... and with Y": one each, in place."""
    sentence = doc.sentences[index]
    match = _ONES_WITH.search(doc.text, sentence.start, sentence.end)
    if match is None or not records:
        return
    said = [m.term.value for m in doc.within("instruments", index) if m.start < match.start()]
    told = next((r for r in reversed(records) if said and r.kind == said[-1] and r.rule != "ones_with"),
                records[-1])  # "The digital partnership is the third ... the one inked with Japan": a partnership
    partners = []
    for country in doc.within("countries", index):
        opening = doc.text.rfind("(", match.end(), country.start)
        if country.start < match.end() or opening > doc.text.rfind(")", match.end(), country.start) or \
                country.code in told.countries or country.code in partners:
            continue  # inside a bracket ("(during the EU-Japan Summit)"), or a party of the instrument itself
        partners.append(country.code)
    here = [c.code for c in doc.within("countries", index) if c.start < match.start()]
    home = [c for c in told.countries if c in here] or [c for c in told.countries if c in doc.focus[:1]] or \
        told.countries[:1]  # the party this sentence names: "the EU's third in Asia"
    for code in partners:
        record = Record(told.kind, "existing", [index], sorted({home[0], code}), rule="ones_with",
                        topics=set(told.topics))
        record.names.add(told.kind)
        records.append(record)

