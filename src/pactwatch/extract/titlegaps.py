"""Names that come after a long title the role tail does not reach (people.py asks when no name follows the tail).

- a portfolio after "for", listed with commas, then the name set off by a comma: "Executive Vice-President of
  the Commission for Competition, Growth and Jobs, Maria Rossi, said";
- a body described in lower case, then its name, then the person's: "director general of Kazakh state uranium
  company Kazatomprom Erlan Sadykov", "head of the national power utility KEPCO Kim Dong-su";
- a portfolio or a body's acronym written bare after the title, as South Asian officialdom does: "Federal Secretary
  IT Tariq Malik", "Secretary Commerce Ana Khan", "Chairman SUPARCO Ali Raza Khan".
"""

from __future__ import annotations

from . import fastre
from .doc import Document
from .roletails import ABSTRACT, NOT_NAME, PORTFOLIO

_CAPWORD = r"[A-Z][\w’'&-]*"
# "for Competition, Growth and Jobs, Maria Rossi": a portfolio listed with commas, the name among its last words
_LISTED_FOR = fastre.compile(rf"\s+(?:for|of|on|in)\s+(?:the\s+)?{_CAPWORD}(?:(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+|"
                             rf"\s+(?:of|for|on|in)\s+(?:the\s+)?|\s+the\s+|\s+){_CAPWORD})*")
_NAME_ENDS = fastre.compile(r"\s*[,;.]|\s+(?:said|says|told|added|noted|who|has|had|was|is|will|and)\b|\s*$")
# "of Kazakh state uranium company ", "at the national power utility ": a body described in lower case
_DESCRIBED_BODY = fastre.compile(r"\s+(?:of|at)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)?(?:[a-z][\w-]*\s+){1,5}(?=[A-Z])")
_BARE = fastre.compile(r"\s+([A-Z]{2,8}|[A-Z][a-z]+)(?=\s+[A-Z])")  # " IT", " Commerce", " SUPARCO"
_BODY_ACRONYM = fastre.compile(r"[A-Z]{3,8}")
_TWO_WORDS = fastre.compile(r"\s+[A-Z][a-z][\w’'-]*\s+[A-Z][a-z]")
_COMMA_NEXT = fastre.compile(r"\s*,")  # a comma closing the clause right after a body


def name_past_the_tail(doc: Document, lex, pat, head_end: int, role_end: int):
    """(role end, name match) for a name after a title's long or odd tail, or (role_end, None)."""
    text = doc.text
    listed = _LISTED_FOR.match(text, role_end) or _LISTED_FOR.match(text, head_end)  # (", and Moroccans Living Abroad")
    for comma in fastre.finditer(r",\s+", listed.group(0)) if listed else ():  # "... and Jobs, Maria Rossi,"
        found = pat.name_after_any.match(text, listed.start() + comma.end())
        if found and _NAME_ENDS.match(text, found.end(1)) and _whole_name(found.group(1), lex):
            return listed.start() + comma.start(), found
    body = _DESCRIBED_BODY.match(text, head_end)
    if body and not fastre.search(r"[,;.]", body.group(0)):  # "director general of Russian state firm Zorya Ivan Petrov"
        found = _after_body(doc, lex, pat, body.end())
        if found:
            return found
    return role_end, None


def bare_portfolio_end(text: str, lex, pat, head_end: int) -> int:
    """Where a portfolio written bare after the title ends when a name follows it ("Federal Secretary IT Tariq
    Malik"), or ``head_end``."""
    at = head_end
    while (bare := _BARE.match(text, at)) and (bare.group(1) in PORTFOLIO or _BODY_ACRONYM.fullmatch(bare.group(1)) and (
            bare.group(1) in lex.organizations or bare.group(1).title() not in lex.surnames and
            _TWO_WORDS.match(text, bare.end()))):  # ("Chairman SUPARCO Ali Raza Khan": a body's acronym, then a name
        at = bare.end()  # of two words or more; not "KISHIDA Fumio", "YOON Suk Yeol": a family name in capitals)
    found = pat.name_after.match(text, at) if at > head_end else None
    return at if found and _whole_name(found.group(1), lex) else head_end


def _after_body(doc: Document, lex, pat, at: int):
    """The body's name, then the person's: the name starts where a known body ends, or at a known given name."""
    text = doc.text
    words = list(fastre.finditer(r"[A-Z][\w’'.-]*", text[at:at + 80]))
    run = [words[0]] if words and words[0].start() == 0 else []
    for word in words[1:]:  # the run of capitalised words right after the description
        if not fastre.fullmatch(r"\s+", text[at + run[-1].end():at + word.start()]):
            break
        run.append(word)
    for k in range(1, len(run) - 1):
        cut = at + run[k].start()
        org_ends = any(o.end == cut - 1 or o.end == cut for o in doc.between("organizations", at, cut))
        if org_ends or run[k].group(0) in lex.given_names:
            found = pat.name_after_any.match(text, cut)
            if found and _whole_name(found.group(1), lex):
                return cut - 1, found
    return None


def _whole_name(name: str, lex) -> bool:
    """Two to four capitalised words, none a country, a body, a role or a portfolio."""
    tokens = name.split()
    return 2 <= len(tokens) <= 4 and not any(t in lex.countries or t in lex.organizations or t in lex.roles or
                                             t in PORTFOLIO for t in tokens)


# "A B was sworn in as president", "A B, who took office as premier on Monday": the role after the name, by the
# step that gave it
_TOOK_OFFICE = fastre.compile(r"(?:,\s+who)?\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:sworn\s+in\s+as|took\s+(?:office|over)"
                              r"\s+as|(?:elected|appointed|named)\s+as|became)\s+(?:the\s+)?(?:(?:new|country['’]s|"
                              r"nation['’]s|first|next)\s+)?")
_TOOK_OFFICE_WORDS = ("sworn", "took", "elected", "appointed", "named", "became")  # one is in every match: a text
# without any is not read with the pattern (most stories)
# "Nvidia, whose founder, Jensen Huang, ...", "Acme, whose chief executive Ana Ruiz said ...": the firm's person
_WHOSE = fastre.compile(r",\s+whose\s+((?:[a-z][\w-]*\s+){0,3}(?:founder|chief(?:\s+executive(?:\s+officer)?)?|"
                        r"president|chairman|chairwoman|chair|head|director|CEO|owner|boss)),?\s+")


def roles_after_steps(doc: Document, lex, name_before, pat):
    """(name, start, role, country) of people given a role by the step that made them ("A B was sworn in as
    president") or named as a body's officer after "whose" ("Nvidia, whose founder, Jensen Huang,")."""
    text = doc.text
    for took in _TOOK_OFFICE.finditer(text) if any(word in text for word in _TOOK_OFFICE_WORDS) else ():
        role = next((r for r in lex.roles.find(text[took.end():took.end() + 40]) if r.start == 0 and
                     r.payload.value == "title"), None)
        found = name_before(took.start()) if role else None
        if found and _whole_name(found[1], lex):
            yield found[1], found[0], text[took.end():took.end() + role.end], None
    for whose in _WHOSE.finditer(text):
        org = next((o for o in doc.between("organizations", whose.start() - 80, whose.start() + 1)
                    if o.end == whose.start()), None)
        found = pat.name_after_any.match(text, whose.end()) if org else None
        if found and _whole_name(found.group(1), lex) and _NAME_ENDS.match(text, found.end(1)):
            yield found.group(1), found.start(1), whose.group(1), org.entry.country
    for who in _WHO_HEADS.finditer(text) if ", who " in text else ():
        org = next((o for o in doc.between("organizations", who.end(), who.end() + 120) if o.start == who.end() and
                    _COMMA_NEXT.match(text, o.end)), None)  # (the body fills the clause: "who leads the talks" no)
        found = name_before(who.start()) if org else None
        if found and _whole_name(found[1], lex):
            yield found[1], found[0], f"{_HEAD_OF[who.group(1)]} of {text[who.start(2):org.end]}", org.entry.country


# "A, who heads the X Agency,": the clause's verb tells the role at the body it names
_WHO_HEADS = fastre.compile(r",\s+who\s+(heads|leads|runs|helms|chairs|directs)\s+((?:the\s+)?)")
_HEAD_OF = {"heads": "head", "leads": "head", "runs": "head", "helms": "head", "chairs": "chair", "directs": "director"}


# "... and his Jordanian counterpart A B", "met her counterpart, A B": the office is the first person's
_COUNTERPART_BEFORE = fastre.compile(r"\b(?:his|her|their)\s+(?:[A-Z][\w.-]*\s+){0,2}(?:and\s+(?:[A-Z][\w.-]*\s+){1,2})?"
                                     r"counterparts?,?\s+(?:(?<=s,\s)(?:[A-Z][\w’'.-]*\s+){1,4}?and\s+)?$")
# ("his U.S. and Japanese counterparts, A and B": B as well)


def counterpart_role(doc: Document, lex, start: int, roles: list[tuple[int, str]]) -> str | None:
    """The office of a name told as someone's counterpart: the title (not the portfolio, which is the first one's
    government's) of the titled person before him in the sentence ("Argentine foreign minister A and his
    Jordanian counterpart B" -> "foreign minister"; "Minister of Trade, Industry and Energy A and his Czech
    counterpart B" -> "Minister"). ``roles``: (name start, role) of the people found."""
    if not _COUNTERPART_BEFORE.search(doc.text, max(0, start - 60), start):
        return None
    index = doc.sentence_index(start)
    sentence_start = doc.sentences[index].start if index is not None else start - 200
    before = [(at, role) for at, role in roles if sentence_start <= at < start and role]
    titles = [t for t in lex.roles.find(max(before)[1]) if t.payload.value == "title"] if before else []
    return max(titles, key=lambda t: len(t.text)).text if titles else None


def given_before(text: str, lex, head_end: int, at: int) -> int:
    """Where a name starts whose accented word ends a title's tail at ``at`` ("for Climate Action and Energy Miguel
    Cañete", "of Foreign Affairs Bui Thanh Sơn"): back over up to three name words right before it when a portfolio
    word or a comma comes before them ("for Energy, Dan Jørgensen"), else over the known given names there; never into
    the portfolio."""
    words = list(fastre.finditer(r"\S+", text[head_end:at]))
    i = len(words) - 1
    while i > 0 and len(words) - 1 - i < 3 and _name_word(words[i].group(0), lex):
        i -= 1
    if i < len(words) - 1 and (words[i].group(0).endswith(",") or words[i].group(0) in PORTFOLIO or ABSTRACT.match(words[i].group(0)) or
                               words[i].group(0) in lex.countries or _BODY_ACRONYM.fullmatch(words[i].group(0))):
        return head_end + words[i].end()
    for _ in range(2):
        given = fastre.search(r"\s([A-Z][\w’'-]+)\s*$", text[head_end:at])
        if not given or given.group(1) not in lex.given_names or not _name_word(given.group(1), lex) or \
                given.start() == 0:
            break
        at = head_end + given.start()
    return at


def _name_word(word: str, lex) -> bool:
    """A capitalised word that can be a name's: no portfolio word, title, country or a portfolio's abstract noun."""
    return bool(fastre.fullmatch(r"[A-Z][\w’'-]+", word)) and not _BODY_ACRONYM.fullmatch(word) and word not in PORTFOLIO and word not in lex.roles and \
        word not in lex.countries and word not in NOT_NAME and not ABSTRACT.match(word)
