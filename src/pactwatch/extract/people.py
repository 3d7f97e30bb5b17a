"""People with their role and country.

News names a person in a handful of ways, each a rule here:

- ``title``: a role or honorific before the name ("U.S. Commerce Secretary
  Gina Raimondo", "Minister of Science and ICT Lee Jong Ho", "Dr Anya Sharma");
- ``apposition``: the role after the name, between commas ("Ryu Jin,
  chairman of FKI, said");
- ``attribution``: a name that speaks ("said Kim Chang-wook");
- ``known``: an office holder from ``data/people.tsv`` ("Xi Jinping", "Trump").

Later surname-only mentions ("Mr Lee", "Meloni said", "Director Cho") are
linked back to the full name they shorten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import fastre
from ..model import Evidence, Person
from .doc import Document, PersonMention
from .lexicon import BLOCS, Lexicons, occurrences, read_table
from .roletails import (LISTED_LOWER, LISTED_PORTFOLIO, LOWER_TAIL, PORTFOLIO, PORTFOLIO_ROLE, PORTFOLIO_ROLE_LOWER,
                        ROLE_TAIL, before_state_name, commas_before, role_in_reach, said_after)
from .rolebefore import LOCATIVE_BEFORE as _LOCATIVE_BEFORE, role_before as _role_before
from .roletails import ABSTRACT as _ABSTRACT, APPOSITION as _APPOSITION, BODY_AFTER, CUT_AT_END as _CUT_AT_END, NOT_NAME as _NOT_NAME, RUN_ON as _RUN_ON
from .coordination import and_name, counterparts_named, each_of_two, set_off_pair
from .ledby import LED_WORDS, heads_named
from .titlegaps import bare_portfolio_end, counterpart_role, given_before, name_past_the_tail, roles_after_steps
from .nationality import country_in, of_country, org_after, org_before
from .namechains import (SEAT_ABBREVIATIONS, after_son_of, engineer as _engineer, name_may_start, seat_opens_name,
                         vietnamese_word)
from .repeats import expand as _expand, merge_shortened as _merge_shortened, surname_mentions as _surname_mentions

# Letters of the Latin scripts news uses for names ("Věra Jourová", "Luiz Inácio"), upper and lower case.
# (and Vietnamese letters with two marks, "Trần Văn Lâm", from Latin Extended Additional)
# (as ranges: the name patterns repeat these classes, and a list of single letters is slow to compile)
_UP = "A-Z" + fastre.ranges(ch for ch in (*map(chr, range(0xC0, 0x250)), *map(chr, range(0x1E00, 0x1F00))) if ch.isupper())
_LO = "a-z" + fastre.ranges(ch for ch in (*map(chr, range(0xDF, 0x250)), *map(chr, range(0x1E00, 0x1F00))) if ch.islower())
_CAP = (rf"(?:[{_UP}][’'][{_LO}]{{2,}}|(?:[{_UP}][’'])?[{_UP}][{_LO}]+(?:[{_UP}][{_LO}]+)*(?:-(?!{LED_WORDS}\b)[{_UP}{_LO}][{_LO}]+"
        rf"|[’'](?![sS](?![{_LO}]))[{_UP}{_LO}][{_LO}]*)*)"
        )  # Jae-myung, O'Farrell, AbdelHameed, M'bala, Ndung'u (not Kenya's)
_CAPS = rf"[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?(?![{_LO}\w])"  # RISHI, JUNG-KWAN (government releases, tabloids)
_INITIALS = (rf"[{_UP}]\.(?:\s?[{_UP}]\.)*|(?<![{_UP}]\s)(?!H\sE\b)[{_UP}](?:\s[{_UP}](?![{_UP}{_LO}.])){{0,2}}"
             rf"(?=\s+[{_UP}][{_LO}])")  # J.D., S (Jaishankar), M J (Akbar); not "H E"
_JOINED_PARTICLES = ("al", "el", "ad", "ash", "as", "ar", "an", "at", "az", "bin", "de", "di")  # joined by a hyphen
_JOINED = rf"(?:{'|'.join(f'[{p[0].upper()}{p[0]}]{p[1:]}' for p in _JOINED_PARTICLES)})-{_CAP}"  # al-Nahyan
_LOW_PARTICLE = fastre.compile(rf"(?:{'|'.join(p for p in _JOINED_PARTICLES if p not in ('de', 'di'))})-[A-Z]")
# ("el-Molla" in lower case: no given name of itself; "de-" and "di-" open names of their own)
_NICK = rf"[“\"]{_CAP}[”\"]"  # Ferdinand "Bongbong" Marcos: a nickname between the names, kept as written
_SUFFIX = r"(?:,?\s+(?:Jr|Sr)\.|\s+(?:Jr|Sr)\b|\s+(?:II|III|IV)\b)?"  # Marcos Jr., John Doe III
_TOKEN = rf"(?:{_JOINED}|[dl][’']{_CAP}|{_CAP}|{_CAPS}|{_INITIALS})"  # ... d'Escoffier
# "Ali Hassan, Deputy ": a name set off before the title (not "In Accra, Minister ...")
_NAMED_BEFORE = fastre.compile(r"\b(?!(?:In|At|On|From|For|With|By|During|After|Before|Under|The|And|But)\b)[A-Z][a-z’'-]+"
                               r"\s+[A-Z][\w’'-]+,\s+(?:(?:[A-Z][\w’'-]*\s+){0,3}|(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3})$")
# (also "A B, the Moroccan foreign minister, C B": a list that names each person first)
_GIVEN_TITLES = frozenset({"Sultan", "Amir", "Emir", "Malik"})  # given names too ("Sultan Ahmed al-Jaber", not a ruler)
_SON_OF_NEXT = fastre.compile(r"\s+(?:(?:[Bb]in|[Ii]bn|[Bb]int)\s+|[Aa]l[\s-]|[A-Z][a-z]+\s+[Aa]l[\s-])[A-Z]")
# a capitalised abstract noun ends a portfolio, it starts no name ("Minister of Digital Transformation Mykhailo ...")
_CONNECTING = frozenset({"and", "of", "for", "the", "&", "on", "to"})
_ORG_AFTER = fastre.compile(r"\s+(?:(?:International|National|Royal|Memorial|Global)\s+)?(?:University|Institute|Foundation|"
                        r"Initiatives?|Programme|Program|Scholarships?|"
                        r"Hospital|Airport|Centre|Center|College|School|Academy|Prize|Award|Fund|Stadium|Port|Bridge|"
                        r"Road|Street|City|Palace|Mosque|Park|Hall|Library|Museum)\b")
_OFFICER_AFTER = fastre.compile(r"\s+(?:Officer|Executive|Scientist|Engineer|Economist|Counsel|Strategist|Architect|"
                                r"Technologist|Evangelist)\b")
# "King Abdulaziz International Airport", "King Abdulaziz City for Science": a place or body named after a person
_PLACE_IN_NAME = fastre.compile(r"\b(?:International|University|Airport|City|Stadium|Palace|Mosque|Museum|Library|Institute|"
                                r"Foundation|Hospital|College|School|Academy)\b")
_ROLE_WORDS = ("president", "minister", "secretary", "advis", "director", "chair", "head", "fellow", "analyst",
               "professor", "ceo", "chief", "founder", "partner", "spokes", "ambassador", "economist", "researcher",
               "commissioner", "governor", "envoy", "official", "leader", "executive", "manager", "scientist", "strategist",
               "dean", "expert", "counterpart", "diplomat", "mayor", "senator", "premier", "chancellor", "rector", "prince", "ruler", "emir", "principal",
               "treasurer", "deputy", "administrator", "consul", "officer", "md of", "dg", "cmd")

_VERB_OBJECT = fastre.compile(r"\s(?:[a-z]+ed|said|says|met|told|signed|took|gave|made)\s+(?:the|a|an|his|her|its|their|that)\b")
_POST_NOMINALS = fastre.compile(r"(?<=[a-z])(?:,?\s+(?:MP|MEP|MLA|MSP|MPP|OBE|CBE|KBE|MBE|DBE|QC|KC|FRS|FREng|PhD))+$")
_POST_NOMINAL_ENDS = frozenset("PAECSgD")  # the last letters of those letters: a name that ends in none has none
_KNESSET = fastre.compile(r"\s?MK(?=\s+\S+\s+[A-Z])")
_MALAY_HONORIFIC_BEFORE = fastre.compile(r"\b(?:Dato['’]?|Datuk|Tan|Puan|Toh)\s+$")
_NON_ENGLISH_WORD = re.compile(r"(?<=\s)(?=[^\W\d_]*(?![\x00-\x7f])[^\W\d_])[^\W\d_]+\b")  # "Trần", "Đông": a name, no portfolio
_ROYAL_INSIDE = fastre.compile(r"\s+(?:Prince|Princess)(?=\s+[A-Z][a-z])")
_AND_NEXT_TITLE = fastre.compile(r"\s+and\s+(?:the|his|her)\s+(?:[A-Z][\w’'-]*\s+){0,2}$")  # "... and the German "
_ASIDE_BEFORE = fastre.compile(r"\s*\([^()]{1,40}\)\s*$")
_RELATION_ONLY = fastre.compile(r"(?:(?:his|her|their|the)\s+)?(?:\w+\s+)?counterparts?", re.IGNORECASE)
_AFTER_QUOTE = fastre.compile(r"(?:,[”\"]|[”\"],?)\s*$")  # a name right after a closing quote
# "the Trump administration", "Biden's government": a name that stands for a government, not a person named
_FOR_GOVERNMENT = fastre.compile(r"(?:['’]s)?\s+(?:administration|government|era|cabinet|camp|tariffs?|White House)\b")


@dataclass(frozen=True)
class _Patterns:
    name: re.Pattern[str]  # a person's name: tokens with particles between them
    name_after: re.Pattern[str]  # whitespace, then a name (after a title)
    name_after_any: re.Pattern[str]  # optional whitespace, then a name
    said: re.Pattern[str]  # "said Kim Chang-wook"
    name_at_end: re.Pattern[str]  # a name that ends where the search ends
    honorifics: re.Pattern[str]  # a run of honorifics ("His Highness Sheikh", "Dato' Sri", "Dr")
    role_then_name: re.Pattern[str]  # "The head of Telefonica's Mexico unit, Juan Abellan,", "An analyst at X, A B,"


def _patterns(lex: Lexicons) -> _Patterns:
    """The name patterns, built once per lexicons from ``names.tsv`` (particles) and ``roles.tsv`` (honorifics)."""
    made = lex.derived.get("people")
    if made is None:
        particles = fastre.trie(sorted(lex.name_particles, key=len, reverse=True))  # (what "|".join matches)
        name = rf"{_TOKEN}(?:\s+(?:(?:{particles})\s+){{0,2}}(?:{_NICK}\s+)?{_TOKEN}){{0,5}}{_SUFFIX}"
        titles = [s for s, term in lex.roles.items() if term.value == "honorific"] + list(SEAT_ABBREVIATIONS)
        honorific = fastre.trie(sorted(titles, key=len, reverse=True))
        made = lex.derived["people"] = _Patterns(
            name=fastre.compile(name),
            name_after=fastre.compile(rf"(?:\s*\([A-Z][A-Za-z&-]{{1,12}}\),?(?:\s+(?:{honorific})(?![\w’']))*)?,?"
                                      rf"(?:[ \t]+|(?<=\.)[ \t]*\n(?:[ \t]*\n)?[ \t]*)"  # (an honorific's stop ends a line: "Eng.⏎A B")
                                      rf"((?:(?:{particles})\s+)?{name})"),
            name_after_any=fastre.compile(rf"\s*({name})"),
            said=fastre.scanner(rf"\b(?:said|says|added|noted|according to)\s+({name})"),
            name_at_end=fastre.compile(rf"(?<![\w’'.-])({name})$"),
            honorifics=fastre.compile(rf"(?:\s+(?:{honorific})(?![\w’']))+"),
            role_then_name=fastre.scanner(rf"\b(?P<role>(?i:(?:(?:vice|deputy|executive|senior)\s+)?(?:head|chief|president|"
                                          rf"director(?:[\s-]general)?|chairman|chairwoman|chairperson|managing\s+director|"
                                          rf"general\s+manager|secretary[\s-]general|chief\s+executive(?:\s+officer)?|"
                                          rf"minister(?:[\s-]delegate)?|secretary\s+of\s+state|analyst|engineer|researcher|"
                                          rf"scientist|economist|spokes(?:person|man|woman)|official|expert|professor|"
                                          rf"advis[eo]r|strategist|fellow|lawyer|representative|manager|officer|"
                                          rf"consul(?:[\s-]general)?|ambassador|envoy|commissioner))"
                                          rf"\s+(?:of|for|at|with|from|in|to|in\s+charge\s+of)\s+(?:[^,;.()]|\([A-Z][A-Za-z&-]{{1,12}}\)){{3,110}}?),"
                                          rf"(?:\s+(?:{honorific})(?![\w’']))*\s+(?P<name>{name})(?:,|\.(?=\s|$))"),
        )
    return made


_BORN_TITLES = frozenset(row[0] for row in read_table("name_titles.tsv"))
_ACADEMIC_ONLY = frozenset({"Prof.", "Prof", "Professor", "Dr", "Dr.", "PM"})  # titles any role told yields to


@dataclass
class _Draft:
    name: str
    role: str | None
    country: str | None
    rule: str
    mentions: list[Evidence] = field(default_factory=list)
    country_rule: str = ""  # "text" when the article says it, "lexicon" when people.tsv does
    listed_role: bool = False  # the role is people.tsv's, not the article's (which replaces it when told)

    def __post_init__(self) -> None:
        if self.country and not self.country_rule:
            self.country_rule = "lexicon" if self.rule == "known" else "text"


def find_people(doc: Document, lex: Lexicons) -> list[Person]:
    text = doc.text
    pat = _patterns(lex)
    drafts: dict[str, _Draft] = {}
    singles: list[tuple[str, int, int, str | None, str | None, str]] = []

    def add(name: str, start: int, role: str | None, country: str | None, rule: str) -> None:
        name = name.strip()  # "A B MP", "A B OBE": letters after the name, not of it (a match ends in one of the ENDS)
        name = _POST_NOMINALS.sub("", name) if name[-1:] in _POST_NOMINAL_ENDS else name
        if role and _LOW_PARTICLE.match(name) and (given := role.split()[-1])[:1].isupper() and given not in PORTFOLIO \
                and given not in lex.roles and given not in lex.countries and text.endswith(given + " ", 0, start):
            role, name, start = role[:-len(given)].rstrip(), f"{given} {name}", start - len(given) - 1  # "Minister
            # of Petroleum Tarek el-Molla": the role gives back the given name before a surname on a lowercase particle
        if role and "counterpart" in role.lower() and _RELATION_ONLY.fullmatch(role):  # (a word of every match)
            role = None  # "his counterpart, Anthony Albanese": who he is to another, not his office
        lead = pat.honorifics.match(" " + name)  # "Dr Anya Sharma": the name without its honorific
        if lead is None and name.startswith("MK") and _KNESSET.match(name):  # "MK Dana Levi" (not "MK Stalin")
            lead = _KNESSET.match(" " + name)
        if lead:
            rest = name[lead.end() - 1:]
            start += lead.end() - 1 + len(rest) - len(rest.lstrip())
            name = rest.strip()
        if name.startswith("Eng ") and _engineer(name[4:], lex):  # "Eng Hamad Al Rawahi": the engineer's honorific
            start, name = start + 4, name[4:]  # written without its stop (not "Eng Chin An", a family name)
        if name.startswith(("Sri ", "Seri ")) and _MALAY_HONORIFIC_BEFORE.search(text, max(0, start - 8), start):
            start, name = start + len(name.split()[0]) + 1, name.split(None, 1)[1]  # "Dato' Sri A B": not "Sri Mulyani"
        inner = pat.honorifics.search(name)  # "Tengku Datuk Seri Zafrul Abdul Aziz": honorifics inside the name
        while inner and inner.start() > 0 and inner.end() < len(name):
            name = name[:inner.start()] + " " + name[inner.end():].lstrip()
            inner = pat.honorifics.search(name)
        words = name.split()
        title = lex.roles.find(name) if words and (words[0] in lex.roles or " ".join(words[:2]) in lex.roles) else []
        # "Senator Gary Peters, chairman of ...": the name without its title
        if title and title[0].start == 0 and title[0].payload.value == "title" and " " in name[title[0].end:].strip() \
                and not (title[0].text in _GIVEN_TITLES and (_SON_OF_NEXT.match(name, title[0].end) or rule == "honorific")):
            # ("Sultan bin Ahmed", "Dr. Sultan Ahmad": his given name)
            cut = title[0].end + len(name[title[0].end:]) - len(name[title[0].end:].lstrip())
            start, name = start + cut, name[cut:]
        tokens = name.split()
        if not tokens or any(t in _NOT_NAME and not vietnamese_word(tokens, i) or t.strip(",") in PORTFOLIO
                             for i, t in enumerate(tokens)) \
                or name in lex.countries or name in lex.organizations or name in lex.roles:
            return  # (nor a role on its own: "General Manager")
        if all(t.isupper() or len(t) <= 2 and not t[1:].islower() for t in tokens):  # ("Ha Vi" is a name)
            return  # "UAE", "AI R": capitals alone are acronyms, not a name
        if doc.sentence_index(start) is None:
            return
        if len(tokens) == 1:
            singles.append((name, start, start + len(name), role, country, rule))
            return
        key = _key(name)
        draft = drafts.get(key)
        if draft is None:
            told = "text" if country else ""
            known = lex.people.get(name) or (lex.people.get(name.replace(" Bin ", " bin ")) if " Bin " in name else None)
            listed = known is not None and not role and rule != "known"
            if known is not None:
                role = known.surface if not role or role in _ACADEMIC_ONLY and known.surface else role
                country = country or (None if known.extra in ("", "-") else known.extra)
            drafts[key] = draft = _Draft(name, role, country, rule, country_rule=told or ("lexicon" if country else ""),
                                         listed_role=listed)
        elif role and rule != "known" and draft.listed_role and _clean_role(role, lex):  # "Sheikh A, Deputy Ruler
            # of Abu Dhabi": the role as told
            draft.role, draft.listed_role = role, False
        else:
            draft.role = role if role and (draft.role in _ACADEMIC_ONLY or _fuller(draft.role, role, lex)) else \
                draft.role or role  # ("Prof. A, President of KAUST": the office told after the academic title)
            if draft.country is None and country:
                draft.country, draft.country_rule = country, "lexicon" if rule == "known" else "text"
        if not any(e.start == start for e in draft.mentions):  # found by its title and by the lexicon: once
            draft.mentions.append(Evidence(start, start + len(name), name))

    taken: list[tuple[int, int]] = []  # names found after a title: a title inside one is part of the name
    titled: list[tuple[int, int]] = []  # (title head, name) of every name found after a title
    roles = lex.roles.find(text)
    for m in roles:
        if any(s <= m.start < e for s, e in taken[-3:]):
            continue  # "H.E. Omar bin Sultan Al Olama": "Sultan" here is a name, not a title
        if m.text == "Official" or m.text in SEAT_ABBREVIATIONS and not seat_opens_name(text, m.end, lex):
            continue  # "the Official Journal" (the title is "ministry official"); "said Ravi Sen. Officials ..."
        if m.text in _GIVEN_TITLES and (_SON_OF_NEXT.match(text, m.end) or after_son_of(text, m.start)):
            continue  # "Sultan bin Ahmed Al Jaber": a given name, not the title (but "Crown Prince bin Salman")
        pair = each_of_two(doc, lex, pat.name_after_any, lambda raw: _trim_name(raw, lex), m) \
            if m.payload.value == "title" else None
        if pair:  # "Presidents of Chile Ana Soto and Peru Luis Vega": each of his own country
            for name, start, role, country in pair:
                taken.append((start, start + len(name)))
                titled.append((m.start, start))
                add(name, start, role, country, "title")
            continue
        after = ROLE_TAIL.match(text, m.end) if m.payload.value == "title" else None
        if after is None and m.payload.value == "title":
            after = LOWER_TAIL.match(text, m.end)  # "coordinating minister for maritime affairs Luhut ..."
        role_end = after.end() if after else bare_portfolio_end(text, lex, pat, m.end)  # ("Secretary IT A B")
        role_end, listed_end = before_state_name(text, m.end, role_end) if after else (role_end, -1)  # (", Republic of")
        if after:  # "Minister for Trade Gan Kim Yong and China Minister of Commerce": one role, not the next
            later = [r for r in lex.roles.find(text[m.end:role_end]) if r.payload.value == "title" and
                     fastre.match(r"\s+(?:[A-Z]|of\b|for\b)|,\s+[A-Z]", text[m.end + r.end:m.end + r.end + 6]) and not (
                         r.text in _GIVEN_TITLES and _SON_OF_NEXT.match(text, m.end + r.end))]  # not "King on", nor
            # "... and Advanced Technology Sultan Al Jaber": a given name
            joints = [j for j in fastre.finditer(r"\s+and\s+", text[m.end:role_end]) if later and j.end() <= later[0].start]
            listed = [j for j in fastre.finditer(r",\s+|\s+and\s+", text[m.end:role_end]) if later and j.end() <= later[
                0].start and fastre.fullmatch(
                r"(?:[A-Z][\w’'-]*\s+){0,2}", text[m.end + j.end():m.end + later[0].start])]
            if listed:  # "... Tourism Ana Ruiz, Colombian Minister of ...": the next titled person of a list
                role_end = m.end + listed[-1].start()
                listed_end = role_end
                pair = [j for j in fastre.finditer(r"\s+and\s+", text[m.end:role_end]) if "," not in text[
                    m.end + j.end():role_end] and _plain_name(text[m.end + j.end():role_end], lex) and not any(
                    w in PORTFOLIO or _ABSTRACT.match(w) for w in text[m.end + j.end():role_end].split())]
                if pair:  # "... Technology Ana Ruiz and Ali Khan, Scientific Advisor of ...": Ali Khan is apposed
                    role_end = listed_end = m.end + pair[-1].start()
            elif joints:
                role_end = m.end + joints[-1].start()
        if after and _SON_OF_NEXT.match(text, role_end) and text[text.rfind(" ", m.end, role_end) + 1:role_end] \
                in _GIVEN_TITLES:  # "Minister of Industry Sultan bin Ahmed": the tail's last word is a given name
            role_end = text.rfind(" ", m.end, role_end)
        foreign = _NON_ENGLISH_WORD.search(text, m.end, role_end) if after else None
        if foreign:  # "Minister of Planning and Investment Trần Duy Đông": the portfolio ends where the name starts
            role_end = given_before(text, lex, m.end, foreign.start() - 1)  # (and its given name: "Miguel Cañete")
        inner = pat.honorifics.search(text, m.end, min(len(text), role_end + 12)) if after else None  # (its stop past
        inner = inner if inner and inner.start() < role_end else None  # the tail: "Minister of Energy Eng. A B")
        inner = inner or (_ROYAL_INSIDE.search(text, m.end, role_end) if after else None)  # (a royal title too)
        if inner:  # "Minister of Communications HE Mohammed bin Ali Al Mannai": the honorific opens the name
            role_end = inner.start()
            born = fastre.search(r"\s(\S+)\s*$", text[m.end:role_end])
            if born and born.group(1) in _BORN_TITLES:  # "... Industry Tengku Datuk Seri A": "Tengku" is his name's
                role_end = m.end + born.start()
        honorifics = pat.honorifics.match(text, role_end + text.startswith(",", role_end)) or (
            _ROYAL_INSIDE.match(text, role_end) if after else None)  # "President His Highness Sheikh Mohamed ...",
        # "Secretary General, Dr. A B, who ...", "Minister of Energy Prince A bin B"
        name_match = pat.name_after.match(text, honorifics.end() if honorifics else role_end)
        if name_match and role_end == listed_end:
            name_match = None  # the name is inside the tail, before the next person of the list
        if after and name_match and not honorifics and name_match.group(1).split()[0] in lex.name_particles:
            for _ in range(3):  # "... Affairs Ibrahim bin Ali", "... of Production Ana Ruiz de Soto": given names too
                given = fastre.search(r"\s([A-Z][\w’'-]+)\s*$", text[m.end:role_end])
                if not given or given.group(1) in PORTFOLIO or given.group(1) in lex.roles or given.group(1) in \
                        lex.countries or _ABSTRACT.match(given.group(1)) or m.end + given.start() <= m.end + 4 or any(
                        c.end == role_end - m.end for c in lex.countries.find(text[m.end:role_end])):
                    break  # (nor the last word of a country's name: "Prime Minister of Saudi Arabia Mohammed bin")
                role_end = m.end + given.start()
                name_match = pat.name_after.match(text, role_end)
        if after and not name_match:  # "Minister of Trade, Industry and Energy Bang Moon-kyu": tail took the name
            role_end, name_match = _split_tail_name(text, m.end, role_end, lex, pat)
            to = text.rfind(" to ", m.end, role_end)
            if not name_match and to > 0:  # "President of Ukraine A B to Turkey": the tail ran on past the name
                role_end, name_match = _split_tail_name(text, m.end, to, lex, pat)
        whose = None
        if not name_match:  # "the Minister of Science and Innovation of Peru, Ana Ruiz,": the country, then the name
            whose = of_country(doc, role_end)
            name_match = pat.name_after.match(text, whose[1]) if whose else None
        if not name_match and m.payload.value == "title":  # "director general of Kazakh state firm Zorya A B"
            role_end, name_match = name_past_the_tail(doc, lex, pat, m.end, role_end)
        if not name_match:
            continue
        name = _trim_name(name_match.group(1), lex)
        if " " not in name and _CUT_AT_END.fullmatch(text, name_match.start(1) + len(name)):
            continue  # "... since President Bola T" at the end of an excerpt: the name is cut, not a one-word name
        if " " not in name and _OFFICER_AFTER.match(text, name_match.start(1) + len(name)):
            continue  # "Chief Acceleration Officer Laura Gandini": a word of a compound title, not a name
        ahead = fastre.split(r",|(?<=[a-z]{3})[.!?;:]\s", text[name_match.start(1):name_match.end(1) + 12])[0]  # (not past
        # the sentence: "minister Mary King said. King said ...")
        if not name or any(w[:1].isupper() and w.strip(",") in lex.roles for w in ahead.split()[len(name.split()):]) \
                and any(r.payload.value == "title" and r.start >= len(name) and not (  # "Col. A B Chief Executive
                    " " in name and fastre.match(r"\s+of\b", ahead[r.end:])) for r in lex.roles.find(ahead)):  # Officer of
            continue  # "his counterpart External Affairs Minister Dr S Jaishankar": the next role names him
        if _ORG_AFTER.match(text, name_match.start(1) + len(name)) or text[m.start:name_match.start(1) + len(name)] \
                in lex.organizations or _PLACE_IN_NAME.search(name):
            continue  # "King Abdullah University", "General Electric": an organisation's name
        before = _NAMED_BEFORE.search(text, max(0, m.start - 70), m.start) if fastre.search(
            r",|\band\b", text[max(m.end, role_end - 4):name_match.start(1)]) else None
        if before and not any(before.start() <= s < before.end() for _, s in titled[-2:]):  # (not "the Minister of
            # X, A, the German Minister for Y, B": A's own title came first)
            continue  # "Ali Hassan, Deputy Governor, Sara Lee, Chief Economist": the title is Ali Hassan's (also
            # with an honorific: "Mr. A, Director of X, Mr. B, Head of Y")
        taken.append((name_match.start(1), name_match.start(1) + len(name)))
        if m.payload.value == "honorific":
            add(name, name_match.start(1), None, None, "honorific")
            continue
        titled.append((m.start, name_match.start(1)))
        role, country = _role_before(doc, lex, m.start, role_end, taken[:-1])
        if whose:
            country = country or country_in(doc, whose[0], whose[1])
        plural = m.text.endswith("s") and (m.text[:-1] in lex.roles or m.text.split()[-1][:-1] in lex.roles)
        if plural and role.endswith(m.text):  # "Presidents A and B": each is "President"
            role = role[:-1]
        trim, told = (lambda raw: _trim_name(raw, lex)), [(name, name_match.start(1), role, country)]
        if plural:  # "Presidents A and B", "Foreign Ministers A, of Mexico, and B, of Argentina": each holds it
            told = set_off_pair(doc, lex, pat.name_after_any, trim, *told[0]) or and_name(
                doc, lex, trim, lambda raw: _plain_name(raw, lex), *told[0])
        for one in told:
            add(*one, "title")

    lowered = doc.cache.get("lowered") or text.lower()
    heads = occurrences(lowered, _ROLE_WORDS, shared=True)  # appositions hold a role word: test only commas near one
    aligned = len(lowered) == len(text)  # (the offsets of the heads are the text's)
    for comma in commas_before(text, heads, 160):
        tail = _APPOSITION.match(text, comma) if not aligned or role_in_reach(text, heads, comma) else None
        if not tail:
            continue
        aside = _ASIDE_BEFORE.search(text, max(0, comma - 60), comma)  # "Eric Huang (黃鈞耀),"
        found = _name_ending_at(text, aside.start() if aside else comma, lex, pat)
        if found is None:
            continue
        start, name = found
        if _LOCATIVE_BEFORE.search(text, max(0, start - 12), start):
            continue  # "the ceremony in Ha Long, Deputy Minister ...": a place, then the next person's title
        if any(named == start for _, named in titled) and any(
                tail.start(1) <= head < tail.end(1) <= named <= tail.end(1) + 3 for head, named in titled):
            continue  # "the Minister of Trade, A, the German Minister for Development, B": each title before its name
        if (_looks_like_person(name, lex, drafts) or _plain_name(name, lex)) and not _VERB_OBJECT.search(tail.group(1)):
            role_end = tail.end(1)  # (not "A, the UK's foreign secretary announced the plan during ...": a clause)
            nxt = min((head for head, _ in titled if tail.start(1) < head < role_end), default=None)
            joined = _AND_NEXT_TITLE.search(text, tail.start(1), nxt) if nxt else None
            if joined:  # "between A, Minister of Science and the German Minister for Research B": A's role ends at "and"
                role_end = joined.start()
            if any(tail.start(1) <= head < role_end < named and not fastre.fullmatch(
                    r",?(?:\s+and)?(?:\s+(?:Mr|Ms|Mrs|Dr|Prof|H\.E|HE)\.?)*\s*", text[role_end:named]) for head, named in titled):
                continue  # "A, KOICA director B, Peruvian Minister of Trade C": the words title the next name
            joint = next((j for j in fastre.finditer(r"\s+(?:and|&)\s+", text[tail.start(1):role_end])
                          if _plain_name(text[tail.start(1) + j.end():role_end], lex) and not any(
                              w in PORTFOLIO or _ABSTRACT.match(w) for w in text[tail.start(1) + j.end():role_end].split())),
                         None)
            if joint:  # "A, Chinese Minister of Science and B, the Portuguese minister": A's role ends at "and"
                role_end = tail.start(1) + joint.start()
            elif more := BODY_AFTER.match(text, role_end):  # "A, Permanent Secretary, State Department for Energy;"
                role_end = more.end()
            elif PORTFOLIO_ROLE.search(text, tail.start(1), role_end) and (more := LISTED_PORTFOLIO.match(text, role_end)):
                role_end = more.end()  # "A, Minister of Science, Technology and Innovation, said": one portfolio
            elif PORTFOLIO_ROLE_LOWER.search(text, tail.start(1), role_end) and (more := LISTED_LOWER.match(text, role_end)):
                role_end = more.end()  # "A, minister of digital transformation, public works and procurement,"
            run_on = _RUN_ON.search(text, tail.start(1), role_end)
            if run_on:  # "A, President of X and attended by Mr B": the next clause of a roster, not the role
                role_end = run_on.start()
            role = text[tail.start(1):role_end].strip()
            role = fastre.sub(r"^(?:a|an|the)\s+", "", role)
            country = country_in(doc, tail.start(1), role_end) or org_after(doc, role_end)
            add(name, start, role, country, "apposition")
    for m in pat.role_then_name.finditer(text):  # "The head of Telefonica's Mexico unit, Juan Abellan,"
        name = _trim_name(m.group("name"), lex)
        if " " in name and (_looks_like_person(name, lex, drafts) or _plain_name(name, lex)):
            add(name, m.start("name"), m.group("role"), country_in(doc, m.start("role"), m.end("role")) or org_before(
                doc, m.start("role")), "apposition")  # ("Acme's chief executive of alliances, A B,": Acme's country)
    for name, start, role, country in heads_named(doc, pat.name, lambda raw: _trim_name(raw, lex)):
        if _looks_like_person(name, lex, drafts) or _plain_name(name, lex):
            add(name, start, role, country, "led_by")  # "ISRO, led by K. Sivan,", "Dmitry Rogozin-led Roscosmos"
    for name, start, role, country in roles_after_steps(doc, lex, lambda end: _name_ending_at(text, end, lex, pat), pat):
        add(name, start, role, country, "apposition")  # "A B was sworn in as president", "Acme, whose CEO, A B,"
    for name, start, country in counterparts_named(doc, pat.name_after_any, lambda raw: _trim_name(raw, lex)):
        add(name, start, None, country, "apposition")  # "his U.S. and Japanese counterparts, A and B, respectively"
    for match in pat.said.finditer(text):
        name = _trim_name(match.group(1), lex)
        if name and " " in name and _looks_like_person(name, lex, drafts):
            add(name, match.start(1) + match.group(1).index(name), None, None, "attribution")
    for match in said_after(text):  # (past a name in its own script: "A B (于恆祥) said")
        aside = _ASIDE_BEFORE.search(text, max(0, match.start() - 45), match.start()) if text[match.start() - 1:
                                                                                          match.start()] == ")" else None
        found = _name_ending_at(text, aside.start() if aside else match.start(), lex, pat)
        if found is not None and (_looks_like_person(found[1], lex, drafts) or _plain_name(found[1], lex) and
                                  _AFTER_QUOTE.search(text, max(0, found[0] - 4), found[0])):
            add(found[1], found[0], None, None, "attribution")  # ("...,” Alioune Sall said: a quote's speaker)
    for m in lex.people.find(text):
        if _FOR_GOVERNMENT.match(text, m.end) or _ORG_AFTER.match(text, m.end) or any(
                o.end > m.start for o in doc.between("organizations", m.start - 120, m.start + 1)):
            continue  # "the Trump administration", "Mohamed bin Zayed University", "... Al Maktoum Global Initiative"
        if fastre.search(r"\b(?:[Bb]in|[Ii]bn|[Bb]int)\s+$", text[max(0, m.start - 5):m.start]) and any(
                e.start < m.start and m.end <= e.end for d in drafts.values() for e in d.mentions):
            continue  # "Khalid bin Mohamed bin Zayed Al Nahyan": a known name inside a longer one is his father's
        if len(m.text.split()) > 1:
            add(m.text, m.start, m.payload.surface, None if m.payload.extra in ("", "-") else m.payload.extra, "known")
        else:
            singles.append((m.text, m.start, m.end, m.payload.surface,
                            None if m.payload.extra in ("", "-") else m.payload.extra, "known"))

    for name, start, end, role, country, rule in singles:
        target = _expand(name, drafts)
        if target is not None:
            target.mentions.append(Evidence(start, end, name))
            target.role = target.role or role
            if target.country is None and country:
                target.country, target.country_rule = country, "lexicon" if rule == "known" else "text"
        elif rule == "known":  # "RISHI Sunak": the office holder the lexicon knows, as the article spells him
            full = lex.people.get(name).value
            after = _NEXT_NAME_WORD.match(text, end)
            if after and f"{name} {after.group(1)}".lower() not in full.lower():
                continue  # "Marcos Pontes": another person, whose given name is the known one's surname
            given = full[:-len(name)].strip() if full.endswith(" " + name) else ""
            if given and text[max(0, start - len(given) - 1):start].strip().lower() == given.lower():
                start -= len(given) + 1
                name = text[start:end]
            drafts.setdefault(_key(name), _Draft(name, role, country, rule)).mentions.append(Evidence(start, end, name))
        elif rule == "title" and not text.startswith(")", end) and not any(  # "(CEO Noida)": a post, not a person
                o.start < start and end <= o.end for o in doc.between("organizations", start - 60, end)):  # (nor the
            # last word of a body after a role: "Chairman of the Board of China Mobile")
            drafts.setdefault(_key(name), _Draft(name, role, country, rule)).mentions.append(Evidence(start, end, name))
    _merge_shortened(drafts)
    _surname_mentions(text, drafts)

    people = []
    titled_at = [(e.start, d.role) for d in drafts.values() for e in d.mentions]
    for draft in drafts.values():
        draft.mentions.sort(key=lambda e: e.start)
        if draft.role is None:  # "foreign minister A and his Jordanian counterpart B": B's office is A's
            draft.role = counterpart_role(doc, lex, draft.mentions[0].start, titled_at)
        if draft.country in BLOCS:  # "ASEAN Secretary-General": a bloc's officer serves no country
            draft.country, draft.country_rule = None, ""
        people.append(Person(draft.name, draft.role, draft.country, draft.mentions, draft.rule, draft.country_rule))
        doc.people += [PersonMention(e.start, e.end, e.text, draft.name, draft.role, draft.country, draft.rule)
                       for e in draft.mentions]
    people.sort(key=lambda p: p.mentions[0].start)
    return people


def _name_ending_at(text: str, end: int, lex: Lexicons, pat: _Patterns) -> tuple[int, str] | None:
    """The multi-word name that ends right at ``end`` ("... said Kim Chang-wook, ..."), with its start."""
    match = pat.name_at_end.search(text, name_may_start(text, max(0, end - 70), end), end)
    if match is None:
        return None
    tokens = list(fastre.finditer(r"\S+", match.group(1)))
    for token in tokens[:-1]:  # drop leading words that are not names ("Visiting", "Director")
        start = match.start(1) + token.start()
        candidate = text[start:match.end(1)]
        lead = pat.honorifics.match(" " + candidate)
        if lead and " " in candidate[lead.end():].strip():  # "His Excellency Omar Al Hashimi, Chairman of ...":
            start += lead.end() - 1 + len(candidate[lead.end() - 1:]) - len(candidate[lead.end() - 1:].lstrip())
            candidate = text[start:match.end(1)]  # the name after the honorific
        if _trim_name(candidate, lex) == candidate:
            return start, candidate
    return None


def _fuller(old: str | None, new: str, lex: Lexicons) -> bool:
    """Whether ``new`` tells more of the office than ``old``, a bare title ("Secretary of State", then "Science,
    Innovation and Technology Secretary"; "President", then "President of the Republic of Chile")."""
    return bool(old and old in lex.roles and len(new) > len(old) and old.split()[0].lower() in new.lower().split()
                and _clean_role(new, lex))


def _clean_role(new: str, lex: Lexicons) -> bool:
    """Not a run-on ("adviser here", "Commissioner presented from the EU side") nor one with the next person in it
    ("President Luis Arce")."""
    last = new.split()[-1]
    run_on = fastre.search(r"\s[a-z]+ed\s", new) or last[:1].islower() and last.capitalize() not in PORTFOLIO and \
        last not in lex.roles
    return not run_on and not any(r.payload.value == "title" and fastre.match(r"\s+[A-Z]", new[r.end:]) and
                                  new[r.end:].split()[0] not in PORTFOLIO for r in lex.roles.find(new))


def _key(name: str) -> str:
    return _NOT_A_LETTER.sub("", name.lower())


_NOT_A_LETTER = re.compile(r"[^a-z]")  # (compiled once: a key is made for every name asked about)


_NEXT_NAME_WORD = re.compile(r"\s+([A-Z][\w’'-]+)")


def _trim_name(raw: str, lex: Lexicons) -> str:
    """The longest prefix of ``raw`` made of name tokens (stops at a country, an organisation, a common word)."""
    words = raw.split()  # (its tokens: the runs "\S+" finds, str.isspace being "\s")
    last = len(words) - 1
    kept = 0  # (the words kept so far, each in turn: the index of the word read)
    for word in words:
        surname = kept and word.rstrip(",")[1:].islower() and word.rstrip(",") in lex.organizations  # "Kenji Takeda"
        surname = surname or not kept and word in lex.surnames and len(words) > 1 and words[1].rstrip(",") in \
            lex.given_names  # "Takeda Ryota": a family name first, as Japanese officials are named
        entry = lex.countries.get(word)
        if kept >= 2 and kept == last and entry is not None and entry.type == "demonym":
            kept += 1  # "Dr Mohamed Khalil Iraqi;": a surname that reads as a nationality, ending the name
            break
        if not kept and word in lex.given_names and word in lex.countries and len(words) > 1 and \
                words[1][:1].isupper() and words[1].rstrip(",") not in lex.countries:
            kept += 1  # "minister Santiago Cafiero": a given name that is also a capital's
            continue
        if word in ("An", "The") and vietnamese_word(words, kept):  # (none other is one)
            kept += 1  # "Bui The Duy", "Tran Van An": a name word, no article
            continue
        if word in _NOT_NAME or word in lex.countries or word in lex.organizations and not surname:
            break
        if kept and word in lex.roles and any(r.start == 0 and " " in r.text and r.payload.value == "title"
                                            for r in lex.roles.find(raw[_token_end(raw, words, kept) - len(word):])):
            break  # "James Mutua Chief Executive Officer of ...": the name ends where a title starts
        kept += 1
    while kept and len(words[kept - 1]) <= 2 and words[kept - 1].endswith("."):  # a trailing initial
        kept -= 1
    name = raw[:_token_end(raw, words, kept - 1)] if kept else ""
    return name if "\n" not in name else ""


def _token_end(raw: str, words: list[str], index: int) -> int:
    """Where token ``index`` of ``raw`` ends, ``words`` being ``raw.split()`` (each token found from the end of the
    one before: only blanks stand between, and a token holds none)."""
    end = 0
    for word in words[:index + 1]:
        end = raw.find(word, end) + len(word)
    return end


def _split_tail_name(text: str, head_end: int, tail_end: int, lex: Lexicons, pat: _Patterns):
    """The role tail swallowed the name: give its last capitalised words back to the name. The name starts
    after the last word of the portfolio ("Minister for Trade and Industry Gan Kim Yong", "Minister of
    Education and Research, Bettina Stark-Watzinger"), or at a known given name or surname."""
    comma = text.rfind(", ", head_end, tail_end)
    if comma > 0:  # "Commissioner for the Internal Market, Thierry Breton": the name after the last comma
        found = pat.name_after_any.match(text, comma + 2)
        if found and found.end(1) == tail_end and " " in found.group(1) and _plain_name(found.group(1), lex):
            return comma, found
    words = list(fastre.finditer(r"\S+", text[head_end:tail_end]))
    last = max((i for i, w in enumerate(words) if w.group(0).strip(",") in PORTFOLIO or w.group(0) in _CONNECTING
                or w.group(0) == "in"
                or w.group(0).strip(",") in lex.countries or _ABSTRACT.match(w.group(0).strip(","))
                or w.group(0).strip(",") in _NOT_NAME), default=-1)
    if 0 <= last and words[last].group(0) in ("of", "for", "on", "in") and len(words) - last >= 4:
        last += 1  # "for Lands Amos Kiprono": a connector takes one portfolio word, the rest is the name
    if 0 <= last < len(words) - 1 and words[last].group(0) not in _CONNECTING and words[last].group(0) != "in":
        cut = head_end + words[last + 1].start()
        found = pat.name_after_any.match(text, cut)
        if found and found.end(1) <= tail_end + 1 and " " in found.group(1):
            return cut, found
    for i, word in enumerate(words):
        token = word.group(0).strip(",")
        prev = words[i - 1].group(0) if i else ""
        if i >= 2 and (token in lex.surnames or token in lex.given_names) and prev not in ("and", "&", "of", "for", "the"):
            cut = head_end + word.start()
            return cut, pat.name_after_any.match(text, cut)
    return tail_end, None


def _plain_name(name: str, lex: Lexicons) -> bool:
    """Two to five capitalised words (particles aside: "Ana María Ruiz de Castilla") that are no country,
    organisation, role or common word: a name, given a role."""
    tokens = name.split()
    return 2 <= len([t for t in tokens if t not in lex.name_particles]) <= 5 and tokens[0][:1].isupper() and fastre.sub(r"^[dl][’']", "", tokens[-1])[:1].isupper() \
        and not any(
        t in _NOT_NAME or t in lex.countries or t in lex.organizations or t.lower() in lex.sectors for t in tokens) and not any(
        _is_title(t, lex) and not (t in _GIVEN_TITLES and tokens[i - 1] in lex.name_particles)  # ("Omar bin Sultan")
        for i, t in enumerate(tokens[1:], 1))


def _is_title(word: str, lex: Lexicons) -> bool:
    term = lex.roles.get(word)
    return term is not None and term.value == "title"


def _looks_like_person(name: str, lex: Lexicons, drafts: dict) -> bool:
    tokens = name.split()
    if len(tokens) > 4 or _key(name) in drafts:
        return _key(name) in drafts
    if tokens[0] in lex.given_names or name in lex.people:
        return True
    if tokens[0] in lex.surnames and len(tokens) <= 3:  # "Kim Chang-wook", "Lee Jong Ho"
        return True
    return False
