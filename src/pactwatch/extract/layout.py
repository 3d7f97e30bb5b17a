"""Where a sentence stands on its page: a headline or section heading, a list item, the start of a line.

Steps over the sentences ask these again and again: the answers are kept per document.
"""

from __future__ import annotations

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


BULLET = fastre.compile(r"\s*(?:[•\-–—*·▪●▲►◆■○◦➢→✓]|\d{1,2}\s?[.):\-–]|\(\d{1,2}\)|\(?[a-h]\))\s*")


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
