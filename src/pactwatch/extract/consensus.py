"""The word "agreement" told as a consensus, not a text: "the two sides have reached agreement on most aspects",
"reached an agreement on signing a memorandum" (they agreed to make what comes after); but "signed a broad agreement"
is one.
"""

from __future__ import annotations

import re

from . import fastre

_CONSENSUS = fastre.compile(r"\b(?:reach(?:ed|es|ing)?|in|came to|come to|broad|general|full|mutual|written|final|prior|"
                            r"unanimous|common)\s+$", re.IGNORECASE)
_AGREED_ON_MAKING = fastre.compile(r"\s+(?:on|to)\s+(?:sign(?:ing)?|conclud(?:e|ing)|ink(?:ing)?|establish(?:ing)?|"
                                   r"set(?:ting)?\s+up|creat(?:e|ing)|launch(?:ing)?)\b", re.IGNORECASE)
_REACHED_AN = fastre.compile(r"\breach(?:ed|es|ing)?\s+an\s+$", re.IGNORECASE)
_SIGNED_CONSENSUS = fastre.compile(r"\b(?:sign|ink|conclud)\w*\s+(?:a|an)\s+[a-z]+\s+$", re.IGNORECASE)


def consensus(text: str, start: int, end: int) -> bool:
    """Whether the word "agreement" at ``start:end`` of ``text`` is a consensus reached, no instrument."""
    if _CONSENSUS.search(text, max(0, start - 25), start) and not _SIGNED_CONSENSUS.search(text, max(0, start - 40), start):
        return True
    return bool(_AGREED_ON_MAKING.match(text, end) and _REACHED_AN.search(text, max(0, start - 20), start))
