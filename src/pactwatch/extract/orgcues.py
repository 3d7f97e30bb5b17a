"""Organisations news names with no suffix, head word or gazetteer entry, known only from what the sentence says of
them:

- their shares moved ("shares of X rose", "X shares fell", "X stock slid", "shares in X");
- a broker's rating or its analysts ("an upgrade from X", "a downgrade by X", "analysts at X");
- a source quoted for a figure ("according to X", "according to a report by X"), unless it is an outlet (a paper,
  a magazine, a news service: the messenger, which the gazetteer's media entries handle);
- a football club by its league or a match ("Premier League club X", "the Bundesliga side X", "the match against X");
- the other side of a body's own deal ("its deal with X ended", "its contract with X");
- a list closed by "among other organisations" ("..., X, among other companies, will");
- an acronym that speaks or has a head ("X said in a statement", "X chief executive Jane Doe", "Chairman X Jane
  Doe said": the story's country's, if it has one);
- a listed firm whose price moved ("X Steel slipped 1.5%"; two words at least, no index or fuel);
- a firm told by its people, ventures or brand ("a strategist at X", "the chief executive of X", "X's joint venture",
  "X, the owner of the Y brand"), or a club by its suffix ("X FC");
- firms listed after their kind ("startups including X, Y and Z", "carmakers such as X/Y").

A candidate is dropped when it is a country, a person, a month or weekday, or overlaps a body already found.
"""

from __future__ import annotations

import re

import ahocorasick_rs

from . import fastre
from .doc import Document, OrgMention
from .lexicon import Lexicons, OrgEntry
from .orgcountry import org_country
from .orgnames import SENTENCE_OPENERS

_WORD = r"(?:[A-Z][\w&’'.-]*[\w&]|[A-Z])"
_NAME = rf"(?P<name>{_WORD}(?:[ \t]+(?:&[ \t]+)?{_WORD}){{0,3}})"
_ACRONYM = r"(?P<name>[A-Z][A-Z0-9]{2,7})"
_MOVED = (r"(?:rose|fell|climbed|jumped|slid|slipped|gained|dropped|surged|soared|tumbled|plunged|rallied|slumped|"
          r"advanced|declined|sank|lost|added|edged|eased|were|was|have|had|closed|ended|traded|hit|rebounded)")
_SOURCE_NOUNS = (r"(?:data|figures|estimates|research|a\s+(?:new\s+|recent\s+)?(?:report|survey|study|analysis|note|"
                 r"forecast)|an\s+(?:analysis|estimate))")
_LEAGUE_HOMES = {"Premier League": "GBR", "Bundesliga": "DEU", "La Liga": "ESP", "Serie A": "ITA", "Ligue 1": "FRA",
                 "Eredivisie": "NLD"}
_LEAGUES = (r"(?P<league>Premier\s+League|Bundesliga|La\s+Liga|Serie\s+A|Ligue\s+1|Eredivisie|Championship|MLS|"
            r"football|soccer)")
_BEFORE = r"(?<![\w’'.-])"
_COUNTRY_WORD = r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?"  # (a unit's country: _a_body checks it is one)
_SHARES = ("share", "stock")
# (rule, the words one of which the text must hold for the cue to be looked for, the pattern)
_CUES = [
    ("shares", _SHARES, rf"\b(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+{_NAME}"),
    ("shares", _SHARES, rf"{_BEFORE}{_NAME}(?:['’]s)?\s+(?:shares|stock)\s+(?:(?:also|have|had|sharply)\s+)?{_MOVED}\b"),
    ("rating", ("grade",), rf"\b(?:[Uu]pgrade|[Dd]owngrade)\s+(?:from|by)\s+{_NAME}"),
    ("rating", ("analyst",), rf"\b[Aa]nalysts?\s+at\s+{_NAME}"),
    ("source", ("according",), rf"\b[Aa]ccording\s+to\s+(?:{_SOURCE_NOUNS}\s+(?:from|by)\s+)?{_NAME}"),
    ("club", ("league", "bundesliga", "liga", "serie a", "ligue", "eredivisie", "championship", "mls",
              "football", "soccer"), rf"\b{_LEAGUES}\s+(?:club|side|team|outfit|champions|giants)\s+{_NAME}"),
    ("club", ("match", "game", "fixture", "clash", "derby"),
     rf"\b(?:match|game|fixture|clash|derby)\s+(?:against|with)\s+{_NAME}"),
    ("club", ("fc", "f.c."), rf"{_BEFORE}{_NAME}(?P<suffix>[ \t]+(?:FC|F\.C\.|AFC))\b(?![ \t]+[A-Z][a-z])"),
    ("club", ("fc ",), rf"{_BEFORE}(?P<name>FC[ \t]+[A-Z][a-z][\w’'-]*(?:[ \t]+[A-Z][a-z][\w’'-]*)?)"),  # "FC Goa"
    ("partner", ("deal with", "agreement with", "contract with", "partnership with", "sponsorship with",
                 "tie-up with"),
     rf"\b(?:its|their)\s+(?:[a-z-]+\s+){{0,2}}?(?:deal|agreement|contract|partnership|sponsorship|tie-up)\s+with\s+"
     rf"{_NAME}"),
    ("listed", ("among other",), rf"{_BEFORE}{_NAME},\s+among\s+other\s+(?:organi[sz]ations|companies|firms|"
                                 rf"institutions|partners|bodies|groups|banks|lenders|agencies)\b"),
    ("price", ("%", "percent", "per cent"),
     rf"{_BEFORE}{_NAME}\s+(?:rose|fell|slipped|gained|dropped|climbed|jumped|slid|surged|soared|tumbled|plunged|"
     rf"rallied|slumped|advanced|declined|sank|added|lost|edged\s+(?:up|down)|eased)\s+(?:by\s+)?"
     rf"\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)"),
    ("staff", ("analyst", "economist", "strategist", "manager", "department", "desk", "division"),
     rf"\b(?:analysts?|economists?|strategists?|general\s+manager|department|desk|division)\s+at\s+{_NAME}"),
    ("staff", ("ceo", "chief", "chair", "founder", "managing director"),
     rf"\b(?:CEO|chief\s+executive(?:\s+officer)?|chairman|chairwoman|founder|co-founder|managing\s+director)\s+of\s+"
     rf"{_NAME}"),
    ("venture", ("joint venture", "subsidiary", "parent", "shareholders", "chief executive", "ceo", "board of",
                 "takeover", "bid"),
     rf"{_BEFORE}{_NAME}['’]s\s+(?:joint\s+venture|subsidiary|parent|shareholders|chief\s+executive|CEO|"
     rf"board\s+of\s+directors|takeover|\$[\d.]+\s+\w+\s+bid|bid\s+for)\b"),
    ("brand", ("owner of", "parent of", "maker of"),
     rf"{_BEFORE}{_NAME},\s+(?:the\s+)?(?:owner|parent|maker)\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+"
     rf"(?:brand|chain|label|app)\b"),
    ("speaks", ("chair", "director", "chief", "head", "ceo"),
     rf"\b(?:[Cc]hairman|[Cc]hairperson|[Cc]hairwoman|[Cc]hief|Director[- ]General|[Hh]ead|CEO)\s+{_ACRONYM}"
     rf"(?=\s+(?:[A-Z][a-z]|said|says|told|added)|,)"),
    ("speaks", ("statement",), rf"{_BEFORE}{_ACRONYM}\s+(?:said|says|stated|announced)\s+in\s+a\s+statement\b"),
    ("speaks", ("ceo", "chief", "president", "chair", "head", "director", "spokes"),
     rf"{_BEFORE}{_ACRONYM}\s+(?:CEO|chief\s+executive|president|chairman|chairwoman|head|director|chief|"
     rf"spokesperson|spokesman|spokeswoman)\s+[A-Z][a-z]"),
    # a firm told by its executive, title then name: "Zentrix CEO Jane Doe", "Axiom Chairman of the Board of Directors
    # Kam Smith", "Orbix Vice President and Chief Technology Officer Ana Ruiz"
    ("executive", ("ceo", "chief", "chairman", "founder", "vice president"),
     rf"{_BEFORE}{_NAME}\s+(?:CEO|[Cc]hief[ \t]+[Ee]xecutive(?:[ \t]+[Oo]fficer)?|[Cc]hairman[ \t]+of[ \t]+the[ \t]+[Bb]oard"
     rf"(?:[ \t]+of[ \t]+[Dd]irectors)?|[Cc]o-?[Ff]ounder|[Vv]ice[ \t]+[Pp]resident"
     rf"(?:[ \t]+and[ \t]+[Cc]hief[ \t]+[A-Z][a-z]+[ \t]+[Oo]fficer)?|[Cc]hief[ \t]+[A-Z][a-z]+[ \t]+[Oo]fficer)"
     rf"[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z]"),
    # a startup told by its funding round: "X's $8 million Series A", "X's seed round"
    ("round", ("series", "seed", "round"),
     rf"{_BEFORE}{_NAME}['’]s\s+(?:(?:US)?[$€£]\s?[\d.,]+\s*(?:million|billion|[mb]n)?\s+|[\d.,]+\s+(?:million|billion)\s+"
     rf"(?:(?:euros?|dollars?|pounds?|yen|won|rupees?)\s+)?)?(?:Series\s+[A-F]\b|(?:pre-)?seed\s+(?:round|funding)|"
     rf"(?:funding|financing|investment)\s+round)"),
    # "IHS Nigeria CEO, A B": a group's unit in one country, named by its acronym and the country
    ("unit", ("ceo", "managing director", "country manager", "chief executive"),
     rf"{_BEFORE}(?P<name>[A-Z][A-Z0-9]{{1,7}}[ \t]+{_COUNTRY_WORD})[ \t]+(?:CEO|[Mm]anaging\s+[Dd]irector|"
     rf"[Cc]ountry\s+[Mm]anager|[Cc]hief\s+[Ee]xecutive)(?:,|\s+[A-Z][a-z])"),
]
_KINDS_LISTED = fastre.scanner(r"\b(?:[Cc]ompanies|[Ff]irms|[Ss]tart-?ups|[Bb]anks|[Ll]enders|[Cc]armakers|[Aa]utomakers|"
                               r"[Cc]hipmakers|[Mm]anufacturers|[Pp]roviders|[Oo]perators|[Dd]evelopers|[Ii]nvestors)\s+"
                               r"(?:such\s+as\s+|including\s+|like\s+|(?P<bare>(?=[A-Z])))")
_ITEM = fastre.compile(rf"{_NAME}(?P<gap>\s*/\s*|,\s+(?:and\s+)?|\s+(?:and|&)\s+)?")
# firms that fund a venture: "raised money from X and Y", "backed by X, Y and Z", "funded by X"
_BACKERS = fastre.scanner(r"\b(?:(?:money|capital|funding|financing|investments?|backing)\s+from|(?:backed|funded|"
                          r"financed)\s+by)\s+(?=[A-Z])")


_OWNED_GAP = r"(?:['’]s)?\s+"


def _compiled(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str] | None, bool]:
    """The cue's pattern and, for a cue whose name comes first, the name's pattern apart: the words after the name
    are looked for first, then the name just before them (a pattern that opens with a name would be tried at every
    capital letter of the story, one that opens with a space at every space); and whether the words found follow
    an optional possessive and blanks, read back from them (the match proper starts there)."""
    for head in (f"{_BEFORE}{_NAME}", f"{_BEFORE}{_ACRONYM}"):
        if pattern.startswith(head):
            rest = pattern[len(head):]
            if rest.startswith(r"\s+"):
                return fastre.scanner(r"(?<=\s)" + rest[3:]), re.compile(head + r"\s+$"), False
            if rest.startswith(_OWNED_GAP):  # ("X’s shares fell": "shares" looked for, not every blank)
                return fastre.scanner(r"(?<=\s)" + rest[len(_OWNED_GAP):]), re.compile(head + "$"), True
            return fastre.scanner(rest), re.compile(head + "$"), False
    return fastre.scanner(pattern), None, False


_KEYWORDS = list(dict.fromkeys(word for _rule, words, _pattern in _CUES for word in words))
# every cue's words read in one pass over the lower-cased story (not one search of the story per word)
_KEYWORD_PASS = ahocorasick_rs.AhoCorasick(_KEYWORDS, implementation=ahocorasick_rs.Implementation.DFA)
_COMPILED = [(rule, frozenset(map(_KEYWORDS.index, words)), *_compiled(pattern)) for rule, words, pattern in _CUES]
_NAME_WINDOW = 60  # (a name of four words at most)
# the letters whose fastre.fold() is not their lower(): "İ" (lower() makes two characters of it), "ı" and "ſ" (which
# lower() keeps); every other text folds to its lower case (tests/extract/test_speed_org_gates.py checks each letter)
_FOLDED_APART = ("\u0130", "\u0131", "\u017f")


def _name_spans(text: str, pattern: re.Pattern[str], before: re.Pattern[str] | None, back: bool = False):
    """(start, end, the match) of each name a cue tells (``back``: the match proper starts at the blanks before the
    words found, or at a possessive before them)."""
    for m in pattern.finditer(text):
        if before is None:
            yield m.start("name"), m.end("name"), m
            continue
        at = m.start()
        if back:
            while at > 0 and text[at - 1].isspace():
                at -= 1
            if at >= 2 and text.startswith(("'s", "’s"), at - 2):
                at -= 2
        if (name := before.search(text, max(0, at - _NAME_WINDOW), at)) is not None:
            yield name.start("name"), m.end("suffix") if "suffix" in pattern.groupindex else name.end("name"), m
# a name that is an outlet: "The Athletic sports news service", "the Chilean newspaper El Faro", "Nordic Times"
_OUTLET_BEFORE = fastre.compile(r"\b(?:newspaper|daily|magazine|weekly|outlet|broadcaster|portal|website|channel|"
                                r"tabloid|agency|journal)\s+$")
_OUTLET_AFTER = fastre.compile(r"\s+(?:(?:[a-z]+\s+){0,2}(?:news\s+service|newspaper|magazine|daily|portal|website|"
                               r"outlet|broadcaster|channel|reported|reports|news\s+agency))\b")
_OUTLET_WORDS = fastre.compile(r"\b(?:News|Times|Post|Journal|Herald|Daily|Tribune|Gazette|Telegraph|Guardian|Press|"
                               r"Magazine|Chronicle|Observer|Express|Mail|Standard|Inquirer|Insider|Wire|TV|Radio|"
                               r"Television|Broadcasting|Review|Today|Weekly|Reporter)\b")
_NOT_NAMES = frozenset("The A An This That These Those It Its In On At By For From With And But Or As Also If When While "
                       "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                       "July August September October November December Mr Mrs Ms Dr President Minister Prime He She "
                       "They We I Government Ministry".split())
_NOT_A_NAME_WORD = fastre.compile(r"-(?:listed|based|owned|led|run|backed)$|['’]s$|^[A-Z][a-z]{1,4}\.$")
_APPOSED_ROLE = fastre.compile(r",\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+")
# indexes, fuels and money whose price moves as a firm's does
_NOT_A_FIRM = fastre.compile(r"\b(?:Hang\s+Seng|Nikkei|Topix|Kospi|Kosdaq|Sensex|Nifty|Dow|Nasdaq|FTSE|DAX|CAC|Stoxx|"
                             r"Straits\s+Times|S&P|Russell|Index|ETF|Composite|Average|Brent|Crude|WTI|Gold|Silver|Bitcoin|"
                             r"Treasury|Treasuries|Bund|Yields?|Exports?|Imports?|GDP|Sales|Profit|Revenue|Shares)\b")
_FIRMS = ("shares", "price", "brand", "unit", "round")  # (cues only a listed firm fits; a joint venture's owner is often foreign)
_MARKED_WORD = fastre.compile(r"[A-Z0-9]{3,}|\w*[a-z][A-Z]\w*|\w+\.\w+")  # "ICTA", "PayGrid", "Ardent.AI": no plain word
# no funder: a region, a group of people, a quarter or a plain generic word
_NO_FUNDER = fastre.compile(r"\b(?:Valley|Africa|America|Asia|Europe|Gulf|Region|States|Democrats|Republicans|MPs|"
                            r"Lawmakers|Senators)$|^(?:Q[1-4]|H[12]|Fund|Startup|Company|Firm|Group|Bank|Act|Government)$")
_HONORIFIC_BEFORE = fastre.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+$")
_WORD_AFTER = fastre.compile(r"\s+([a-z]+)\b")
_GOES_ON_WORDS = frozenset({"and", "or", "in", "on", "to", "for", "as", "at", "last", "this", "earlier", "said", "with",
                            "since", "during", "through", "while", "which", "who", "from", "after", "before", "among"})
_SAID_OF_PEOPLE = ("source", "partner", "listed", "backer", "round")  # (cues a person may stand in: one word may be a surname)
_SENTENCE_WORDS = frozenset("Shares Stock Analysts According Investors Its Their".split()) | SENTENCE_OPENERS  # ("After
# Jamshedpur FC won": the sentence's opening word, no part of the club's name)
_NOT_A_FIRM_WORD = frozenset("Former Group Company Deputy Acting Interim Global Regional Senior Executive Then Also Its "
                             "Their Our Her His New Incoming Outgoing Founding Tech Industry Bank Firm".split())


def cued_organizations(doc: Document, lex: Lexicons, found: list[OrgMention]) -> list[OrgMention]:
    """Bodies the sentence around them makes organisations (see the module's list)."""
    text = doc.text
    out: list[OrgMention] = []
    folded = doc.cache.get("folded")  # (the story folded once for all: its lower case, unless it holds a letter
    # that folding and lower() treat apart)
    low = folded if folded is not None and not any(map(text.__contains__, _FOLDED_APART)) else text.lower()
    present = {hit[0] for hit in _KEYWORD_PASS.find_matches_as_indexes(low, overlapping=True)}
    for rule, keywords, pattern, before, back in _COMPILED:
        if keywords.isdisjoint(present):
            continue  # (the cue's word is looked for first: most stories have none)
        for start, end, m in _name_spans(text, pattern, before, back):
            name = _trimmed(text[start:end])
            while name and name.split()[0] in _NOT_NAMES | _SENTENCE_WORDS:  # "On Tuesday Brindle Foods shares"
                first = name.split()[0]
                cut = name.find(first) + len(first)
                start += cut + (len(name[cut:]) - len(name[cut:].lstrip()))
                name = name[cut:].lstrip()
            end = start + len(name)
            if not name or not _a_body(doc, lex, rule, name, start, end, found + out):
                continue
            country = _LEAGUE_HOMES.get(fastre.sub(r"\s+", " ", m.group("league") or "")) if "league" in \
                pattern.groupindex else None  # "Bundesliga side X": a German club
            kind = "company" if rule in _FIRMS else "organization"  # (a firm of no country told: the story's own,
            # if it tells one country twice or more)
            entry = OrgEntry(name, (), country or org_country(doc, lex, start, end), kind, source=rule)
            out.append(OrgMention(start, end, name, entry, rule))
    for kinds in _KINDS_LISTED.finditer(text):  # "startups including X, Y and Z", "the companies X/Y and Z": each
        if kinds.group("bare") is None or text.endswith("the ", 0, kinds.start()):
            _listed(doc, lex, kinds.end(), "listed", found, out)
    for backers in _BACKERS.finditer(text):  # "backed by X and Y"
        _listed(doc, lex, backers.end(), "backer", found, out)
    return doc.in_body(out)


def _listed(doc: Document, lex: Lexicons, pos: int, rule: str, found: list[OrgMention], out: list[OrgMention]) -> None:
    """The firms of a list that starts at ``pos``, each its own ("X, Y and Z", "X/Y")."""
    text = doc.text
    while (item := _ITEM.match(text, pos)) is not None:
        start, name = item.start("name"), _trimmed(item.group("name"))
        if _a_body(doc, lex, rule, name, start, start + len(name), found + out):
            out.append(OrgMention(start, start + len(name), name, OrgEntry(name, (), org_country(
                doc, lex, start, start + len(name)), "company", source=rule), rule))
        if not item.group("gap"):
            break
        pos = item.end()


def _trimmed(name: str) -> str:
    """The name without a sentence's full stop or a trailing possessive."""
    name = fastre.sub(r"['’]s$", "", name)
    return name[:-1] if name.endswith(".") and not fastre.search(r"\b(?:[A-Z]|Co|Inc|Corp|Ltd)\.$", name) else name


def _a_body(doc: Document, lex: Lexicons, rule: str, name: str, start: int, end: int, found: list[OrgMention]) -> bool:
    words = name.split()
    if words[0] in _NOT_NAMES or words[0] in _SENTENCE_WORDS or name in lex.countries or lex.countries.get(words[0]) \
            and len(words) == 1 or any(o.start < end and start < o.end for o in found):
        return False
    if lex.people.get(name) or len(words) >= 2 and words[0] in lex.given_names or rule in _SAID_OF_PEOPLE and (
            len(words) == 1 and (words[0] in lex.surnames or words[0] in lex.given_names)):
        return False  # "according to John Tamm": a person
    if lex.roles.get(name.lower()) or any(c.start < end and start < c.end for c in doc.countries) and len(words) == 1:
        return False
    if len(words) == 1 and name.isupper() and lex.sectors.get(name):
        return False  # "ICT chief Ann Mwangi", "AI head": a field's acronym, no agency
    text = doc.text
    if any(_NOT_A_NAME_WORD.search(w) or w in lex.roles or w.lower() in lex.roles for w in words):
        return False  # "Asia-listed", "KFD’s Capt", "SOE Minister Erick Thohir": no body's name
    if rule in _SAID_OF_PEOPLE and _APPOSED_ROLE.match(text, end) and lex.roles.find(
            text[end:end + 80].split(";")[0].split(".")[0]):
        return False  # "according to Jan Kowal, Poland's ambassador to Chile": a person, told by a role
    if rule == "executive" and (words[0] in _NOT_A_FIRM_WORD or lex.countries.find(name)):
        return False  # "Former CEO Jane Doe", "Group CEO", "German Chief Executive": no firm's name
    if rule == "unit" and (not lex.countries.get(" ".join(words[1:])) or lex.countries.get(words[0])):
        return False  # "IHS Nigeria CEO": the second word a country, the first no country ("US Navy chief")
    if rule == "price" and (len(words) < 2 or _NOT_A_FIRM.search(name)):
        return False  # "Exports rose 5%", "The Hang Seng fell 1%": one word may be anything; an index, a fuel
    if rule == "backer" and len(words) == 1 and not _MARKED_WORD.fullmatch(name):
        return False  # "funded by Tokyo", "backed by Parliament": one plain word may be a capital or a person
    if rule in ("backer", "round") and (_NO_FUNDER.search(name) or _HONORIFIC_BEFORE.search(doc.text, max(0, start - 5),
                                                                                              start)):
        return False  # "Silicon Valley's funding round", "backed by Senate Democrats", "Q3's Series A", "Mr X's"
    if rule == "backer" and (after := _WORD_AFTER.match(doc.text, end)) and after.group(1) not in _GOES_ON_WORDS:
        return False  # "backed by Silicon Valley investors", "Gulf Arab states": a modifier of a common noun
    if rule == "source":
        if _OUTLET_WORDS.search(name) or _OUTLET_BEFORE.search(text, max(0, start - 30), start) or \
                _OUTLET_AFTER.match(text, end):
            return False  # an outlet: the messenger of the story
        if len(words) == 1 and not (name.isupper() and len(name) >= 3 or fastre.search(r"[a-z][A-Z]", name)):
            return False  # "according to Tamm": one plain word may be a person's surname
    return True


# what only a body does or has: it speaks or signs, has a head or staff, or is told to be a firm or an agency
_ACTS_AS_BODY = (r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:managing|director|chairman|chairwoman|chief|head|CEO|president|board|"
                 r"staff|officials|headquarters|ground\s+control|founder|executives?|spokesperson|spokesman)\b|\s+(?:said|says|"
                 r"told|signed|signs|announced|announces|stated|will\s+sign|has\s+signed|is\s+an?\s+(?:[\w-]+\s+){0,2}?"
                 r"(?:company|firm|agency|body|organi[sz]ation|institution|operator|regulator|incubator|association|"
                 r"foundation|corporation|enterprise)\b))")


def acts_as_body(text: str, acronym: str, after: int) -> bool:
    """Whether an acronym a name was defined by ("Ghanaian Communications Satellite (GHACOMSAT)") acts as a body later
    in the text ("GHACOMSAT said", "GHACOMSAT's managing director", "X is a company incubator"): the name names a
    body though it has no organisation word (not "High Performance Computing (HPC)", a thing)."""
    at = text.find(acronym, after)
    while at >= 0:
        if not (text[at - 1:at].isalnum() or text[at + len(acronym):at + len(acronym) + 1].isalnum()) and \
                fastre.match(_ACTS_AS_BODY, text[at + len(acronym):at + len(acronym) + 60]):
            return True
        at = text.find(acronym, at + len(acronym))
    return False
