"""Three wordings of money and deliveries that commitments.py reads apart from its clause frames.

- A sum pledged with no verb after it: "Qatar pledged $600 billion in US investment over the next ten years", "a $1.4
  trillion investment commitment from the Gulf state over the next decade": the act is to invest the sum, due when
  the period ends.
- A sum "in a year" is paid each year ("research worth $80,000 in a year is to be shared"): a rate, not "within a
  year".
- What one party of the instrument just told delivers to the other ("Poland and the US signed a nuclear deal. The US
  will supply fuel starting in 2028"): the parties' promise, unlike one side's own build-up at home.
- A sum one country gives to a region (data/regions.tsv: "will provide $30 billion to Africa over the next three
  years"): its commitment, the region its foreign side.
"""

from __future__ import annotations

import re

from . import fastre
from ..model import TimeExpr
from .doc import Document
from .lexicon import read_table
from .promiseparts import clause_start

# "pledged", "has committed", "promised a further": the verb right before the sum
_PLEDGED = fastre.compile(r"\b(?:pledg(?:e|es|ed|ing)|commit(?:s|ted|ting)?|promis(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|"
                          r"vow(?:s|ed)?)\s+(?:(?:a|an|another|some|about|around|nearly|almost|roughly|up\s+to|over|"
                          r"more\s+than|a\s+further|an\s+additional|additional|further|fresh|new)\s+)*$", re.IGNORECASE)
# "$1.4 trillion investment commitment", "EUR 2 billion funding pledge": the noun of a promise right after the sum
_SUM_PROMISED = fastre.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:commitment|pledge|promise)s?\b")
_PLEDGE_WORDS = ("pledg", "commit", "promis", "earmark", "vow")  # (folded: one is in every match of either pattern)
# a period to come after the sum: "over the next ten years", "over five years", "by 2030", "within a decade"
_PERIOD_KINDS = frozenset({"deadline", "duration", "range"})


def pledged_sums(doc: Document, index: int, verbs) -> list[tuple[int, str, int, int]]:
    """The sums the sentence ``index`` pledges with no verb after them, each as (where its promise starts, the verb
    "invest" as the lexicon writes it, where the sum ends, where its clause starts), when a period or deadline to come
    follows the sum."""
    sentence = doc.sentences[index]
    low = doc.text[sentence.start:sentence.end].lower()
    if "invest" not in verbs or not any(w in low for w in _PLEDGE_WORDS):
        return []
    times = [t for t in doc.within("times", index) if t.kind in _PERIOD_KINDS]
    out = []
    for money in doc.within("money", index):
        before = _PLEDGED.search(doc.text, max(sentence.start, money.start - 40), money.start)
        noun = _SUM_PROMISED.match(doc.text, money.end, sentence.end)
        if before is None and noun is None:
            continue
        if not any(money.end <= t.start <= money.end + 120 for t in times):
            continue
        start = before.start() if before is not None else money.start
        out.append((start, verbs["invest"].surface, noun.end() if before is None else money.end,
                    clause_start(doc.text, start, sentence.start)))
    return out


_IN_A_YEAR = re.compile(r"(?:in\s+)?(?:a|one|each|every)\s+year$", re.IGNORECASE)


def a_rate(doc: Document, index: int, t: TimeExpr) -> bool:
    """Whether the time is "in a year" right after a sum ("worth $50,000 in a year"): how much each year."""
    return bool(_IN_A_YEAR.fullmatch(t.text.strip())) and any(
        0 <= t.start - m.end <= 2 for m in doc.within("money", index))


_DELIVERY_VERBS = frozenset({"supply", "deliver", "export", "ship", "sell", "provide", "transfer", "lend"})


def delivers(doc: Document, index: int, verb: str, actors: list[str]) -> bool:
    """Whether one party of an instrument told in this sentence or the two before delivers something under it to
    another party ("The US will supply fuel assemblies starting in 2028" after "Poland and the US signed a nuclear
    deal")."""
    if verb not in _DELIVERY_VERBS or not actors:
        return False
    window = range(max(0, index - 2), index + 1)
    for agreement in doc.agreements:
        told = {doc.sentence_index(e.start) for e in agreement.evidence[:8]}
        parties = set(agreement.countries)
        if told & set(window) and set(actors) <= parties and parties - set(actors):
            return True
    return False


_GIVING_VERBS = frozenset({"provide", "lend", "give", "grant", "invest", "pledge", "extend", "disburse", "allocate",
                           "commit", "offer", "mobilise", "mobilize", "contribute", "channel", "earmark"})
_REGION = fastre.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:to|for|in|into|across|throughout)\s+(?:" + "|".join(
    sorted((re.escape(row[0]) for row in read_table("regions.tsv")), key=len, reverse=True)) + r")\b")


def given_abroad(doc: Document, index: int, verb: str, verb_end: int, actors: list[str]) -> bool:
    """Whether one country gives a sum to a region right after the verb ("will lend $5 billion to Latin America")."""
    if verb not in _GIVING_VERBS or len(actors) != 1:
        return False
    return any(0 <= m.start - verb_end <= 40 and _REGION.match(doc.text, m.end, doc.sentences[index].end)
               for m in doc.within("money", index))
