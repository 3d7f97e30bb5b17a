"""A named centre or fund of one country is a body or a purse, not an instrument between countries.

News names one side's institutions beside the instruments it reports: the counterpart of a signing ("signed an
MoU with the Japan International Cooperation Centre", "between Ghana's agency and the France Spatial Data
Centre"), or the money one side brings to a partnership ("under the US' Technology Security Fund", "financed
through Japan's Economic Partnership Fund"). Their names hold one country at most, and no word of founding stands
before them. A centre or fund of two countries ("the Korea-Chile Technology Centre") or told with a word of
founding ("launched the Japan-Kenya Innovation Fund", "opened the Korea Innovation Centre in Nairobi") stays an
instrument.
"""

from __future__ import annotations

import re

from . import fastre
from .doc import Document
from .instruments import Mention, name_start

# the counterpart of a signing, right before the name: "with the", "between A and the"
_COUNTERPART = fastre.compile(r"\b(?:with|between\s+[^,;]{2,80}?\s+and)\s+(?:the\s+)?$")
# one side's purse, right before the name: "under the US' ", "through Japan's ", "from the EU's "
_PURSE = fastre.compile(r"\b(?:under|through|from|by|via|with\s+(?:money|funding|financing|support)\s+from)\s+(?:the\s+)?"
                        r"(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['’]s|['’])\s+$")
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w.]*(?:['’]s|['’])\s+)?[A-Z][\w&-]*\s+(?:(?:[A-Z][\w&-]*|and|of|for|"
                              r"\([A-Z]{2,10}\))\s+)*$")
_OWNER = re.compile(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:['’]s|['’])\s+")
_SIGNED = fastre.compile(r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|conclud(?:es|ed)|exchang(?:es|ed))\b", re.IGNORECASE)
_FOUNDING = fastre.compile(r"\b(?:establish\w*|creat\w*|set(?:ting)?\s+up|launch\w*|open\w*|inaugurat\w*|found\w*|"
                           r"build\w*|form(?:s|ed|ing)?)\b[^.;]{0,60}$", re.IGNORECASE)


def one_countrys_body(doc: Document, mention: Mention) -> str | None:
    """Why a named centre or fund is one country's body or purse (the reason ``--explain`` lists), or None (a
    capitalised centre or fund word after a name the lexicon did not read whole counts as named)."""
    if mention.kind not in ("centre", "fund"):
        return None
    sentence = doc.sentences[mention.sentence]
    if mention.name:
        start = name_start(doc, mention)
    elif doc.text[mention.start:mention.start + 1].isupper():  # a capitalised word after a name the lexicon could
        run = _CAPITALISED_RUN.search(doc.text, max(sentence.start, mention.start - 120), mention.start)  # not read
        start = run.start() if run else -1  # whole: "the US' International Technology (ITSI) Fund"
    else:
        return None
    if start < 0 or _FOUNDING.search(doc.text, max(sentence.start, start - 60), start):
        return None
    owner = _OWNER.match(doc.text, start, mention.end)  # ("US' International ... Fund": the owner's possessive read
    # as its name's)
    own_end = owner.end() if owner else start
    name = doc.text[start:mention.end]
    if re.search(r"\b(?:[Jj]oint|[Bb]ilateral)\b|\w-[A-Z]", name) or len(
            {c.code for c in doc.within("countries", mention.sentence) if own_end <= c.start < mention.end}) > 1:
        return None  # "the Korea-Chile Technology Centre", "the Joint Research Fund": of two
    before = doc.text[max(sentence.start, start - 90):own_end]  # (with the owner when the name holds it)
    if _PURSE.search(before) and not any(own_end <= c.start < mention.end for c in doc.within("countries",
                                                                                              mention.sentence)):
        return "one side's purse, not an instrument"  # "under the US' ITSI Fund", "through Japan's ... Fund"
    if _COUNTERPART.search(before) and _SIGNED.search(doc.text, sentence.start, start):
        return "a body that signed, not an instrument"  # "signed an MoU with the Japan International Cooperation Centre"
    return None
