"""Whether two mentions of an article may tell one instrument: the words they are called by (the same word, two words
English uses for one agreement, one summit text by any of its names, or the same last word whatever qualifies it)
and what they are about (their "on ..." phrases).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import fastre
from .doc import Document
from .instnames import name_key

if TYPE_CHECKING:
    from .instruments import Mention


SUBJECT = fastre.compile(r"(?:\s*\([^()]{1,12}\))?\s+(?:on|for|regarding|concerning|covering|about|in the field of)\s+((?:[\w’'&-]+\s*){1,8})")
_NOT_SUBJECT = frozenset({"the", "a", "an", "of", "and", "in", "to", "for", "on", "with", "between", "cooperation",
                          "co-operation", "field", "areas", "area", "sector", "sectors", "bilateral", "joint"})


def subject_words(doc: Document, mention: Mention) -> set[str]:
    """The words of an instrument's "on ..." phrase ("a memorandum on security and development of minerals")."""
    found = SUBJECT.match(doc.text, mention.end, doc.sentences[mention.sentence].end)
    if not found:
        return set()
    words = re.findall(r"[\w’'-]+", found.group(1).split(",")[0])
    return {w.lower() for w in words if w.lower() not in _NOT_SUBJECT}


DEAL_WORDS = frozenset({"agreement", "deal", "pact", "accord", "treaty"})
_STATEMENT_WORDS = frozenset(name_key(w) for w in ("joint statement", "joint declaration", "joint communique",
                                                   "joint communiqué"))  # one summit text, by any of its names


def same_head(head: str, names: set[str]) -> bool:
    """The same word for it, or two words English uses for one agreement ("the deal" ... "the agreement")."""
    key = name_key(head)
    return key in names or (key in DEAL_WORDS and bool(names & DEAL_WORDS)) or (
        key in _STATEMENT_WORDS and bool(names & _STATEMENT_WORDS))


def same_head_word(head: str, names: set[str]) -> bool:
    """The same last word for it, whatever qualifies it: "a high-level dialogue" ... "a ministerial-level dialogue"."""
    last = name_key(head.split()[-1]) if head.strip() else ""
    return bool(last) and any(n.endswith(last) for n in names)


def same_subject(a: set[str], b: set[str]) -> bool:
    """Two "on ..." phrases that may name one instrument: either is absent, or they share half their words."""
    return not a or not b or len(a & b) * 2 >= min(len(a), len(b))
