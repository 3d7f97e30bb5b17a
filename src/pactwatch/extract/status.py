"""Status and date of an instrument mention, read from its sentence.

The status is told by the nearest cue before the instrument word (``data/status_cues.tsv``, found once per
sentence with Aho-Corasick), by a passive or modal verb after it ("Seven MOUs ... were also adopted", "a fund
which will be established"), and by time: an instrument tied to a date well before the article's ("signed in
1998", "released in 2024", "back in November 2023", "In November last year, the two countries set up ...")
is ``existing``; one reported as terminated, suspended or withdrawn from is ``ended``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .doc import Document
from .lexicon import Lexicons

if TYPE_CHECKING:
    from .agreements import _Mention

_FUTURE_TIME = re.compile(r"\b(?:next|coming|upcoming|by 20\d\d|later this)\b", re.IGNORECASE)

_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|to|plans? to|could|may|might)\s+(?:(?:also|jointly|soon|now)\s+)?$",
                           re.IGNORECASE)
# "working groups on chips, civil protection and culture will convene": a modal later in the same clause
_MODAL_AFTER = re.compile(r"^[^;:.]{0,120}?\b(will|shall|(?:is|are) to|(?:is|are) set to|(?:is|are) expected to)\s+\w+")
_PASSIVE = re.compile(r"\b(is|are|was|were|has been|have been|had been|is being|are being|will be|would be|to be|"
                      r"is to be|are to be)\s+(?:(?:also|newly|formally|officially|jointly|now|already|recently)\s+)*"
                      r"([a-z][\w-]*)", re.IGNORECASE)


def future_time(doc: Document, index: int) -> bool:
    sentence = doc.sentences[index]
    if _FUTURE_TIME.search(sentence.text(doc.text)):
        return True
    today = doc.published.isoformat() if doc.published else None
    for t in doc.times:
        if sentence.start <= t.start < sentence.end and t.value:
            if t.kind == "deadline" or (today and t.value > today[:len(t.value)]):
                return True
    return False


_PAST_YEAR = re.compile(r"\b(?:from|in|of|since|dating to|signed in|agreed in)\s+(1[89]\d\d|20\d\d)\b(?!\s*[-–])")


def _status_cues(doc: Document, lex: Lexicons, index: int) -> list[tuple[int, int, str]]:
    """Status cue words of sentence ``index`` (found once per sentence, Aho-Corasick)."""
    cache = doc.cache.setdefault("status_cues", {})
    if index not in cache:  # only sentences with an instrument word need them
        sentence = doc.sentences[index]
        text = doc.text[sentence.start:sentence.end]
        cache[index] = [(sentence.start + m.start, sentence.start + m.end, m.payload.value)
                        for m in lex.status_cues.find(text)]
    return cache[index]


def speculative(doc: Document, lex: Lexicons, index: int) -> bool:
    cache = doc.cache.setdefault("speculative", {})
    if index not in cache:
        sentence = doc.sentences[index]
        cache[index] = bool(lex.cues["speculative"].search(doc.text, sentence.start, sentence.end))
    return cache[index]


def status_of(doc: Document, lex: Lexicons, mention: _Mention) -> str | None:
    """The status told by the nearest cue before the word in its sentence, or by a passive verb after it
    ("Seven MOUs ... were also adopted", "a fund which will be established")."""
    sentence = doc.sentences[mention.sentence]
    text = doc.text
    before = text[max(sentence.start, mention.start - 120):mention.start]
    after = text[mention.end:sentence.end]
    best: tuple[int, str] | None = None
    window_start = mention.start - len(before)
    for cue_start, cue_end, status in _status_cues(doc, lex, mention.sentence):
        if window_start <= cue_start and cue_end <= mention.start:
            if status == "concluded" and _MODAL_BEFORE.search(text, max(0, cue_start - 25), cue_start):
                status = "planned"  # "will create", "to sign": a verb after a modal is not done yet
            best = (mention.start - cue_end, status)  # the last cue before the word is the nearest
    past_year = _PAST_YEAR.search(before)
    if past_year and doc.published and int(past_year.group(1)) < doc.published.year - 1 or (
            past_year and not doc.published and int(past_year.group(1)) < 2000):
        if best is None or len(before) - past_year.end() <= best[0]:
            best = (len(before) - past_year.end(), "existing")
    passive = _PASSIVE.search(after[:200])
    if passive and (best is None or passive.start() < 30 and "," not in after[:passive.start()]):
        aux, verb = passive.group(1).lower(), passive.group(2)
        if aux in ("will be", "would be", "to be", "is to be", "are to be"):
            best = (passive.start(), "planned")
        else:
            cue = lex.status_cues.get(verb)
            if cue is not None and cue.value != "planned":
                best = (passive.start(), cue.value)
    if best is None:
        active = _MODAL_AFTER.match(after)
        if active:
            best = (active.start(1), "planned")
        else:
            verb = re.match(r"^\s+(?:(?:also|formally|officially|jointly)\s+)?([a-z]+)", after)
            cue = lex.status_cues.get(verb.group(1)) if verb and verb.group(1).endswith("ed") else None
            if cue is not None and cue.value == "concluded":  # "The joint press statement outlined ..."
                best = (0, "concluded")
    if best is None:
        return None
    status = best[1]
    if status == "planned" and re.search(r"\bagreed\b", before) and not future_time(doc, mention.sentence):
        status = "concluded"  # "agreed to create a platform": the agreement is made
    if status == "existing" and re.search(r"\bunder the\b", before[-30:]):
        return None  # "Under the framework, X will ...": a reference, not a status
    return status


def date_of(doc: Document, mention: _Mention, status: str) -> str | None:
    sentence = doc.sentences[mention.sentence]
    times = [t for t in doc.times if sentence.start <= t.start < sentence.end and t.value and t.kind == "date"]
    if status == "proposed":
        return None
    if times:
        nearest = min(times, key=lambda t: abs(t.start - mention.start))
        return nearest.value
    if status in ("concluded", "planned") and doc.published:
        return doc.published.isoformat()
    return None


