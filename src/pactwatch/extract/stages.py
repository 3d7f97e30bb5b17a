"""The schedule of what a deal builds, as news tells it (read by commitments.py).

- The thing built or set up as the subject, in the sentence right after the instrument: "The first reactor is
  scheduled to start operating in 2030", "The facility, due to open in 2029, ...", "The mission is set to launch
  in 2029", "Commercial operation is expected to start in 2028" (``data/built_things.tsv``,
  ``data/set_up_things.tsv``).
- One promise in two stages, each with its own time: "will start building the plant in May with the goal of
  completion by the end of 2028", "will begin construction early next year, aiming to finish it by 2028": two
  commitments, one for each time.
- A second verb of a figure keeps its time to itself: "will begin production in 2027 and reach full capacity by
  2029" is due in 2027 (the capacity reached is a forecast, not the act).
- A background goal: "..., as the carmaker seeks to go fully electric by 2040", "as India aims to produce five
  million tonnes by 2030" is some side's own aim told as the reason of the news, no promise of the parties.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import fastre
from .acts import gerund_verb, verb_class
from .lexicon import Lexicons, read_table

ACT_NOUNS = {row[0]: row[1] for row in read_table("act_nouns.tsv")}  # noun -> verb (promiseparts.py, commitments.py)
_BUILT = "|".join(sorted(map(re.escape, {row[0] for name in ("built_things.tsv", "set_up_things.tsv")
                                          for row in read_table(name)}), key=len, reverse=True))
# "The first reactor is", "The facility, ", "The new refinery", "Its second plant, due to open in 2029," (the frame
# then starts at "due")
_BUILT_SUBJECT = fastre.compile(r"\W*(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,3}?|[A-Z][a-z]+\s+)"
                                rf"(?i:{_BUILT})(?:\s+(?:\d+|[IVX]+))?\s*,?\s*(?:(?:is|are|was|were)\s+)?"
                                r"(?:(?:also|now|still|currently|expected\s+to\s+be)\s+)?$")


def built_subject(head: str) -> bool:
    """Whether the clause before a frame is a thing built ("The first reactor is ", "The facility, ")."""
    return bool(_BUILT_SUBJECT.fullmatch(head))


# ", as the carmaker seeks to", "as India aims to", "as Warsaw looks to": the reason of the news, some side's aim
_AIM = r"(?:seek|aim|look|race|strive|tr(?:y|ie)|push|move|work|want|hope|plan|prepare|rush|scramble|bid|struggle)" \
       r"(?:s|es|ed|ing)?\s+(?:(?:hard|harder)\s+)?to\b"
_NOT_OTHERS = r"(?!(?:they|we|both|the\s+(?:two|three|four|partners|parties|sides|signatories|countries|governments|" \
              r"companies|firms))\b)"  # (the parties' own aim is theirs to promise)
_AS = r"(?<!\bsuch\s)(?<!\bwell\s)(?<!\bjust\s)\bas\s+(?!part\s+of\b)" + _NOT_OTHERS  # (not "such as", "as well
# as", "as part of a plan to": the promise's own plan)
_AS_BEFORE = fastre.compile(_AS + r"(?:[\w.’'-]+\s+){1,5}$", re.IGNORECASE)
_AIM_FRAME = fastre.compile(_AIM, re.IGNORECASE)
# the same clause after a promise: "will build a plant in Ohio as the carmaker seeks to go electric by 2040"
_AS_AIM = fastre.compile(_AS + r"(?:[\w.’'-]+\s+){1,5}?" + _AIM, re.IGNORECASE)


def aim_between(text: str, start: int, end: int) -> bool:
    """Whether a background "as <someone> seeks to" clause opens between a promise (ending at ``start``) and a time
    (at ``end``): the time is that aim's."""
    return " as " in text[start:end] and bool(_AS_AIM.search(text, start, end))


def background_goal(text: str, sentence_start: int, frame_start: int) -> bool:
    """Whether the frame at ``frame_start`` is an aim in an "as <someone> seeks to" clause of another side."""
    if not _AIM_FRAME.match(text, frame_start):
        return False
    return bool(_AS_BEFORE.search(text, max(sentence_start, frame_start - 60), frame_start))


# the link to a second stage after the first's time: ", aiming to finish", "with the goal of completion",
# "with the aim of completing", "in order to start"
_STAGE_LINK = fastre.compile(r"\s*,?\s*(?:and\s+)?(?:(?:aiming|hoping|planning|seeking|intending|looking)\s+to|with\s+"
                             r"(?:the|a|an)\s+(?:goal|aim|target|objective|view|plan|intention)\s+(?:of|to)|in\s+order\s+"
                             r"to|so\s+as\s+to)\s+(?P<act>[a-z][a-z-]*)\b", re.IGNORECASE)
# "... in 2027 and reach full capacity by 2029": the later time is the second verb's
_AND_VERB = fastre.compile(r"\s*,?\s*and\s+(?:then\s+|to\s+|will\s+|would\s+)?(?:be\s+)?(?P<verb>[a-z]+)\b")


def _is_act(lex: Lexicons, word: str) -> bool:
    word = word.lower()
    if word.endswith("ing"):
        term = gerund_verb(lex, word)
        return term is not None and term.value == "action"
    if word in ACT_NOUNS:
        word = ACT_NOUNS[word]
    return verb_class(lex, word) == "action"


def two_stages(doc, lex: Lexicons, index: int, item, times, due: str, due_of) -> list[str] | None:
    """The stages of the promise ``item`` of sentence ``index``, when the sentence gives a first time right after
    the act and a second one after a stage link or after a second verb: the due dates of its stages (one when the
    second time is a figure's); None when there is one time to it. ``due_of(doc, index, item, [t])`` is commitments.py's
    reading of the due date a time gives a promise."""
    text, verb_end, sentence_end = doc.text, item.verb_end, doc.sentences[index].end
    free = replace(item, next_frame=-1)  # (the second time is read as the promise's own, past a later frame)

    def value_of(t):
        return (due_of(doc, index, free, [t]) or (None,))[0]

    after = sorted((t for t in times if verb_end <= t.start < sentence_end), key=lambda t: t.start)
    for first, second in zip(after, after[1:]):
        link = _STAGE_LINK.match(text, first.end, second.start)
        verb = None if link else _AND_VERB.match(text, first.end, second.start)
        if link is None and verb is None:
            continue
        first_due = value_of(first)
        act = link.group("act") if link else verb.group("verb")
        if first_due is None or text[(link or verb).end():second.start].count(" ") > 8:
            return None
        if link is not None and _is_act(lex, act) or verb is not None and verb_class(lex, act) == "action":
            second_due = value_of(second)  # "to begin in April 2027 and be finished by late 2029"
            return [first_due, second_due] if second_due and second_due != first_due else None
        if verb is not None and verb_class(lex, act) in ("forecast", "duration") and first_due != due and \
                value_of(second) == due:
            return [first_due]  # "begin production in 2027 and reach full capacity by 2029"
        return None
    return None


def note(doc, start: int, end: int, why: str) -> bool:
    """Record a commitment candidate a rule turned down, and why (``pactwatch extract --explain``); True."""
    doc.rejected.append({"text": doc.text[start:end], "start": start, "end": end, "kind": "commitment", "why": why})
    return True
