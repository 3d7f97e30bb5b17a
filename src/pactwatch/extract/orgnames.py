"""How organisation names are compared: by their content words, and against an acronym's letters."""

from __future__ import annotations

import functools
import re

import ahocorasick_rs

from . import fastre
from .doc import OrgMention
from .lexicon import Match, OrgEntry, _leftmost_longest, read_table

# little words of names ("Ministry of Trade and Industry") that say nothing of which body it is
CONNECTORS = frozenset({"of", "for", "and", "the", "on", "in", "de", "di", "ed", "du", "&", "to", "at"})


@functools.lru_cache(maxsize=8192)  # (asked of the same few names again and again)
def name_stems(name: str) -> frozenset[str]:
    """A name's content words cut to four letters: "Chinese National Space Administration" is China's."""
    return frozenset(w.lower()[:4] for w in fastre.findall(r"[\w’'-]+", name) if w.lower() not in CONNECTORS)


def shares_words(name: str, other: str) -> bool:
    """Whether two names have at least half of the shorter one's content words in common (by their first 5 letters)."""
    def words(x: str) -> set[str]:
        return {w.lower()[:5] for w in fastre.findall(r"[\w’'-]+", x) if w.lower() not in CONNECTORS}
    a, b = words(name), words(other)
    return bool(a and b) and len(a & b) * 2 >= min(len(a), len(b))


def initials_fit(name: str, acronym: str) -> bool:
    letters = [c for c in acronym.upper() if c.isalpha()]
    initials = "".join(w[0] for w in fastre.split(r"[\s-]+", name) if w and w[0].isupper())
    pos = 0
    for letter in letters:
        pos = initials.find(letter, pos)
        if pos < 0:
            return "".join(letters) in name.upper().replace(" ", "")
        pos += 1
    return len(letters) >= 2


_SECOND_OWNER = re.compile(r"\s(?:and|&)\s+(?:the\s+)?[\w.-]+(?:['’]s\b|s['’](?=\s))\s*")


# a word that opens a sentence, no name's ("After Jamshedpur FC won", "Todays Council approved", "Several AI Institutes")
SENTENCE_OPENERS = frozenset(row[0] for row in read_table("sentence_openers.tsv"))
_OPENER = fastre.compile("(?:" + "|".join(map(re.escape, sorted(SENTENCE_OPENERS, key=len, reverse=True))) + r")\s+")


def past_opener(text: str, start: int, end: int) -> int:
    """Where a run of names begins once a sentence's opening word before it is left out ("After Jamshedpur FC")."""
    opener = _OPENER.match(text, start, end)
    return opener.end() if opener else start


def past_other_owner(text: str, start: int, end: int) -> int:
    """Where a run of names begins once another owner's name before it is left out: "Korea's Ministry of ... and
    Vietnam's Ministry of Science and Technology (MoST)", "Chile's CORFO and Vietnam's Ministry ..." (the second
    body, without its owner)."""
    second = None
    if text.find("and", start, end) < 0 and text.find("&", start, end) < 0:
        return start  # (every match holds "and" or "&": none, no match)
    for second in _SECOND_OWNER.finditer(text, start, end):
        pass
    return second.end() if second else start


# "signed an MoU with Korea's Hydrogen Convergence Alliance": the counterpart of a signing, named with one owner's
# possessive, is a body (an association of that country), not an instrument between countries
COUNTERPART_BODY = fastre.scanner(r"\b(?:with|of)\s+(?:the\s+)?(?P<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)['’]s\s+"
                              r"(?P<name>(?:[A-Z][\w&-]*\s+){1,5}(?:Alliance|Coalition|Consortium|Platform|Network))\b")
COUNTERPART_WORDS = ("Alliance", "Coalition", "Consortium", "Platform", "Network")  # (every match ends in one)


def counterpart_body_at(text: str, start: int) -> re.Match | None:
    """The counterpart body whose name starts at ``start``, if the words before it make it one."""
    found = COUNTERPART_BODY.search(text, max(0, start - 60), start + 120)
    return found if found is not None and found.start("name") == start else None


# "^DJI" and "LSE:BAG" are tickers, "the Amazon rainforest" a forest
_TICKER_BEFORE = re.compile(r"[\^:]$")
# "CBC-Nano", "NIXI-CSC": an acronym inside a hyphenated name is part of that name
_HYPHEN_NAME_AFTER = re.compile(r"-[A-Z]")
_HYPHEN_NAME_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*-$")
_THE_BEFORE = re.compile(r"(?<![\w’'])the\s+$")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:because|while|where|which|and|or|but|as|under|in|on|at|"
                               r"with|from|to|by|for|of|into|across|through)\b")
_PLACE_AFTER = re.compile(r"\s+(?:rainforest|river|basin|forest|region|delta)\b", re.IGNORECASE)


# "... with the UAE [AFP/Getty Images]": a picture's credit in square brackets
_BRACKET_OPEN = re.compile(r"\[[^\]\[\n]{0,40}$")
_BRACKET_CLOSE = re.compile(r"[^\]\[\n]{0,40}\]")


def _in_bracket_credit(text: str, match) -> bool:
    opening = _BRACKET_OPEN.search(text, max(0, match.start - 41), match.start)
    closing = _BRACKET_CLOSE.match(text, match.end)
    return bool(opening and closing) and "/" in text[opening.start():closing.end()] or \
        bool(opening and closing and fastre.search(r"(?i)photo|image|getty|file", text[opening.start():closing.end()]))


# "(Photo: Reuters/VNA)", "(Image: Xinhua/Kyodo)": a picture's credit in round brackets; "... in Abu Dhabi. AFP" at a
# line's end: a caption's credit after its last sentence
_PAREN_CREDIT = re.compile(r"\((?:[Pp]hotos?|[Ii]mages?|[Pp]icture|[Ff]ile\s+photo|[Cc]redit|[Ss]ource)\s*:\s*"
                           r"(?:[^()\n]{0,40}/\s*)?$")
_PAREN_CLOSE = re.compile(r"(?:\s*/\s*[^()\n]{0,40})?\)")
_CAPTION_END_BEFORE = re.compile(r"[a-z]{2}\.\s+$")
_LINE_ENDS = re.compile(r"\s*(?:\n|$)")
# "... in Seoul on May 2. — Bernama pic", "— Xinhua photo": a caption's credit, a dash before and the picture word
# after, closing its line
_DASH_BEFORE = re.compile(r"(?:--|—|–)\s*$")
_PICTURE_AFTER = re.compile(r"\s+(?:pic|pix|photo|picture|file\s+photo|image)s?\.?[ \t]*(?:\n|$)")


def media_credit(text: str, match) -> bool:
    """Whether a news agency's gazetteer match is a picture's credit: the agency is the story's messenger."""
    if match.payload.type != "media":
        return False
    if _PAREN_CREDIT.search(text, max(0, match.start - 60), match.start) and _PAREN_CLOSE.match(text, match.end):
        return True
    if _DASH_BEFORE.search(text, max(0, match.start - 4), match.start) and _PICTURE_AFTER.match(text, match.end):
        return True
    if _AGENCY_CITY_AFTER.match(text, match.end) and not text[text.rfind("\n", 0, match.start) + 1:match.start].strip():
        return True  # "AFP, TOKYO" / "Reuters, Nairobi —" opening a line: the wire's dateline
    if _CITY_DASH_BEFORE.fullmatch(text, text.rfind("\n", 0, match.start) + 1, match.start) and _LINE_ENDS.match(
            text, match.end):
        return True  # "TOKYO - The Associated Press" filling its line: the same, the city first
    return bool(_CAPTION_END_BEFORE.search(text, max(0, match.start - 6), match.start) and
                _LINE_ENDS.match(text, match.end))


# a wire's dateline after its name at a line's start: ", TOKYO" then the line's end or a dash ("AFP, TOKYO",
# "Kyodo News, Tokyo —"), not a clause ("AFP, citing a ministry, said ...")
_CITY_DASH_BEFORE = fastre.compile(r"[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,2}[ \t]*[-—–][ \t]*(?:The[ \t]+)?")
_AGENCY_CITY_AFTER = fastre.compile(r",[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]*(?:\r?\n|$|[-—–:|])")


def not_the_org(text: str, match) -> bool:
    """Whether a gazetteer match is no mention of that organisation: a ticker, part of a hyphenated name, a place."""
    return bool(_TICKER_BEFORE.search(text, max(0, match.start - 1), match.start) or _in_bracket_credit(text, match) or
                (match.text.isupper() and (_HYPHEN_NAME_AFTER.match(text, match.end) or
                                           _HYPHEN_NAME_BEFORE.search(text, max(0, match.start - 12), match.start))) or
                (match.end < len(text) and text[match.end] == ":" and match.text.isupper()) or
                _PLACE_AFTER.match(text, match.end) or
                (" " not in match.text and match.text[1:].islower() and match.payload.type == "company"
                 and _THE_BEFORE.search(text, max(0, match.start - 5), match.start)
                 and _CLAUSE_END_AFTER.match(text, match.end)))  # "to monitor the Amazon.": a place


def whole_words(text: str, entries: dict) -> list[Match]:
    """``Gazetteer.find(text)`` of a gazetteer of these few ``entries`` (case kept): each key's every occurrence found
    with ``str.find``, whole words only, then the leftmost, then longest, none overlapping (no automaton made for a
    story's own acronyms)."""
    found = []
    size = len(text)
    for key in entries:
        at = text.find(key)
        while at >= 0:
            end = at + len(key)
            if not (at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_") or end < size and (
                    text[end].isalnum() or text[end] == "_")):
                found.append((at, -end, key))
            at = text.find(key, at + 1)
    return _leftmost_longest(text, found, entries)  # (the gazetteer's own choice among them)


def shared_acronym(entry: OrgEntry, acronym: str) -> bool:
    """Whether an acronym may stand for another country's body of the same kind ("MOFA", "NIA"): a government's
    ministries, offices and short agency acronyms; a university's, a firm's or "ISRO" name one body."""
    return entry.type in ("ministry", "government_office", "legislature") or entry.type == "agency" and len(acronym) <= 3


_MORE_SUFFIX = fastre.compile(r",\s*(?:Ltd|LTD|Limited|LIMITED|Inc|INC)\.?")


# a firm's legal form closing its name: "Texas Instruments Inc.", "Siemens AG", "Foxconn Co., Ltd"
_LEGAL_FORM = fastre.compile(r"(?P<base>.*?\S),?\s+(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|LLC|plc|PLC|AG|SE|SA|"
                             r"NV|N\.V|GmbH|Bhd|JSC)\.?(?:,?\s+(?:Ltd|Limited|Inc)\.?)?")


def company_suffixes(text: str, found: list[OrgMention]) -> list[OrgMention]:
    """"Nordic Wind Co., Ltd": one firm whose name ends in both suffixes, not "Nordic Wind Co." and "Ltd". A firm
    named with its legal form and without it ("Texas Instruments Inc." ... "Texas Instruments") is one firm: the one
    known under the short name."""
    short: dict[str, list[OrgMention]] = {}
    for m in found:
        if m.entry.source == "gazetteer" and m.entry.type == "company":
            short.setdefault(m.entry.name, []).append(m)
    out = []
    for mention in found:
        more = _MORE_SUFFIX.match(text, mention.end) if mention.text.endswith("Co.") else None
        legal = _LEGAL_FORM.fullmatch(mention.entry.name) if short and mention.entry.source != "gazetteer" else None
        alone = [m for m in short.get(legal.group("base"), ()) if not mention.start <= m.start < mention.end] if \
            legal else None  # (the short name read elsewhere, not inside this one)
        if alone:
            mention = OrgMention(mention.start, mention.end, mention.text, alone[0].entry, mention.rule)
        elif more and mention.entry.source != "gazetteer":
            name = text[mention.start:more.end()].rstrip(".")
            mention = OrgMention(mention.start, mention.start + len(name), name,
                                 OrgEntry(name, mention.entry.acronyms, mention.entry.country, mention.entry.type,
                                          mention.entry.aliases, mention.entry.source), mention.rule)
        out.append(mention)
    return [m for m in out if not (m.text.rstrip(".").upper() in ("LTD", "LIMITED", "INC") and any(
        o.start < m.start < o.end for o in out))]


# "the Nikkei share average", "the Hang Seng index": a stock index named after a paper or a bank
_INDEX_NAMED = fastre.scanner(r"\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)\s+(?:share\s+average|[Ss]tock\s+[Aa]verage|"
                          r"(?:stock\s+|share\s+|benchmark\s+)?[Ii]ndex|225|[Cc]omposite)\b")


# every match holds one of these (as written): the pattern, tried at every capital letter, runs only then
INDEX_WORDS = ("verage", "ndex", "225", "omposite")


def index_names(text: str) -> frozenset[str]:
    """Short names the story gives a stock index: its other bare mentions ("the Nikkei closed higher") are the
    index too, not the organisation whose name the index bears."""
    if not any(map(text.__contains__, INDEX_WORDS)):
        return frozenset()
    # (a match holds one of the words, its name of two words and a word before the index at most before it: the
    # pattern is tried at the capitals of the four words up to each one, not at every capital of the story)
    starts = capitals_before(text, places_of(text, INDEX_WORDS), 4, "_&.-")
    return frozenset(m.group(1) for m in matches_at(_INDEX_NAMED, text, starts))


def places_of(text: str, words) -> list[int]:
    """Every offset where one of ``words`` occurs in ``text``."""
    out = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            out.append(at)
            at = text.find(word, at + 1)
    return out


def capitals_before(text: str, places: list[int], words: int, marks: str, firsts: re.Pattern[str] | None = None
                    ) -> list[int]:
    """The capital letters (sorted) of the last ``words`` words before each of ``places`` (the word a place is in
    counted): words of letters, digits and ``marks`` between blanks, read back no further than another character
    (``firsts``: a pattern of the characters to give instead of the capitals)."""
    back = _RUN_BACK.get((words, marks))
    if back is None:  # (read forwards in the text reversed: blanks, then up to ``words`` words each with its blanks)
        others = "".join(re.escape(c) for c in marks if c != "_")
        word = f"[\\w{others}]" if "_" in marks else f"(?:[^\\W_]{'|[' + others + ']' if others else ''})"
        back = _RUN_BACK[words, marks] = re.compile(rf"\s*(?:{word}+\s*){{0,{words}}}")
    size = len(text)
    backwards = text[::-1] if places else ""
    out: set[int] = set()
    firsts = _CAPITAL if firsts is None else firsts
    for place in places:
        at = size - back.match(backwards, size - place).end()
        out.update(m.start() for m in firsts.finditer(text, at, place))
    return sorted(out)


_RUN_BACK: dict[tuple[int, str], re.Pattern[str]] = {}  # (a pattern per count and marks asked for: two, made once)
_CAPITAL = re.compile(r"[A-Z]")


def matches_at(pattern, text: str, starts: list[int]):
    """``pattern.finditer(text)`` when every match starts at one of ``starts`` (sorted): the pattern tried there
    only."""
    pos = 0
    for start in starts:
        if start >= pos and (m := pattern.match(text, start)) is not None:
            yield m
            pos = m.end()


# "ROSATOM", "HUAWEI": a known firm's or agency's one-word name written in capitals, as some releases do
_CAPITALS = fastre.scanner(r"(?<![\w(-])[A-Z]{5,}(?![\w-])")  # (not "(HUAWEI)": the short name a longer one defines)
_WORD_IN_CAPITALS = re.compile(r"[A-Z]{5,}")


def in_capitals(text: str, lex) -> list[OrgMention]:
    """Mentions of gazetteer bodies whose one-word name the text writes in capitals (not an acronym of its own)."""
    names = lex.derived.get("organization names in capitals")
    if names is None:  # (the gazetteer's firms and agencies whose name in capitals could be such a word, found in one
        # pass: the pattern is tried where one is, not at every capital letter of the story)
        capitals = sorted({e.name.upper() for _key, e in lex.organizations.items() if e.type in ("company", "agency")
                           and _WORD_IN_CAPITALS.fullmatch(e.name.upper())})
        names = lex.derived["organization names in capitals"] = ahocorasick_rs.AhoCorasick(capitals) if capitals else False
    if names is False:
        return []
    out = []
    for start, end in sorted({(start, end) for _name, start, end in names.find_matches_as_indexes(text, overlapping=True)}):
        m = _CAPITALS.match(text, start)
        if m is None or m.end() != end:
            continue
        word = m.group(0)
        entry = lex.organizations.get(word.capitalize()) if lex.organizations.get(word) is None else None
        if entry is not None and entry.type in ("company", "agency") and entry.name.upper() == word:
            out.append(OrgMention(m.start(), m.end(), word, entry, "gazetteer"))
    return out


# a day's, a week's or a year's possessive ("Today's Council", "Last week's Board"): that day's meeting, no body's name
_WHEN_OWNED = re.compile(r"(?:Today|Yesterday|Tomorrow|Tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                         r"Week|Weekend|Month|Year|Morning|Evening|Night)['’]s", re.IGNORECASE)


def past_a_days_own(tokens: list) -> list:
    """The word matches of a name's stretch, past a day's possessive in its first three words, if any, and past a
    place that only tells where the body sits ("Seoul-based", "Abu Dhabi-headquartered", "Lagos-listed")."""
    for i, token in enumerate(tokens[:4]):
        if "-" in token.group(0) and _PLACED.search(token.group(0)):
            return tokens[i + 1:]
    for i, token in enumerate(tokens[:3]):
        word = token.group(0)  # (every match ends in an apostrophe and an "s" as case is ignored: "s", "S" or "ſ")
        if word[-1:] in "sSſ" and word[-2:-1] in "'’" and _WHEN_OWNED.fullmatch(word):
            return tokens[i + 1:]
    return tokens


# "Hanoi-based N&G Group JSC", "the Cairo-headquartered Nile Data Systems": where the body sits, not its name
# (not a way of working: "Knowledge-based", "Cloud-based", "Science-based")
_PLACED = fastre.compile(r"(?!(?:Knowledge|Science|Evidence|Cloud|Space|Ground|Land|Sea|Community|Market|Rules?|Merit|"
                         r"Value|Results?|Research|Technology|Innovation|AI|Web|Internet|Data|Nature|Faith|Fee|"
                         r"Performance|Asset|Mission|Needs?)-)[A-Z][\w.’']*-(?:based|headquartered|listed|registered)$")
