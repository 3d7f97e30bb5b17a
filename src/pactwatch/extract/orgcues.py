"""Organisations news names with no suffix, head word or gazetteer entry, known only from what the sentence says of
them:

- their shares moved ("shares of X rose", "X shares fell", "X stock slid", "shares in X");
- a broker's rating or its analysts ("an upgrade from X", "a downgrade by X", "analysts at X");
- a source quoted for a figure ("according to X", "according to a report by X"), unless it is an outlet (a paper,
  a magazine, a news service: the messenger, which the gazetteer's media entries handle);
- a football club by its league or a match ("Premier League club X", "the Bundesliga side X", "the match against X");
- the other side of a body's own deal ("its deal with X ended", "its contract with X");
- a list closed by "among other organisations" ("..., X, among other companies, will");
- an acronym that speaks or has a head ("X said in a statement", "X chief executive Jane Doe").

A candidate is dropped when it is a country, a person, a month or weekday, or overlaps a body already found.
"""

from __future__ import annotations

from . import fastre
from .doc import Document, OrgMention
from .lexicon import Lexicons, OrgEntry

_WORD = r"(?:[A-Z][\w&’'.-]*[\w&]|[A-Z])"
_NAME = rf"(?P<name>{_WORD}(?:[ \t]+(?:&[ \t]+)?{_WORD}){{0,3}})"
_ACRONYM = r"(?P<name>[A-Z][A-Z0-9]{2,7})"
_MOVED = (r"(?:rose|fell|climbed|jumped|slid|slipped|gained|dropped|surged|soared|tumbled|plunged|rallied|slumped|"
          r"advanced|declined|sank|lost|added|edged|eased|were|was|have|had|closed|ended|traded|hit|rebounded)")
_SOURCE_NOUNS = (r"(?:data|figures|estimates|research|a\s+(?:new\s+|recent\s+)?(?:report|survey|study|analysis|note|"
                 r"forecast)|an\s+(?:analysis|estimate))")
_LEAGUES = r"(?:Premier\s+League|Bundesliga|La\s+Liga|Serie\s+A|Ligue\s+1|Eredivisie|Championship|MLS|football|soccer)"
_CUES = [
    ("shares", ("share", "stock"), fastre.compile(rf"\b(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+{_NAME}")),
    ("shares", ("share", "stock"), fastre.compile(rf"(?<![\w’'-]){_NAME}(?:['’]s)?\s+(?:shares|stock)\s+(?:(?:also|have|had|sharply)\s+)?"
                              rf"{_MOVED}\b")),
    ("rating", "grade", fastre.compile(rf"\b(?:[Uu]pgrade|[Dd]owngrade)\s+(?:from|by)\s+{_NAME}")),
    ("rating", "analyst", fastre.compile(rf"\b[Aa]nalysts?\s+at\s+{_NAME}")),
    ("source", "according", fastre.compile(rf"\b[Aa]ccording\s+to\s+(?:{_SOURCE_NOUNS}\s+(?:from|by)\s+)?{_NAME}")),
    ("club", "", fastre.compile(rf"\b{_LEAGUES}\s+(?:club|side|team|outfit|champions)\s+{_NAME}")),
    ("club", "", fastre.compile(rf"\b(?:match|game|fixture|clash|derby)\s+(?:against|with)\s+{_NAME}")),
    ("partner", " with ", fastre.compile(rf"\b(?:its|their)\s+(?:[a-z-]+\s+){{0,2}}?(?:deal|agreement|contract|partnership|"
                               rf"sponsorship|tie-up)\s+with\s+{_NAME}")),
    ("listed", "among other", fastre.compile(rf"(?<![\w’'-]){_NAME},\s+among\s+other\s+(?:organi[sz]ations|companies|firms|"
                              rf"institutions|partners|bodies|groups|banks|lenders|agencies)\b")),
    ("speaks", "statement", fastre.compile(rf"(?<![\w’'-]){_ACRONYM}\s+(?:said|says|stated|announced)\s+in\s+a\s+statement\b")),
    ("speaks", "", fastre.compile(rf"(?<![\w’'-]){_ACRONYM}\s+(?:CEO|chief\s+executive|president|chairman|chairwoman|"
                              rf"head|director|chief|spokesperson|spokesman|spokeswoman)\s+[A-Z][a-z]")),
]
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
_SAID_OF_PEOPLE = ("source", "partner", "listed")  # (cues a person may stand in: one word may be a surname)
_SENTENCE_WORDS = frozenset("Shares Stock Analysts According Investors Its Their".split())


def cued_organizations(doc: Document, lex: Lexicons, found: list[OrgMention]) -> list[OrgMention]:
    """Bodies the sentence around them makes organisations (see the module's list)."""
    text = doc.text
    out: list[OrgMention] = []
    lower = text.lower()
    for rule, keyword, pattern in _CUES:
        if not any(word in lower for word in ((keyword,) if isinstance(keyword, str) else keyword)):
            continue  # (the cue's word is looked for first: most stories have none)
        for m in pattern.finditer(text):
            start, end = m.span("name")
            name = _trimmed(text[start:end])
            while name and name.split()[0] in _NOT_NAMES | _SENTENCE_WORDS:  # "On Tuesday Brindle Foods shares"
                first = name.split()[0]
                cut = name.find(first) + len(first)
                start += cut + (len(name[cut:]) - len(name[cut:].lstrip()))
                name = name[cut:].lstrip()
            end = start + len(name)
            if not name or not _a_body(doc, lex, rule, name, start, end, found + out):
                continue
            out.append(OrgMention(start, end, name, OrgEntry(name, (), None, "organization", source=rule), rule))
    return doc.in_body(out)


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
    text = doc.text
    if any(_NOT_A_NAME_WORD.search(w) or w in lex.roles or w.lower() in lex.roles for w in words):
        return False  # "Asia-listed", "KFD’s Capt", "SOE Minister Erick Thohir": no body's name
    if rule in _SAID_OF_PEOPLE and _APPOSED_ROLE.match(text, end) and lex.roles.find(
            text[end:end + 80].split(";")[0].split(".")[0]):
        return False  # "according to Jan Kowal, Poland's ambassador to Chile": a person, told by a role
    if rule == "source":
        if _OUTLET_WORDS.search(name) or _OUTLET_BEFORE.search(text, max(0, start - 30), start) or \
                _OUTLET_AFTER.match(text, end):
            return False  # an outlet: the messenger of the story
        if len(words) == 1 and not (name.isupper() and len(name) >= 3 or fastre.search(r"[a-z][A-Z]", name)):
            return False  # "according to Tamm": one plain word may be a person's surname
    return True
