"""When an instrument told in the background was made, as its own sentence ties a time to it: "signed in 1998", "the
MoU that India and the EU signed back in 2023", "In November last year, the two countries set up ...", "their 2018
digital partnership"; and whether its making is told right after it as recent ("the accord Chile and Korea signed on
Monday"). status.py reads them for the dates of records."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import fastre
from .doc import Document
from .periods import older

if TYPE_CHECKING:
    from .instruments import Mention as _Mention

# "signed in 1998", "released in 2024", "from 1985", "back in November 2023", "last year": a time after the word
_TIED_AFTER = fastre.compile(r"^(?:\s*\([^()]{1,25}\))?[\s,]*(?:(?:that|which)\s+(?:was|were|had been|has been)\s+)?(?:(?:signed|concluded|agreed|"
                         r"established|launched|set up|released|adopted|formed|inked|created|founded|reached|struck|"
                         r"unveiled|announced|approved|ratified|held)\s+)?(?:back\s+)?$|^[\s,]*(?:(?:that|which)\s+)?dat(?:es|ing|ed)\s+"
                         r"(?:back\s+)?(?:(?:to|from)\s+)?$|^[^,;:.]{1,80}?\s+dated\s+$", re.IGNORECASE)  # (its subject
# between: "the agreement with Russia on military and technical cooperation dated May 26, 1993")
# "the research pact Chile and Peru signed in 2009": the parties and the making told right after it
# (group "they": the makers told by a pronoun or "the two countries", to be found among the story's parties)
MADE_AFTER = fastre.compile(r"(?:\s+(?:on|for|about|covering)(?:\s+[\w-]+){1,3}?(?=\s+(?:that|which)\s))?,?"
                            r"\s+(?:that\s+|which\s+)?(?:(?P<they>the\s+two\s+(?:countries|sides|nations|governments)"
                            r"(?:,\s+[^,;.]{3,40},)?|they|both\s+(?:sides|countries))|"
                            r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?(?:\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w.’'-]*"
                            r"(?:\s+[A-Z][\w.’'-]*)?)?)\s+(?:had\s+|have\s+|has\s+)?(?:signed|inked|concluded|struck|sealed)"
                            r"\s+(?:back\s+)?(?:in\s+)?")
_TIED_CLAUSE = fastre.compile(r"^(?:\s*\([^()]{1,25}\))?[\s,]*(?:that|which)\s+[^,;:.]{1,50}?\s+(?:signed|concluded|agreed|"
                          r"established|launched|set up|adopted|formed|inked|created|reached|struck)\s+(?:back\s+)?"
                          r"(?:in\s+)?$|^(?:\s*\([^()]{1,25}\))?(?:\s+(?:between|with|among)\s+[^,;:()]{1,60}?)?[\s,]*(?:(?:that|which)\s+(?:has|had|have)\s+"
                          r"been\s+)?in\s+(?:place|force|effect|operation)\s+(?:since\s+)?$", re.IGNORECASE)  # ", in force since 1979"
_YEAR_MODIFIER = fastre.compile(r"(?:\s+[\w-]+){0,3}?\s+")
_DETERMINER_BEFORE = fastre.compile(r"\b(?:the|their|its|our|an?)\s+$", re.IGNORECASE)
# (the signing's clause may name its signatories at length: "signed between Brazilian President Luiz Inacio Lula da Silva
# and his Emirati counterpart ... in Brasilia on Thursday")
_MADE_PARTICIPLE = fastre.compile(r"(?:\s*\([^()]{1,12}\))?,?\s+(?:signed|inked|sealed|concluded|struck)\b[^,;:.()]{0,150}?"
                                  r"\s(?:on|last|this|yesterday|today|earlier\s+this)\s")


def made_lately(doc: Document, mention: _Mention) -> bool:
    """The making told right after the mention ("the accord Chile and Korea signed on Monday", "a memorandum
    signed by their ministers on Friday") is no longer ago than a week before the article."""
    made = MADE_AFTER.match(doc.text, mention.end) or _MADE_PARTICIPLE.match(doc.text, mention.end)
    if made is None:
        return False
    when = next((t for t in doc.within("times", mention.sentence) if -4 <= t.start - made.end() <= 3), None)
    if when is None or not when.value or doc.published is None:
        return False
    return doc.shortly_before(when.value, today=True)


def background_time(doc: Document, mention: _Mention) -> str | None:
    cache = doc.cache.setdefault("background", {})
    key = (mention.sentence, mention.start, mention.end)
    if key not in cache:
        cache[key] = tied_time(doc, mention)
    return cache[key]


def tied_time(doc: Document, mention: _Mention, undated: bool = False) -> str | None:
    """The date of an instrument the sentence places well before the article: "signed in 1998", "In November
    last year, the two countries set up ..." (a time opening the clause), "the Canada-Korea FTA in 2014" (``undated``:
    the article has no date, any time tied to it counts)."""
    if doc.published is None and not undated:
        return None
    times = [t for t in doc.within("times", mention.sentence)
             if t.value and t.kind in ("date", "range") and (undated or older(t.value, doc.published))]
    if not times:
        return None  # (most sentences tell no time well before the article: nothing more to read)
    sentence = doc.sentences[mention.sentence]
    text = doc.text
    # (the clause is the whole sentence: the clause breaks read before, "max([start] + [breaks...] and [start])",
    # always came to [start], so they are no longer looked for; reading them would change which times count)
    clause_start = sentence.start
    made = MADE_AFTER.match(text, mention.end)  # "the MoU that India and the EU signed back in 2023"
    for t in times:
        value = t.value
        if t.start >= mention.end and t.start - mention.end <= 70:
            gap = text[mention.end:t.start]
            prepositional = re.search(r"\b(?:in|on|from|since)\s*$", gap) or re.match(r"(?:in|on|from|since|back)\b",
                                                                                      t.text, re.IGNORECASE)
            if _TIED_AFTER.match(gap) or _TIED_CLAUSE.match(gap) or made and made.end() == t.start or re.match(r"^\s+(?:signed|of|from)\b", gap) or (
                    not re.search(r"[,;:]|\b(?:and|but|which|that|who|will|would|to)\b", gap) and prepositional):
                return value  # "an agreement on X in 1998", "the MoU that India and the EU signed back in 2023"
        elif clause_start <= t.start < mention.start and t.start - clause_start <= 3 + len("In ") and \
                re.match(r"\s*,", text[t.end:t.end + 2]):
            return value  # "In November last year, the two countries set up ..."
        elif t.end <= mention.start and _YEAR_MODIFIER.fullmatch(text, t.end, mention.start) and \
                _DETERMINER_BEFORE.search(text, max(sentence.start, t.start - 12), t.start):
            return value  # "their 2018 digital partnership", "the 2011 agreement"
    return None
