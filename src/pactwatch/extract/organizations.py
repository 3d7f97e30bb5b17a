"""Organisations in a document.

Known organisations come from the gazetteer in ``data/organizations.tsv``. Organisations missing from it are found by
the patterns news uses to introduce them: a definition with its acronym ("Home Team Science and Technology Agency
(HTX)"), after which the bare acronym refers to it, and a capitalised name ending in a head word such as Association,
Institute or Ministry ("Global Foresight Institute"); where such a name begins and ends is settled in ``orgspans.py``.
Names with none of these, that only the sentence makes bodies ("shares of X rose", "according to a report by X"), come
from ``orgcues.py``; head-word names that are no body where they stand (a venue, an event, a title's topic) are left
out by ``notorgs.py``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from . import fastre
from .bodies import bodies_of_state, lower_ministries, ministry_phrases
from .described import described_organizations, unit_named
from .doc import Document, OrgMention
from .lexicon import Gazetteer, Lexicons, OrgEntry
from .orgcountry import federation_named, org_country, outlet_home, sole_country_body, story_home
from .orgcues import acts_as_body, cued_organizations
from .notorgs import not_a_body
from .orgtold import acting_alliances, parent_country
from .statefunds import state_funds
from .lowerbodies import lower_bodies
from .orgnames import (CONNECTORS, company_suffixes, in_capitals, index_names, initials_fit, media_credit,
                       name_stems, not_the_org, past_a_days_own, past_opener, past_other_owner, shared_acronym, whole_words)
from .orgspans import (OWNER, PORTFOLIO_WORDS, abridged, bodies_to_be_formed, country_prefixed, glosses,
                       known_before_portfolio, last_body, one_body_per_acronym, one_unit_named, programme_siblings,
                       relink_acronyms, renamed_kin, same_body, same_words_as_known, sentence_end, shared_head_bodies,
                       shared_name_home, shortened_later, slash_partner, suffix_country, two_bodies, without_owner)

# Words that end an organisation's name, and words that end an event or an
# instrument's name (which are not organisations).
_ORG_HEADS = (
    "Association|Associations|Institute|Institutes|Ministry|Agency|Foundation|University|Council|Federation|Office|"
    "Commission|Corporation|Company|Society|Academy|Bank|Authority|Administration|Department|Bureau|"
    "Laboratory|Laboratories|Project|Organization|Organisation|Undertaking|Observatory|College|Institution|"
    "Chamber of Commerce and Industry|Chamber of Commerce|Board|Secretariat|Directorate|Service|Agencies|Union|(?<=Geological )Survey|"
    "Party|Parliament|(?:(?<=National )|(?<=General )|(?<=Legislative )|(?<=Federal )|(?<=Constituent )|"
    "(?<=Consultative )|(?<=Parliamentary )|(?<=Provincial )|(?<=Regional )|(?<=State )|(?<=Health )|(?<=People's )|"
    "(?<=People’s ))Assembly|(?<=State )Government|(?<=State )Govt|(?<=Prefectural )Government|(?<=Provincial )Government|"
    "(?<=Municipal )Government|(?<=Metropolitan )Government|Congress|Senate|Cabinet|Bundestag|Knesset|Duma|Group|Holdings|Inc\\.|Corp\\.|Ltd|"
    "Limited|Co\\.|SE|AG|GmbH|plc|PLC|LLC|N\\.V\\.|NV|B\\.V\\.|Berhad|Bhd|JSC|PJSC|S\\.A\\.|SpA|S\\.p\\.A\\.|Tbk|"
    "Embassy|Consulate|Command|Navy|Army|Air Force|Coast Guard|Court|Committee|High Commission|Task Force|"
    "Stock Exchange|Securities Exchange"
)
_NAME_WORD = r"(?:[A-Z][\w&’'.-]*[\w.]|[A-Z]|\d{1,3}(?:st|nd|rd|th)?)"
_NAME_TOKEN = fastre.compile(rf"{_NAME_WORD}$")
# "of Trade, Industry and Energy", "for Advancement of Technology", "of the Secretary to the President"
_PORTFOLIO_WORDS = PORTFOLIO_WORDS
_PORTFOLIO_WORD = "(?:" + "|".join(sorted(map(re.escape, _PORTFOLIO_WORDS), key=len, reverse=True)) + ")"
_ENDS_NAME = r"(?![\w’'-])(?!\s+(?!(?:Cabinet\s+Secretary|Minister|Secretary|Director|Chief|Head|President|Chair)\b)[A-Z])"
_TAIL = fastre.compile(rf"\s+(?:of|for|on)\s+(?:the\s+)?{_NAME_WORD}(?:\s+(?:(?:and|&|of|for|the|to)\s+)*{_NAME_WORD})*"
                   rf"(?:(?:,\s+{_PORTFOLIO_WORD})+,?\s+(?:and|&)\s+{_NAME_WORD}\s+{_NAME_WORD}{_ENDS_NAME}"
                   rf"|(?:,\s+{_NAME_WORD})+,?\s+(?:and|&)\s+{_NAME_WORD}"
                   rf"|(?:,\s+{_PORTFOLIO_WORD})+,?\s+(?:and|&)\s+the\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?{_ENDS_NAME})?")
# ("Ministry of Information, Communications and the Digital Economy": a list of portfolio words with its article,
# whole words, a person's title may follow; not "the Ministry of Finance, Microsoft and the European Investment Bank")
_HEAD = fastre.scanner(rf"\b(?:{_ORG_HEADS})(?![\w-])")
_LEADING_HEADS = frozenset({"Ministry", "Department", "Office", "University", "Institute", "Federation", "Chamber",
                            "Bank", "Academy", "Agency", "Council", "Bureau", "Commission", "Embassy", "Cabinet", "Union",
                            "Secretariat"})
_ACRONYM_IN_PARENS = fastre.compile(r"\s*\(([A-Z][A-Za-z&*]{1,9}(?:\s[A-Z]{1,4})?)\)")
_FIRM_SUFFIXES = frozenset({"Co.", "Corp.", "Inc.", "Ltd", "LLC", "plc", "PLC", "AG", "SE", "GmbH", "Bhd", "JSC", "PJSC"})
_FIRM_ENDS = frozenset({"Ltd", "Limited", "Inc", "Corp", "Co", "LLC", "plc", "PLC", "AG", "SE", "SA", "GmbH", "Bhd", "JSC",
                        "NV", "BV", "Pte", "Tbk"})
_AND = frozenset({"and", "&"})
_WORD_BACK = re.compile(r"[ \t]*([^\s(),;:“”\"]*)")  # read in the text reversed: the blanks before a word, the word


def _name_start(text: str, end: int, connectors: frozenset[str], limit: int = 14, backwards: str | None = None) -> int:
    """Start of the run of capitalised words ending at ``end`` (connectors allowed between them); ``backwards``:
    ``text[::-1]`` when the caller has it (each word before is read forwards in it: one match, no walk)."""
    backwards = text[::-1] if backwards is None else backwards
    size = len(text)
    start = end
    pos = end
    pending = start
    for _ in range(limit):
        back = _WORD_BACK.match(backwards, size - pos)
        word_end, pos = size - back.start(1), size - back.end(1)
        word = text[pos:word_end]
        if not word:
            break
        if _NAME_TOKEN.match(word):
            if start < end and sentence_end(word):
                break  # "... giant Equinix. The Thailand Board of Investment": the full stop ends a sentence
            if pending != start and text[pending:start].split()[0] in ("and", "&") and word.rstrip(".,") in _FIRM_ENDS:
                break  # "Weda Bay Ltd and Harita Nickel Co.": the first firm's name is whole, a second one begins
            start = pending = pos
        elif word in connectors and pending == start:
            pending = pos  # a connector counts only if a name word comes before it
            continue
        else:
            break
    return start
def _headed_names(text: str):
    """Names ending in an organisation head word ("Global Foresight Institute", "Korea Research Institute of
    Bioscience and Biotechnology") or starting with one ("Ministry of Science and ICT"), and centres that act
    ("the National Innovation Centre (NIC) signed ...": a body, where a centre is otherwise an instrument)."""
    backwards = text[::-1]
    for head in _HEAD.finditer(text):
        tail = _TAIL.match(text, head.end())
        end = tail.end() if tail else head.end()
        if tail and head.group(0) in _FIRM_SUFFIXES and text.startswith(" of ", head.end()):
            tail, end = None, head.end()  # "Fujian Jinhua Integrated Circuit Co. of China": where the firm is from
        owner = _OWNER_IN_TAIL.search(text, head.end(), end) if tail else None
        if owner:  # "Department of Science and Technology and France's research agency": the tail stops there
            end = owner.start()
        if "\n" in text[head.end():end]:  # "... of Mexico.\n\nThe": a paragraph's end ends the name
            end = text.index("\n", head.end())
        start = past_opener(text, past_other_owner(text, _name_start(text, head.start(), _AND, backwards=backwards),
                                                   head.start()), head.start())
        title = _TITLE_LEAD.match(text, start)
        if title and title.end() < head.start():  # "Protocol Between China National Space Administration and ...":
            start = title.end()  # the instrument's title names the body, it is none
        if start < head.start():
            yield start, end, "head_word"
        elif tail and head.group(0) in _LEADING_HEADS:
            yield head.start(), end, "leading_head"
    for head in _GLUED_ACRONYM.finditer(text):  # "African Union Development Agency-NEPAD": the acronym glued on
        start = past_other_owner(text, _name_start(text, head.start(), _AND, backwards=backwards), head.start())
        if start < head.start():
            yield start, head.end(), "head_word"
    for head in _CENTRE.finditer(text):
        start = _name_start(text, head.start(), _AND, backwards=backwards)
        if _ACTS.match(text, head.end()) and start < head.start():
            yield start, head.end(), "acting_centre"
        elif fastre.match(r"(?:The\s+)?National\s", text[start:head.start()]):  # "National Informatics Centre": a
            tail = _TAIL.match(text, head.end())  # country's own institution, not a joint centre; "National Center for
            yield start, tail.end() if tail else head.end(), "acting_centre"  # Space Studies": with its tail
_TITLE_LEAD = fastre.compile(r"(?:[A-Z][\w-]*\s+){0,3}?(?:Protocol|Agreement|Memorandum|MoU|MOU|Treaty|Accord|"
                             r"Convention|Arrangement|Declaration|Statement|Charter)(?:\s+of\s+(?:Understanding|"
                             r"Cooperation|Intent))?\s+(?:Between|Among|between|among)\s+(?:the\s+)?")
_OFFICE_HOLDER = fastre.compile(r"(?:[\w.’'-]+['’]s\s+)?(?:(?:Deputy|Vice|Acting|Prime|Foreign|State)\s+)*"
                                r"(?:Minister|Secretary|President|Ambassador|Governor|Chairman|Chairwoman|Director)\b")
_OWNER_IN_TAIL = fastre.compile(r"\s+(?:and|&)\s+(?:the\s+)?[\w.-]+(?:['’]s\b|s['’](?=\s))")
_BOARD = fastre.compile(r"\s+(?:Governing\s+|Executive\s+)?Board(?:\s+of\s+(?:Directors|Trustees|Governors))?")
_RIVER_BANK = fastre.compile(r"(?:West|East|North|South|Left|Right)\s+Bank")  # a place ("the occupied West Bank")
_ROLE_PLAYED = fastre.compile(r"\bas\s+(?:the|an?|its)\s+$")
_GERUND_HEAD = fastre.compile(r"[A-Z][a-z]+ing\s+(?:Agency|Agencies|Authority|Institution|Body|Entity|Partner|Office)")
_CENTRE = fastre.scanner(r"\b(?:Centre|Center)\b")
_GLUED_ACRONYM = fastre.scanner(rf"\b(?:{_ORG_HEADS})-[A-Z][A-Z&]{{1,8}}\b(?![\w-])")
# after a body's name, what it does: "(NIC), under the Ministry of Planning, signed", "of Egypt has inked"
_ACTS = fastre.compile(r"(?:\s*\([A-Z][A-Za-z&]{1,9}\))?(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})?"
                       r"(?:\s*,[^,;.]{1,80},)?\s+(?:(?:has|have|had|also|will|jointly|formally|on\s+[A-Z]\w+)\s+)*"
                       r"(?:signed|signs|sign|inked|inks|agreed|agrees|said|says|announced|announces|exchanged|"
                       r"concluded|concludes|partnered|teamed)\b")
def _definitions(text: str):
    """"Home Team Science and Technology Agency (HTX)": the name before a bracketed acronym, and the acronym."""
    backwards = None
    for paren in fastre.finditer(r"\(", text):
        match = _ACRONYM_IN_PARENS.match(text, paren.start() - (1 if paren.start() and text[paren.start() - 1] == " " else 0))
        if not match:
            continue
        end = paren.start()
        while end > 0 and text[end - 1] == " ":
            end -= 1
        backwards = text[::-1] if backwards is None else backwards
        start = past_other_owner(text, _name_start(text, end, CONNECTORS, backwards=backwards), end)
        if start < end:
            yield start, end, match.group(1)
_NOT_ACRONYMS = frozenset({"AI", "MOU", "MOUS", "MOUs", "MoU", "MoUs", "ICT", "R&D", "IT", "CEO", "GDP", "FTA", "EV",
                           "EVS", "EVs", "HBM", "DRAM", "IP", "LOI", "UK", "US", "EU", "ROK", "AM", "PM", "CNN"})
_NOT_NAME_START = frozenset({"The", "A", "An", "This", "These", "That", "Its", "Their", "Our", "His", "Her", "Both",
                             "Under", "With", "And", "In", "At", "On", "For", "From", "By", "As", "Also", "Meanwhile",
                             "Furthermore", "Moreover", "Additionally", "According", "Consequently", "However",
                             "Visiting", "Earlier", "Later", "Former", "Then", "Mr", "Dr"})
_EVENT_WORDS = fastre.compile(r"\b(?:Forum|Dialogue|Summit|Conference|Meeting|Partnership|Fund|Alliance|Framework|"
                          r"Agreement|Accord|Act|Plan|Programme|Program|Initiative|Awards?|Centres?|Centers?|Week|"
                          r"Expo|Statement|Declaration|Memorandum|Report)\b")
_WRAPPED = fastre.compile(r"\n(?:(?<=[,&]\n)|(?<=\bof\n)|(?<=\band\n)|(?<=\bfor\n))(?=[A-Z&])")  # a name goes on past the
# break (the line break first: the engine looks for it fast, then tests what is before it)
def find_organizations(doc: Document, lex: Lexicons) -> None:
    text = doc.text
    # a name a page wrapped over two lines ("the UK Foreign,\nCommonwealth & Development Office"): read as one
    flat = _WRAPPED.sub(" ", text) if "\n" in text else text
    known = in_body(doc, lex.organizations.find(flat))
    capitals = in_body(doc, in_capitals(text, lex))  # "ROSATOM": Rosatom
    credited = {m.payload.name for m in known if media_credit(text, m)}  # "(Photo: Reuters/VNA)": the messenger
    # everywhere in the story ("Speaking to ANI" after "(Photo: ANI)")
    found: list[OrgMention] = [unit_named(text, lex, OrgMention(m.start, m.end, m.text, m.payload, "gazetteer"))
                               for m in known if not not_the_org(text, m) and m.payload.name not in credited
                               and not _a_persons_surname(text, m, lex) and not _a_venue(text, m)] + capitals
    indexes = index_names(text)  # "Nikkei share average ... The Nikkei closed higher": an index, no newspaper
    found = [m for m in found if m.text not in indexes or m.text == m.entry.name]
    acronyms: Gazetteer[OrgEntry] = Gazetteer()
    redefined, renamed = set(), set()
    for raw_start, raw_end, acronym in _definitions(text):
        raw = text[raw_start:raw_end]
        if _before_a_person(raw, lex) != raw:
            continue  # "... Board of Canada John Smith and Minister of ... Mari Tamm (SDE)": her party, no body
        name = without_owner(last_body(_clean_name(raw), lex), lex)
        other = lex.organizations.get(acronym)
        at = raw_start + raw.find(name)
        if other is not None and other.name not in text and (not same_body(name, other) or (
                org_country(doc, lex, at, at + len(name)) or other.country) != other.country) and initials_fit(
                " ".join(fastre.findall(r"[\w’'-]+", text[max(0, raw_end - 80):raw_end])[-8:]), acronym):
            redefined.add(acronym)  # "... Assembly, Integration and Test Center (AIT)": not the gazetteer's AIT,
            if not (_HEAD.search(name) or _COMPANY_END.search(name)):
                continue  # nor is "Egyptian Space Agency (ESA)" or "Egypt's Space Agency (ESA)" the European one
        if name in lex.countries and (told := _named_then_country(doc, lex, raw_start, acronym)):
            found.append(told)  # "Innovation Hubs Network, Ghana (IHN)": the body, its country, its acronym
            acronyms.add(acronym, told.entry)
            continue
        if not name or acronym in _NOT_ACRONYMS or acronym.upper() in _NOT_ACRONYMS or _OFFICE_HOLDER.match(name):
            continue  # "Indonesia's Minister of Energy (ESDM)": a role; the acronym is the ministry's
        if name in lex.countries or acronym in lex.countries and not initials_fit(text[at - 8:at] + name, acronym) \
                or name.lower() in lex.instruments:
            continue  # (but "Kenya's Space Agency (KSA)" is no Saudi Arabia: its letters are the name's)
        national = name.startswith("National ") and _CENTRE.search(name) and not _EVENT_WORDS.search(
            name.replace("Centre", "").replace("Center", ""))  # "Saudi Arabia's National Center for AI (NCAI)"
        if _EVENT_WORDS.search(name) and not lex.organizations.get(name) and not (
                _CENTRE.search(name[-7:]) and _ACTS.match(text, raw_end) or national):
            continue  # "ASEAN-Korea Free Trade Agreement (AKFTA)" names an instrument, not an organisation
        start = raw_start + raw.index(name)
        known = lex.organizations.get(name) or (lex.organizations.get(acronym) if acronym not in redefined else None)
        if known is None and not (_HEAD.search(name) or _COMPANY_END.search(name) or national or
                                  acts_as_body(text, acronym, raw_end)):  # ("X (XS) ... XS said": a body)
            continue  # "High Performance Computing (HPC)", "Small Modular Reactors (SMR)": a thing, not a body
        if known is None and _bilateral_body(doc, lex, name):
            continue
        if known is not None and (known.name == acronym or known.name not in text and not name_stems(name) <= name_stems(
                known.name)) and acronym not in redefined and not lex.organizations.get(name) and (
                _HEAD.search(name) or _COMPANY_END.search(name)):  # (not its known name cut short: "Ministry of Trade")
            known = OrgEntry(name, tuple(dict.fromkeys((acronym, *known.acronyms))), known.country, known.type,
                             (known.name, *known.aliases) if known.name != acronym else known.aliases, "definition")
            renamed.add(acronym)  # "Russian Federal Space Agency (Roscosmos)", "German Agency for International
            # Cooperation (GIZ)": a known body, named as the story names it (in full, in English, or its former name)
        entry = known or OrgEntry(name, (acronym,), org_country(doc, lex, start, start + len(name)),
                                  "organization", source="definition")
        if known is None or known.source == "definition":
            found.append(OrgMention(start, start + len(name), name, entry, "definition"))
        owner = org_country(doc, lex, start, start + len(name)) if known is not None and known.country else None
        if owner and owner != known.country:  # "Vietnam's Ministry of Science and Technology (MoST)": the acronym
            entry = OrgEntry(known.name, known.acronyms, owner, known.type, known.aliases, known.source)  # is not
        acronyms.add(acronym, entry)  # China's, whose name and acronym the gazetteer holds
    found = [m for m in found if m.text not in renamed and (m.text not in redefined or m.text == m.entry.name)]
    found += [OrgMention(m.start, m.end, m.text, m.payload, "acronym")
              for m in in_body(doc, whole_words(text, dict(acronyms.items())))]  # (as acronyms.find(text) reads them)
    joint_ends: list[int] = []
    joint_names: set[str] = set()
    for raw_start, raw_end, rule in _headed_names(flat):
        raw = _before_a_person(text[raw_start:raw_end], lex)
        name = _clean_name(raw)
        if _unit_of_known(name, lex, acronyms):
            continue  # "Samsung Board of Directors": the firm itself, found by the gazetteer
        if not name or " " not in name and "-" not in name:
            continue
        for start, name in _separate(doc, lex, raw_start + raw.index(name), name):
            end = start + len(name)
            if _EVENT_WORDS.search(name) and rule != "acting_centre" or name in lex.countries or \
                    _RIVER_BANK.fullmatch(name) or doc.sentence_index(start) is None or \
                    all(p in lex.countries for p in name.split("-")):
                continue  # (nor "European Union-African Union": two blocs, the parties of a meeting)
            longer = _CONTINUED.match(text, end)
            if longer and longer.group(1)[0] == name.split()[-1][0]:
                continue  # "Satellite Assembly, Integration and Test Center (AIT)": the start of a longer name
            if lex.organizations.get(name) is None and (_bilateral_body(doc, lex, name) or name in joint_names or any(
                    _QUOTED_ALIAS.fullmatch(text, e, start) for e in joint_ends)):
                joint_ends.append(end)  # (its short name in brackets after it: "(“H2-diplo Office”)", the same, and
                joint_names.add(name)  # wherever the story uses that short name again)
                continue  # "EU-India Trade and Technology Council": a dialogue of two parties, not an organisation
            if _a_leaders_government(text, lex, name) or _ROLE_PLAYED.search(text, max(0, start - 12), start) and \
                    _GERUND_HEAD.fullmatch(name):
                if "-" in name.split()[0] and name.endswith(("Administration", "Government")):  # (a ticket's span
                    found.append(OrgMention(start, end, name, OrgEntry(name, (), None, "government", source="ticket"),
                                            "leaders_government"))  # kept, so no one of its two is read as a person)
                continue  # "the Trump Administration": a government; "as the Implementing Agency": a role played
            plural = _PLURAL_KIND.match(name)
            if plural and lex.organizations.get(name) is None and not lex.countries.find(plural.group(1)):
                continue  # "the Space Agencies of the Turkic states", "the Research Institutes of both countries":
                # several bodies of a kind, no one organisation
            owner = org_country(doc, lex, start, end)
            posted = _POSTED_IN.match(text, end) if _MISSION.search(name) else None
            if posted and getattr(lex.countries.get(posted.group(1)), "type", "") in ("name", "alias"):
                end, name = posted.end(), text[start:posted.end()]  # "the US Embassy in Vietnam": where it serves
            entry = lex.organizations.get(name) or _known_by_acronym(text, end, name, lex) or OrgEntry(
                name, (), owner, "organization", source=rule)
            found.append(OrgMention(start, end, name, entry, rule))
    found += lower_ministries(doc, lex, _PORTFOLIO_WORDS, lambda s, e: org_country(doc, lex, s, e))
    found += ministry_phrases(doc, lex) + bodies_of_state(doc, lex) + shared_head_bodies(
        doc, lex, lambda s, e: org_country(doc, lex, s, e), found)  # "the Culture and Education Ministries"
    found += described_organizations(doc, lex, found) + acting_alliances(doc, lex)  # ("Next G Alliance signed")
    found += cued_organizations(doc, lex, found)  # "shares of X rose", "according to X", "club X"
    found += state_funds(doc, lex, found, lambda s, e: org_country(doc, lex, s, e))  # "the X Direct Investment Fund"
    found += lower_bodies(doc, lex, lambda s, e: org_country(doc, lex, s, e))  # "Busan entrepreneur council (BEC)"
    told = {(m.start, m.end): m.entry for m in found if m.entry.country and m.rule != "gazetteer"}
    found = [OrgMention(m.start, m.end, m.text, told[m.start, m.end], m.rule) if m.entry.country is None and (
        m.start, m.end) in told and told[m.start, m.end].name == m.entry.name else m for m in found]  # (one name
    # read twice, once with the country its list tells)
    found = relink_acronyms(text, found, lex)  # "The Egyptian Space Agency, or ESA, ...": not the European one
    named = {c.code for c in doc.countries}
    home = story_home(doc)
    if home and any(c.code == home and c.type == "bloc" or len(home) != 3 for c in doc.countries):
        home = None  # a story about the EU or the AU: a body of no country told is not the bloc's "own"
    homed: dict[str, OrgEntry] = {}
    countries_in: dict[str, bool] = {}  # (whether a name holds a country: one look-up per name, not per mention)

    def holds_country(name: str) -> bool:
        if name not in countries_in:
            countries_in[name] = bool(lex.countries.find(name))
        return countries_in[name]
    told_twice = home if sum(c.code == home for c in doc.countries) >= 2 else None
    for i, mention in enumerate(found):  # "MOFA" in a story about Taiwan is not Korea's foreign ministry
        entry = mention.entry
        generic = mention.rule == "gazetteer" and entry.country and entry.country not in named and _GENERIC_BODY.match(
            mention.text) and not holds_country(mention.text)  # (read only where the test below reads it)
        if mention.rule == "gazetteer" and entry.country and entry.country not in named and \
                (mention.text in entry.acronyms and mention.text != entry.name and shared_acronym(entry, mention.text)
                 or generic):  # "Ministry of Defence"
            country = org_country(doc, lex, mention.start, mention.end) or (
                outlet_home(doc, lex) or home if generic else None)
            found[i] = OrgMention(mention.start, mention.end, mention.text,  # its owner's, the outlet's or the story's
                                  OrgEntry(entry.name, entry.acronyms, country, entry.type, entry.aliases, entry.source),
                                  mention.rule)
        elif mention.rule == "gazetteer" and (country := shared_name_home(doc, mention, home)):
            found[i] = OrgMention(mention.start, mention.end, mention.text,  # "Department of Energy" in Manila
                                  OrgEntry(entry.name, entry.acronyms, country, entry.type, entry.aliases, "home"),
                                  mention.rule)
        elif mention.rule == "gazetteer" and entry.country and not holds_country(mention.text) and \
                (owner := org_country(doc, lex, mention.start, mention.end, False)) not in (None, entry.country):
            own = mention.text == entry.name or mention.text in entry.acronyms  # (as "Mexico's Congress" is
            found[i] = OrgMention(mention.start, mention.end, mention.text,  # no US Congress) "Bahrain's Economic
                                  OrgEntry(entry.name if own else mention.text, entry.acronyms if own else (),
                                           owner, entry.type, (), "owner"),  # Development Board"
                                  mention.rule)
        elif mention.rule != "gazetteer" and entry.country is None and (firm := suffix_country(entry.name)):
            homed[entry.name] = OrgEntry(entry.name, entry.acronyms, firm, entry.type, entry.aliases, entry.source)
        elif mention.rule != "gazetteer" and entry.country is None and (partner := slash_partner(text, mention, found) or parent_country(text, mention, found)):
            homed[entry.name] = OrgEntry(entry.name, entry.acronyms, partner, entry.type, entry.aliases, entry.source)
        elif mention.rule != "gazetteer" and entry.country is None and (known := _known_first(entry.name, lex)
                                                                          or federation_named(doc, entry.name)):
            homed[entry.name] = OrgEntry(entry.name, entry.acronyms, known, entry.type, entry.aliases, entry.source)
        elif mention.rule != "gazetteer" and entry.country is None and (own := outlet_home(doc, lex) or home) and (
                _GENERIC_BODY.match(entry.name) or _HOME_BODY.match(entry.name) or _PORTFOLIO_END.search(entry.name)
                or mention.rule in ("shared_head", "speaks") or sole_country_body(doc, mention, home)):  # a ministry,
            # a "National ..." body, a speaking acronym, a one-country story's public body: the outlet's or story's own
            homed[entry.name] = OrgEntry(entry.name, entry.acronyms, own, entry.type, entry.aliases, entry.source)
        elif mention.rule not in ("gazetteer", "quoted") and entry.country is None and entry.type == "company" and \
                told_twice:  # "executives of Jera, Tokyo Gas and Iwatani" in a story about Japan (not a broker or
            homed[entry.name] = OrgEntry(entry.name, entry.acronyms, home, entry.type, entry.aliases,  # research
                                         entry.source)  # firm quoted: "an analyst at Gain Capital")
    for i, mention in enumerate(found):  # "National Informatics Centre" of no country said: the story's own,
        if mention.entry.name in homed and mention.entry.country is None:  # under its acronym too
            found[i] = OrgMention(mention.start, mention.end, mention.text, replace(  # (its own acronyms kept)
                mention.entry, country=homed[mention.entry.name].country), mention.rule)
    found = one_unit_named(one_body_per_acronym(same_words_as_known(company_suffixes(text, found))))
    found = renamed_kin(programme_siblings(abridged(shortened_later(country_prefixed(found, lex)))))  # "United States National Aeronautics and Space
    # Administration" is NASA; "the CHIPS R&D Office ... The R&D Office": one office; "Latin American (and Caribbean) Space Agency"
    gloss = glosses(text, found, lex)  # "Invest Ghana, Ghana's National Investment Promotion Agency, ...": one body
    gloss |= bodies_to_be_formed(text, found)  # "a Future Strategy Group will be formed": part of the instrument
    found = [m for i, m in enumerate(found) if i not in gloss and not not_a_body(text, m)]  # a venue, an event
    doc.organizations = _leftmost_longest(found)
    starts = [o.start for o in doc.organizations]  # sorted, not overlapping
    for country in doc.countries:
        i = bisect.bisect_right(starts, country.start) - 1
        country.in_org = i >= 0 and country.end <= doc.organizations[i].end
# a government body named by its portfolio alone: any country's, unless the story names the gazetteer's
_GENERIC_BODY = fastre.compile(r"(?:Ministry|Department|Office|Cabinet|Council of Ministers)\b")
_PORTFOLIO_END = fastre.compile(r"^(?!Federal\s)(?:[A-Z][\w-]*\s+(?:and\s+|&\s+)?){1,4}Ministry$")
_HOME_BODY = fastre.compile(r"(?:National|Union|Central)\s|Bank\s+of\s|(?:[A-Z][\w-]*\s+){1,2}State\s+Gov(?:ernment|t)\b")
# (not "Federal": of which federation?; "Kwara State Government": a state of the story's country)


def _known_first(name: str, lex: Lexicons) -> str | None:
    """"Roscosmos Space Agency", "Huawei Foundation": a known body's name opening a longer one tells its country."""
    known = lex.organizations.find(name)
    return known[0].payload.country if known and known[0].start == 0 and known[0].end < len(name) and \
        known[0].payload.type in ("company", "agency") and not lex.countries.find(name) else None


_PLURAL_KIND = fastre.compile(r"((?:[A-Z][a-z]+\s+){1,2})(?:Agencies|Institutes|Associations|Authorities|Councils)\b")
_ORG_HEAD_END = fastre.compile(rf"\b(?:{_ORG_HEADS})$")
_SENTENCE_CUT = fastre.compile(r"(?<!\bCo)(?<!\bCorp)(?<!\bInc)(?<!\bLtd)(?<!\bBhd)(?<!\b[A-Z])\.\s+(?=[A-Z])"
                               r"|(?<=[a-z]{2})\.(?=(?:The|An?|In|On|It|This|These|Both|Under)\b)")  # glued paragraphs
_CALENDAR_TAIL = fastre.compile(r"\s+(?:on|in|of|for|since|from|during|by)\s+(?:\d{1,2}\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                            r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
                            r"November|December)\b")
_PLACE_TAIL = fastre.compile(r"\s+(?:to|in)\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)$")
_NATIONALITY = fastre.compile(r"(?:an|ese|ish|ic|i)$")  # "Asian", "Japanese", "Nordic": an adjective, not a name
_TAILED = fastre.compile(rf"\b(?:{_ORG_HEADS})\s+(?:of|for)\s+[A-Z][\w-]*\s+(?:and|&)\s+[A-Z][\w-]*$")
_AND_SPLIT = fastre.compile(r"\s+(?:and|&)\s+(?:the\s+)?(?=[A-Z])")
def _separate(doc: Document, lex: Lexicons, start: int, name: str) -> list[tuple[int, str]]:
    """A head-word name as the organisations it really names: cut at a sentence end, split where two
    organisations are joined ("X Department and South Korea's Y Agency", "Japan and Yonsei University"),
    without a possessive owner ("India's Council of ..." is the Council; its country comes from the owner)."""
    cut = _SENTENCE_CUT.search(name) if "." in name else None  # (every cut is at a full stop)
    if cut:
        name = name[:cut.start()]
    cut = _CALENDAR_TAIL.search(name)  # ("the European Commission on Monday. According to ...": both cuts)
    if cut:
        name = name[:cut.start()]
    cut = _PLACE_TAIL.search(name)  # "a delegation from Oman's Ministry of ICT to Kigali": where it went
    if cut and cut.group(1) in lex.countries:
        name = name[:cut.start()]
    pieces: list[tuple[int, str]] = []
    offset = 0
    for joint in _AND_SPLIT.finditer(name) if "and" in name or "&" in name else ():  # (each joint holds one)
        left, right = name[offset:joint.start()], name[joint.end():]
        fresh = joint.group(0).rstrip().endswith("the") or OWNER.match(right)  # "... and the X", "... and Y's X"
        if right in lex.countries and left not in lex.countries or _GOVERNMENT_OF.match(right):
            name = name[:joint.start()]  # "Ministry of Education and Training and US ...": the country starts what
            break  # follows; "Department of State and the Government of Mexico": a government, no organisation
        if _NATIONALITY.search(left) and (nation := lex.countries.get(left)) and nation.type in ("demonym", "alias") \
                and not (fresh or lex.countries.find(right.split()[0])):
            continue  # "Central Asian and Caucasus Research Institute": a nationality is no body, the name goes on
        # ("Korea Institute of Energy Research and Hanwha Solutions": two bodies, the first one known)
        two = two_bodies(left, fastre.split(r"\s+(?:and|&)\s+", right)[0], lex)
        if left in lex.organizations and not (_HEAD.search(right) or right.split(" and ")[0] in lex.organizations
                                              or right.split(" and ")[0] in lex.countries or two):
            continue  # "Ministry of Education and Training": the known name goes on
        both = _ORG_HEAD_END.search(left) and _ORG_HEAD_END.search(right) and " " in left and " " in right or \
            _TAILED.search(left) and _ORG_HEAD_END.search(right) and right.split()[0] not in _PORTFOLIO_WORDS
        # ("Kenya Space Agency and Japan Aerospace Exploration Agency": two bodies, each closed by its head word)
        if " " not in left and offset == 0 and _HEAD.search(right) and left not in _PORTFOLIO_WORDS and (
                left in lex.surnames or _PARTICLE_BEFORE.search(doc.text, max(0, start - 6), start)):
            offset = joint.end()  # "... von der Leyen and African Union Commission": a surname, then the body
            continue
        if left in lex.countries or left in lex.organizations or (fresh and _HEAD.search(left) and _HEAD.search(right)) \
                or both or two:
            if left not in lex.countries:
                pieces.append((start + offset, left))
            offset = joint.end()
    pieces.append((start + offset, name[offset:]))
    pieces = [part for piece in pieces for part in _held(*piece)]
    out = []
    for piece_start, piece in pieces:
        holder = _HOLDER_OF.match(piece)  # "... and Secretary of the CPC Chongqing Municipal Committee": the body
        if holder:
            piece_start, piece = piece_start + holder.end(), piece[holder.end():]
        owned, piece = piece, without_owner(piece, lex)
        piece_start += len(owned) - len(piece)
        piece = known_before_portfolio(piece, lex)
        if " " in piece or "-" in piece:
            out.append((piece_start, piece))
    return out
_BODY_OWNS = fastre.compile(r"['’]s\s+(?=[A-Z])")


def _held(start: int, name: str) -> list[tuple[int, str]]:
    """"Department of Energy's Office of Science": a body's possessive before another body's name is two bodies (but
    "People's Bank of China" is one)."""
    owns = _BODY_OWNS.search(name)
    if owns is None or not _HEAD.search(name, 0, owns.start()) or not _HEAD.search(name, owns.end()):
        return [(start, name)]
    return [(start, name[:owns.start()]), (start + owns.end(), name[owns.end():])]


_GOVERNMENT_OF = fastre.compile(r"Governments?\s+of\s")
_HOLDER_OF = fastre.compile(r"(?:(?:Deputy|Vice|Executive|General|Permanent|Party)\s+)?(?:Secretary|Minister|Director|"
                            r"Chairman|Chairwoman|Chair|President|Head|Member|Governor|Ambassador)(?:[- ]General)?\s+"
                            r"(?:of|at)\s+(?:the\s+)?(?=[A-Z])")
_ABSTRACT = fastre.compile(r"[A-Z][a-z]+(?:tion|ment|ity|ics|ure|ism|ance|ence|ship|ology|ies)$")
def _before_a_person(raw: str, lex: Lexicons) -> str:
    """A name cut where a title opens a person's name ("Huawei Board Chairman Liang Wei" is "Huawei Board"), or
    where a ministry's portfolio ends and a name follows ("Ministry of Defence Jaan Tamm" is the ministry)."""
    for m in lex.roles.find(raw):
        if m.start > 0 and m.payload.value == "title" and fastre.match(r"\s+[A-Z][\w’'-]+\s+[A-Z]", raw[m.end:]) and \
                not (_HEAD.search(raw, m.end) or _EVENT_WORDS.search(raw, m.end)):
            return raw[:m.start].rstrip()
    words = list(fastre.finditer(r"[\w’'-]+", raw))
    for country in range(2, len(words) - 2):  # (a country third or later, two words after it)
        if words[country].group(0) in lex.countries and words[country + 1].group(0) in lex.given_names and \
                words[country + 2].group(0)[:1].isupper():  # "... Office of the Presidency of Turkiye Ali Taha
            return raw[:words[country].end()]  # Koc", "Board of Canada John Smith and Minister of ...": a name
    if len(words) >= 5 and words[-2].group(0) in lex.given_names and words[-1].group(0)[:1].isupper() and \
            words[-1].group(0) not in _PORTFOLIO_WORDS and words[-3].group(0) in _PORTFOLIO_WORDS and \
            fastre.search(r"\s(?:of|for)\s", raw):  # "... Office of Science and Technology Policy Jake Taylor":
        return raw[:words[-3].end()]  # the body, then the person who works there
    if fastre.match(r"(?:Ministry|Department)\s+(?:of|for)\s", raw):  # (its words as read above)
        last = max((i for i, w in enumerate(words) if w.group(0) in _PORTFOLIO_WORDS or w.group(0) in lex.countries
                    or w.group(0).islower() or _ABSTRACT.match(w.group(0))), default=0)
        if 2 <= len(words) - last - 1 <= 4 and last >= 2 and not _ORG_HEAD_END.search(raw):
            return raw[:words[last].end()]  # (not "... & Volta Investment Company Limited": a firm, no person)
    return raw
def _unit_of_known(name: str, lex: Lexicons, acronyms: Gazetteer[OrgEntry]) -> bool:  # (and "GHC Governing Board")
    known = (lex.organizations.find(name) or acronyms.find(name)) if "Board" in name else None  # (no look-up otherwise)
    return bool(known) and known[0].start == 0 and bool(_BOARD.fullmatch(name[known[0].end:]))
def _clean_name(raw: str) -> str:
    """``raw`` without leading determiners and trailing lower-case words, as a substring of ``raw``."""
    tokens = past_a_days_own(list(fastre.finditer(r"\S+", raw)))  # (not "Today's" in "Today's Council")
    while tokens and (tokens[0].group(0) in _NOT_NAME_START or tokens[0].group(0).islower() or
                      _LED_BY.fullmatch(tokens[0].group(0))):  # "the Singh-led Defence Acquisition Council"
        tokens.pop(0)
    while tokens and (tokens[-1].group(0).islower() or tokens[-1].group(0) in ("&", ",")):
        tokens.pop()
    if not tokens:
        return ""
    name = raw[tokens[0].start():tokens[-1].end()].rstrip(" ,")
    if name.endswith(".") and not fastre.search(r"(?:\b[A-Z]\.|Co\.|Corp\.|Inc\.|Ltd\.|Jr\.)$", name):
        name = name[:-1]  # a full stop ends the sentence, not the name
    return name if "\n" not in name else ""
_LED_BY = fastre.compile(r"[A-Z][\w.’']*-(?:led|chaired|headed|run|backed)")
_COMPANY_END = fastre.compile(r"\b(?:Technologies|Technology|Systems|Electronics|Energy|Motors|Industries|Holdings|"
                              r"Partners|Capital|Investments?|Bank|Airlines|Telecom|Semiconductors?|Labs|Solutions|"
                              r"Networks|Robotics|Aerospace)$")
_BODY_HEADS = fastre.compile(r"\b(?:Council|Commission|Committee|Working Group|Task Force|Forum|Dialogue|Experts Group|"
                         r"Expert Group|Mechanism|Partnership|(?:Coordination|Steering|Contact|Consultative|Joint)\s+"
                         r"Group)(?:\s+(?:on|for|of)\s+.*)?$")
_PAIR_OFFICE = fastre.compile(r"([A-Z][\w]+)-([A-Z][\w]+)\s.*\bOffice$")
_JOINT_WORDS = fastre.compile(r"\b(?:Joint|Bilateral|Binational|Bi-national|Trilateral|Intergovernmental)\b")
def _bilateral_body(doc: Document, lex: Lexicons, name: str) -> bool:
    """A council, commission or working group of two parties is an instrument (a dialogue), not an organisation:
    "EU-India Trade and Technology Council", "Joint Working Group on AI", "German-South African Commission"."""
    pair = _PAIR_OFFICE.match(name)  # "the Kenyan-German Hydrogen Diplomacy Office": a joint office of two sides
    if pair and len({getattr(lex.countries.get(w), "code", None) for w in pair.groups()} - {None}) == 2:
        return True
    if not _BODY_HEADS.search(name):
        return False
    if _JOINT_WORDS.search(name):
        return True
    return len({m.payload.code for m in lex.countries.find(name)}) >= 2 or bool(
        fastre.search(r"\b(?:Quad|G7|G20|ASEAN|BRICS|AUKUS)\b", name))
_CONTINUED = fastre.compile(r",\s+[A-Z][\w-]*(?:\s+(?:(?:and|&|of)\s+)?[A-Z][\w-]*){0,4}\s*\(([A-Z][A-Za-z&]{1,9})\)")
_GIVEN_BEFORE = fastre.compile(r"(?<![\w’'.-])([A-Z][a-z]{1,14})[ \t]+$")
_NOT_GIVEN = frozenset("The A An On In At By For And Of To With From Monday Tuesday Wednesday Thursday Friday Saturday "
                       "Sunday January February March April May June July August September October November "
                       "December".split())
def _a_persons_surname(text: str, match, lex: Lexicons) -> bool:
    """"his Japanese counterpart, Kenji Takeda": a one-word company name after a given name is a surname."""
    given = _GIVEN_BEFORE.search(text, max(0, match.start - 16), match.start) if " " not in match.text and not \
        match.text.isupper() else None  # ("Like TSMC and Intel": an acronym is no surname)
    return bool(given) and given.group(1) not in _NOT_GIVEN and given.group(1) not in lex.countries and \
        given.group(1) not in lex.organizations and not lex.roles.get(given.group(1).lower())
# "visited the White House", "met at the Kremlin": a seat of government as the place where things happen
_VENUE_BEFORE = fastre.compile(r"\b(?:at|(?<!according )to|in|inside|outside|into|visited|visiting|toured|touring|hosted\s+\w+\s+at)"
                               r"\s+(?:the\s+)?$", re.IGNORECASE)


def _a_venue(text: str, match) -> bool:
    return match.payload.type == "government_office" and bool(
        _VENUE_BEFORE.search(text, max(0, match.start - 30), match.start)) and not fastre.match(
        r"\s+(?:said|says|announced|stated|confirmed|official)", text[match.end:match.end + 20])


def _a_leaders_government(text: str, lex: Lexicons, name: str) -> bool:
    """"Trump Administration", "Biden Administration", "US Administration": a leader's surname or a country (known, or the story names the leader)
    before the head word is the government of the day, not an organisation (a "Maritime Administration" is one); so is
    a ticket of two ("Biden-Harris Administration"), either of them a known surname or a person the story names."""
    words = name.split()
    if len(words) == 2 and words[1] == "Administration" and words[0] in lex.countries:
        return True  # "the US Administration": the country's government
    if len(words) != 2 or words[1] not in ("Administration", "Government") or words[0] in lex.countries:
        return False
    return any(lex.people.get(part) is not None or "-" in words[0] and part in lex.surnames or any(  # "Biden-Harris"
        m.group(1) in lex.given_names or m.group(1) in ("President", "Mr", "Mr.", "Premier", "Chancellor")
        for m in re.finditer(rf"\b([A-Z][\w.]*)\s+{re.escape(part)}\b", text)) for part in words[0].split("-"))


def _named_then_country(doc: Document, lex: Lexicons, country_start: int, acronym: str) -> OrgMention | None:
    """"Tech Hubs Network, Ghana (THN)": a capitalised name of two words or more whose initials the acronym takes,
    then after a comma the country it belongs to, then the acronym."""
    text = doc.text
    country = next((c for c in doc.between("countries", country_start, country_start + 40) if c.start == country_start
                    and c.type in ("name", "alias") and not c.code.startswith("_")), None)
    end = country_start - 2
    if country is None or text[end:country_start] != ", ":
        return None
    start = _name_start(text, end, CONNECTORS)
    while start < end and text[start:end].split()[0] in _NOT_NAME_START | {"the"}:
        start = text.index(" ", start) + 1
    name = text[start:end]
    if len(name.split()) < 2 or not initials_fit(name, acronym) or name in lex.countries:
        return None
    return OrgMention(start, end, name, OrgEntry(name, (acronym,), country.code, "organization", source="definition"),
                      "definition")


def _known_by_acronym(text: str, end: int, name: str, lex: Lexicons) -> OrgEntry | None:
    """"Chinese National Space Administration (CNSA)": a known body, its name spelt another way, or "State Space
    Corporation “Roscosmos”": a known body, named after its description."""
    acronym = _ACRONYM_IN_PARENS.match(text, end)
    known = lex.organizations.get(acronym.group(1)) if acronym else None
    if known is not None and name_stems(name) == name_stems(known.name):
        return known
    quoted = _QUOTED_NAME.match(text, end)
    return lex.organizations.get(quoted.group(1)) if quoted else None
_MISSION = fastre.compile(r"\b(?:Embassy|Consulate(?:[- ]General)?|High Commission)$")
_POSTED_IN = fastre.compile(r"\s+in\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}?)(?![\w-]|\s+[A-Z])")
_QUOTED_ALIAS = fastre.compile(r"\s*\(\s*[“\"]?")
_QUOTED_NAME = fastre.compile(r"\s+[“\"]([A-Z][\w&-]+(?:\s+[A-Z][\w&-]+){0,3})[”\"]")
def in_body(doc: Document, matches: list) -> list:
    """The matches in the article's body (not in its chrome: headline, bylines, links)."""
    return doc.in_body(matches)
_PARTICLE_BEFORE = fastre.compile(r"\b(?:von|van|der|den|de|da|du|bin|al|el)\s+$")
def _leftmost_longest(mentions: list[OrgMention]) -> list[OrgMention]:
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start), m.rule != "gazetteer"))
    out: list[OrgMention] = []
    last_end = -1
    for m in mentions:
        if m.start >= last_end:
            out.append(m)
            last_end = m.end
    return out
