"""The subject of a promise: whose act it is, and whether it is a promise at all.

A future sentence right after an instrument speaks for its parties when its subject is a thing the instrument told of
("The satellite will be launched in 2028", "The first of them is due ..."), or the flow it sets going ("Shipments
are expected to begin in 2028"); a figure's future ("bilateral trade is expected to reach ...") is a forecast, and
one country's own plan is not shared between parties.
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .entities import is_bloc
from .schedules import BUILT_ALTERNATION, BUILT_WORDS

# a figure's forecast: "bilateral trade will reach", "the market is expected to grow"
_FIGURES = fastre.compile(r"\b(?:market|markets|trade|exports?|imports?|demand|supply|sales|revenues?|prices?|output|"
                      r"production|economy|economies|gdp|growth|volume|figure|figures|spending|shipments|capacity|"
                      r"value|share|turnover|consumption|emissions|industry|sector|population|number)\b"
                      r"(?!\s+(?:agreements?|deals?|pacts?|accords?|partnerships?|treat(?:y|ies)|MoUs?|talks|"
                      r"negotiations|ministers?|ministr(?:y|ies)|secretar(?:y|ies)|representatives?|officials?))",
                      re.IGNORECASE)  # ("trade agreement", "trade minister": an instrument or an office, no figure)
_ACTORS = fastre.compile(r"\b(?:they|we|both|the two|the three|the four|the sides|the parties|the countries|the nations|"
                     r"the governments|the leaders|the ministers|the ministry|the agency|the company|the firm|"
                     r"the government|officials|ministers|leaders|sides|partners|it)\b", re.IGNORECASE)
# words that tie a sentence to cooperation between parties
_TOGETHER = fastre.compile(r"\b(?:jointly|joint|together|bilateral|trilateral|cooperat\w*|co-operat\w*|collaborat\w*|"
                       r"partner\w*|counterparts?|two countries|two sides|two nations|both countries|both sides|"
                       r"the two|each other|mutual\w*)\b", re.IGNORECASE)
_DOMESTIC = fastre.compile(r"\b(?:[Nn]ational|domestic|nationwide|its own|home-grown|homegrown|subsidi[sz]\w*|at home)\b")
# what an instrument sets going: "the projects", "the programme" told right after it are its own
_JOINT_WORK = frozenset({"project", "projects", "programme", "programmes", "program", "programs", "centre", "center",
                         "hub", "facility", "laboratory", "lab", "initiative", "pilot", "pilots", "plant", "cooperation"})
_SAID_BY = fastre.compile(r",\s*(?:[\w.’'-]+\s+){1,5}(?:said|says|told\s+\w+|reported|announced|added|noted)\s*[.!]?\s*$")
_REPORT_SAYS = fastre.compile(r"\baccording\s+to\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:report|study|survey|forecast|analysis|"
                              r"estimates?|projections?|outlook|research)\b", re.IGNORECASE)


def forecast(head: str, actors: list[str], verb: str | None = None) -> bool:
    """A figure's future, not someone's promise: "bilateral trade is expected to reach ...", what a report
    foresees ("According to a report from PwC, AI is set to contribute $135 billion ... in 2030"), or what an
    instrument will bring ("The agreement is expected to increase trade")."""
    if _REPORT_SAYS.search(head) or effect_of_text(head, verb):
        return True
    words = head.split()
    tail = " ".join(words[-4:])
    if _EVERYONE.search(tail):
        return True  # "in the future everybody and everything will use 5G": what people at large will do
    return bool(_FIGURES.search(tail)) and not _ACTORS.search(tail)


# an instrument as the subject of a figure's growth: "The agreement is expected to increase trade", "The pact is set to
# double investment": what it will bring, no one's promise
_TEXT_SUBJECT = fastre.compile(r"\b(?:agreement|deal|pact|accord|treaty|partnership|FTA|CEPA|EPA|MoU|MOU|memorandum|"
                               r"framework)s?(?:\s+(?:is|are|was|were|has\s+been|have\s+been|will|would|also))*\W*$",
                               re.IGNORECASE)
_EFFECTS = frozenset({"increase", "boost", "double", "triple", "raise", "lift", "generate", "add", "grow", "reach"})


def effect_of_text(head: str, verb: str | None) -> bool:
    """Whether a clause tells what an instrument will bring to a figure (its subject the instrument, its verb one of
    growth), not what someone promises."""
    return verb in _EFFECTS and bool(_TEXT_SUBJECT.search(head.split(",")[-1].strip()))


_EVERYONE = fastre.compile(r"\b(?:everybody|everyone|everything|consumers|users|households|citizens|the\s+public)\b",
                           re.IGNORECASE)


_ASPECT = frozenset({"begin", "start", "commence"})
_GOING_ON = fastre.compile(r"\s+(?:to\b|[a-z]+ing\b|again\s+[a-z]+ing\b)")


def flow_starts(text: str, verb: str, verb_end: int) -> bool:
    """"Shipments are expected to begin in 2028": a flow the instrument sets going starts, which is no forecast of a
    figure (unlike "exports are expected to start growing")."""
    return verb in _ASPECT and not _GOING_ON.match(text, verb_end)


# "The first of them is due to be launched": one of the things just told of
_FIRST_OF = fastre.compile(r"\W*(?:The|Its|Their)\s+(?:first|second|third|next|last|initial|earliest)\s+(?:of\s+(?:them|these|"
                           r"those)|one)(?:\s*,\s*[^,]{1,60},)?(?:\s+(?:is|are|was|were))?\s*$")


# "The fab", "The first meeting of the new group": the last noun of a definite subject
_DEFINITE_SUBJECT = fastre.compile(r"\W*(?:(?:Under|Through|Via|As\s+part\s+of)\s+(?:it|them|(?:the|this|that)\s+[\w-]+)\s*,\s*"
                                   r")?(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose|[Ii]ts|[Tt]heir)\s+(?:[\w.,$€£%’'-]+\s+){0,6}?([a-z][\w-]{2,})"
                                   r"(?:\s+(?:is|are|was|were|has|have))?\s*$")


# "A communications satellite", "An initial research centre": a thing of the instrument just told, with "a"
# "farms are", "New plants are": a bare plural opening what someone tells (or the sentence), of things built
# (schedules.BUILT_WORDS), not "Ministers are expected to publish"
_BARE_PLURAL = fastre.compile(r"\W*(?:[A-Za-z][\w-]*\s+){0,2}?([A-Za-z][\w-]{2,}[^s\W]s)\s+(?:are|were|have)\s*$")
_INDEFINITE_SUBJECT = fastre.compile(r"\W*(?:A|An)\s+(?:[\w.,$€£%’'-]+\s+){0,4}?([a-z][\w-]{2,})(?:\s+(?:is|are))?\s*$")
# "X says", "the minister said that", "according to officials,": who tells what comes after
_TELLER = fastre.compile(r"\b(?:says|said|say|told\s+[\w ]{1,30}?|added|noted|stated|according\s+to\s+[^,]{1,60},)"
                         r"\s+(?:that\s+)?")


# "KJ-2", "CBERS 5", "CBERS 5, the next of them,": a name, its number, an apposition
_NAMED_SUBJECT = fastre.compile(r"\W*((?:[A-Z][\w-]*\d[\w-]*|[A-Z]{2,}[\w-]*))(?:\s+\d+[A-Za-z]?)?(?:,\s+[^,]{1,60},)?"
                                r"(?:\s+(?:is|are|was|were|has|have))?\s*$")


def _past_teller(subject: str) -> str:
    """The subject after whoever tells it ("officials said plants are" -> "plants are"), or all of it."""
    told = list(_TELLER.finditer(subject))
    return subject[told[-1].end():] if told else subject


def told_thing(doc: Document, index: int, subject: str, agreement_sentences: set[int]) -> bool:
    """"The satellite will be launched in 2028" right after "agreed to build a seventh satellite": the subject is
    a thing the instrument just told of, so the promise is the parties' own. So is "A communications satellite will
    be launched in 2027" in the sentence right after it, and "the minister says the first reactor is due to ..."."""
    rest = _past_teller(subject)  # "Egypt's energy minister says the first reactor": the thing after whoever tells it
    told, subject = rest != subject, rest
    if _FIRST_OF.match(subject):
        return bool(agreement_sentences & {index - 2, index - 1})
    named = _NAMED_SUBJECT.match(subject)
    if named and any(c.text == named.group(1) for c in doc.within("countries", index)):
        named = None  # "UAE has plans to ...": a country, no thing told of
    bare = _BARE_PLURAL.match(subject) if told or subject[:1].isupper() else None  # "officials said plants are"
    found = _DEFINITE_SUBJECT.match(subject) or named or (bare if bare and bare.group(1).lower() in BUILT_WORDS else None)
    if not found and agreement_sentences & {index - 2, index - 1}:
        found = _INDEFINITE_SUBJECT.match(subject)  # "A new plant is expected ..." right after the instrument
    if not found:
        return False  # ("CBERS-6 is expected to be launched in 2028" after "agreed to build CBERS-6": by its name)
    if found.group(1).lower() in _JOINT_WORK and agreement_sentences & set(range(index - 4, index)):
        return True  # "The projects are expected to be launched in the third quarter" right after the deal
    nouns = [found.group(1)] + ([] if found is named else [  # "The satellite development": the satellite told of
        w for w in re.findall(r"\b[a-z][\w-]{3,}", found.group(0)) if w != found.group(1) and w not in _NOT_THING])
    for word in nouns:
        noun = re.compile(rf"\b{re.escape(word.rstrip('s'))}(?:s?\b|\w*)" if len(word) <= 4 else
                          rf"\b{re.escape(word.rstrip('s'))}s?\b", re.IGNORECASE)  # ("the fab": its fabrication plant)
        if any(i in agreement_sentences and noun.search(doc.text, doc.sentences[i].start, doc.sentences[i].end)
               for i in range(max(0, index - 6), index)):
            return True
    return False


# "Construction will begin this year", "Commercial production is expected in 2027": the work on a thing built,
# as a story of the deal that set it up gives the timeline after the background (the work of one named thing only
# when it is "the" one: "Construction of a new stadium" is another matter)
_PROJECT_WORK = fastre.compile(r"\W*(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:[A-Z][a-z-]+\s+)?(?:[a-z][\w-]+\s+){0,2}?"
                               r"(?:[Cc]onstruction|[Pp]roduction|[Oo]utput|[Oo]perations|[Cc]ommissioning|[Ww]orks?|"
                               r"[Dd]rilling|[Mm]ining|[Ii]nstallation|[Dd]eliver(?:y|ies)|[Ss]hipments|[Ss]upplies)"
                               r"(?:\s+(?:on|of|at)\s+(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)?"
                               r"(?:\s+(?:is|are|will|would))?,?\s*$")
_BUILT_TOLD = fastre.compile(r"\b(?:" + BUILT_ALTERNATION + r")\b", re.IGNORECASE)


def project_work(doc: Document, index: int, subject: str, agreement_sentences: set[int]) -> bool:
    """Whether the subject is the work on a thing built ("Construction", "Full output at the site") and an instrument
    in the six sentences before told of a thing built or a project: the milestone is its parties'."""
    if not _PROJECT_WORK.match(_past_teller(subject)):  # ("the company said construction": after whoever tells it)
        return False
    return any(i in agreement_sentences and _BUILT_TOLD.search(doc.text, doc.sentences[i].start, doc.sentences[i].end)
               for i in range(max(0, index - 6), index))


_NOT_THING = frozenset({"this", "that", "these", "those", "their", "first", "second", "next", "new", "joint", "both",
                        "have", "were", "been", "will", "also", "such", "other"})


def shared(doc: Document, index: int, actors: list[str], agreement_sentences: set[int], cooperation: bool) -> bool:
    """Whether the promise is between parties of two countries: not one country's own plan."""
    sentence = doc.sentences[index]
    said = _SAID_BY.search(doc.text, sentence.start, sentence.end)  # "..., US officials said.": who told it, not who acts
    cut = said.start() if said else sentence.end
    named = {c.code for c in doc.within("countries", index) if not c.nonparty and c.start < cut}
    named |= {o.entry.country for o in doc.within("organizations", index) if o.entry.country}
    if len(named | set(actors)) >= 2 or any(is_bloc(code) and code != "EU" for code in named | set(actors)):
        return True  # two parties, or a grouping of many (the EU alone acts as one party: "The EU aims to
        # produce 10 million tonnes by 2030" is its own target)
    if index in agreement_sentences:
        return True
    if not cooperation:
        return False
    text = doc.text[sentence.start:sentence.end]
    if _TOGETHER.search(text) or doc.within("instruments", index) and doc.agreements:
        return True  # (an instrument word where the story told an instrument: "a 6G fund" of one side alone is not)
    # "Canberra will commit A$20 million to three lithium projects": money from a party of the article's instrument
    parties = {c for a in doc.agreements for c in a.countries}
    return bool(set(actors) & parties) and bool(doc.within("money", index)) \
        and not _DOMESTIC.search(text)


_SAID_THAT = fastre.compile(r"\b(?:said|says|say|announced|stated|told\s+[\w ]{1,30}?|added|noted|confirmed)\s+(?:that\s+)?",
                            re.IGNORECASE)


_PROMISE_BY = re.compile(r"(?:commitments?|pledges?|promises?|undertakings?)\s+(?:by|from)\s", re.IGNORECASE)


def who_acts(doc: Document, index: int, item) -> list[str]:
    """Who is to act: the countries (or their organisations) in the clause before the frame, else the
    parties of the instrument the sentence reports, else the document's main parties.
    ``item.explicit`` says whether the clause named them."""
    codes: list[str] = []
    said = [m.end() for m in _SAID_THAT.finditer(doc.text, item.subject_start, item.start)]
    floor = said[-1] if said else item.subject_start  # "The White House said the three countries would": not the teller
    upto = item.start
    if _PROMISE_BY.match(doc.text, item.start):  # "a pledge from the UAE to build": who promised, after the noun
        upto = max(upto, doc.text.rfind(" to ", item.start, item.verb_end))
    for country in doc.within("countries", index):
        if floor <= country.start < upto and not country.locative and not country.nonparty:
            if country.code not in codes:
                codes.append(country.code)
    for org in doc.within("organizations", index):
        if floor <= org.start < upto and org.entry.country and org.entry.country not in codes:
            if org.entry.type not in ("media", "research_firm"):
                codes.append(org.entry.country)
    for person in doc.within("people", index):
        if floor <= person.start < upto and person.country and person.country not in codes:
            codes.append(person.country)
    item.explicit = bool(codes)
    if codes:
        return sorted(set(codes) | _signed_with(doc, index, item))
    for back in range(3):  # the instrument the sentence reports, else the one told just before ("They will ...")
        if index - back < 0:
            break
        sentence = doc.sentences[index - back]
        for agreement in doc.agreements:
            if any(sentence.start <= e.start < sentence.end for e in agreement.evidence[:8]):
                return sorted(agreement.countries)
    return sorted(doc.focus[:2])


_SIGNING = frozenset({"sign", "conclude", "ink", "seal", "finalise", "finalize"})
_WITH_PARTNER = fastre.compile(r"\s+(?:[\w’'-]+\s+){1,6}?with\s+(?:the\s+)?")


def _signed_with(doc: Document, index: int, item) -> set[str]:
    """The country an instrument is to be signed with: "is set to sign a nuclear agreement with the Slovakian
    government by January" (the other party of the promise)."""
    if item.verb not in _SIGNING:
        return set()
    found = _WITH_PARTNER.match(doc.text, item.verb_end)
    return {c.code for c in doc.within("countries", index) if found and found.end() <= c.start <= found.end() + 12
            and not c.locative and not c.nonparty} if found else set()
