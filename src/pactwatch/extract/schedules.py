"""Schedules that commitments.py reads as promises without a modal frame: an event or a thing built put on the
calendar ("The next ministerial meeting is planned for early 2024", "The plant, slated for 2029"), an act named by
its noun ("scheduled for completion in 2030"), an absolute clause ("..., with deliveries beginning in 2028"), the
present tense of a schedule ("The hub opens in September"), and what an instrument provides for ("The deal envisages
a joint centre by 2027").
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .lexicon import Lexicons, read_table
from .promiseparts import ACT_NOUNS, Promise, clause_start, rest_put_off, timed_act_nouns

# "The next ministerial meeting is planned for early 2024": an event put on the calendar
_SCHEDULED = fastre.compile(r"(?:\b(?:is|are|was|were|been)\s+(?:now\s+|tentatively\s+)?|"
                        + "|".join(f"(?<=\\b{w}\\s)" for w in ("summit", "meeting", "talks", "visit", "session",
                                                                "conference", "forum", "round", "dialogue", "ceremony"))
                        + r")(?:planned|scheduled|slated|set|targeted|"  # (or reduced: "a summit scheduled for December")
                        r"expected|due|penciled|pencilled|anticipated|foreseen|envisaged|envisioned)\s+(?:(?:in\s+)?(?:for|on|in|by|"
                        r"within|before|to take place)\b|"
                        r"(?=(?:this|next|later|early|late|mid)\b))", re.IGNORECASE)  # ("is due this autumn")
# "..., with implementation expected within one year": the work scheduled in an absolute clause
_WITH_SCHEDULED = fastre.compile(r"\bwith\s+(?:its\s+|the\s+|their\s+)?(?P<noun>[a-z-]+(?:\s+[a-z-]+)?)\s+(?:expected|due|"
                                 r"scheduled|slated|planned|beginning|starting|commencing)\s+(?:in\s+)?(?:for|on|in|by|"
                                 r"within|before|from)\b", re.IGNORECASE)  # ("with deliveries beginning in 2028")
# "inaugural projects scheduled for launch before December 2025": the act named by its noun
# the nouns of acts a schedule names ("slated for completion"); the common ones ("investment", "construction") only
# after "will see", where the instrument brings them about
_SCHEDULE_NOUNS = {noun: verb for noun, verb, *rest in read_table("act_nouns.tsv") if "common" not in rest}
_SCHEDULED_ACT = fastre.compile(r"\b(?:(?:scheduled|slated|set|due|planned|earmarked|expected|ready|targeted)\s+for|"
                                r"expects?|"
                                r"plans?\s+(?:are|is|were|was)\s+(?:already\s+)?(?:in\s+place|under\s*way|afoot|being\s+made)\s+for|"
                                r"anticipates?|targets?|eyes|aims?\s+(?:for|at))\s+(?P<owner>its\s+|their\s+|the\s+)?"
                                rf"(?P<act>{'|'.join(sorted(map(re.escape, _SCHEDULE_NOUNS), key=len, reverse=True))})\b",
                                re.IGNORECASE)
SCHEDULED_ACT_WORDS = ("schedul", "slated", "set", "due", "plan", "earmarked", "expect", "ready", "anticipat", "target",
                       "eyes", "aim")  # (one is in every match of it: tested first)
# "..., effective 1 July 2026", "effective from January": the day an instrument told before takes effect
_EFFECTIVE = fastre.compile(r",\s+(?:to\s+be\s+)?effective\b(?=\s+(?:(?:from|as\s+of|as\s+from|on)\s+)?(?:\d|"
                            r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                            r"next|the\s+start|the\s+beginning)\b))")
# the present tense of a schedule, its subject a thing or an event: "The hub opens in September", "The pact enters
# into force in July", "Deliveries under the accord start in 2028"
_PRESENT = fastre.compile(r"\b(?P<verb>begins|starts|opens|commences|kicks\s+off|gets\s+under\s*way|takes\s+effect|"
                          r"(?:enters|comes)\s+into\s+(?:force|effect)|goes\s+into\s+effect|"
                          r"(?<![Tt]o\s)(?<!\bwill\s)(?<!\bcan\s)(?<!\bmay\s)(?<!\bmust\s)(?<!\bnot\s)(?<!\bdid\s)"
                          r"(?<=[a-z]\s)(?:begin|start|open|commence))\b(?!-)")  # (a plural subject's plain form, no modal;
# not "start-ups", "open-source")
_SCHEDULED_WORDS = ("planned", "scheduled", "slated", "set", "targeted", "expected", "due", "pencil", "anticipated",
                    "foreseen",
                    "envisaged", "envisioned")  # (folded)
_WITH_SCHEDULED_WORDS = (*_SCHEDULED_WORDS, "beginning", "starting", "commencing")
_PRESENT_WORDS = ("begin", "start", "open", "commence", "kicks", "gets", "takes", "enters", "comes", "goes")  # (as written)
_PRESENT_LEMMAS = {"kicks": "launch", "gets": "start", "takes": "take", "enters": "take", "comes": "take", "goes": "take"}
# things an instrument sets out to build or run (data/built_things.tsv): "The plant is planned for 2028"
BUILT_WORDS = frozenset(row[0] for row in read_table("built_things.tsv"))
BUILT_ALTERNATION = "|".join(sorted(map(re.escape, BUILT_WORDS), key=len, reverse=True))  # (longest first)
# what an instrument provides for: "The deal envisages a joint research centre by 2027", "which foresees the launch of"
_PROVIDES = fastre.compile(r"\b(?:envisages?|envisaged|envisaging|foresees?|foresaw|foreseeing|(?:calls?|called|calling|"
                           r"provides?|provided|providing)\s+for)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?P<noun>"
                           + "|".join(sorted(map(re.escape, {*ACT_NOUNS, *BUILT_WORDS, "centre", "center", "centres",
                                                             "centers", "fund", "office", "institute"}),
                                             key=len, reverse=True)) + r")\b", re.IGNORECASE)
EVENTS = fastre.compile(r"\b(?:meeting|summit|talks|dialogue|session|visit|conference|forum|ceremony|signing|round|"
                     r"launch|opening|negotiations?|consultations?|council|committee|exchange|exercise|mission|"
                     r"meet|edition|report|study|roadmap|road map|plan|strategy|guidelines|framework|toolkit|"
                     r"assessment|review|proposal|agreement|deal|treaty|memorandum|mou|fund|centre|center|implementation|"
                     r"construction|completion|deliver(?:y|ie)|operation|production|output|commissioning|start-?up|shipment|batch|consignment|"
                     r"pact|accord|event|phase|stage)s?\b",
                     re.IGNORECASE)
# "The plant is planned for 2028": a thing the instrument is to build, put on the calendar
_BUILT = fastre.compile(r"\b(?:" + BUILT_ALTERNATION + r")\s*$",
                        re.IGNORECASE)
# "signed deals for a 300 MW solar park near Aswan, slated for 2029": the thing built (and where) put on the calendar
# in a reduced clause after it
_SET_AFTER = fastre.compile(r"(?:\s+(?:in|near|at|off|outside)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
                            r"(?:\s+(?:region|province|state|county|district|area|governorate|prefecture))?)?"
                            r",\s+(?:slated|set|scheduled|due|planned|expected|targeted)\s+(?:for|by)\s+(?=(?:early\s+|"
                            r"late\s+|mid-)?(?:19|20)\d\d)")
# "Work on the cable is set to begin in 2027", "A feasibility study will be completed within six months" right after
# the instrument: the work it sets going
WORK_SUBJECT = fastre.compile(r"\W*(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+)?(?:[A-Z][A-Za-z]*-?\d+[A-Za-z]?|"  # "CBERS-6 is"
                               r"(?:[Ff]irst|[Ss]econd|[Tt]hird|[Nn]ext|[Ii]nitial|"
                               r"[Ff]inal)\s+(?:[Pp]hase|[Ss]tage)|(?:[A-Z][\w-]+\s+)?(?:[a-z][\w-]+\s+){0,2}(?:[Ww]ork|[Cc]onstruction|[Pp]roduction|[Dd]eliver(?:y|ies)|"
                               r"[Ss]hipments|[Tt]alks|[Nn]egotiations|[Cc]onsultations|[Mm]eetings?|[Ss]essions?|[Ee]xports|[Ii]mports|[Ii]mplementation|[Oo]perations|[Ss]tudy|[Ss]tudies|[Dd]rilling|[Tt]raining|"
                               r"[Ss]upplies|[Ii]nvestments|[Ll]oans|[Dd]isbursements|[Dd]evelopment|[Pp]rocess|[Aa]ssessment|"
                               r"[Cc]lasses|[Tt]eaching|[Ll]essons|[Cc]ourses|[Ee]nrol?ment|[Aa]dmissions|"
                               r"(?:[Ee]ducational|[Tt]eaching|[Aa]cademic)\s+[Aa]ctivit(?:y|ies)|"  # a campus's work
                               r"[Ss]urvey|[Rr]eview|[Ee]valuation|[Rr]ecruitment|[Ss]election|(?i:"
                               + "|".join(sorted(map(re.escape, _SCHEDULE_NOUNS), key=len, reverse=True)) +  # "Its launch is"
                               r")))(?:\s+(?:on|of|at|for|in|to|from|"
                               r"totalling|totaling|worth)\s+[^,;:]{1,60}?)?(?:\s+(?:is|are))?,?\s*$")


def scheduled(doc: Document, lex: Lexicons, index: int, said: str, low: str, out: list[Promise]) -> None:
    """Add to ``out`` the schedules of sentence ``index`` that no promise read before covers (``said`` is its
    text, ``low`` the same folded)."""
    sentence = doc.sentences[index]
    text = doc.text
    for match in _SCHEDULED_ACT.finditer(text, sentence.start, sentence.end) if any(  # "projects scheduled for launch"
            map(low.__contains__, SCHEDULED_ACT_WORDS)) else ():
        verb = ACT_NOUNS[match.group("act").lower()]
        if verb in lex.verbs and not any(p.start <= match.start() < p.verb_end for p in out):
            clause = clause_start(text, match.start(), sentence.start)
            if not text[clause:match.start()].strip() and match.group("owner"):
                # "Plans are in place for its launch in 2028": the act and whose it is come after the frame
                out.append(Promise(match.end(), lex.verbs[verb].surface, match.end(),
                                    text[match.start("owner"):match.end()], match.start("owner")))
                continue
            out.append(Promise(match.start(), lex.verbs[verb].surface, match.end(), text[clause:match.start()], clause))
    for at, verb, end, when in timed_act_nouns(text, doc.within("times", index), doc.published):
        if verb in lex.verbs and not any(p.start <= at < p.verb_end + 40 for p in out):  # "the opening in 2028 of X"
            clause = clause_start(text, at, sentence.start)
            out.append(Promise(at, lex.verbs[verb].surface, end, text[clause:at], clause, aside=when))
    if doc.within("instruments", index) or index and doc.within("instruments", index - 1):
        if (rest := rest_put_off(text, sentence.start, sentence.end)) is not None:  # "Others will be on Tuesday"
            out.append(Promise(rest[0], "sign", rest[1], text[rest[0]:rest[1]], rest[0]))
    for match in _WITH_SCHEDULED.finditer(text, sentence.start, sentence.end) if "with" in low and any(
            map(low.__contains__, _WITH_SCHEDULED_WORDS)) else ():
        if EVENTS.search(match.group("noun")) and not any(p.start <= match.start() < p.verb_end + 40 for p in out):
            out.append(Promise(match.start(), "", match.end(), match.group("noun") + " ", match.start("noun")))
    for match in _SCHEDULED.finditer(text, sentence.start, sentence.end) if any(
            map(low.__contains__, _SCHEDULED_WORDS)) else ():
        clause = clause_start(text, match.start(), sentence.start)
        subject = text[clause:match.start()]
        if (EVENTS.search(subject) or _BUILT.search(subject)) and not any(p.start <= match.start() < p.verb_end + 40 for p in out):
            out.append(Promise(match.start(), "", match.end(), subject, clause))
    for match in _SET_AFTER.finditer(text, sentence.start, sentence.end) if any(
            map(low.__contains__, _SCHEDULED_WORDS)) else ():
        clause = clause_start(text, match.start(), sentence.start)
        if _BUILT.search(text, clause, match.start()) and not any(p.start <= match.start() < p.verb_end + 40 for p in out):
            out.append(Promise(match.start(), "", match.end(), text[clause:match.start()], clause, continuing=True))
    for match in _PRESENT.finditer(text, sentence.start, sentence.end) if any(  # "Construction begins next year"
            map(said.__contains__, _PRESENT_WORDS)) else ():
        clause = clause_start(text, match.start(), sentence.start)
        subject = text[clause:match.start()]
        word = match.group("verb").split()[0].lower()
        term = lex.verbs.get(_PRESENT_LEMMAS.get(word, word))
        if term is not None and term.value == "action" and (EVENTS.search(subject) or _BUILT.search(subject) or
                                                            WORK_SUBJECT.match(subject)) and \
                not any(p.start <= match.start() < p.verb_end + 40 for p in out):
            out.append(Promise(match.start(), term.surface, match.end(), subject, clause, present=True))
    for match in _EFFECTIVE.finditer(text, sentence.start, sentence.end) if "effective" in low else ():
        term = lex.verbs.get("take")  # "signed an offtake agreement with X, effective 1 July": it takes effect then
        if term is not None and any(m.end <= match.start() for m in doc.within("instruments", index)) and \
                not any(p.start <= match.start() < p.verb_end + 40 for p in out):
            clause = clause_start(text, match.start(), sentence.start)
            out.append(Promise(match.start(), term.surface, match.end(), text[clause:match.start()], clause))
    for match in _PROVIDES.finditer(text, sentence.start, sentence.end) if any(  # "The deal envisages a joint centre
            map(low.__contains__, ("envisag", "forese", "foresaw", "call", "provid"))) else ():  # by 2027"
        noun = match.group("noun").lower()
        term = lex.verbs.get(ACT_NOUNS.get(noun, "establish"))
        if term is not None and not any(p.start <= match.start() < p.verb_end + 40 for p in out):
            clause = clause_start(text, match.start(), sentence.start)
            out.append(Promise(match.start(), term.surface, match.end(), text[clause:match.start()], clause))
