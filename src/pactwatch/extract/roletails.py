"""The tail of a title: its portfolio or body, up to the name after it ("Minister of Trade, Industry and Energy
Bang Moon-kyu", "principal secretary for broadband and digital economy Irene Wambui", "Deputy Minister of Digital
Development, Communications, and Mass Media of the Russian Federation"). people.py reads them."""

from __future__ import annotations

import bisect

from . import fastre
from .lexicon import occurrences, read_table

# common words that are never part of a person's name
NOT_NAME = frozenset(row[0] for row in read_table("not_name_words.tsv"))
ABSTRACT = fastre.compile(r"[A-Z][a-z]+(?:tion|ment|ity|ics|ure|ism|ance|ence|ship|ology|ies)$")  # a portfolio's noun
# Words of a minister's portfolio: a role's tail, never a name ("Minister of Trade, Industry and Energy")
PORTFOLIO = frozenset(row[0] for row in read_table("portfolio_words.tsv"))
PORTFOLIO_ALT = "|".join(sorted(PORTFOLIO, key=len, reverse=True))
PORTFOLIO_LOWER = "|".join(sorted({w.lower() for w in PORTFOLIO if w[1:].islower()}, key=len, reverse=True))
# "principal secretary for broadband and digital economy Irene Wambui": a lower-case title's lower-case portfolio (or
# a capitalised one's: "Minister of state for energy and mineral resources, A")
LOWER_TAIL = fastre.compile(rf"\s+(?:for|of)\s+(?:the\s+)?(?:state\s+for\s+)?(?:(?:{PORTFOLIO_LOWER})(?:\s+(?:and|&)\s+|,\s+|\s+))*"
                             rf"(?:{PORTFOLIO_LOWER})(?=,?\s+[A-Z])")
# "of Trade and Energy", "of the country's Space Agency", ", Ministry of Information, Communications, and the Digital
# Economy": a title's portfolio or body, up to the name
ROLE_TAIL = fastre.compile(r"(?:\s+(?:of|for|to|on|in)\s+(?:the\s+)?(?:(?:country|state|nation)['’]s\s+)?|"
                        r",\s+(?=(?:Ministry|Department|State\s+Department)\s+(?:of|for)\s))"
                        r"(?:[A-Z][\w’'&-]*|ICT)(?:(?:,\s+(?:and\s+(?:the\s+)?(?=(?:"
                        + PORTFOLIO_ALT + r")\b))?|\s+and\s+(?:the\s+(?=(?:"
                        + PORTFOLIO_ALT + r")\b))?|\s+&\s+|\s+to\s+|"
                        r"(?:(?<=Ministry)|(?<=Department)|(?<=Committee)|(?<=State)|(?<=Board))\s+(?:of|for|on)\s+(?:the\s+)?|"
                        r"\s+for\s+(?=(?:" + PORTFOLIO_ALT + r")\b)|\s+)"
                        r"(?:[A-Z][\w’'&-]*|ICT))*(?:\s+(?:department|ministry|division|agency|directorate)(?=,))?")
# "... and the Japanese Minister": the next person's title after a role ("A, Minister for Trade, Industry and Energy
# and the Korean Minister for ... B")
_NEXT_TITLE = (r"\s+and\s+(?:(?:the|his|her)\s+)?(?:[A-Z][\w’'-]*\s+){0,2}(?:Minister|Secretary|President|Ambassador|"
               r"Commissioner|Director|Chair(?:man|woman|person)?|Governor)\b")
# ", Communications and Mass Media of the Russian Federation": more of a portfolio listed with commas, after the first
LISTED_PORTFOLIO = fastre.compile(rf"(?:,\s+(?:and\s+)?(?:{PORTFOLIO_ALT})\b(?:\s+(?:and|&)\s+[A-Z][\w’'-]*|"
                                   r"\s+[A-Z][\w’'-]*)*)+"
                                   r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,2})?"
                                   r"(?=\s*[,;]|\s+\([A-Z]|\.(?:\s|$)|\s+(?:said|says|who|at|in)\b|_NEXT_TITLE)".replace(
                                       "_NEXT_TITLE", _NEXT_TITLE))
PORTFOLIO_ROLE = fastre.compile(r"\s(?:of|for)\s+(?:the\s+)?[A-Z]")
# "minister of government transformation, public works and procurement, said": a lower-case portfolio listed with
# commas, each item opening with a portfolio word
PORTFOLIO_ROLE_LOWER = fastre.compile(r"\s(?:of|for)\s+(?:the\s+)?[a-z]")
LISTED_LOWER = fastre.compile(rf"(?:,\s+(?:and\s+)?(?:{PORTFOLIO_LOWER})\b(?:\s+(?:and|&)\s+[a-z][\w-]*|\s+[a-z][\w-]*){{0,3}})+"
                              r"(?=\s*[,;]|\.(?:\s|$)|\s+(?:said|says|noted|added|who|at|in)\b)")


# a speaker named before the verb of saying ("..., Jane Roe said"): people.py reads the name that ends where it starts
SAID_AFTER = fastre.scanner(r"\s+(?:said|says|added|noted|told)\b")
_SAID_WORDS = ("said", "says", "added", "noted", "told")


def said_after(text: str):
    """``SAID_AFTER.finditer(text)``, tried only where the blanks before one of its words begin (the words found in
    one Aho-Corasick pass), not at every blank of the text."""
    end = 0
    for at in occurrences(text, _SAID_WORDS):
        start = at
        while start > end and text[start - 1].isspace():
            start -= 1
        if start < at and (match := SAID_AFTER.match(text, start)):
            end = match.end()
            yield match


def commas_before(text: str, heads: list[int], reach: int):
    """Offsets of the commas with one of ``heads`` (sorted) at most ``reach`` after them, in order (not every comma)."""
    done = 0
    for head in heads:
        at = text.find(",", max(head - reach, done), head + 1)
        while at >= 0:
            yield at
            at = text.find(",", at + 1, head + 1)
        done = max(done, head + 1)


# ", Minister of Trade": a role set off after a name, up to where the clause about the saying starts
APPOSITION = fastre.compile(
    r",\s+(?!(?!acting\b|managing\b)[a-z-]+(?:ed|ing)\b|(?:met|meets|told|tells|led|leads|held|holds|spoke|speaks|took|takes|"
    r"gave|made|sent|saw|won|left|came|became|began|brought|sought|visited)\b|"
    r"(?:by|where|which|who|whom|whose|when|while|as|and|but|after|before|said|says|"
    r"with|from|including|for|to|in|on|at)\b)((?:(?:a|an|the)\s+)?(?:[\w’'.&-]+\s+){0,4}?"
    r"(?:[\w’'.&]+-)?(?:[Pp]resident|[Mm]inister|[Ss]ecretary|[Aa]dvis[eo]r|[Dd]irector|[Cc]hair(?:man|woman|person)?|[Hh]ead|"
    r"[Ff]ellow|[Aa]nalyst|[Pp]rofessor|CEO|[Cc]hief|[Ff]ounder|[Pp]artner|[Ss]pokes(?:man|woman|person)|"
    r"[Aa]mbassador|[Ee]conomist|[Rr]esearcher|[Cc]ommissioner|[Gg]overnor|[Ee]nvoy|[Oo]fficial|[Ll]eader|"
    r"[Ee]xecutive|[Mm]anager|[Ss]cientist|[Ss]trategist|[Dd]ean|[Ee]xpert|[Cc]ounterpart|[Dd]iplomat|[Mm]ayor|[Ss]enator|"
    r"[Pp]remier|[Cc]hancellor|[Rr]ector|[Cc]rown\s+[Pp]rince|[Rr]uler|[Ee]mir|[Pp]rincipal|[Tt]reasurer|[Dd]eputy|[Uu]ndersecretary|[Pp]resident-elect|[Aa]dministrator|[Cc]onsul|[Oo]fficer|"
    r"MD(?=\s+of\b)|(?:DG|DDG|CMD)(?=,|\s+of\b))\b"  # (DG: director general; CMD: chairman and managing director)
    r"(?:[^,.;:\"“”\n]|\.(?=[A-Z]\.)|(?<=\.[A-Z])\.){0,120}?)"  # ("at the U.S. Embassy": an initialism's stops are no end)
    r"(?:(?=,|;|\s+(?:said|says|added|adds|noted|told|stressed|explained|stated)\b|$|_CLAUSE)|(?<!\.[A-Z])(?=\.(?![A-Z]\.)))"
    .replace("_CLAUSE", r"\s+(?:to|in|on|during|after|before|while|when)\s+(?:(?:a|an|his|her|their|its)\s+|(?:reporters|"
             r"journalists|lawmakers|the\s+sidelines)\b)|\s+(?:after|before|during|while|when)\b|_OTHERS|"
             r"\s+at\s+the\s+(?:signing|ceremony|launch|event|meeting|forum|summit|opening)\b|_VERB")
    .replace("_VERB", r"\s+(?:paid|pays|met|meets|signed|signs|inked|visited|visits|called\s+on|arrived|arrives|attended|"
             r"attends|welcomed|welcomes|received|receives|witnessed|witnesses|led|leads|held|holds)\s+(?:a|an|the|on|"
             r"in|at|with|his|her|their|its|[A-Z])")  # "A, Minister of X of Ruritania paid a call on B": its verb
    .replace("_OTHERS", r"\s+and\s+(?:the\s+|other\s+)?(?:[\w’'-]+\s+){0,2}?(?:[Mm]inisters|[Ss]ecretaries|[Aa]mbassadors|"
             r"[Dd]elegates|[Oo]fficials|[Rr]epresentatives|[Hh]eads\s+of)\b")
)  # (the role ends where the clause about the saying starts: "..., State Minister for ICT to reporters after ...",
# and before other people named by a plural title: "A, Director of X and Ministers from Y")


def role_in_reach(text: str, heads: list[int], comma: int) -> bool:
    """Whether APPOSITION can match at ``comma``: not when another comma comes before the next of ``heads`` (the
    sorted offsets of people.py's role words in the text, one of which every role of APPOSITION holds but "MD",
    whose "of" may follow past more than one blank) with no "MD" before it. After its comma APPOSITION reads only
    blanks, an article, words (word characters, stops, apostrophes, "&", hyphens) and a hyphened prefix before the
    role: no other comma."""
    i = bisect.bisect_right(heads, comma)
    stop = text.find(",", comma + 1, heads[i] if i < len(heads) else len(text))
    return stop < 0 or text.find("MD", comma, stop) >= 0


# a name at the very end of an excerpt, or before a cut word ("... since President Bola T")
CUT_AT_END = fastre.compile(r"(?:\s+[A-Z][\w’'-]{0,3}\.?)?\s*")
# "A, President of X and attended by Mr B": where a roster's next clause starts after a role
# ", State Department for Energy;", ", Ministry of Mining,": the body a title in apposition is held at, set off by a
# comma after it ("A, Permanent Secretary, State Department for Energy;")
BODY_AFTER = fastre.compile(r",\s+(?:the\s+)?(?:State\s+Department|Ministry|Department|Directorate)\s+(?:of|for)\s+"
                            r"(?:the\s+)?[A-Z][\w’'-]*(?:(?:\s+(?:and|&|of|for)\s+(?:the\s+)?|,\s+(?=[A-Z][\w’'-]*\s+(?:and|&)\s)|\s+)"
                            r"[A-Z][\w’'-]*)*(?=\s*[,;.)]|\s+(?:and|said|says|who|has|was|is)\b)")
RUN_ON = fastre.compile(r"\s+and\s+(?:(?:was|were)\s+)?(?:[a-z]+ed\s+by\s+)?(?:(?:Mr|Mrs|Ms|Dr|Prof|H\.E|HE)\.?)?\s*$")


# "... Affairs Janis Ozols and Republic" + " of Kenya Minister ...": the next person's title opens with a state's
# long name, which a tail must not run into
_STATE_NAME_OPENS = fastre.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:Republic|Kingdom|Federation|Sultanate|"
                                   r"Commonwealth|Principality|Grand\s+Duchy|State|Emirate)$")
_OF_NEXT = fastre.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def before_state_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Where a title's tail (``start``..``end``) ends, and where the list's next person starts when that one's title
    opens with a state's long name ("Minister of Economics Janis Ozols and Republic of Kenya Minister of ICT ...":
    before that name, the tail holding the name; else -1)."""
    opens = _STATE_NAME_OPENS.search(text, start, end) if _OF_NEXT.match(text, end) else None
    return (opens.start(), opens.start()) if opens else (end, -1)
