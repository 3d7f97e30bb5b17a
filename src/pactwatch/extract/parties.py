"""Who the parties of an instrument are.

Countries named before the instrument word or in its name, or right after it ("between X and Y", "with X"),
with the countries of the organisations that sign for them; the article's main parties fill in. One
country's own instrument ("Singapore's national AI council") is no agreement, and partners listed after a
plural instrument ("four MoUs with A, B, C and D") get one instrument each.
"""

from __future__ import annotations

import re

from . import fastre
from .antecedent import PAIR_WORDS, pair_named_before, pair_told_before
from .onlookers import looks_on
from .topic import clause_start, topic_country
from .doc import Document
from .entities import is_bloc
from .lexicon import Lexicons
from .instruments import Mention, Record, is_plural, name_start
from .status import MADE_AFTER


_POSSESSED = fastre.compile(r"['’]s\s+(?:(?:new|own|national|global|domestic|federal|state|sovereign)\s+)*"
                            r"(?:[A-Z][\w-]*\s+)*(?:(?:national|domestic|federal|sovereign)\s+(?:[a-z][\w-]*\s+){0,2})?$")
# ("Germany's domestic climate fund", "Korea's own national chip fund": one side's)
_PARTNER_LIST = fastre.compile(r"^(?:\s*\([^()]{1,12}\))?(?:\s+(?:on|for|in|covering|regarding)\s+(?:[\w’'&-]+\s+){1,9}?"
                               r"(?:[\w’'&-]+,\s+including\s+[^,;:.]{1,40},\s+)?)?"  # "on minerals, including nickel, with"
                               r"(?:\s+(?:have|has|had|were|was|are)\s+(?:also\s+|already\s+)*(?:been\s+)?(?:made|signed|inked|"
                               r"concluded|struck|sealed|agreed|established|set\s+up|launched|forged)"
                               r"(?:\s+by\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?)?\s*with\s+"  # "... by the EU with"
                               r"(?:(?:(?:other|several|many|various|some|like-minded|key|major|partner|\d+|two|three|four|five|"
                               r"six|seven|eight|nine|ten|eleven|twelve)\s+)+(?:states|countries|nations|partners|economies|"
                               r"governments)(?:\s+in\s+the\s+region|\s+in\s+[A-Z][\w-]+|\s+(?:on|in)\s+the\s+same\s+(?:day|week))?"
                               r"\s*,?\s+(?:including|such\s+as|like|"
                               r"notably|among\s+them)\s+)?"
                               r"(?:(?:(?:global|international|leading|major|big|top|foreign|tech|technology|IT|cloud|chip|"
                               r"telecoms?|energy|mining|US|Chinese|European|American)\s+){1,3}(?:giants|firms|companies|"
                               r"majors|players|providers|makers|operators|groups)\s*[,:—–-]?\s+(?:including\s+|such\s+as\s+|"
                               r"like\s+)?)?"  # "with IT giants Huawei, Alibaba Cloud and Oracle"
                               r"(?:the\s+)?(?:(?:governments?|leaders|counterparts|countries|ministries)\s+of\s+(?:the\s+)?)?")
# a country that only reacts to an instrument: "Thailand welcomed Japan's pledge", "Kenya hailed the memorandum"
_REACTS = fastre.compile(r"\s+(?:(?:has|have|had|also|warmly)\s+)*(?:welcomed|welcomes|hailed|hails|praised|praises|lauded|"
                         r"applauded|commended|criticized|criticised|condemned|questioned)\b")
_EU_BODY = fastre.compile(r"(?:European Commission|Council of the European Union|European Union|EU\s|European "
                          r"(?:Investment Bank|Parliament|Council|External Action Service|Defence Agency|Research Council|"
                          r"Innovation Council|Chips Joint Undertaking))\b")  # (not the European Space Agency: not the EU's)
_UN_BODY = fastre.compile(r"(?:United Nations\b|International Telecommunication Union|World (?:Health|Intellectual Property|"
                          r"Meteorological) Organization|International Maritime Organization)")
# "a branch of the Moscow Aviation Institute", "of the University of Pisa (Italy)": whose branch it is
_BRANCH_OWNER = fastre.compile(r"\s+of\s+(?:(?:the|a|an|its)\s+)?(?:[\w.’'-]+\s+){0,6}?(?:[Uu]niversity|[Ii]nstitute|[Cc]ollege|"
                               r"[Aa]cademy|[Ss]chool|[Cc]onservatory)\b(?:\s+(?:of|for)(?:\s+[A-Z][\w.’'-]*)+)?(?:\s*\([^()]{2,30}\))?")
_IN_HOST = fastre.compile(r"\b(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*,\s*)?$")
# (a commissioner alone is the EU's: "Commissioner Breton"; not "Ministerial Commissioner", "High Commissioner")
_EU_OFFICE = fastre.compile(r"\b(?:European Commission(?:er)?|EU|European Union)\b|^(?:Vice-President and\s+)?Commissioner\b")
_SIGNS = fastre.compile(r"\b(?:signed|sign|signs|inked|put (?:their|his|her) names? to|exchanged|concluded)\b")
# "an MoU on co-operation in schooling between the Qatari and Nigerian governments": what it covers, then who
_BETWEEN_AFTER = fastre.compile(r"^(?:\s*\([^()]{1,12}\))?\s+(?:for|on|in|regarding|concerning)\s+[^,;:.]{1,80}?\s+(?:between|among|"
                                r"with(?=\s+(?:the\s+)?[A-Z]))\s")  # ("a memorandum on AI with Japan")
_AFTER_PARTIES = fastre.compile(r"^(?:\s*\([^()]{1,12}\))?(?:,\s*(?:(?:also\s+)?(?:known|referred\s+to)\s+as|dubbed|called|"
                                r"titled|entitled)\s+[^;:]{1,60}?,[\"”’']?)?\s*(?:,\s*)?(?:(?:signed|agreed|concluded|inked|sealed|struck)\s+(?:(?:on|in)\s+[^;.]{1,30}?,?\s+)?)?"
                                r"(?:between|among|with|which includes|"
                            r"including|involving|linking|links)\s|"
                                r"^(?:\s+on\s+[^,;.]{1,40}?)?\s+(?:(?:was|were|has\s+been|have\s+been|is|are|will\s+be)\s+)?"
                                r"(?:(?:jointly|formally)\s+)?(?:endorsed|signed|adopted|backed|initialled|ratified|launched|formed|founded|"
                                r"set\s+up|created|established|co-sponsored)(?:\s+(?:on|in|at|during)\s+[^,;:.]{1,40}?)?\s+by\s|"  # "The declaration on AI was
                                # endorsed by A, B, ...", "was signed on Tuesday in Lima by A, B"
                                r"^\s+(?:issued\s+|adopted\s+)?by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:prime\s+ministers|leaders|"
                                r"ministers|heads\s+of\s+(?:state|government)|presidents|premiers|governments)\b",
                                re.IGNORECASE)  # "Joint Statement by the Nordic Prime Ministers on AI"


_CIRCUMSTANCE = fastre.compile(r"\s(?:after|amid|despite|following)\s")


def _between_after(after: str) -> bool:
    """``_BETWEEN_AFTER`` matches ``after`` (its lazy stretch read only where the literal word it ends with is)."""
    return ("between" in after or "among" in after or "with" in after) and _BETWEEN_AFTER.match(after) is not None


def parties_of(doc: Document, lex: Lexicons, mention: Mention, fill: bool = True) -> list[str]:
    """:func:`_parties_of`, memoised per mention (a record's steps ask about one mention several times); a new list
    each time, as callers keep and extend theirs."""
    listed = doc.cache.get("list_parties")
    key = (mention.sentence, mention.start, mention.end, mention.name, mention.head, getattr(mention, "kind", None),
           fill, tuple(listed) if listed else None)
    table = doc.cache.get("parties_of") or doc.cache.setdefault("parties_of", {})  # (doc.memo's table, no closure)
    found = table.get(key)
    if found is None:
        found = table[key] = _parties_of(doc, lex, mention, fill)
    return list(found)


def members_listed_after(doc: Document, mention: Mention) -> bool:
    """Whether the sentence lists the members of a text after it: "Seven countries signed the charter on Tuesday: A, B,
    C and D", "The first members of the charter are A, B and C"."""
    sentence = doc.sentences[mention.sentence]
    after = doc.text[mention.end:sentence.end]
    listed = _MEMBERS_LISTED.search(doc.text, sentence.start, sentence.end) if ":" in after or " are " in after \
        else None
    return listed is not None and listed.start("list") >= mention.end


# "a contract to build a plant in ", "a deal for the construction of two reactors in ": up to where it builds
_BUILT_IN = fastre.compile(r"\s+(?:on|for|to)\s+(?:the\s+)?(?:construction|building|construct|build|set\s+up)\b"
                           r"[^,;.()]{0,80}?\s(?:in|at)\s+(?:the\s+)?")


def _parties_of(doc: Document, lex: Lexicons, mention: Mention, fill: bool = True) -> list[str]:
    """Countries that are parties: named before the instrument word or in its name, or right after it
    ("between X and Y", "with X"), with their organisations' countries; the document's main parties fill in."""
    sentence = doc.sentences[mention.sentence]
    after = doc.text[mention.end:sentence.end]
    countries = doc.within("countries", mention.sentence)  # (read once: every step below asks for them)
    if mention.name:  # "UK-Japan Digital Partnership": a name that carries its parties
        begins = name_start(doc, mention)
        inside = sorted({c.code for c in countries
                         if begins >= 0 and begins <= c.start < begins + len(mention.name)})
        if len(inside) >= 2:
            return inside
        named_for = inside[0] if len(inside) == 1 and is_bloc(inside[0]) and inside[0] != "EU" else None
    else:
        named_for = None
    if mention.head == "accession":  # "Korea's accession to the CPTPP": the joiner and what it joins
        joiner = [c.code for c in countries if c.possessive
                  and 0 <= mention.start - c.end <= 4]
        joined = [c.code for c in countries if c.type in ("bloc", "alias") and is_bloc(c.code)
                  and mention.end <= c.start <= mention.end + 90]
        if joiner and joined:
            return sorted({joiner[0], joined[0]})
    limit = mention.end
    if _AFTER_PARTIES.match(after) or _between_after(after):
        clause = re.search(r"[;:]|\.\s|, (?:which|to|and the|as|while)\b", after[20:])
        limit = mention.end + (20 + clause.start() if clause else len(after))
        around = _CIRCUMSTANCE.search(after)  # ("with Japan after the latter was cut off from American suppliers": a
        if around is not None:                # clause of circumstance names no party)
            limit = min(limit, mention.end + around.start())
    if members_listed_after(doc, mention):
        limit = max(limit, sentence.end)  # "Seven countries signed the charter on Tuesday: A, B, C and D", "The first
        # members of the charter are A, B and C": the members listed after it
    owner = _BRANCH_OWNER.match(after) if mention.head in ("branch", "branches") else None
    if owner:
        limit = max(limit, mention.end + owner.end())  # "a branch of the University of Pisa (Italy)": its owner's
    made_by = _MADE_BY.match(after)
    if made_by:  # "the joint statement signed by Presidents Lula and Joe Biden": its signatories' countries
        end = re.search(r"[,;.]|\s(?:in|on|at|back|last|during|after|before|when|while)\s", after[made_by.end():])
        limit = max(limit, mention.end + made_by.end() + (end.start() if end else len(after) - made_by.end()))
    made = MADE_AFTER.match(doc.text, mention.end)
    if made and limit == mention.end:
        limit = made.end()  # "the memorandum Japan and Ghana signed on Monday": its makers (and "a deal Egypt
        partner = next((c for c in countries  # signed with Brazil": both)
                        if c.start >= limit and _MADE_WITH.fullmatch(doc.text, limit, c.start)), None)
        limit = partner.end if partner is not None else limit
    codes: list[str] = []
    reacting = {c.code for c in countries  # (but "praised the accord they signed":
                if c.end <= mention.start and _REACTS.match(doc.text, c.end)} if not (  # its makers)
        made and made.group("they")) else set()
    begins = name_start(doc, mention) if mention.name else -1
    named = (begins, begins + len(mention.name)) if begins >= 0 else (-1, -1)  # where its name is written, if it is
    opens = clause_start(doc, mention.sentence, mention.start)  # ("a deal with Peru stalled, while a pact sealed with
    # Canada was put on hold": Peru is the first clause's)
    for country in countries:
        if not (country.start < limit) or country.in_org or country.locative or country.end <= opens or \
                country.type == "capital" and named[0] <= country.start < named[1]:
            continue  # (the "Paris Agreement": named after a city, not made by its country)
        if country.nonparty and not (named_for and country.code == named_for) or country.end <= mention.start and \
                _REACTS.match(doc.text, country.end):
            continue  # ("Thailand welcomed Japan's pledge": one who only reacts to it; "Building on the G7 Leaders'
            # Statement, A and B ...": the statement is the G7's own, what A and B make is not)
        if country.code not in codes:
            codes.append(country.code)
    for org in doc.within("organizations", mention.sentence):
        if org.start >= limit or org.entry.type in ("media", "research_firm") or \
                looks_on(doc, org.start, org.end, mention.start, mention.end):
            continue  # ("Executives of A watched as X and Y signed ...": no signer)
        # "Việt Nam's Ministry of Science and Technology": whose ministry the text says; else the gazetteer's country;
        # the European Commission signs for the EU and a UN agency for the UN (no country of their own)
        side = next((c.code for c in countries if c.possessive
                     and 0 <= org.start - c.end <= 3), None) or org.entry.country or (
            "EU" if _EU_BODY.match(org.entry.name) else "UN" if _UN_BODY.match(org.entry.name) else None)
        if side and side not in codes:
            codes.append(side)
    for person in doc.within("people", mention.sentence):  # "Commissioner Breton and Minister Nishimura signed"
        serves = person.country or ("EU" if person.role and _EU_OFFICE.search(person.role) else None)
        if not (person.start < limit and serves and serves not in codes):
            continue  # (nothing to add: the signing around it need not be read)
        signed_after = _SIGNS.search(doc.text, person.end, min(sentence.end, person.end + 200))
        # "... signed Digital Trade Principles with European Commissioner for Trade Valdis Dombrovskis"
        signed_with = person.start > mention.end and re.match(r"\s+with\s+[^,;.]{0,60}$", doc.text[mention.end:person.start]) \
            and _SIGNS.search(doc.text, max(sentence.start, mention.start - 80), mention.start)
        if signed_after or signed_with or made_by and person.start >= mention.end + made_by.end():
            codes.append(serves)
    if owner:
        codes += [c.code for c in countries if mention.end <= c.start < mention.end + owner.end() and not c.locative
                  and c.code not in codes]  # ("the University of Pisa (Italy)": the owner's country, set beside it)
    if getattr(mention, "kind", None) == "centre":  # "a chip research centre in India": the host is a party
        reach = 110 if mention.head in ("branch", "branches") else 40  # ("a branch of the University of Pisa
        host = next((c for c in countries if c.locative and not c.in_org  # (Italy) will open in Tashkent")
                     and 0 <= c.start - mention.end <= reach and _IN_HOST.search(doc.text, mention.end, c.start)), None)
        if host is not None and host.code not in codes:
            codes.append(host.code)
    if len(codes) == 1 and getattr(mention, "kind", None) in ("agreement", "mou", "centre"):
        # "Rosatom signed a contract to build a plant in Uzbekistan": where it builds is the other party
        host = next((c for c in countries if c.locative and not c.in_org and c.code not in codes
                     and 0 <= c.start - mention.end <= 120 and _BUILT_IN.fullmatch(doc.text, mention.end, c.start)), None)
        if host is not None:
            codes.append(host.code)
    if named_for and (len([c for c in codes if c != named_for]) >= 3 or named_for in lex.groupings):
        return [named_for]  # "Canada, France, ... and the EU agreed to the G7 Declaration on ...": the group's own
        # text; "Japan could join the AUKUS pact": the grouping's own (its members)
    named_before = any(c.start < mention.start and not c.locative and not c.nonparty
                       for c in countries)
    if fill and codes and not named_before and limit > mention.end and _AFTER_PARTIES.match(after) and not (
            len(codes) >= 2 and (made or made_by)) and not (  # ("a cooperation agreement Egypt signed with Brazil",
            # "signed by Presidents Lula and Joe Biden": its makers)
            len(codes) >= 2 and (re.match(r"^\s*(?:,\s*)?(?:(?:signed|inked|concluded|sealed|struck)\s+)?(?:between|among)\s", after)
                                 or _between_after(after))):
        home = [c for c in doc.focus if c not in codes and c not in reacting]
        topic = topic_country(doc, mention.sentence)  # "Britain has sought deals. It signed one with Japan": Britain's
        if topic is not None and topic not in codes and not _SEVERAL.search(doc.text, sentence.start, mention.end):
            home = [topic]
        if len(home) > 1 and codes and not _SEVERAL.search(doc.text, sentence.start, mention.end):
            home = home[:1]  # "The pact follows a deal with Germany": with the story's own country, not all it names
        codes += home  # "a trilateral dialogue with India": with us (but
        # "an MoU between Qatar and Nigeria" names both)
    pair = [c for c in doc.focus if c not in codes][:2] if fill and len(codes) >= 2 else []
    if len(pair) == 2 and _THE_PAIR.search(doc.text, max(sentence.start, mention.start - 200), mention.start):
        codes += pair  # "Together with Kenya and Namibia, the two nations launched ...": the story's pair with the
        # others
    if codes in (["G7"], ["G20"]):
        return codes  # "a G7 roadmap for data flows": the club's own text, whoever the story is about
    if len(codes) == 1 and is_bloc(codes[0]) and codes[0] != "EU" and _ITS_OWN.search(
            doc.text, max(sentence.start, mention.start - 40), mention.start):
        return codes  # "ASEAN concluded talks on its digital economy agreement, said Indonesia's minister": its own
    told_pair = pair_told_before(doc, mention.sentence, _subject_end(doc, mention)) if fill and not named_for else None
    if told_pair:
        return told_pair  # "As A's leader went to B's capital, after talks with C, the two countries signed ...": A, B
    listed = doc.cache.get("list_parties")  # an item of a list whose umbrella told its parties
    if len(codes) < 2 and fill and listed and (not codes or codes[0] in listed):
        codes += [c for c in listed if c not in codes]
    if not codes and fill and doc.focus[:1] in (["G7"], ["G20"]):
        return doc.focus[:1]  # "the summit produced a series of joint statements", in a story of the G7 summit
    if len(codes) < 2 and fill and len(doc.focus) < 2 and PAIR_WORDS.search(
            doc.text, max(sentence.start, mention.start - 100), min(sentence.end, mention.end + 60)):
        pair = pair_named_before(doc, mention.sentence)  # "Kenya and Rwanda will ..." ... "an accord signed between
        if pair and (not codes or codes[0] in pair):     # the two nations", in a story told from Kenya
            return pair
    if len(codes) < 2 and fill:
        if not codes or codes[0] in doc.focus or is_bloc(codes[0]):
            codes += [c for c in doc.focus if c not in codes and c not in reacting]
        else:
            codes += [c for c in doc.focus[:1] if c not in codes]
    return sorted(codes)


def _subject_end(doc: Document, mention: Mention) -> int:
    """Where "the two countries" before a mention would end: before its clause's verb ("the two countries signed")."""
    found = _PAIR_VERB.search(doc.text, max(doc.sentences[mention.sentence].start, mention.start - 80), mention.start)
    return found.start() if found else mention.start


_PAIR_VERB = fastre.compile(r"\s+(?:have\s+|has\s+|also\s+|on\s+\w+day\s+)*(?:signed|inked|agreed|set\s+up|launched|"
                            r"established|adopted|sealed|concluded|exchanged|will)\b", re.IGNORECASE)
_THE_PAIR = fastre.compile(r"\b(?:both\s+(?:countries|sides|nations)|the\s+two\s+(?:countries|sides|nations|governments)|"
                           r"the\s+pair)\b[^,;:()]{0,160}$", re.IGNORECASE)  # (the subject of the mention's own clause)
_MEMBERS_LISTED = fastre.compile(r"\b(?:countries|nations|states|members|signatories|parties|governments)\b[^;:.]*?(?::|"
                                 r"\s(?:are|were|include|included)\s)(?P<list>\s*(?:the\s+)?[A-Z][^;:.]*,[^;:.]*\band\s[^;:]*)$")
_ITS_OWN = fastre.compile(r"\b(?:its|the\s+(?:bloc|group|grouping|club|union|alliance)['’]s)\s+(?:[\w-]+\s+){0,5}$",
                          re.IGNORECASE)
_MADE_BY = fastre.compile(r"\s*,?\s*(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?(?:signed|inked|adopted|issued|sealed|"
                          r"concluded|agreed)\s+by\s+")
_MADE_WITH = fastre.compile(r"\s*with\s+(?:the\s+)?")
_SEVERAL = fastre.compile(r"\b(?:trilateral|multilateral|three-way|quadrilateral|joint|we|our|us)\b", re.IGNORECASE)


def is_domestic(doc: Document, mention: Mention, parties: list[str], before: str) -> bool:
    """One country's own instrument: "Singapore's new National AI council", "the UK's global fund"."""
    sentence = doc.sentences[mention.sentence]
    named = {c.code for c in doc.within("countries", mention.sentence) if not c.in_org}
    orgs = {o.entry.country for o in doc.within("organizations", mention.sentence) if o.entry.country}
    explicit = named | orgs
    if len(explicit) != 1:
        return False
    window = before[-60:]
    possessive = _POSSESSED.search(window)
    if possessive:
        owner = [c for c in doc.countries if c.possessive and c.end <= mention.start and mention.start - c.end < 60
                 and sentence.start <= c.start]
        return bool(owner)
    return False


_JOINT_WORDS = fastre.compile(r"\b(?:with|joint|jointly|bilateral|between|together|partner\w*|cooperat\w*|co-operat\w*|"
                           r"counterparts?|abroad|foreign|overseas|international|both|two)\b", re.IGNORECASE)


def one_sides(doc: Document, index: int) -> bool:
    """Whether sentence ``index`` tells one party's own affair: one country named (by name, adjective, capital or
    its organisations) and no word of doing it with another."""
    named = {c.code for c in doc.within("countries", index) if not c.in_org and not c.nonparty}
    named |= {o.entry.country for o in doc.within("organizations", index) if o.entry.country}
    sentence = doc.sentences[index]
    return len(named) == 1 and not _JOINT_WORDS.search(doc.text, sentence.start, sentence.end)


# "... has been launched by the Australian government", "... was set up on Monday by Canada's government"
_BY_ONE_GOVERNMENT = fastre.compile(r"[^,;:.]{0,40}?\s+(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:launched|set\s+up|"
                                    r"created|established|unveiled|introduced|announced)\s+(?:on\s+\w+\s+)?by\s+(?:the\s+)?")
_GOVERNMENT_AFTER = fastre.compile(r"(?:['’]s)?\s+(?:federal\s+|national\s+)?(?:government|administration)\b")


# "the government launched a fund", "The government also set up a ... fund": one government, no country named
_THE_GOVERNMENT_MADE = fastre.compile(r"\b(?:[Tt]he|[Ii]ts)\s+government\s+(?:has\s+|had\s+|also\s+|will\s+|on\s+\w+\s+)*"
                                      r"(?:launched|launch|set\s+up|created|create|unveiled|unveil|announced|established)\s+"
                                      r"(?:an?|its|the)\s+(?:[\w£$€.,-]+\s+){0,8}$")


def one_government_made(doc: Document, mention: Mention) -> bool:
    """Whether a mention's own clause says one government made it, the only country its sentence names ("A $40
    million grant scheme has been launched by the Australian government to strengthen its international
    partnerships", "the government launched a £240m fund"): that government's own, whatever it is meant for."""
    sentence = doc.sentences[mention.sentence]
    countries = [c for c in doc.within("countries", mention.sentence) if not c.in_org and not c.nonparty]
    if not countries and _THE_GOVERNMENT_MADE.search(doc.text, max(sentence.start, mention.start - 120), mention.start):
        return True  # "To that end, the government launched a £240m hydrogen fund": its own
    made = _BY_ONE_GOVERNMENT.match(doc.text, mention.end, sentence.end)
    if made is None:
        return False
    maker = next((c for c in countries if c.start == made.end()), None)
    return maker is not None and {c.code for c in countries} == {maker.code} and bool(
        _GOVERNMENT_AFTER.match(doc.text, maker.end))


# the words around partners told as someone's counterparts: "her counterparts from", "counterpart, <name>, and his"
_COUNTERPART_GAP = re.compile(r"^(?:counterparts?(?:\s*,\s*(?:[A-Z][\w’'.-]*\s*){1,4}(?=,))?)?|"
                              r"(?:\b(?:his|her|their|its)\s*)?(?:counterparts?\s+(?:from|of|in)\s*)?$")


def partner_list(doc: Document, mention: Mention, after: str) -> list[str]:
    """Partners listed after a plural instrument, one instrument each: "four MoUs on digital transformation
    with Saudi Arabia, Tanzania, the US and Italy", "three MoUs with IBM, Alibaba and Huawei"."""
    opening = _PARTNER_LIST.match(after)
    if not opening:
        return []
    if not is_plural(mention.head):
        return respective_partners(doc, mention, after, mention.end + opening.end())
    pos = mention.end + opening.end()
    items = sorted([(c.start, c.end, c.code) for c in doc.within("countries", mention.sentence)
                    if c.start >= pos and not c.in_org] +
                   [(o.start, o.end, o.entry.country) for o in doc.within("organizations", mention.sentence)
                    if o.start >= pos and o.entry.country and o.entry.type not in ("media", "research_firm")])
    codes = []
    for start, end, code in items:
        if start < pos:
            continue  # a country inside an organisation's name
        gap = doc.text[pos:start].strip()
        if codes and code == codes[-1] and re.fullmatch(r"['’]s?", gap):
            pos = end  # "with Belgium's Umicore": the firm of the country just listed, one partner
            continue
        gap = re.sub(r"^(?:['’]s\s+)?(?:[A-Z][\w&.-]*\s*)*", "", gap) if codes else gap  # "Alibaba Cloud and", "'s
        # Umicore and": the name goes on
        gap = _COUNTERPART_GAP.sub("", gap)  # "with his Palestinian counterpart, <name>, and his Somali counterpart"
        gap = _GROUP_TIME.sub("", gap) if codes else gap  # "with A and B in 2021, C in 2022 and with D last year"
        if re.sub(r"^(?:,\s*)?(?:and\b|as well as\b)?\s*(?:(?:with|separately with)\b)?\s*(?:the\b)?", "", gap).strip():
            break
        codes.append(code)
        pos = end
    return codes if len(codes) >= 2 else []


def group_times(doc: Document, mention: Mention, partners: list[str]) -> dict[str, str]:
    """Partners listed in groups, each closed by its own time ("with Chile and Peru in 2020, Ghana in 2022 and with
    Kenya last year"): each partner's date is the time that closes its group (none when one time serves them all)."""
    sentence = doc.sentences[mention.sentence]
    times = [t for t in doc.times if mention.end <= t.start < sentence.end and t.value]
    dates: dict[str, str] = {}
    for country in doc.within("countries", mention.sentence):
        if country.start >= mention.end and country.code in partners and country.code not in dates:
            after = next((t for t in times if t.start >= country.end), None)
            if after is not None:
                dates[country.code] = after.value
    return dates if len(set(dates.values())) > 1 else {}


# the time that closes one group of partners in a list of groups: "in 2021,", "(2019), with", "a year later, and"
_GROUP_TIME = re.compile(r"^\(?\s*(?:in\s+|earlier\s+|later\s+)?(?:(?:19|20)\d\d|(?:earlier\s+|later\s+)?(?:this|last|"
                         r"that|the\s+following|the\s+next)\s+year|a\s+year\s+(?:later|earlier))\s*\)?(?=\s*(?:,|and\b|with\b))")
RESPECTIVELY = fastre.compile(r",?\s+respectively\b")


def respective_partners(doc: Document, mention: Mention, after: str, pos: int) -> list[str]:
    """"signed an agreement with the Italian space agency, ASI, the Norwegian space centre and the French space
    agency, respectively": one each, whatever stands between the partners."""
    told = RESPECTIVELY.search(after)
    if told is None:
        return []
    stop = mention.end + told.start()
    codes: list[str] = []
    for code in [c.code for c in doc.within("countries", mention.sentence) if pos <= c.start < stop and not c.in_org] + \
            [o.entry.country for o in doc.within("organizations", mention.sentence) if pos <= o.start < stop
             and o.entry.country]:
        if code not in codes:
            codes.append(code)
    return codes if len(codes) >= 2 else []


def organizations_of(doc: Document, mention: Mention, parties: list[str]) -> list[str]:
    out = []
    for org in doc.within("organizations", mention.sentence):
        if org.entry.type not in ("media", "research_firm") and not looks_on(doc, org.start, org.end, mention.start,
                                                                             mention.end):
            if (org.entry.country in parties or org.entry.country is None) and org.entry.name not in out:
                out.append(org.entry.name)
    return out


_PAIR_JOIN = fastre.compile(r"\s*[-–/]\s*")
_MODIFIERS = fastre.compile(r"(?:\s+[a-z][\w-]*){0,3}\s+")


def pair_before(doc: Document, index: int, start: int) -> set[str]:
    """The two countries of a hyphenated pair just before ``start``, lower-case words between ("the
    Singapore-Australia digital economy agreement"), or an empty set."""
    countries = [c for c in doc.within("countries", index) if c.end <= start and start - c.end <= 60]
    for first, second in zip(countries, countries[1:]):
        if first.code != second.code and _PAIR_JOIN.fullmatch(doc.text, first.end, second.start) and \
                _MODIFIERS.fullmatch(doc.text, second.end, start):
            return {first.code, second.code}
    return set()


_BETWEEN_PAIR = fastre.compile(r"\s+between\s+(?:the\s+)?")
_PAIR_AND = fastre.compile(r"\s+and\s+(?:the\s+)?")
# what a text in effect does: "foresees", "provides for", "covers", "has produced", "now goes to parliament"
_IN_EFFECT = re.compile(r"(?:,[^,]{1,60},)?\s+(?:now\s+|also\s+|already\s+)?(?:foresees|envisages|provides|covers|"
                        r"includes|aims|allows|sets|establishes|commits|gives|requires|has|had|goes|went|runs|lets|"
                        r"enables|calls|obliges|binds|underpins|governs)\b")


def _pair_at(doc: Document, index: int, at: int):
    """The two countries "X and Y" that start right at ``at`` in sentence ``index``, or None."""
    countries = [c for c in doc.within("countries", index) if c.start >= at][:2]
    if len(countries) == 2 and countries[0].start == at and countries[0].code != countries[1].code \
            and _PAIR_AND.fullmatch(doc.text, countries[0].end, countries[1].start):
        return countries
    return None


def pair_after(doc: Document, index: int, end: int) -> set[str]:
    """The two countries right after ``end`` as "between X and Y", told as a text in effect ("the accord between
    Ghana and Japan foresees ..."), or an empty set ("the deal between Britain and India remains elusive": none)."""
    between = _BETWEEN_PAIR.match(doc.text, end)
    pair = _pair_at(doc, index, between.end()) if between else None
    return {pair[0].code, pair[1].code} if pair and _IN_EFFECT.match(doc.text, pair[1].end) else set()


_MADE_BETWEEN = fastre.compile(r",?\s+(?:which\s+was\s+|that\s+was\s+|that\s+were\s+)?(?:signed|inked|concluded|sealed|"
                               r"struck|reached)\s+(?:last\s+\w+\s+|in\s+\d{4}\s+)?between\s+(?:the\s+)?")


def made_between(doc: Document, mention: Mention) -> set[str]:
    """The two countries its own clause says it was made between, right after it ("the memorandum signed between
    India and Chile"), or an empty set."""
    between = _MADE_BETWEEN.match(doc.text, mention.end) if "between" in doc.text[mention.end:mention.end + 60] \
        else None
    pair = _pair_at(doc, mention.sentence, between.end()) if between else None
    return {pair[0].code, pair[1].code} if pair else set()


def named_parties(doc: Document, mention: Mention) -> set[str]:
    """The countries a mention's own name carries when it carries two or more ("the EU-Japan deal")."""
    if not mention.name:  # "the Singapore-Australia digital economy agreement": a pair before the words
        return pair_before(doc, mention.sentence, mention.start)
    start = name_start(doc, mention)
    if start < 0:
        return set()
    inside = {c.code for c in doc.within("countries", mention.sentence) if start <= c.start < start + len(mention.name)}
    return inside if len(inside) >= 2 else set()


# "Partner companies include AmmPower (Canada), Pash Global (UK) and ...": the partners a story left unnamed where it
# told the instrument ("signed seven MoUs with international developers"), listed a little later
_LISTED_LATER = fastre.compile(r"\W*(?:(?:The\s+)?(?:partner|participating|signatory|foreign)\s+(?:companies|firms|"
                               r"developers|investors|countries|nations|states|parties|governments)|(?:The\s+)?"
                               r"(?:partners|signatories|developers|investors)(?:\s+involved)?)\s+(?:include|included|"
                               r"are|were|comprise|comprised)\b", re.IGNORECASE)


def listed_later(doc: Document, index: int, reach: int = 6) -> set[str]:
    """The countries of the partners listed in one of the ``reach`` sentences after sentence ``index`` (at least
    two), or none."""
    for later in range(index + 1, min(len(doc.sentences), index + 1 + reach)):
        sentence = doc.sentences[later]
        if _LISTED_LATER.match(doc.text, sentence.start, sentence.end):
            codes = {c.code for c in doc.within("countries", later) if not c.in_org} | {
                o.entry.country for o in doc.within("organizations", later) if o.entry.country}
            return codes if len(codes) >= 2 else set()
    return set()


_WITH_NEXT = fastre.compile(r"\s+with\s+(?:the\s+)?")


def listed_partner(doc: Document, mention: Mention, after: str, records: list[Record]) -> Record | None:
    """The record of one partner of a list that a definite mention names by that partner ("four MoUs with Saudi
    Arabia, the US, Italy and Tanzania" ... "The MoU with Tanzania, signed in October", "The Italy MoU deals with
    ..."), or None."""
    if not is_plural(mention.head) and _WITH_NEXT.match(after):
        partner = next((c.code for c in doc.within("countries", mention.sentence) if c.start >= mention.end
                        and c.start - mention.end <= 12), None)
    elif mention.name and len(mention.name.split()) == 2:
        partner = next((c.code for c in doc.within("countries", mention.sentence)
                        if c.start < mention.start and mention.start - c.end <= 2), None)
    else:
        return None
    return None if partner is None else next((r for r in records if r.rule == "partner_list" and partner in r.countries
                                              and r.kind in (mention.kind, "agreement")), None)


# who took part, named by their countries: "heard ministers from A, B and C", "Delegations from A and B attended"
_HEARD_FROM = fastre.compile(r"\b(?:ministers|ministers/deputy\s+ministers|deputy\s+ministers|delegations|delegates|"
                             r"representatives|officials|envoys|heads\s+of\s+(?:state|government))\s+(?:of|from)\s+"
                             r"(?:the\s+)?(?=[A-Z])")


def heard_parties(doc: Document, mention: Mention, parties: list[str], reach: int = 3) -> list[str]:
    """A regional text's parties when a bloc came to it only from the story's adjective or a plan's name ("African
    ministers adopted a communique" ... "the forum heard ministers from A, B and C"): the countries whose ministers
    the story says took part (two at least), in the sentence or one of the ``reach`` after it; else ``parties``."""
    blocs = [p for p in parties if is_bloc(p)]
    if not blocs or any(c.code in blocs and not c.nonparty and c.type != "demonym"
                        for c in doc.within("countries", mention.sentence)):
        return parties  # (no bloc, or one the sentence names as a party: "The African Union and the EU signed")
    for index in range(mention.sentence, min(len(doc.sentences), mention.sentence + 1 + reach)):
        sentence = doc.sentences[index]
        heard = _HEARD_FROM.search(doc.text, sentence.start, sentence.end)
        if heard is None:
            continue
        codes = sorted({c.code for c in doc.within("countries", index) if c.start >= heard.end() and not c.in_org
                        and not is_bloc(c.code)})
        if len(codes) >= 2:
            return codes
    return parties


def bloc_bodies_only(doc: Document, mention: Mention, parties: list[str]) -> bool:
    """Whether a text's one party is a bloc that its sentence names only through the bloc's own bodies ("Europol and
    ENISA signed an MoU", "the European Defence Agency and the EU cybersecurity agency signed"): agencies of one
    bloc among themselves, no instrument between countries (but "ASEAN members signed the framework": the bloc's)."""
    if len(parties) != 1 or not is_bloc(parties[0]):
        return False
    countries = doc.within("countries", mention.sentence)
    if any(c.code == parties[0] and not c.in_org for c in countries) or any(
            not c.in_org and not c.locative and not c.nonparty for c in countries if c.code != parties[0]):
        return False
    sentence = doc.sentences[mention.sentence]
    bodies = [o for o in doc.within("organizations", mention.sentence) if sentence.start <= o.start < mention.start]
    return bool(bodies) and all(o.entry.country is None for o in bodies)
