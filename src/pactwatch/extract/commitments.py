"""Commitments: a future action with a stated deadline or time frame.

Each sentence that can hold one is read as a clause: a *frame* that puts an
action in the future, the *verb* it governs, the *subject* before it and the
*time* that goes with it.

- Frames: a modal ("will", "shall", "'ll", "would" after a reporting verb), a
  verb or adjective of intent or schedule followed by *to* ("plans to",
  "agreed on Tuesday to", "pledged to", "is expected to", "set to", "due to",
  "slated to", "likely to"), a reduced relative ("a centre set to open", "a
  fund to be launched"), or a schedule of an event ("the next meeting is
  planned for early 2024", "talks are scheduled for March").
- Verbs (``data/commitment_verbs.tsv``): actions count ("establish", "sign",
  "invest", "host"); forecasts ("reach", "grow") and durations ("last",
  "remain in force until") do not. A verb the list does not know is no
  commitment.
- Time: a deadline or future date tied to the action, resolved against the
  publication date by :mod:`pactwatch.extract.dates`: "by 2030", "within a
  month", "over the next four years" (when the period ends), "through 2029",
  "in the first half of next year", "from 2027" (when it starts), "on 3
  March", "today", "later in the day" for a signing, seasons ("in the coming
  spring": its year), "within hours". A date told by a reporting verb ("said on
  Monday") or already past, or an event's own date, is not a deadline.
- Not commitments: speculation ("could", "may", "if"), negation ("will not"),
  forecasts of a market or a figure, how long something runs, questions, one
  side's own target or plan (owntargets.py), a member hosting its bloc's meeting.

Restatements (same thing promised, same time) are one commitment with several
evidence sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import fastre
from ..model import Commitment, Evidence, TimeExpr
from .doc import Document
from .entities import is_bloc
from .signing import BY_BOTH_SIDES
from .dates import GRANTING_VERBS
from .periods import an_events_date, counted_from, month_to_come, names_a_plan, period_end, signing_day, spans_a_plan
from .acts import GERUND, NOT_ACTS, PLAIN_VERB, gerund_verb, prefixed, verb_class
from .layout import is_bullet
from .owntargets import blocs_own, own_plan, owned_time
from .pledges import a_rate, delivers, given_abroad, pledged_sums
from .stages import background_goal, note, two_stages
from .timeframes import built_thing_acts, each_party, told_then, foreseen_of_one_side, inside_frame, opening_date
from .agreedon import agreed_events, aimed_acts, enabling
from .promiseparts import ACT_NOUNS, STEP_TAKEN, Promise, clause_start, close_dues, deal_reached, either_later, had_done, \
    headline_act, in_a_remark, included_act, list_intro_told, next_step_joined, next_step_told, participle_acts, promise_key, \
    same_thing, second_times, seen_act
from .schedules import EVENTS, WORK_SUBJECT, scheduled
from .subjects import flow_starts, forecast, project_work, shared, told_thing, who_acts
from .lexicon import Lexicons

_ADVERBS = r"(?:also|jointly|further|formally|officially|soon|now|then|first|eventually|finally|together|initially|" \
           r"still|each|both|separately|swiftly|quickly|gradually|reportedly|mutually|actively|additionally|" \
           r"specifically|fully|effectively|significantly|substantially|rapidly|progressively|collectively|" \
           r"subsequently|immediately|shortly|directly|primarily|mainly|largely|urgently|closely|steadily|" \
           r"completely|entirely|successfully|properly|publicly|[a-z]{3,}ally)"  # ("commercially", "partially": no
# verb ends so, as "supply" and "apply" do)
_GAP = r"(?:\s+(?:on\s+|in\s+|last\s+|this\s+|earlier\s+(?:this\s+)?)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|" \
       r"Saturday|Sunday|today|yesterday|week|month|year|principle|writing|particular|turn|January|February|March|" \
       r"April|May|June|July|August|September|October|November|December)\b(?:\s+\d\d?\b)?(?:,?\s+(?:19|20)\d\d\b)?,?|" \
       r",\s+as\s+well\s+as\s+[^,;.]{3,60}?,)?"
# (the day of the deal between its noun and its purpose: "signed a deal in March to supply"; another instrument
# signed with it: "inked a framework deal, as well as a survey agreement, to develop")
_FRAME = fastre.scanner(
    r"(?P<frame>"
    r"\b(?:will|shall|would|should|must)\b|['’]ll\b|\b(?:has to|have to|need to|needs to)\b"  # "must/have to finalize it by May"
    r"|\b(?:could|may|might)\b(?=\s+[\w-]+\s+(?:[\w-]+\s+){0,5}?(?:deal|agreement|accord|pact|treaty|memorandum|MoU|"
    r"partnership|framework|declaration|statement)s?\s+(?:[\w-]+\s+){0,4}?as\s+(?:early|soon)\s+as\s+(?!possible\b))"
    # ("may sign the pact as early as July": a date expected for an instrument)
    # (with the blank as written: the words a scanner looks for are then "has to", not every "has")
    r"|\b(?:goal|aim|target|objective|ambition)\s+(?:is\s+|was\s+)?of\b"  # "set a goal of signing it by June"
    r"|\b(?:commit(?:s|ted)|oblig(?:es|ed)|requires?|required|binds?|expects?|(?:calls?|called|provides?|provided)\s+for)"
    r"\s+(?:(?!to\s)[\w’'-]+\s+){1,5}?to\b"  # "committed them to", "calls for the two sides to" (not "committed to
    # connect every school to": that "to" is the promise's own)
    r"|\b(?:is|are|was|were)\s+(?:going\s+)?to\b"
    r"|\b(?:plans?|planned|planning|intends?|intended|intending|aims?|aimed|aiming|seeks?|sought|seeking|"
    r"hopes?|hoped|hoping|expects?|expected|projected|likely|set|due|slated|scheduled|poised|ready|"
    r"pledged?|pledging|pledges|vowed?|vowing|vows|promised?|promising|promises|agreed?|agreeing|agrees|proposed|"
    r"decided?|deciding|decides|resolved|committed|commits?|undertook|undertakes|determined|"
    r"prepared|preparing|moving|looking|working|striving|set\s+out|on\s+(?:track|course)|announcement|decision|commitment|intention|readiness|determination|"
    r"look(?:s|ed|ing)?\s+forward|"
    r"pledge|plan|promise|bid|agreements?|deals?|pacts?|memorand(?:um|a)|MoUs?|accords?|"
    r"(?:memorand(?:um|a)|letters?|declarations?)\s+of\s+(?:understanding|cooperation|intent))" + _GAP + r"\s+to\b"
    r"|\bto\s+be\b"
    r"|\b(?:is|are|was|were)\s+meant\s+to(?:\s+help)?(?=\s+[a-z]+\s)"  # "The deal is meant to help bring ... by"
    r"|\b(?:work(?:s|ed|ing)?|mov(?:es|ed|ing)|push(?:es|ed|ing)?)\s+towards?\b"  # "working toward signing it by June"
    r"|\bwith\s+(?:the\s+|its\s+|their\s+)?(?:first\s+|initial\s+|commercial\s+)?(?:shipments|exports|imports|"
    r"deliveries|supplies|production|construction|operations|flights|sales|classes|teaching|studies|lessons|courses)"
    r"\s+to\b"  # "with exports to start in 2028", "with classes to begin in 2027"
    r"|\b(?:commitments?|pledges?|promises?|undertakings?)\s+(?:(?:by|from)\s+(?:the\s+)?[A-Z][^,;.]{0,50}?|"
    r"(?P<within>within\s+(?:the\s+next\s+)?[\w-]+\s+(?:days?|weeks?|months?|years?)))\s+to\b"  # "a commitment by A and B
    # to sign", "a commitment within 30 days to conclude": who promised, or when, between the noun and its verb
    rf"|\b{GRANTING_VERBS}\s+"
    r"(?:(?!to\s)[\w’'-]+\s+){0,4}?(?P<granted>(?:an?\s+)?(?:an?|one|two|three|four|five|six|nine|ten|twelve|eighteen|\d+)[\s-]+"
    r"(?:days?|weeks?|months?|years?)(?:['’]s?)?(?:\s+(?:period|window))?)(?:\s+to\s+(?:the|a|an|its|their)\s+"
    r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?\s+to\b"  # "gives the firm a year to", "has given a year's period to the firm
    # to": the time an instrument grants
    r")"
    r"(?P<aside>\s*,\s*[^,;.]{2,40}?,"  # "will, within 12 months, name", "are determined to, by 2027, build"
    r"|\s+(?:in|by|before|around)\s+(?:early\s+|mid-|late\s+|the\s+(?:first|second)\s+half\s+of\s+)?"
    r"(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)?"  # "would in early 2023 organize"
    rf"(?:\s+{_ADVERBS})*(?:\s+(?:aim|seek|try|strive|endeavou?r|attempt)\s+to)?(?:\s+be)?(?:\s+{_ADVERBS})*\s+(?P<verb>[a-z][a-z-]*)",
    re.IGNORECASE,
)
_AND_TO = fastre.compile(r"\band\s+(?:also\s+|then\s+)?(?P<to>to)\s+(?P<verb>[a-z][a-z-]*)\b")
# an instrument's purpose by a participle: "a memorandum aimed at completing the interconnector by 2029"
_AIMED_AT = fastre.compile(r"\b(?:aimed|aiming)\s+at\s+(?P<gerund>[a-z]+ing)\b")
_INCLUDES = frozenset({"include", "involve", "entail", "comprise"})
# money given over a period told in the progressive ("are providing $5 million apiece over three years")
# or in an absolute clause ("..., with France committing EUR 50 million for four years")
_PAYING = fastre.compile(r"(?:\b(?:is|are)\s+(?:now\s+|also\s+|jointly\s+|each\s+)?|\bwith\s+(?P<who>(?:the\s+)?[A-Z][\w.’'-]*"
                         r"(?:\s+[A-Z][\w.’'-]*){0,2})\s+(?:also\s+|jointly\s+)?)(?P<verb>providing|investing|contributing|"
                         r"committing|allocating|funding|spending|pledging|granting|lending|disbursing|mobili[sz]ing)\b")
_ACT_NOUNS = ACT_NOUNS
_PAYING_WORDS = ("providing", "investing", "contributing", "committing", "allocating", "funding", "spending", "pledging",
                 "granting", "lending", "disbursing", "mobili")  # (as written: the pattern heeds case)
_SEEN_NOUN = fastre.compile(r"\s+(?:(?:a|an|the|further|new|fresh|joint|total|combined|initial|first|major)\s+){0,3}"
                            rf"(?P<act>{'|'.join(sorted(map(re.escape, _ACT_NOUNS), key=len, reverse=True))})\b",
                            re.IGNORECASE)
_HEDGE = fastre.compile(r"\b(?:[Cc]ould|may|[Mm]ight|[Ii]f|[Uu]nless|[Ww]hether|[Pp]erhaps|[Pp]ossibly|unclear|"
                    r"uncertain|unlikely|doubtful|speculat\w+|predicts?|forecasts?|projects\s+that|projected|estimates?|estimated|"
                    r"consider\w*|(?:[Ii]t|[Tt]his)(?:['’]s|\s+is|\s+was)\s+hoped|(?:wish|hope)\s+that|wished|wishes\s+that)\b")
# (case matters: "May 14" is a date)
# ("It is hoped that the accord will help both reach net zero by 2050": a wish, no one's promise)
# the clauses of a sentence: "X's stake is estimated at ..., and Qatar said it would invest ... by 2027"
_CLAUSES = re.compile(r"[,;]\s+(?:and|but|while|whereas|with)\s+|;\s+")
_NEGATION = fastre.compile(r"\b(?:not|never|no longer|n['’]t)\b", re.IGNORECASE)
# an event someone is invited to, described by the clause after it
_INVITED_TO = fastre.compile(r"\b(?:invit(?:e|es|ed|ing|ation)|attend|take\s+part\s+in|participate\s+in)\b[^.;]{0,120},\s+"
                             r"which\s+$", re.IGNORECASE)
_REPORTING = fastre.compile(r"\b(?:said|says|say|announced|announces|told|tells|stated|added|noted|confirmed|revealed|"
                        r"reported|declared|indicated|explained|agreed|pledged|promised|vowed|expects?|expected|"
                        r"believes?|hopes?|that|according\s+to)\b", re.IGNORECASE)
# how long it runs: "the MOU will remain in force until 2028", "run for five years"
_DURATION_AFTER = fastre.compile(r"\s*(?:in\s+force|in\s+effect|valid|effective|operational\s+until|until|through|for)\b",
                             re.IGNORECASE)
_NAMES_INSTRUMENT = fastre.compile(r"\b(?:MoC|MoU|MOU|MOC|memorandum|agreement|accord|treaty|deal|pact|statement|"
                               r"declaration|framework|Act|Law|Bill)\s+(?:of|from|dated|signed(?:\s+in)?)\s+(?:the\s+)?$",
                               re.IGNORECASE)  # ("the CHIPS Act of 2022": a law's name)
_STARTING = fastre.compile(r"\s+(?:from|since|starting|beginning)\b", re.IGNORECASE)  # "over eight years from March 2018"
_MORE_THAN = fastre.compile(r"\b(?:of|for|than|with|after|nearly|spanning|some)\s+$", re.IGNORECASE)
# acts that go on once begun (a supply, a purchase, operation): over a range of years they are due when they start
_CONTINUING = frozenset({"supply", "deliver", "ship", "export", "import", "buy", "purchase", "receive", "sell",
                         "produce", "operate"})
# acts done to an instrument: "The Commission expects ratification during 2026" after the agreement is told
_INSTRUMENT_ACTS = frozenset({"ratify", "sign", "conclude", "finalise", "finalize", "approve", "implement"})
# "They will open a plant later this year" right after the instrument: its parties, by a pronoun
_PARTY_PRONOUN = fastre.compile(r"(?:^|\W)(?:[Tt]hey|[Ww]e|(?:[Tt]heir|[Oo]ur)\s+(?:respective\s+)?(?:agencies|ministries|"
                                r"governments|departments|officials|teams|experts|regulators|institutes)|(?:[Tt]he|[Bb]oth)"
                                r"\s+(?:two\s+|three\s+|four\s+)?(?:companies|firms|partners|parties|signatories|agencies|"
                                r"ministries|entities|bodies|organi[sz]ations|"
                                r"governments|institutes|institutions|universities|operators|groups)|(?:(?:[Tt]he|[Bb]oth)\s+"
                                r"(?:sides['’]\s+)?)?(?:[Nn]egotiators|[Dd]elegations|[Dd]elegates|[Pp]articipants))\s+"
                                r"(?:(?:are|were|have|had)\s+)?(?:[a-z]+ly\s+|also\s+|now\s+)?$")
# (with a comma after it: "The study, set to start in March, ...")
_IT = fastre.compile(r"\W*It\s+(?:is\s+|was\s+)?(?:[a-z]+ly\s+|also\s+)?")  # "... agreed to build a data centre. It will be ready by 2027"
_DETERMINER_END = fastre.compile(r"\b(?:a|an|the|its|their)\s+$", re.IGNORECASE)
_TIME_PREP = fastre.compile(r"\b(?:in|by|for|during|from|until|before|after|through|over|within)\s+(?:the|its|their)\s+$",
                            re.IGNORECASE)  # "in the 2027 budget year": a time after all
_NOUN_NEXT = fastre.compile(r"\s+(?!and\b|or\b|to\b|through\b|onwards?\b)[a-z][\w-]*")
_ASIDE_GAP = fastre.compile(r"\s*,?\s*")
_BE_BEFORE = fastre.compile(r"\bbe\s+(?:[a-z]+ly\s+|also\s+)*$")
_PAST_RULES = frozenset({"ago"})
_PAST_WORDS = fastre.compile(r"(?:last|earlier|yesterday|this past|previous)\b", re.IGNORECASE)


def _unresolved(t: TimeExpr) -> bool:
    """A time that needs the article's date to be placed ("next month", "on Friday", "in mid-September")."""
    return t.value is None and t.end_value is None and t.kind != "duration" and t.rule not in _PAST_RULES
_VAGUE_RULES = frozenset({"relative", "relative_day", "weekday", "day_of_month"})


@dataclass
class _Draft:
    countries: list[str]
    action: str
    due: str
    sentences: list[int]
    key: set[str]
    vague: bool  # the due date came from "next week", "on Friday": a restatement with a calendar date wins


# a target the parties set themselves: "aim for USD 200 billion in annual trade by 2032", "set a target of ..."
_TARGET_SET = fastre.scanner(r"\b(?:aim(?:s|ed|ing)?\s+for|set(?:s|ting)?\s+(?:a|an|the|their|a\s+new)\s+(?:[\w$€£.,-]+\s+)"
                             r"{0,6}?(?:target|goal|deadline|timeline|timetable)|(?:agreed|agree|pledged)\s+(?:on\s+)?(?:a|an)\s+"
                             r"(?:[\w$€£.,-]+\s+){0,6}?(?:target|goal|deadline|timeline|timetable))\b", re.IGNORECASE)


def _promises(doc: Document, lex: Lexicons, index: int) -> list[Promise]:
    sentence = doc.sentences[index]
    text = doc.text
    out: list[Promise] = []
    intents: list[int] = []  # where frames ending in "to" stand ("agreed to A and to B": B is promised too)
    for match in doc.finditer(_FRAME, sentence.start, sentence.end):
        frame = match.group("frame").lower()
        verb = match.group("verb").lower()
        cls = verb_class(lex, verb)
        start = match.start()
        if frame.endswith("to"):
            intents.append(start)
        if verb in _INCLUDES and (act := included_act(lex, text, match.end(), sentence.end)) is not None:
            clause = clause_start(text, start, sentence.start)  # "The work will include providing internet access"
            out.append(Promise(start, act[0], act[1], text[clause:start], clause))
            continue
        if frame.startswith("would") and not _REPORTING.search(text, sentence.start, start) and not \
                _SAID_AFTER.search(text, match.end(), sentence.end) and not next_step_told(text, start, sentence.end):
            continue  # "would" of a condition, not of reported speech ("..., said Huang": reported after it)
        if verb in ("have", "get") and (done := had_done(text, match.end(), sentence.end)) is not None:
            clause = clause_start(text, start, sentence.start)  # "aim to have the smelter running before 2030"
            out.append(Promise(start, "complete", done, text[clause:start], clause))
            continue
        if cls == "duration" or (cls == "action" and _DURATION_AFTER.match(text, match.end())
                                 and verb in ("run", "remain", "stay", "continue", "operate")) or enabling(text, verb, match.end()):
            continue
        if verb == "see" and frame in ("will", "would"):  # "the deal will see EFTA invest $100 billion": EFTA acts
            seen = seen_act(lex, text, match.end(), sentence.end)
            if seen is not None:
                who_start, act, act_start, act_end = seen
                out.append(Promise(act_start, act, act_end, text[who_start:act_start], who_start))
            else:  # "the initiative will see a joint investment of $30 million through 2029": the act by its noun
                noun = _SEEN_NOUN.match(text, match.end(), sentence.end)
                if noun is not None and _ACT_NOUNS[noun.group("act").lower()] in lex.verbs:
                    clause = clause_start(text, start, sentence.start)
                    out.append(Promise(start, lex.verbs[_ACT_NOUNS[noun.group("act").lower()]].surface, noun.end(),
                                        text[clause:start], clause))
            continue
        if verb in ("take", "hold", "held") and _INVITED_TO.search(text, sentence.start, start):
            continue  # "invited them to the fair, which will be held in October": the event's day, no one's promise
        if cls != "action" and deal_reached(text, verb, match.end(), start, sentence.start, sentence.end):
            verb, cls = "conclude", "action"  # "aim to reach a deal by", "agreed that a deal would follow by"
        guessed = cls is None and frame in ("will", "shall") and PLAIN_VERB.fullmatch(verb) and verb not in NOT_ACTS \
            and not (_BE_BEFORE.search(text, start, match.start("verb")) and not verb.endswith(("ed", "en", "wn", "ne")))
        # ("there will be more than 30 times as much traffic": after "be" only a participle is an act)
        if cls != "action" and not guessed:  # ("we will integrate quantum sensors in trials over three years": a verb
            continue                          # the table lacks)
        clause = clause_start(text, start, sentence.start)
        term = lex.verbs.get(verb) or prefixed(lex, verb)
        out.append(Promise(start, term.surface if term else verb, match.end(), text[clause:start], clause,
                            aside=match.span("within") if match.group("within") else match.span("granted") if match.group("granted")
                            else match.span("aside"), guessed=guessed, purpose=bool(_INSTRUMENT_FRAME.match(frame))))
    for match in _AND_TO.finditer(text, sentence.start, sentence.end) if intents and " to " in text[
            sentence.start:sentence.end] else ():  # "agreed to continue work ... and to set up a group in the coming days"
        term = lex.verbs.get(match.group("verb"))
        if term is not None and term.value == "action" and any(
                i < match.start() and ";" not in text[i:match.start()] for i in intents):
            clause = clause_start(text, intents[0], sentence.start)
            out.append(Promise(match.start("to"), term.surface, match.end(), text[clause:intents[0]], clause))
    for match in _AIMED_AT.finditer(text, sentence.start, sentence.end) if "aim" in text[
            sentence.start:sentence.end] else ():  # "signed a framework aimed at developing a wind project by 2031"
        term = gerund_verb(lex, match.group("gerund"))
        if term is not None and term.value == "action" and not any(p.start <= match.start() < p.verb_end for p in out):
            clause = clause_start(text, match.start(), sentence.start)
            out.append(Promise(match.start(), term.surface, match.end(), text[clause:match.start()], clause,
                               purpose=True))
    for term, verb_end in participle_acts(lex, text, intents[0], sentence.end) if intents and not out else ():
        clause = clause_start(text, intents[0], sentence.start)  # "agreed to speed up talks, holding a round by June"
        out.append(Promise(intents[0], term.surface, verb_end, text[clause:intents[0]], clause))
        break  # (the promise is told from its frame: the clause before the participle is its subject's)
    said = text[sentence.start:sentence.end]  # (and folded: a word each pattern below needs, tested before it runs)
    low = fastre.fold(said)
    for match in _PAYING.finditer(text, sentence.start, sentence.end) if any(map(said.__contains__, _PAYING_WORDS)) else ():
        if not any(0 <= m.start - match.end() <= 40 for m in doc.within("money", index)) or any(
                p.start <= match.start() < p.verb_end for p in out):
            continue  # the progressive of a sum given, not "is providing support"
        term = lex.verbs.get(match.group("verb").lower())
        if term is None or term.value != "action":
            continue
        verb = term.surface
        if match.group("who"):
            out.append(Promise(match.start("verb"), verb, match.end(), match.group("who") + " ", match.start("who")))
        else:
            clause = clause_start(text, match.start(), sentence.start)
            out.append(Promise(match.start(), verb, match.end(), text[clause:match.start()], clause))
    scheduled(doc, lex, index, said, low, out)  # a schedule, an event or a thing put on the calendar
    for match in doc.finditer(_TARGET_SET, sentence.start, sentence.end):  # "set a $50 billion trade target by 2031"
        if not any(p.start <= match.start() < p.verb_end + 40 for p in out):
            clause = clause_start(text, match.start(), sentence.start)
            out.append(Promise(match.start(), "raise", match.end(), text[clause:match.start()], clause))
    for at, verb, end, clause in [*pledged_sums(doc, index, lex.verbs), *agreed_events(doc, index, lex.verbs),
                                  *aimed_acts(doc, index, lex)]:
        if not any(p.start <= at < p.verb_end + 40 for p in out):  # "pledged $5 billion over five years", "agreed on a
            out.append(Promise(at, verb, end, text[clause:at], clause))  # joint space mission in 2027", "held talks
            # on Saturday to wrap up the pact this year", "agreed to target finishing the talks by 2027"
    if not out and text[sentence.start:sentence.start + 1].isupper() and is_bullet(doc, index):
        gerund = GERUND.match(text, sentence.start)  # "- Developing at least one joint pilot by the end of 2026"
        term = gerund_verb(lex, gerund.group(1)) if gerund else None
        if term is not None and term.value == "action":
            out.append(Promise(sentence.start, term.surface, gerund.end(), "", sentence.start, listed=True))
    headline = headline_act(doc, lex, index) if not out else None  # "India to sign chip pact with Japan next month"
    if headline is not None:
        out.append(Promise(headline[0], headline[1], headline[2], text[sentence.start:headline[0]], sentence.start))
    return sorted(out, key=lambda p: p.start)


def find_commitments(doc: Document, lex: Lexicons, agreement_sentences: set[int]) -> list[Commitment]:
    drafts: list[_Draft] = []
    timed: dict[int, list[TimeExpr]] = {}
    undated = doc.published is None  # "next month" in an article with no date: a time frame whose day is unknown
    paid = {doc.sentence_index(m.start) for m in doc.money}
    for t in doc.times:
        if t.value is not None or t.end_value is not None or undated and _unresolved(t) or period_end(
                t, doc.published, doc.sentence_index(t.start) in paid):
            i = doc.sentence_index(t.start)
            if i is not None:
                timed.setdefault(i, []).append(t)
    cooperation = bool(doc.agreements) or len(doc.focus) >= 2
    ended = {doc.sentence_index(e.start) for a in doc.agreements if a.status == "ended" for e in a.evidence}
    for index in sorted(timed):  # a commitment has a time frame: only sentences with a date can hold one
        sentence = doc.sentences[index]
        text = sentence.text(doc.text)
        if text.rstrip().endswith("?"):
            continue
        if (index in ended or doc.holds(CALLED_OFF_WORDS, sentence.start, sentence.end) and _CALLED_OFF.search(text)) \
                and not _SET_AGAIN.search(text):
            continue  # "Kenya called off the summit that was scheduled for June", "paused talks months after aiming to
            # seal a pact this year" (an instrument ended in it): nothing is due any more
        promises = _promises(doc, lex, index)
        for k, item in enumerate(promises):
            item.next_frame = next((p.start for p in promises[k + 1:] if p.start >= item.verb_end), -1)
            found = _due(doc, index, item, timed[index])
            if found is None:
                continue
            due, vague = found
            if _WAS_DUE.search(doc.text, max(sentence.start, item.start - 20), item.start) and _OVERTAKEN.search(
                    doc.text, item.verb_end, sentence.end):
                continue  # "CEZ was due to sign the contract by March, but the talks dragged on": a plan overtaken
            head = _CLAUSES.split(doc.text[item.subject_start:item.start])[-1]  # a hedge of its own clause only
            if _HEDGE.search(head) or _NEGATION.search(doc.text, item.start, item.verb_end) or background_goal(
                    doc.text, sentence.start, item.start) and note(doc, item.start, item.verb_end, "a side's own aim"):
                continue  # ("..., as the carmaker seeks to go electric by 2040": the reason of the news)
            intro = list_intro_told(doc, index, agreement_sentences) if item.listed else None
            if item.listed and intro is None:
                continue
            actors = who_acts(doc, intro if intro is not None else index, item)
            countries = sorted(lex.member_set(actors, doc.published))
            if item.verb and forecast(head, countries, item.verb) and not flow_starts(doc.text, item.verb, item.verb_end) or \
                    own_plan(doc, index, item.verb_end, countries, item.explicit) or foreseen_of_one_side(doc, item, head, countries):
                continue  # (a figure's forecast; one country's own plan: "Japan will open its own centre")
            if _WORLDWIDE.search(doc.text, item.start, sentence.end):
                continue  # "Global Gateway aims to mobilise EUR 300 billion worldwide over seven years": a programme's
                # aim for the whole world, no promise to the partner
            told = sorted(set(countries) | {c.code for c in doc.within("countries", index) if not c.nonparty})
            if item.verb in _GATHERING and (_ITS_OWN_BODY.match(doc.text, item.verb_end) or blocs_own(
                    lex, told, doc.published)):
                continue  # "The African Union is to convene its Executive Council", "Japan will host the G7 summit
                # in May": a bloc's own affair
            named_actors = countries if item.explicit or any(is_bloc(c) for c in who_acts(doc, index, item)) else []
            just_told = bool(agreement_sentences & {index - 2, index - 1})  # an instrument in the two sentences before
            if intro is None and not shared(doc, index, named_actors, agreement_sentences, cooperation) and \
                    not told_thing(doc, index, head, agreement_sentences) and \
                    not project_work(doc, index, head, agreement_sentences) and not (
                    just_told and (_PARTY_PRONOUN.search(head) or each_party(head) or WORK_SUBJECT.match(head) or _IT.fullmatch(head)
                                   or built_thing_acts(head, doc.text[item.subject_start:item.start]) or not item.verb and
                                   EVENTS.search(head))) and not (
                    item.verb in _INSTRUMENT_ACTS and agreement_sentences & set(range(index - 3, index))) and \
                    not delivers(doc, index, item.verb, countries) and not given_abroad(doc, index, item.verb,
                                                                                      item.verb_end, countries):
                continue
            told_from = item.subject_start if item.verb_end == item.start else item.start  # "its launch around 2028"
            action = doc.text[told_from:sentence.end].strip().rstrip(" .")
            key = promise_key(doc, index, item.verb)
            same = next((d for d in drafts if same_thing(d.key, key) and (d.due == due or (d.vague or vague) and
                                                                         close_dues(d.due, due))),
                        None)
            if same is not None:
                if index not in same.sentences:
                    same.sentences.append(index)
                if same.vague and not vague:
                    same.due, same.vague = due, False
                break
            drafts.append(_Draft(countries, action, due, [index], key, vague))
            if stages := two_stages(doc, lex, index, item, timed[index], due, _due):  # "begin in May, aiming to end by 2028"
                drafts[-1:] = [_Draft(countries, action, d, [index], key | {d} if i else key, vague and d == due)
                               for i, d in enumerate(stages)]
            laters = [] if stages else second_times(doc.text, item.verb_end, timed[index], due)
            for later in laters:
                drafts.append(_Draft(countries, action, later, [index], key | {later}, False))
            for act, act_due in () if stages else _second_act(doc, index, item, promises[k + 1:], timed[index]):
                if act_due not in laters:
                    drafts.append(_Draft(countries, doc.text[act.start:sentence.end].strip().rstrip(" ."), act_due,
                                         [index], key | {act.verb}, False))
            break  # one commitment per sentence: the first promise with its time (and a second act's own)
    # with no publication date, "next month" or "on Friday" is still a stated time frame: the commitment stands, its
    # due date unknown (None), as GUIDELINES' annotators record it
    return [Commitment(d.countries, d.action, d.due,
                       [Evidence(doc.sentences[i].start, doc.sentences[i].end, doc.sentences[i].text(doc.text))
                        for i in sorted(d.sentences)], rule="clause_deadline") for d in drafts]


_A_YEAR_AFTER = fastre.compile(r"\s*(?:a|per|each|every)\s+year\b|\s*annually\b|\s*yearly\b", re.IGNORECASE)


def _sum_over(doc: Document, index: int, item: Promise, t: TimeExpr) -> bool:
    """"will invest $30 million from 2024 to 2030": a sum spent over a closed period, due when it ends (as "over the
    next six years" is); not a sum each year ("$5 million a year from 2026 to 2030"), which starts a flow."""
    return any(item.verb_end <= m.start < t.start and not _A_YEAR_AFTER.match(doc.text, m.end)
               for m in doc.within("money", index))


def _due(doc: Document, index: int, item: Promise, times: list[TimeExpr]) -> tuple[str | None, bool] | None:
    """The time that goes with the promise: a deadline or future date after the frame (or opening its clause)."""
    sentence = doc.sentences[index]
    today = doc.published.isoformat() if doc.published else None
    candidates: list[tuple[int, TimeExpr, str]] = []
    for t in times:
        if t.rule in _PAST_RULES or item.guessed and (t.rule in _VAGUE_RULES or t.rule == "month_day"):
            continue
        if item.purpose and today is None and t.kind == "date":
            continue  # "the memorandum to enhance value chains in March 2024", no article date: maybe when it was signed
        # "will hold innovation years from 2024 to 2025": an action over a period is due when it starts (GUIDELINES);
        # "will set up a lab between 2027 and 2029": a window for one act is due when it closes
        # (but supplies "between 2027 and 2032" are due when they start, as supplies "from 2027" are)
        value = t.end_value if t.kind == "range" and (not t.text.lower().startswith("from") or _sum_over(
            doc, index, item, t)) and not (item.continuing or item.verb in _CONTINUING) else t.value
        if value is None and item.verb and t.start >= item.verb_end and not _MORE_THAN.search(
                doc.text, max(sentence.start, t.start - 12), t.start) and not _STARTING.match(doc.text, t.end):
            value = period_end(t, doc.published, any(item.verb_end <= m.start < t.start for m in doc.within("money", index)))
            # "will invest $30 million over five years", "will give $2 million a year for five years": due when it ends
        since = _SINCE_SIGNING.match(doc.text, t.end)
        if since and t.kind in ("deadline", "duration"):  # "within six months of signing": from the signing's day
            signed = signing_day(doc, index)
            value = counted_from(t, signed) if signed else value
        if value is None and not (today is None and _unresolved(t)) or item.present and (
                t.rule == "relative_day" or value == today):
            continue  # (a visit "which begins today" is going on, not due)
        if value is not None and doc.published and int(value[:4]) > doc.published.year + 30 or _OUTLOOK.search(t.text):
            continue  # "to expand our cooperation over the next 50 years": an outlook, not a time frame
        if today is None and t.rule == "weekday" and _AGREED_FRAME.match(doc.text, item.start):
            continue  # "agreed to deepen ties on Saturday", no article date: when they agreed, as with one
        if item.verb and item.start <= t.start < item.verb_end and not item.aside[0] <= t.start < item.aside[1]:
            continue  # "decided on Sunday to invest": when it was decided, inside the frame
        if 0 <= item.next_frame <= t.start and t.start >= item.verb_end:
            continue  # "aiming to build a chain, with the first shipments to begin in 2027": the nearer frame's time
        if t.start >= item.verb_end and in_a_remark(doc.text, item.verb_end, t.start):
            continue  # "agreed to deepen ties, citing forecasts for 2030": a remark's time
        if t.start >= item.verb_end and owned_time(doc.text, sentence.start, item.start, t.start, t.end):
            continue  # "will back the EU's ambition of 20 Mt in 2030": a target one side owns, not the act's time
        if _NAMES_INSTRUMENT.search(doc.text, max(sentence.start, t.start - 25), t.start):
            continue  # "to implement the MoC of July 2023": the date names an instrument
        if _GONE_BY.search(doc.text, max(sentence.start, t.start - 60), t.start) and not (
                value and doc.published and value > doc.published.isoformat()[:len(value)]):  # ("as early as 2027")
            continue  # "following talks dating back to June 2022": a time gone by, whatever the article's date
        if t.kind == "date" and t.start >= item.verb_end and STEP_TAKEN.search(doc.text, item.verb_end, t.start):
            continue  # "A plan to join A and B took its first step on Monday": what happened that day
        if _VALID_FOR.search(doc.text, max(sentence.start, t.start - 40), t.start) or a_rate(doc, index, t):
            continue  # "the programme, which will be valid for the period 2015-2018": how long it runs
        if names_a_plan(doc.text, sentence.start, t) or spans_a_plan(doc.text, sentence.start, t) or \
                an_events_date(doc.text, item.verb_end, t):
            continue  # "under the Kenya Energy Sector Roadmap 2040": a year that closes the name of a plan; "a 10-year
            # strategy through 2035": how long the plan runs; "including the upcoming summit in September": its day
        if t.rule == "year" and _DETERMINER_END.search(doc.text, max(sentence.start, t.start - 6), t.start) and \
                _NOUN_NEXT.match(doc.text, t.end) and not _TIME_PREP.search(doc.text, max(sentence.start, t.start - 16),
                                                                            t.start):
            continue  # "will sign a 2030 roadmap on Monday": a year that names what is signed, not when
        after = t.start >= item.start
        opening = item.subject_start <= t.start < item.start and t.kind == "deadline" and \
            t.start - item.subject_start < 15  # "By 2030, the two sides will": a deadline opening the clause
        leading = sentence.start <= t.start < item.start and (t.start - sentence.start < 15 or _THAT_BEFORE.search(
            doc.text, max(sentence.start, t.start - 20), t.start)) and (
            t.kind in ("deadline", "range") or t.rule in ("relative", "period") and re.match(r"(?i)next|later|early|by", t.text))
        # "The two countries, over the next 18 months, will work ...": a time frame set off right before the frame
        aside = t.kind in ("deadline", "range") and item.subject_start <= t.start < item.start and \
            _ASIDE_GAP.fullmatch(doc.text, t.end, item.start)
        if not (after or opening or leading or aside or opening_date(doc.text, sentence.start, t, item.start)):
            continue
        reported = told_then(doc, sentence.start, t.start)
        if reported and t.kind != "deadline" and not item.start <= reported.start() < item.verb_end and not inside_frame(item, t):
            continue  # "said on Monday": when it was said (but "to be launched in 2029" is the promise itself)
        if 0 <= t.start - item.verb_end <= 60:
            value = month_to_come(t, value, today)  # "a meeting set for June", told in March: the June to come
        if value is None:
            if _PAST_WORDS.match(t.text):
                continue  # "last month": past, whatever the day
        elif today and value < today[:len(value)] and t.kind != "deadline":
            continue  # already past: when something was said or done, not when it is due
        if today and value is not None and t.kind == "deadline" and value < today[:min(len(value), 4)]:
            continue
        distance = t.start - item.start if t.start >= item.start else 1000 + item.start - t.start
        rank = 0 if t.kind == "deadline" else 1
        candidates.append((rank * 10_000 + distance, t, value))
    if not candidates:
        return None
    _, best, value = min(candidates, key=lambda c: c[0])
    later = either_later(doc.text, [t for _, t, _ in candidates], best)  # "planned for October or November"
    if later is not best:
        best, value = later, next(v for _, t, v in candidates if t is later)
    return value, best.rule in _VAGUE_RULES


_CALLED_OFF = fastre.compile(r"\b(?:postponed|cancell?ed|called\s+off|scrapped|shelved|put\s+off|suspended|"
                             r"indefinitely)\b", re.IGNORECASE)
CALLED_OFF_WORDS = ("postponed", "cancel", "off", "scrapped", "shelved", "suspended", "indefinitely")  # one of them is in
# every match (tests/extract/test_word_gates.py)
_SET_AGAIN = re.compile(r"\b(?:will|now|rescheduled|moved\s+to|instead|new\s+date)\b", re.IGNORECASE)
# "The MoU says that over the coming year the two sides will ...": a time opening a reported clause
_THAT_BEFORE = fastre.compile(r"\b(?:that|under which|whereby)\s*,?\s*$", re.IGNORECASE)
_SAID_AFTER = fastre.compile(r",\s*(?:[\w.’'-]+\s+){0,5}(?:said|says|told|added|noted|stated)\b")
_OUTLOOK = fastre.compile(r"\b(?:[4-9][0-9]|[0-9]{3,})\s+years\b|\b(?:century|centuries)\b", re.IGNORECASE)
_SINCE_SIGNING = fastre.compile(r"\s+(?:of|after|from|following)\s+(?:the\s+|its\s+)?(?:signing|signature|entry\s+into\s+force|"
                                r"conclusion)\b", re.IGNORECASE)
_GATHERING = frozenset({"convene", "hold", "host", "organise", "organize", "co-host"})
_ITS_OWN_BODY = fastre.compile(r"\s+its\s+(?:own\s+)?(?:[\w’'-]+\s+){0,3}(?:council|session|summit|meeting|assembly|"
                               r"congress|conference|forum|retreat|plenary)s?\b", re.IGNORECASE)
_WAS_DUE = fastre.compile(r"\b(?:was|were)\s+(?:originally\s+|initially\s+|previously\s+|first\s+)?$")
_OVERTAKEN = fastre.compile(r"\b(?:but|however|yet)\b|\b(?:delayed|postponed|pushed\s+back|put\s+off|dragged|stalled|"
                            r"missed)\b", re.IGNORECASE)
_WORLDWIDE = fastre.compile(r"\b(?:worldwide|world-wide|globally|around\s+the\s+(?:world|globe)|across\s+the\s+(?:world|"
                            r"globe))\b", re.IGNORECASE)
_AND_THEN = fastre.compile(r"(?:,\s*)?\s(?:and|while|as\s+well\s+as)\s+(?:also\s+)?$")


def _second_act(doc: Document, index: int, item: Promise, others: list[Promise],
                times: list[TimeExpr]) -> list[tuple[Promise, str]]:
    """A second act of the sentence with a time frame of its own, after the first's ("will publish a report by
    the end of the year and will release a toolkit by the end of the year"): its own commitment."""
    own = sorted((t for t in times if t.start >= item.verb_end and t.kind == "deadline"), key=lambda t: t.start)
    if len(own) < 2:  # "will meet in May before the leaders are to sign it in July": a further step with its time
        own = sorted((t for t in times if t.start >= item.verb_end and t.value), key=lambda t: t.start)
        act = next((o for o in others if o.verb and own and next_step_joined(doc.text, own[0].end, o.start)), None)
    else:
        act = next((o for o in others if o.verb and o.start >= own[0].end and _AND_THEN.search(
            doc.text, own[0].end, o.start) and o.start - own[0].end <= 12), None)
    if act is None or not any(t.start >= act.verb_end for t in own):
        return []
    found = _due(doc, index, act, [t for t in times if t.start >= act.verb_end])
    return [(act, found[0])] if found and found[0] else []


_AGREED_FRAME = fastre.compile(r"(?:agreed|pledged|vowed|promised|decided|resolved|committed|undertook)\b", re.IGNORECASE)
_GONE_BY = fastre.compile(r"\b(?:dat(?:ing|es|ed)\s+back\s+to|going\s+back\s+to|as\s+early\s+as|(?:began|begun|started|"
                          r"launched|signed|held|opened)(?:\s+" + BY_BOTH_SIDES + r"(?:\s+(?:in|on))?|\s+(?:in|on))|"
                          r"(?:concluded|established|founded|created|formed|forged|set\s+up|signed|launched|agreed|"
                          r"reached)\s+(?:under|by|during|with|between)\s+(?:[\w.’'-]+\s+){0,4}?[\w.’'-]+(?:\s+(?:in|on))?)"
                          r"\s+(?:the\s+)?$", re.IGNORECASE)  # ("the partnership concluded under President A in 2013")
# ("signed between the two countries in October": who signed it, then when)
_VALID_FOR = fastre.compile(r"\b(?:valid|in\s+force|in\s+effect|effective|running|run|runs|last|lasts)\s+(?:for|until|till|"
                            r"through|to)\s+(?:the\s+)?(?:(?:period|years?|term)\s+(?:of\s+)?)?$", re.IGNORECASE)
_INSTRUMENT_FRAME = fastre.compile(r"(?:agreements?|deals?|pacts?|memorand\w*|mous?|accords?|letters?|declarations?)\b")
