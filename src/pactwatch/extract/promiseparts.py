"""Parts of a promise that commitments.py reads from a sentence: where its clause starts, the act after "will see",
later times of the same act, whether two dues may be one day told two ways, and a headline's infinitive ("India to
sign chip pact with Japan next month", "Kenya, UAE To Launch AI Fund By 2027"), the news style for what a party is to
do."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from . import fastre
from ..model import TimeExpr
from .acts import gerund_verb
from .doc import Document
from .layout import is_bullet
from .stages import ACT_NOUNS, aim_between  # (ACT_NOUNS: noun -> verb; commitments.py reads it too)
from .lexicon import Lexicons

_ASIDE = re.compile(r"\s[—–-]\s[^—–]{1,120}?\s[—–-]\s|\s?\([^()]{1,80}\)")
_WORD = re.compile(r"[A-Za-z][a-z-]*")


def seen_act(lex: Lexicons, text: str, start: int, end: int) -> tuple[int, str, int, int] | None:
    """After "will see": who acts and the act, its verb in the plain form ("the deal will see the EU — its 27
    members — invest $5 billion"); asides between dashes or in brackets are skipped."""
    span = text[start:min(end, start + 240)]
    plain = _ASIDE.sub(lambda m: " " * len(m.group(0)), span)
    for number, word in enumerate(_WORD.finditer(plain)):
        if number > 12:
            return None
        term = lex.verbs.get(word.group(0))
        if number and term is not None and term.value == "action" and term.surface == word.group(0):
            return start, term.surface, start + word.start(), start + word.end()
    return None


def clause_start(text: str, offset: int, floor: int) -> int:
    """Where the clause holding ``offset`` starts: after the last ';', ':', ' but ', ' while ', or a dash."""
    cut = floor
    for match in re.finditer(r";|:\s|\s(?:but|while|whereas|although)\s|\s[—–]\s", text[floor:offset]):
        cut = floor + match.end()
    return cut



# "India To Sign ...", "Kenya, UAE to launch ...", "Chile and Korea to open ...": names, then "to" and a verb, at the
# start of a sentence with no finite verb before
_HEADLINE = fastre.compile(r"\W{0,3}(?:[A-Z][\w.’'&-]*(?:(?:\s+|,\s*|\s+and\s+|\s+&\s+)[A-Z][\w.’'&-]*){0,5}?)\s+"
                           r"(?P<to>[Tt]o)\s+(?P<verb>[A-Za-z][a-z-]+)\b")


def headline_act(doc: Document, lex: Lexicons, index: int) -> tuple[int, str, int] | None:
    """A headline's infinitive at the start of sentence ``index``, its subject naming a country or an organisation:
    where "to" stands, the act's lemma and where its verb ends; else None."""
    sentence = doc.sentences[index]
    found = _HEADLINE.match(doc.text, sentence.start, sentence.end)
    if found is None:
        return None
    term = lex.verbs.get(found.group("verb").lower())
    if term is None or term.value != "action":
        return None
    named = [m for field in ("countries", "organizations") for m in doc.within(field, index)
             if m.start < found.start("to")]
    return (found.start("to"), term.surface, found.end()) if named else None


# "launch CBERS-5 in 2028 and CBERS-6 in 2030": a second object of the act, with a time of its own
_NEXT_OBJECT = fastre.compile(r",?\s+(?:and|as well as|followed by)\s+(?:(?:a|an|the)\s+)?[^,;.]{1,50}?\s+$", re.IGNORECASE)


_JUST_AND = fastre.compile(r",?\s+(?:and|as\s+well\s+as)\s+", re.IGNORECASE)


def second_times(text: str, verb_end: int, times: list[TimeExpr], due: str) -> list[str]:
    """Later times of the same act, each after a further object joined by "and" ("in 2028 and CBERS-6 in 2030") or
    joined to the time before it alone ("this year and in 2028")."""
    after = sorted((t for t in times if t.start >= verb_end and t.value), key=lambda t: t.start)
    first = next((t for t in after if due in (t.value, t.end_value)), None)
    if first is None or first.kind == "range":
        return []
    out = []
    for t in after:
        if t.start <= first.start or t.value in (due, *out) or t.kind not in ("date", "deadline"):
            continue
        if not (_NEXT_OBJECT.fullmatch(text, first.end, t.start) and text[first.end:t.start].count(" ") >= 2 or
                _JUST_AND.fullmatch(text, first.end, t.start)):
            break  # (or the second time joined to the first alone: "test launches this year and in 2028")
        out.append(t.value)
        first = t
    return out


def close_dues(a: str | None, b: str | None) -> bool:
    """Two due dates that may be the same day told two ways ("next week" and "October 28")."""
    if a is None or b is None:
        return a == b
    if a[:7] == b[:7] or (len(a) == 4 or len(b) == 4) and a[:4] == b[:4]:
        return True  # ("this year" and "by the middle of this year": a vague year holds the dated one)
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= 10
    except ValueError:
        return False


# "to have the smelter running", "to get the cable operational": a thing brought to a state
_HAVE_DONE = fastre.compile(r"\s+(?:[\w’'-]+\s+){1,6}?(?:running|operational|in\s+place|ready|online|up\s+and\s+running|"
                            r"completed|built|installed|signed|finali[sz]ed|in\s+operation|in\s+service)\b", re.IGNORECASE)


def had_done(text: str, start: int, end: int) -> int | None:
    """After "have" or "get" in a promise, where the state the thing is brought to ends, else None."""
    found = _HAVE_DONE.match(text, start, end)
    return found.end() if found else None


_GERUND_NEXT = fastre.compile(r"\s+(?:[a-z]+ly\s+)?([a-z]+ing)\b")


def included_act(lex: Lexicons, text: str, start: int, end: int) -> tuple[str, int] | None:
    """After "will include" or "will involve", the act told as a gerund ("will include providing internet access"):
    its lemma and where the gerund ends, else None."""
    found = _GERUND_NEXT.match(text, start, end)
    term = gerund_verb(lex, found.group(1)) if found else None
    return (term.surface, found.end()) if term is not None and term.value == "action" else None


# a second step told after the first one's time: "will meet in early June before ministers are expected to adopt it
# in October", "will hold talks in April, after which they plan to sign in September", "..., and the leaders are to",
# "the first unit is due to start in 2026, with three more units due to be running in 2029" (an absolute clause)
_NEXT_STEP_JOIN = fastre.compile(r"\s*,?\s*(?:before|after\s+which|and(?:\s+then)?|then|with|while|whereas)\s+(?:[\w.’'-]+\s+){0,6}$",
                                 re.IGNORECASE)
# "at a summit planned for October or November": a window whose later month closes it
_EITHER = fastre.compile(r"\s+or\s+(?:in\s+|by\s+)?$")


def next_step_joined(text: str, time_end: int, frame_start: int) -> bool:
    """Whether a promise starting at ``frame_start`` is a further step joined right after a time ending at
    ``time_end``."""
    return 0 <= frame_start - time_end <= 70 and bool(_NEXT_STEP_JOIN.fullmatch(text, time_end, frame_start))


def either_later(text: str, times: list[TimeExpr], chosen: TimeExpr) -> TimeExpr:
    """The later month of "October or November" when ``chosen`` is the first of such a pair."""
    return next((t for t in times if t.start > chosen.end and t.value and chosen.value and t.value > chosen.value
                 and _EITHER.fullmatch(text, chosen.end, t.start)), chosen)


# "agreed to speed up talks, holding a final round by June": the promised act in a participle clause after the frame
_ING_CLAUSE = fastre.compile(r",\s+(?P<verb>[a-z]{2,}ing)\b")
# "..., citing forecasts for 2030", "..., noting targets for 2030": a reason or remark, whose times are no due date
_REMARK = fastre.compile(r",\s+(?:citing|noting|saying|adding|stressing|recalling|pointing\s+to|referring\s+to|"
                         r"in\s+line\s+with|amid|given)\b[^,;]*$|,\s+with\s+(?:the\s+)?(?:other|further|more|additional|"
                         r"remaining|new)\s+(?:[\w-]+\s+){0,2}?(?:countries|nations|members|states|partners|governments|"
                         r"donors|economies)\b[^,;]*$", re.IGNORECASE)  # (", with other members to announce theirs in
# the coming weeks": others' time)


def participle_acts(lex: Lexicons, text: str, start: int, end: int):
    """The acts of participle clauses between ``start`` and ``end``: (the verb's term, where the verb ends)."""
    for found in _ING_CLAUSE.finditer(text, start, end):
        term = gerund_verb(lex, found.group("verb"))
        if term is not None and term.value == "action":
            yield term, found.end()


def in_a_remark(text: str, after: int, time_start: int) -> bool:
    """Whether a time from ``time_start`` sits in a remark set off after the promise ("..., citing forecasts for
    2030")."""
    return bool(_REMARK.search(text, after, time_start)) or aim_between(text, after, time_start)  # ("..., as India
    # aims to make 5 Mt by 2030": another side's aim)


# "would then be put to leaders as early as November": the next step of a plan, with its earliest time
_NEXT_STEP = fastre.compile(r"\bwould\s+(?:then|next|later|subsequently|eventually)\b|\b(?:as\s+(?:early|soon)\s+as|"
                            r"no\s+(?:earlier|sooner)\s+than)\s+(?:(?:early|mid|late)[-\s]+)?[A-Z0-9]|"
                            r"\bat\s+the\s+(?:very\s+)?earliest\b")  # ("in October at the earliest")


def next_step_told(text: str, start: int, end: int) -> bool:
    """Whether a "would" from ``start`` tells a plan's next step or an earliest time, not a condition."""
    return bool(_NEXT_STEP.search(text, start, end))


# an act named by its noun, its time between the noun and what it acts on: "the establishment next year of a joint
# centre", "the opening in 2028 of a shared refinery" (the noun read back from the time, "of" after it)
_NOUN_BEFORE = fastre.compile(r"\b(?P<act>" + "|".join(map(re.escape, sorted(ACT_NOUNS, key=len, reverse=True))) +
                              r")\s+$", re.IGNORECASE)
_OF_AFTER = fastre.compile(r"\s+of\b")


def timed_act_nouns(text: str, times: list[TimeExpr], published: date | None) -> list[tuple[int, str, int,
                                                                                        tuple[int, int]]]:
    """(where, the act's verb, where "of" ends, where its time stands) of each act told by its noun with its time
    (one of ``times``, after ``today``: "a year after the establishment in March of a committee" is no promise)
    before its object."""
    out = []
    today = published.isoformat() if published else None
    for t in times:
        if t.value is not None and today is not None and t.value <= today[:len(t.value)]:
            continue
        of = _OF_AFTER.match(text, t.end)
        act = _NOUN_BEFORE.search(text, max(0, t.start - 16), t.start) if of is not None else None
        if act is not None:
            out.append((act.start(), ACT_NOUNS[act.group("act").lower()], of.end(), (t.start, t.end)))
    return out


def promise_key(doc: Document, index: int, verb: str) -> set[str]:
    """What is promised, as words: the verb and the instrument and sector words of the sentence."""
    words = {verb[:6]} if verb else {"event"}
    words |= {t.term.value for t in doc.within("instruments", index)}
    words |= {f"sector:{t.term.value}" for t in doc.within("sectors", index)}
    words |= {f"money:{round(m.amount)}" for m in doc.within("money", index)}
    return words


def same_thing(one: set[str], other: set[str]) -> bool:
    """Whether two promises' words tell the same thing: a shared sector alone does not ("will publish a report
    on AI" and "will create an AI toolkit" are two promises, even when both are due by the end of the year)."""
    return any(not word.startswith("sector:") for word in one & other)


# a step taken on a day told ("Plans to link A and B took a first step on Monday"): what happened, not what is due
STEP_TAKEN = fastre.compile(r"\b(?:took|marked|saw|made\s+headway|got\s+a\s+boost|(?:moved|stepped|inched|edged)\s+"
                            r"(?:a\s+step\s+)?(?:closer|forward))\b")


# the rest of a batch of signings put off to a later day, the verb left out: "Others will be on Tuesday", "the rest
# are due on Thursday", "The remaining two will follow on Wednesday"
_THE_REST = fastre.compile(r"\s*(?P<who>(?:[Oo]thers|[Tt]he\s+(?:rest|remainder)|[Tt]he\s+(?:remaining|other)\s+(?:ones|two|three|"
                           r"four|five|six|\d+|deals|agreements|accords|memorandums|memoranda|MoUs|pacts|documents)|"
                           r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d+)\s+more|[Aa]\s+further\s+(?:two|three|four|five|\d+)))\s+"
                           r"(?:will\s+(?:be|follow)|(?:are|is)\s+(?:due|expected|set|scheduled|slated)(?:\s+to\s+"
                           r"(?:be|follow))?)(?=\s+(?:on|by|later|next|this|tomorrow)\b)")


def rest_put_off(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(where the rest is named, where its frame ends) when a clause of the stretch puts off the rest of the
    signings."""
    at = start
    while at >= 0:
        rest = _THE_REST.match(text, at, end)
        if rest is not None:
            return rest.start("who"), rest.end()
        at = text.find(";", at + 1, end)
        at = at + 1 if at >= 0 else -1
    return None


def list_intro_told(doc: Document, index: int, agreement_sentences: set[int]) -> int | None:
    """The sentence that opens the list item ``index`` belongs to, when it tells an instrument ("The roadmap
    provides for:"), else None."""
    intro = index - 1
    while intro >= 0 and index - intro <= 15 and is_bullet(doc, intro):
        intro -= 1
    if intro < 0 or not doc.sentences[intro].text(doc.text).rstrip().endswith(":"):
        return None
    return intro if set(range(intro - 3, intro + 1)) & agreement_sentences else None


@dataclass
class Promise:
    """One future action read from a sentence."""

    start: int  # offset of the frame
    verb: str  # the action's lemma ("" for a scheduled event)
    verb_end: int
    subject: str  # the words before the frame, in its clause
    subject_start: int
    explicit: bool = False  # the clause names who acts (set by _actors)
    listed: bool = False  # an item of a list under an instrument, worded as a gerund
    guessed: bool = False  # its verb is not in the table: only a time frame of months or years makes it a promise
    purpose: bool = False  # an instrument's purpose ("a memorandum of understanding to build ..."): its time must be to come
    aside: tuple[int, int] = (-1, -1)  # a time set off inside the frame: "will, within 12 months, name"
    present: bool = False  # a schedule in the present tense ("begins in 2027"): today is no time of it ("begins today")
    next_frame: int = -1  # where the sentence's next promise starts: a time after it is that promise's
    continuing: bool = False  # a schedule told by a range of years ("..., set for 2028-2029"): due when it starts


# the instrument as the object of reaching it: "aim to reach a deal by", "vowed to strike a trade pact", "are to agree
# an interim deal"; or as the subject that follows: "agreed that a deal would follow by mid-2027"
_REACHING = frozenset({"reach", "strike", "agree", "clinch", "hammer", "secure", "forge", "thrash"})
_COMING = frozenset({"follow", "come"})
_INSTRUMENT_NOUN = r"(?:deal|agreement|accord|pact|treaty|memorandum|mou|partnership|arrangement|consensus)s?\b"
_DEAL_OBJECT = fastre.compile(r"\s+(?:out\s+)?(?:on\s+|upon\s+)?(?:(?:a|an|the|their|its|a\s+new)\s+)?"
                              r"(?:(?!(?:by|in|on|under|with|for|to|of|at|before)\b)[A-Za-z][\w-]*\s+){0,4}?"
                              + _INSTRUMENT_NOUN, re.IGNORECASE)
_DEAL_SUBJECT = fastre.compile(r"\b(?:a|an|the)\s+(?:[A-Za-z][\w-]*\s+){0,4}?" + _INSTRUMENT_NOUN + r"\s*$",
                               re.IGNORECASE)


def deal_reached(text: str, verb: str, verb_end: int, frame_start: int, floor: int, end: int) -> bool:
    """Whether the promise is to reach an instrument: the verb of reaching with an instrument as its object, or a
    verb of coming with one as its subject."""
    if verb in _REACHING:
        return _DEAL_OBJECT.match(text, verb_end, end) is not None
    return verb in _COMING and _DEAL_SUBJECT.search(text, floor, frame_start) is not None
