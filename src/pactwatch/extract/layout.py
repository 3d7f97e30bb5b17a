"""Where a sentence stands on its page: a headline or section heading, a list item, the start of a line; and
whether an offset lies inside quoted speech.

Steps over the sentences ask these again and again: the answers are kept per document.
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document


def is_heading(doc: Document, index: int) -> bool:
    """A headline or section heading: a short line of its own with no closing punctuation (memoised)."""
    return _kept(doc, "is_heading", index, _is_heading)


def _is_heading(doc: Document, index: int) -> bool:
    sentence = doc.sentences[index]
    text = sentence.text(doc.text)
    if is_bullet(doc, index):
        return False
    line_start = doc.text.rfind("\n", 0, sentence.start) + 1
    line_end = doc.text.find("\n", sentence.end)
    line_end = len(doc.text) if line_end < 0 else line_end
    whole_line = doc.text[line_start:line_end].strip()
    if whole_line != text or len(text) >= 140:
        return False
    if text[:1] in "\"“" and text[-1:] in "\"”":  # a headline in quotes: title case, no sentence inside
        words = text[1:-1].split()
        return len(words) >= 4 and not fastre.search(r"[.!?:]", text[1:-1]) and \
            sum(w[:1].isupper() for w in words) >= 0.6 * len(words)
    return not fastre.search(r"[.!?:\"”]$", text)


BULLET = fastre.compile(r"\s*(?:[•\-–—*·▪●▲►◆■○◦➢→✓]|\d{1,2}\s?[.):\-–]|\(\d{1,2}\)|\(?[a-h]\)|\(?(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|"
                        r"I{1,3}|IV|VI{0,3}|IX|XI{0,3})[.)](?=\s))\s*")  # ("iii. Work plan ...", "(iv) MoU ...": roman)


def is_bullet(doc: Document, index: int) -> bool:
    """Whether sentence ``index`` opens a list item: "1.", "2-", "(3)", "a)", "•", "▲", "-" at a line's start
    (memoised: every step over the sentences asks)."""
    return _kept(doc, "is_bullet", index, _is_bullet)


def _kept(doc: Document, name: str, index: int, read) -> bool:
    """``read(doc, index)``, kept in the document's table ``name`` (doc.memo's, with no closure made per call)."""
    table = doc.cache.get(name) or doc.cache.setdefault(name, {})
    found = table.get(index)
    return found if found is not None else table.setdefault(index, read(doc, index))


def _is_bullet(doc: Document, index: int) -> bool:
    sentence = doc.sentences[index]
    line_start = doc.text.rfind("\n", 0, sentence.start) + 1
    marker = BULLET.match(doc.text, line_start)
    if marker is None:
        return False
    return marker.end() >= sentence.start or not doc.text[line_start:sentence.start].strip()


def starts_line(doc: Document, index: int) -> bool:
    sentence = doc.sentences[index]
    return not doc.text[doc.text.rfind("\n", 0, sentence.start) + 1:sentence.start].strip()


def in_quote(doc: Document, offset: int) -> bool:
    """Whether ``offset`` lies inside quoted speech (curly quotes may span sentences; straight ones stay in a line)."""
    text = doc.text
    opened = text.rfind("“", max(0, offset - 1500), offset)
    inside = opened >= 0 and text.rfind("”", opened, offset) < 0
    if inside:  # a quote goes on into a new paragraph only when the paragraph opens with a quote mark again
        line = text.rfind("\n", opened, offset)
        inside = line < 0 or text[line + 1:offset].lstrip().startswith(("“", '"'))
    if not inside:
        sentence = doc.sentences[doc.sentence_index(offset) or 0] if doc.sentences else None
        floor = sentence.start if sentence is not None and sentence.start <= offset else max(0, offset - 2000)
        line_start = text.rfind("\n", floor, offset) + 1 or floor  # within its sentence: linear in the text
        opened = text.rfind('"', line_start, offset)
        inside = text.count('"', line_start, offset) % 2 == 1
    if inside:  # a quoted title ("the "1st Korea-U.S. ... Dialogue"") is not speech
        closing = re.search(r"[”\"]", text[offset:offset + 80])
        quoted = text[opened:offset + closing.start()] if closing else ""
        if offset - opened < 100 and closing and not re.search(r"(?<![A-Z])[.!?,;]\s", quoted):
            return False
    return inside
