"""Organisations that news names through a description rather than a head word or the gazetteer.

- before the name: a common noun for a kind of body ("satellite operator Nilesat", "Vietnam's state oil firm
  PetroVietnam", "its investment arm CDC", "state-owned Camyen SE");
- after the name, in apposition: "PGE, a Polish state-owned energy company," or "<Name>, the largest private
  energy group in Poland,";
- joined to a known one by "&": "Khanij Bidesh India Ltd (KABIL) & Greenko".

The nouns are in ``data/org_descriptors.tsv``. The name is a run of capitalised words, acronyms or CamelCase
words; a country, a title or a common sentence word ends it.
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document, OrgMention
from .lexicon import Lexicons, OrgEntry, read_table
from .orgnames import COUNTERPART_BODY, COUNTERPART_WORDS, capitals_before, initials_fit, matches_at, places_of
from .orgspans import PORTFOLIO_WORDS as PORTFOLIO

_WORDS = tuple(row[0] for row in read_table("org_descriptors.tsv"))
_BEFORE = fastre.scanner(r"\b(?:" + "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True)) +
                         r")\s+[“\"]?(?=[A-Z])")
_NAME = fastre.compile(r"(?:[A-Z][\w’'.&-]*|&)(?:\s+(?:[A-Z][\w’'.&-]*|&))*")
_APPOSED = fastre.compile(r",\s+(?:a|an|the)\s+(?:(?!(?:whose|that|which|where|who)\b)[\w-]+\s+){0,5}?(?:(?:" +
                          "|".join(re.escape(w) for w in _WORDS if not w.startswith("state")) +
                          r"|company|firm|group)\b(?:\s+(?:in|of|from|based\s+in|headquartered\s+in|owned\s+by)\s+"
                          r"[^,.;]{1,40})?|(?:company|firm|startup|start-up|maker|manufacturer|provider|operator|incubator|"
                          r"lender|insurer|utility|conglomerate)\s+(?:that|which|whose|focus(?:ed|ing)\s+on|"
                          r"speciali[sz](?:ed|ing)\s+in|building|making|developing|working\s+on|known\s+for|backed\s+by|"
                          r"founded\s+in)\s+[^,.;]{1,90})[,.;]")  # what a firm does: "X, a startup building chip software,"
_LOWER_WORD = fastre.compile(r"\s[a-z]")
_AMPERSAND = fastre.compile(r"(?:\s*\([A-Z][A-Za-z&]{1,9}\))?\s+(?:&|and)\s+(?=[A-Z])")
_COMPANY_END = fastre.compile(r"\b(?:Capital|Energy|Technologies|Technology|Systems|Electronics|Motors|Industries|"
                              r"Holdings|Partners|Investments?|Bank|Airlines|Telecom|Semiconductors?|Labs|Group|"
                              r"Corporation|Corp\.?|Company|Co\.|Inc\.?|Ltd\.?|Limited|SE|AG|plc|PLC|LLC|Bhd|JSC|"
                              r"Solutions|Networks|Robotics|Aerospace|Pharmaceuticals|Resources|Mining|Power|Petroleum|Utilities|Holding|"
                              r"Lithium|Steel|Securities|Minerals|Metals|Chemicals|Gas)$")
_SITE_WORDS = ("plant", "factor", "refiner", "smelter", "mine", "fab")
# a site word as _OPERATOR's match holds it: after a blank, the whole word (not "determine", "minerals", "factor")
_SITE = fastre.compile(r"(?:plants?|factory|factories|refinery|refineries|smelters?|mines?|fabs?)\b")
_OPERATOR = fastre.scanner(r"(?:^|(?<=[.!?;]\s)|(?<=\n)|(?<=,\s)|(?<=\band\s)|(?<=\bwhile\s))"
                           r"(?P<name>[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+)?)\s+(?:already\s+|also\s+)?(?:has|operates|owns|"
                           r"runs|opened|is\s+building|built)\s+(?:a|an|its|two|three|several)\s+(?:[a-z-]+\s+){0,3}?"
                           r"(?:plants?|factory|factories|refinery|refineries|smelters?|mines?|fabs?)\b")
_POSSESSIVE = fastre.scanner(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+(?=[A-Z])")
_LEGAL_FORM_FIRST = fastre.scanner(r"(?<![\w.-])PT\s+(?=[A-Z][a-z])")
_PAIR_TAIL = (r"(?:['’]s|(?<=[sS])['’])\s+(?P<name1>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+and\s+"
              r"(?P<owner2>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:['’]s|(?<=[sS])['’])\s+"
              r"(?P<name2>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\b")
_OWNED_PAIR = fastre.scanner(r"\b(?P<owner1>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)" + _PAIR_TAIL)
_AFTER_OWNER = fastre.compile(_PAIR_TAIL)  # (what follows the first owner, from its apostrophe)


def _places(text: str, char: str) -> list[int]:
    """Every offset of ``char`` in ``text``."""
    out, at = [], text.find(char)
    while at >= 0:
        out.append(at)
        at = text.find(char, at + 1)
    return out


def owner_starts(text: str, places: list[int] | None = None) -> list[int]:
    """Every place an ``_OWNED_PAIR`` match can start: a capital letter in the two runs of word characters before
    an apostrophe (the owner's one or two words end at its possessive), found from the apostrophes alone (those of
    ``places``, or all)."""
    out: set[int] = set()
    places = _places(text, "'") + _places(text, "’") if places is None else places
    backwards = text[::-1] if places else ""  # (the runs before each apostrophe read forwards in it)
    for at in places:  # the word before the apostrophe, then (past the spaces) the one before it
        start = len(text) - _RUNS_BACK.match(backwards, len(text) - at).end()
        out.update(m.start() for m in _CAPITAL.finditer(text, start, at))
    return sorted(out)


_RUNS_BACK = re.compile(r"[\w.-]*\s*[\w.-]*")  # (\w: what str.isalnum finds, and "_")
_CAPITAL = re.compile(r"[A-Z]")


def owned_pairs(text: str):
    """``_OWNED_PAIR.finditer(text)``, the pattern tried only where :func:`owner_starts` says a match can start,
    before an apostrophe after which the rest of the pattern matches (the first owner's runs hold no other one: a
    match starting there has its first owner end at that apostrophe)."""
    places = [at for at in _places(text, "'") + _places(text, "’") if _AFTER_OWNER.match(text, at)]
    pos = 0
    for start in owner_starts(text, places) if places else ():
        if start >= pos and (m := _OWNED_PAIR.match(text, start)) is not None:
            yield m
            pos = m.end()


def _owned_firm(doc: Document, text: str, lex: Lexicons, span, owner: tuple[int, int]) -> bool:
    """A name after a country's possessive that is no person, title or portfolio ("China's Xi", "Japan's Foreign
    Minister")."""
    if span is None or not any(c.start == owner[0] and c.end == owner[1] for c in doc.between("countries", *owner)):
        return False
    words = text[span[0]:span[1]].split()
    return not (_TITLE_NEXT.match(text, span[1]) or lex.people.get(words[0]) or any(
        w in lex.given_names or w in lex.surnames or w in lex.roles or w.lower() in lex.roles or w in PORTFOLIO
        for w in words))


_OWNER = fastre.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:unit|arm|subsidiary|affiliate)\s+[“\"]?$")
_BASED_BEFORE = fastre.compile(r"[A-Z][\w.-]*-(?:based|headquartered)\s+$")
_BASED = fastre.compile(r"[A-Z][\w.-]*-(?:based|headquartered|owned|listed)")
_STOP = frozenset("The A An This That These Those It Its In On At By For From With And But Or As Also If When While "
                  "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Ltd. Inc. said says Government Governments".split())


# "Pash Global (UK)", "Gama Construction and Meridiam consortium (France)": firms with their countries in brackets
_BRACKETED = fastre.scanner(r"[ \t]\((?P<where>[A-Z][^()\n]{1,40})\)")  # looked for first: cheap, and rare
_NAMES_BEFORE = fastre.compile(r"(?<![\w’'-])(?P<names>[A-Z][\w&.’'-]*(?:[ \t]+(?:[A-Z][\w&.’'-]*|and|&))*?)"
                               r"(?:[ \t]+(?:consortium|group|joint[ \t]+venture))?[ \t]*$")


def _country_in_brackets(text: str, lex: Lexicons):
    """(names start, names, bracket start, bracket end, countries found there) of every "Pash Global (UK)": names
    just before brackets that hold country names only (not "My (South Korean) counterpart", "(OECD)", "(UAE)")."""
    for bracket in _BRACKETED.finditer(text):
        where = bracket.group("where")
        found = lex.countries.find(where)  # (the brackets first: the names before them are read only if they pass)
        rest = where
        for c in found:
            rest = rest.replace(c.text, " ")
        if not found or fastre.sub(r"\b(?:and|&)\b|[\s,]", "", rest) or any(
                c.payload.type not in ("name", "alias") or c.payload.is_bloc for c in found):
            continue
        names = _NAMES_BEFORE.search(text, max(0, bracket.start() - 150), bracket.start())
        if names:
            yield names.start("names"), names.group("names"), bracket.start("where"), bracket.end("where"), found


def _name_at(text: str, at: int, lex: Lexicons, listed: bool = False) -> tuple[int, int] | None:
    """The name that starts at ``at``; ``listed``: in a list of firms, where a country word may open it ("Korea
    Electric Power")."""
    match = _NAME.match(text, at)
    if not match:
        return None
    words = list(fastre.finditer(r"\S+", match.group(0)))
    if words and _BASED.fullmatch(words[0].group(0)):
        words = words[1:]  # "Netherlands-based ASML": the firm, based in a country
    if len(words) > 1 and words[0].group(0)[-2:] in ("'s", "’s") and words[0].group(0)[:-2] in lex.countries:
        words = words[1:]  # "India's Larsen & Toubro Ltd": the firm, the country's possessive before it its owner
    if _a_title_first(words, lex):
        return None  # "Rosatom nuclear agency CEO Alexei Likhachev", "chipmaker Vice Chairman ...": a person's title
    kept = []
    for w in words:
        token = w.group(0)
        if token.endswith(".") and token not in _STOP and not fastre.fullmatch(r"(?:[A-Z]\.)+|Co\.|Inc\.|Corp\.|Ltd\.", token):
            kept.append(w)  # "Nilesat. Four": the sentence ends with it
            break
        if token in lex.countries and kept and w is words[-1]:
            kept.append(w)  # "Khanij Bidesh India", "Radio Pakistan": a country word closing a firm's name
            break
        if listed and not kept and token in lex.countries and w is not words[-1]:
            kept.append(w)
            continue
        if token in _STOP and kept or token in lex.countries or (token in lex.roles and kept):
            break
        if token in _STOP:
            return None
        kept.append(w)
    while kept and kept[-1].group(0) == "&":
        kept.pop()
    if not kept:
        return None
    start, end = at + kept[0].start(), at + kept[-1].end()
    name = text[start:end].rstrip(".,")
    end = start + len(name)
    if len(name) < 2 or name in lex.countries or name.lower() in lex.instruments or name in lex.roles:
        return None
    return start, end


_TITLE_OPENERS = frozenset("Vice Deputy Executive Acting Chief Senior Managing Former Interim Co-chief".split())


def _a_title_first(words: list, lex: Lexicons) -> bool:
    """Whether a run of capitalised words is a person's title and name ("CEO Alexei Likhachev", "Vice Chairman Jun
    Young-hyun"), not a firm whose name opens with a title word ("General Atomics Aeronautical Systems")."""
    tokens = [w.group(0) for w in words]
    titles = 0
    while titles < len(tokens) and (lex.roles.get(tokens[titles]) is not None or tokens[titles] in _TITLE_OPENERS):
        titles += 1
    rest = tokens[titles:]
    return 0 < titles and any(lex.roles.get(t) is not None for t in tokens[:titles]) and 0 < len(rest) <= 3 and \
        not any(_COMPANY_END.search(t) for t in rest) and lex.organizations.get(" ".join(tokens)) is None


_FIRMS_INCLUDING = fastre.scanner(r"\b(?:(?:executives|bosses|chief\s+executives|CEOs|heads|chiefs)\s+(?:of|from|at)|"
                                  r"(?:analysts?|economists?|strategists?|researchers?)\s+(?:at|with)|"
                                  r"(?<=\bthe\s)(?:companies|firms)(?=\s+(?:[A-Z][^\s/,]*\s+){0,3}[A-Z][^\s/,]*/[A-Z])|"
                                  r"(?:companies|firms|groups|investors|lenders|banks|funders|makers|manufacturers|"
                                  r"suppliers|chipmakers|carmakers|automakers|startups|start-ups|operators|developers|"
                                  r"miners|producers|organi[sz]ations|institutions|agencies|entities)\s*(?:[,—–(-]\s*)?(?:including|such\s+as|like|led\s+by|from|among\s+them|"
                                  r"namely|notably|(?:(?:are|were)\s+)?(?:rumou?red|said|thought|understood|expected|"
                                  r"reported|believed|set|tipped)\s+to\s+include)|(?:consortium|alliance|coalition|joint\s+venture)\s+(?:comprises|comprising|"
                                  r"includes|including|consists\s+of|made\s+up\s+of))\s+(?:the\s+)?(?=[A-Z])")
_EXECUTIVES = fastre.compile(r"executives|bosses|chief|CEOs|heads|chiefs|analyst|economist|strategist|researcher")
_QUOTED = fastre.compile(r"analyst|economist|strategist|researcher")
_LIST_GOES_ON = fastre.compile(r"/(?=[A-Z])|\s*,\s*(?:and\s+)?(?:the\s+)?(?=[A-Z])|\s+(?:and|&)\s+(?:the\s+)?(?=[A-Z])")
_SIBLING = fastre.compile(r"(?:\s*\([A-Z][A-Za-z&]{1,9}\))?(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|as\s+well\s+as)\s+)"
                          r"(?:the\s+)?(?:(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)(?:['’]s|(?<=s)['’])\s+)?(?=[A-Z])")
_TITLE_NEXT = fastre.compile(r"\s+(?:Minister|Ministry|Secretary|Department|Commissioner|Director|Adviser|Advisor|Envoy|"
                             r"Ministers)\b")
# "the Researchers and Engineers Support Fund": the word before "and" opens a longer name, it is no body of its own
_NAME_GOES_ON = fastre.compile(r"\s+(?:and|&)\s+(?:[A-Z][\w-]*\s+){1,3}(?:Fund|Foundation|Council|Association|Society|"
                               r"Agency|Institute|Organi[sz]ation|Federation|Union|Board|Centre|Center)\b")
_JOINED_BEFORE = fastre.compile(r"\b(?:with|by|between|from)\s+(?P<name>[A-Z][\w&.-]*[a-z][\w&.-]*)\s+(?:and|&)\s+"
                                r"(?:the\s+)?$")
_SUBSIDIARY = fastre.compile(r"\b(?:subsidiary|unit|arm|affiliate)\s+[“\"]?$")
_LEGAL_FORMS = frozenset("Ltd Limited Inc Co Corp LLC PLC plc LTD INC".split())
_CALENDAR = frozenset("January February March April May June July August September October November December".split())


# one word of romanised syllables joined by hyphens, one of them low ("Sung-Hwan-cho", "Jong-hyun"): a person's name
_SYLLABLE_CHAIN = fastre.compile(r"[A-Z][a-z]*[aeiouy][a-z]*(?:-[A-Z][a-z]*[aeiouy][a-z]*)*-[a-z]*[aeiouy][a-z]*"
                                 r"(?:-[A-Za-z][a-z]*[aeiouy][a-z]*)*")


def _looks_like_a_body(text: str, span: tuple[int, int], lex: Lexicons, listed: bool = False) -> bool:
    """A name in a list of bodies that is no person, month, role or place (``listed``: one of a list a noun for
    firms introduces, a name of up to four words)."""
    name = text[span[0]:span[1]]
    words = name.split()
    if all(w in PORTFOLIO or w in ("and", "&") for w in words) or name.rstrip(".") in _LEGAL_FORMS:
        return False  # "Ministry of Communications, Information Technology, and Innovation"; "Co., Ltd"
    if len(words) >= 2 and _COMPANY_END.search(name) and words[0] not in lex.roles:
        return True  # "Hassan Allam Utilities": a founder's name, then what the firm is
    if not words or words[0] in lex.given_names or words[0] in _CALENDAR or words[0] in lex.roles or "’" in name \
            or "'" in name or words[0] in lex.countries and not (listed and len(words) > 1):
        return False
    if len(words) == 1 and _SYLLABLE_CHAIN.fullmatch(name):
        return False  # "Sung-Hwan-cho", "Min-seo": a romanised given name's syllables, a person's
    if listed:
        return len(words) <= 4 and name not in lex.countries
    after = fastre.match(r"\s+([A-Z][\w’'-]*)", text[span[1]:span[1] + 40])
    if after and after.group(1) in lex.countries:
        return False  # "Kadin and the Western Australian government": a word before a nationality modifies it
    return len(words) == 1 and len(name) >= 2 or bool(_COMPANY_END.search(name))  # "KfW", "Huayou Cobalt Co."


def _country_near(doc: Document, start: int, end: int, where: bool = False) -> str | None:
    found = [c for c in doc.between("countries", start, end) if (where or not c.locative) and c.type != "bloc"
             and len(c.code) == 3 and c.code.isupper()]  # (no bloc: "a Japan-EU forum" names no firm's country)
    return found[-1].code if found else None


def described_organizations(doc: Document, lex: Lexicons, known: list[OrgMention]) -> list[OrgMention]:
    """Organisations named after a descriptive noun, in an apposition that describes them, or after '&'."""
    text = doc.text
    out: list[OrgMention] = []

    name_spans: dict[tuple[int, bool], tuple[int, int] | None] = {}

    def name_at(at: int, listed: bool = False) -> tuple[int, int] | None:  # (asked again at one place: read once)
        key = (at, listed)
        if key not in name_spans:
            name_spans[key] = _name_at(text, at, lex, listed)
        return name_spans[key]

    def add(start: int, end: int, country_from: tuple[int, int], rule: str) -> None:  # noqa: C901
        name = text[start:end]
        if doc.sentence_index(start) is None or "\n" in name:
            return
        same = next((o for o in known if o.start == start and o.end == end and o.entry.country is None), None)
        if same is not None and rule == "listed" and (told := _country_near(doc, *country_from)):
            e = same.entry  # "government of India organisations such as C-DOT and ITI Limited": the list's country
            out.append(OrgMention(start, end, name, OrgEntry(e.name, e.acronyms, told, e.type, e.aliases, e.source),
                                  same.rule))
            return
        if any(o.start <= start < o.end for o in known):
            return  # already a known organisation (or inside one)
        country = _country_near(doc, start, end) or _country_near(doc, *country_from, where=rule == "apposition")
        if country is None and rule == "descriptor":  # "PetroVietnam's unit PTSC": the owner's country
            owner = _OWNER.search(text, max(0, start - 60), start)
            country = next((o.entry.country for o in (*known, *out) if o.entry.country and owner and
                            text[max(0, owner.start() - len(o.text)):owner.start()] == o.text), None)
        if country is None and rule == "descriptor" and _SUBSIDIARY.search(text, max(0, start - 40), start):
            sentence = doc.sentence_index(start)  # "Rosatom also said that its engineering subsidiary Tsniitmash":
            country = next((o.entry.country for o in reversed(known) if o.end <= start and o.entry.country  # the
                            and o.entry.type == "company" and doc.sentence_index(o.start) == sentence), None)  # parent's
        if rule == "legal_form":
            country = country or "IDN"
        entry = lex.organizations.get(name) or OrgEntry(name, (), country, "company", source=rule)
        out.append(OrgMention(start, end, name, entry, rule))

    for m in _BEFORE.finditer(text):
        span = name_at(m.end())
        if span and (m.group(0).startswith("state") or " " not in text[span[0]:span[1]] or
                     text[span[0]:span[1]].split()[0] not in lex.given_names):
            add(*span, (max(0, m.start() - 40), m.start() + 1), "descriptor")
    for m in _APPOSED.finditer(text):
        end = m.start()
        start = end
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in " &’'.-") and end - start < 40:
            start -= 1
        span = name_at(start + len(text[start:end]) - len(text[start:end].lstrip()))
        while (span is None or span[1] != end) and start < end and (text[start].islower() or _LOWER_WORD.search(
                text, start, end)):
            # the run may begin with common words ("Last week X, a startup ...", "Korea's grant went to X, a firm
            # ..."): drop words from the left (not a place opening the name: "Nairobi Garage")
            nxt = text.find(" ", start + 1, end)
            if nxt < 0:
                break
            start = nxt + 1
            span = name_at(start)
        if span and span[1] == end and not any(w in lex.given_names for w in text[span[0]:end].split()[:1]):
            based = _BASED_BEFORE.search(text, max(0, span[0] - 30), span[0])  # "the Netherlands-based X, a ..."
            add(*span, (based.start() if based else m.start(), m.end()), "apposition")
    for org in (*known, *out):
        after = text[org.end:org.end + 1]  # (_AMPERSAND opens with a blank or a bracket, _APPOSED with a comma)
        if not (after.isspace() or after == "(" or after == ","):
            continue
        amp = _AMPERSAND.match(text, org.end)
        if amp is None and (apposed := _APPOSED.match(text, org.end)) and apposed.group(0).endswith(","):
            amp = _AMPERSAND.match(text, apposed.end())  # "X, the Abu Dhabi energy firm, and Y Utilities"
        if amp:
            span = name_at(amp.end())
            if span and (amp.group(0).strip().endswith("&") or _COMPANY_END.search(text, span[0], span[1])):
                add(*span, (span[0], span[1]), "ampersand")
    for m in _FIRMS_INCLUDING.finditer(text):  # "Nigerian tech firms, including IHS Towers, Flutterwave and Awarri":
        at, nationality = m.end(), (max(0, m.start() - 40), m.start())  # each firm, of the nationality told
        if _EXECUTIVES.match(text, m.start()):  # ("a Japan-EU forum attended by executives of Jera, ...": no
            nationality = (m.start(), m.start())  # nationality of theirs)
        rule = "quoted" if _QUOTED.match(text, m.start()) else "listed"  # "an analyst at Gain Capital": a source
        for _ in range(12):
            span = name_at(at, True)
            if not span or not _looks_like_a_body(text, span, lex, listed=True):
                break
            add(*span, nationality, rule)
            more = _LIST_GOES_ON.match(text, span[1])
            if more is None:
                break
            at = more.end()
    listed = sorted((*known, *out), key=lambda o: o.start)
    for org in listed:  # "from the EIB and KfW, as well as Softbank": the others of a list of bodies
        end = org.end
        for _ in range(6):
            # (every match opens with a blank, a comma or a bracket: the pattern is tried after those only)
            joint = _SIBLING.match(text, end) if text[end:end + 1] in " ,(" or text[end:end + 1].isspace() else None
            if joint is None:
                break  # (no span: the test below ends the list)
            span = name_at(joint.end())
            # ", Canada's Northwind Lithium": a firm of the list, its country the owner's
            owned = span and joint.group("owner") and any(c.start == joint.start("owner") and c.end == joint.end("owner")
                                                          for c in doc.between("countries", *joint.span("owner")))
            owned = owned and not fastre.search(r"\bthe\s", joint.group(0))  # (", the UK's X Centre": a gloss)
            if not span or span[1] - span[0] > 60 or joint.group("owner") and not owned or not _looks_like_a_body(
                    text, span, lex, listed=bool(owned)) or _NAME_GOES_ON.match(text, span[1]):
                break
            add(*span, joint.span("owner") if owned else (span[0], span[1]), "listed")
            end = span[1]
    for org in known:  # "a partnership with Rafael and Israel Aerospace Industries": a firm joined to a known one
        before = _joined_before(text, org.start)
        span = name_at(before.start("name")) if before else None
        word = text[span[0]:span[1]] if span else ""  # (a given name alone names no person: "with Rafael and IAI")
        if span and span[1] == before.end("name") and org.entry.type == "company" and not (
                lex.people.get(word) or word in lex.surnames or word in lex.countries or word in lex.roles
                or word.lower() in lex.roles or word in _CALENDAR or word in PORTFOLIO):
            add(*span, (span[0], span[1]), "joined")
            if out and out[-1].start == span[0] and out[-1].entry.country is None and org.entry.country:
                out[-1] = OrgMention(out[-1].start, out[-1].end, word, OrgEntry(  # one side of the deal: of the
                    word, (), org.entry.country, "company", source="joined"), "joined")  # known firm's country
    for names_start, names, where_start, where_end, found in _country_in_brackets(text, lex):  # "... include Pash
        where = text[where_start:where_end]                                                    # Global (UK),"
        if where.isupper() and initials_fit(names, where) or names in lex.countries or \
                names[-2:] in ("'s", "’s") and names[:-2] in lex.countries:
            continue  # "Kenya's Space Agency (KSA)": the names' acronym, not Saudi Arabia; "the People's Republic of
            # China's (PRC) ability": a country's own acronym
        one = len({c.payload.code for c in found}) == 1
        at = names_start
        for part in fastre.split(r"(\s+(?:and|&)\s+)", names):
            span = name_at(at) if part.strip() and part.strip() not in ("and", "&") else None
            if span and span[1] <= at + len(part) and text[span[0]:span[1]].split()[0] not in lex.given_names:
                add(*span, (where_start, where_end) if one else (where_start, where_start), "bracketed_country")
            at += len(part)
    counterparts = COUNTERPART_BODY.finditer(text) if any(map(text.__contains__, COUNTERPART_WORDS)) else ()
    for m in counterparts:  # "signed an MoU with Korea's Hydrogen Convergence Alliance"
        if any(c.start == m.start("owner") and c.end == m.end("owner") for c in doc.between("countries", *m.span("owner"))):
            add(*m.span("name"), m.span("owner"), "counterpart")
    # (a match holds a site word, its name in the ten words up to it: the pattern is tried at their capitals only)
    sites = [at for at in places_of(text, _SITE_WORDS) if text[at - 1:at].isspace() and _SITE.match(text, at)]
    for m in matches_at(_OPERATOR, text, capitals_before(text, sites, 10, "_&-")):
        # "Tsingshan operates a nickel smelter in Indonesia": who runs a plant, a mine or a refinery is a firm
        name, span = m.group("name"), m.span("name")
        words = name.split()
        if not (words[0] in _STOP or words[0] in lex.given_names or name in lex.surnames or words[-1] in lex.surnames
                or lex.people.get(name) is not None or lex.people.get(words[-1]) is not None
                or lex.countries.find(name) or lex.roles.get(words[0]) is not None or name.lower() in lex.instruments):
            add(*span, (span[0], span[0]), "operator")
    for m in _LEGAL_FORM_FIRST.finditer(text):  # "PT Vale Indonesia": an Indonesian firm, its legal form first
        span = name_at(m.start())
        if span and span[1] > m.end() - 1:
            add(*span, (span[0], span[0]), "legal_form")
    for m in owned_pairs(text):  # "a merger of Australia's Orkam and US' Livanta": two countries' firms
        spans = [(name_at(m.start(f"name{i}")), m.span(f"owner{i}")) for i in (1, 2)]
        if all(_owned_firm(doc, text, lex, span, owner) for span, owner in spans):
            for span, owner in spans:
                add(*span, owner, "possessive")
    # (only a possessive right after a country mention adds one: those are read, not every possessive of the text)
    for m in _possessives_at(text, sorted({c.end for c in doc.countries if text.startswith(("'s", "’s"), c.end)}),
                             doc.backwards()):
        # "Singapore's SLG Capital": a country's firm, told by its last word
        span = name_at(m.end())
        if span and _TITLE_NEXT.match(text, span[1]):
            continue  # "Saudi Arabia's Energy Minister": a portfolio in a title, not a firm
        if span and _COMPANY_END.search(text, span[0], span[1]) and any(
                c.end == m.end(1) for c in doc.between("countries", m.start(1), m.end(1))):
            add(*span, (m.start(1), m.end(1)), "possessive")
    return out


def _joined_before(text: str, start: int) -> re.Match[str] | None:
    """``_JOINED_BEFORE`` in the 60 characters before ``start``, looked for only when they end in "and" or "&"
    (and an article): most names have neither just before them."""
    tail = text[max(0, start - 60):start].rstrip()
    if tail.endswith("the") and tail[-4:-3].isspace():
        tail = tail[:-3].rstrip()
    if not tail.endswith(("and", "&")):
        return None
    return _JOINED_BEFORE.search(text, max(0, start - 60), start)


_OWNER_BACK = re.compile(r"\s*(?:[\w.\-]+\s*){0,3}")  # (reversed) blanks and three words at most, read back


def _possessives_at(text: str, ends: list[int], backwards: str | None = None):
    """The matches of ``_POSSESSIVE.finditer(text)`` whose owner ends at one of ``ends`` (sorted): an owner holds
    word characters, dots, hyphens and blanks only, so its match starts after the last other character before it,
    at the first capital there where the pattern matches; and it holds three words at most, all of them ending at
    the apostrophe (no other one before it there), so it starts in the last three words (the run is read back no
    further). ``backwards``: ``text[::-1]``, when the caller has it."""
    if backwards is None:
        backwards = text[::-1] if ends else ""  # (the run before each end read forwards in it)
    for end in ends:
        at = len(text) - _OWNER_BACK.match(backwards, len(text) - end).end()
        found = next((m for cap in _CAPITAL.finditer(text, at, end) if (m := _POSSESSIVE.match(text, cap.start()))),
                     None)  # (the capitals in order, as a walk over every character finds them)
        if found is not None and found.end(1) == end:
            yield found


# a group's unit named by one more word of a line of business: "HD Hyundai Oilbank", "Lotte Chem", "Toyota Tsusho"
# (not a product: "a Rocket Lab Electron rocket")
_UNIT_WORD = fastre.compile(r" ((?:Oilbank|Electric|"
                            r"Electronics|Chem|Chemical|Chemicals|Motor|Motors|Steel|Energy|Solutions|Semiconductors?|Heavy|"
                            r"Engineering|E&C|Construction|Shipbuilding|Bank|Capital|Networks|Systems|Telecom|Mobility|Mobile|"
                            r"Materials|Power|Oil|Gas|Logistics|Pharma|Biologics|Display|Aerospace|Defen[cs]e|Space|Cloud|"
                            r"Digital|Tech|Technologies|Hydrogen|Renewables|Batter(?:y|ies)|Robotics|Marine|Offshore|"
                            r"Airlines|Shipping|Tsusho|Trading|Industries|Instruments|Data|Rotem|Glovis|Mobis|Ecoplant|"
                            r"Infracore|Innotek|Bioscience|Biotech|Nuclear|Infrastructure|Forestry|Realty|Metal|Metals|Mining|"
                            r"Insurance|Life))\b(?![’'-])")


def unit_named(text: str, lex: Lexicons, mention: OrgMention) -> OrgMention:
    """A company of the gazetteer followed by a capitalised word that is no country, person or known body is a unit
    of that group with a name of its own ("HD Hyundai Oilbank and Aramco signed ...")."""
    if mention.entry.type != "company" or mention.text != mention.entry.name and mention.text not in mention.entry.aliases:
        return mention
    unit = _UNIT_WORD.match(text, mention.end)
    if unit is None:
        return mention  # (no unit word after it: its line is not read)
    line = text[text.rfind("\n", 0, mention.start) + 1:(text.find("\n", mention.end) + 1 or len(text) + 1) - 1]
    words = fastre.findall(r"[A-Za-z][\w’'-]*", line)
    if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
        return mention  # a headline in title case ("Samsung Power Deal With Egypt"): every word is capitalised
    if lex.countries.find(unit.group(1)) or lex.organizations.get(unit.group(1)) or \
            lex.organizations.get(mention.text + unit.group(0)) is not None:
        return mention
    name = mention.text + unit.group(0)
    return OrgMention(mention.start, unit.end(), name, OrgEntry(name, (), mention.entry.country, "company",
                                                                 source="unit"), "unit")
