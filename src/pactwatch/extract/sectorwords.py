"""Sector words that do not tell what an instrument covers, though they stand in its sentence.

News tells the fields of a deal beside three other kinds of field words:
- the background it is told against: "The deal comes amid a race for chips and batteries", "..., which came as
  both sides sought secure supplies of minerals": everything after the cue is the setting, not the content (unless
  the setting tells an instrument of its own: "comes after the two signed a hydrogen pact last month");
- what a covered field serves: "critical minerals essential for the energy transition", "the importance of
  semiconductors for ... digital technologies": once a field is named, what it is needed for is not covered too
  (with no field before the cue, the words after it are the only ones told and stay);
- the general words of cooperation ("joint research", "technology cooperation") beside the fields they name;
- the portfolio of whoever signs, written in lower case: "India's minister of electronics and information
  technology", "the secretary of state for science, innovation and technology" (capitalised titles and named
  ministries are handled where sector words are found, in ``entities.py``).

And it tells which instrument of a passage a field belongs to: instruments told in groups by field
(``fields_by_group``), as like one just told (``fields_alike``), referred back to by a later sentence
(``covered_later``), or named as what a new one builds on (``fields_built_on``).
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document, TermMention
from .instruments import Record, topics_of
from .sameness import SUBJECT
from .layout import is_bullet
from .sectorscope import fields_of_the_cooperation

# the setting a deal is told against: "comes amid", "came as", "coming after", "comes at a time when", bare "amid"
_BACKGROUND = fastre.scanner(r"\b(?:(?:comes?|came|coming)\s+(?:amid|as|after|against|following|on\s+the\s+heels\s+of|"
                             r"in\s+the\s+wake\s+of|at\s+a\s+time\s+(?:when|of))|amid(?:st)?)\b", re.IGNORECASE)
# what the parties are after, told in a clause of its own: "launched a digital partnership, as both look to secure
# chip supplies", "..., as Tokyo seeks steadier battery supplies": the setting, once the instrument named its own field
_STRIVING = fastre.compile(r",\s+as\s+(?:[\w’'-]+\s+){1,4}?(?:looks?|looked|looking|seeks?|sought|seeking|races?|raced|"
                           r"racing|wants?|wanted|tries|tried|trying|strives?|strove|striving|scrambles?|scrambled|"
                           r"pushes|pushed|pushing|moves?|moved|moving|bids?|aims?|aimed|aiming)\b", re.IGNORECASE)
# what a named field is needed for or goes into: "essential for", "vital to", "the importance of chips for", "used
# in", "which go into"
_PURPOSE = fastre.scanner(r"\b(?:(?:essential|necessary|needed|required|vital|crucial|indispensable)\s+(?:for|to|in)|"
                          r"used\s+(?:for|in)|(?:which|that)\s+(?:go|goes|went)\s+into|(?:which|that)\s+(?:make|makes)\s+up|"
                          r"importance\s+of\s+[^.;:]{1,80}?(?P<serves>\s+(?:for|to)))\s", re.IGNORECASE)
# what cyber work guards, told as the object of protecting it: "protect critical digital infrastructure", "safeguarding
# the country's telecom networks", "help secure national data systems" (a field word then names the systems guarded;
# not "secure cloud services", a field told with its adjective)
_GUARDED = fastre.compile(r"\b(?:protect|protects|protecting|protection\s+of|(?:to|help|helps|helping|and|will|would|can)\s+secure|securing|security\s+of|"
                          r"safeguard|safeguards|safeguarding|defend|defends|defending|defen[cs]e\s+of)\s+(?:the\s+|its\s+|"
                          r"their\s+|our\s+)?(?:[\w’']+['’]s\s+)?(?:(?:critical|national|vital|key|essential|public|government)"
                          r"\s+){0,2}$", re.IGNORECASE)
_SYSTEMS = fastre.compile(r"(?:\s+[\w-]+)?\s+(?:infrastructures?|networks?|systems?|assets|services)\b", re.IGNORECASE)
# a lower-case portfolio right after a minister's title: "minister of electronics and ", "secretary of state for "
_TITLE_LOWER = fastre.compile(r"\b(?:ministers?|ministry|secretary(?:\s+of\s+state)?|department)\s+(?:of|for)\s+"
                              r"(?:[a-z][\w-]*(?:,\s+and|,|\s+and|\s+&)\s+){0,3}$", re.IGNORECASE)
TITLE_LOWER_WORDS = ("minist", "secretar", "department")  # one of them is in every match (tests/extract/test_word_gates.py)
# the head a portfolio or a law's subject comes before: "Science and ICT Minister", "the CHIPS and Science Act", "the
# science ministry" (capitalised words may run up to it; lower-case ones only through "and" with one more field)
_TITLE_AFTER = fastre.compile(r"(?:(?:,?\s+(?:and|&)|,)?\s+[A-Z][\w-]*){0,4}?\s+(?:Minister|Ministers|Ministry|Secretary|"
                              r"Department|Act|Law|Bill)\b")
_TITLE_AFTER_LOWER = fastre.compile(r"(?:\s+(?:and|&)\s+(?!(?:the|a|an|his|her|its|their|our)\b)[\w-]+)?\s+(?:ministers?|"
                                    r"ministry|ministries)\b")
# ... unless the title's words go on into a body's name: "the Science and Technology Ministers Steering Committee"
_BODY_AFTER = fastre.compile(r"(?:\s+[A-Z][\w-]*){0,2}?\s+(?:Committee|Meeting|Dialogue|Forum|Council|Conference|Commission|"
                             r"Summit|Roundtable|Round\s+Table|Working\s+Group)\b")
# a portfolio told after a minister's name, between commas or in brackets: "ministers Ana Ruiz, Foreign Affairs, and
# Pedro Lima, Science and Technology, ...", "two ministers, Maria Costa (Digital Economy) and ..."
_NAME_BEFORE = fastre.compile(r"\b[Mm]inisters?\b[^.;]{0,120}?[A-Z][\w.'’-]+\s+[A-Z][\w.'’-]+\s*(?:,|\()\s*$")
_PORTFOLIO_ENDS = fastre.compile(r"(?:,?\s+(?:and|&)\s+[A-Z][\w-]*|\s+[A-Z][\w-]*)*\s*(?:,|\))")
# a government agency's portfolio: "the Agency for Innovation and Digital Technologies"
_AGENCY_BEFORE = fastre.compile(r"\b(?:Agency|Authority)\s+(?:of|for|on)\s+(?:(?:and|&|of|for|the|[A-Z][\w-]*),?\s+)*$")
# making as one step of a field just named ("chip design, manufacturing and talent"), not manufacturing at large
_STEP_BEFORE = fastre.compile(r",?\s+(?:(?:covering|including|spanning|from)\s+)?(?:[a-z][\w-]*,\s+){1,2}")  # "chip design, "
# the occasion it was made at: "on the occasion of a science and technology meeting", "at the Space Forum", "during
# a meeting held in Oslo on 3 May, on science and technology"
_OCCASION = fastre.compile(r"\b(?:on\s+the\s+occasion\s+of|on\s+the\s+(?:side-?lines|margins)\s+of|at|during|ahead\s+of)\s+"
                           r"(?:a|an|the)\s+(?:[\w.&-]+\s+){0,6}?(?:meeting|conference|forum|summit|symposium|expo|"
                           r"exhibition|fair|congress|session|gathering|week)s?\b(?:(?:\s+(?:held|hosted|convened|organi[sz]ed)\s+"
                           r"[^.;,]{1,30}(?:,\s*\d{4})?,?)?\s+(?:on|of|for)\s+[^,.;]{1,60})?",
                           re.IGNORECASE)
OCCASION_WORDS = ("meeting", "conference", "forum", "summit", "symposium", "expo", "exhibition", "fair", "congress",
                  "session", "gathering", "week")  # one of them is in every match (tests/extract/test_word_gates.py)
# fields said not to be covered: "does not cover AI", "will not extend to", "excluding", "except"; up to where the
# clause turns ("; ", ", but", ", while") or the sentence ends
_NOT_COVERED = fastre.compile(r"\b(?:(?:(?:does|do|did|will|would|shall|is|are)\s+not|doesn['’]t|don['’]t|won['’]t|isn['’]t|"
                              r"aren['’]t)\s+(?:\w+\s+)?(?:cover|include|facilitate|extend\s+to|apply\s+to|involve|concern|"
                              r"address)|exclud(?:es|ing|ed)|except(?:\s+for)?)\b", re.IGNORECASE)
NOT_COVERED_WORDS = ("not", "n't", "n’t", "exclud", "except")  # one of them is in every match (as above)
_CLAUSE_TURNS = fastre.compile(r";|,\s+(?:but|while|whereas|and\s+(?:it|they|the)\b)", re.IGNORECASE)
# a field's own compound name ends in "science": "quantum information science", "AI science" (not "quantum and science")
_COMPOUND_GAP = fastre.compile(r"(?:\s+(?!(?:and|or|for|of|in|on|to|with|as|the|a|an)\b)[A-Za-z][\w-]*)?\s+$",
                               re.IGNORECASE)


# the general field told by name ("science and technology", "sci-tech", "S&T"); the other words of `science` ("joint
# research", "technology cooperation", "emerging technologies") tell how or how broadly two work together, and give way
# to the fields their sentence names: "joint research in fields such as chips and batteries" covers those fields
_SCIENCE_ITSELF = fastre.compile(r"scien|sci-|s&t", re.IGNORECASE)
# the general field told over specific ones that follow: "science and technology fields such as AI", "in scientific
# and technological areas, including chips" (not "science cooperation, including AI": a field of its own beside them)
_OVER_FIELDS = fastre.compile(r"\s+(?:areas?|fields?|sectors?|domains?)\s*,?\s+(?:including|such\s+as|like|namely|notably|"
                              r"especially|particularly|in\s+particular)\b", re.IGNORECASE)
# how broadly two work together ("emerging technologies", "high-tech"): beside fields an instrument names anywhere in
# its sentences, no field of its own ("technology cooperation" stays: general science and technology cooperation)
_HOW_BROADLY = fastre.compile(r"emerging|high[- ]tech", re.IGNORECASE)
# a deal of its own told in the setting: "comes after the two signed a hydrogen pact", "came as Chile inked a deal"
_SIGNED = fastre.compile(r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|agreed|conclud(?:es|ed|ing)|struck|strikes|"
                         r"launch(?:es|ed|ing)?|adopt(?:s|ed|ing)?)\b", re.IGNORECASE)


def _tells_a_deal(doc: Document, start: int, end: int) -> bool:
    signed = _SIGNED.search(doc.text, start, end)
    return bool(signed) and any(signed.end() <= i.start < end for i in doc.instruments)


def _may_hold(doc: Document, held: set[int] | None, words: tuple[str, ...] | None, index: int) -> bool:
    """Whether sentence ``index`` holds one of ``words`` whole (True when that cannot be told: no gate)."""
    if held is not None:
        return index in held
    if not words:
        return True
    sentence = doc.sentences[index]
    return doc.holds(words, sentence.start, sentence.end)


# every match of each of these scanners begins with one of its words (fastre.prefixes: it reads the text only where
# one starts), and the match lies in the stretch searched: so a sentence that holds none of them whole has no match
_BACKGROUND_WORDS = tuple(_BACKGROUND.words) if getattr(_BACKGROUND, "words", None) else None
_PURPOSE_WORDS = tuple(_PURPOSE.words) if getattr(_PURPOSE, "words", None) else None


def aside(doc: Document, terms: list[TermMention]) -> set[int]:
    """Starts of the sector words in ``terms`` (in text order) that tell no field an instrument covers."""
    text = doc.text
    out: set[int] = set()
    by_sentence: dict[int, list[TermMention]] = {}
    for term in terms:
        index = doc.sentence_index(term.start)
        if index is not None:
            by_sentence.setdefault(index, []).append(term)
    if not by_sentence:
        return out
    backgrounds = doc.sentences_holding(_BACKGROUND_WORDS)
    purposes = doc.sentences_holding(_PURPOSE_WORDS)
    negations = doc.sentences_holding(NOT_COVERED_WORDS)
    titles = doc.sentences_holding(TITLE_LOWER_WORDS)
    occasion_held = doc.sentences_holding(OCCASION_WORDS)
    for index, told in by_sentence.items():
        sentence = doc.sentences[index]
        background = doc.search(_BACKGROUND, sentence.start, sentence.end) if _may_hold(  # (the words they begin
            doc, backgrounds, _BACKGROUND_WORDS, index) else None  # with: found once)
        if background and background.start() > sentence.start and not _tells_a_deal(doc, background.end(), sentence.end):
            out.update(t.start for t in told if t.start >= background.start())
        striving = _STRIVING.search(text, sentence.start, sentence.end) if text.find(
            ", as ", sentence.start, sentence.end) >= 0 else None
        if striving and any(t.start < striving.start() for t in told) and not _tells_a_deal(doc, striving.end(),
                                                                                          sentence.end):
            out.update(t.start for t in told if t.start >= striving.start())
        for purpose in doc.finditer(_PURPOSE, sentence.start, sentence.end) if _may_hold(
                doc, purposes, _PURPOSE_WORDS, index) else ():
            named = purpose.start("serves") if purpose.group("serves") else purpose.start()  # "importance of chips for"
            if any(t.start < named for t in told):  # a field named first: what follows is what it serves
                end = text.find(";", purpose.end(), sentence.end)
                out.update(t.start for t in told if purpose.end() <= t.start < (end if end >= 0 else sentence.end))
                break
        occasions: list = []  # (the sentence's occasions, read once when a word asks)
        out.update(t.start for t in told if _named_not_covered(doc, t, told, index, occasions, occasion_held))
        if any(t.term.value == "cybersecurity" for t in told):  # the systems cyber work guards
            out.update(t.start for t in told if t.term.value != "cybersecurity" and _SYSTEMS.match(text, t.end)
                       and _GUARDED.search(text, max(sentence.start, t.start - 80), t.start))
        for negated in (doc.finditer(_NOT_COVERED, sentence.start, sentence.end)  # "does not cover AI"
                        if _may_hold(doc, negations, NOT_COVERED_WORDS, index) else ()):
            turn = _CLAUSE_TURNS.search(text, negated.end(), sentence.end)
            out.update(t.start for t in told if negated.end() <= t.start < (turn.start() if turn else sentence.end))
        for term in told if _may_hold(doc, titles, TITLE_LOWER_WORDS, index) else ():  # (a title's word
            # in the sentence, or no title)
            if term.text[:1].islower() and _TITLE_LOWER.search(text, max(sentence.start, term.start - 90), term.start):
                out.add(term.start)
        if any(t.term.value != "science" and t.start not in out for t in told):  # a field of its own named
            out.update(t.start for t in told if t.term.value == "science" and (
                not _SCIENCE_ITSELF.search(t.text) or _OVER_FIELDS.match(text, t.end)  # "S&T fields such as chips"
                and any(o.start > t.end and o.term.value != "science" for o in told)))
    return out


def _named_not_covered(doc: Document, term: TermMention, told: list[TermMention], index: int,
                       occasions: list, occasion_held: set[int] | None = None) -> bool:
    """A field word that names a portfolio or a law ("Science and ICT Minister", "the CHIPS and Science Act", a
    minister's "Pedro Lima, Science and Technology,", an agency's), making as a step of a field just named ("chip
    design, manufacturing"),
    the occasion ("at a science and technology meeting": its science, or any field when the sentence names another
    outside it), or ends in a field's compound name ("quantum information science")."""
    text, end = doc.text, term.end
    title = _TITLE_AFTER.match(text, end) if term.text[:1].isupper() else _TITLE_AFTER_LOWER.match(text, end)
    if title and not _BODY_AFTER.match(text, title.end()):
        return True
    if term.text[:1].isupper() and _PORTFOLIO_ENDS.match(text, end) and _NAME_BEFORE.search(
            text, max(doc.sentences[index].start, term.start - 160), term.start):
        return True  # "Pedro Lima, Science and Technology,"
    if term.text[:1].isupper() and _AGENCY_BEFORE.search(text, max(0, term.start - 90), term.start):
        return True
    if term.text.lower() == "manufacturing" and any(
            _STEP_BEFORE.fullmatch(text, t.end, term.start) for t in told if t.end <= term.start):
        return True  # "chip design, manufacturing"
    science = term.term.value == "science"
    if science and any(t.term.value != "science" and 0 <= term.start - t.end <= 16
                       and _COMPOUND_GAP.match(text[t.end:term.start]) for t in told):
        return True
    if not occasions:
        sentence = doc.sentences[index]
        if _may_hold(doc, occasion_held, OCCASION_WORDS, index):  # (none of its words: no occasion)
            occasions.extend(doc.finditer(_OCCASION, sentence.start, sentence.end) or ())
        occasions.append(None)  # (read: none may follow)
    for occasion in occasions[:-1]:
        if occasion.start() <= term.start < occasion.end() and not any(
                occasion.start() <= i.start < occasion.end() for i in doc.instruments):
            return science or any(not occasion.start() <= t.start < occasion.end() for t in told)
    return False


# where a sentence passes from one group of instruments to another: "..., as well as digital deals such as ...", "; "
_NEXT_GROUP = fastre.compile(r",?\s+as\s+well\s+as\s+|;\s+", re.IGNORECASE)


def fields_by_group(doc: Document, records: list) -> None:
    """"a series of science deals, which include partnerships with Israel and India, as well as digital deals such as
    the UK-Japan Digital Partnership": a sentence that tells instruments in groups, each group with its own fields,
    gives each instrument the fields of its group. An instrument is placed by its name, or else by the last partner
    of its own (not the side all of them share) named in the sentence; only when every group with fields holds one (no guessing)."""
    starting: dict[int, list] = {}
    for record in records:
        starting.setdefault(record.sentences[0], []).append(record)
    text = doc.text
    for index, told in starting.items():
        if len(told) < 2:
            continue
        sentence = doc.sentences[index]
        cuts = [m for m in _NEXT_GROUP.finditer(text, sentence.start, sentence.end)]
        if not cuts:
            continue
        bounds = [sentence.start] + [m.end() for m in cuts] + [sentence.end]
        parts = list(zip(bounds, bounds[1:]))
        fields = [{t.term.value for t in doc.sectors if start <= t.start < end} for start, end in parts]
        if sum(1 for f in fields if f) < 2:
            continue
        placed = {}
        shared = set.intersection(*(set(r.countries) for r in told))  # the side every one of them has
        for record in told:
            at = text.find(record.name, sentence.start, sentence.end) if record.name else -1
            if at < 0:
                at = max((c.start for c in doc.within("countries", index) if c.code in record.countries
                          and c.code not in shared), default=-1)
            if at >= 0:
                placed[id(record)] = next(i for i, (start, end) in enumerate(parts) if at < end)
        if not all(not f or i in placed.values() for i, f in enumerate(fields)):
            continue
        for record in told:
            part = placed.get(id(record))
            if part is not None and fields[part]:
                record.topics, record.own_fields = set(fields[part]), True


# an instrument told as like one before it: "similar agreements", "such pacts", "comparable deals"
_ALIKE = fastre.compile(r"\b(?:similar|such|comparable|equivalent|parallel)\s+(?:[\w-]+\s+){0,2}?(?:deals?|agreements?|"
                        r"pacts?|accords?|partnerships?|memorand\w*|MoUs?|MOUs?|arrangements?|treaties|frameworks?)\b",
                        re.IGNORECASE)


def fields_alike(doc: Document, records: list) -> None:
    """"The EU signed a raw materials partnership with Chile. It signed similar agreements with Canada and Ukraine in
    2021": instruments told as like one just told, with no field of their own, cover the fields of that one (the
    nearest before them that has fields)."""
    for record in records:
        index = record.sentences[0]
        sentence = doc.sentences[index]
        if topics_of(doc, index) or not _ALIKE.search(doc.text, sentence.start, sentence.end):
            continue
        before = [r for r in records if r.sentences[0] < index]
        if not before:
            continue
        like = max(before, key=lambda r: max(i for i in r.sentences + r.covered if i < index))  # told last before
        fields = set(like.topics) if like.own_fields else set().union(
            *(topics_of(doc, i) for i in like.sentences[:3] + like.covered))
        if fields and index - max(i for i in like.sentences + like.covered if i < index) <= 3:
            record.alike = fields


# a later sentence that refers back to it and says what it covers: "In this dialogue, the two discussed cooperation in
# fields such as ...", "Under the memorandum, the agencies will work together on ..."
_REFERS_BACK = fastre.compile(r"\W*(?:In|Under|Through|Within|As\s+part\s+of)\s+(?:this|the|that|its)\s+(?:[\w-]+\s+){0,3}?"
                              r"(?P<noun>dialogue|agreement|memorandum|MoU|deal|pact|accord|partnership|framework|initiative|"
                              r"arrangement|declaration|statement|plan|roadmap|programme|program)\b\s*,", re.IGNORECASE)


def covered_later(doc: Document, records: list) -> None:
    """A later sentence that refers back to an instrument by its noun and says what it covers ("In this dialogue, the
    two discussed cooperation in fields such as chips and batteries") tells its fields, beyond its first three
    sentences too; it is its evidence. Only when one instrument told before has that noun (its kind or name)."""
    for index, sentence in enumerate(doc.sentences):
        back = _REFERS_BACK.match(doc.text, sentence.start)
        if not back or not topics_of(doc, index) or not _COVERS.search(doc.text, back.end(), sentence.end):
            continue
        noun = back.group("noun").lower()
        noun = {"memorandum": "mou", "deal": "agreement", "pact": "agreement", "accord": "agreement",
                "program": "programme"}.get(noun, noun)
        before = [r for r in records if min(r.sentences) < index and index not in r.sentences[:3] + r.covered
                  and (noun in r.kind or noun in (r.name or "").lower())]
        if len(before) == 1:
            before[0].covered.append(index)
    fields_of_the_cooperation(doc, records)  # "the scope of the cooperation extends to ...", "the two sides will ..."


def science_gives_way(doc: Document, record, indices: list[int], sectors: dict[str, None]) -> None:
    """An instrument with fields of its own is not also general science for a general word of its name ("the
    Emerging Technologies Dialogue" that covers chips and batteries): the name tells its family, the fields what it
    covers. Science told by name ("Science and Technology Agreement") or anywhere outside its name stays. Nor is one
    whose only science words tell how broadly the two work together ("it focuses on emerging technologies")."""
    if "science" not in sectors or len(sectors) < 2:
        return
    told = [t for i in indices for t in doc.within("sectors", i) if t.term.value == "science"]
    if told and all(_HOW_BROADLY.search(t.text) for t in told):  # only "emerging technologies" and the like: how broadly
        del sectors["science"]
        return
    if not record.name:
        return
    name = record.name.lower()
    head = name.split()[-1]
    if told and all(not _SCIENCE_ITSELF.search(t.text) and t.text.lower() in name and re.match(
            r"(?:\s+[A-Z][\w-]*){0,4}?\s+" + re.escape(head) + r"\b", doc.text[t.end:t.end + 60], re.IGNORECASE)
            for t in told):  # each inside a writing of its name: the name's words up to its head noun
        del sectors["science"]


# the two countries' relationship itself: "their comprehensive strategic partnership", "the strategic partnership
# relationship"; a field may be its own ("a strategic partnership on chips")
_RELATIONSHIP = fastre.compile(r"\b(?:(?:comprehensive|special|global|enhanced|privileged|all-round|extended)\s+)*"
                               r"strategic\s+partnership(?:\s+relationship)?\b(?:\s+(?:on|in|for)\s+[^,.;]*)?",
                               re.IGNORECASE)


def relationship_fields(doc: Document, record) -> set[str] | None:
    """The fields of a partnership in place that is the two countries' relationship itself ("in line with their
    comprehensive strategic partnership"): those of its own words only, not the news told in its sentence. None when
    the record is not such a relationship."""
    if record.kind != "partnership" or record.status != "existing" or record.own_fields or \
            record.name and "strategic partnership" not in record.name.lower():
        return None
    index = record.sentences[0]
    sentence = doc.sentences[index]
    told = _RELATIONSHIP.search(doc.text, sentence.start, sentence.end)
    if told is None:
        return None
    return {t.term.value for t in doc.within("sectors", index) if told.start() <= t.start < told.end()}


# what an instrument builds on: "It builds on four memoranda signed in 2022, and covers ...", "builds on cooperation
# under initiatives like X, while also supporting ..."; the object runs to a clause that goes back to the subject
_BUILDS_ON = fastre.compile(r"\b(?:builds?|built|building)\s+(?:up)?on\b", re.IGNORECASE)
_BACK_TO_SUBJECT = fastre.compile(r",\s+(?:and|while|whereas|but)\s+(?!(?:also\s+)?(?:on|upon)\b)", re.IGNORECASE)


def fields_built_on(doc: Document, records: list) -> None:
    """An instrument in place that a new one builds on covers only the fields told with it, after "builds on" ("the
    India-Japan Digital Partnership launched in 2018, which covered electronics"), not the new one's ("It builds on
    four memoranda signed in 2022, and covers energy and digital")."""
    for record in records:
        if record.status != "existing" or record.own_fields:
            continue
        sentence = doc.sentences[record.sentences[0]]
        built = _BUILDS_ON.search(doc.text, sentence.start, sentence.end)
        if not built or (record.name and doc.text.find(record.name, sentence.start, built.start()) >= 0):
            continue  # (not the one that builds: it is named before the verb)
        back = _BACK_TO_SUBJECT.search(doc.text, built.end(), sentence.end)
        end = back.start() if back else sentence.end
        record.topics = {t.term.value for t in doc.sectors if built.end() <= t.start < end}
        record.own_fields = True


def claim_older_fields(doc: Document, record, mention, opens: int) -> None:
    """An older instrument told beside a new one in its sentence ("inked a lithium accord on Friday under their
    2019 space agreement") covers the fields told in its own noun phrase (from ``opens`` characters before the
    mention to the end of what it is about: "their 2019 space agreement", "a 2015 memorandum on AI"), and those
    fields are not the new one's unless the sentence names them outside the phrase too."""
    start, index = mention.start - opens, mention.sentence
    about = SUBJECT.match(doc.text, mention.end)
    end = about.end() if about else mention.end
    terms = [t for t in doc.sectors if doc.sentence_index(t.start) == index]
    own = {t.term.value for t in terms if start <= t.start < end}
    outside = {t.term.value for t in terms if not start <= t.start < end}
    if own:  # (one whose phrase names no field keeps its sentence's)
        record.topics, record.own_fields = own, True
    doc.cache.setdefault("claimed_fields", {}).setdefault(index, set()).update(own - outside)


# a sentence that goes on about the instrument just told: "It will ...", "This cooperation ...", "The specific
# areas of cooperation are ...", "Five priority areas are named, and they include ...", "The two sides will work together in five areas: ...", and says what it covers
_GOES_ON = fastre.compile(r"\W*(?:It|They|This|These|Its|Their|The\s+(?:[\w-]+\s+){0,2}?(?:areas?|fields?|sectors?|"
                          r"scope|focus|cooperation|collaboration|co-operation|work|projects?|priorities)|Areas|Fields|"
                          r"(?:Key|Main|Core|Priority|Major|Specific|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d+)\s+"
                          r"(?:[\w-]+\s+)?(?:areas|fields|sectors|priorities|pillars)|"
                          r"Sectors|Priority areas|(?:The|Both)\s+(?:(?:two|three|four|five|six|\d+)\s+)?(?:sides|countries|nations|governments|"
                          r"leaders|partners|ministries|agencies))\b")
# ... told by a speaker: "Minister X said the cooperation will include ...", "The minister added that the
# collaboration covers ..."
_SAID_GOES_ON = fastre.compile(r"\W*[A-Z][\w.’'-]*\s+(?:[\w.’'-]+\s+){0,3}?(?:said|says|added|noted|explained|stressed)"
                               r"(?:\s+that)?\s+"
                               r"(?:it|they|this|both\s+(?:sides|countries)|the\s+(?:two\s+(?:sides|countries)|(?:[\w-]+\s+){0,2}?"
                               r"(?:cooperation|collaboration|co-operation|areas?|fields?|scope|focus)))\b")
_COVERS = fastre.compile(r"\b(?:cover(?:s|ing)?|encompass(?:es|ing)?|spans?|spanning|includ(?:es?|ing)|focus(?:es|ing)? on|"
                         r"areas?\s+(?:of|for)\s+(?:cooperation|collaboration|co-operation)|fields?\s+(?:of|for)\s+"
                         r"(?:cooperation|collaboration)|(?:areas?|fields?|sectors?)\s+(?:such as|like|including)|"
                         r"work(?:ing)?\s+together\s+(?:on|in)|cooperat\w*\s+(?:on|in))\b", re.IGNORECASE)


def covered_in(doc: Document, records: list[Record]) -> None:
    """Sentences right after an instrument that tell what it covers ("It will set out how the two work together
    on telecoms, critical minerals and AI") join it: their sectors are its own, and they are its evidence."""
    told: dict[int, list[Record]] = {}
    for record in records:
        for index in record.sentences:
            told.setdefault(index, []).append(record)
    for index in range(1, len(doc.sentences)):
        if index in told or not topics_of(doc, index) or doc.within("instruments", index):
            continue
        sentence = doc.sentences[index]
        if not ((_GOES_ON.match(doc.text, sentence.start) or _SAID_GOES_ON.match(doc.text, sentence.start))
                and _COVERS.search(doc.text, sentence.start, sentence.end)):
            continue
        previous = index - 1  # back over sentences that go on about it too ("It also emphasizes ...")
        while previous not in told and previous > index - 3 and not doc.within("instruments", previous) and \
                _GOES_ON.match(doc.text, doc.sentences[previous].start):
            previous -= 1
        before = told.get(previous, [])
        before = [r for r in before if min(r.sentences) < previous] or before  # several: the one it goes on about
        if len(before) == 1:  # not when nothing was just told, or several were: no telling which one
            before[0].covered.append(index)
            told[index] = before
    _listed_after_a_colon(doc, records)


def _listed_after_a_colon(doc: Document, records: list[Record]) -> None:
    """Lines listed after a sentence of one instrument that ends in a colon ("The memorandum sets out the main areas
    of cooperation:", "It covers the following fields:") tell what it covers, each item with its fields, up to the
    first line that is no item (or an item that tells an instrument of its own)."""
    owners: dict[int, list[Record]] = {}
    for record in records:
        for index in (*record.sentences, *record.covered):
            owners.setdefault(index, []).append(record)
    for index, sentence in enumerate(doc.sentences[:-1]):
        if doc.text[sentence.end - 1:sentence.end] != ":":
            continue
        if index not in owners and len(owners.get(index - 1, ())) == 1 and _GOES_ON.match(doc.text, sentence.start):
            owners[index] = owners[index - 1]  # "... signed an agreement. It covers the following fields:"
            owners[index][0].covered.append(index)
        if len(owners.get(index, ())) != 1:
            continue
        record = owners[index][0]
        item = index + 1
        while item < len(doc.sentences) and item not in owners and (is_bullet(doc, item) or item > index + 1 and "\n" not in
                                                                       doc.text[doc.sentences[item - 1].end:doc.sentences[item].start]):
            record.covered.append(item)  # (a second sentence of an item's line goes with it)
            item += 1
