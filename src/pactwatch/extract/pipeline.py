"""The extraction pipeline: components that each take a document and return it.

Every component declares the document fields it needs and the ones it adds,
so the order can be checked when the pipeline is built (as spaCy does).
An :class:`Extractor` holds the lexicons, loaded once, and runs the
components; ``extract_text`` is the one-call convenience.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from . import fastre
from ..errors import PipelineError
from ..model import Extraction, Organization, Evidence
from .acts import GERUND
from .agreements import find_agreements
from .chrome import ChromeRules
from .commitments import find_commitments
from .dates import find_dates
from .published import infer_published
from .finish import SIGNING_AFTER
from .status import MEETING
from .doc import Document
from .bodies import merge_ministries
from .entities import find_countries, find_organizations, find_sector_and_instrument_words
from .lexicon import BLOCS, Lexicons
from .nationality import assign_countries
from .money import UsdConverter, find_money, home_dollars
from .people import find_people
from .text import split_sentences


@dataclass(frozen=True)
class Component:
    name: str
    func: Callable[["Extractor", Document], None]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


@dataclass
class ExtractOptions:
    """Knobs for an extraction run."""

    convert_usd: bool = True  # add a USD value to each amount (ECB rates at the article's date)
    trim_chrome: bool = True  # drop page furniture (share buttons, "You may also like", ...)
    max_chars: int = 2_000_000  # longer texts are cut here (with a warning in the result)
    explain: bool = False  # also list the instrument words that made no agreement, each with why


def _body(ex: "Extractor", doc: Document) -> None:
    if ex.options.trim_chrome and len(doc.text) <= ex.options.max_chars:  # (the text folded: made once, kept for
        doc.body = ex.chrome.body_ranges(doc.text, doc.cache.setdefault("folded", fastre.fold(doc.text)))  # all)
    elif ex.options.trim_chrome:
        doc.body = ex.chrome.body_ranges(doc.text[: ex.options.max_chars])
    else:
        doc.body = [(0, min(len(doc.text), ex.options.max_chars))]
    runs: list[tuple[int, int]] = []  # kept lines that follow one another are one stretch: a sentence may go on
    for start, end in doc.body:        # over a line break ("a protocol for the\njoint development of ...")
        if runs and doc.text[runs[-1][1]:start].isspace():
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    doc.sentences = [s for start, end in runs for s in split_sentences(doc.text, start, end)]
    doc.index_sentences()
    if doc.published is None:
        doc.published = infer_published(doc.text[: ex.options.max_chars], doc.url)
        doc.published_source = "text" if doc.published else "none"


def _countries(ex: "Extractor", doc: Document) -> None:
    find_countries(doc, ex.lexicons)


def _organizations(ex: "Extractor", doc: Document) -> None:
    find_organizations(doc, ex.lexicons)


def _words(ex: "Extractor", doc: Document) -> None:
    find_sector_and_instrument_words(doc, ex.lexicons)


def _money(ex: "Extractor", doc: Document) -> None:
    doc.money = [m for m in find_money(doc.text) if doc.sentence_index(m.start) is not None]


# Words that start every frame commitments.py reads as a promise: a cheap test before any date rule runs.
_MAY_PROMISE = fastre.scanner(r"\b(?:will|shall|would|should|must|has to|have to|needs? to|to be|is to|are to|going to|planned|planning|plans?|scheduled|"
                          r"slated|due|set|expect(?:s|ed)?|projected|anticipat(?:es?|ed)|likely|aims?|aimed|intends?|agreed|pledged?|"
                          r"vowed?|commit(?:s|ted|ments?)?|intention|readiness|determination|oblig(?:es|ed)|requires?|required|binds?|goal|target(?:s|ed|ing)?|objective|eyes|"
                          r"decided|determined|undert(?:ook|akes?)|prepared|preparing|striving|"
                          r"poised|seeks?|hopes?|promised|ready|resolved|forward|begins?|starts?|opens?|commences?|"
                          r"(?:aim|seek|hop|intend|pledg|vow|promis|agree|decid|committ|work|mov|striv)ing\s+to|"
                          r"kicks\s+off|under\s*way|takes\s+effect|into\s+(?:force|effect)|envisag\w*|fores(?:ee|aw)\w*|"
                          r"(?:calls?|called|calling|provides?|provided|providing)\s+for|"
                          r"(?:gives?|gave|given|grants?|granted|has|have)\s+(?:[\w’'-]+\s+){0,4}?(?:an?\s+)?[\w-]+[\s-]"
                          r"(?:days?|weeks?|months?|years?)(?:['’]s?)?(?:\s+(?:period|window))?\s+to)\b|['’]ll\b",
                          re.IGNORECASE)  # ("has a year to finish": a time granted)


def _times(ex: "Extractor", doc: Document) -> None:
    """Dates in the sentences that can use one: those with an instrument, money or a promise."""
    wanted = {doc.sentence_index(m.start) for m in (*doc.instruments, *doc.money)}
    wanted |= {i - 1 for i in wanted if i and doc.search(MEETING, doc.sentences[i - 1].start,
                                                           doc.sentences[i - 1].end)}  # (the meeting it came out of)
    wanted |= {i + 1 for i in wanted if i + 1 < len(doc.sentences) and SIGNING_AFTER.match(
        doc.text, doc.sentences[i + 1].start)}  # ("The signing took place on Tuesday": its day)
    spans = [(s.start, s.end) for i, s in enumerate(doc.sentences)
             if i in wanted or doc.search(_MAY_PROMISE, s.start, s.end)
             or GERUND.match(doc.text, s.start)]  # "- Developing a joint pilot by 2026": an item of a plan
    doc.times = find_dates(doc.text, doc.published, within=spans)


# countries named as examples of a kind: "Countries such as A, B and", "nations including A or"
_EXAMPLES = fastre.compile(r"\b(?i:countries|nations|economies|states|jurisdictions|governments)\s+(?:such\s+as|including|like)\s+"
                           r"(?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}(?:,\s*|\s+and\s+|\s+or\s+))*(?:the\s+)?$")
EXAMPLES_WORDS = ("countries", "nations", "economies", "states", "jurisdictions", "governments")  # in every match of it
_CITY_NAMED = fastre.compile(r"\s+(?:[A-Z][\w-]*\s+){0,2}?(?:Agreement|Accords?|Protocol|Convention|Declaration|Charter|"
                             r"Treaty|Arrangement|Process|Principles|Statement|Consensus|Pact|Framework|Initiative)\b")
_PAIRED = fastre.compile(r"\s*(?:and|&|,|-|–|/|with)\s*(?:the\s+)?")


def _focus(ex: "Extractor", doc: Document) -> None:
    """The document's main parties: countries mentioned most, headline and lead counting double."""
    weights: Counter[str] = Counter()
    lead = doc.sentences[3].start if len(doc.sentences) > 3 else len(doc.text)
    examples = {m.start for m in doc.countries if doc.holds(EXAMPLES_WORDS, max(0, m.start - 90), m.start)
                and _EXAMPLES.search(doc.text, max(0, m.start - 90), m.start)}
    # ("Countries such as Nepal and Chile have AI laws": examples, not whom the story is about)
    for mention in doc.countries:
        if mention.locative or mention.nonparty or mention.start in examples or mention.type == "capital" and \
                _CITY_NAMED.match(doc.text, mention.end):
            continue  # (the "Paris Agreement", the "Lima Protocol": named after a city, not its country's)
        weights[mention.code] += 2 if mention.start < lead else 1
    for org in doc.organizations:
        if org.entry.country and org.entry.type not in ("media", "research_firm"):
            weights[org.entry.country] += 1
    counted: set[str] = set()
    for person in doc.people:  # "RISHI Sunak will sign ...": an office holder speaks for the country (each once,
        if person.country and person.rule in ("known", "title") and person.name not in counted:  # however often)
            counted.add(person.name)
            weights[person.country] += 2 if person.start < lead else 1
    for index in range(min(3, len(doc.sentences))):  # "Taiwan and the Czech Republic are expected to ...": a pair
        lead_codes = [m for m in doc.within("countries", index) if not (m.locative or m.nonparty or m.start in examples)]
        for first, second in zip(lead_codes, lead_codes[1:]):
            if first.code != second.code and _PAIRED.fullmatch(doc.text, first.end, second.start):
                weights[first.code] += 2
                weights[second.code] += 2
    if not weights:
        doc.focus = []
        return
    ranked = sorted(weights.items(), key=lambda item: item[1], reverse=True)  # (most_common's order, for a few)
    top = ranked[0][1]
    doc.focus = [code for code, weight in ranked[:4] if weight >= max(2, top * 0.5)]


def _home_dollars(ex: "Extractor", doc: Document) -> None:
    home_dollars(doc.money, doc.text, doc.focus, doc.url)


def _people(ex: "Extractor", doc: Document) -> None:
    doc.people_records = find_people(doc, ex.lexicons)


def _agreements(ex: "Extractor", doc: Document) -> None:
    doc.agreements = find_agreements(doc, ex.lexicons)


def _commitments(ex: "Extractor", doc: Document) -> None:
    sentences = {doc.sentence_index(e.start) for a in doc.agreements for e in a.evidence}
    doc.commitments = find_commitments(doc, ex.lexicons, sentences)


COMPONENTS: tuple[Component, ...] = (
    Component("body", _body, ("text",), ("body", "sentences", "published")),
    Component("countries", _countries, ("sentences",), ("countries",)),
    Component("organizations", _organizations, ("countries",), ("organizations",)),
    Component("words", _words, ("sentences",), ("sectors", "instruments")),
    Component("money", _money, ("sentences",), ("money",)),
    Component("times", _times, ("sentences", "published", "instruments", "money"), ("times",)),
    Component("people", _people, ("countries", "organizations"), ("people",)),
    Component("focus", _focus, ("countries", "organizations", "people"), ("focus",)),
    Component("nationality", assign_countries, ("people", "focus", "organizations"), ("people",)),
    Component("home_dollars", _home_dollars, ("money", "focus"), ("money",)),
    Component("agreements", _agreements,
              ("instruments", "countries", "organizations", "money", "times", "sectors", "focus"), ("agreements",)),
    Component("commitments", _commitments, ("agreements", "times"), ("commitments",)),
)


def check_order(components: tuple[Component, ...]) -> None:
    """Raise :class:`PipelineError` when a component needs a field no earlier component adds."""
    available = {"text"}
    for component in components:
        missing = set(component.requires) - available
        if missing:
            raise PipelineError(f"component {component.name!r} needs {sorted(missing)} before it")
        available |= set(component.assigns)


@dataclass
class Extractor:
    """Loads the lexicons once; call it on texts to get :class:`~pactwatch.model.Extraction` records."""

    options: ExtractOptions = field(default_factory=ExtractOptions)
    components: tuple[Component, ...] = COMPONENTS

    def __post_init__(self) -> None:
        check_order(self.components)
        self.lexicons = Lexicons.shared()
        self.chrome = ChromeRules.load()
        self.converter = UsdConverter() if self.options.convert_usd else None

    def annotate(self, text: str, published: date | None = None, doc_id: str = "", **meta) -> Document:
        doc = Document(id=doc_id, text=text, published=published, title=meta.get("title"), url=meta.get("url"))
        for component in self.components:
            component.func(self, doc)
            for name in component.assigns:  # what it read of its own fields while working is stale now
                doc.cache.pop("within:" + name, None)
                doc.cache.pop("between:" + name, None)
        return doc

    def __call__(self, text: str, published: date | None = None, doc_id: str = "", **meta) -> Extraction:
        doc = self.annotate(text, published, doc_id, **meta)
        return self._result(doc)

    def _result(self, doc: Document) -> Extraction:
        on = doc.published
        if self.converter is not None:
            for agreement in doc.agreements:
                for amount in agreement.amounts:
                    amount.usd = self.converter.to_usd(amount.amount, amount.currency, on)
        amounts = []
        for m in doc.money:
            item = {"amount": int(m.amount) if float(m.amount).is_integer() else m.amount, "currency": m.currency,
                    "text": m.text, "start": m.start, "end": m.end}
            if m.qualifier:
                item["qualifier"] = m.qualifier
            if self.converter is not None:
                usd = self.converter.to_usd(m.amount, m.currency, on)
                item["usd"] = None if usd is None else round(usd, 2)
            amounts.append(item)
        agreement_names = {a.name.lower() for a in doc.agreements if a.name}
        return Extraction(
            id=doc.id,
            published=doc.published.isoformat() if doc.published else None,
            agreements=doc.agreements,
            commitments=doc.commitments,
            amounts=amounts,
            people=doc.people_records,
            organizations=_organizations_out(doc, agreement_names, self.lexicons),
            countries=sorted({m.code for m in doc.countries}),
            title=doc.title,
            url=doc.url,
            rejected=list(doc.rejected) if self.options.explain else None,
        )


# "SEOUL, March 21 (Yonhap) --", "LONDON (dpa-AFX) -", "MOSCOW, April 14. /TASS/.", "(Yonhap)" closing a story,
# "Photo: Reuters", "— Bernama pic": an outlet in a dateline or a credit brings the story, it is not in it
_CREDIT_BEFORE = fastre.compile(r"(?:[(/]|\b(?:[Pp]hotos?|[Ii]mages?|[Ss]ource|[Cc]redit|[Pp]icture|[Ff]ile)\s*[:/]\s*)$")
# a line of sources: "Source(s): Reuters", "Sources: AFP, Xinhua"
_CREDIT_LINE = fastre.compile(r"[ \t]*(?:[Ss]ources?(?:\(s\))?|SOURCES?|[Cc]redits?)\s*:")
_LINE_END = fastre.compile(r"[ \t.]*(?:\n|$)")
_CREDIT_AFTER = fastre.compile(r"(?:[-‐][A-Z]{2,5})?(?:[)/]|\s+(?:pic|photo|file photo)\b)")


def _messengers(doc: Document, lexicons: Lexicons | None = None) -> set[str]:
    """News outlets that bring the article (dateline, credits, its own outlet), by gazetteer name."""
    out = set()
    text = doc.text
    for mention in doc.organizations:
        if mention.entry.type != "media" and not _AGENCY_NAME.search(mention.entry.name):
            continue  # (an agency the gazetteer lacks, known by its name: "Kavir News Agency")
        before = text[max(0, mention.start - 12):mention.start]
        closing = _CREDIT_AFTER.match(text, mention.end)
        if text[:mention.start].rstrip(" (").endswith(mention.entry.name):
            continue  # "Saudi Press Agency (SPA)": the acronym defined, not a credit
        if _CREDIT_BEFORE.search(before) and not closing and _LINE_END.match(text, mention.end):
            out.add(mention.entry.name)  # "Image Credit: ANI" closing its line
        elif _CREDIT_BEFORE.search(before) and closing:
            line_end = text.find("\n", closing.end())
            rest = text[closing.end():line_end if line_end >= 0 else len(text)]
            if mention.start < 250 or not rest.strip(" .") or "pic" in closing.group(0):
                out.add(mention.entry.name)  # a dateline, or a credit closing its paragraph
        elif mention.start < 250 and fastre.match(r"\s*(?:--|—|–|-|\|)\s", text[mention.end:mention.end + 4]):
            out.add(mention.entry.name)  # "Reuters - ..." opening the story, "ANI | New Delhi | Updated: ..."
        elif mention.start < 250 and _DATED_AFTER.match(text, mention.end):
            out.add(mention.entry.name)  # "Xinhua, March 3, 2024" on its line: the wire and the day it filed
        elif mention.start < 250 and text.rfind("(", max(0, mention.start - 40), mention.start) > text.rfind(
                ")", max(0, mention.start - 40), mention.start):
            out.add(mention.entry.name)  # "MOSCOW (UrduPoint News / Sputnik - 21st June)"
        elif _LEARNT.match(text, mention.end):
            out.add(mention.entry.name)  # "..., Kazinform News Agency learnt from the presidential press service",
            # "Xinhua has learned": the messenger telling what it heard
        elif _alone_on_its_line(text, mention) or _SEEN.match(text, mention.end) or _in_photo_credit(text, mention) \
                or _closing_bracket(text, mention) or _INPUTS_BEFORE.search(text, max(0, mention.start - 30),
                                                                           mention.start) or _dash_credit(text, mention) \
                or _CREDIT_LINE.match(text, text.rfind("\n", 0, mention.start) + 1):
            out.add(mention.entry.name)  # "Reuters" alone on a line, "Ukrinform saw", "(REUTERS/J. Doe / Reuters)",
            # "(ANI/Global Economic)" closing a paragraph, "(With inputs from ANI)"
    bylike: dict[str, bool] = {}  # by name: whether it reads as an outlet's (each name asked once)
    for mention in doc.organizations:  # "Tribune News Service", "Reuters Agency" alone on a line: a byline
        if mention.entry.type == "media":
            continue
        name = mention.entry.name
        like = bylike.get(name)
        if like is None:
            words = name.split()
            like = bylike[name] = bool(_BYLINE_NAME.search(name) or lexicons is not None and any(
                getattr(lexicons.organizations.get(" ".join(words[:i])), "type", "") == "media"
                for i in range(1, len(words))))
        if like and _alone_on_its_line(text, mention):
            out.add(name)
    return out


# after an outlet at the top, the day it filed and nothing more on the line (or a dash): ", March 3, 2024", ", 12 June"
_DATED_AFTER = fastre.compile(r",[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})(?:,?[ \t]+\d{4})?"
                              r"[ \t]*(?:\n|$|--|—|–|-\s|\|)")
_LEARNT = fastre.compile(r"\s+(?:has\s+|have\s+)?learn(?:s|t|ed)\b")  # (but "as Reuters reported": an outlet the
# story cites, which GUIDELINES keeps)
_AGENCY_NAME = fastre.compile(r"\b(?:News|Press)\s+Agency$|\bNews\s+Service$|\bNewswire$")
_DASH_BEFORE = fastre.compile(r"(?:--|—|–)\s*(?:[Ww]ith\s+(?:inputs\s+from\s+)?)?$")


def _dash_credit(text: str, mention) -> bool:
    """"... it added. — Bernama", "-- With Reuters": a dash and the outlet closing a paragraph."""
    line_end = text.find("\n", mention.end)
    rest = text[mention.end:line_end if line_end >= 0 else len(text)]
    return not rest.strip(" .") and bool(_DASH_BEFORE.search(text, max(0, mention.start - 20), mention.start))


_VENUE_BEFORE = fastre.compile(r"\b(?:sidelines|margins|margin|side-lines)\s+of\s+(?:the\s+)?(?:\d+\w*\s+)?$")
_INPUTS_BEFORE = fastre.compile(r"\b(?:[Ii]nputs?|[Rr]eporting|[Ww]ritten|[Ee]dited)\s+(?:from|by)\s+$")
_BYLINE_NAME = fastre.compile(r"\b(?:News|Press|Desk|Bureau|Wire)\b")
# "Image courtesy of NASA.", "Photo by Samsung": a picture's credit, not a body of the story
_PICTURE_CREDIT = fastre.compile(r"\b(?:[Ii]mages?|[Pp]hotos?|[Pp]ictures?|[Pp]hotograph)\s+(?:courtesy\s+(?:of\s+)?|by\s+|"
                                 r"credit:?\s*|source:?\s*)$")


def _closing_bracket(text: str, mention) -> bool:
    """Inside a bracket that ends its line: "... attended. (ANI/Global Economic)"."""
    opening = text.rfind("(", max(0, mention.start - 40), mention.start)
    closing = text.find(")", mention.end, mention.end + 40)
    if opening < 0 or closing < 0 or ")" in text[opening:mention.start] or "(" in text[mention.end:closing]:
        return False
    line_end = text.find("\n", closing)
    return not text[closing + 1:line_end if line_end >= 0 else len(text)].strip(" .")


def _alone_on_its_line(text: str, mention) -> bool:
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    line = text[start:end if end >= 0 else len(text)].strip()
    return bool(re.fullmatch(rf"(?:By\s+)?{re.escape(mention.text)}(?:\s+(?:Agency|Staff|Reporters?|Wire))?", line))


def _in_photo_credit(text: str, mention) -> bool:
    """Inside a bracket that credits a picture: "(REUTERS/Florence Lo/Illustration / Reuters)"."""
    opening = text.rfind("(", max(0, mention.start - 80), mention.start)
    closing = text.find(")", mention.end, mention.end + 80)
    return opening >= 0 and closing >= 0 and ")" not in text[opening:mention.start] and \
        "/" in text[opening:closing]


_SEEN = fastre.compile(r"\s+(?:saw|has seen|had seen)\b")


_GOVERNMENT_BODY = fastre.compile(r"\b(?:Ministry|Cabinet|Diet|Parliament)\b")


def _role_spans(doc: Document) -> list[tuple[int, int]]:
    """Where the roles of the people found stand: before a name ("Minister of Trade <name>") or after it
    ("<name>, director of the Ministry of Energy")."""
    spans = []
    text = doc.text
    for person in doc.people_records:
        role = person.role
        if not role or len(role) < 8:
            continue
        for e in person.mentions:
            before = text.rfind(role, max(0, e.start - len(role) - 30), e.start)
            if before >= 0:
                spans.append((before, before + len(role)))
            after = text.find(role, e.end, e.end + len(role) + 40)
            if after >= 0:  # "<name>, Secretary, Ministry of External Affairs;": the body closes the role
                body = fastre.match(r",\s+(?:the\s+)?[A-Z][^,;()]{2,80}", text[after + len(role):after + len(role) + 90])
                spans.append((after, after + len(role) + (body.end() if body else 0)))
    return spans


# a firm's legal form written after the name the gazetteer knows it by: "Panasonic Corp", "Sony Group Corp."
_FIRM_SUFFIX_AFTER = fastre.compile(r"[ \t]+(?:Corp\.?|Corporation|Co\.,?[ \t]+Ltd\.?|Co\.|Ltd\.?|Limited|Inc\.?|PLC|plc|"
                                    r"AG|SE|NV|GmbH|Bhd)(?![\w-])")


def _organizations_out(doc: Document, agreement_names: set[str], lexicons: Lexicons) -> list[Organization]:
    messengers = _messengers(doc, lexicons)
    by_name: dict[str, Organization] = {}
    roles = _role_spans(doc)
    in_role, outside = set(), set()  # (each mention's overlap with the roles tested once)
    for m in doc.organizations:
        if not (roles and any(m.start < e and s < m.end for s, e in roles)):
            outside.add(m.entry.name)
        elif (m.entry.type in ("ministry", "legislature") or _GOVERNMENT_BODY.search(m.entry.name)) and not fastre.search(
                r"\b(?:at|from)\s+(?:the\s+)?$", doc.text[max(0, m.start - 10):m.start]):  # ("Minister of State at the
            in_role.add(m.entry.name)  # Ministry of Foreign Affairs": the body he works at is named, not only his title)
    in_role -= outside
    for mention in doc.organizations:
        entry = mention.entry
        if entry.name in BLOCS or entry.name.lower() in agreement_names or entry.name in messengers:
            continue  # blocs are parties, instruments are agreements; the article's own wire is its messenger
        if entry.name in in_role:
            continue  # "Cabinet Secretary of the Ministry of Information <name>": a ministry known only from a title
        if _PICTURE_CREDIT.search(doc.text, max(0, mention.start - 25), mention.start) or \
                _VENUE_BEFORE.search(doc.text, max(0, mention.start - 30), mention.start):
            continue  # a picture's credit; "on the sidelines of the UN General Assembly": where, not who
        org = by_name.get(entry.name)
        if org is None:
            org = by_name[entry.name] = Organization(
                name=entry.name, acronym=entry.acronyms[0] if entry.acronyms else None,
                aliases=[a for a in (*entry.acronyms[1:], *entry.aliases)], country=entry.country,
                type=entry.type, mentions=[], rule=mention.rule)
        org.mentions.append(Evidence(mention.start, mention.end, mention.text))
        if mention.text != entry.name and mention.text not in org.aliases and mention.text != org.acronym:
            org.aliases.append(mention.text)
        suffix = _FIRM_SUFFIX_AFTER.match(doc.text, mention.end) if entry.type == "company" else None
        if suffix and (written := mention.text + suffix.group(0)) not in org.aliases:
            org.aliases.append(written)  # "Panasonic Corp": the firm as the story writes it, with its legal form
    # "Japan's industry ministry" alone: no name of its own (it is kept as an alias when the full name comes too)
    return [o for o in merge_ministries(list(by_name.values()), lexicons)
            if o.rule not in ("ministry_phrase", "leaders_government")]  # (a leaders' ticket: a government, not a body)


def extract_text(text: str, published: date | None = None, doc_id: str = "") -> Extraction:
    """Extract from one text with a fresh :class:`Extractor` (load cost each call: reuse an Extractor for many)."""
    return Extractor()(text, published, doc_id)
