"""Text helpers: sentences, page chrome, word boundaries, number words.

Sentences are found by a small rule splitter tuned to news prose: every line
break ends a sentence (headlines, bullets and datelines are lines of their
own) and, within a line, a full stop, question or exclamation mark followed
by space and an upper-case letter or a quote ends one, unless the word before
it is a known abbreviation ("U.S.", "Mr.", "Corp.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import fastre

# Abbreviations after which a capitalised word does not start a new sentence
# ("U.S. Commerce Secretary", "Mr. Lee"). Company suffixes and "D.C." usually
# end sentences when a capital follows, so they are not listed.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st no vs gen gov sen rep
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u s.korea
    e.g i.e viz cf approx dept govt fig mt ft lt col capt adm sgt h.e h.h""".split()
)

# A sentence ends at . ! ? (optionally followed by closing quotes/brackets),
# then whitespace, then something that can start a sentence.
# Pages flattened without a space between paragraphs ("in Berlin.The declaration") end one too, when a
# lower-case word ends and a capitalised one of three letters or more, or a short word that opens sentences
# ("reports.A memorandum"), starts (not "U.S.Treasury", "Node.Js").
_SENTENCE_END = fastre.compile(r"""[.!?]['"”’)\]]*(?=\s+['"“‘(\[]?[A-Z0-9•\-–]|[A-Z][a-z]{2}|(?:An?|I[nft]|A[ts]|On|By|To|If|He|We)\s)""")
_BULLET = fastre.compile(r"[ \t]*(?:[•\-–*·▪●]|\d{1,2}[.)]|\(?(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|I{1,3}|IV|VI{0,3}|IX|XI{0,3})[.)])\s+")
# (roman numerals too: "iii. Work plan ...", "(iv) MoU ...")
_WORD_BEFORE = fastre.compile(r"([A-Za-z][A-Za-z.]*)$")
# one company's suffixes in a row ("Co. Ltd", "Pte. Ltd", "Corp. Inc."): the first does not end the sentence
_SUFFIX_BEFORE = frozenset("co corp inc pte pty bhd ltd".split())
_SUFFIX_NEXT = fastre.compile(r"\s+(?:Ltd|Limited|Inc|LLC|Pte|Pty|Bhd|Corp|Co|PLC|GmbH|AG|SE|JSC|KK)(?![\w-])")  # not "Co-founder"


@dataclass(slots=True, unsafe_hash=True)  # not frozen: instances are made by the thousand, and frozen ones are slow to make
class Sentence:
    start: int
    end: int

    def text(self, document: str) -> str:
        return document[self.start:self.end]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    kept = piece.lstrip()  # (str.strip's blanks are those of str.isspace)
    return start + len(piece) - len(kept), end - len(kept) + len(kept.rstrip())


# a line that does not end a sentence: no closing punctuation, some words on it
_OPEN_LINE = fastre.compile(r"[^.!?:;\"”’)…\s][ \t]*$")


def _soft_breaks(text: str, start: int, end: int) -> set[int]:
    """Line breaks inside a sentence: before a line that goes on in lower case ("a protocol for the\njoint
    development"); on a page wrapped at a fixed width (several of those), before any line after a long open one."""
    lower: set[int] = set()
    open_long: set[int] = set()
    lines = 0
    line_start = start
    newline = text.find("\n", start, end)
    while newline >= 0:
        lines += 1
        following = text[newline + 1:newline + 2]
        if following and not following.isspace() and newline - line_start >= 8 and \
                _OPEN_LINE.search(text, newline - 3, newline):
            if following.islower() and not _BULLET.match(text, newline + 1, end):
                lower.add(newline)  # (but "\niv. Plan of ...": the next item of a roman list)
            elif newline - line_start >= 30 and not _BULLET.match(text, newline + 1, end):
                open_long.add(newline)
        line_start = newline + 1
        newline = text.find("\n", line_start, end)
    if len(lower) >= 4 and len(lower) * 4 >= lines:
        return lower | open_long
    return lower


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of ``text[start:end]`` as offsets into ``text``."""
    end = len(text) if end is None else end
    out: list[Sentence] = []
    soft = _soft_breaks(text, start, end) if "\n" in text[start:end] else set()
    pos = start
    backwards = None
    while pos < end:
        newline = text.find("\n", pos, end)
        while newline in soft:
            newline = text.find("\n", newline + 1, end)
        line_end = end if newline < 0 else newline
        line_start = pos
        bullet = _BULLET.match(text, line_start, line_end)
        if bullet:
            line_start = bullet.end()
        piece_start = line_start
        for match in _SENTENCE_END.finditer(text, line_start, line_end):
            cut = match.end()
            if not text[cut:cut + 1].isspace() and not (text[match.start() - 2:match.start()].isalpha()
                                                        and text[match.start() - 2:match.start()].islower()):
                continue  # glued, after no lower-case word
            if backwards is None:  # (this stretch reversed, made once: the letters before a stop read forwards in it)
                backwards = text[start:end][::-1]
            word = _word_before(text, piece_start, match.start() + 1, backwards, end)
            before = word.group(1).rstrip(".") if word else ""
            if word and text[match.start()] == "." and (before.lower() in _ABBREVIATIONS
                                                        or len(before) == 1 and before.isupper()
                                                        and not text[word.start() - 1:word.start()].isalnum()):
                continue  # "Dr.", and an initial: "S. Korea", "Donald J. Trump
            if before.lower() in _SUFFIX_BEFORE and _SUFFIX_NEXT.match(text, match.end()):
                continue
            s, e = _trim(text, piece_start, cut)
            if e > s:
                out.append(Sentence(s, e))
            piece_start = cut
        s, e = _trim(text, piece_start, line_end)
        if e > s:
            out.append(Sentence(s, e))
        pos = line_end + 1
    return out


def _word_before(text: str, start: int, end: int, backwards: str | None = None, base: int = 0) -> re.Match[str] | None:
    """``_WORD_BEFORE.search(text, start, end)``, read from 40 characters before ``end`` when the word cannot
    begin earlier (a search from ``start`` tries every position of a long stretch); ``backwards`` is the text
    reversed from ``base`` (at least ``end``) back to ``start`` or before, when the caller has it."""
    if backwards is None:
        backwards, base = text[start:end][::-1], end
    near = max(start, end - 40)
    if near > start and (text[near - 1] == "." or text[near - 1].isascii() and text[near - 1].isalpha()):
        near = start
    if text[end - 1:end] == "\n":  # ("$" may match before a last newline: the pattern's own search then)
        return _WORD_BEFORE.search(text, near, end)
    # the match the search finds begins at the first letter of the letters and dots that end the stretch: one try
    # there, not one at every position (each reading its word to the end)
    at = end - len(_WORDISH.match(backwards, base - end, base - near).group(0))  # (the letters and dots back to near)
    while at < end and text[at] == ".":
        at += 1
    return _WORD_BEFORE.match(text, at, end) if at < end else None


_WORDISH = re.compile(r"[A-Za-z.]*")  # letters and dots, read in the text reversed


def is_word_boundary(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is not glued to letters or digits on either side."""
    if start > 0:
        before = text[start - 1]
        if before.isalnum() or before == "_":
            return False
    if end < len(text):
        after = text[end]
        if after.isalnum() or after == "_":
            return False
    return True


def windows_around(anchor: re.Pattern[str], text: str, before: int, after: int) -> list[tuple[int, int]]:
    """Merged stretches of ``text`` reaching ``before`` characters before and ``after`` after each match of
    ``anchor``: costly patterns then run only where a cheap one says they can match."""
    spans: list[tuple[int, int]] = []
    size = len(text)
    for m in anchor.finditer(text):
        start, end = max(0, m.start() - before), min(size, m.end() + after)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "both": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "dozen": 12,
}


def number_value(word: str) -> int | None:
    """``"seven"`` -> 7, ``"12"`` -> 12, anything else -> None."""
    word = word.lower()
    if word.isdigit() and len(word) <= 3:
        return int(word)
    return NUMBER_WORDS.get(word)


# "BAKU, Azerbaijan —", "Mar 15, Kathmandu:", "Brussels [Belgium], October 5 :", "SEOUL, March 3 (Yonhap) --": the
# head of a story's first paragraph that says where (and when, by whom) it was filed
# "New Delhi, Mar 12 (IANS) The cabinet ...": an outlet in brackets may run straight into the story (then the head
# must tell a day: "SAMSUNG Electronics (Samsung) said ..." is a sentence)
_DATELINE = fastre.compile(r"(?m)^[ \t]*(?P<head>[^\n:—–]{2,90}?)(?:[ \t]*(?:--|—|–)[ \t]*|[ \t]*:[ \t]+|\)[ \t]*-[ \t]+|"
                           r"(?<=\))[ \t]+(?=[A-Z]))(?=\S)")
_DAY_SIGN = (r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
             r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b")
_DATELINE_SIGN = fastre.compile(r"^[A-Z]{3,}\b|" + _DAY_SIGN + r"|\[[^\]]+\]|\([^)]+\)$")
_DATELINE_DAY = fastre.compile(_DAY_SIGN)


_DATELINE_MARKS = ("--", "—", "–", ":", ")")  # one of them is in every match (its dash, colon or bracket)


def _datelines(text: str, within: int) -> list[re.Match[str]]:
    """``list(_DATELINE.finditer(text, 0, within))``: tried only at the start of a line with a mark of its dash
    (a match opens a line and ends on it; the pattern's lazy head is costly to try on every line)."""
    found = []
    start = 0
    while start < within:
        end = text.find("\n", start, within)
        end = within if end < 0 else end
        line = text[start:end]
        if any(map(line.__contains__, _DATELINE_MARKS)) and (m := _DATELINE.match(text, start, within)) is not None:
            found.append(m)
        start = end + 1
    return found


def dateline(text: str, within: int = 600) -> tuple[int, int] | None:
    """The span of the dateline that opens the story's first paragraph in the first ``within`` characters
    (a short head with a capitalised city, a day or an outlet, then a dash or a colon, or a day and an outlet in
    brackets), or None."""
    for m in _datelines(text, within):
        head = m.group("head")
        if len(head.split()) <= 8 and not fastre.search(r"[.!?]\s", head) and _DATELINE_SIGN.search(head) and (
                not text[m.end("head"):m.end()].isspace() or _DATELINE_DAY.search(head)):
            return m.start("head"), m.end("head")
    return None
