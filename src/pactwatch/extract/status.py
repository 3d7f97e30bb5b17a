"""Status and date of an instrument mention, read from its sentence.

The status is told by the nearest cue before the instrument word (``data/status_cues.tsv``, found once per
sentence with Aho-Corasick), by a passive or modal verb after it ("Seven MOUs ... were also adopted", "a fund
which will be established"), and by time: an instrument tied to a date well before the article's ("signed in
1998", "released in 2024", "back in November 2023", "In November last year, the two countries set up ...")
is ``existing``; one reported as terminated, suspended or withdrawn from is ``ended``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from . import fastre
from .doc import Document
from .instruments import INSTRUMENT_APPOSITION, FOUNDS, OPENING_PHRASE, folded, is_plural
from .lexicon import DOCUMENT_KINDS, Lexicons, read_table
from .signing import APPROVING, STATE_APPROVER, approved_now, told_date, took_effect
from .haltedtalks import IN_THE_WORKS, talks_ending, talks_named, talks_turn
from .periods import last_day, older
from .tiedtimes import MADE_AFTER, background_time, made_lately, tied_time  # noqa: F401 (MADE_AFTER: re-exported)
from .ordinals import ordinal_status
from .pending import made_in_a_clause_to_come
from .days import MEETING, in_dateline, meeting_day, owned_day, side_clause, titled_from  # noqa: F401 (MEETING, owned_day: re-exported)

if TYPE_CHECKING:
    from .instruments import Mention as _Mention

_FUTURE_TIME = fastre.compile(r"\b(?:next|coming|upcoming|by 20\d\d|later this)\b", re.IGNORECASE)

# (an adverb between: "will formally sign", "will then launch", "will likely set up")
MODAL_BEFORE = fastre.compile(r"\b(?:will|would|shall|to|plans? to|could|may|might)\s+(?:(?:also|soon|now|be|then|"
                              r"likely|probably|possibly|still|jointly|formally|officially|eventually|finally|"
                              r"subsequently|shortly|swiftly|quickly|immediately|reportedly|further|each)\s+){0,2}$",
                              re.IGNORECASE)
_AND_VERB_BEFORE = fastre.compile(r"\band\s+(?:also\s+)?[a-z]+\s+(?:a|an|the|their|its)\s+$")
_ONLY_THREATENED = fastre.compile(r"\b(?:threaten\w*\s+to|could|may|might|(?:would|will|does|did|do|shall)\s+not|won['’]t|"
                                  r"never|refus\w+\s+to|rul\w+\s+out|consider\w*|mull\w*|weigh\w*|call\w*\s+for|"
                                  r"urg\w+\s+(?:\w+\s+){0,3}to|demand\w*|want\w*\s+to)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_AND_UNDER_MODAL = fastre.compile(r"\b(?:will|would|shall|to)\s+(?:[a-z]+ly\s+)?[a-z]+\b[^;:.,]{0,60}?\s+and\s+(?:also\s+)?$")
# "working groups on chips, civil protection and culture will convene": a modal later in the same clause
_MODAL_AFTER = fastre.compile(r"^[^;:.]{0,120}?\b(will|shall|(?:is|are) to|(?:is|are) set to|(?:is|are) expected to)\s+\w+"
                              r"|^(?:\s+(?:between|with|on|for)\s+[^,;:.]{1,60}?)?\s+((?:is|are)\s+(?:expected|due|slated|"
                              r"scheduled))\s+(?:within|by|in|next|later|soon|before)\b(?!\s+(?:large\s+)?part\b)"
                              r"(?!\s+(?:the\s+)?(?:parliament|congress|senate|diet|assembly|cabinet|court)\b)")
# ("A memorandum of understanding is expected within 30 days", "An agreement is due by June": still to come)
_MODAL_WORD = fastre.compile(r"\b(?:will|shall|is|are)\s")  # (every match of it holds one: tested first)
_CLAUSE_BREAK = fastre.compile(r"(?:;|,\s+(?:while|whereas)|,\s+(?:said|says|according\s+to))\s+")
_BREAK_WORDS = ("while", "whereas", "said", "says", "according")  # (a break at a comma holds one: tested first)
# "working towards formalising the partnership through a memorandum": the memorandum is to come
_TO_FORMALISE = fastre.compile(r"\b(?:towards|to)\s+formali[sz]\w*\s+(?:[\w-]+\s+){0,4}?(?:through|with|via|by|in)\s+"
                               r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# the text of an instrument settled, its signing still to come: "agreed on the text of the treaty", "finalised the
# wording of a space agreement"
TEXT_SETTLED = fastre.compile(r"\b(?:agreed(?:\s+on|\s+upon)?|finali[sz]ed|settled|initial(?:l)?ed|approved)\s+the\s+"
                               r"(?:final\s+)?(?:text|wording|draft)\s+of\s+(?:the|a|an|their)\s+(?:[\w-]+\s+){0,3}$",
                               re.IGNORECASE)
_INTO_FORCE_AFTER = fastre.compile(r"^[^;:.]{0,160}?\b(?:will|shall|(?:is|are)\s+(?:to|expected\s+to|set\s+to|due\s+to))\s+"
                                   r"(?:(?:go|enter|come)\s+into\s+(?:force|effect)|take\s+effect|become\s+effective)\b",
                                   re.IGNORECASE)
_PASSIVE = fastre.scanner(r"\b((?:is|are|was|were)\s+(?:set|expected|due|scheduled|slated|likely|poised)\s+to\s+be|is|are|was|were|has been|have been|had been|is being|are being|will be|would be|to be|"
                      r"is to be|are to be)\s+(?:(?:also|newly|formally|officially|jointly|now|already|recently)\s+)*"
                      r"(?:being\s+)?([a-z][\w-]*)", re.IGNORECASE)  # ("is also being negotiated")


def future_time(doc: Document, index: int) -> bool:
    sentence = doc.sentences[index]
    if _FUTURE_TIME.search(sentence.text(doc.text)):
        return True
    today = doc.published.isoformat() if doc.published else None
    for t in doc.within("times", index):
        if t.value:
            if t.kind == "deadline" or (today and t.value > today[:len(t.value)]):
                return True
    return False


_ACRONYM_GAP = fastre.compile(r"\s*\(\s*")
_ITS_SUBJECT = fastre.compile(r"\s+(?:on|for|about|regarding|concerning)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}")
_FIRST_TO = fastre.compile(r"\b(?:first|second|third|fourth|only|latest|newest|last)\s+(?:[\w-]+\s+){0,2}"
                           r"(?:after\s+(?:the\s+)?[\w.-]+(?:\s+(?:and|&)\s+(?:the\s+)?[\w.-]+)?\s+)?to\s+[a-z]+$",
                           re.IGNORECASE)  # "the second partner after the US to sign": it has signed
_PAST_YEAR = fastre.compile(r"\b(?:from|in|of|since|dating to|signed in|agreed in)\s+(1[89]\d\d|20\d\d)\b(?!\s*[-–])")
_OBJECT_BREAK = re.compile(r"[,;:]|\bof\b")  # the cue governs another thing: "expanding the number of labs"


def _status_cues(doc: Document, lex: Lexicons, index: int) -> list[tuple[int, int, str]]:
    """Status cue words of sentence ``index`` (found once per sentence, Aho-Corasick)."""
    cache = doc.cache.get("status_cues")
    if cache is None:  # one Aho-Corasick pass over the document, kept by sentence
        cache = doc.cache["status_cues"] = {}
        for m in lex.status_cues.find(doc.text, doc.cache.get("lowered")):
            i = doc.sentence_index(m.start)
            if i is not None and m.end <= doc.sentences[i].end and m.payload.value != "none" and not (
                    doc.text[max(0, m.start - 4):m.end].lower() == "the following"):
                cache.setdefault(i, []).append((m.start, m.end, m.payload.value))  # ("the following": the list next,
                # no earlier one)
    return cache.get(index, [])


def speculative(doc: Document, lex: Lexicons, index: int) -> bool:
    cache = doc.cache.setdefault("speculative", {})
    if index not in cache:
        sentence = doc.sentences[index]
        low = doc.text[sentence.start:sentence.end].lower()
        cache[index] = any(map(low.__contains__, _SPECULATIVE_HINTS)) and bool(
            lex.cues["speculative"].search(doc.text, sentence.start, sentence.end)) and not (
            " as " in low and EXPECTED_DATE.search(doc.text, sentence.start, sentence.end)
            and not _CONDITION.search(low))  # "may sign the pact as early as July": a date expected
    return cache[index]


# a possibility given a date: "may sign a pact as early as July", "could announce it as soon as next month"
EXPECTED_DATE = fastre.compile(r"\b(?:could|may|might)\s+(?:[\w-]+\s+){1,8}?as\s+(?:early|soon)\s+as\s+(?!possible\b)",
                               re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|whether)\b")


# every speculative cue (data/cues.tsv) holds one of these: a cheap test before the pattern runs
_SPECULATIVE_HINTS = ("could", "may", "might", "should", "must", "likely", "potential", "possib", "expect to",
                      "ripe", "hypothet", "emerging", "if", "whether", "predict", "forecast", "speculat")


# a verb of talking something over right before a cue of making it: "discussed setting up", "mulled the launch of"
_PUT_FORWARD_BEFORE = fastre.compile(r"\b(?:discuss(?:ed|es|ing)?|mull(?:ed|s|ing)?|consider(?:ed|s|ing)?|explor(?:ed|es|ing)|"
                                     r"weigh(?:ed|s|ing)?|debat(?:ed|es|ing)|stud(?:ied|ies|ying))\s+(?:the\s+)?"
                                     r"(?:(?:possibility|possibilities|prospects?|idea|option|options|feasibility|"
                                     r"ways?)\s+(?:of|for)\s+)?$",
                                     re.IGNORECASE)


_OPENS = fastre.compile(r"(?P<phrase>[^,;.]{3,60}),\s+")


def status_of(doc: Document, lex: Lexicons, mention: _Mention) -> str | None:
    """The status a mention's sentence tells (memoised: several steps ask about one mention)."""
    cache = doc.cache.setdefault("status_of", {})
    key = (mention.sentence, mention.start, mention.end)
    if key not in cache:
        status = talks_ending(doc, mention, _status_of(doc, lex, mention))
        status = talks_named(doc, mention, talks_turn(doc, mention, status))
        if status == "concluded" and made_in_a_clause_to_come(doc, mention):
            status = "planned"  # "trade will grow once the agreement is signed": the present of what is to come
        cache[key] = status
    return cache[key]


def _status_of(doc: Document, lex: Lexicons, mention: _Mention) -> str | None:
    """The status told by the nearest cue before the word in its sentence, or by a passive verb after it
    ("Seven MOUs ... were also adopted", "a fund which will be established")."""
    sentence = doc.sentences[mention.sentence]
    text = doc.text
    before = text[max(sentence.start, mention.start - 120):mention.start]
    # "agreed to create a committee, while a memorandum on ICT ...": a cue before the last break is the other clause's
    if ";" in before or "," in before and any(map(before.__contains__, _BREAK_WORDS)):  # (every break holds one)
        before = before[max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0):]
    opening = _OPENS.match(text, sentence.start, mention.start)
    if opening and OPENING_PHRASE.match(text, sentence.start, opening.end("phrase")):
        before = text[max(opening.end(), mention.start - len(before)):mention.start]  # "Under the agreement, a
        # committee will be formed": the phrase's instrument is not the committee
    floor = mention.start - len(before)
    low = folded(doc)[floor:mention.start]  # cheap tests on it: the words a pattern needs (doc.holds: the same)
    after = text[mention.end:sentence.end]
    best: tuple[int, str] | None = None
    weak_best = False  # the nearest cue is "new": it describes the word, the verb after may tell more
    ended: tuple[int, str] | None = None
    window_start = mention.start - len(before)
    for cue_start, cue_end, status in _status_cues(doc, lex, mention.sentence):
        if window_start <= cue_start and cue_end <= mention.start:
            if text[cue_start:cue_end].lower() in lex.object_cues and (
                    mention.start - cue_end > 60 or _OBJECT_BREAK.search(text, cue_end, mention.start)):
                continue  # "expanding the supply of chips, ... and a data-centre": the cue's object is another thing
            if status == "concluded" and (MODAL_BEFORE.search(text, max(0, cue_start - 25), cue_start) or
                                          _AND_UNDER_MODAL.search(text, max(0, cue_start - 90), cue_start)):
                status = "planned"  # "will create", "to sign", "plan to review ... and sign": not done yet
            elif status == "concluded" and _PUT_FORWARD_BEFORE.search(text, max(0, cue_start - 50), cue_start) and (
                    text[cue_start:cue_end].lower().endswith(("ing", "ing up")) or text.startswith(" of ", cue_end)):
                status = "proposed"  # "discussed setting up", "mulled the launch of": founding it is talked about
            elif status == "proposed" and text[cue_start:cue_end].lower() == "draft" and MODAL_BEFORE.search(
                    text, max(0, cue_start - 25), cue_start):
                status = "planned"  # "will draft a roadmap", "agreed to draft an action plan": to be written
            if status == "ended" and _ONLY_THREATENED.search(text, max(0, cue_start - 30), cue_start):
                continue  # "threatened to scrap the deal", "could cancel it", "would not tear it up": not its end
            if status == "planned" and _FIRST_TO.search(text, max(0, cue_start - 40), cue_end):
                status = "concluded"  # but "the first country to sign" has signed
            cue_word = text[cue_start:cue_end].lower()
            weak = cue_word in WEAK_CUES or cue_word.endswith("ed") and " " not in cue_word and bool(
                _ARTICLE_BEFORE.search(text, max(0, cue_start - 5), cue_start))  # "will sign an upgraded trade pact":
            # a participle used as an adjective
            if weak and best is not None and (cue_start - (mention.start - best[0]) < 30 or best[1] in (
                    "planned", "proposed") and cue_start - (mention.start - best[0]) < 90 and not re.search(
                    r"[;:.,]", text[mention.start - best[0]:cue_start]) and _AND_VERB_BEFORE.search(
                    text, max(0, cue_start - 40), cue_start)):
                continue  # "ahead of talks on a new agreement", "intend to coordinate ... and develop a new action
                # plan": "new" does not undo the cue before it
            if weak and getattr(mention, "name", None) and any(
                    cue_end <= t.start and t.end <= mention.start for t in doc.within("instruments", mention.sentence)):
                continue  # "the new pact matches the EU-Japan agreement": "new" qualifies the word it stands before
            best = (mention.start - cue_end, status)  # the last cue before the word is the nearest
            weak_best = weak
            ended = best if status == "ended" else ended
    if doc.holds(_WRITING_WORDS, floor, mention.start) and doc.holds(_WRITING_OPENERS, floor, mention.start) and \
            _WRITING.search(before):
        best = (0, "proposed")  # "are drafting a memorandum", "are hammering out a lithium accord": still being written
    elif ("text" in low or "wording" in low or "draft" in low) and TEXT_SETTLED.search(before[-80:]) or \
            "formali" in low and _TO_FORMALISE.search(before[-100:]):
        best = (0, "planned")  # "agreed on the text of the treaty, which may be signed within a week": to be signed
    past_year = _PAST_YEAR.search(before) if "19" in before or "20" in before or "18" in before else None
    if past_year and doc.published and int(past_year.group(1)) < doc.published.year - 1 or (
            past_year and not doc.published and int(past_year.group(1)) < 2000):
        if best is None or len(before) - past_year.end() <= best[0]:
            best = (len(before) - past_year.end(), "existing")
    if best is not None and best[1] == "existing" and ended is not None:
        best = ended  # "the dissolution of a previous joint venture", "backed out of its 2019 memorandum": in place
        # before, and its end is the news
    # the first passive after it that is no part of its title ("... Digital Solutions, to be Implemented at Scale")
    if not after or after[0].isspace():  # (the document's positions of the pattern's first words serve: no match
        # starts at the word's end, as the text after it opens with a space)
        found, shift = doc.finditer(_PASSIVE, mention.end, min(sentence.end, mention.end + 200)), mention.end
    else:
        found, shift = _PASSIVE.finditer(after[:200]), 0
    passive = next((p for p in found if not p.group(2)[:1].isupper()), None)
    passive_at = passive.start() - shift if passive else -1
    sum_noun = _NOUN_AFTER_SUM.match(after) if passive and best is not None else None
    reach = 30 + (len(sum_noun.group(0)) if sum_noun else 0)
    if passive and (best is None or (passive_at < reach or weak_best) and "," not in after[:passive_at]) and not (
            passive.group(1).lower() == "to be" and _INFINITIVE.search(after, 0, passive_at)):
        # (but "an agreement to build a satellite to be launched": that passive tells of the satellite)
        aux, verb = " ".join(passive.group(1).lower().split()), passive.group(2)
        making = getattr(lex.status_cues.get(verb), "value", None) == "concluded"
        progressive = aux.endswith("being") or " being " in passive.group(0).lower()
        if progressive and verb.lower() in IN_THE_WORKS and (best is None or best[1] != "existing"):
            best = (passive_at, "proposed")  # "a protocol ... is also being negotiated": in the works
        elif progressive:
            pass  # "an agreement ... is being announced": the day's news tells it, not this verb
        elif best is not None and best[1] in ("existing", "concluded") and not making:
            pass  # "their decades-old agreement would be reviewed": what befalls one in place; "signed a deal to be
            # jointly engaged in building a plant", "a memorandum ... which will be implemented by 2027": what
            # follows one made
        elif aux in ("will be", "would be", "to be", "is to be", "are to be") or aux.endswith(" to be"):
            best = (passive_at, "planned")
        else:
            cue = lex.status_cues.get(verb)
            if cue is not None and cue.value != "planned":
                best = (passive_at, cue.value)
    if best is None and ("," in after or "as well as" in after) and _LISTED.match(after):
        # "The Agreement on health, the Programme for 2022-2024, as well as memorandums on ... were signed in
        # the presence of the leaders": items of one list share its verb
        verb = _LIST_VERB.search(after)
        if verb and "," in after[:verb.start()]:
            best = (verb.start(), "concluded")
    if best is None or best[1] in ("concluded", "existing", "proposed", "planned"):  # "talks on the FTA broke down",
        # "the planned partnership fell through": ended
        ending = _ends_as_subject(doc, lex, mention)
        if ending is not None:  # "The agreement, in force since 1979, expired on Tuesday": the news is its end
            best = (ending, "ended")
    low_after = folded(doc)[mention.end:sentence.end] if best is None else ""  # (tests of the words patterns need)
    if best is None and any(map(low_after.__contains__, ("force", "effect", "place"))) and _IN_FORCE_AFTER.match(after):
        best = (0, "existing")  # "The FTA between Korea and Singapore, which entered into force in 2019, ...": in place
    if best is None and any(map(after.__contains__, _DONE_WORDS)) \
            and _DONE_AFTER.match(after):
        best = (0, "concluded")  # "The MoU, signed in Rabat on Monday, will expand ...": made, whatever it will do
    acts_later = False  # "The partnership, set up in 2021, will oversee it": what it will do, not its making
    if best is None and ("force" in low_after or "effect" in low_after) and (
            _INTO_FORCE_AFTER.match(after) or took_effect(doc, mention) is not None):
        best = (0, "concluded")  # "The agreement ... will go into force when notes are exchanged": signed already;
        # "The treaty between A and B has entered into force", "... took effect this week": signed, and its taking
        # effect is the news (one in force for years is told so by its time: background)
    if best is None and any(map(low_after.__contains__, ("expire", "lapse", "run", "remain"))) \
            and _LASTS_UNTIL.match(after):
        best = (0, "existing")  # "The science agreement will expire on 27 August", "is set to lapse": in place
    if best is None:
        active = _MODAL_AFTER.match(after) if _MODAL_WORD.search(after) else None
        if active:
            best, acts_later = (active.start(1) if active.group(1) else active.start(2), "planned"), True
        else:
            verb = _VERB_AFTER.match(after)
            cue = lex.status_cues.get(verb.group(1)) if verb and verb.group(1).endswith("ed") else None
            if cue is not None and cue.value == "concluded":  # "The joint press statement outlined ..."
                best = (0, "concluded")
    if best is not None and best[1] in ("existing", "planned") and made_lately(doc, mention):
        best = (best[0], "concluded")  # "Under the accord Chile and Korea signed on Monday", "agreed to deepen ties,
        # with a memorandum signed on Friday": made this week, whatever the clause before says they will do
    in_place = ("implement" in low or "under" in low or "pursuant" in low) and _IN_PLACE.search(before[-60:]) or (
        _PART_OF.search(before[-60:]) if "part" in low and not is_plural(getattr(mention, "head", "") or "") else None)
    if in_place and (best is None or mention.start - best[0] <= mention.start - len(before[-60:]) + in_place.end()) \
            and not made_lately(doc, mention):
        return "existing"  # "met to implement the memorandum", "the first project under their partnership": what
        # is carried out under it was in place already (but "Under the accord they signed on Monday": made now)
    background = background_time(doc, mention)
    if background is not None and best is not None and best[1] == "concluded" and approved_now(before, after):
        return "concluded"  # "the cabinet approved the memorandum signed in July 2023", "The agreement, which A and B
        # signed in November, was approved by the cabinet": made then, approved now
    if background is not None and (best is None or best[1] in ("concluded", "existing") or acts_later):
        return "existing"
    told = ordinal_status(doc, mention, before, floor, best)
    if told is not None:
        return told  # "the second meeting of the Council", "the sixth commercial dialogue": met before
    raised = RAISED_TO.search(before[-100:]) if doc.holds(("elevat", "upgrad", "rais", "lift"), floor, mention.start) \
        else None
    if raised and getattr(mention, "kind", None) == "partnership":  # "elevated their ties to a Comprehensive
        return "planned" if _WILL_RAISE.search(before[-100:]) else "concluded"  # Strategic
        # Partnership": made now ("decided to elevate" too); "will elevate" still to be made
    done_talks = _DONE_TALKS_BEFORE.search(before[-80:]) if "negotiations" in low or "talks" in low else None
    if done_talks and not MODAL_BEFORE.search(before[-80:], 0, done_talks.start()):  # (not "aim to conclude talks")
        return "concluded"  # "finalised negotiations on their CEPA", "announced the conclusion of negotiations for"
    if owned_day(doc, mention) is not None:
        return "concluded"  # "today's memorandum will open markets", "Monday's accord marks a new chapter": made then
    if getattr(mention, "kind", None) == "joint_statement" and (_SAID_IN.search(before[-30:]) or _SAYS.match(after)):
        return "concluded"  # "..., the ministers said in a joint statement", "'...,' a joint communique from A and B
        # said on Monday": whatever it considers, it was issued
    if doc.holds(_EXTENDED_WORDS, floor, mention.start):
        if _RENEWAL_DONE.search(before[-90:]):
            return "concluded"  # "renewed their science agreement on Friday", "agreed to renew their space
            # agreement": made again, the news
        if _EXTENDED.search(before[-60:]):
            return "existing"  # "seeks a six-month extension to its science agreement": the agreement is in place
    if best is not None and best[1] == "concluded" and is_plural(getattr(mention, "head", "") or "") and (
            _TALLY.search(doc.text, sentence.start, sentence.end)):
        return "existing"  # "has signed MoUs with more than ten African countries", "over the years ... signed 12
        # agreements": a tally of what is in place, not the news
    if best is not None and best[1] == "proposed" and _TALKS_DONE.match(after):
        return "concluded"  # "the negotiations on the ... agreement concluded on Friday"
    if best is not None and best[1] == "planned" and _MET_TO.search(before):
        return "concluded"  # "met in Washington on Tuesday to launch the initiative": they launched it
    if (best is None or best[1] in ("planned", "concluded")) and _WISHED_FOR.search(before[-160:]):
        return "proposed"  # "hoped for the quick conclusion of a wider agreement": its making wished for
    if best is None:
        return None
    status = best[1]
    if status == "concluded" and "gree" in before and _AGREED_TO_DO.search(before):
        status = "planned"  # "agreed Tuesday to jointly invest $10 million": still to be done
    if status in ("planned", "concluded") and doc.holds(_WISHED_WORDS, floor, mention.start) and _WISHED.search(before[-60:]):
        return "proposed"  # "expressed their desire to create a partnership": wished for, not planned
    if status == "planned" and "gree" in before and (made := _AGREED_MADE.search(before)) and not future_time(
            doc, mention.sentence) and getattr(mention, "kind", None) not in ("dialogue", "centre", "fund") and not \
            MODAL_BEFORE.search(before, max(0, made.start() - 25), made.start()):  # (not "will also agree to a")
        status = "concluded"  # "agreed to create a platform", "agreed on Thursday to a framework accord": made (but
        # a working group, a centre or a fund they agreed to set up is still to be set up)
    if status == "existing" and re.search(r"\bunder the\b", before[-30:]):
        return None  # "Under the framework, X will ...": a reference, not a status
    return status


_DONE_AFTER = fastre.compile(r"^(?:\s*\([^()]{1,12}\))?(?:\s+(?:between|with)\s+[^,;:.]{1,60}?)?(?:,\s*|\s+)(?:which\s+was\s+|"
                             r"that\s+was\s+|(?:a|an)\s+(?:[\w.-]+\s+){1,4}?(?=(?:launched|established|created|founded|set\s+up)\b))?"
                             r"(?:signed|inked|sealed|concluded|adopted|launched|established|created|founded|set\s+up)\s+"
                             r"(?:on|in|at|by|with|between|during|last|this|yesterday|today|earlier)\b")
# ("The MoU, signed in Rabat on Monday", "the Chip Framework, a Japan-led initiative launched in 2024": made then)
_DONE_WORDS = ("signed", "inked", "sealed", "concluded", "adopted", "launched", "established", "created", "founded",
               "set up")  # (one is in every match of it: tested first)
_IN_FORCE_AFTER = fastre.compile(r"^(?:\s*\([^()]{1,12}\))?(?:\s+(?:between|with)\s+[^,;:.]{1,60}?)?,?\s+(?:which|that)\s+"
                                 r"(?:has\s+been\s+in\s+(?:force|effect|place)|entered\s+into\s+force|came\s+into\s+"
                                 r"(?:force|effect)|took\s+effect|went\s+into\s+(?:force|effect))\s+(?:in|on|since)\b",
                                 re.IGNORECASE)
_IN_PLACE = fastre.compile(r"\b(?:implement(?:s|ed|ing)?|implementation\s+of|(?:project|phase|meeting|activity|"
                           r"projects|activities)\s+under|pursuant\s+to)\s+(?:the|their|its|this|that|our|an\s+existing)\s+"
                           r"(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
_BEGAN = fastre.compile(r"\b(?:(?:began|begun|started|opened|initiated|commenced|kicked\s+off)\s+(?:(?:back\s+)?(?:in|on)\s+)?|"
                        r"(?:dat(?:ing|es|ed)|going|goes)\s+back\s+to\s+)$", re.IGNORECASE)  # "talks dating back to 2022"
# "a deal to build a satellite to be launched in 2021", "a plant whose construction will start in 2021": the time of
# another act, told after the instrument, is not when the instrument was made
_ANOTHER_ACT = fastre.compile(r"\b(?:(?:will|would|shall)\s+(?:be\s+)?|to\s+be\s+)(?:[a-z]+ly\s+)?[a-z]+\s+(?:[\w’'-]+\s+){0,5}?"
                              r"(?:(?:in|on|by|from|during|before)\s+(?:the\s+(?:(?:first|second|end|beginning|middle)\s+\w+\s+"
                              r"of\s+)?)?)?$",
                              re.IGNORECASE)
_INFINITIVE = fastre.compile(r"\bto\s+(?!be\b)[a-z]+\s", re.IGNORECASE)
RAISED_TO = fastre.compile(r"\b(?:elevat|upgrad|rais|lift)\w*\s+(?:(?:their|the|its|our|bilateral|two\s+countries['’])\s+)*"
                            r"(?:(?:diplomatic|bilateral|strategic)\s+)?(?:ties|relations|relationship|partnership|"
                            r"cooperation)?\s*to\s+(?:a|an|the)\s+(?:level\s+of\s+(?:a\s+)?)?[\"“]?(?:[\w’'\"“”-]+\s+){0,4}$",
                            re.IGNORECASE)
_WILL_RAISE = fastre.compile(r"\b(?:will|would|shall|plans?\s+to|aims?\s+to|intends?\s+to|hopes?\s+to|could|may)\s+"
                             r"(?:[a-z]+\s+){0,2}?(?:elevat|upgrad|rais|lift)", re.IGNORECASE)
_DONE_TALKS_BEFORE = fastre.compile(r"\b(?:finali[sz](?:e|es|ed)|conclud(?:e|es|ed)|complet(?:e|es|ed)|"
                                    r"finish(?:es|ed)?|closed|wrap(?:s|ped)?\s+up|(?:successful\s+)?conclusion\s+of|"
                                    r"(?:successful\s+)?completion\s+of)\s+(?:the\s+|their\s+)?(?:negotiations|talks)\s+"
                                    r"(?:on|for|over|of)\s+(?:[\w’'\"“”-]+\s+){0,6}$", re.IGNORECASE)
# ("PH, US finish talks on nuclear deal", "completed negotiations on the \"historic\" deal": the text is agreed)
_SAID_IN = fastre.compile(r"\b(?:said|says|stated|states|announced|added|noted|declared|wrote|affirmed|reaffirmed)\s+in\s+"
                          r"(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_SAYS = fastre.compile(r"(?:\s+(?:from|by|of|issued\s+by)\s+[^,;.\"“”]{1,60}?)?\s+(?:said|says|stated|states|read|reads|"
                       r"noted|notes|added)\b", re.IGNORECASE)
_TALLY = fastre.compile(r"\b(?:so\s+far|to\s+date|over\s+the\s+(?:years|past\s+(?:decade|\w+\s+years))|in\s+recent\s+years|"
                        r"with\s+(?:more\s+than|over|some|nearly|about|around)\s+(?:\d+|two|three|four|"
                        r"five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of)\s+(?:\w+\s+){0,2}(?:countries|nations|"
                        r"partners|governments|states))\b", re.IGNORECASE)
_EXTENDED = fastre.compile(r"\b(?:(?:extension|renewal|amendment|revision|update)\s+(?:to|of)\s+(?:(?:the|their|its|this|"
                           r"that|our)\s+)?|(?:(?:extend|extending|renew|renewing|amending|revising|updating)\s+(?:to|of)|"
                           r"(?:extend|extends|extended|extending|renew|renews|renewed|renewing|amend|amends|amended|amending|"
                           r"prolong|prolongs|prolonged|prolonging))\s+(?:the|their|its|this|that|our)\s+)"
                           r"(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)  # ("seeks extension to science agreement": a
# headline's bare noun after the nominal forms)
_RENEWAL_DONE = fastre.compile(r"(?:\b(?:have|has|had)\s+|(?<!\bwill\s)(?<!\bto\s)\b)(?:renewed|extended|prolonged)\s+"
                               r"(?:the|their|its|this|that|our|an?)\s+(?:[\w’'-]+\s+){0,4}$|\bagree[ds]?\s+(?:[\w,]+\s+){0,3}?"
                               r"to\s+(?:renew|extend|prolong)\s+(?:the|their|its|this|that|our)\s+(?:[\w’'-]+\s+){0,4}$",
                               re.IGNORECASE)
# "The negotiations on the ... agreement, which began in 2016, concluded on Friday": the talks ended in the text
_TALKS_DONE = fastre.compile(r"^(?:\s*\([^()]{1,25}\))?(?:\s*,[^,;.]{1,60},)?(?:\s+(?:between|with|among)\s+[^,;:.]{1,60}?)?"
                             r"\s+(?:(?:were|was|have|has|had)\s+(?:been\s+)?)?(?:successfully\s+|formally\s+|finally\s+)?"
                             r"(?:concluded|completed|finalised|finalized|wrapped\s+up)\b", re.IGNORECASE)
_MET_TO = fastre.compile(r"\b(?:met|gathered|convened|came\s+together)\b(?:(?!\b(?:will|would|plan|plans|planning|hope|hopes|"
                         r"expect|expects|aim|aims)\b)[^;:.]){0,80}\bto\s+(?:formally\s+|officially\s+|jointly\s+)?"
                         r"(?:launch|sign|establish|set\s+up|open|adopt|unveil|inaugurate)\s+(?:[\w’'-]+\s+){0,6}$",
                         re.IGNORECASE)
# "new projects that are part of a green hydrogen initiative": one instrument in place (not "part of a series of
# agreements")
_PART_OF = fastre.compile(r"\b(?:is|are|as|were|was)\s+(?:a\s+)?part\s+of\s+(?:the|their|its|this|that|our|an?)\s+"
                          r"(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
# what may stand between an instrument and the verb it is the subject of: "(STA) between the two powers,
# in force for decades," ... "has quietly"
_SUBJECT_GAP = fastre.compile(r"(?:\s*\([^()]{1,30}\))?(?:\s+(?:between|with|among|of|on|for)\s+[^,;:()]{1,70}?)?"
                              r"(?:\s*,\s*[^,;:]{1,90},)?\s+(?:(?:has|have|had|was|were|is|are)(?:\s+been)?\s+)?"
                              r"(?:[a-z]+ly\s+)?", re.IGNORECASE)


def _ends_as_subject(doc: Document, lex: Lexicons, mention: _Mention) -> int | None:
    """How far after the word an ending verb follows that it is the subject of ("... expired", "... has
    collapsed", "... was quietly terminated"), or None."""
    for cue_start, _cue_end, status in _status_cues(doc, lex, mention.sentence):
        if status == "ended" and mention.end < cue_start <= mention.end + 200 and \
                _SUBJECT_GAP.fullmatch(doc.text, mention.end, cue_start):
            if _TO_COME.search(doc.text, max(mention.end, cue_start - 25), cue_start) or _SOON.match(
                    doc.text, _cue_end) or _LATER_EXPIRY.match(doc.text, cue_start) or _ONCE_BEFORE.search(
                    doc.text, max(0, mention.start - 50), mention.start):  # "will expire on 27 August", "is set to
                return None  # lapse", "Expires in a Few Weeks", "expires in March 2027", "once the memorandum expires":
                # in place until then
            return cue_start - mention.end
    return None


# the present of an ending with its time ("expires in March 2027", "lapses at the end of the year"): still to come;
# an ending told after "once", "after", "when" ("once the current memorandum expires"): not yet
_LATER_EXPIRY = fastre.compile(r"(?:expires|lapses|runs\s+out)\s+(?:in|on|at\s+the\s+end\s+of|by|next|later|this)\b",
                               re.IGNORECASE)
_ONCE_BEFORE = fastre.compile(r"\b(?:once|after|when|before|until|till|as\s+soon\s+as)\s+(?:the|its|their)\s+"
                              r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_SOON = fastre.compile(r"\s+(?:(?:in|within)\s+(?:a\s+few|the\s+coming|the\s+next|a|\d+|two|three|four|five|six)\s+"
                       r"(?:days?|weeks?|months?|years?)|next\s+(?:week|month|year)|later\s+this|soon)\b", re.IGNORECASE)
_LASTS_UNTIL = fastre.compile(r"^(?:\s+(?:between|with|on|for)\s+[^,;:.]{1,60}?)?\s+(?:(?:will|is\s+(?:set|due|expected)\s+to|"
                              r"(?:is|are)\s+to)\s+(?:expire|lapse|run\s+out|remain\s+in\s+(?:force|effect|place))\b|"
                              r"(?:expires|lapses|runs\s+out)(?=" + _SOON.pattern +
                              r"|\s+(?:in|on|at\s+the\s+end\s+of)\s+(?:[A-Z]|\d|the\s+(?:year|month)\b)))", re.IGNORECASE)
_ENDS_ON = fastre.compile(r"\b(?:expires?|expired|expiring|lapses?|lapsed|until|till|runs?\s+out)\s+(?:on\s+|in\s+)?$",
                          re.IGNORECASE)  # "will expire on 27 August": when it ends, not when it was made
_WRITING = fastre.compile(r"\bworking\s+on\s+(?:a|an)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}$|"  # ("are working on a memorandum")
                          r"(?:\b(?:preparing|drafting|finali[sz]ing|hammering\s+out|crafting|working\s+out|thrashing\s+out|"
                          r"firming\s+up)|\b(?:talks|negotiations|process|efforts?|working|work|push(?:ing)?|bid|drive|"
                          r"strive|striving|seeking|seek|seeks|moves?|steps?)\s+(?:\w+\s+)?to\s+(?:finali[sz]e|conclude|seal|"
                          r"clinch|complete|wrap\s+up|hammer\s+out|strike|reach)|\b(?:towards?|closer\s+to)\s+"
                          r"(?:reaching|concluding|signing|sealing|finali[sz]ing|striking))\s+(?:a|an|the|their|its|new)\s+"
                          r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)  # ("launched talks to conclude a ...": still being
# written)
_TO_COME = fastre.compile(r"\b(?:will|shall|would|could|may|might|(?:set|due|expected|likely|scheduled)\s+to|(?:is|are)\s+to)"
                          r"\s+(?:be\s+)?$", re.IGNORECASE)
# "agreed to create a platform" (the agreement founds it); "agreed on Thursday to a framework accord"; not
# "agreed to invest $10 million" or "agreed to hold a dialogue next year" (still to be done)
_AGREED_MADE = fastre.compile(r"\bagree[ds]?\s+(?:\w+\s+){0,3}?to\s+(?:(?:jointly|formally|also)\s+)?"
                          r"(?:a|an|the|create|establish|form|launch|set\s+up|forge|build)\s+[^,;]*$", re.IGNORECASE)
# after a sum, the words up to the instrument it founds: "US$300 million (S$382 million) global fund"
_NOUN_AFTER_SUM = fastre.compile(r"^(?:\s*\([^()]{1,30}\))?(?:\s+[\w-]+){0,3}?\s+(?:fund|facility|programme|program|grant)s?\b")
WEAK_CUES = frozenset({"new", "newly"})
_VERB_AFTER = re.compile(r"^(?:\s*\([^()]{1,12}\))?\s+(?:(?:also|formally|officially|jointly)\s+)?([a-z]+)")
_ARTICLE_BEFORE = fastre.compile(r"\b(?:an?|the)\s+$", re.IGNORECASE)
# a list of instruments that goes on ("..., the Programme of ...", "as well as memorandums on ...")
_LISTED = fastre.compile(r"^[^.;:]{0,80}?(?:,\s+(?:and\s+)?(?:the|a|an|as well as)\b|\s+as well as\b)")
_LIST_VERB = fastre.compile(r"\b(?:were|have been|had been)\s+(?:also\s+)?(?:signed|adopted|exchanged|concluded|inked)\b")
_AGREED_TO_DO = fastre.compile(r"\bagree[ds]?\s+(?:(?:on\s+)?[\w,]+\s+){1,3}?to\s+(?:(?:jointly|also|further)\s+)?"
                           r"(?!a\b|an\b|the\b|create\b|establish\b|form\b|launch\b|set\s+up\b)[a-z]+\b[^,;]*$",
                           re.IGNORECASE)
_WISHED = fastre.compile(r"\b(?:desire|hope|hopes|hoped|want|wants|wish|wishes|keen|seek|seeks|sought|seeking|"
                     r"interest|interested|aspiration|propose|proposes|proposed|proposing|suggested|suggests|"
                     r"suggesting|readiness|willingness|willing)\s+(?:to|in)\s+(?:[\w-]+\s+){0,5}$", re.IGNORECASE)
# its making wished or called for: "hoped for the quick conclusion of a wider economic agreement",
# "called for the swift signing of the ..."
_WISHED_FOR = fastre.compile(r"\b(?:hope[sd]?|hoping|wish(?:es|ed)?|call(?:s|ed|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)?|"
                             r"urge[sd]?|urging|look(?:s|ed|ing)?\s+forward)\s+(?:to|for)\s+(?:[\w-]+\s+){0,8}?(?:for\s+)?"
                             r"(?:an?\s+|the\s+)?(?:(?:early|swift|quick|speedy|rapid|prompt|timely)\s+)?(?:conclusion|"
                             r"signing|finali[sz]ation|completion)\s+of\s+(?:[\w-]+\s+){0,6}$", re.IGNORECASE)
# a word one of which every match of the pattern of the same name holds (folded): tested before it runs
_WRITING_WORDS = ("preparing", "drafting", "finali", "hammer", "crafting", "working", "thrashing", "firming", "conclu",
                  "seal", "clinch", "complet", "wrap", "strik", "reach", "signing")
# and one of these, the word that opens every match of it (both lists are tested before it runs)
_WRITING_OPENERS = ("preparing", "drafting", "finali", "hammering", "crafting", "work", "thrashing", "firming", "talks",
                    "negotiations", "process", "effort", "push", "bid", "drive", "striv", "seek", "move", "step", "toward",
                    "closer")
_EXTENDED_WORDS = ("exten", "renew", "amend", "revis", "updat", "prolong")
_WISHED_WORDS = ("desire", "hope", "want", "wish", "keen", "seek", "sought", "interest", "aspiration", "propos",
                 "suggest", "readiness", "willing")
_JOINED = fastre.compile(r"(?:\s+(?:on|for|in)\s+[\w -]{1,40}?)?,?\s+(?:and|&|as well as)\s+(?:(?:a|an|the|one|two|three|four|five|\d+|joint|new)\s+)*(?:[\w-]+\s+){0,2}",
                         re.IGNORECASE)
# "at the India-Chile Ministerial Roundtable", "on the sidelines of the forum": where the news happened
LAUNCHED = fastre.compile(r"\b(?:first|inaugural|launch\w*|new|newly)\b", re.IGNORECASE)
VENUE = fastre.compile(r"\b(?:at|during|on the sidelines of|on the margins of|ahead of|after|before|following|"
                    r"held at|at a|at an|in)\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'\"“”‘-]+\s+){0,4}$", re.IGNORECASE)


_TODAY = fastre.compile(r"\b[Tt]oday\b")


def date_of(doc: Document, mention: _Mention, status: str) -> str | None:
    if status in ("ended", "existing") and doc.published is None:  # an undated article: the time its own clause
        return tied_time(doc, mention, undated=True)  # ties to it ("the pact, signed in September 2017")
    if status == "ended":  # when it was made ("the 2017 accord Panama left"), never the day it ended
        return background_time(doc, mention)
    if status == "existing":  # when it was made, if the sentence says: never the article's date
        tied = background_time(doc, mention)
        sentence = doc.sentences[mention.sentence]
        if tied or doc.published is None or _EXTENDED.search(doc.text, max(sentence.start, mention.start - 60),
                                                              mention.start):
            return tied  # (the day it was extended is not the day it was made)
        today = doc.published.isoformat()
        past = [t for t in doc.within("times", mention.sentence) if t.value and t.kind == "date"
                and t.value < today[:len(t.value)] and not _ENDS_ON.search(doc.text, max(0, t.start - 25), t.start)
                and not doc.shortly_before(t.value)]  # ("met on Monday under their agreement": the news's day)
        return min(past, key=lambda t: abs(t.start - mention.start)).value if past else None
    owned = owned_day(doc, mention) if status == "concluded" else None
    if owned:
        return owned
    sentence = doc.sentences[mention.sentence]
    approving = APPROVING.search(doc.text, max(sentence.start, mention.start - 60), mention.start) \
        if status == "concluded" else None
    if approving:
        tied = background_time(doc, mention) or told_date(doc, mention)  # "approved on Wednesday the memorandum
        # signed in July", "approved an MoU ..., signed at Abuja on August 13": signed then
        if tied:
            return tied
        if STATE_APPROVER.search(doc.text, sentence.start, approving.start()):
            return None  # "The cabinet on Wednesday approved an MoU between A and B": signed at a day not told
    effect = took_effect(doc, mention) if status == "concluded" else None
    if effect is not None and (tied := background_time(doc, mention) or told_date(doc, mention)):
        return tied  # "The treaty, signed in 2025, has entered into force": signed then
    if status == "proposed":
        return None  # (asked before the times are read: none is its date)
    dated = [t for t in doc.within("times", mention.sentence) if t.value and t.kind == "date"
             and (effect is None or t.start < effect)]  # (none: no other read; never the day it took effect)
    founds = FOUNDS.match(doc.text, mention.end) if dated else None  # "an MoU to establish a hub ... on Monday": the
    others = [m.start for m in doc.within("instruments", mention.sentence) if dated and not mention.start <= m.start < mention.end
              and not (m.term.value == "dialogue" and VENUE.search(doc.text, max(0, (v := titled_from(doc.text, m.start)) - 60), v))
              and not _JOINED.fullmatch(doc.text, mention.end, m.start)  # "15 pacts and an action plan ... on Friday"
              and not (founds and founds.end() <= m.start <= founds.end() + 40)
              and not _ACRONYM_GAP.fullmatch(doc.text, mention.end, m.start)  # "Memorandum ... (MOU)": itself
              and not _ITS_SUBJECT.fullmatch(doc.text, mention.end, m.start)  # "an MoU on joint labs": its subject
              and not INSTRUMENT_APPOSITION.fullmatch(doc.text, mention.end, m.start)]  # "X Framework, a Japan-led
    # initiative": the same instrument
    times = [t for t in dated if not in_dateline(doc, t.start)
             and not _BEGAN.search(doc.text, max(0, t.start - 25), t.start)  # "talks, which began in 2016, concluded"
             and not (t.start > mention.end and _ANOTHER_ACT.search(doc.text, max(mention.end, t.start - 70), t.start))
             and not (t.start > mention.end and side_clause(doc.text, max(mention.end, t.start - 90), t.start))
             and not any(min(t.start, mention.start) < o < max(t.start, mention.start) for o in others)]
    if status == "planned" and doc.published:  # the day the plan was reported, never when it is to happen
        today = doc.published.isoformat()
        times = [t for t in times if len(t.value) == 10 and t.value <= today]  # "on Tuesday", never "later this year"
    elif status == "concluded" and doc.published and doc.published_source == "input":
        # "signed an MoU to build a centre in the first half of 2020": a time still to come is the promise's, never
        # the signing's (a publication date read from the text may be any date the text tells: not used for this)
        today = doc.published.isoformat()
        times = [t for t in times if t.value <= today[:len(t.value)]]
    if times:
        nearest = min(times, key=lambda t: abs(t.start - mention.start))
        if len(nearest.value) == 4 and doc.published and nearest.value == str(doc.published.year) and \
                _TODAY.search(doc.text, sentence.start, mention.start):
            return doc.published.isoformat()  # "Today, ... signed a statement at the Quantum Conference 2025": today
        return nearest.value
    if effect is not None:
        return None  # signed at a day not told: never the day it took effect, nor the article's
    if status == "concluded" and doc.published and (day := meeting_day(doc, mention.sentence)):
        return day  # "The ministers met on Monday. At the meeting they signed ...": that Monday
    if status in ("concluded", "planned") and doc.published:
        return doc.published.isoformat()
    return None
