"""Instrument words in a sentence read as mentions, and the records mentions are joined into.

A *mention* is one instrument word (``data/instruments.tsv``) with its proper name if it has one ("UK-Republic
of Korea Accord", "Framework for Semiconductor Cooperation"), whether it is strong (an MOU is always an
instrument) and its head word. A *record* is one instrument of the article, built from its mentions.
Helpers here read the shape of the text around a mention (headings and list items, quoted speech: ``layout``),
quantities and the sector words of a sentence; whether two mentions may tell one instrument (their words and what
they are about) is ``sameness``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import fastre
from ..model import Money
from .doc import Document, TermMention
from .consensus import consensus
from .instnames import (ACRONYM_THEN, BRANCH_OF, CALLED_NAME, DETERMINERS, GENERIC_NAMES, PRAISE, TITLE_CASE_STOPS, TRADE_NAME,
                        name_key, quoted_name_before)
from .layout import BULLET
from .lexicon import BLOCS, Lexicons, read_table


_NAME_WORD = fastre.compile(r"(?:[A-Z][\w&’'.-]*|\d[\w.]*|[&])$")
_HEAD_OF_NAME = fastre.compile(r"^\s+(?:on|for|of)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w&-]*\s+)*$")
_QUOTES_AND_SPACE = " \t\n‘“\"'"


def folded(doc: Document) -> str:
    """The document's text folded once (``fastre.fold``, offsets kept): a stretch of it holds the same ASCII words as
    that stretch folded on its own, so the word gates read slices of it (the scanners keep it under this key too)."""
    low = doc.cache.get("folded")
    return low if low is not None else doc.cache.setdefault("folded", fastre.fold(doc.text))


# read in the text reversed: spaces and opening quotes, then a word (letters, digits (as str.isalnum), "&’'.-_")
_WORD_BACK = re.compile("[" + re.escape(_QUOTES_AND_SPACE) + r"]*([\w&’'.\-]*)")


def _word_before(doc: Document, floor: int, pos: int) -> tuple[int, str] | None:
    """The word that ends just before ``pos`` (skipping spaces and opening quotes), not before ``floor``."""
    size = len(doc.text)
    back = _WORD_BACK.match(doc.backwards(), size - pos, size - floor)
    start, end = size - back.end(1), size - back.start(1)
    return (start, doc.text[start:end]) if start < end else None


_CALENDAR = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                      "July August September October November December".split())
_DATED = re.compile(r"\s+(?:(?:on|in|of|for)\s+(?:the\s+)?)?(?:" + "|".join(_CALENDAR) + r")\b")  # (also "... December 19")


@dataclass
class Record:
    kind: str
    status: str
    sentences: list[int]
    countries: list[str]
    name: str | None = None
    names: set[str] = field(default_factory=set)
    quantity: int | None = 1
    organizations: list[str] = field(default_factory=list)
    amounts: list[Money] = field(default_factory=list)
    date: str | None = None
    rule: str = ""
    topics: set[str] = field(default_factory=set)
    subject: set[str] = field(default_factory=set)  # what it is about, as written: "on security and development of X"
    told: bool = False  # its status was told by a word of the text, not taken by default
    words: list[frozenset[str]] = field(default_factory=list)  # the distinctive words of each of its names
    covered: list[int] = field(default_factory=list)  # sentences after it that tell what it covers
    parted: bool = False  # a total whose described ones were counted off it (what is left is the rest)
    own_item: bool = False  # one item of a list set apart by semicolons: its first sentence's fields are its item's
    own_fields: bool = False  # one of a total told with its own fields ("12 agreements, including one on AI"): its
    # sectors are its topics alone
    alike: set[str] = field(default_factory=set)  # "similar deals with A and B": the fields of the one it is like
    described: frozenset[str] = frozenset()  # the words that described it unnamed ("a clean energy research fund")


@dataclass
class Mention:
    sentence: int
    start: int
    end: int
    kind: str
    strong: bool
    name: str | None
    head: str
    founded: bool = False  # founded by the instrument before it in its sentence ("an MoU to establish a centre")


_FACILITY_WORDS = frozenset(row[0] for row in read_table("facility_words.tsv"))
_SOURCE_BEFORE = fastre.compile(r"\b(?:according\s+to|data\s+from|figures\s+from|estimates\s+(?:by|from)|cited\s+by)\s+"
                                r"(?:the\s+)?(?:(?-i:[A-Z])[\w’'&-]*\s+){1,7}$", re.IGNORECASE)
SOURCE_WORDS = ("according", "data", "figures", "estimates", "cited")  # (one in every match: tested first)
_WITHIN_FRAMEWORK = fastre.compile(r"\b(?:within|in|under|through|outside)\s+(?:the|a|its|their)\s+(?:broader\s+|wider\s+)?$",
                                   re.IGNORECASE)
_AS_A_HUB = fastre.compile(r"\b(?:becom\w*|become|be|as|into|remain\w*|establish\w*\s+itself\s+as|position\w*\s+(?:itself\s+)?as|"
                           r"turn\w*\s+(?:\w+\s+)?into|transform\w*\s+(?:\w+\s+)?into|"
                           r"mak(?:e|es|ing)\s+(?-i:[A-Z])\w+\s+)\s*(?:a|an|the)\s+"
                           r"(?:(?!joint\b)[\w&-]+\s+){0,4}$", re.IGNORECASE)  # ("making Ghana a major AI hub", "its role
# as an R&D hub")
_TIES_GROW = fastre.compile(r"\b(?:increas\w*|build(?:s|ing)?|tighten\w*|strengthen\w*|deepen\w*|enhanc\w*|expand\w*|boost\w*|bolster\w*|foster\w*|"
                             r"promot\w*|explor\w*|seek\w*|pursu\w*|encourag\w*|facilitat\w*|nurtur\w*|cultivat\w*|spur\w*)"
                             r"\s+(?:(?!the\b|their\b|its\b|two\b|three\b|new\b)[a-z][\w-]*,?\s+){0,4}$")
_ADJECTIVE_USE = fastre.compile(r"\s+(?!(?:on|with|between|for|to|that|which|was|were|is|are|will|would|signed|and|or|of|in|"
                                r"has|have|aims?|covers?|sets?|calls?|commits?|includes?|builds?|by|at|as|under)\b)[a-z]")
_MODAL_VERB = fastre.compile(r"(?:\b(?:will|would|shall|could|can|may|might|must|to)|['’]ll)\s+(?:(?:also|jointly|further|[a-z]+ly)\s+)?$"
                             r"|\bhelp(?:s|ed|ing)?\s+$", re.IGNORECASE)  # "the platform helps fund projects"


def name_start(doc: Document, mention: Mention) -> int:
    """Where the mention's name begins in the text (the name holds the instrument word, which may stand at its
    start, its end or inside it), or -1 for a mention with no name or a name not written out there."""
    if not mention.name:
        return -1
    sentence = doc.sentences[mention.sentence]
    return doc.text.find(mention.name, max(sentence.start, mention.end - len(mention.name)),
                         min(sentence.end, mention.start + len(mention.name)))


_ISSUED = fastre.compile(r"\b(?:issued|released|published|adopted|agreed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$",
                         re.IGNORECASE)
_FROM_GROUPING = fastre.compile(r"\s+(?:from|by)\s+(?:the\s+)?(?:(?:leaders|heads\s+of\s+state|ministers|members)\s+of\s+"
                                r"(?:the\s+)?)?", re.IGNORECASE)


def _grouping_statement(doc: Document, index: int, term: TermMention) -> bool:
    """A statement a grouping issues, its members' text: "G7 leaders issued a statement on AI", "a statement from the
    leaders of the G7"."""
    groupings = [c for c in doc.within("countries", index) if c.code in BLOCS]
    if not groupings:
        return False
    issued = _ISSUED.search(doc.text, max(0, term.start - 40), term.start)
    if issued and any(0 <= issued.start() - c.end <= 30 for c in groupings):
        return True
    told = _FROM_GROUPING.match(doc.text, term.end)
    return told is not None and any(c.start == told.end() for c in groupings)


_SIGNED_TEXT = fastre.compile(r"\b(?:signed|inked|adopted|endorsed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$|\bjoint\s+"
                              r"(?:[\w-]+\s+){1,2}$", re.IGNORECASE)  # ("signed a statement", "a joint Franco-X statement")


def find_mentions(doc: Document, lex: Lexicons, index: int, terms: list[TermMention]) -> list[Mention]:
    blocked = [(c.start, c.end) for c in doc.within("countries", index) if c.type == "bloc"]
    blocked += [(o.start, o.end) for o in doc.within("organizations", index)
                if not (o.rule != "gazetteer" and (_BODY_HEAD.search(o.text) or _COUNCIL_HEAD.search(o.text) and
                                                   _FOUNDING_BEFORE.search(doc.text, max(0, o.start - 40), o.start)))]
    # ("... Working Group" is a dialogue; so is a council the parties "have set up", "launched")
    blocked += [(p.start, p.end) for p in doc.within("people", index)]  # "Grant Shapps"
    out: list[Mention] = []
    apposed_end = -1  # where the last instrument word said again in apposition ends ("the X Deal, a broad MoU")
    for term in terms:
        lowered = term.text.lower()
        if blocked and any(s <= term.start and term.end <= e for s, e in blocked):
            continue  # "Comprehensive and Progressive Agreement for ..." is a bloc; "... Council" an organisation
        if term.text in ("centers", "centres", "centers\n", "centres\n") and re.match(r"\s+on\b(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|"
                                                                      r"Friday|Saturday|Sunday|\d|[A-Z][a-z]+\s+\d))",
                                                                      doc.text[term.end:term.end + 30]):
            continue  # "the deal centers on ...": a verb (but "opened nine centres on Monday")
        if lowered == "agreement" and consensus(doc.text, term.start, term.end):
            continue  # "reached agreement on most aspects", "reached an agreement on signing an MoU": no text
        if lowered in ("deal", "deals") and (_VERB_BEFORE.search(doc.text, max(0, term.start - 12), term.start) or (
                re.match(r"\s+with\b", doc.text[term.end:term.end + 6]) and not re.search(
                    r"\b(?:a|an|the|this|that|new|its|their|two|three|four|five|six|seven|eight|nine|ten|several|"
                    r"separate|multiple|similar|comparable|such|other|earlier|previous|bilateral|\d+|[\w-]+['’]s|\w+-\w+|"
                    r"signed|struck|inked|sealed|clinched|concluded|sign|signs|ink|inks|seal|seals|strike|strikes|"
                    r"clinch|clinches|reach|reaches|eye|eyes|seek|seeks|forge|forges|agree|agrees|has|have|had)\s+"  # headline
                    # style, no article: "Chile to sign lithium deal with Japan"
                    r"(?:[\w-]+\s+){0,3}$", doc.text[max(0, term.start - 40):term.start]))):
            continue  # "equipped to deal with", "the MoU deals with": a verb
        if lowered in ("branch", "branches") and not BRANCH_OF.match(doc.text, term.end):
            continue  # "a branch office", "the executive branch", "a branch of physics" (but "a branch of the
            # University of Pisa", "a branch of a Turkish university": a campus abroad)
        site = _word_before(doc, max(0, term.start - 30), term.start) if term.term.value == "centre" else None
        if site and site[1].lower() in _FACILITY_WORDS:
            continue  # "data centre investment", "the Satellite Launch Centre": a site, not a joint centre
        if term.term.value in ("partnership", "dialogue", "centre") and any(map(folded(doc)[max(
                0, term.start - 80):term.start].__contains__, SOURCE_WORDS)) and _SOURCE_BEFORE.search(
                doc.text, max(0, term.start - 80), term.start):
            continue  # "according to the European Critical Raw Materials Alliance (CRMA)": a body cited as a source
        if lowered in ("partnerships", "alliances", "collaborations") and _TIES_GROW.search(
                doc.text, max(0, term.start - 50), term.start):
            continue  # "to tighten partnerships in chips", "exploring investment partnerships": ties, none told
        if lowered in ("compact", "compacts") and _ADJECTIVE_USE.match(doc.text, term.end):
            continue  # "compact fusion reactors", "a compact design": an adjective
        if lowered in ("fund", "funds", "grant") and _MODAL_VERB.search(doc.text, max(0, term.start - 30),
                                                                                  term.start):
            continue  # "Japan will fund the labs", "agreed to jointly fund": a verb
        if lowered in ("deal", "deals") and out and re.match(r"\s+with\b", doc.text[term.end:term.end + 6]) \
                and re.fullmatch(r"[^,;.()]{1,30}", doc.text[out[-1].end:term.start]) \
                and not re.search(r"\b(?:and|or|a|an)\b", doc.text[out[-1].end:term.start]):
            continue  # "the MoU with the US deals with ...": the instrument is the subject of a verb
        founding = doc.holds(FOUNDING_WORDS, max(doc.sentences[index].start, term.start - 90), term.start)
        founded = bool(out) and bool(FOUNDS.match(doc.text, out[-1].end, term.start) or founding and _FOUNDING_OF.search(
            doc.text, max(out[-1].end, term.start - 60), term.start)) or founding and bool(_PROVIDES_FOUNDING.search(
            doc.text, max(doc.sentences[index].start, term.start - 90), term.start))  # ("an MoU between A and B on
        # the establishment of a joint technology park": its parties between; "for cooperation in X and the creation
        # of a joint centre"; "It also provides for the setting up of a taskforce": what a text told provides for)
        if out and _TOPIC_OF.fullmatch(doc.text[out[-1].end:term.start]) and not founded:
            continue  # "a MoU on semiconductor supply chain and innovation partnership": what the MoU is about
        if term.text == "principles" and (doc.text.startswith(" of ", term.end) and not _OF_COOPERATION.match(
                doc.text, term.end) or _GROUNDS.search(doc.text, max(0, term.start - 40), term.start)):
            continue  # "collaboration based on principles of mutual respect": grounds, not a text adopted
        if term.text[:1].isupper() and _OFFICE_TITLE.search(doc.text, max(0, term.start - 70), term.start):
            continue  # "the EU Commissioner for International Partnerships": an office, not an instrument
        if lowered == "documents" and not _COUNTED_DOCUMENTS.search(doc.text, max(0, term.start - 40),
                                                                              term.start):
            continue  # "documents seen by reporters": papers; "signed 12 documents" are instruments
        if lowered == "frameworks" and not _COUNTED.search(doc.text, max(0, term.start - 30), term.start) and not \
                _SIGNED_PLURAL.search(doc.text, max(0, term.start - 50), term.start) and not _with_countries(doc, index,
                                                                                                        term.end):
            continue  # "collaborate on AI frameworks, standards ...": rules in general; "the two frameworks" are texts
        if lowered == "framework" and _DOMESTIC_FRAMEWORK.search(doc.text, max(0, term.start - 20), term.start):
            continue  # "its regulatory framework": a country's own rules, not an instrument
        if lowered == "framework" and (out and _LAYS_DOWN.search(doc.text, max(out[-1].end, term.start - 60),
                                                                  term.start) or _HELPS_BUILD.search(
                doc.text, max(doc.sentences[index].start, term.start - 70), term.start)):
            continue  # "a memorandum establishing a framework for ...": that text (but one it "calls for creating" is
            # another); "will help to set up a framework for a world market": a purpose
        if term.term.value == "action_plan" and _OWN_PLAN.search(doc.text, max(0, term.start - 50), term.start) \
                and not _PLAN_WITH.match(doc.text, term.end):
            continue  # "Chile's 2026 work plan", "Peru's national action plan": one country's own plan
        if lowered == "framework" and _WITHIN_FRAMEWORK.search(doc.text, max(0, term.start - 20), term.start) \
                and doc.text.startswith(" of ", term.end):
            continue  # "cooperate within the framework of the Artemis programme": the context, not an instrument
        if lowered.startswith("research institute") and not _OPENED.search(doc.text, max(0, term.start - 70), term.start):
            continue  # "the research institutes of both countries": bodies; one opened or set up abroad is a centre
        if term.term.value == "centre" and _AS_A_HUB.search(doc.text, max(0, term.start - 50), term.start) and \
                not lowered.startswith("joint"):
            continue  # "its goal of becoming a global chip hub": what a country wants to be
        name, name_start = _name_of(doc, term)
        if lowered in ("agenda", "package", "agendas", "packages", "fact sheet", "fact sheets") and not (
                term.text[:1].isupper() and name and name_start is not None and len({
                    c.code for c in doc.within("countries", index) if name_start <= c.start < term.end}) >= 2):
            continue  # "topped the agenda", "the government's Economic Transformation Agenda", "a White House fact
            # sheet": only one that two parties name as theirs ("the AU-EU Innovation Agenda", "U.S.-India Fact Sheet")
        issued = lowered == "statement" and _grouping_statement(doc, index, term)  # a text on its own
        if lowered == "statement" and not (term.text[0].isupper() and name) and not issued and not _SIGNED_TEXT.search(
                doc.text, max(0, term.start - 40), term.start):
            continue  # "said in a statement": what one side said; "the Tokyo Statement on Quantum Cooperation",
            # "signed a statement on AI", "G7 leaders issued a statement", "a joint Franco-Emirati statement": texts
        if not name and _descriptive(doc, term) or term.term.value == "centre" and \
                not lowered.startswith("joint") and _own_facility(doc, term):
            continue  # described, not named; or one side's own centre
        if lowered in ("joint projects", "collaborative projects") and not _FUNDING.search(
                doc.text, doc.sentences[index].start, doc.sentences[index].end):
            continue  # "a centre for joint projects with Kenya": work done together; a fund only where money is
        if name and term.term.value == "dialogue" and _HOUSE.search(name):
            continue  # "the Committee of Foreign Affairs of the Diet", "the Regional Party Committee": one side's body
        compared = _COMPARED.search(doc.text, max(0, term.start - 60), term.start) if any(map(folded(doc)[
            max(0, term.start - 60):term.start].__contains__, _COMPARED_WORDS)) else None
        if compared and len({c.code for c in doc.within("countries", index)
                             if compared.start() <= c.start < term.start}) < 2 and not (
                name and _THE_MODEL.search(doc.text, max(0, name_start - 60), name_start)):
            continue  # "an accord similar to a free trade agreement": a comparison, not an instrument (but "beyond
            # the EU-Japan deal" names one of two other parties, in place)
        opens = name_start if name and name_start is not None else term.start
        if out and _SOURCE_OF.search(doc.text, max(out[-1].end, opens - 70), opens):
            continue  # "the accords, which are based on United Nations treaties": the text told's source, no
            # instrument of the parties
        if out and not out[-1].name and not name and _COORDINATED.fullmatch(doc.text, out[-1].end, term.start) and \
                is_plural(out[-1].head) and is_plural(lowered):
            previous = out[-1]  # "signed 14 agreements and MOUs": one count, one group; the precise word its kind
            kind = term.term.value if previous.kind == "agreement" else previous.kind
            out[-1] = Mention(index, previous.start, term.end, kind, previous.strong or _strong(term), None,
                              previous.head)
            continue
        if out and doc.text[out[-1].end:term.start].isspace() and (not out[-1].name or term.text[:1].islower()):
            previous = out[-1]  # "a digital partnership agreement": one instrument, the last word its kind,
            kind = "framework" if previous.kind == "framework" else term.term.value  # but one called a framework is
            if previous.name:  # "the Korea-Saudi strategic partnership committee": the body of the named partnership
                name = previous.name + doc.text[previous.end:term.end]
            out[-1] = Mention(index, previous.start, term.end, kind, previous.strong or _strong(term),
                              name, lowered)
            continue
        quoted = out and quoted_name_before(doc.text, doc.sentences[index].start, term.start, term.text, out[-1].start)
        if quoted:  # "a 'Hydrogen Alliance' deal": the deal, so named (but "a 'Team Europe Fund for X' initiative":
            kind = out[-1].kind if out[-1].kind == "fund" and not _strong(term) else term.term.value  # the fund)
            out[-1] = Mention(index, out[-1].start, term.end, kind, out[-1].strong or _strong(term), quoted, lowered)
            continue
        if out and out[-1].sentence == index and not out[-1].name and name and name_start is not None and \
                CALLED_NAME.fullmatch(doc.text, out[-1].end, name_start):
            previous = out[-1]  # "a space deal called the Orbital Research Partnership": the deal, so named (its kind
            kind = previous.kind if term.term.value == "agreement" else term.term.value  # the precise of the two)
            out[-1] = Mention(index, previous.start, term.end, kind, previous.strong or _strong(term), name,
                              previous.head)  # (its head the word it was told by: "the pact, known as the ...")
            continue
        if out and (not name or out[-1].name) and INSTRUMENT_APPOSITION.fullmatch(
                doc.text, out[-1].end, term.start) and not \
                _LIST_GOES_ON.match(doc.text, term.end) and not OPENING_PHRASE.fullmatch(
                    doc.text, doc.sentences[index].start, out[-1].start):  # ("Under the agreement, a committee
            # will be formed": the phrase opening the sentence ends at the comma)
            if is_plural(out[-1].head) and _ONE_OF.search(doc.text, max(0, out[-1].start - 25), out[-1].start):
                out[-1] = Mention(index, term.start, term.end, term.term.value, _strong(term), None, lowered)
                continue  # "One of the deals, an MoU on compute, ...": the one told, not the plural
            if term.term.value == "trade_agreement" and out[-1].name and out[-1].kind in ("partnership", "agreement"):
                out[-1].kind = "trade_agreement"  # "the Regional Digital Economic Partnership, a free trade agreement"
            elif out[-1].name and out[-1].kind == "agreement" and term.term.value in ("mou", "joint_statement"):
                out[-1].kind = term.term.value  # "a Technology Prosperity Deal, a wide-ranging memorandum": an MoU
            apposed_end = term.end
            continue  # "a partnership agreement (CEPA), an accord that ...": what it is, said again
        if out and name_start is not None and out[-1].name and name_start <= out[-1].end:
            previous = out[-1]  # "Supply Chain and Commercial Dialogue Semiconductor Forum": one name
            out[-1] = Mention(index, previous.start, term.end, term.term.value, previous.strong or _strong(term),
                               name, lowered)
            continue
        if out and _HEAD_OF_NAME.match(doc.text[out[-1].end:term.start]) and term.text[0].isupper():
            continue  # "memorandum of understanding on the bilateral Technology Prosperity Deal"
        if out and out[-1].name and term.text[:1].islower() and ACRONYM_THEN.fullmatch(doc.text, out[-1].end, term.start):
            continue  # "a Regional Comprehensive Economic Partnership (RCEP) agreement": the one named, its acronym
        if out and re.fullmatch(r"\s*\(\s*", doc.text[max(out[-1].end, apposed_end):term.start]):
            if out[-1].kind == "agreement" and term.term.value != "agreement":
                out[-1].kind = term.term.value  # "a cooperation protocol (MoC)": the acronym says which kind
            continue  # "memoranda of understanding (MOUs)": one mention
        kind = "trade_agreement" if term.term.value == "partnership" and name and TRADE_NAME.search(name) else \
            term.term.value  # "the Transatlantic Trade and Investment Partnership": a trade pact so named
        out.append(Mention(index, term.start, term.end, kind, _strong(term) or issued, name, lowered, founded))
    return out


_OPENED = fastre.compile(r"\b(?:open\w*|set(?:s|ting)?\s+up|establish\w*|inaugurat\w*|launch\w*|buil[dt]\w*|"
                        r"found(?:s|ed|ing)?|creat\w*)\s+(?:[\w’'-]+\s+){0,5}$", re.IGNORECASE)
_EXISTING_TEXT = fastre.compile(r"\b(?:the|their|its)\s+(?:existing|current)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _descriptive(doc: Document, term: TermMention) -> bool:
    """An instrument word that describes rather than names one (see the patterns above)."""
    word = term.text.lower().split()[-1]
    floor = max(0, term.start - 60)
    low = folded(doc)[max(0, term.start - 100):term.start]  # (folded: a pattern's gate words first)
    if word.startswith(("partnership", "framework")) and doc.holds(RELATION_GROWS_WORDS, max(0, term.start - 100), term.start) and \
            _RELATION_GROWS.search(doc.text, floor, term.start) and not (
            word.startswith("framework") and _EXISTING_TEXT.search(doc.text, floor, term.start)):
        return True  # ("strengthen their partnership"; but "strengthens the existing cooperation framework": a text)
    if word in ("framework", "frameworks") and _MANNER.search(doc.text, max(0, term.start - 40), term.start):
        return True
    if word in ("framework", "platform", "basis", "forum", "mechanism", "hub", "channel", "principles", "guidelines") and \
            doc.holds(PROVIDES_WORDS, max(0, term.start - 100), term.start) and _PROVIDES.search(doc.text, floor, term.start):
        return True  # "the alliance will provide a forum for ministers"
    if doc.holds(A_GOAL_WORDS, max(0, term.start - 100), term.start) and _A_GOAL.search(doc.text, max(0, term.start - 100), term.start):
        return True  # "a goal of the meeting was to establish a framework": what they aimed at, none made
    if word.rstrip("s") in ("centre", "center", "hub", "platform") and _RELIES_ON.search(doc.text, floor, term.start):
        return True  # "the alliance will rely on a Nairobi innovation hub": a place it uses, none made
    if word == "protocols" and _TECHNICAL.search(doc.text, max(0, term.start - 30), term.start):
        return True  # "cross-border data security protocols", "testing protocols": procedures, no instrument
    if word in ("centre", "center") and (_CENTRE_STAGE.match(doc.text, term.end) or doc.text.startswith(" of", term.end)
                                         and doc.text[max(0, term.start - 4):term.start].lower() == "the "):
        return True  # "green energy will take centre stage", "at the centre of the talks": an idiom

    return is_plural(word) and "explor" in low and bool(_EXPLORED.search(doc.text, floor, term.start))


_TECHNICAL = fastre.compile(r"\b(?:security|safety|data|network|internet|communications?|encryption|testing|test|"
                            r"clinical|treatment|medical|health|technical|operating|lab(?:oratory)?|transmission|"
                            r"routing|quantum|verification|inspection|cyber\w*|privacy)\s+$", re.IGNORECASE)
_FUNDING = fastre.compile(r"\b(?:fund\w*|financ\w+|grants?|invest\w*|call\s+for|budget|million|billion|select\w*)\b|"
                          r"[$€£¥₩]",
                          re.IGNORECASE)
_HOUSE = fastre.compile(r"\b(?:Party|Parliament(?:ary)?|Diet|National Assembly|Congress|Senate|House|Foreign Affairs|"
                        r"Politburo|Municipal|Provincial|Regional)\b")
# "the company's Executive Briefing Center", "its national training centres": one side's own place
_OWN_PLACE = fastre.compile(r"(?:\b(?:the\s+)?(?:company|firm|group)['’]s?\s+(?:own\s+)?(?:[\w-]+\s+){0,3}|"
                            r"\bnational\s+(?:[\w-]+\s+){0,2})$", re.IGNORECASE)


def _own_facility(doc: Document, term: TermMention) -> bool:
    """A centre that is one side's own place: "the company's Executive Briefing Center", "its national training
    centres" (a centre one country or its company opens in another is a joint one: GUIDELINES)."""
    before = doc.text[max(0, term.start - 50):term.start]
    return bool(_OWN_PLACE.search(before)) and not re.search(r"\b(?:joint|bilateral|shared)\b", before, re.IGNORECASE)


_WITH = fastre.compile(r"\s+with\s+(?:the\s+)?")


def _with_countries(doc: Document, index: int, end: int) -> bool:
    """Whether countries are named right after ``end`` as partners: "frameworks with Rwanda and Egypt"."""
    found = _WITH.match(doc.text, end)
    return found is not None and any(c.start == found.end() and not c.in_org for c in doc.within("countries", index))


_COUNTED = fastre.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_SIGNED_PLURAL = fastre.compile(r"\b(?:signed|inked|concluded|sealed|struck|approved|adopted|endorsed|ratified)\s+"
                                r"(?:(?:similar|bilateral|separate|new|[\w-]+)\s+)"
                                r"{0,3}$", re.IGNORECASE)  # ("signed bilateral critical minerals frameworks with A and B")
_OFFICE_TITLE = fastre.compile(r"\b(?:Commissioner|Minister|Secretary|Director|Directorate|Department|Office|Bureau|"
                               r"Ministry|Envoy|Ambassador)(?:[- ]General)?\s+(?:for|of|on)\s+(?:the\s+)?"
                               r"(?:[A-Z][\w-]*,?\s+(?:and\s+)?){0,4}$")
_COUNTED_DOCUMENTS = fastre.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                                    r"twenty|thirty|forty|fifty|\d+|several|multiple|a\s+number\s+of|a\s+(?:package|"
                                    r"series|set|raft|slew|host)\s+of|following)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_GROUNDS = fastre.compile(r"\b(?:based on|on the basis of|guided by|in line with|founded on|rooted in|grounded in|"
                          r"according to|consistent with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_OWN_PLAN = fastre.compile(r"\b(?-i:[A-Z][a-z]+)(?:'s|’s)\s+(?:(?:19|20)\d\d\s+|national\s+|own\s+|domestic\s+)*$")
_PLAN_WITH = fastre.compile(r"\s+(?:with|between)\b")  # ("India's action plan with Japan": theirs)
_OF_COOPERATION = fastre.compile(r"\s+of\s+(?:(?:the|their|its|our)\s+)?(?:[\w-]+\s+){0,3}(?:cooperation|co-operation|"
                                 r"collaboration|partnership)\b", re.IGNORECASE)  # ("principles of chip cooperation")
_SOURCE_OF = fastre.compile(r"(?:\b(?:which|that)\s+(?:is|are|was|were)|,)\s+(?:(?:largely|partly|closely|loosely)\s+)?"
                            r"(?:based|modell?ed|grounded|founded|rooted|drawing|draws?)\s+(?:on|upon|in)\s+(?:the\s+)?"
                            r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_LAYS_DOWN = fastre.compile(r"(?<!\bfor\s)(?<!\bto\s)\b(?:establish(?:es|ing)?|creat(?:es|ing)|provid(?:es|ing)|"
                            r"offer(?:s|ing)?|(?:sets?|setting|lays?|laying|laid)\s+(?:out|down|up))\s+(?:a|an|the)\s+"
                            r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_HELPS_BUILD = fastre.compile(r"\b(?:contribut(?:e|es|ed|ing)\s+to|help(?:s|ed|ing)?(?:\s+to)?)\s+(?:the\s+)?(?:(?:establishment|"
                              r"creation|building|development)\s+of\s+|(?:build|create|establish|develop|shape|"
                              r"set(?:ting)?\s+up)\s+)(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_DOMESTIC_FRAMEWORK = fastre.compile(r"\b(?:regulatory|legal|legislative|policy|fiscal|tax|"
                                     r"statutory|licensing)\s+$", re.IGNORECASE)
# "further strengthen the partnership between them": the relationship, not an instrument of its own
_RELATION_GROWS = fastre.compile(r"\b(?:strengthen|deepen|enhance|boost|reinforce|consolidate|broaden|expand|advance|"
                                 r"nurture|cement)(?:s|ed|ing)?\s+(?:(?:the|their|our|its|this|that|a|bilateral|existing|"
                                 r"close|mutual)\s+)*(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "will deal with", "to deal with": the verb
_VERB_BEFORE = fastre.compile(r"\b(?:to|will|would|can|could|shall|should|must|may|might|also|jointly)\s+$", re.IGNORECASE)
# "the agreement provides a framework for both to collaborate", "will provide a platform to assess": what it gives
_PROVIDES = fastre.compile(r"\b(?:provides?|provided|providing|gives?|giving|offers?|offering|serve[sd]?\s+as|serving\s+as|"
                           r"act(?:s|ed)?\s+as|"
                           r"constitutes?|forms?|puts?\s+in\s+place)\s+(?:both\s+(?:countries|sides|parties)\s+)?(?:(?:a|an|the)\s+)?"
                           r"(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
RELATION_GROWS_WORDS = ("strengthen", "deepen", "enhance", "boost", "reinforce", "consolidate", "broaden", "expand",
                        "advance", "nurture", "cement")  # (every match of the pattern so named holds one: tested first)
PROVIDES_WORDS = ("provid", "give", "giving", "offer", "serv", "act", "constitut", "form", "put")
A_GOAL_WORDS = ("goal", "aim", "objective", "purpose")
_A_GOAL = fastre.compile(r"\b(?:goal|aim|objective|purpose)\b[^.;]{0,40}?\b(?:was|is)\s+to\s+(?:establish|create|set\s+up|build|"
                         r"develop|form)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_RELIES_ON = fastre.compile(r"\b(?:rel(?:y|ies|ied|ying)\s+on|draw(?:s|ing)?\s+on|leverag(?:e|es|ed|ing)|tap(?:s|ped|ping)?\s+"
                            r"into)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_CENTRE_STAGE = fastre.compile(r"[\s-]+(?:stage|point|piece|ground)\b", re.IGNORECASE)
# "explored avenues for long-term supply agreements": instruments looked into, none made or proposed
_EXPLORED = fastre.compile(r"\bexplor(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,5}$", re.IGNORECASE)
# "cooperation in a peaceful and safe framework": how they work together
_MANNER = fastre.compile(r"\b(?:in|within)\s+an?\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
_COORDINATED = fastre.compile(r"\s+(?:and|or|&)\s+")
# "an MoU to establish a joint research centre", "an agreement for India to build a centre": founds an instrument
FOUNDS = fastre.compile(r"\s+(?:(?:for\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}?\s+)?to\s+(?:jointly\s+)?(?:establish|set\s+up|"
                         r"create|open|launch|build|found)|(?:on|for)\s+(?:the\s+)?(?:establishment|creation|setting\s+up|"
                         r"opening)\s+of)\s", re.IGNORECASE)
_FOUNDING_OF = fastre.compile(r"\b(?:on|for|regarding|concerning|and)\s+(?:the\s+)?(?:establishment|creation|setting\s+up|"
                              r"opening|founding)\s+of\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# every match of _FOUNDING_OF and of _PROVIDES_FOUNDING holds one of these (folded): tested first
FOUNDING_WORDS = ("establishment", "creation", "setting", "formation", "founding", "opening")
_PROVIDES_FOUNDING = fastre.compile(r"\b(?:provid(?:e|es|ed|ing)\s+for|includ(?:e|es|ed|ing)|envisag(?:e|es|ed|ing)|"
                                    r"foresee(?:s|n)?|pav(?:e|es|ed|ing)\s+the\s+way\s+for)\s+(?:the\s+)?(?:establishment|"
                                    r"creation|setting[\s-]+up|formation|founding)\s+of\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,3}$",
                                    re.IGNORECASE)
# "modelled after the successful INDUS-X platform": a named one in place, the model
_THE_MODEL = fastre.compile(r"\b(?:modell?ed\s+(?:on|after)|in\s+the\s+mou?ld\s+of)\s+(?:the|their|its)\s+(?:(?:successful|"
                            r"existing|earlier|current|flagship)\s+)?$", re.IGNORECASE)
_COMPARED = fastre.compile(r"\b(?:similar to|akin to|comparable to|modell?ed (?:on|after)|resembling|along the lines of|"
                           r"on the lines of|in the mould of|in the mold of|(?:goes|go|went|going|reach\w*) (?:far )?beyond|"
                           r"(?:better|deeper|broader|further) than|more than(?!\s+(?:\d+|a\s+dozen|dozens|two|three|four|five|"
                           r"six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred)\b))\s+"
                           r"(?:(?:a|an|the|its|their|existing)\s+)?"  # (but "signed more than 30 agreements": a count)
                           r"(?:[\w’'-]+\s+|\([A-Z]{2,6}\)\s+){0,4}$",
                           re.IGNORECASE)
_COMPARED_WORDS = ("similar", "akin", "comparable", "model", "resembl", "lines", "mould", "mold", "beyond", "than")
# (one of them is in every match: tested first)
_ONE_OF = fastre.compile(r"\b(?:one|another|the\s+(?:first|second|third|other|last))\s+of\s+(?:the|these|those|its|their)\s+"
                         r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# an instrument described right after it ("the Chip Framework, a Japan-led initiative"): said again, one instrument
INSTRUMENT_APPOSITION = fastre.compile(r"(?:\s*\([^()]{1,15}\))?(?:\s+(?:on|last|this)\s+\w+)?,\s+(?:a|an)\s+"
                                       r"(?:[a-z][\w-]*\s+|[A-Z][\w.]*-(?:led|backed|based|driven|funded|sponsored)\s+){0,3}")
# a phrase that opens a sentence and names an instrument: "Under the agreement, ...", "As part of the deal, ..."
OPENING_PHRASE = fastre.compile(r"\W*(?:Under|According\s+to|As\s+part\s+of|In\s+line\s+with|Through|Pursuant\s+to|"
                                r"Following|After|With|Within|Per|Via)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,3}")
_LIST_GOES_ON = fastre.compile(r"(?:\s+(?:on|for|with)\s+[^,;]{1,40}?)?(?:,\s*|\s+)(?:and|or|as well as)\s")
_BODY_HEAD = fastre.compile(r"\b(?:Working Group|Task Force|Dialogue|Coordination Mechanism)s?$")
_COUNCIL_HEAD = fastre.compile(r"\b(?:Council|Committee|Commission)$")
_FOUNDING_BEFORE = fastre.compile(r"\b(?:set(?:ting)?\s+up|establish(?:ed|ing)?|launch(?:ed|ing)?|creat(?:ed|ing)|"
                                  r"form(?:ed|ing)?|inaugurat(?:ed|ing)|found(?:ed|ing))\s+(?:a|an|the|their)\s+"
                                  r"(?:new\s+|joint\s+|bilateral\s+)?$",
                                  re.IGNORECASE)
# between two instrument words: the second is the first one's subject ("an MOU on X and innovation partnership")
_TOPIC_OF = fastre.compile(r"(?:\s*\([^()]{1,12}\))?(?:\s+with\s+[^,;:.()]{1,60}?)?"  # "(MOU) with the UAE on a
                           r"\s+(?:on|for|to|regarding|concerning|covering|about|in the field of)\s+"  # framework for ..."
                           r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d+)\b(?!.*\b(?:that|which)\s))"
                           # ("on Friday with nine agreements": a day; but "on Wednesday that sets out a ... Deal": that one)
                       r"(?!(?:[\w’'-]+\s+){0,8}?(?:and|or|as\s+well\s+as|plus)\s+(?:a|an|the|another|to)\b)"
                       r"(?:(?!(?:under|their|its|our|(?:19|20)\d\d)\b)[\w’'&-]+\s+){0,8}")  # ("on Friday under their ...")
def _strong(term: TermMention) -> bool:
    return term.term.extra == "strong"


def _name_of(doc: Document, term: TermMention) -> tuple[str | None, int | None]:
    """A proper name around an instrument word: capitalised words before it, "for/on X" after it.

    "UK-Republic of Korea Accord", "Framework for Semiconductor Cooperation",
    "Korea-Singapore AI alliance". An acronym alone ("MOU") or a possessive
    ("the UK's partnership") is no name.
    """
    text = doc.text
    index = doc.sentence_index(term.start)
    sentence = doc.sentences[index]
    acronym = _ACRONYM_BEFORE.search(text, max(sentence.start, term.start - 20), term.start)
    if acronym and not term.text[0].isupper():  # "Strategic Technology (TRUST) initiative": the short name
        return f"{acronym.group(1)} {term.text}", acronym.start(1)
    start = term.start
    words = 0
    while True:
        match = _word_before(doc, sentence.start, start)
        if match is None:
            break
        word_start, word = match
        if word in ("of", "for", "and", "&") and words + term.text[0].isupper() > 0:
            inner = _word_before(doc, sentence.start, word_start)
            if inner and _NAME_WORD.match(inner[1]) and not inner[1].endswith(("’s", "'s")):
                start = word_start
                continue
            break
        if not _NAME_WORD.match(word) or word in DETERMINERS or word.endswith(("’s", "'s")) \
                or word in TITLE_CASE_STOPS:
            break
        if word in PRAISE and (_word_before(doc, sentence.start, word_start) or (0, ""))[1] in TITLE_CASE_STOPS:
            break
        if word_start == sentence.start and not term.text[0].isupper():
            break
        start = word_start
        words += 1
    end = term.end
    # "Joint Statement", "Memorandum of Understanding" are written as names; "MoU", "MOU" are acronyms
    proper = term.text[0].isupper() and all(w[1:].islower() or not w[1:] for w in term.text.split())
    if proper:
        tail_words = re.match(r"\s+(?:for|on|of)\s+(?:the\s+)?([A-Z][a-z]+)", text[end:])
        if tail_words and tail_words.group(1) in _CALENDAR:
            proper = term.start > sentence.start
    if proper:
        tail = re.match(r"\s+(?:for|on|of|[Rr]elating\s+to|Concerning|Regarding|Between)\s+(?:the\s+)?[A-Z][\w&-]*"
                        r"(?:\s+(?:(?:and|&|in|of|for|on)\s+(?:the\s+)?)?"
                        r"[A-Z][\w&-]*)*", text[end:])
        told = (tail.group(0) if tail else "")[:max(0, sentence.end - end)]  # a name ends with its line
        dated = _DATED.search(told)
        told = told[:dated.start()] if dated and dated.start() > 0 else told  # "... Marine Science on Wednesday"
        if told and not any(w in _CALENDAR for w in told.split()):
            end += len(told)
    if words or proper:  # (a line longer than 200 characters is read no further: a newline is looked for that far)
        line_start = text.rfind("\n", max(0, start - 201), start) + 1
        line_end = text.find("\n", end, end + 201)
        line_end = len(text) if line_end < 0 else line_end
    if (words or proper) and line_end - line_start <= 200 and (
            not text[line_start:start].strip() or BULLET.fullmatch(text, line_start, start)) \
            and _SUBTITLE.match(text, end, line_end):  # an item on its own line, "Exchange of Notes on ODA
        end = len(text[:line_end].rstrip(" .;,"))  # Projects: Railway Extension (II)": its subtitle tells which
    if words == 0 and end == term.end and not (proper and term.start > sentence.start):
        return None, None
    if words == 0 and not proper or words == 1 and term.text.islower() and is_plural(term.text):
        return None, None  # ("AI partnerships", "ICT agreements": of a kind, no name)
    if text[start:term.start].strip().isdigit():
        return None, None  # "14 agreements": a count, not a name
    sum_word = _SUM_WORD.match(text, start)
    if sum_word and sum_word.end() < term.start:
        start, words = sum_word.end(), words - 1  # "$328m ICT Infrastructure Agreement": a sum, then the name
        if words == 0 and not proper:
            return None, None
    name = text[start:end].strip(" ‘“\"'")
    if name.lower() == term.text.lower() or name.lower() in GENERIC_NAMES or name.lower()[:-1] in GENERIC_NAMES:
        return None, None  # "Memorandum of Cooperation" alone names no particular instrument
    if words == 1 and term.text.islower() and end == term.end and any(
            c.start == start and text[c.end:term.start].isspace() and c.type != "bloc" and re.fullmatch(r"[A-Z]{3}", c.code)
            for c in doc.within("countries", index)):
        return None, None  # "the UK agreement", "the Japan deal": which side's, not a name
    return name, start


_SUM_WORD = re.compile(r"\d[\d.,]*(?:m|bn|b|k|tn|trn|mn)\s+")
_ACRONYM_BEFORE = fastre.compile(r"\(([A-Z][A-Z0-9&-]{1,11})\)\s+$")


_SUBTITLE = fastre.compile(r"\s*(?::|\s[-–—])\s+[A-Z(][^.;!?\n]*[.;]?\s*$")


def is_contract(head: str) -> bool:
    """Whether an instrument word is a contract ("a contract", "two supply contracts"): a word business news uses daily,
    an instrument only when its signing between two parties is told."""
    return head.lower().endswith(("contract", "contracts"))


def is_plural(head: str) -> bool:
    """"memoranda of understanding", "MoUs", "letters of intent" are plural; "campus", "consensus" are not, nor
    "principles" (a set of principles is one text) nor "consultations" (one standing format)."""
    word = head.split(" of ")[0].split()[-1] if head.strip() else ""
    return word in ("memoranda", "data", "mous", "mocs", "lois", "ftas", "ppps") or word.endswith("s") and not \
        word.endswith(("ss", "us", "sis", "principles", "consultations"))


def plural_umbrella(mention: "Mention") -> bool:
    return is_plural(mention.head) and mention.name is None




def topics_of(doc: Document, index: int) -> set[str]:
    """Sectors named in sentence ``index`` (computed once per document)."""
    by_sentence = doc.cache.get("topics")
    if by_sentence is None:
        by_sentence = doc.cache["topics"] = {}
        for term in doc.sectors:
            by_sentence.setdefault(doc.sentence_index(term.start), set()).add(term.term.value)
    return set(by_sentence.get(index, ()))


def name_is_proper(mention: Mention) -> bool:
    words = (mention.name or "").split()
    return len(words) >= 2 and sum(1 for w in words if w[:1].isupper()) >= 2 and mention.head[0:1].isalpha()
