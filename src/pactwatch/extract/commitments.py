"""Commitments: a future action with a stated deadline or time frame.

A sentence holds a commitment when a future modal ("will", "plans to",
"pledging to", "expected to") governs an action verb of delivery ("establish",
"draft", "sign", "host") and a time expression that resolves to a date lies
after it: a deadline ("by 2030", "within twelve months") or a future date
("early next year", "on October 28"). Forecasts ("spending will hit") have no
action verb and are not commitments; a country's own plan with no foreign
party is left out. Restatements (same deadline, same thing promised) are one
commitment with several evidence sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..model import Commitment, Evidence
from .doc import Document
from .lexicon import Lexicons

_MODAL = re.compile(
    r"\b(?:(?:will|shall)(?:\s+be)?|to be|plans? to|planning to|intends? to|aims? to|(?:is|are) expected to|"
    r"(?:is|are) set to|(?:is|are) to(?:\s+be)?|(?:agreed|pledged|vowed|decided)(?:\s+on\s+[^,.]{1,30}?)?\s+to|"
    r"pledging to|committed to|promised to|scheduled to|(?:is|are) due to|seeks? to|hopes? to)"
    r"\s+(?:also\s+|jointly\s+|further\s+|formally\s+)?(\w+(?:-\w+)?)",
    re.IGNORECASE,
)
_ACTIONS = frozenset(
    """establish establishing established set create launch draft publish sign host co-host hold convene build open
    complete deliver develop train provide conclude adopt upgrade finalize finalise invest increase expand double
    triple raise deploy introduce start begin submit release announce form appoint allocate commit contribute
    spend disburse organize organise ratify implement issue award fund construct install set-up turn prepare
    produce present unveil finish finalize finalise select name""".split()
)
_OBJECT = re.compile(r"\b(?:fund|roadmap|road map|plan|pipeline|pipelines|centre|center|centres|centers|summit|"
                     r"dialogue|agreement|memorandum|mou|framework|programme|program|institute|office|hub|"
                     r"statement|facility|lab|laboratory|network|consortium)s?\b", re.IGNORECASE)


@dataclass
class _Draft:
    countries: list[str]
    action: str
    due: str
    sentences: list[int]
    key: set[str]
    vague: bool  # the due date came from "next week", "on Friday": a restatement with a calendar date wins


def promise(text: str) -> re.Match[str] | None:
    """The first modal + action verb in ``text`` ("will establish", "plans to draft"), if any."""
    return next((m for m in _MODAL.finditer(text) if m.group(1).lower() in _ACTIONS), None)


def find_commitments(doc: Document, lex: Lexicons, agreement_sentences: set[int]) -> list[Commitment]:
    drafts: list[_Draft] = []
    dated = sorted({i for i in (doc.sentence_index(t.start) for t in doc.times if t.value) if i is not None})
    for index in dated:  # a commitment has a deadline: only sentences with a date can hold one
        sentence = doc.sentences[index]
        text = sentence.text(doc.text)
        if text.rstrip().endswith("?"):
            continue
        modal = promise(text)
        if modal is None:
            continue
        if re.search(r"\b(?:could|may|might|would|predicts?|forecasts?|likely)\b", text[:modal.start()], re.I):
            continue
        found = _due(doc, index, sentence.start + modal.start(), sentence.start + modal.end())
        if found is None:
            continue
        due, vague = found
        countries = _actors(doc, lex, index, sentence.start + modal.start())
        linked = index in agreement_sentences or bool(_OBJECT.search(text[modal.end():]))
        if not linked or (len(countries) < 2 and not _foreign_party(doc, lex, index, countries)):
            continue
        key = {w.lower().rstrip("s") for w in _OBJECT.findall(text)} | {modal.group(1).lower()[:6]}
        same = next((d for d in drafts if d.key & key and (d.due == due or (d.vague or vague) and _close(d.due, due))),
                    None)
        if same is not None:
            same.sentences.append(index)
            if same.vague and not vague:
                same.due, same.vague = due, False
            continue
        action = text[modal.start():].rstrip(" .")
        drafts.append(_Draft(countries, action, due, [index], key, vague))
    return [Commitment(d.countries, d.action, d.due,
                       [Evidence(doc.sentences[i].start, doc.sentences[i].end, doc.sentences[i].text(doc.text))
                        for i in d.sentences], rule="modal_deadline") for d in drafts]


# "..., the two governments announced on Thursday": when it was said, not when it is due
_REPORTED_BEFORE = re.compile(r"\b(?:announced|said|says|told|reported|stated|confirmed|noted|added)\s*(?:\w+\s+){0,3}$")
_VAGUE_RULES = frozenset({"relative", "relative_day", "weekday", "day_of_month"})


def _due(doc: Document, index: int, modal_start: int, verb_end: int) -> tuple[str, bool] | None:
    """The deadline of the action: a deadline in the sentence, else a date after the verb that is not past."""
    sentence = doc.sentences[index]
    times = [t for t in doc.times if sentence.start <= t.start < sentence.end and t.value]
    deadlines = [t for t in times if t.kind == "deadline"]
    if deadlines:
        best = min(deadlines, key=lambda t: abs(t.start - modal_start))
        return best.value, best.rule in _VAGUE_RULES
    later = [t for t in times if t.kind == "date" and t.start >= verb_end
             and not _REPORTED_BEFORE.search(doc.text, max(sentence.start, t.start - 30), t.start)]
    if later:
        value = later[0].value
        if doc.published is None or value >= doc.published.isoformat()[:len(value)]:
            return value, later[0].rule in _VAGUE_RULES
    return None


def _close(a: str, b: str) -> bool:
    """Two due dates that may be the same day told two ways ("next week" and "October 28")."""
    if a[:7] == b[:7]:
        return True
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= 10
    except ValueError:
        return False


def _actors(doc: Document, lex: Lexicons, index: int, modal_start: int) -> list[str]:
    """Who is to act: the countries (or their organisations) named before the modal, else the document's parties."""
    sentence = doc.sentences[index]
    codes: list[str] = []
    for country in doc.countries:
        if sentence.start <= country.start < modal_start and not country.locative and country.code not in codes:
            if not country.nonparty:
                codes.append(country.code)
    for org in doc.organizations:
        if sentence.start <= org.start < modal_start and org.entry.country and org.entry.country not in codes:
            codes.append(org.entry.country)
    return sorted(codes) if codes else sorted(doc.focus)


def _foreign_party(doc: Document, lex: Lexicons, index: int, actors: list[str]) -> bool:
    """A one-country commitment counts only when the sentence names someone else too (or ties to an instrument)."""
    sentence = doc.sentences[index]
    others = {c.code for c in doc.countries if sentence.start <= c.start < sentence.end} - set(actors)
    return bool(others) or len(doc.focus) >= 2 and bool(set(actors) & set(doc.focus))
